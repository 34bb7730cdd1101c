"""Stage timexes: a date told twice (a weekday or day word beside it), premodifier months,
and months in phrases that look ahead."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import timex_pairs


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The photo was taken in Oslo on Mar. 7, Thursday.",
            date(2024, 3, 8),
            [("Mar. 7, Thursday", "2024-03-07")],
        ),
        (
            "The envoys will meet on Tuesday (April 9) in Rome.",
            date(2024, 4, 7),
            [("Tuesday (April 9)", "2024-04-09")],
        ),
        (
            "The envoys will meet on April 9 (Tuesday) in Rome.",
            date(2024, 4, 7),
            [("April 9 (Tuesday)", "2024-04-09")],
        ),
        (
            "The mayor opened the bridge today, 12th March 2024, in the rain.",
            date(2024, 3, 12),
            [("today, 12th March 2024", "2024-03-12")],
        ),
        ("3rd Sunday, March 2024 - 08:15 GMT", date(2024, 3, 3), [("3rd Sunday, March 2024", "2024-03-03")]),
        # negative: a weekday that does not fall on the date, a day word naming another day
        (
            "The photo was taken in Oslo on Mar. 7, Friday.",
            date(2024, 3, 8),
            [("Mar. 7", "2024-03-07"), ("Friday", "2024-03-08")],
        ),
        (
            "The mayor spoke today, 10th March 2024 was the deadline.",
            date(2024, 3, 12),
            [("today", "2024-03-12"), ("10th March 2024", "2024-03-10")],
        ),
        (
            "4th Sunday, March 2024 - 08:15 GMT",
            date(2024, 3, 3),
            [("Sunday", "2024-03-03"), ("March 2024", "2024-03")],
        ),
    ],
)
def test_date_told_twice(text: str, published: date, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Ties were hurt by the June summit that was meant to unite them.",
            date(2022, 6, 28),
            [("June", "2022-06")],
        ),
        ("The May elections are close.", date(2022, 3, 2), [("May", "2022-05")]),
        ("Its April session was cut short.", date(2022, 6, 2), [("April", "2022-04")]),
        ("Turnout fell after their October vote.", date(2022, 11, 2), [("October", "2022-10")]),
        # negative: no event noun after the month, or no determiner before it
        ("She voted for the May government.", date(2022, 6, 2), []),
        ("The June heat was harsh.", date(2022, 6, 28), []),
        ("Talks with June went well.", date(2022, 6, 28), []),
    ],
)
def test_month_before_event_noun(text: str, published: date, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The envoys met on Friday to organize the king's visit in January.",
            date(2022, 12, 19),
            [("Friday", "2022-12-16"), ("January", "2023-01")],
        ),
        (
            "She voiced anticipation for the premier's trip to the capital in July.",
            date(2024, 5, 20),
            [("July", "2024-07")],
        ),
        ("Aides gathered to prepare the summit on March 3.", date(2024, 10, 2), [("March 3", "2025-03-03")]),
        (
            "He said he was looking forward to the games in August.",
            date(2024, 5, 20),
            [("August", "2024-08")],
        ),
        # the month before publication stays this year's: the phrase's event was recent
        ("Aides met to prepare the summit on March 3.", date(2024, 3, 20), [("March 3", "2024-03-03")]),
        ("Aides gathered to prepare the summit in April.", date(2024, 5, 20), [("April", "2024-04")]),
        # negative: a past verb after the phrase, or no such phrase
        (
            "They met to prepare the summit, which was held in March.",
            date(2024, 10, 2),
            [("March", "2024-03")],
        ),
        (
            "The envoys met on Friday and reviewed the crisis in January.",
            date(2022, 12, 19),
            [("Friday", "2022-12-16"), ("January", "2022-01")],
        ),
    ],
)
def test_month_in_phrase_looking_ahead(
    text: str, published: date, expected: list[tuple[str, str | None]]
) -> None:
    assert timex_pairs(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Old bodies cannot meet today's challenges, she said.", []),
        ("In today's complex world, trade matters.", []),
        # negative: today's event is a date
        ("Today's vote passed easily.", [("Today", "2024-02-22")]),
        ("The talks today ended early.", [("today", "2024-02-22")]),
    ],
)
def test_generic_today(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text, date(2024, 2, 22)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The pact was signed on the 3rd.", date(2024, 3, 12), [("the 3rd", "2024-03-03")]),
        ("The pact will be signed on the 3rd.", date(2024, 3, 12), [("the 3rd", "2024-04-03")]),
        ("The pact was signed on the 31st.", date(2024, 3, 12), [("the 31st", "2024-01-31")]),
        (
            "The pact was signed on the 25th of last month.",
            date(2024, 3, 12),
            [("the 25th of last month", "2024-02-25")],
        ),
        ("It was signed on the 25th, aides said.", date(2024, 3, 12), [("the 25th", "2024-02-25")]),
        # negative: an ordinal before a noun is no day
        ("The team lost on the 3rd round.", date(2024, 3, 12), []),
        ("They met on the 25th anniversary of the pact.", date(2024, 3, 12), []),
    ],
)
def test_ordinal_day_alone(text: str, published: date, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text, published) == expected


LONG_FUTURE = (
    "The king and the queen will welcome the young president and his wife from the small island state "
    "for a state visit to the capital in May, the palace has announced."
)
LONG_PAST = LONG_FUTURE.replace("will welcome", "welcomed")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing attribution's past is the saying's: the far left of the clause tells the date's tense
        (LONG_FUTURE, [("May", "2024-05")]),
        (LONG_PAST, [("May", "2023-05")]),
        ("The leaders will meet on Monday, aides said.", [("Monday", "2024-02-19")]),
        # negative: no tense on the left, the attribution's past stands
        ("Talks about a state visit to the capital in May, the palace said.", [("May", "2023-05")]),
        # "set for" looks ahead (round 24)
        ("Talks are set for a state visit to the capital in May, the palace said.", [("May", "2024-05")]),
    ],
)
def test_closing_attribution(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text, date(2024, 2, 16)) == expected
