"""Timexes, round 29: ranges told with two complete expressions ("from 1990 to 1995", "from Monday,
May 6th, to Friday, May 10th", "from March 3 until today") are one expression, as "1990-1995" is."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import timexes_of

PUBLISHED = date(2023, 10, 16)

# each timex as (text, value, end value), in an article published on Monday 2023-10-16


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of years after "from"
        (
            "The province was governed by others from 1902 to 1938.",
            [("1902 to 1938", "1902", "1938")],
        ),
        ("Trade grew fast from 2015 through 2019.", [("2015 through 2019", "2015", "2019")]),
        # two calendar days with a comma closing the first one before "to"
        (
            "The hearings run from Tuesday, October 17th, to Thursday, October 19th, 2023.",
            [("Tuesday, October 17th, to Thursday, October 19th, 2023", "2023-10-17", "2023-10-19")],
        ),
        # a calendar day to a day word
        (
            "The envoy has stayed in the capital from Oct 11 until today.",
            [("Oct 11 until today", "2023-10-11", "2023-10-16")],
        ),
        # near misses: two years after "between" or in a list, two weekdays, a day word in another sentence
        ("The deals were signed between 2016 and 2020.", [("2016", "2016", "2020"), ("2020", "2020", None)]),
        ("She visited the island in 2016 and 2020.", [("2016", "2016", None), ("2020", "2020", None)]),
        (
            "The minister will tour the region from Tuesday to Thursday.",
            [("Tuesday", "2023-10-17", "2023-10-19"), ("Thursday", "2023-10-19", None)],
        ),
        (
            "The envoy arrived on Oct 11. Until today, no talks were held.",
            [("Oct 11", "2023-10-11", None), ("today", "2023-10-16", None)],
        ),
        # a year told after a day's range is no part of it
        (
            "Prices rose on Oct 11, to 2019 levels.",
            [("Oct 11", "2023-10-11", None), ("2019", "2019", None)],
        ),
    ],
)
def test_ranges_of_two_expressions(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert timexes_of(text, PUBLISHED, ends=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page's labels opening a line: the day it was shown, a visit counter, a heading
        (
            "Today: 3 March 2026\nKim met Ruto on Friday.",
            [("3 March 2026", "2026-03-03", None), ("Friday", "2023-10-13", None)],
        ),
        ("Views: 310\nToday: 7\nKim met Ruto.", []),
        ("Share this page\nToday's Top Stories\n\nKim met Ruto.", []),
        # near misses: "today" told in a sentence, after a colon inside a line, or before lower-case words
        ("Today, Kim met Ruto in Oslo.", [("Today", "2023-10-16", None)]),
        ("Today: Kim meets Ruto in Oslo.", [("Today", "2023-10-16", None)]),
        ("Kim said: Today: 3 deals were signed.", [("Today", "2023-10-16", None)]),
        ("Today's talks in Oslo were short.", [("Today", "2023-10-16", None)]),
        ("Today's Talks Were Short, Kim Said.\nMore", [("Today", "2023-10-16", None)]),
    ],
)
def test_today_as_a_page_label(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert timexes_of(text, PUBLISHED, ends=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month naming an event after a determiner: the nearest such month, whatever the clause's verb
        ("The ministers will discuss the outcome of the August elections.", [("August", "2023-08", None)]),
        (
            "The ministry thanked Oslo for its help until the January summit, officials said.",
            [("January", "2024-01", None)],
        ),
        ("The two sides welcome progress ahead of the December summit.", [("December", "2023-12", None)]),
        # near misses: a verb right before the event places it; a month after a preposition keeps its
        # clause's tense
        ("The envoys met, preparing for the February summit.", [("February", "2024-02", None)]),
        ("The envoys praised the outcome of the August talks.", [("August", "2023-08", None)]),
        ("Kim met Ruto in August.", [("August", "2023-08", None)]),
        ("Kim will visit Oslo in August.", [("August", "2024-08", None)]),
        ("Kim visited Oslo in January.", [("January", "2023-01", None)]),
    ],
)
def test_month_naming_an_event(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert timexes_of(text, PUBLISHED, ends=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event's month five or six months off publication is a coin toss by distance alone: the
        # clause's tense decides, as for any bare month (published mid-October)
        ("After the March referendum, the cabinet was reshuffled.", [("March", "2023-03", None)]),
        ("The parties will campaign hard before the April elections.", [("April", "2024-04", None)]),
        # kept: a month near publication is the nearest one, whatever the clause's verb
        ("Since the August elections, the coalition has lost two votes.", [("August", "2023-08", None)]),
        ("The ministers will discuss the outcome of the July talks.", [("July", "2023-07", None)]),
        (
            "The ministers spoke of hopes for the outcome of the February summit.",
            [("February", "2024-02", None)],
        ),
    ],
)
def test_distant_event_month_keeps_the_clause_tense(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert timexes_of(text, PUBLISHED, ends=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday after "by" with no verb's tense in its clause: a deadline, ahead
        (
            "The council is poised to adopt the plan that folds both budgets into one by Friday.",
            [("Friday", "2023-10-20", None)],
        ),
        # near misses: a past verb or a modifier places it
        ("The envoys had left the capital by Friday.", [("Friday", "2023-10-13", None)]),
        ("The envoys left by last Friday.", [("last Friday", "2023-10-13", None)]),
    ],
)
def test_weekday_deadline_after_by(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert timexes_of(text, PUBLISHED, ends=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # year, month and day with dots, as some East Asian and Central European pages print them
        ("Daily News 2023.10.12.\n\nKim met Ruto.", [("2023.10.12", "2023-10-12", None)]),
        ("Posted 2023.09.30 08:15\nKim met Ruto.", [("2023.09.30", "2023-09-30", None)]),
        # near misses: a version number, a longer number, an amount
        ("Version 2023.10.12 of the app is out.", []),
        ("Build 2023.10.12.4 of the app is out.", []),
        ("Firmware 4.2023.10.12 ships today.", [("today", "2023-10-16", None)]),
        ("The fund paid 2023.10 euros.", []),
    ],
)
def test_year_first_date_with_dots(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert timexes_of(text, PUBLISHED, ends=True) == expected
