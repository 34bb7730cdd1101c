"""Round 21: "They met at X on <day>" tells the date and place of the meeting just told."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2023, 10, 26)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade Minister Jane Doe has met with her Kenyan counterpart John Roe. "
            "They met at the AU Headquarters on Tuesday. The two discussed trade.",
            [("past", "2023-10-24", "AU Headquarters")],
        ),
        (
            "Trade Minister Jane Doe met with her Kenyan counterpart John Roe. "
            "They also met at the AU Headquarters on Monday.",
            [("past", "2023-10-23", "AU Headquarters")],
        ),
    ],
)
def test_they_met_adds_day_and_place(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "status", "start", "location") == expected


def test_they_met_not_given_to_upcoming() -> None:
    # negative: an upcoming meeting is not the one "they met" at
    text = (
        "Trade Minister Jane Doe will meet her Kenyan counterpart John Roe next week. "
        "They met at the AU Headquarters on Monday."
    )
    assert meetings_of(text, PUBLISHED, "status", "start", "location") == [("upcoming", None, None)]
