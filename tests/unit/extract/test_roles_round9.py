"""Stage roles (round 9): formal state names, "counterparts from A and B", an envoy's side,
portfolio words before an office."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import people

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "name", "role_word", "affiliation"),
    [
        (
            "The Minister of Foreign Affairs of the Federative Republic of Brazil, Tomas Lemos, flew in.",
            "Tomas Lemos",
            "Minister",
            "Brazil",
        ),
        (
            "Ana Ruiz met the President of the Bolivarian Republic of Venezuela, Luis Mora, on Monday.",
            "Luis Mora",
            "President",
            "Venezuela",
        ),
        (
            "The Ambassador of the Hashemite Kingdom of Jordan, Omar Saleh, presented his letters.",
            "Omar Saleh",
            "Ambassador",
            "Jordan",
        ),
        (
            "The Prime Minister of the Kingdom of Thailand, Anan Sook, arrived on Friday.",
            "Anan Sook",
            "Prime Minister",
            "Thailand",
        ),
        # a known long form still works, and "State of" is not a style: Secretary of State
        (
            "Secretary of State of the United States Tom Reed met them.",
            "Tom Reed",
            "Secretary of State",
            "United States",
        ),
    ],
)
def test_formal_state_name_is_the_country(text: str, name: str, role_word: str, affiliation: str) -> None:
    got = people(text, PUBLISHED)
    assert name in got and not any(n.split()[0] in ("Federative", "Bolivarian", "Hashemite") for n in got)
    role, aff = got[name]
    assert role is not None and role.startswith(role_word)
    assert aff == affiliation


@pytest.mark.parametrize("style", ["Federative Republic", "Islamic Republic", "People's Republic", "Kingdom"])
def test_formal_style_makes_no_person(style: str) -> None:
    got = people(f"The Foreign Minister of the {style} of Ruritania, Tom Reed, said so.", PUBLISHED)
    assert "Federative" not in got and "Islamic" not in got
    assert all(not n.startswith(style.split()[0]) for n in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the countries go to the names in order; "counterparts" take the first titled person's office
        (
            "Foreign Minister Ali Hamid met Tom Reed and Li Wei, his counterparts from Canada and China, today.",
            {"Tom Reed": ("Foreign Minister", "Canada"), "Li Wei": ("Foreign Minister", "China")},
        ),
        (
            "Ali Hamid met Joao Silva, Pedro Ruiz and Tom Berg, the foreign ministers of Brazil, Peru and Chile.",
            {
                "Joao Silva": ("foreign minister", "Brazil"),
                "Pedro Ruiz": ("foreign minister", "Peru"),
                "Tom Berg": ("foreign minister", "Chile"),
            },
        ),
        # one country: everyone's; a count is no part of the office
        (
            "Ali Hamid met Joao Silva and Pedro Ruiz, two ministers from Brazil.",
            {"Joao Silva": ("minister", "Brazil"), "Pedro Ruiz": ("minister", "Brazil")},
        ),
        # no office in the description: nothing
        (
            "Ali Hamid met Joao Silva and Pedro Ruiz, his friends from Brazil and Chile.",
            {"Joao Silva": (None, None), "Pedro Ruiz": (None, None)},
        ),
    ],
)
def test_plural_description_after_a_list_of_names(
    text: str, expected: dict[str, tuple[str | None, str | None]]
) -> None:
    got = people(text, PUBLISHED)
    assert {name: got.get(name) for name in expected} == expected


def test_plural_description_with_a_count_that_does_not_pair_up_keeps_no_connector() -> None:
    got = people(
        "Ali Hamid met Joao Silva and Pedro Ruiz, the ministers from Brazil, Chile and Peru.", PUBLISHED
    )
    assert got["Joao Silva"] == (None, None)
    assert got["Pedro Ruiz"][0] == "ministers"


def test_a_list_that_goes_on_is_not_described() -> None:
    got = people(
        "He will meet Foreign Minister Tom Reed, Trade Minister Li Wei, and other senior officials.",
        PUBLISHED,
    )
    assert got["Li Wei"][0] == "Trade Minister"
    assert got["Tom Reed"][0] == "Foreign Minister"


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # the envoy's side is the premodifier, not the country the envoy is sent to
        (
            "Ali Hamid travelled with the US special envoy to Yemen, Tom Reed and Trade Adviser Li Wei.",
            "Tom Reed",
            "special envoy to Yemen",
            "United States",
        ),
        (
            "Ali Hamid met the French ambassador to Chad, Marc Henri, on Monday.",
            "Marc Henri",
            "ambassador to Chad",
            "France",
        ),
    ],
)
def test_envoy_side_and_apposition_closed_by_and(text: str, name: str, role: str, affiliation: str) -> None:
    assert people(text, PUBLISHED)[name] == (role, affiliation)


def test_opening_phrase_apposition_is_not_the_subject() -> None:
    got = people("In talks with the French envoy, Tom Reed and Li Wei agreed on a plan.", PUBLISHED)
    assert got["Tom Reed"][0] is None


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        (
            "The leader waves in Lima. (AP Photo/Rosa Medina)\nTalks follow.",
            "Rosa Medina",
            "Associated Press",
        ),
        ("Two leaders arrive at the hotel. Photo: RNZ / Tom Reed\nThe day ends.", "Tom Reed", "RNZ"),
        (
            "The leader speaks in Ottawa.\nTHE DAILY HERALD/Anna Berg\nOTTAWA - Talks went on.",
            "Anna Berg",
            "The Daily Herald",
        ),
    ],
)
def test_photo_credit_names_a_photographer(text: str, name: str, affiliation: str) -> None:
    assert people(text, PUBLISHED)[name] == ("photographer", affiliation)


def test_a_slash_between_names_is_no_credit() -> None:
    assert people("He spoke with Tom Reed and/or Li Wei.", PUBLISHED)["Li Wei"] == (None, None)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a short bracketed qualifier stays inside the description
        (
            '"It matters," said Ravi Nair, Secretary (West) at the foreign ministry.',
            "Ravi Nair",
            "Secretary (West) at the foreign ministry",
        ),
        (
            "It brought together Tom Reed, the leader of the Farmers Union (FU), and others.",
            "Tom Reed",
            "leader of the Farmers Union (FU)",
        ),
        # a speech verb closes the description
        (
            "Talks will go on, Ravi Nair, secretary (trade) at the foreign ministry told reporters.",
            "Ravi Nair",
            "secretary (trade) at the foreign ministry",
        ),
        ("The plan is sound, Tom Reed, the finance minister said on Monday.", "Tom Reed", "finance minister"),
        # a picture's note is no qualifier
        ("He met Tom Reed, the minister (pictured), on Monday.", "Tom Reed", None),
    ],
)
def test_apposition_with_brackets_or_closed_by_speech_verb(text: str, name: str, role: str | None) -> None:
    assert people(text, PUBLISHED)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Malaysia's Chargé d'Affaires ad interim in Chile, Siti Aminah, said so.",
            "Siti Aminah",
            "Chargé d'Affaires ad interim in Chile",
            "Malaysia",
        ),
        (
            "The Senior Adviser to the President on Trade and Industry, Tom Reed, noted it.",
            "Tom Reed",
            "Senior Adviser to the President on Trade and Industry",
            None,
        ),
    ],
)
def test_office_scope_before_the_comma(text: str, name: str, role: str, affiliation: str | None) -> None:
    got = people(text, PUBLISHED)
    assert got[name][0] == role
    if affiliation:
        assert got[name][1] == affiliation
    assert len(got) == 1  # the description is the person's, not a second one


def test_office_scope_needs_the_apposition() -> None:
    assert people("He spoke with the minister in London, Tom Reed said.", PUBLISHED)["Tom Reed"] == (
        None,
        None,
    )


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Tom Reed, a lawyer and activist, said so.", "Tom Reed", "lawyer and activist"),
        (
            "Ivan Petrov, deputy head of the ministry's information and press department said on Friday.",
            "Ivan Petrov",
            "deputy head of the ministry's information and press department",
        ),
        # "and" before a determiner joins another person: no description
        ("Tom Reed, the minister and his wife, arrived.", "Tom Reed", None),
    ],
)
def test_and_between_nouns_inside_a_description(text: str, name: str, role: str | None) -> None:
    got = people(text, PUBLISHED)
    assert got[name][0] == role
    assert len(got) == 1


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("He met former President Tom Reed on Monday.", "former President"),
        ("It was signed by the then Prime Minister Tom Reed.", "then Prime Minister"),
        ("Former Prime Minister Tom Reed spoke.", "Former Prime Minister"),
        ("He met President Tom Reed on Monday.", "President"),
    ],
)
def test_lowercase_former_before_a_title(text: str, role: str) -> None:
    assert people(text, PUBLISHED)["Tom Reed"][0] == role
