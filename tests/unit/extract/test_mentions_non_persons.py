"""Stage mentions/coref: capitalised phrases that are not people (places, outlets, shouted words, groups)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "persons", "orgs"),
    [
        # a dateline or byline in capitals: no word of it is an acronym
        ("ROME CITY, May 2 - Today, Minister Tom Berg met Ann Lee.", ["Tom Berg", "Ann Lee"], []),
        ("By Staff\n\nTHE DAILY WIRE/Tom Berg\n\nTom Berg said it was fine.", ["Tom Berg"], []),
        # an acronym beside a known one, or alone, still is
        (
            "The UN OCHA said that KCNA was wrong.",
            [],
            [
                "United Nations",
                "UN Office for the Coordination of Humanitarian Affairs",
                "Korean Central News Agency",
            ],
        ),
    ],
)
def test_shouted_phrases_are_not_acronyms(text: str, persons: list[str], orgs: list[str]) -> None:
    assert names(text, PUBLISHED, "person") == persons
    assert names(text, PUBLISHED, "organization") == orgs


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # a place named after a saint, unless a title names a person
        ("Ten people died in San Antonio, Texas, on Monday.", []),
        ("The plane left St. Petersburg late.", []),
        ("President Santa Cruz said no to the plan.", ["Santa Cruz"]),
        # a street, garden or theatre is a place
        ("They talked at his home in Carlton Gardens in London.", []),
        ("She spoke at the National Press Theatre in Ottawa.", []),
        # a headline's common noun before a surname is not a first name
        ("Host Silva opens summit\n\nBrazil's Paulo Silva opened the talks.", ["Paulo Silva"]),
        ("Visiting Tom Berg met Ann Lee.", ["Tom Berg", "Ann Lee"]),
    ],
)
def test_places_and_headline_words_are_not_people(text: str, persons: list[str]) -> None:
    assert names(text, PUBLISHED, "person") == persons


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # a Romance-language news agency, and a club, are bodies
        ("The minister was quoted by Agencia Lusa as saying it was fine.", ["Agencia Lusa"]),
        ("The National Press Club said it was fine.", ["National Press Club"]),
        # a body named before a building word is the building's name
        ("She spoke at the National Press Theatre in Ottawa.", []),
    ],
)
def test_outlets_and_buildings(text: str, orgs: list[str]) -> None:
    assert names(text, PUBLISHED, "organization") == orgs


@pytest.mark.parametrize(
    ("text", "persons", "orgs"),
    [
        # a plural office is a group, not one person; with a body named in it, it is that body
        ("They met at the North American Leaders Summit in May.", [], []),
        ("It was the summit of G-20 Foreign Ministers in Rio.", [], ["Group of 20"]),
        # a singular office with a side still is an unnamed person
        (
            "Japan's Foreign Minister Taro Kono met China's Foreign Minister.",
            ["Taro Kono", "China's Foreign Minister"],  # named with its owner since round 19
            [],
        ),
    ],
)
def test_plural_offices_are_groups(text: str, persons: list[str], orgs: list[str]) -> None:
    assert names(text, PUBLISHED, "person") == persons
    assert names(text, PUBLISHED, "organization") == orgs
