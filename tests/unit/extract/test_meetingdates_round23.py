"""Meeting dates and status, round 23: a "where"/"when" clause takes the main clause's day; a day after
"until" ends a stay, another date told with it starts it; a programme told in the present ("the agenda
for Wednesday includes a meeting with Y") is still ahead."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.meetingcues import Hit
from briefing_tui.extract.meetingdates import pick_timex
from briefing_tui.extract.pipeline import build_document

WEDNESDAY = date(2022, 11, 23)


def _meetings(text: str) -> list[tuple[str, str | None, list[str]]]:
    doc = build_document(text, WEDNESDAY)
    return [(m.status, m.start, [doc.entities[i].name for i in m.participants]) for m in doc.meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "For Thursday, Gabriel Boric is scheduled to attend a session in the Senate, where he will"
            " meet with its president, Ricardo Monreal.",
            ("upcoming", "2022-11-24"),
        ),
        (
            "On Monday, President Joe Biden attended a dinner at the palace, where he met King Charles,"
            " the monarch.",
            ("past", "2022-11-21"),
        ),
        (
            "On Monday, Joe Biden flew to the summit in Bali, when he met President Xi Jinping, the"
            " Chinese leader.",
            ("past", "2022-11-21"),
        ),
        # near misses: a "who" clause has its own day; a date inside the "where" clause is its own
        (
            "On Monday, Joe Biden toured the palace, where on Tuesday he met King Charles, the monarch.",
            ("past", "2022-11-22"),
        ),
    ],
)
def test_where_clause_takes_main_day(text: str, expected: tuple[str, str]) -> None:
    status, start, _ = _meetings(text)[0]
    assert (status, start) == expected


def test_who_clause_keeps_own_day() -> None:
    found = _meetings("Joe Biden, who met Olaf Scholz on Monday, will visit Paris on Friday.")
    assert found[0][:2] == ("past", "2022-11-21")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "The minister arrived on Tuesday night in the capital, beginning a visit that will last until"
            " November 25.",
            "visit",
            "2022-11-22",
        ),
        (
            "The envoy landed in Jakarta on November 21, starting a tour that runs till November 26.",
            "tour",
            "2022-11-21",
        ),
        # near misses: "until" the only date; a date after the trigger with no "until"
        ("The minister will stay on a visit in Paris until November 25.", "visit", "2022-11-25"),
        (
            "The minister arrived on Tuesday night in the capital, beginning a visit on November 25.",
            "visit",
            "2022-11-25",
        ),
    ],
)
def test_until_day_is_no_start(text: str, trigger: str, expected: str) -> None:
    doc = build_document(text, WEDNESDAY)
    at = doc.text.index(trigger)
    hit = Hit(at, at + len(trigger), "visit", "noun")
    picked = pick_timex(doc.text, doc.timexes, hit)
    assert picked is not None and picked.value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gabriel Boric's itinerary also includes talks with President Andres Lopez Obrador.", "upcoming"),
        ("The schedule includes a meeting between Joe Biden and Emmanuel Macron.", "upcoming"),
        ("The programme for Wednesday includes a meeting between Joe Biden and Emmanuel Macron.", "upcoming"),
        # near misses: told in the past; another clause's verb
        ("The agenda included a meeting between Joe Biden and Emmanuel Macron.", "past"),
        ("The agenda includes trade, and Joe Biden met Emmanuel Macron.", "past"),
    ],
)
def test_programme_in_present_is_ahead(text: str, expected: str) -> None:
    assert _meetings(text)[0][0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sauli Niinisto and Vladimir Putin discussed the need for a ceasefire and humanitarian corridors"
            " in a phone call on Friday.",
            "past",
        ),
        (
            "Sauli Niinisto and Vladimir Putin emphasized the need for dialogue and urged restraint in a"
            " telephone conversation on Tuesday.",
            "past",
        ),
        # near misses: the wish is the call's own ("could"), or stands before the verb of talking
        ("Sauli Niinisto and Vladimir Putin could discuss the crisis in a phone call next week.", "proposed"),
        ("Sauli Niinisto said he might raise the crisis in a phone call with Vladimir Putin.", "proposed"),
    ],
)
def test_wish_as_topic_of_call(text: str, expected: str) -> None:
    calls = [status for status, _, _ in _meetings(text)]
    assert calls and calls[-1] == expected


def test_wish_as_topic_far_before_call() -> None:
    text = (
        "Sauli Niinisto and Vladimir Putin discussed the need for a ceasefire and humanitarian corridors to"
        " evacuate civilians from the besieged cities in a phone call on Friday."
    )
    assert [status for status, _, _ in _meetings(text)][-1] == "past"


SATURDAY = date(2018, 7, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event under way, told in the present progressive or as a stay "in" a place, with a time of
        # today or ahead: not over yet (undated, it is reported as begun: round 26)
        ("Prime Minister Edi Rama is paying an official visit to Brussels ahead of the summit.", "past"),
        ("Mike Pompeo is making a visit to Japan this weekend.", "upcoming"),
        ("Mike Pompeo is in Pyongyang on Saturday for high-level talks with Kim Yong Chol.", "upcoming"),
        ("Mike Pompeo is currently in Pyongyang for talks with Kim Yong Chol.", "past"),
        # near misses: a past verb of its own; a stay in a relative clause
        ("Mike Pompeo, who is in Pyongyang, met Kim Yong Chol on Friday.", "past"),
        ("The focus is on talks between Mike Pompeo and Kim Yong Chol, who met in May.", "past"),
    ],
)
def test_under_way_is_not_over(text: str, expected: str) -> None:
    doc = build_document(text, SATURDAY)
    # (the stay itself, "is in Pyongyang ... for talks", is a visit begun since round 33: the sitting is read)
    sittings = [m for m in doc.meetings if m.kind != "visit"] or doc.meetings
    assert sittings and sittings[0].status == expected
