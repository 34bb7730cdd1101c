"""Organizations (round 11): parliaments, news agencies and the Commonwealth the lexicon knows;
bodies named "on" a subject."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 5, 2)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Knesset voted to dissolve itself on Monday.", "Knesset"),
        ("The Bundestag approved the budget.", "Bundestag"),
        ("He told Interfax-Ukraine on Thursday that talks went well.", "Interfax-Ukraine"),
        ("Earlier, Politico reported the plan.", "Politico"),
        ("They discussed reform of the Commonwealth at the talks.", "Commonwealth"),
        ("The Commission on Audit flagged the spending.", "Commission on Audit"),
        (
            "The Committee on Data Management and Harmonization said it was done.",
            "Committee on Data Management and Harmonization",
        ),
    ],
)
def test_body_is_known(text: str, body: str) -> None:
    assert body in names(text, PUBLISHED, "organization")


def test_longer_commonwealth_bodies_stay_whole() -> None:
    found = names(
        "The Foreign and Commonwealth Office said the Commonwealth Secretariat would help.",
        PUBLISHED,
        "organization",
    )
    assert "Foreign, Commonwealth and Development Office" in found
    assert "Commonwealth" not in found
