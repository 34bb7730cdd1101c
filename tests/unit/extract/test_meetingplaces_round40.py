"""Meeting places, round 40: the capitals of small states and territories are in the gazetteer
(Malé, Bridgetown, Belmopan, Bandar Seri Begawan, ...), so a visit told by its country alone, in a story
filed from that capital, was held there, as for any other state; "Male" alone at a sentence's start is
no country."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.lexicon.countries import country_of
from tests.unit.extract.helpers import meetings_of, names

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("capital", "country"),
    [
        ("Malé", "Maldives"),
        ("Male", "Maldives"),
        ("Bridgetown", "Barbados"),
        ("Belmopan", "Belize"),
        ("Bandar Seri Begawan", "Brunei"),
        ("Castries", "Saint Lucia"),
        ("Funafuti", "Tuvalu"),
        ("Nuuk", "Greenland"),
        # near misses: capitals the gazetteer had already, and a city-state's own name
        ("Suva", "Fiji"),
        ("Singapore", "Singapore"),
    ],
)
def test_small_state_capitals_are_known(capital: str, country: str) -> None:
    assert country_of(capital) == country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit told by its country, filed from that country's capital: held there
        (
            "MALE, March 4 (Reuters) - Sri Lankan President Mira Perera, on a state visit to the Maldives, "
            "held talks with President Adam Rasheed.",
            [("visit", "Male"), ("talks", "Male")],
        ),
        (
            "BRIDGETOWN, March 4 (Reuters) - Guyanese President Omar Khan, on an official visit to "
            "Barbados, held talks with Prime Minister Ruth Alleyne.",
            [("visit", "Bridgetown"), ("talks", "Bridgetown")],
        ),
        (
            "BELMOPAN, March 4 (Reuters) - Guyanese President Omar Khan, on an official visit to Belize, "
            "held talks with Prime Minister Ruth Alleyne.",
            [("visit", "Belmopan"), ("talks", "Belmopan")],
        ),
        # near miss: no dateline, the country stays
        (
            "Sri Lankan President Mira Perera, on a state visit to the Maldives, held talks with President "
            "Adam Rasheed.",
            [("visit", "Maldives"), ("talks", "Maldives")],
        ),
    ],
)
def test_filed_from_small_state_capital(text: str, expected: list[tuple[str, str]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location") == expected, text


def test_male_opening_a_sentence_is_no_country() -> None:
    assert (
        names("Male and female delegates met President Adam Rasheed in Colombo.", PUBLISHED, "country") == []
    )
