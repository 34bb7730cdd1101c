"""Meeting dates and status, round 16: the date of an event being prepared, an event whose time is not
set, and a visit hoped for."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import first_meeting

# published Tuesday 2023-10-24 (build_meetings in helpers.py)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a lunch to prepare another meeting: the date told after that meeting is its own
        (
            "Wang held talks with Blinken at a lunch to finalise preparations for the summit between Biden"
            " and Xi tomorrow.",
            None,
        ),
        ("Wang met Blinken to organise the visit of Biden to Beijing on Friday.", None),
        # the trigger's own date stays
        ("Wang held talks with Blinken on Monday to prepare the summit.", "2023-10-23"),
    ],
)
def test_date_of_event_prepared(text: str, start: str | None) -> None:
    kind = "talks" if "talks" in text else "meeting"
    assert first_meeting(text, kind).start == start


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the time is told as not set: proposed
        (
            "Wang said a meeting with Blinken is being arranged, though he did not say when it may take place.",
            "proposed",
        ),
        ("Officials said dates of Wang's visit to Washington have not been discussed yet.", "proposed"),
        ("Wang said no date has been set for his meeting with Blinken.", "proposed"),
        # a visit hoped for
        ("Wang expressed hope that he will have the opportunity to visit Washington soon.", "proposed"),
        ("Wang said he hoped that he would soon visit Washington.", "proposed"),
        # a fixed, dated event, or a hope about something else: not proposed
        ("Wang will meet Blinken on Friday, though he did not say when he will leave.", "upcoming"),
        ("Wang will meet Blinken in Rome, and he hopes that the talks succeed.", "upcoming"),
        ("Wang met Blinken in Rome, and said the talks were useful.", "past"),
    ],
)
def test_status_time_not_set(text: str, status: str) -> None:
    assert first_meeting(text).status == status


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # "arrived on Monday and met X on Tuesday": the first date is the arrival's
        ("Wang arrived in Kyiv on Sunday and met Zelensky on Monday.", "2023-10-23"),
        (
            "Wang arrived in Kyiv on Sunday and held a meeting with Zelensky at the forum on Monday.",
            "2023-10-23",
        ),
        # no date after the trigger: the day told before it stays
        ("Wang arrived in Kyiv on Sunday and met Zelensky.", "2023-10-22"),
        # a date after the trigger that bounds it or names another event: the first date stays
        ("Wang arrived in Kyiv on Sunday and met Zelensky ahead of Monday's vote.", "2023-10-22"),
        ("Wang arrived in Kyiv on Sunday and met Zelensky before Monday.", "2023-10-22"),
        # one predicate: the nearest date
        ("Wang met Zelensky on Sunday in Kyiv before Monday's vote.", "2023-10-22"),
    ],
)
def test_date_of_second_predicate(text: str, start: str | None) -> None:
    assert first_meeting(text, "meeting").start == start


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # only weighed, or still in the works: proposed (one called off is no event at all: round 33)
        ("Wang is considering a visit to Kyiv.", "proposed"),
        ("Wang said a meeting between Biden and Xi was in the works.", "proposed"),
        ("Wang said talks with Blinken are being arranged.", "proposed"),
        # a judgement of a held event, another clause's work, a place: not proposed
        ("Wang considered the talks with Blinken a success.", "past"),
        ("Wang met Blinken in Rome, where a deal was being discussed.", "past"),
        ("Wang held talks with Blinken, who is considering a visit.", "past"),
        ("Wang said his talks with Blinken are being held in Rome.", "past"),
    ],
)
def test_status_weighed_or_in_the_works(text: str, status: str) -> None:
    assert first_meeting(text).status == status
