"""Meeting dates, round 26b: a date inside the trigger's own words ("in a Jan. 12 call") is the trigger's
date, not one modifying another noun."""

from __future__ import annotations

import pytest

from briefing_tui.extract.document import Timex
from briefing_tui.extract.meetingcues import Hit
from briefing_tui.extract.meetingdates import pick_timex


def _picked(text: str, trigger: str, dates: list[tuple[str, str]]) -> str | None:
    start = text.index(trigger)
    hit = Hit(start, start + len(trigger), "call", "adverbial")
    timexes = [Timex(text.index(d), text.index(d) + len(d), d, value) for d, value in dates]
    t = pick_timex(text, timexes, hit)
    return t.value if t else None


@pytest.mark.parametrize(
    ("text", "trigger", "dates", "expected"),
    [
        (
            "Lind spoke to Boateng in a Jan. 12 call.",
            "in a Jan. 12 call",
            [("Jan. 12", "2024-01-12")],
            "2024-01-12",
        ),
        (
            "Lind spoke to Boateng during a Monday evening phone call.",
            "during a Monday evening phone call",
            [("Monday", "2024-05-13")],
            "2024-05-13",
        ),
        (
            "On Friday, Lind recalled that he spoke to Boateng in a March 3 call.",
            "in a March 3 call",
            [("Friday", "2024-05-17"), ("March 3", "2024-03-03")],
            "2024-03-03",
        ),
        # near misses: a date modifying another noun than the trigger
        (
            "Lind spoke to Boateng in a call about the March 3 vote.",
            "in a call",
            [("March 3", "2024-03-03")],
            None,
        ),
    ],
)
def test_date_inside_trigger_is_its_own(
    text: str, trigger: str, dates: list[tuple[str, str]], expected: str | None
) -> None:
    assert _picked(text, trigger, dates) == expected
