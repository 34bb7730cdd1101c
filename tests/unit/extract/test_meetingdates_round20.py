"""Meeting dates, round 20: a trigger inside a relative clause has only that clause's dates."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import build_meetings, first_meeting

# published Tuesday 2023-10-24 (build_meetings in helpers.py)


@pytest.mark.parametrize(
    ("text", "kind", "start", "status"),
    [
        # the main clause's date is not the relative clause's event's
        ("Wang, who has led talks with Blinken, will visit Kyiv on Friday.", "talks", None, "past"),
        # a date inside the relative clause is its own
        ("Wang, who met Blinken on Monday, will visit Kyiv on Friday.", "meeting", "2023-10-23", "past"),
        # the main clause keeps its own
        (
            "Wang, who has led talks with Blinken, will visit Kyiv on Friday.",
            "visit",
            "2023-10-27",
            "upcoming",
        ),
        ("Wang met Blinken, who arrived on Monday, in Kyiv on Friday.", "meeting", "2023-10-20", "past"),
    ],
)
def test_relative_clause_trigger_keeps_its_own_dates(
    text: str, kind: str, start: str | None, status: str
) -> None:
    m = first_meeting(text, kind)
    assert (m.start, m.status) == (start, status)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a date between an article and another noun names that noun's event
        ("Wang held talks with Blinken after the March 3 vote.", None),
        ("Wang met Blinken in Kyiv following a July 26 coup.", None),
        # the trigger's own noun, or "on the <date> <noun>" (the day itself), keeps it
        ("The March 3 meeting between Wang and Blinken was useful.", "2023-03-03"),
        ("Wang held talks with Blinken on the March 3 anniversary.", "2023-03-03"),
        ("Wang held talks with Blinken on March 3.", "2023-03-03"),
    ],
)
def test_date_modifying_another_noun(text: str, start: str | None) -> None:
    assert build_meetings(text).meetings[0].start == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # "met in August for talks": the talks are that meeting, on its date
        ("Wang and Blinken met in August for talks on Gaza after a July 26 coup.", "2023-08"),
        ("Wang and Blinken met in August for talks on Gaza.", "2023-08"),
    ],
)
def test_met_for_talks_shares_the_date(text: str, start: str | None) -> None:
    assert build_meetings(text).meetings[0].start == start


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a trip prepared "after arranging" it, or "arranged" for a month now past, is told as done
        ("Wang resigned in September after arranging Blinken's visit to Kyiv.", "past"),
        ("Wang arranged Blinken's visit to Kyiv in September.", "past"),
        # one being prepared is still to come
        ("Wang is arranging Blinken's visit to Kyiv.", "upcoming"),
        ("Wang is preparing Blinken's visit to Kyiv in December.", "upcoming"),
    ],
)
def test_prepared_trip_told_as_done(text: str, status: str) -> None:
    assert first_meeting(text, "visit").status == status


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        # a condition told after the trigger: only proposed
        (
            "Wang announced plans to visit Kyiv in February, contingent on his re-election.",
            "visit",
            "proposed",
        ),
        ("Wang will visit Kyiv in February, depending on the situation.", "visit", "proposed"),
        ("Wang will visit Kyiv in February.", "visit", "upcoming"),
        # a wish: "is eager to visit"
        ("Wang is eager to visit Kyiv.", "visit", "proposed"),
        # "a floral offering" (a noun) offers no event; "is offering to meet" does
        (
            "Wang met Blinken, laid a floral offering at the memorial, and held talks with Lavrov.",
            "talks",
            "past",
        ),
        ("Wang is offering to meet Blinken.", "meeting", "proposed"),
    ],
)
def test_conditions_wishes_and_offerings(text: str, kind: str, status: str) -> None:
    assert first_meeting(text, kind).status == status
