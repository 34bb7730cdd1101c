"""Stage timexes, round 9: a clause's verb far to the left of its date."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.tense import tense_near
from tests.unit.extract.helpers import find_timexes, timex_pairs
from tests.unit.extract.test_timexes import TUESDAY


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the verb ("slated to", "plans to") is more words back than the near window reads
        (
            "The premier is slated to attend the yearly gathering of the three coastal states plus "
            "Norway and Chile in Lima on Friday.",
            TUESDAY,
            [("Friday", "2023-10-27")],
        ),
        (
            "The envoy plans to tour the rebuilt port and the new rail depot along with two of the "
            "older grain terminals on the coast on Monday.",
            TUESDAY,
            [("Monday", "2023-10-30")],
        ),
        # negative: a subordinate clause ("before leaders gather") keeps its own, unmarked, verb
        (
            "Analysts said progress was unlikely before the regional leaders gather for their yearly "
            "summit in Accra on Dec. 14.",
            date(2025, 7, 2),
            [("Dec. 14", "2025-12-14")],
        ),
        # negative: nor does the reading cross a colon into the sentence's first clause
        (
            "She went to the ministry about two things: the talks we have for January 9 and the budget.",
            date(2022, 12, 19),
            [("January 9", "2023-01-09")],
        ),
    ],
)
def test_far_verb_of_long_clause(text: str, published: date, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text, published) == expected


def triples(text: str, published: date = TUESDAY) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.value, t.end_value) for t in find_timexes(text, published).timexes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two calendar days joined by "to" or a dash: one range, as "June 4 to 6" is
        (
            "The minister tours Europe from June 30 to July 6.",
            [("June 30 to July 6", "2024-06-30", "2024-07-06")],
        ),
        (
            "She was in Peru from March 30-April 1 for talks.",
            [("March 30-April 1", "2024-03-30", "2024-04-01")],
        ),
        ("The fair runs 28 May through 2 June.", [("28 May through 2 June", "2024-05-28", "2024-06-02")]),
        # negative: days joined by "and", a second day before the first, weekdays
        (
            "They will meet on May 9 and June 3.",
            [("May 9", "2024-05-09", None), ("June 3", "2024-06-03", None)],
        ),
        ("Compare July 6 to June 30.", [("July 6", "2024-07-06", None), ("June 30", "2024-06-30", None)]),
        (
            "He will visit from Thursday to Saturday.",
            [("Thursday", "2024-05-02", "2024-05-04"), ("Saturday", "2024-05-04", None)],
        ),
    ],
)
def test_range_of_two_calendar_days(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert triples(text, date(2024, 4, 30)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a present progressive: an arrangement of publication day or of the days after it
        (
            "The forum, organised by Peru, is being held on Thursday and Friday.",
            date(2023, 10, 26),
            [("Thursday", "2023-10-26"), ("Friday", "2023-10-27")],
        ),
        ("The two envoys are meeting in Oslo on Monday.", TUESDAY, [("Monday", "2023-10-30")]),
        ("On Friday the new bridge is being opened by the king.", TUESDAY, [("Friday", "2023-10-27")]),
        # negative: a past verb nearer the date, a progressive of a verb that is no arrangement
        (
            "The suspect is being questioned about a fire started on Monday.",
            TUESDAY,
            [("Monday", "2023-10-23")],
        ),
        ("The party is accusing its rival of fraud on Sunday.", TUESDAY, [("Sunday", "2023-10-22")]),
    ],
)
def test_present_progressive(text: str, published: date, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text, published) == expected


def test_present_only_when_asked() -> None:
    # the meeting stage reads the old two tenses: a progressive there still gives no "present"
    text = "The forum, organised by Peru, is being held on Friday."
    at = text.index("Friday")
    # (the participle aside ", organised by Peru," gives no tense of its own: round 19)
    assert tense_near(text, at, at + 6) is None
    assert tense_near(text, at, at + 6, progressive=True) == "present"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page's own date line in German, Scandinavian or South Slavic style
        ("5. mart 2021 09:12\n\nAutor: Agency", [("5. mart 2021", "2021-03-05")]),
        ("Veröffentlicht: 3. März 2021", [("3. März 2021", "2021-03-03")]),
        ("Oppdatert 12. desember 2020", [("12. desember 2020", "2020-12-12")]),
        ("Posted 9. august 2019", [("9. august 2019", "2019-08-09")]),
        # negative: no year, an impossible day, a capitalised English month opening a sentence
        ("Posted 9. oktobar at noon", []),
        ("Posted 31. februar 2021", [("2021", "2021")]),
        ("The toll rose to 7. March 2020 was worse.", [("March 2020", "2020-03")]),
    ],
)
def test_day_with_dot_and_european_month(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text, date(2021, 3, 6)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day or month and, after "of", the year it is in: one date, in that year
        ("The summit took place on June 2 of this year.", [("June 2 of this year", "2022-06-02")]),
        ("They first met in October of last year.", [("October of last year", "2021-10")]),
        ("The plant opens in May of next year.", [("May of next year", "2023-05")]),
        # negative: no "of", or a year that is not this, last or next one
        ("They met on June 2, this year a first.", [("June 2", "2022-06-02"), ("this year", "2022")]),
        (
            "They met on June 2 of earlier this year.",
            [("June 2", "2022-06-02"), ("earlier this year", "2022")],
        ),
    ],
)
def test_day_of_this_year(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text, date(2022, 8, 18)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "today" in a quote is the day it was said: the day of the event reported, just before publication
        (
            'The two leaders met on Monday. "Our talks today were frank," the envoy said.',
            [("Monday", "2023-10-23"), ("today", "2023-10-23")],
        ),
        (
            "The envoy arrived yesterday.\n\u201cWe have agreed on much today,\u201d she told reporters.",
            [("yesterday", "2023-10-23"), ("today", "2023-10-23")],
        ),
        # negative: "today" outside quotes, a story of publication day, an event weeks before
        (
            "The two leaders met on Monday. Today the envoy flew home.",
            [("Monday", "2023-10-23"), ("Today", "2023-10-24")],
        ),
        (
            'The leaders met on Monday and again on Tuesday. "Our talks today were frank," he said.',
            [("Monday", "2023-10-23"), ("Tuesday", "2023-10-24"), ("today", "2023-10-24")],
        ),
        (
            'The leaders met on Oct. 10. "Today we are united," she said.',
            [("Oct. 10", "2023-10-10"), ("Today", "2023-10-24")],
        ),
    ],
)
def test_quoted_today_is_the_day_spoken(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text) == expected
