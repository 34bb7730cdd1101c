"""Meeting dates, round 42: a sitting's own day against the page's; days told relative to another
("earlier in the day", "on the same day") read with the tense of their clause; dates told after the sitting
that belong to something else (a report of it, a relative clause, an earlier deed)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2021, 7, 9)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracketed date opening the story (where and when it was filed) yields to the day the
        # sitting's own clause tells
        (
            "(Ministry of Fisheries, Suva \u2013 Friday, 9 July 2021) \u2013 Fisheries ministers of six Pacific "
            "states met in Nadi on 6-7 July 2021 to agree on tuna quotas.",
            [("meeting", "2021-07-06", "2021-07-07")],
        ),
        (
            "OSLO [8 July 2021] - Finance Minister Lena Dahl met her Danish counterpart Jens Holm in Bergen on "
            "Tuesday.",
            [("meeting", "2021-07-06", "2021-07-06")],
        ),
        (
            "OSLO (July 8) - Finance Minister Lena Dahl met her Danish counterpart Jens Holm in Bergen on "
            "July 5.",
            [("meeting", "2021-07-05", "2021-07-05")],
        ),
        (
            "TROMSO, July 8 (NTB) -- Finance Minister Lena Dahl received her Danish counterpart Jens Holm at "
            "the town hall on Tuesday.",
            [("meeting", "2021-07-06", "2021-07-06")],
        ),
        # near misses: the filing date is the only one told; a bracketed date inside the story's words
        (
            "OSLO [8 July 2021] - Finance Minister Lena Dahl met her Danish counterpart Jens Holm in Bergen.",
            [("meeting", "2021-07-08", "2021-07-08")],
        ),
        (
            "Finance Minister Lena Dahl met her Danish counterpart Jens Holm on Thursday (July 8) ahead of "
            "the vote on 20 July.",
            [("meeting", "2021-07-08", "2021-07-08")],
        ),
    ],
)
def test_sitting_own_day_beats_the_filing_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "start", "end") == expected, text


_WEDNESDAY = date(2023, 5, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "earlier in the day" told of a sitting done is the news day, not a day still ahead told before it
        (
            "Mayor Ida Lund will host Governor Tom Reed in Malmo on Friday. Earlier in the day, she phoned "
            "Senator Eva Strom about the budget.",
            [("meeting", "2023-05-12"), ("call", "2023-05-10")],
        ),
        (
            "Mayor Ida Lund will host Governor Tom Reed in Malmo on Friday; earlier in the day, she phoned "
            "Senator Eva Strom about the budget.",
            [("meeting", "2023-05-12"), ("call", "2023-05-10")],
        ),
        # near misses: a future clause keeps the day ahead; a day already past is the one it repeats
        (
            "Mayor Ida Lund will host Governor Tom Reed in Malmo on Friday. Earlier in the day, she will "
            "meet Senator Eva Strom at the port.",
            [("meeting", "2023-05-12"), ("meeting", "2023-05-12")],
        ),
        (
            "Mayor Ida Lund hosted Governor Tom Reed in Malmo on Monday. Earlier in the day, she phoned "
            "Senator Eva Strom about the budget.",
            [("meeting", "2023-05-08"), ("call", "2023-05-08")],
        ),
    ],
)
def test_earlier_in_the_day_after_a_day_ahead(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, _WEDNESDAY, "kind", "start") == expected, text


_BUDGET_TALK = (
    " Both of them spoke at length about the harbour budget, the new ferry line and the price of fuel, and "
    "aides for each side said a paper on the ferry may come out before the summer is over."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the same day" takes a day of its own tense: a sitting ahead takes no day already gone, a sitting
        # done no day still ahead
        (
            "Mayor Ida Lund hosted Governor Tom Reed in Malmo on Monday. On the same day, she will hold talks "
            "with Senator Eva Strom.",
            [("meeting", "2023-05-08"), ("talks", None)],
        ),
        (
            "Mayor Ida Lund hosted Governor Tom Reed in Malmo on Monday." + _BUDGET_TALK * 4 + " On the same "
            "day, Lund will hold talks with Senator Eva Strom.",
            [("meeting", "2023-05-08"), ("talks", None)],
        ),
        (
            "Mayor Ida Lund will host Governor Tom Reed in Malmo on Friday." + _BUDGET_TALK * 4 + " On the "
            "same day, Lund held talks with Senator Eva Strom.",
            [("meeting", "2023-05-12"), ("talks", None)],
        ),
        # near misses: the tenses agree
        (
            "Mayor Ida Lund will host Governor Tom Reed in Malmo on Friday." + _BUDGET_TALK * 4 + " On the "
            "same day, Lund will hold talks with Senator Eva Strom.",
            [("meeting", "2023-05-12"), ("talks", "2023-05-12")],
        ),
        (
            "Mayor Ida Lund hosted Governor Tom Reed in Malmo on Monday." + _BUDGET_TALK * 4 + " On the same "
            "day, Lund held talks with Senator Eva Strom.",
            [("meeting", "2023-05-08"), ("talks", "2023-05-08")],
        ),
        (
            "Mayor Ida Lund will host Governor Tom Reed in Malmo on Friday. On the same day, she will hold "
            "talks with Senator Eva Strom.",
            [("meeting", "2023-05-12"), ("talks", "2023-05-12")],
        ),
        (
            "Mayor Ida Lund hosted Governor Tom Reed in Malmo today. On the same day, she will hold talks "
            "with Senator Eva Strom.",
            [("meeting", "2023-05-10"), ("talks", "2023-05-10")],
        ),
    ],
)
def test_same_day_keeps_its_tense(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, _WEDNESDAY, "kind", "start") == expected, text


_FRIDAY = date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date told after the sitting in what was reported of it, or closing a reduced relative clause
        # of someone chosen or something set up ("a council founded in 2019"), is that clause's
        (
            "During the talks between President Ana Soto and President Karl Lind, it was reported that the two "
            "would open a bridge on April 2.",
            [("talks", None)],
        ),
        (
            "In the talks between President Ana Soto and President Karl Lind, it was reported that their farm "
            "ministers would sign a grain accord in Osh on April 2.",
            [("talks", None)],
        ),
        (
            "President Karl Lind held talks with Ana Soto, head of a council founded in 2019.",
            [("talks", None)],
        ),
        (
            "President Karl Lind met Prime Minister Ana Soto in Lusaka to discuss the new board elected in "
            "January.",
            [("meeting", None)],
        ),
        # near misses: the sitting's own day told besides; a relative clause with its own verb; a date
        # before the participle's noun; a trailing report of the sitting
        (
            "President Karl Lind held talks on Monday with Ana Soto, head of a council founded in 2019.",
            [("talks", "2025-03-10")],
        ),
        (
            "Foreign Minister Ana Soto held talks with Karl Lind, who was elected in May, on Friday.",
            [("talks", "2025-03-14")],
        ),
        (
            "President Karl Lind, elected in May, met Prime Minister Ana Soto in Lusaka.",
            [("meeting", None)],
        ),
        (
            "President Ana Soto held talks with President Karl Lind in Osh on March 12, the agency reported.",
            [("talks", "2025-03-12")],
        ),
    ],
)
def test_date_of_a_report_or_a_relative_clause(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, _FRIDAY, "kind", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date closing an "after <doing>" phrase told past the trip is the earlier deed's, not the trip's
        (
            "Chancellor Otto Brandt paid his first visit to Warsaw after winning the party vote in February.",
            [("visit", None)],
        ),
        (
            "President Karl Lind held talks with President Ana Soto in Santiago, soon after signing the river "
            "treaty on March 3.",
            [("talks", None)],
        ),
        # near misses: an arrival's day is the trip's; the trip's own day told besides; the phrase opening
        # the sentence, its date before the sitting
        (
            "President Karl Lind met President Ana Soto in Lima after arriving in Peru on Monday.",
            [("meeting", "2025-03-10"), ("visit", "2025-03-10")],
        ),
        (
            "Chancellor Otto Brandt arrived in Warsaw on Tuesday after winning the party vote in February.",
            [("visit", "2025-03-11")],
        ),
        (
            "After addressing the annual trade conference on Tuesday, President Karl Lind met Ana Soto.",
            [("meeting", "2025-03-11")],
        ),
    ],
)
def test_date_of_an_earlier_deed(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, _FRIDAY, "kind", "start") == expected, text
