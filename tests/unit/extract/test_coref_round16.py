"""Stage coref (round 16): a person serving a state's organ acts for the state."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import roles, sides

PUBLISHED = date(2023, 5, 2)


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # an organ the story ties to a country: the country
        (
            "China's foreign minister Wang Yi met his counterpart in Europe. Foreign Ministry spokesperson "
            "Lin Wenhao said the Chinese Foreign Ministry would issue a note.",
            "Lin Wenhao",
            "China",
        ),
        # an organ named alone: the story's side, not the organ
        (
            "Israel protested on Monday. Foreign Ministry Director-General Avi Shamir summoned the envoy, "
            "Israeli officials said.",
            "Avi Shamir",
            "Israel",
        ),
        (
            "Venezuela hosted the envoy. National Assembly President Carlos Rivas greeted him in Caracas.",
            "Carlos Rivas",
            "Venezuela",
        ),
        (
            "India's parliament met. Lok Sabha member Rani Devi raised the issue in the Lok Sabha.",
            "Rani Devi",
            "India",
        ),
        # negative: a body the lexicon knows as its own side stays
        (
            "European Parliament President Anna Kowalczyk visited Warsaw and Poland's leaders on Monday.",
            "Anna Kowalczyk",
            "European Parliament",
        ),
    ],
)
def test_organ_is_its_state(text: str, name: str, side: str) -> None:
    assert sides(text, PUBLISHED)[name] == side


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the office two countries' heads share goes to each side's one person without an office
        (
            "The presidents of Chile and Peru agreed on a road.\n\nChile's Ana Soto met her Peruvian "
            "counterpart Luis Vargas in Santiago. Senator Jorge Rojas of Chile joined them.",
            {"Ana Soto": "President", "Luis Vargas": "President", "Jorge Rojas": "Senator"},
        ),
        # negative: two people of one side without an office: neither is named the holder
        (
            "The presidents of Chile and Peru agreed on a road.\n\nChile's Ana Soto and Chile's Rosa "
            "Flores met in Santiago.",
            {"Ana Soto": None, "Rosa Flores": None},
        ),
    ],
)
def test_office_of_two_countries(text: str, expected: dict[str, str | None]) -> None:
    got = roles(text, PUBLISHED)
    assert {name: got.get(name) for name in expected} == expected
