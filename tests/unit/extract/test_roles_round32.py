"""Roles, round 32 (fresh unseen articles): offices shared by the sides a sentence names."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import roles

PUBLISHED = date(2023, 10, 3)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the side's foreign minister is named: its president is not a foreign minister too
        (
            "The Foreign Minister of Chile, Ana Rojas, met the Foreign Minister of Peru, Luis Vega, in Lima. "
            "Talks of the foreign ministers of Chile and Peru are frequent, Rojas said, and "
            "Gabriel Boric will travel there in May.",
            "Gabriel Boric",
            None,
        ),
        (
            "Norway's Foreign Minister Kari Lund called Swedish Foreign Minister Erik Holm. "
            "The foreign ministers of Norway and Sweden agreed on Monday, and Anders Dahl said the summit would follow.",
            "Anders Dahl",
            None,
        ),
        # a side's "top diplomat" is the foreign minister the shared office names
        (
            "The foreign ministers of Chile and Peru met on Monday. Ana Rojas, Chile's top diplomat, "
            "said the talks went well, and Gabriel Boric welcomed them.",
            "Ana Rojas",
            "Foreign Minister",
        ),
        # the rule as before: the one person of a side without an office holds it
        (
            "The presidents of Chile and Peru met in Lima. Gabriel Boric said the talks were useful.",
            "Gabriel Boric",
            "President",
        ),
    ],
)
def test_an_office_shared_by_two_sides(text: str, name: str, role: str | None) -> None:
    assert roles(text, PUBLISHED)[name] == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lowercase plural office outside the names, before a list of two
        (
            "The warm ties of presidents Tomas Novak and Karel Dvorak help trade, he said.",
            {"Tomas Novak": "president", "Karel Dvorak": "president"},
        ),
        # a plural in "-men", and two lists in one sentence, each with its own office
        (
            "The group included Senators Mark Mullins and Joan Ernst, alongside Congressmen Jason Brown and Tim Kerr.",
            {
                "Mark Mullins": "Senator",
                "Joan Ernst": "Senator",
                "Jason Brown": "Congressman",
                "Tim Kerr": "Congressman",
            },
        ),
        (
            "The visitors included congressmen Jason Brown and Tim Kerr.",
            {"Jason Brown": "congressman", "Tim Kerr": "congressman"},
        ),
    ],
)
def test_a_plural_office_before_a_list(text: str, expected: dict[str, str]) -> None:
    found = roles(text, PUBLISHED)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a plural that is no office, a plural office before one name only
        "The local residents Tomas Novak and Karel Dvorak complained about the noise.",
        "Both men were presidents until Tomas Novak took over in May.",
    ],
)
def test_no_office_from_a_plural_that_is_none(text: str) -> None:
    assert all(role is None for role in roles(text, PUBLISHED).values())
