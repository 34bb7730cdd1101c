"""Meetings, round 28: where a story is filed tells where its lead's meeting was held, also when a
page's date stamp comes before the dateline, when the dateline's place is in ordinary case before a
colon ("Jakarta: ") or carries its country in brackets ("Pune [India], May 10 (ANI):"), and a meeting
or visit told by its country alone, in a story filed from that country's capital, was held there."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract import dateline
from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 5, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jakarta: The two ministers met on Monday.", "Jakarta"),
        ("Lusaka [Zambia], June 2 (ANI): The two ministers met.", "Lusaka"),
        ("Lusaka [Zambia], June 2 : The two ministers met.", "Lusaka"),
        # near misses: a headline opening on a country, a label, a name in brackets that is no date line
        ("Norway: talks to resume next week", None),
        ("Update: The two ministers met.", None),
        ("Tom Lind [pictured], a former envoy, spoke.", None),
    ],
)
def test_find(text: str, expected: str | None) -> None:
    found = dateline.find(text)
    assert (found.group(1).strip() if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2024-05-03 NAIROBI (AP) - The two ministers met.", "NAIROBI"),
        ("date 2024-05-03 Jakarta: The two ministers met.", "Jakarta"),
        ("NAIROBI (AP) - The two ministers met.", "NAIROBI"),
        # near misses: a stamp with no dateline after it; a stamp before a headline
        (" date 2024-05-03 The two ministers met in Nairobi.", None),
        (" date 2024-05-03 Norway: talks to resume", None),
    ],
)
def test_filed_at_reads_past_a_date_stamp(text: str, expected: str | None) -> None:
    found = dateline.filed_at(text)
    assert (found.group(1).strip() if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            " date 2024-05-03 NAIROBI (AP) - President Tom Lind met Norwegian Foreign Minister Anna Berg "
            "on Friday.",
            [("meeting", "Nairobi")],
        ),
        (
            "NAIROBI, May 3 (AP) - Norwegian Foreign Minister Anna Berg arrived in Kenya on Friday for a "
            "three-day official visit.",
            [("visit", "Nairobi")],
        ),
        (
            "NAIROBI, May 3 (AP) - Norwegian Foreign Minister Anna Berg, on a three-day visit to Kenya, said "
            "the talks had gone well.",
            [("visit", "Nairobi")],
        ),
        # near misses: an event in the land dated far from the filing (a past year, a month ahead)
        (
            "NAIROBI, May 3 (AP) - Norwegian Foreign Minister Anna Berg first visited Kenya in 2019, aides "
            "said on Friday.",
            [("visit", "Kenya")],
        ),
        (
            "NAIROBI, May 3 (AP) - Leaders of the East African Community will hold a summit in Kenya in "
            "August, President Tom Lind said.",
            [("summit", "Kenya")],
        ),
        # near misses: a visit to another land than the capital's; no dateline at all
        (
            "NAIROBI, May 3 (AP) - Norwegian Foreign Minister Anna Berg will pay an official visit to Uganda "
            "next week.",
            [("visit", "Uganda")],
        ),
        (
            "Norwegian Foreign Minister Anna Berg, on an official visit to Kenya, met President Tom Lind "
            "on Friday.",
            [("visit", "Kenya"), ("meeting", "Kenya")],
        ),
    ],
)
def test_filed_place(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Anna Berg is on a three-day visit to Kenya. On Tuesday she laid a wreath at a "
            "memorial in Nairobi.",
            [("visit", "Nairobi")],
        ),
        (
            "Foreign Minister Anna Berg met Kenyan President Tom Lind during her visit to Kenya. Berg also "
            "opened an embassy building in Nairobi.",
            [("meeting", "Nairobi"), ("visit", "Nairobi")],
        ),
        # a stay in the capital on one of the trip's days
        (
            "Foreign Minister Anna Berg began a three-day visit to Kenya on Monday. On Tuesday she laid a "
            "wreath at a memorial in Nairobi.",
            [("visit", "Nairobi")],
        ),
        (
            "Foreign Minister Anna Berg will hold talks in Kenya with President Tom Lind on 10 May. Berg "
            "will fly to Nairobi on 9 May.",
            [("talks", "Nairobi"), ("visit", "Nairobi")],
        ),
        # near misses: the capital at another time (an earlier stay); someone else in the capital
        (
            "Foreign Minister Anna Berg will visit Kenya in June. Berg opened an embassy building in Nairobi "
            "in 2019.",
            [("visit", "Kenya")],
        ),
        (
            "Foreign Minister Anna Berg is on a three-day visit to Kenya. Trade Minister Jon Weber stayed in "
            "Nairobi.",
            [("visit", "Kenya")],
        ),
        # near misses: the capital only as a government's name; another land's capital; no capital at all
        (
            "Foreign Minister Anna Berg is on a three-day visit to Kenya. Nairobi has welcomed the trip.",
            [("visit", "Kenya")],
        ),
        (
            "Foreign Minister Anna Berg arrived in Kampala on Monday. Berg will then pay a visit to Kenya.",
            [("visit", "Kampala"), ("visit", "Kenya")],
        ),
    ],
)
def test_capital_named(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location") == expected
