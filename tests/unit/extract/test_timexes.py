"""Stage timexes: date expressions found with offsets and resolved against publication."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.tense import tense_near
from tests.unit.extract.helpers import find_timexes, timex_pairs

TUESDAY = date(2023, 10, 24)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weekdays: past tense looks back (on or before publication), future looks forward
        ("Wang told Cohen in a telephone call Monday.", [("Monday", "2023-10-23")]),
        ("The ministers met on Tuesday.", [("Tuesday", "2023-10-24")]),
        ("She said Friday that talks had stalled.", [("Friday", "2023-10-20")]),
        ("Wang will meet Blinken on Friday.", [("Friday", "2023-10-27")]),
        ("The envoy is expected to arrive Monday.", [("Monday", "2023-10-30")]),
        ("On Wednesday, the two sides are to sign the deal.", [("Wednesday", "2023-10-25")]),
        ("On Friday, fishermen rescued 700 people.", [("Friday", "2023-10-20")]),
        ("Talks resumed Thursday night.", [("Thursday night", "2023-10-19")]),
        ("She plans to travel Sunday morning.", [("Sunday morning", "2023-10-29")]),
        ("He arrived last Tuesday.", [("last Tuesday", "2023-10-17")]),
        ("They meet next Tuesday.", [("next Tuesday", "2023-10-31")]),
        ("Monday's meeting was tense.", [("Monday", "2023-10-23")]),
        # explicit days
        ("The attack began on Oct. 7.", [("Oct. 7", "2023-10-07")]),
        ("The summit is set for November 15, 2023.", [("November 15, 2023", "2023-11-15")]),
        ("It was signed on 15 November 2021.", [("15 November 2021", "2021-11-15")]),
        # (June 1 is no Tuesday in 2022-2024: the weekday is no reason to go back years, the nearest holds)
        ("Sherman arrived on Tuesday, June 1.", [("Tuesday, June 1", "2023-06-01")]),
        ("Monday, May 18, 2015", [("Monday, May 18, 2015", "2015-05-18")]),
        ("Sat. Jun 22nd, 2024", [("Sat. Jun 22nd, 2024", "2024-06-22")]),
        ("The vote is on the 3rd of December.", [("3rd of December", "2023-12-03")]),
        ("He will travel on January 10.", [("January 10", "2024-01-10")]),
        ("Elections were held on December 30.", [("December 30", "2022-12-30")]),
        ("Dated 2023-09-01.", [("2023-09-01", "2023-09-01")]),
        ("Signed 9/1/2023 in Rome.", [("9/1/2023", "2023-09-01")]),
        # months and years
        ("The deal was reached in August 2021.", [("August 2021", "2021-08")]),
        ("Talks collapsed in March.", [("March", "2023-03")]),
        ("Talks will resume in March.", [("March", "2024-03")]),
        ("The plan runs until late June.", [("late June", "2023-06")]),
        ("The accords were signed in 1991.", [("1991", "1991")]),
        ("Emissions must fall by 2030.", [("2030", "2030")]),
        ("Growth slowed in mid-2022.", [("mid-2022", "2022")]),
        ("Students in the 2019-2020 academic year.", [("2019-2020", "2019")]),
        # relative expressions
        ("Yesterday the talks ended.", [("Yesterday", "2023-10-23")]),
        ("He flies out tomorrow.", [("tomorrow", "2023-10-25")]),
        ("The minister spoke today.", [("today", "2023-10-24")]),
        ("They met earlier this month.", [("earlier this month", "2023-10")]),
        ("Biden and Xi could meet next month.", [("next month", "2023-11")]),
        ("Prices rose last month.", [("last month", "2023-09")]),
        ("Xi earlier this year sought a role.", [("earlier this year", "2023")]),
        ("Elections are due later this year.", [("later this year", "2023")]),
        ("Crossings rose last year.", [("last year", "2022")]),
        ("The treaty expires next year.", [("next year", "2024")]),
        ("He visited last week.", [("last week", None)]),
        ("She arrives this week.", [("this week", None)]),
        ("It happened three days ago.", [("three days ago", "2023-10-21")]),
        ("They left two weeks ago.", [("two weeks ago", None)]),
        ("Voters go to the polls in the 2024 election.", [("2024", "2024")]),
        ("The attacks of Sept. 11, 2001 changed that.", [("Sept. 11, 2001", "2001-09-11")]),
        ("The vote is set for Dec 7.", [("Dec 7", "2023-12-07")]),
        ("Talks opened on Friday, Oct. 20.", [("Friday, Oct. 20", "2023-10-20")]),
        ("The 2024-25 budget passed.", [("2024-25", "2024")]),
        ("He resigned last Friday.", [("last Friday", "2023-10-20")]),
        ("The minister spoke this morning.", [("this morning", "2023-10-24")]),
        ("A deal is expected early next year.", [("early next year", "2024")]),
        ("Prices fell late last month.", [("late last month", "2023-09")]),
        ("Talks will resume in the fall.", []),
        ("The COVID-19 pandemic and the G20 summit.", []),
    ],
)
def test_expressions_and_values(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Security Council Resolution 2231 remains in force.",
        "Some 2000 troops crossed the border.",
        "The fund holds $2020 in cash.",
        "The bill costs 1,999 dollars.",
        "It may rain, and they march in protest.",
        "Theresa May spoke in parliament.",
        "The mid-1990s were calm.",  # decades are not single years
        "In the 2020s, emissions must fall.",
    ],
)
def test_not_dates(text: str) -> None:
    assert timex_pairs(text) == []


def test_offsets_point_at_the_text() -> None:
    text = "In a call on Monday, they agreed to meet on Nov. 15."
    doc = find_timexes(text)
    assert [text[t.start : t.end] for t in doc.timexes] == ["Monday", "Nov. 15"]
    assert all(t.sentence == 0 for t in doc.timexes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wang will be in Washington Thursday to Saturday.",
            [("2023-10-26", "2023-10-28"), ("2023-10-28", None)],
        ),
        ("The talks ran from Friday through Sunday.", [("2023-10-20", "2023-10-22"), ("2023-10-22", None)]),
        ("Kerry traveled to the region June 13-17.", [("2023-06-13", "2023-06-17")]),
        ("She will travel from April 25 to 29.", [("2024-04-25", "2024-04-29")]),
        ("Officials met on May 9 and 10.", [("2023-05-09", "2023-05-10")]),
        (
            "The forum will be held between June 1 and June 3.",
            [("2024-06-01", "2024-06-03"), ("2024-06-03", None)],
        ),
        ("They met on Monday and Wednesday.", [("2023-10-23", None), ("2023-10-18", None)]),
        # the day before the month: "9 to 12 October", "11 and 12 October", "3-5 November 2023"
        ("The minister will visit from 9 to 12 October 2024.", [("2024-10-09", "2024-10-12")]),
        ("He will be in Kuwait on 11 and 12 October.", [("2024-10-11", "2024-10-12")]),
        ("Talks are set for 3-5 November 2023.", [("2023-11-03", "2023-11-05")]),
        ("The forum meets on 12 October.", [("2023-10-12", None)]),
    ],
)
def test_ranges(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(t.value, t.end_value) for t in find_timexes(text).timexes] == expected


def test_weekday_with_date_picks_the_matching_year() -> None:
    # June 1 was a Tuesday in 2021; published early 2022 the weekday settles the year
    assert timex_pairs("It opened on Tuesday, June 1.", date(2022, 1, 20)) == [
        ("Tuesday, June 1", "2021-06-01")
    ]


def test_month_day_rolls_over_the_year_end() -> None:
    assert timex_pairs("The vote was held on December 28.", date(2024, 1, 3)) == [
        ("December 28", "2023-12-28")
    ]
    assert timex_pairs("The vote will be held on January 5.", date(2023, 12, 28)) == [
        ("January 5", "2024-01-05")
    ]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("He will meet her Monday.", "Monday", "future"),
        ("He said Monday that he would go.", "Monday", "past"),
        ("On Monday, they signed the deal.", "Monday", "past"),
        ("The summit, scheduled for Monday, opens.", "Monday", "future"),
        ("Ahmed Monday spoke.", "Monday", "past"),
        ("The red Monday.", "Monday", None),
        ("Officials said Blinken will travel Monday.", "Monday", "future"),
        ("Blinken will travel Monday, officials said.", "Monday", "future"),
        ("The vote will be held Monday.", "Monday", "future"),
        ("The vote has been held Monday.", "Monday", "past"),
        ("The plan runs until Monday.", "Monday", None),
        ("Blinken to visit China on Sunday.", "Sunday", "future"),
        ("They agreed to meet on Sunday.", "Sunday", "future"),
        ("Blinken traveled to China on Sunday.", "Sunday", "past"),
    ],
)
def test_tense_near(sentence: str, word: str, expected: str | None) -> None:
    i = sentence.index(word)
    assert tense_near(sentence, i, i + len(word)) == expected


@pytest.mark.parametrize(
    "text",
    ["", "   ", "\x00\x01\x02", "MONDAY MONDAY", "May May May 2023 2023", "Oct. " * 1000, "1" * 10000],
)
def test_odd_input_never_raises(text: str) -> None:
    doc = find_timexes(text)
    assert all(0 <= t.start < t.end <= len(text) for t in doc.timexes)
