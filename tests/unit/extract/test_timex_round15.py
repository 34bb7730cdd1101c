"""Timexes, round 15: a day shifted from the day last told, 'the same day' beside it, a part of a
year, and a past wish that looks ahead."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.tense import tense_near
from tests.unit.extract.helpers import timexes_of

PUBLISHED = date(2023, 10, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shift in days from the day told just before
        (
            "Wang met Li on Monday. A day earlier, Kim had called Park.",
            [("Monday", "2023-10-23"), ("A day earlier", "2023-10-22")],
        ),
        (
            "Wang arrived on Monday. Two days later he flew home.",
            [("Monday", "2023-10-23"), ("Two days later", "2023-10-25")],
        ),
        (
            "Wang arrived on Monday. The next day, he met Li.",
            [("Monday", "2023-10-23"), ("The next day", "2023-10-24")],
        ),
        (
            "Wang left on Monday and Li followed the day after.",
            [("Monday", "2023-10-23"), ("the day after", "2023-10-24")],
        ),
        # no day told before: nothing to shift; "the day after the vote" is the vote's
        ("A day earlier, Kim had called Park.", []),
        ("Wang arrived on Monday and left the day after the vote.", [("Monday", "2023-10-23")]),
        ("Wang arrived on Monday for the next day of talks.", [("Monday", "2023-10-23")]),
    ],
)
def test_day_shift(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the same day" set beside the day it repeats is no date of its own
        ("Li was sworn in on Monday, the same day Wang took office.", [("Monday", "2023-10-23")]),
        # told apart from it, it stays one
        (
            "Wang arrived on Monday. Li flew in on the same day.",
            [("Monday", "2023-10-23"), ("on the same day", "2023-10-23")],
        ),
    ],
)
def test_same_day_beside_its_day(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the year told before it is one expression with it
        ("All troops will leave by the end of 2011.", [("the end of 2011", "2011")]),
        ("Growth slowed in the first half of 2022.", [("the first half of 2022", "2022")]),
        # other words before "of" stay out
        ("The law of 2011 still applies.", [("2011", "2011")]),
    ],
)
def test_part_of_a_year(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wish told in the past looks ahead: the month named after it is the coming one
        ("She said she wanted to support the presidency from January onwards.", [("January", "2024-01")]),
        ("He hoped to improve ties in March.", [("March", "2024-03")]),
        # a past deed stays in the past
        ("She said she supported the presidency in January.", [("January", "2023-01")]),
    ],
)
def test_past_wish_looks_ahead(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected, text


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # "due to" + a determiner gives a cause, not a time ahead; the words further on decide
        ("The meeting is due to the breakdown of negotiations last week.", "negotiations", "past"),
        ("The talks were cancelled due to his illness.", "illness", "past"),
        ("Talks due to the crisis ended early.", "Talks", "past"),
        # "due to" + a verb stays a plan, on either side of the word asked about
        ("The meeting is due to take place in Rome.", "Rome", "future"),
        ("The ministers are due to meet in Rome.", "ministers", "future"),
    ],
)
def test_due_to_a_cause(text: str, word: str, expected: str) -> None:
    i = text.find(word)
    assert tense_near(text, i, i) == expected, text
