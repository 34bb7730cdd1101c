"""Timexes, round 30: "last Sunday" written on a Monday is the Sunday of the week before; a day or
month followed by ", last year" is one date; an embedded post tells "today" from the day it was
posted; a clause's future is read past a verbless tail and a closing attribution; "decided to
continue ... in April" looks ahead."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import timexes_of

PUBLISHED = date(2023, 10, 16)

# each timex as (text, value, end value), in an article published on Monday 2023-10-16


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day before publication would be "yesterday": "last Sunday" is a week before it
        ("The board had last Sunday approved the budget.", [("last Sunday", "2023-10-08", None)]),
        # near misses: two days back and more, a plain weekday
        ("The board approved the budget last Saturday.", [("last Saturday", "2023-10-14", None)]),
        ("The board approved the budget last Wednesday.", [("last Wednesday", "2023-10-11", None)]),
        ("The board approved the budget on Sunday.", [("Sunday", "2023-10-15", None)]),
    ],
)
def test_last_weekday_of_the_day_before(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert timexes_of(text, PUBLISHED, ends=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year set off by a comma after the day or month it holds
        (
            "She took office on December 2, last year, after a long count.",
            [("December 2, last year", "2022-12-02", None)],
        ),
        ("The dam opened in August, last year.", [("August, last year", "2022-08", None)]),
        # near misses: a new clause opening on "this year", a possessive "last year's"
        (
            "The ministers met in May, this year the talks moved online.",
            [("May", "2023-05", None), ("this year", "2023", None)],
        ),
        (
            "The ministers met in August, last year's venue being full.",
            [("August", "2023-08", None), ("last year", "2022", None)],
        ),
    ],
)
def test_date_then_comma_and_its_year(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert timexes_of(text, PUBLISHED, ends=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post signed two days before publication: its "today" is that day
        (
            "The envoy wrote on social media.\n\nGood talks today with the minister on trade "
            "pic.twitter.com/xYz12 \u2014 Jane Roe (@janeroe) October 14, 2023\n\nThe talks went on.",
            [("today", "2023-10-14", None), ("October 14, 2023", "2023-10-14", None)],
        ),
        (
            "Arrived in the capital yesterday for the forum \u2014 Ali Khan (@alikhan) October 13, 2023",
            [("yesterday", "2023-10-12", None), ("October 13, 2023", "2023-10-13", None)],
        ),
        # near misses: "today" in the article's own text, a date with no signature
        (
            "The envoy met the minister today.\n\nGood talks \u2014 Jane Roe (@janeroe) October 14, 2023",
            [("today", "2023-10-16", None), ("October 14, 2023", "2023-10-14", None)],
        ),
        (
            "The envoy met the minister today, the ministry said on October 14, 2023.",
            [("today", "2023-10-16", None), ("October 14, 2023", "2023-10-14", None)],
        ),
    ],
)
def test_day_words_of_an_embedded_post(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert timexes_of(text, PUBLISHED, ends=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long clause in the future, a tail with no verb, then the attribution closing the sentence
        (
            "The premier will hold a first round of budget talks with the visiting finance minister of "
            "the neighbouring state in the capital on Thursday after the holiday, her aide said.",
            [("Thursday", "2023-10-19", None)],
        ),
        # near misses: the tail has its own past verb; no future to the left
        (
            "The premier will hold a first round of budget talks with the visiting finance minister of "
            "the neighbouring state in the capital on Thursday after talks collapsed, her aide said.",
            [("Thursday", "2023-10-12", None)],
        ),
        (
            "In a long phone call with the visiting finance minister of the neighbouring state on "
            "Thursday after the holiday, her aide said.",
            [("Thursday", "2023-10-12", None)],
        ),
    ],
)
def test_future_read_past_a_closing_attribution(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert timexes_of(text, PUBLISHED, ends=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision to go on with something: the going on is ahead
        (
            "The two sides decided to continue the negotiations on the border through expert-level "
            "rounds in December.",
            [("December", "2023-12", None)],
        ),
        # near misses: a past going on, a plain past meeting
        ("The negotiations continued in December.", [("December", "2022-12", None)]),
        (
            "The two sides held expert-level rounds on the border in December.",
            [("December", "2022-12", None)],
        ),
    ],
)
def test_decided_to_continue(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert timexes_of(text, PUBLISHED, ends=True) == expected
