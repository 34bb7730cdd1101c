"""Organizations, round 39.

- A leader's office named by the leader's title in lowercase ("the emir's office", "the Afghan
  prime minister's office", "the office of the deputy prime minister") is a body when it speaks,
  is cited ("according to", "said the ...") or issues something ("released by").
- "Amiri Diwan": the office of a Gulf emir, a well-known body.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The emir's office said the two leaders discussed the ceasefire.", "emir's office"),
        ("Trade was on the agenda, the prime minister's office noted on Friday.", "prime minister's office"),
        (
            "The Kenyan president's office mentioned that the visit would go ahead.",
            "Kenyan president's office",
        ),
        (
            "In a statement, the office of the deputy prime minister stated that ties were good.",
            "office of the deputy prime minister",
        ),
        ("Photos released by Novak's office on Friday show the signing ceremony.", "Novak's office"),
        ('"We agreed on the route," said the Presidency in a statement.', "Presidency"),
        ("The ruler received the envoy, the Amiri Diwan said on Monday.", "Amiri Diwan"),
    ],
)
def test_a_leaders_office_that_speaks_is_a_body(text: str, body: str) -> None:
    assert body in names(text, PUBLISHED, "organization")


@pytest.mark.parametrize(
    "text",
    [
        # near misses: an office as a place or a term, or a named holder after "office of"
        "The envoy went to the office of the prime minister on Monday morning.",
        "He took the president's office in 2019 after a long campaign.",
        "The office of the special envoy rotates among the members every year.",
        "She visited the office of President Ruto before the talks.",
    ],
)
def test_an_office_that_does_not_speak_stays_out(text: str) -> None:
    assert not any("office" in n.lower() for n in names(text, PUBLISHED, "organization"))
