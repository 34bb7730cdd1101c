"""Stage timexes: numeric dates, weekday-named feasts, month lists, bare months, ordinal days."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract import timexes
from briefing_tui.extract.document import Document, Sentence
from tests.unit.extract.helpers import timex_pairs
from tests.unit.extract.test_timexes import TUESDAY


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the weekday beside a slashed date picks its reading: 2 December 2017 was a Saturday
        (
            "The talks took place on Saturday 2/12/2017 in Cairo.",
            date(2017, 12, 3),
            [("Saturday 2/12/2017", "2017-12-02")],
        ),
        ("They signed on Sunday, 2/12/2017.", date(2017, 3, 1), [("Sunday, 2/12/2017", "2017-02-12")]),
        # a number over 12 is a day, whichever side it is on
        ("The deal was signed 25/12/2020.", TUESDAY, [("25/12/2020", "2020-12-25")]),
        ("The deal was signed 12/25/2020.", TUESDAY, [("12/25/2020", "2020-12-25")]),
        # the document's plain slashed date shows its order for the others
        (
            "Talks began 20/10/2023 and ended 3/10/2023.",
            TUESDAY,
            [("20/10/2023", "2023-10-20"), ("3/10/2023", "2023-10-03")],
        ),
        # no clue: a reading near publication is taken only when the other is far away
        ("He was freed 2/12/2017.", date(2017, 12, 3), [("2/12/2017", "2017-12-02")]),
        ("Signed 9/1/2023 in Rome.", TUESDAY, [("9/1/2023", "2023-09-01")]),
        ("The law dates from 6/5/2010.", TUESDAY, [("6/5/2010", None)]),
        # dots are day first
        ("The vote was held on 01.10.2023.", TUESDAY, [("01.10.2023", "2023-10-01")]),
        # negative: a version number, and an impossible date
        ("They shipped version 1.2.2019 of the app.", TUESDAY, []),
        ("Its code was 45/13/2020.", TUESDAY, []),
    ],
)
def test_numeric_dates(text: str, published: date, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Arabic comma after a weekday, as pages of Arabic-language publishers print it
        ("Sunday\u060c 03 December 2017 - 12:39 PM", [("Sunday\u060c 03 December 2017", "2017-12-03")]),
        ("Sunday, 03 December 2017", [("Sunday, 03 December 2017", "2017-12-03")]),
    ],
)
def test_weekday_comma(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They upheld the Good Friday Agreement.", []),
        ("Ballots were counted after Super Tuesday.", []),
        ("He marched on Bloody Sunday in 1972.", [("1972", "1972")]),
        # negative: a plain weekday, and one after a modifier
        ("Good talks were held Friday.", [("Friday", "2023-10-20")]),
        ("They met last Friday.", [("last Friday", "2023-10-20")]),
    ],
)
def test_named_days_are_not_weekdays(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices peak in mid-December.", [("mid-December", "2023-12")]),
        ("Snow fell in mid-January.", [("mid-January", "2023-01")]),
        # negative: a hyphenated word that is no date
        ("It was a mid-week lull.", []),
    ],
)
def test_hyphenated_months(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every month of a list or range after one preposition, resolved by the clause's tense
        (
            "Her trips were in May, September and October.",
            [("May", "2023-05"), ("September", "2023-09"), ("October", "2023-10")],
        ),
        ("He will go in December or January.", [("December", "2023-12"), ("January", "2024-01")]),
        ("Prices rose from March to June.", [("March", "2023-03"), ("June", "2023-06")]),
        ("The strike lasted between February and April.", [("February", "2023-02"), ("April", "2023-04")]),
        # "for" names a month, except one that is also a given name
        ("A vote is planned for November.", [("November", "2023-11")]),
        ("It was a good week for May and her party.", []),
        # negative: a comma followed by no month
        ("It fell in March, the data showed.", [("March", "2023-03")]),
    ],
)
def test_month_lists(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month with no preposition, as subject or modifier
        ("But February did not suit either side.", [("February", "2023-02")]),
        ("The December summit will be short.", [("December", "2023-12")]),
        ("She said November was the worst month.", [("November", "2022-11")]),
        # negative: names, and months that are also words or names
        ("He studied the October Revolution.", []),
        ("Black September claimed the attack.", []),
        ("April said the plan was sound.", []),
        ("March organisers met the police.", []),
    ],
)
def test_bare_months(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text) == expected


def pairs_in_sentences(text: str, published: date) -> list[tuple[str, str | None]]:
    """Like ``pairs``, with the text cut into sentences after each full stop."""
    doc = Document(original=text, text=text, published=published)
    start, sents = 0, []
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            sents.append(Sentence(len(sents), start, i + 1))
            start = i + 2
    doc.sentences = sents
    timexes.find(doc)
    return [(t.text, t.value) for t in doc.timexes]


THURSDAY = date(2019, 11, 28)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weekdays told after "next week" fall in that week (Monday 2 December to Sunday 8 December)
        (
            "The envoy will come next week. His stay on Monday and Tuesday has been confirmed.",
            [("next week", None), ("Monday", "2019-12-02"), ("Tuesday", "2019-12-03")],
        ),
        (
            "She will fly out next week. Talks on Friday will cover trade.",
            [("next week", None), ("Friday", "2019-12-06")],
        ),
        (
            "He travels next week and sees the king on Friday.",
            [("next week", None), ("Friday", "2019-12-06")],
        ),
        # negative: a past verb places the weekday, and so does a weekday two sentences on
        (
            "He will visit next week, the ministry said Thursday.",
            [("next week", None), ("Thursday", "2019-11-28")],
        ),
        (
            "He will visit next week. On Monday, aides said the trip was on.",
            [("next week", None), ("Monday", "2019-11-25")],
        ),
        (
            "He will visit next week. It is his first trip. Talks on Friday may help.",
            [("next week", None), ("Friday", "2019-11-29")],
        ),
    ],
)
def test_weekdays_in_next_week(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert pairs_in_sentences(text, THURSDAY) == expected
