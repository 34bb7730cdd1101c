"""Stage mentions (round 11): portfolio words that end an office, bodies "on" a subject."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import mentions_of
from tests.unit.extract.test_mentions_long_offices import kinds_and_heads, people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abstract noun after "and" ends the portfolio: the name comes after the comma
        ("The Minister of Trade and Regional Integration, Hon. Kwame Mensah, left.", ["Kwame Mensah"]),
        ("The Minister of Justice, Culture and Malians Abroad, Ali Toure, spoke.", ["Ali Toure"]),
        ("Our Minister of Labour and Employment spoke on Monday.", []),
        # negatives: a name right after the portfolio is still the holder's name
        ("Minister of Finance Clement Ngoie said it was fine.", ["Clement Ngoie"]),
        ("The Minister of Health, Ann Lee, arrived.", ["Ann Lee"]),
    ],
)
def test_portfolio_noun_is_no_name(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Committee on Data Management and Harmonization said it was done.",
            [("organization", "Committee on Data Management and Harmonization")],
        ),
        (
            "The Senate Committee on Foreign Relations met.",
            [("organization", "Senate Committee on Foreign Relations")],
        ),
        # the subject ends on its last topic word: a holder's name after it is a person
        (
            "A local director of the Council on Civil Relations Mary Stone said so.",
            [("organization", "Council on Civil Relations"), ("person", "Mary Stone")],
        ),
        # negative: a date after "on" is no subject of the body
        ("The Commission on Monday said it would act.", []),
    ],
)
def test_body_on_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a courtesy after "and" inside an office's subject opens the next person
        (
            "She met Mr Paul Reyes, the President of Chile and Dr Ana Vidal, the Foreign Minister.",
            ["Paul Reyes", "Ana Vidal"],
        ),
        ("The Minister of Finance and Mrs Lee Park arrived.", ["Lee Park"]),
        # negative: a courtesy right after the office still introduces its holder's name
        ("The Minister of Finance, Dr Lee Park, arrived.", ["Lee Park"]),
    ],
)
def test_courtesy_after_and_opens_next_person(text: str, expected: list[str]) -> None:
    doc = mentions_of(text)
    # the whole person span: no office before the courtesy is part of it
    spans = [m.text.split(" ", 1)[1] for m in doc.mentions if m.kind == "person"]
    assert spans == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a residence, an event, a group of people, a work: no person
        ("He stayed at Lamar House, the official guest residence.", []),
        ("They will hold an Official Visit programme on Tuesday.", []),
        ("He spoke of the rights of Undocumented Migrants abroad.", []),
        ("The leaders discussed the key Rio Verde tunnel, a big project.", []),
        # negatives: a name followed by a verb, a name before "House" of a known body
        ("The talks went well, Rosa Verde said.", ["Rosa Verde"]),
        ("Speaker Mike Dunn left the White House.", ["Mike Dunn"]),
    ],
)
def test_places_events_and_groups_are_no_people(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one capitalised word after "of the" in an office is the body, not the holder
        ("She ran for the Secretary-General of the Commonwealth post.", []),
        # negatives: a known country after "the", then the holder's name
        ("The President of the Philippines Ana Cruz said no.", ["Ana Cruz"]),
        ("The Minister of Health Ann Lee said it was fine.", ["Ann Lee"]),
    ],
)
def test_one_word_after_the_is_a_body(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office and its holder after a body's "of" subject are not part of the body
        (
            "Bank of England Governor Andrew Bailey said so.",
            [("organization", "Bank of England"), ("person", "Andrew Bailey")],
        ),
        # negative: an office ending the body's name stays in it
        ("The Office of the President said so.", [("organization", "Office of the President")]),
    ],
)
def test_body_of_then_office_holder(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds_and_heads(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital before a surname the article uses alone: a given name
        (
            "Ministers Ana Ruiz and Santiago Perez met. Later, Perez said so.",
            ["Ana Ruiz", "Santiago Perez", "Perez"],
        ),
        # negatives: no lone surname elsewhere; a longer name
        ("Ministers Ana Ruiz and Santiago Perez met.", ["Ana Ruiz", "Perez"]),
        ("Delegates at the Paris Peace Forum met. Peace was the topic.", []),
    ],
)
def test_capital_as_given_name(text: str, expected: list[str]) -> None:
    assert people(text) == expected
