"""Timexes, round 11: a future weekday that is the publication's own weekday is that day."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

PUBLISHED = date(2021, 12, 6)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "will ... on Monday", published on a Monday: that very day
        ("The president will attend the forum on Monday.", [("Monday", "2021-12-06")]),
        # another weekday ahead: the next one
        ("The president will attend the forum on Wednesday.", [("Wednesday", "2021-12-08")]),
        # "next Monday": the week after
        ("The president will attend the forum next Monday.", [("next Monday", "2021-12-13")]),
        # past: that day too, or the one before
        ("The president attended the forum on Monday.", [("Monday", "2021-12-06")]),
        ("The president attended the forum on Friday.", [("Friday", "2021-12-03")]),
    ],
)
def test_future_weekday_of_publication_day(text: str, expected: list[tuple[str, str]]) -> None:
    doc = build_document(text, PUBLISHED)
    assert [(t.text, t.value) for t in doc.timexes] == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "should" looks ahead: the month to come
        ("The pact should be completed by October, the ministers said.", [("October", "2021-10")]),
        ("The ministers should meet again in February.", [("February", "2022-02")]),
        # the past: the month before
        ("The pact was completed by October, the ministers said.", [("October", "2020-10")]),
        ("The ministers met again in February.", [("February", "2021-02")]),
    ],
)
def test_should_looks_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    doc = build_document(text, date(2021, 6, 28))
    assert [(t.text.removeprefix("by ").removeprefix("in "), t.value) for t in doc.timexes] == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is prepared for is still to come
        ("Lavrov said the talks were aimed at preparing for the February summit.", [("February", "2022-02")]),
        ("The visit was made in preparation for the March summit.", [("March", "2022-03")]),
        # a plain past: the month before
        ("Lavrov said the talks were held before the February summit.", [("February", "2021-02")]),
    ],
)
def test_preparing_for_looks_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    doc = build_document(text, date(2021, 6, 28))
    assert [(t.text, t.value) for t in doc.timexes] == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time told just before a day word is part of the expression
        ("The minister will arrive at 10.25 pm tomorrow.", [("10.25 pm tomorrow", "2021-06-29")]),
        ("The minister will speak at 9:30 a.m. today.", [("9:30 a.m. today", "2021-06-28")]),
        # a bare number is no clock time
        ("The minister met 10 envoys today.", [("today", "2021-06-28")]),
    ],
)
def test_clock_time_before_day_word(text: str, expected: list[tuple[str, str]]) -> None:
    doc = build_document(text, date(2021, 6, 28))
    assert [(t.text, t.value) for t in doc.timexes] == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month and the year it is in, told after it without "of": one date
        ("He took office in January this year.", [("January this year", "2021-01")]),
        ("He visited Lisbon in March last year.", [("March last year", "2020-03")]),
        # a comma between: two expressions
        ("He visited Lisbon in March, this year it rained.", [("March", "2021-03"), ("this year", "2021")]),
    ],
)
def test_month_with_its_year_after(text: str, expected: list[tuple[str, str]]) -> None:
    doc = build_document(text, date(2021, 6, 28))
    assert [(t.text, t.value) for t in doc.timexes] == expected, text
