"""Stage roles, round 19: a past-tense verb closes an unclosed capitalised office after a name."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import people, roles

PUBLISHED = date(2023, 5, 2)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a regular past tense right after the office's last capital opens the predicate
        (
            "The Hon. Ana Lopes, Prime Minister of Barbados delivered remarks at the opening.",
            "Ana Lopes",
            "Prime Minister of Barbados",
        ),
        (
            "The Hon. Jean Dupont, Canada's Foreign Affairs Minister addressed the leaders on trade.",
            "Jean Dupont",
            "Foreign Affairs Minister",
        ),
        # an irregular past tense does the same
        (
            "Dr Lena Moss, Minister of Health met the nurses in the capital.",
            "Lena Moss",
            "Minister of Health",
        ),
        # negative: a closed apposition keeps its whole office
        (
            "Ana Lopes, Prime Minister of Barbados, delivered remarks at the opening.",
            "Ana Lopes",
            "Prime Minister of Barbados",
        ),
    ],
)
def test_verb_closes_office(text: str, name: str, role: str) -> None:
    assert roles(text, PUBLISHED)[name] == role


def test_verb_after_office_makes_no_title_only_person() -> None:
    names = roles(
        "The Hon. Jean Dupont, Canada's Foreign Affairs Minister addressed the leaders on trade.", PUBLISHED
    )
    assert list(names) == ["Jean Dupont"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two sides, a plural office and a comma, then as many holders: each takes its own side
        (
            "The French and German presidents, Emmanuel Macron and Frank-Walter Steinmeier, met on Friday.",
            {"Emmanuel Macron": ("president", "France"), "Frank-Walter Steinmeier": ("president", "Germany")},
        ),
        (
            "The Kenyan and Ugandan foreign ministers, Ruth Wanjiku and Sam Okello, spoke on Friday.",
            {"Ruth Wanjiku": ("foreign minister", "Kenya"), "Sam Okello": ("foreign minister", "Uganda")},
        ),
        # fewer holders than sides pairs no one by position; the one French person the story names
        # with no office is still France's president (coref's shared offices, round 39)
        (
            "The French and German presidents, Emmanuel Macron, spoke on Friday.",
            {"Emmanuel Macron": ("President", "France")},
        ),
    ],
)
def test_sides_before_plural_office(text: str, expected: dict[str, tuple[str | None, str | None]]) -> None:
    got = people(text, PUBLISHED)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an assistant or an aide holds an office like an adviser does
        (
            "The note was issued by Tom Riley, her Special Assistant on Media and Publicity.",
            "Tom Riley",
            "Special Assistant on Media and Publicity",
        ),
        (
            "The note was issued by Tom Riley, a senior aide to the minister.",
            "Tom Riley",
            "senior aide to the minister",
        ),
        # negative: a description with no office word gives none
        ("The note was issued by Tom Riley, her old friend from school.", "Tom Riley", None),
    ],
)
def test_assistant_and_aide_are_offices(text: str, name: str, role: str | None) -> None:
    assert roles(text, PUBLISHED)[name] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "Amb." is an abbreviated title like "Sen." or "Gov."
        ("Amb. Ana Lopes opened the fair on Friday.", "Ana Lopes", "Ambassador"),
        # an office apposed before the styled name is the holder's
        (
            "The Minister of State for Trade, Amb. Ana Lopes, opened the fair on Friday.",
            "Ana Lopes",
            "Minister of State for Trade",
        ),
        # negative: a name alone has no office
        ("Ana Lopes opened the fair on Friday.", "Ana Lopes", None),
    ],
)
def test_abbreviated_ambassador(text: str, name: str, role: str | None) -> None:
    assert roles(text, PUBLISHED)[name] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an office, the body it serves, a comma, then its holder in a closed apposition
        (
            "At the dinner, the leader of the Green Party, Elizabeth Moss, gave him a gift.",
            "Elizabeth Moss",
            "leader of the Green Party",
        ),
        # negative: a list after the body is no apposition
        (
            "At the dinner, the leader of the Green Party, Elizabeth Moss and Tom Riley spoke.",
            "Elizabeth Moss",
            None,
        ),
    ],
)
def test_office_of_body_before_name(text: str, name: str, role: str | None) -> None:
    assert roles(text, PUBLISHED)[name] == role
