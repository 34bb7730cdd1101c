"""Timexes, round 22: the same day told from another hour ("earlier in the day", "later that day"); a
dateline in ordinary case with a date and a dash but no agency ("Mexico City, November 24 -- ")."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract import dateline
from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import timexes_of

PUBLISHED = date(2023, 10, 16)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day told just before it
        (
            "Kim met Ruto on October 12. Later that day, he flew to Oslo.",
            [("October 12", "2023-10-12"), ("Later that day", "2023-10-12")],
        ),
        (
            "Kim met Ruto on October 12. Earlier in the day, he toured a port.",
            [("October 12", "2023-10-12"), ("Earlier in the day", "2023-10-12")],
        ),
        (
            "Kim met Ruto on October 12. That same day, he flew to Oslo.",
            [("October 12", "2023-10-12"), ("That same day", "2023-10-12")],
        ),
        (
            "Kim met Ruto on October 12. Later on the same day, he flew to Oslo.",
            [("October 12", "2023-10-12"), ("Later on the same day", "2023-10-12")],
        ),
        # no day told before "in the day": the day of the report
        ("Earlier in the day, Kim met Ruto in Oslo.", [("Earlier in the day", "2023-10-16")]),
        # no calendar day before "that day" (a month), or no shift meant: nothing added
        ("Kim met Ruto in May. Later that day, he flew to Oslo.", [("May", "2023-05")]),
        ("Kim met Ruto on October 12. The talks lasted all day.", [("October 12", "2023-10-12")]),
        ("Kim met Ruto on October 12, the same day as the vote.", [("October 12", "2023-10-12")]),
    ],
)
def test_same_day_from_another_hour(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Mexico City, November 24 -- Kim met Ruto.", "Mexico City"),
        ("Oslo, Nov. 24 - Kim met Ruto.", "Oslo"),
        ("Nairobi, 3 May \u2013 Kim met Ruto.", "Nairobi"),
        ("A headline\nOslo, October 12 -- Kim met Ruto.", "Oslo"),
        # no date, a year for a day, or a number after the dash: no dateline in ordinary case
        ("Oslo, Norway - Kim met Ruto.", None),
        ("Oslo, October 2023 - Kim met Ruto.", None),
        ("Kim, October 24 - 25 was a busy time.", None),
        ("Oslo, May 3 was the day Kim met Ruto.", None),
    ],
)
def test_dateline_with_a_date_and_a_dash(text: str, place: str | None) -> None:
    found = dateline.find(text)
    assert (found.group(1) if found else None) == place


def test_dateline_date_is_not_the_meetings() -> None:
    doc = build_document(
        "Oslo, October 16 -- President Kim held talks with President Ruto on Sunday.", PUBLISHED
    )
    assert [m.start for m in doc.meetings] == ["2023-10-15"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a relative clause closed right before a weekday: the tense of the clause it interrupts
        ("Kim will hold talks with Ruto, who was elected in March, on Friday.", "2023-10-20"),
        ("Kim will visit Oslo, which was bombed last year, on Friday.", "2023-10-20"),
        ("Kim met Ruto, who will visit Rome, on Friday.", "2023-10-13"),
        # no aside: the clause's own tense
        ("Kim met Ruto on Friday.", "2023-10-13"),
        ("Kim will meet Ruto on Friday.", "2023-10-20"),
    ],
)
def test_weekday_after_an_aside(text: str, value: str) -> None:
    assert [v for t, v in timexes_of(text, PUBLISHED) if t.endswith("Friday")] == [value]
