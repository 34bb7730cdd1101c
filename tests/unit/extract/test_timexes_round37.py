"""Timexes, round 37: a copyright line and a link's folders are page furniture, no dates; a page's
"04/May/2017" stamp is a date; an event's day told in a past clause may still be ahead ("cancelled the
April 9 summit"); a month or day told after one with its year, in the same sentence and later in that
year, is in that year."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import timexes_of

PUBLISHED = date(2024, 3, 20)  # a Wednesday

# each timex as (text, value), in an article published on Wednesday 2024-03-20


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a copyright line closing the page, the copyright sign or the reserved rights within it
        (
            "The envoys presented their papers on Monday.\n\nAll Right Reserved \u00a9 Daily Herald 2016",
            [("Monday", "2024-03-18")],
        ),
        (
            "The envoys presented their papers on Monday.\n\nDaily Herald \u00a9 2019. All rights reserved.",
            [("Monday", "2024-03-18")],
        ),
        # the folders of a link's path
        (
            "Source: https://news.example.org/2018/07/10/world/envoy-visit\nThe talks resumed on 2024/03/18.",
            [("2024/03/18", "2024-03-18")],
        ),
        # near misses: prose that speaks of rights reserved, a slashed date that stands alone
        (
            "The pact of 2016 left all rights reserved to the states, he said.",
            [("2016", "2016")],
        ),
        ("The report dated 2018/07/10 was leaked.", [("2018/07/10", "2018-07-10")]),
    ],
)
def test_page_furniture_holds_no_dates(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Archive 04/May/2017 03:51 PM\n\nThe envoy arrived in the capital.",
            [("04/May/2017", "2017-05-04")],
        ),
        ("Posted 12-Jan-2024. The talks went well.", [("12-Jan-2024", "2024-01-12")]),
        # near misses: the day and month joined with no year, a day written with spaces
        ("The vote of 4-May ended the row.", []),
        ("Troops left the town on 4 May 2017.", [("4 May 2017", "2017-05-04")]),
    ],
)
def test_day_month_year_joined_by_slashes_or_dashes(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert timexes_of(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event's day, still to come, in a clause whose past verb stands further left
        ("Aides saw the leader cancel the much-awaited April 9 summit.", [("April 9", "2024-04-09")]),
        ("The row followed reports that threw the April 2 talks into doubt.", [("April 2", "2024-04-02")]),
        # near misses: a day the past verb places, a day with no event noun, an event too far ahead
        ("He won the March 3 election.", [("March 3", "2024-03-03")]),
        ("The leaders met on April 9 in Rome.", [("April 9", "2023-04-09")]),
        ("Aides saw the leader cancel the much-awaited June 30 summit.", [("June 30", "2023-06-30")]),
    ],
)
def test_event_day_ahead_in_a_past_clause(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army launched an offensive in April 2019 but was pushed back in June by the militia.",
            [("April 2019", "2019-04"), ("June", "2019-06")],
        ),
        (
            "The deal was signed on March 3, 2019 and ratified on May 5 by parliament.",
            [("March 3, 2019", "2019-03-03"), ("May 5", "2019-05-05")],
        ),
        # near misses: another sentence, a month before the one with its year, a day still ahead
        (
            "The army launched an offensive in April 2019. It was pushed back in June.",
            [("April 2019", "2019-04"), ("June", "2023-06")],
        ),
        (
            "He has served as envoy since May 2019 and visited Paris in July.",
            [("May 2019", "2019-05"), ("July", "2023-07")],
        ),
        (
            "She took office in December 2022 and skipped the summit in July.",
            [("December 2022", "2022-12"), ("July", "2023-07")],
        ),
        (
            "The deal was signed on March 3, 2019 and will be reviewed on May 5.",
            [("March 3, 2019", "2019-03-03"), ("May 5", "2024-05-05")],
        ),
    ],
)
def test_year_told_before_in_the_sentence(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # (review r38: a weekday that fits only a year two or more back is no reason to go there; the
        # nearest day holds)
        (
            "Ministers visited the capital on Tuesday, March 15, to meet the president.",
            PUBLISHED,
            [("Tuesday, March 15", "2024-03-15")],
        ),
        (
            "The envoy arrived on Sunday, May 3rd for a two-day visit.",
            PUBLISHED,
            [("Sunday, May 3rd", "2023-05-03")],
        ),
        # near misses: a weekday that fits the nearest year, one that fits none of the recent years (a slip)
        (
            "Ministers visited the capital on Friday, March 15.",
            PUBLISHED,
            [("Friday, March 15", "2024-03-15")],
        ),
        (
            "The envoy arrived on Tuesday, November 11.",
            date(2022, 11, 23),
            [("Tuesday, November 11", "2022-11-11")],
        ),
    ],
)
def test_weekday_tells_the_year(text: str, published: date, expected: list[tuple[str, str | None]]) -> None:
    assert timexes_of(text, published) == expected


_STORY = "The two ministers met in the capital on Monday and agreed to meet again in June.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing list of other stories' headlines: their dates are no dates of the story
        (
            _STORY + "Farmers bring in the rice harvest early\nTop news stories of the paper in 2020\n"
            "A museum opens its doors to visitors in April\nRail link reaches the northern towns\nMore sto",
            [("Monday", "2024-03-18"), ("June", "2024-06")],
        ),
        (
            _STORY + "Town hall reopens | March 14, 2013 |\nNew bridge named after poet | March 14, 2013 |\n"
            "Storm cuts power to villages | March 13, 2013 |\nSchool wins chess cup | March 12, 2013 |\nEnd",
            [("Monday", "2024-03-18"), ("June", "2024-06")],
        ),
        # near misses: the story's own list after a line that introduces it, three such lines only,
        # headlines followed by the story's prose
        (
            _STORY + "The timetable agreed by the two sides:\nExperts meet in Geneva on April 2\n"
            "Ministers review the draft in May\nEnvoys settle the last points on June 30, 2024\n"
            "Leaders sign the text in July\nThe accord takes effect in 2025",
            [
                ("Monday", "2024-03-18"),
                ("June", "2024-06"),
                ("April 2", "2024-04-02"),
                ("May", "2024-05"),
                ("June 30, 2024", "2024-06-30"),
                ("July", "2024-07"),
                ("2025", "2025"),
            ],
        ),
        (
            _STORY + "Farmers bring in the rice harvest early\nTop news stories of the paper in 2020\n"
            "Rail link reaches the northern towns\nEnd",
            [("Monday", "2024-03-18"), ("June", "2024-06"), ("2020", "2020")],
        ),
        (
            "Farmers bring in the rice harvest early\nTop news stories of the paper in 2020\n"
            "A museum opens its doors to visitors in April\nRail link reaches the northern towns\n" + _STORY,
            [("2020", "2020"), ("April", "2024-04"), ("Monday", "2024-03-18"), ("June", "2024-06")],
        ),
    ],
)
def test_closing_headlines_hold_no_dates(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected
