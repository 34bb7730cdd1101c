"""Meeting attributes, round 34: general rules found on unseen articles (a gathering named after its host
capital)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 8, 17)  # a Saturday


def _place(text: str) -> str | None:
    """The place of the first sitting found (not a trip's)."""
    return next(
        (place for k, place in meetings_of(text, PUBLISHED, "kind", "location") if k != "visit"), None
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a gathering named after a capital was held there
        ("Ten years ago, the Lisbon summit agreed that NATO would keep its forces in the east.", "Lisbon"),
        (
            "Chilean President Ana Rojas met Peruvian President Luis Soto on the sidelines of the Prague "
            "summit on Friday.",
            "Prague",
        ),
        ("Indian envoy Ravi Sharma spoke about the Nairobi talks with Kenya on Monday.", "Nairobi"),
        ("Chilean President Ana Rojas will attend the Lima Summit of the Americas on Friday.", "Lima"),
        # ... over the country it is told in
        ("NATO leaders will gather at the Warsaw summit in Poland next week.", "Warsaw"),
        # near misses: a gathering said in passing, undated, with one party, is no meeting; two capitals
        # joined name the sides; a region names a topic; no capital, no place
        ("The Lisbon summit will weigh the request, NATO officials said.", None),
        ("The Delhi-Dhaka talks with Bangladesh resumed on Monday.", None),
        ("Indian envoy Ravi Sharma spoke about the Kashmir talks with Pakistan on Monday.", None),
        ("Ten years ago, the Nordic summit agreed that NATO would keep its forces in the east.", None),
    ],
)
def test_a_gathering_named_after_a_capital_was_held_there(text: str, place: str | None) -> None:
    assert _place(text) == place
