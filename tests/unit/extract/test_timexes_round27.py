"""Timexes, round 27: "the coming year" is the next one; "later Friday" is told on that Friday, the day of
writing; "September the 7th" is a month's day; "the night before" is the eve of the day last told."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import timexes_of

MONDAY = date(2021, 3, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy hopes to tour the region in the coming year.", [("the coming year", "2022")]),
        ("A trade mission will follow in the coming month.", [("the coming month", "2021-04")]),
        ("The panel should report in the coming week.", [("the coming week", None)]),
        # near misses: plural spans name no date
        ("More talks are planned in the coming weeks.", []),
        ("Ties will deepen in the coming years.", []),
    ],
)
def test_the_coming_unit(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timexes_of(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told on that very day, before publication or on it
        ("It is unclear whether the mayor will see the envoy later Friday.", [("Friday", "2021-03-12")]),
        ("The minister said earlier Monday that he would travel north.", [("Monday", "2021-03-15")]),
        # near misses: a weekday with no such word is resolved by the verb's tense
        ("The mayor will see the envoy on Friday.", [("Friday", "2021-03-19")]),
        ("The mayor will see the envoy later on Friday.", [("Friday", "2021-03-19")]),
    ],
)
def test_later_weekday_is_the_day_of_writing(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timexes_of(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The forum opens on September the 7th in the old port.", [("September the 7th", "2021-09-07")]),
        ("The accord was signed on June the 2nd, 2015.", [("June the 2nd, 2015", "2015-06-02")]),
        # near miss: an ordinal before a noun counts something else
        ("In May the 3rd round of voting was held.", [("May", "2020-05")]),
    ],
)
def test_month_the_ordinal(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timexes_of(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoy met the governor on Sunday. He had reached the port the night before on a ferry.",
            [("Sunday", "2021-03-14"), ("the night before", "2021-03-13")],
        ),
        (
            "The envoy met the governor on Sunday. He had landed the previous evening.",
            [("Sunday", "2021-03-14"), ("the previous evening", "2021-03-13")],
        ),
        # near miss: the eve of another event named after it
        (
            "The envoy met the governor on Sunday. Crowds gathered the night before the vote.",
            [("Sunday", "2021-03-14")],
        ),
    ],
)
def test_the_night_before(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timexes_of(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another hour of the day last told, or of the report's day
        (
            "The mayor met the envoy on Saturday. Later that evening, the envoy flew home.",
            [("Saturday", "2021-03-13"), ("Later that evening", "2021-03-13")],
        ),
        (
            "The mayor received the envoy today. The envoy was due to see the governor later in the afternoon.",
            [("today", "2021-03-15"), ("later in the afternoon", "2021-03-15")],
        ),
        # near miss: a part of a day with no "earlier" or "later" tells no day
        ("The sessions usually start in the morning.", []),
    ],
)
def test_later_in_the_afternoon(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timexes_of(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a schedule since changed: its day as likely behind publication as ahead, the nearest one
        (
            "The forum, which was originally planned for February 20 but has since been postponed, will"
            " open in Rabat.",
            [("February 20", "2021-02-20")],
        ),
        (
            "The forum, initially scheduled for March 1, will now open in Rabat.",
            [("March 1", "2021-03-01")],
        ),
        # near miss: a plan still standing is ahead
        ("The forum is planned for February 20.", [("February 20", "2022-02-20")]),
    ],
)
def test_former_schedule_is_nearest(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timexes_of(text, MONDAY) == expected
