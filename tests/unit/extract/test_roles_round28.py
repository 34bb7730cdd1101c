"""Stage roles, round 28: sides written before a capitalised plural title that runs into the first name."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import people

PUBLISHED = date(2023, 5, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two demonyms, a capitalised plural office and two names: each holder in turn
        (
            "Kenyan and Ugandan Foreign Ministers Ruth Wanjiku and Sam Okello spoke by phone on Friday.",
            {"Ruth Wanjiku": ("Foreign Minister", "Kenya"), "Sam Okello": ("Foreign Minister", "Uganda")},
        ),
        (
            "On Monday, French and German Presidents Luc Garnier and Klaus Weber opened the fair.",
            {"Luc Garnier": ("President", "France"), "Klaus Weber": ("President", "Germany")},
        ),
        (
            "Polish, Czech and Slovak Prime Ministers Anna Nowak, Tomas Dvorak and Peter Kral met in Prague.",
            {
                "Anna Nowak": ("Prime Minister", "Poland"),
                "Tomas Dvorak": ("Prime Minister", "Czech Republic"),
                "Peter Kral": ("Prime Minister", "Slovakia"),
            },
        ),
    ],
)
def test_sides_before_plural_title(text: str, expected: dict[str, tuple[str | None, str | None]]) -> None:
    got = people(text, PUBLISHED)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        # more holders than sides: the list is not told side by side
        "Kenyan and Ugandan Foreign Ministers Ruth Wanjiku, Sam Okello and Ali Musa met on Friday.",
        # the sides belong to another noun, not to the title before the names
        "Kenyan and Ugandan officials met Foreign Ministers Ruth Wanjiku and Sam Okello on Friday.",
    ],
)
def test_no_sides_in_turn(text: str) -> None:
    got = people(text, PUBLISHED)
    assert got["Ruth Wanjiku"][1] != "Kenya"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lowercase office scoped by a country, right before the name
        (
            "The president received prime minister of Ghana Kofi Mensah on Monday.",
            {"Kofi Mensah": ("prime minister of Ghana", "Ghana")},
        ),
        (
            "Talks were held with the foreign minister of Chile Ana Rojas in the capital.",
            {"Ana Rojas": ("foreign minister of Chile", "Chile")},
        ),
        # the lowercase scope already read stays as it was
        (
            "The head of the delegation Ana Rojas spoke first.",
            {"Ana Rojas": ("head of the delegation", None)},
        ),
    ],
)
def test_lowercase_office_of_country(text: str, expected: dict[str, tuple[str | None, str | None]]) -> None:
    got = people(text, PUBLISHED)
    assert {k: got.get(k) for k in expected} == expected


def test_no_office_before_country_scope() -> None:
    # negative: "capital" is no office, so "of Chile" scopes nothing before the name
    assert people("The capital of Chile Ana Rojas visited is large.", PUBLISHED)["Ana Rojas"][0] is None


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a name closing a fronted phrase, then "the <office> <past verb>": the office is the next
        # clause's subject, not a description of the name
        (
            "Before the talks with Ana Rojas, the Peruvian president repeated his position on trade.",
            "Ana Rojas",
            (None, None),
        ),
        (
            "After a call with Kofi Mensah, the Kenyan minister announced new flights.",
            "Kofi Mensah",
            (None, None),
        ),
        # the name opening its sentence: an unclosed description ends before the verb
        (
            "Ana Rojas, the Peruvian president repeated his position on trade.",
            "Ana Rojas",
            ("president", "Peru"),
        ),
        # negative: a closed apposition is still the name's
        (
            "Before the talks with Ana Rojas, the Peruvian president, the envoy repeated his position.",
            "Ana Rojas",
            ("president", "Peru"),
        ),
    ],
)
def test_fronted_name_then_clause(text: str, name: str, expected: tuple[str | None, str | None]) -> None:
    assert people(text, PUBLISHED)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # negative: a participle taking "by"/"of" after the office opens a closed description, not a
        # verb of the next clause; the description stays the name's
        (
            "According to Ana Rojas, the former minister accused of fraud, the plan failed.",
            "Ana Rojas",
            ("former minister accused of fraud", None),
        ),
        (
            "Speaking with Kofi Mensah, the Kenyan envoy backed by the cabinet, Lena Berg said trade grew.",
            "Kofi Mensah",
            ("envoy backed by the cabinet", "Kenya"),
        ),
        # the fronted-phrase reading still holds for a finite verb
        (
            "After a meeting with Kofi Mensah, the Kenyan envoy praised the new port.",
            "Kofi Mensah",
            (None, None),
        ),
    ],
)
def test_participle_after_office_keeps_apposition(
    text: str, name: str, expected: tuple[str | None, str | None]
) -> None:
    assert people(text, PUBLISHED)[name] == expected
