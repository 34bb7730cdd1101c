"""Persons, round 31 (fresh unseen articles): a title-case headline's title and its verb ("Queen
Receives ...", "Chilean Counterpart Hold Talks") name no one."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import roles

PUBLISHED = date(2024, 5, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Queen Receives Chilean Trade Minister\n\nThe queen met the minister at the palace on Monday.",
        "Emir Receives Chilean Trade Minister\n\nThe emir met the minister at the palace on Monday.",
    ],
)
def test_a_headline_verb_after_a_title_is_no_name(text: str) -> None:
    assert not any(word in name for name in roles(text, PUBLISHED) for word in ("Receives", "Welcomed"))


def test_an_office_in_a_headline_ends_before_its_verb() -> None:
    people = roles(
        "Peruvian FM, Chilean Counterpart Hold Key Talks\n\nThe two ministers met on Monday.", PUBLISHED
    )
    assert not any("Hold" in name or "Hold" in (role or "") for name, role in people.items())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a titled name in a headline, a verb after the whole name
        ("Queen Margit Receives Chilean Minister\n\nThe two met on Monday.", "Margit"),
        ("President Tom Berg Hosts Polish Delegation\n\nThe visit lasted two days.", "Tom Berg"),
    ],
)
def test_a_titled_name_before_a_headline_verb_stays(text: str, name: str) -> None:
    assert name in roles(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met in Nairobi. Thereafter, the Ugandan leader signed the visitors' book.",
        "The ministers met in Nairobi. Afterwards, the leader signed the book.",
        "The ministers met in Nairobi. Afterward, the Kenyan president planted a tree.",
    ],
)
def test_a_connective_before_an_office_is_no_name(text: str) -> None:
    assert not any(name.startswith(("There", "After")) for name in roles(text, PUBLISHED))


def test_a_name_before_an_office_stays() -> None:
    # near miss: a real name in the same place keeps the apposed office
    assert roles(
        "The ministers met in Nairobi. Amina Odhiambo, the Kenyan president, planted a tree.", PUBLISHED
    ) == {"Amina Odhiambo": "president"}
