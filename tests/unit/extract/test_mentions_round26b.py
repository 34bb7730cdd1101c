"""Mentions, round 26b: an untitled capitalised name right before an area noun ("his Diego Martin
West constituency", "the Port Loko district") names the area, not a person."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Premier Ann Cole spoke at a rally in her Martin Kelly East constituency.", "Martin Kelly East"),
        ("He thanked voters of his Kevin Odhiambo Central constituency.", "Kevin Odhiambo Central"),
        ("The MP visited Kiambu Town county offices.", "Kiambu Town"),
        ("Voters across the Simon Kara electorate went to the polls.", "Simon Kara"),
        ("Minister Tom Hale toured the Bomi Kora district on Friday.", "Bomi Kora"),
    ],
)
def test_a_name_before_an_area_noun_is_no_person(text: str, area: str) -> None:
    assert area not in set(names(text, PUBLISHED, "person"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a person named before another word, or the area named after the person
        ("Tom Hale, the MP, visited Kiambu county on Monday.", "Tom Hale"),
        ("Premier Ann Cole spoke at a rally in her Martin Kelly East constituency.", "Ann Cole"),
        ("Ann Cole said the district needed roads.", "Ann Cole"),
        ("Governor Peter Kamau's county budget was passed.", "Peter Kamau"),
    ],
)
def test_a_person_near_an_area_noun_stays(text: str, name: str) -> None:
    assert name in set(names(text, PUBLISHED, "person"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prime Minister Jan Erik Holm said the coalition had fallen.", "Jan Erik Holm"),
        ("Foreign Minister Jan Novak met the envoy.", "Jan Novak"),
        ("Trade Minister May Tan opened the fair.", "May Tan"),
        ("Prime Minister Jan Erik Holm’s coalition fell on Saturday.", "Jan Erik Holm"),
    ],
)
def test_a_month_that_is_a_given_name_opens_a_titled_name(text: str, name: str) -> None:
    assert name in set(names(text, PUBLISHED, "person"))


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a month after a title and before a number, or after no title
        "The Minister on Jan 5 said the plan was ready.",
        "The talks ended in May. Officials said more would follow.",
    ],
)
def test_a_month_stays_a_date(text: str) -> None:
    assert not any(p.startswith(("Jan", "May")) for p in set(names(text, PUBLISHED, "person")))
