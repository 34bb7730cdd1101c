"""Timexes, round 16: a day range told without its month ("from 21 to 22") after a full date, and a
dateline that carries its filing date after the dash ("PLACE, REGION – WEEKDAY DD MONTH YYYY:")."""

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
        # the month of the date told just before, the days coming after it
        (
            "Kim visits Oslo from October 17 to 19. He then flies to Bergen from 20 to 21.",
            [
                ("October 17 to 19", "2023-10-17", "2023-10-19"),
                ("20 to 21", "2023-10-20", "2023-10-21"),
            ],
        ),
        (
            "Kim lands in Rome on November 3. He will go on to Milan from 5 to 7, aides said.",
            [("November 3", "2023-11-03", None), ("5 to 7", "2023-11-05", "2023-11-07")],
        ),
        # not after a name: a count that moved ("rose from 21 to 22")
        (
            "Kim spoke on October 17. The toll rose from 21 to 22.",
            [("October 17", "2023-10-17", None)],
        ),
        # days before the date told: not in its month's run
        (
            "Kim visits Oslo on October 27. He goes to Bergen from 21 to 22.",
            [("October 27", "2023-10-27", None)],
        ),
        # no full date before it
        ("He goes to Bergen from 21 to 22.", []),
        # a number after the range: a score or a size, not days
        (
            "Kim visits Oslo on October 17. Rates at Bergen went from 2 to 3.5 percent.",
            [("October 17", "2023-10-17", None)],
        ),
    ],
)
def test_bare_day_range(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert timexes_of(text, PUBLISHED, ends=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OSLO, NORWAY – MONDAY 16 OCTOBER 2023: The talks ended.",
            "OSLO, NORWAY – MONDAY 16 OCTOBER 2023: ",
        ),
        (
            "OSLO, Norway – Monday, October 16, 2023: The talks ended.",
            "OSLO, Norway – Monday, October 16, 2023: ",
        ),
        # no year: the date words are the story's, the dateline ends at the dash
        ("OSLO, NORWAY – Monday talks ended.", "OSLO, NORWAY – "),
    ],
)
def test_dateline_with_date_after_dash(text: str, expected: str) -> None:
    found = dateline.find(text)
    assert found is not None and found.group(0) == expected


def test_dateline_date_is_no_meeting_date() -> None:
    text = "OSLO, NORWAY – MONDAY 16 OCTOBER 2023: Prime Minister Jonas Store met Swedish Prime Minister Ulf Kristersson."
    assert [m.start for m in build_document(text, PUBLISHED).meetings] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday told with "next week" after it is that week's day (published Monday 2023-10-16)
        # (one expression since round 26, as the gold has them)
        ("Kim will see Park on Friday next week.", [("Friday next week", "2023-10-27")]),
        ("Kim will see Park on Wednesday of next week.", [("Wednesday of next week", "2023-10-25")]),
        # another clause's "next week": the weekday stays this week's
        (
            "Kim will see Park on Friday, and next week he goes home.",
            [("Friday", "2023-10-20"), ("next week", None)],
        ),
    ],
)
def test_weekday_before_next_week(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(t.text, t.value) for t in build_document(text, PUBLISHED).timexes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two weekdays joined by "and" are listed in order (published Monday 2023-10-16)
        ("Kim will see Park on Friday and Monday.", [("Friday", "2023-10-20"), ("Monday", "2023-10-23")]),
        ("Kim saw Park on Thursday and Friday.", [("Thursday", "2023-10-12"), ("Friday", "2023-10-13")]),
        # two days from publication
        ("Kim will see Park the day after tomorrow.", [("the day after tomorrow", "2023-10-18")]),
        ("Kim saw Park the day before yesterday.", [("the day before yesterday", "2023-10-14")]),
        # "the day before" told of another day: no shift of two
        ("Kim saw Park yesterday, the day before the vote.", [("yesterday", "2023-10-15")]),
    ],
)
def test_weekday_lists_and_two_day_words(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(t.text, t.value) for t in build_document(text, PUBLISHED).timexes] == expected
