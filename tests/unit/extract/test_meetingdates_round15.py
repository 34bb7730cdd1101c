"""Meeting dates and status, round 15: another event's date, a length told by the date, a past purpose."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import first_meeting

# published Tuesday 2023-10-24 (build_meetings in helpers.py)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a date after "following a call", "follows a visit" is that call's or visit's
        ("Wang will also visit Kyiv soon following a call with Blinken on Monday night.", None),
        ("Wang's trip to Kyiv follows a similar visit by Blinken to Rome last month.", None),
        # an opening "during the tour from Tuesday": the tour's first day, not the talks'
        ("During the week-long tour from Tuesday, Wang will hold talks with Blinken.", None),
        # the trigger's own date stays
        ("Wang will visit Kyiv on Friday following a call with Blinken.", "2023-10-27"),
        ("Wang met Blinken in Rome on Monday after a long flight.", "2023-10-23"),
        ("Starting on Friday, Wang will hold talks with Blinken.", "2023-10-27"),
    ],
)
def test_date_of_another_event(text: str, start: str | None) -> None:
    kind = "talks" if "talks" in text else None
    m = first_meeting(text, kind)
    assert m.start == start


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a length told right after or right before the first day ends the stay
        ("Wang arrived in Kyiv on Monday on a two-day official visit.", "2023-10-23", "2023-10-24"),
        ("Wang will hold talks with Blinken in Rome from Dec 16 for three days.", "2023-12-16", "2023-12-18"),
        ("Wang will hold talks with Blinken in Rome for three days from Dec 16.", "2023-12-16", "2023-12-18"),
        # no length next to the day: one day (arriving too: an event of that day, round 27)
        ("Wang will hold talks with Blinken in Rome on Dec 16.", "2023-12-16", "2023-12-16"),
        ("Wang arrived in Kyiv on Monday and stayed for talks.", "2023-10-23", "2023-10-23"),
    ],
)
def test_length_next_to_the_date(text: str, start: str, end: str | None) -> None:
    m = first_meeting(text)
    assert (m.start, m.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a past date and only a purpose's "to meet": the event is past
        ("Last month, three leaders travelled to Kyiv to meet Zelensky.", "past"),
        ("Wang was in Kyiv on October 18 and 19 to hold talks with Blinken.", "past"),
        # a future word keeps it ahead; a date still to come too
        ("Wang is expected in Kyiv next month to meet Zelensky.", "upcoming"),
        ("Wang travelled to Kyiv on Monday and will meet Zelensky on Friday.", "upcoming"),
    ],
)
def test_past_date_with_a_purpose(text: str, status: str) -> None:
    assert first_meeting(text, "meeting" if " meet " in text else None).status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # agreed to, with no time told: proposed
        ("Wang has agreed to meet Blinken to discuss the crisis.", "proposed"),
        ("Wang and Blinken agreed to hold three joint sessions of their cabinets.", "proposed"),
        # a time, even a loose one, makes it upcoming; a plain "will meet" too
        ("Wang has agreed to meet Blinken in Rome on Friday.", "upcoming"),
        ("Wang has agreed to meet Blinken in the coming days.", "upcoming"),
        ("Wang will meet Blinken to discuss the crisis.", "upcoming"),
    ],
)
def test_agreed_undated_is_proposed(text: str, status: str) -> None:
    assert first_meeting(text).status == status


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # the day told at the end of a stay of told length is its last day
        ("Wang spoke at the end of his two-day visit to Kyiv on Friday.", "2023-10-19", "2023-10-20"),
        ("Wang spoke at the close of a three-day visit to Kyiv on Friday.", "2023-10-18", "2023-10-20"),
        # at its start, the first
        ("Wang spoke at the start of his two-day visit to Kyiv on Friday.", "2023-10-20", "2023-10-21"),
    ],
)
def test_day_at_the_end_of_a_stay(text: str, start: str, end: str) -> None:
    m = first_meeting(text)
    assert (m.start, m.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a date in a clause before "and <subject> <verb>ed" is that clause's, not the trigger's
        ("Wang called Blinken in November and Wang invited him to visit Kyiv.", None),
        ("Wang phoned Blinken on Monday but Wang declined to visit Kyiv.", None),
        # a verb that shares the date's subject shares its date
        ("Wang arrived in Kyiv on Thursday and met Blinken.", "2023-10-19"),
    ],
)
def test_date_of_an_earlier_clause(text: str, start: str | None) -> None:
    m = first_meeting(text, "meeting" if "met " in text else "visit")
    assert m.start == start


@pytest.mark.parametrize(
    ("text", "start", "status"),
    [
        # a date before "agreed to" dates the agreeing: the meeting has none of its own, or the one after
        ("On Friday, Wang agreed to meet Blinken.", None, "proposed"),
        ("Last month, Wang agreed to visit Kyiv.", None, "proposed"),
        ("Wang and Blinken on Friday agreed to hold talks in Rome in April.", "2024-04", "upcoming"),
        # a date after the agreed verb is the meeting's
        ("Wang has agreed to meet Blinken on Friday.", "2023-10-27", "upcoming"),
    ],
)
def test_date_of_the_agreeing(text: str, start: str | None, status: str) -> None:
    m = first_meeting(text)
    assert (m.start, m.status) == (start, status)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the day of saying, told with its medium, is not the event's
        ("Wang will visit Kyiv soon, Blinken said in a statement on Monday.", None),
        ("Blinken wrote in a Twitter post on Monday that Wang will visit Kyiv.", None),
        # the event's own day stays, and so does one occasion told with a place
        ("Blinken said in a statement that Wang visited Kyiv on Monday.", "2023-10-23"),
        ("Wang said in Kyiv on Monday at a meeting with Blinken that ties were good.", "2023-10-23"),
    ],
)
def test_day_of_saying_through_a_medium(text: str, start: str | None) -> None:
    assert first_meeting(text).start == start
