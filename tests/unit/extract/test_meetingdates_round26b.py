"""Meeting dates, round 26b: a date inside the trigger's own words ("in a Jan. 12 call") is the trigger's
date, not one modifying another noun; an embedded post's signed date is the posting's, not the event's; a
stay's length may be written "four-days"."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.document import Timex
from briefing_tui.extract.meetingcues import Hit
from briefing_tui.extract.meetingdates import pick_timex
from briefing_tui.extract.pipeline import build_document


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


@pytest.mark.parametrize(
    ("text", "dates", "expected"),
    [
        (
            "Minister Lind met Boateng in Accra. pic.twitter.com/x1 \u2014 Ghana News (@GhanaNews) June 7, 2023",
            [("June 7, 2023", "2023-06-07")],
            None,
        ),
        (
            "Minister Lind met Boateng in Accra on Tuesday. https://t.co/x1 - Foreign Ministry (@MFA_gh) June 7, 2023",
            [("Tuesday", "2023-06-06"), ("June 7, 2023", "2023-06-07")],
            "2023-06-06",
        ),
        # near misses: a date told in the sentence itself, a handle told before the date's own words
        (
            "Minister Lind met Boateng in Accra on June 7, 2023.",
            [("June 7, 2023", "2023-06-07")],
            "2023-06-07",
        ),
        (
            "Minister Lind (@lind_gh) met Boateng in Accra on June 7, 2023.",
            [("June 7, 2023", "2023-06-07")],
            "2023-06-07",
        ),
    ],
)
def test_embedded_post_signature_date_is_not_the_event(
    text: str, dates: list[tuple[str, str]], expected: str | None
) -> None:
    assert _picked(text, "met", dates) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Ama Boateng began a four-days state visit to Tanzania on Monday.",
            ("2024-06-24", "2024-06-27"),
        ),
        (
            "President Ama Boateng arrived in Dodoma on Monday for a three-days official visit.",
            ("2024-06-24", "2024-06-26"),
        ),
        (
            "President Ama Boateng concluded her two-days visit to Kenya on Monday.",
            ("2024-06-23", "2024-06-24"),
        ),
        # near misses: a number of days told about something else, no length at all
        (
            "President Ama Boateng met President Tom Lind in Accra on Monday, two days after the election.",
            ("2024-06-24", "2024-06-24"),
        ),
        ("President Ama Boateng began a state visit to Tanzania on Monday.", ("2024-06-24", "2024-06-24")),
    ],
)
def test_length_written_with_plural_days(text: str, expected: tuple[str, str]) -> None:
    (meeting,) = build_document(text, date(2024, 6, 30)).meetings
    assert (meeting.start, meeting.end) == expected
