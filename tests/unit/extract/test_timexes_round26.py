"""Timexes, round 26: "this Thursday" in a clause with no tense is that day of publication's week."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

TUESDAY = date(2026, 1, 20)
SATURDAY = date(2026, 1, 24)


def _values(text: str, published: date) -> list[str | None]:
    return [t.value for t in build_document(text, published).timexes]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Tom Lind has privately proposed hosting a summit in Paris this Thursday, with Ama Boateng.",
            TUESDAY,
            "2026-01-22",
        ),
        ("The summit this Friday brings the two leaders together.", TUESDAY, "2026-01-23"),
        ("The summit this Thursday brings the two leaders together.", SATURDAY, "2026-01-22"),
        # near misses: a tense decides
        ("Tom Lind met Ama Boateng this Monday.", TUESDAY, "2026-01-19"),
        ("Tom Lind met Ama Boateng this Friday.", TUESDAY, "2026-01-16"),
        ("Tom Lind will meet Ama Boateng this Friday.", TUESDAY, "2026-01-23"),
    ],
)
def test_this_weekday_without_tense_is_this_weeks(text: str, published: date, expected: str) -> None:
    assert _values(text, published) == [expected]


TUESDAY_MARCH_7 = date(2023, 3, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials reported on Monday that the capital was floating March 16 as a date for the visit.",
            ["2023-03-06", "2023-03-16"],
        ),
        ("The ministry said the talks were set for March 20.", ["2023-03-20"]),
        ("The two sides discussed March 19 as a possible date for the summit.", ["2023-03-19"]),
        # near misses: further ahead a past verb still means last year's day; a day just past
        ("Tom Lind met Ama Boateng on March 28.", ["2022-03-28"]),
        ("Tom Lind met Ama Boateng on March 1.", ["2023-03-01"]),
    ],
)
def test_past_verb_with_a_day_two_weeks_ahead(text: str, expected: list[str]) -> None:
    assert _values(text, TUESDAY_MARCH_7) == expected


WEDNESDAY = date(2024, 5, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Lind on Thursday begins a tour of Asia lasting ten days.", ["2024-05-16"]),
        ("Tom Lind on Friday travels to Accra for talks with Ama Boateng.", ["2024-05-17"]),
        ("On Friday, Tom Lind flies to Accra for talks.", ["2024-05-17"]),
        # near misses: a past verb after the day; a noun, not a verb
        ("Tom Lind on Monday met Ama Boateng.", ["2024-05-13"]),
        ("The visits on Monday included talks.", ["2024-05-13"]),
    ],
)
def test_trip_verb_in_simple_present_after_the_day_is_a_schedule(text: str, expected: list[str]) -> None:
    assert _values(text, WEDNESDAY) == expected


def test_caption_in_simple_present_keeps_its_status() -> None:
    doc = build_document(
        "Tom Lind, center, arrives in Accra, Ghana, Monday, Oct. 2, 2017.", date(2017, 10, 2)
    )
    assert [m.status for m in doc.meetings] == ["past"]


FRIDAY_SEPT_23 = date(2022, 9, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two leaders held talks on Thursday morning, September 22 (New York time).",
            [("Thursday morning, September 22", "2022-09-22")],
        ),
        (
            "The two leaders held talks on Thursday evening, Sept. 22, 2022, in New York.",
            [("Thursday evening, Sept. 22, 2022", "2022-09-22")],
        ),
        # near misses: a weekday the date does not fall on; a new clause after the comma
        (
            "The leaders met on Thursday morning, September 23 was a holiday.",
            [("Thursday morning", "2022-09-22"), ("September 23", "2022-09-23")],
        ),
        (
            "The leaders met on Wednesday, and on September 22 they signed a deal.",
            [("Wednesday", "2022-09-21"), ("September 22", "2022-09-22")],
        ),
    ],
)
def test_weekday_with_part_of_day_and_its_date_are_one(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in build_document(text, FRIDAY_SEPT_23).timexes] == expected


SATURDAY_AUG_25 = date(2018, 8, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Lind is to spend Wednesday through Friday next week in the region.",
            [("Wednesday", "2018-08-29"), ("Friday next week", "2018-08-31")],
        ),
        (
            "Tom Lind will embark on a state visit to Ghana next week Wednesday.",
            [("next week Wednesday", "2018-08-29")],
        ),
        ("Tom Lind will visit Ghana on Tuesday of next week.", [("Tuesday of next week", "2018-08-28")]),
        # near misses: the weekday in another sentence or clause keeps apart
        (
            "Tom Lind will visit Ghana next week. On Tuesday he meets Ama Boateng.",
            [("next week", None), ("Tuesday", "2018-08-28")],
        ),
        (
            "Tom Lind met Ama Boateng on Friday; next week he goes to Ghana.",
            [("Friday", "2018-08-24"), ("next week", None)],
        ),
    ],
)
def test_weekday_and_next_week_are_one(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(t.text, t.value) for t in build_document(text, SATURDAY_AUG_25).timexes] == expected


THURSDAY_JULY_12 = date(2018, 7, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The initiative will begin in the last week of July, he said.",
            [("the last week of July", "2018-07")],
        ),
        (
            "The talks would end around the beginning of September.",
            [("the beginning of September", "2018-09")],
        ),
        ("The envoy arrives in the first days of August.", [("the first days of August", "2018-08")]),
        # near misses: a month with no part before it
        ("A second round of talks in July is planned.", [("July", "2018-07")]),
        (
            "The envoy will arrive next week and stay until August.",
            [("next week", None), ("August", "2018-08")],
        ),
    ],
)
def test_part_of_month_is_one_expression(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(t.text, t.value) for t in build_document(text, THURSDAY_JULY_12).timexes] == expected
