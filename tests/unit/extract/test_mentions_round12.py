"""Stage mentions (round 12): names of meetings and doctrines, a royal title inside a name."""

from __future__ import annotations

import pytest

from tests.unit.extract.test_mentions_long_offices import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting's or a doctrine's name is no person
        ("Japan-Peru Foreign Ministers' Telephone Talk", []),
        ("It is the anniversary of Kenya's Look North Policy, he said.", []),
        ("The Special Leaders Retreat will be held in March.", []),
        # negative: a real name next to such a word is still read
        ("Minister Anna Berg spoke about the policy on Monday.", ["Anna Berg"]),
    ],
)
def test_event_and_doctrine_names_are_no_person(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a royal title between name words belongs to the name
        ("Foreign Minister Reza Amir Tehrani met the envoy.", ["Reza Amir Tehrani"]),
        ("Interior Minister Ali Shah Karimi arrived on Monday.", ["Ali Shah Karimi"]),
        # negative: a title with no name after it is not pulled into the name
        ("He met Prime Minister Omar Khan and the Emir on Monday.", ["Omar Khan"]),
    ],
)
def test_royal_title_inside_a_name(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word portfolio before "and" and a second office is no surname: one holder of both
        ("He was joined by Minister for Housing and Second Minister for Health Dr Ann Lee.", ["Ann Lee"]),
        ("She met Minister for Manpower and Senior Minister of State for Trade Omar Said.", ["Omar Said"]),
        # negative: two offices each with a full name stay two people
        (
            "Minister for Labour John Smith and Minister for Health Ann Jones met.",
            ["John Smith", "Ann Jones"],
        ),
    ],
)
def test_portfolio_before_second_office(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a palace word of another language opens a palace's name, not a person's
        ("Tomorrow he will go with the Prime Minister to Istana Negara, Kuala Lumpur.", []),
        ("The ministers met at the Palais Rohan in the evening.", []),
        # negative: a person's name nearby is still read
        ("Tomorrow Ali Hassan will go to Istana Negara for the visit.", ["Ali Hassan"]),
    ],
)
def test_foreign_palace_words(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # initials without dots after an honorific open the name
        ("Foreign Minister Dr. A K Abdul Karim paid a call on him.", ["A K Abdul Karim"]),
        ("Dr M R Ali Khan said so.", ["M R Ali Khan"]),
        # negative: an article before a capitalised word is no initial
        ("Minister Ali Khan said A Summit was planned.", ["Ali Khan"]),
    ],
)
def test_initials_without_dots(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural office before "to" names where many holders go, not one holder's name
        ("We look forward to welcoming Forum Leaders to Lautoka next week.", []),
        ("He will welcome the Foreign Ministers to Denarau soon.", []),
        # negative: a singular office "to" a country still heads its holder's name
        ("Ambassador to Japan Tom Reed spoke on Monday.", ["Tom Reed"]),
    ],
)
def test_plural_office_to_a_place(text: str, expected: list[str]) -> None:
    assert people(text) == expected
