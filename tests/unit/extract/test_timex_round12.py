"""Timexes, round 12: 'last night'; years that name a plan or stand alone on a line."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

PUBLISHED = date(2021, 12, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last night" is the night before publication
        ("Last night, the minister called his counterpart.", [("Last night", "2021-12-05")]),
        ("The talks ended late last night in Geneva.", [("last night", "2021-12-05")]),
        # "tonight" and a weekday's night keep their own days
        ("The minister will call his counterpart tonight.", [("tonight", "2021-12-06")]),
        # "night" alone is no date
        ("The talks went on through the night.", []),
    ],
)
def test_last_night(text: str, expected: list[tuple[str, str]]) -> None:
    doc = build_document(text, PUBLISHED)
    assert [(t.text, t.value) for t in doc.timexes] == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year naming a plan or programme
        ("He was briefed on the kingdom's Vision 2030 reforms.", []),
        ("Leaders backed our 2050 Strategy for the region.", []),
        ("The 2030 Agenda guides the work of the ministries.", []),
        # a number alone on its line: page furniture
        ("Minister flies to Fiji\n\n0\n1761\n\nThe minister flies out today.", [("today", "2021-12-06")]),
        # plain years stay dates
        ("The strategy was adopted in 2019.", [("2019", "2019")]),
        ("The minister visited in 2019\nand again later.", [("2019", "2019")]),
    ],
)
def test_year_as_name_or_furniture(text: str, expected: list[tuple[str, str]]) -> None:
    doc = build_document(text, PUBLISHED)
    assert [(t.text.removeprefix("in "), t.value) for t in doc.timexes] == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trip in the simple present with a weekday: a schedule, the day ahead (published on a Monday)
        ("The foreign minister travels to Fiji Thursday.", [("Thursday", "2021-12-09")]),
        ("The foreign minister meets his counterpart on Friday.", [("Friday", "2021-12-10")]),
        ("The minister flies to Fiji on Wednesday, her office said.", [("Wednesday", "2021-12-08")]),
        # the past tense, and "visits" as a noun, keep the day before
        ("The foreign minister travelled to Fiji on Thursday.", [("Thursday", "2021-12-02")]),
        ("After his visits to Fiji on Thursday, the minister spoke.", [("Thursday", "2021-12-02")]),
    ],
)
def test_scheduled_present(text: str, expected: list[tuple[str, str]]) -> None:
    doc = build_document(text, PUBLISHED)
    assert [(t.text.removeprefix("on "), t.value) for t in doc.timexes] == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "on the same day": the day told just before
        (
            "The minister met the king on Friday. On the same day, he met the crown prince.",
            [("Friday", "2021-12-03"), ("On the same day", "2021-12-03")],
        ),
        # not the day of a saying
        (
            "The minister will visit Oman today, officials said on Sunday. He will go to Qatar on the same day.",
            [("today", "2021-12-06"), ("Sunday", "2021-12-05"), ("on the same day", "2021-12-06")],
        ),
        # a comparison, or no day before: no date
        ("The two were born on the same day as the prince.", []),
        ("They left the same day.", []),
    ],
)
def test_same_day(text: str, expected: list[tuple[str, str]]) -> None:
    doc = build_document(text, PUBLISHED)
    assert [(t.text, t.value) for t in doc.timexes] == expected, text
