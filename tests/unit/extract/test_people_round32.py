"""People, round 32: a name ending in a building's word is a place, no person."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2023, 10, 3)


@pytest.mark.parametrize(
    "text",
    [
        "The grant pays for a new wing of Lomani Hospital and two schools.",
        "The upgrade of Sione Hospital was praised by both leaders.",
        "He was flown to King Khalid Specialist Hospital for treatment.",
    ],
)
def test_a_building_named_after_someone_is_no_person(text: str) -> None:
    assert set(names(text, PUBLISHED, "person")) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a surname that is also a place word, a person at a building
        ("Senator Mary Temple met the press on Monday.", "Mary Temple"),
        ("Anna Berg spoke at the Hospital on Monday.", "Anna Berg"),
    ],
)
def test_a_person_stays_one(text: str, name: str) -> None:
    assert name in set(names(text, PUBLISHED, "person"))


@pytest.mark.parametrize(
    "text",
    [
        # a place or a side turned adjective by a participle is no name
        "Talks between the Tripoli-based government and the Tobruk-based parliament resumed.",
        "The meeting was first reported by Caracas-based Telesur.",
        "Talks with the Tripoli-based government resumed on Monday.",
    ],
)
def test_a_compound_adjective_is_no_person(text: str) -> None:
    assert set(names(text, PUBLISHED, "person")) == set()


def test_a_person_after_a_compound_adjective_stays() -> None:
    # near miss: the adjective before a title and a full name
    assert "Ana Ruiz" in set(
        names("He spoke to the London-based analyst Ana Ruiz on Monday.", PUBLISHED, "person")
    )
