"""Regional and international bodies the organizations lexicon knows, under each of their usual forms."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 5, 2)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The ministers discussed the Mercosur trade deal on Monday.", "Mercosur"),
        ("Leaders of MERCOSUR met in the capital.", "Mercosur"),
        ("The SADC summit opened on Monday.", "Southern African Development Community"),
        ("CELAC leaders will gather next month.", "Community of Latin American and Caribbean States"),
        ("He spoke at the Shanghai Cooperation Organisation meeting.", "Shanghai Cooperation Organization"),
        ("The OSCE sent observers to the vote.", "Organization for Security and Co-operation in Europe"),
        ("CARICOM heads of government met in Georgetown.", "Caribbean Community"),
        ("The League of Arab States called for calm.", "Arab League"),
        (
            "Officials of the Organisation of Islamic Cooperation arrived.",
            "Organization of Islamic Cooperation",
        ),
        ("UNRWA said the schools were closed.", "UNRWA"),
    ],
)
def test_body_is_named_canonically(text: str, body: str) -> None:
    assert body in names(text, PUBLISHED, "organization")


def test_a_word_inside_another_is_no_body() -> None:
    # "Mercosur" only as a word of its own
    assert names("The Mercosurian delegates left early.", PUBLISHED, "organization") == []
