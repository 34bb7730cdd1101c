"""Meetings, round 16: "During the meeting," is the meeting told before; talks told later keep its day."""

from __future__ import annotations

import pytest

from briefing_tui.extract.meetingfound import Found
from briefing_tui.extract.meetingmerge import _same_title
from tests.unit.extract.helpers import meetings_of
from tests.unit.extract.test_meetings_round13 import PUBLISHED


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the opening phrase names the meeting just told: the place in the clause is a topic
        (
            "President Jon Keta received UN envoy Omar Sala in Nairobi on Monday. During the meeting, Keta "
            "briefed the envoy on the situation in Somalia.",
            1,
        ),
        # after it, greetings sent to someone else are no meeting with them
        (
            "President Jon Keta and minister Omar Sala met on Monday in Nairobi. After the meeting, Keta "
            "sent warm greetings to President Anna Berg.",
            1,
        ),
        # with no meeting told before, the sentence's own reading stands
        (
            "During the meeting, President Jon Keta briefed envoy Omar Sala on the situation in Somalia.",
            1,
        ),
        # a meeting named with its own parties is another event
        (
            "President Jon Keta hosted Omar Sala in Nairobi on Monday. After the meeting with President "
            "Anna Berg on Tuesday, Keta flew home.",
            2,
        ),
    ],
)
def test_the_meeting_told_again(text: str, count: int) -> None:
    got = meetings_of(text, PUBLISHED, "kind", "participants", "location", "start")
    assert len(got) == count, got
    if count == 1:
        assert not any("Anna Berg" in p for _, p, _, _ in got), got
    if count == 1 and "Nairobi" in text:
        assert got[0][2] == "Nairobi", got


LEAD = (
    "President Jon Keta is on a state visit to the US. He landed in Washington on Wednesday after a day "
    "of his state visit in Atlanta. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks of the two people met on Thursday: that meeting's, not the day of the lead's arrival
        (
            LEAD + "Keta met Omar Sala at Blair House on Thursday. Sala and Keta exchanged views on trade.",
            [("meeting", frozenset({"Jon Keta", "Omar Sala"}), "2022-09-15")],
        ),
        # talks with someone not met before still take the lead's day
        (
            LEAD
            + "Keta met Omar Sala at Blair House on Thursday. Anna Berg and Keta exchanged views on trade.",
            [
                ("meeting", frozenset({"Jon Keta", "Omar Sala"}), "2022-09-15"),
                ("talks", frozenset({"Jon Keta", "Anna Berg"}), "2022-09-14"),
            ],
        ),
    ],
)
def test_talks_keep_their_meetings_day(
    text: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    got = [
        (k, p, s)
        for k, p, _, s in meetings_of(text, PUBLISHED, "kind", "participants", "location", "start")
        if len(p) >= 2 and k != "visit"
    ]
    assert got == expected, got


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        # the record is said of the trip told before: one visit
        (
            "President Jon Keta arrived in Washington on Sunday for a working visit. Keta is the first "
            "African leader to visit President Donald Trump in the White House.",
            1,
        ),
        # a spokesman telling the record adds no trip of his own
        (
            "President Jon Keta arrived in Washington on Sunday. His spokesman Omar Sala said Keta was the "
            "first African head of state to visit the Trump White House.",
            1,
        ),
        # with no trip told elsewhere, the record's trip stands
        (
            "President Jon Keta became the first African leader to visit Washington on Sunday.",
            1,
        ),
    ],
)
def test_record_claim_is_no_trip(text: str, visits: int) -> None:
    got = [
        item
        for item in meetings_of(text, PUBLISHED, "kind", "participants", "location", "start")
        if item[0] == "visit"
    ]
    assert len(got) == visits, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks over two days, then the two "meet on Wednesday": one sitting, told with its own day
        (
            "Foreign Minister Jon Keta will hold talks with his counterpart Omar Sala in Lagos on Wednesday "
            "and Thursday. Keta and Sala are scheduled to meet on Wednesday.",
            [("meeting", frozenset({"Jon Keta", "Omar Sala"}), "Lagos", "2022-09-21")],
        ),
        # a day outside the talks' days is another sitting
        (
            "Foreign Minister Jon Keta will hold talks with Omar Sala on Wednesday and Thursday. Keta will "
            "meet Sala on Friday.",
            [
                ("talks", frozenset({"Jon Keta", "Omar Sala"}), None, "2022-09-21"),
                ("meeting", frozenset({"Jon Keta", "Omar Sala"}), None, "2022-09-23"),
            ],
        ),
        # a tour's days and one stop's day are two trips, not one
        (
            "Foreign Minister Jon Keta will travel to Ghana and Togo from September 26 to 30. In Togo on "
            "September 29, Keta will meet with President Omar Sala.",
            [
                ("visit", frozenset({"Jon Keta", "Ghana", "Togo"}), "Ghana and Togo", "2022-09-26"),
                ("meeting", frozenset({"Jon Keta", "Omar Sala"}), "Togo", "2022-09-29"),
            ],
        ),
    ],
)
def test_one_day_within_talks(
    text: str, expected: list[tuple[str, frozenset[str], str | None, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location", "start") == expected


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        # "during the conversation" inside the clause: the call told before, its source no party
        (
            "Minister Jon Keta spoke by phone with his counterpart Omar Sala on Monday. According to "
            "spokesman Anna Berg, Keta during the conversation praised the deal.",
            [frozenset({"Jon Keta", "Omar Sala"})],
        ),
        # "spoke with", then "During the conversation,": one event, a call
        (
            "Minister Jon Keta spoke with his counterpart Omar Sala on Monday. During the conversation, "
            "Keta and Sala reviewed trade.",
            [frozenset({"Jon Keta", "Omar Sala"})],
        ),
        # a conversation with its own party and day is another event
        (
            "Minister Jon Keta spoke by phone with Omar Sala on Monday. Spokesman Anna Berg said minister "
            "Ali Musa during the conversation with Keta on Tuesday praised the deal.",
            [frozenset({"Jon Keta", "Omar Sala"}), frozenset({"Ali Musa", "Anna Berg", "Jon Keta"})],
        ),
    ],
)
def test_during_the_conversation(text: str, calls: list[frozenset[str]]) -> None:
    got = meetings_of(text, PUBLISHED, "kind", "participants", "location", "start")
    assert [p for k, p, _, _ in got if k == "call"] == calls, got
    assert all(k == "call" for k, _, _, _ in got), got


def _conference(start: str, end: str, status: str, title: str = "6th Ocean Conference") -> Found:
    conference = Found("conference", 0, 0, 10, [1], status=status, location="Accra", title=title)
    conference.start, conference.end = start, end
    return conference


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # a trip's two days lent to the conference it attends, the conference's own days told later
        (
            _conference("2023-05-11", "2023-05-12", "past"),
            _conference("2023-05-12", "2023-05-13", "upcoming"),
            True,
        ),
        # days apart: two sittings of the same name
        (
            _conference("2023-05-11", "2023-05-12", "past"),
            _conference("2023-05-14", "2023-05-15", "upcoming"),
            False,
        ),
        # another name: another gathering
        (
            _conference("2023-05-11", "2023-05-12", "past"),
            _conference("2023-05-12", "2023-05-13", "upcoming", "7th Ocean Conference"),
            False,
        ),
    ],
)
def test_named_gathering_overlapping_days(a: Found, b: Found, same: bool) -> None:
    assert _same_title(a, b) is same


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        # the trip to the capital told again as a trip to the country: one visit
        (
            "Minister Jon Keta paid a working visit to Moscow on Monday and met Russian minister Omar Sala. "
            "This is the first visit of Keta to Russia since he took office.",
            [frozenset({"Jon Keta", "Russia"})],
        ),
        # another country: another trip
        (
            "Minister Jon Keta paid a working visit to Moscow on Monday and met Russian minister Omar Sala. "
            "Keta will visit Germany next month.",
            [frozenset({"Jon Keta", "Russia"}), frozenset({"Jon Keta", "Germany"})],
        ),
    ],
)
def test_capital_and_country_agree(text: str, visits: list[frozenset[str]]) -> None:
    assert [
        p
        for k, p, _, _ in meetings_of(text, PUBLISHED, "kind", "participants", "location", "start")
        if k == "visit"
    ] == visits
