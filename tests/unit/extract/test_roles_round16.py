"""Stage roles (round 16): a counterpart's office under its own country's name for it."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.lexicon.titles import office_abroad
from tests.unit.extract.helpers import roles

PUBLISHED = date(2023, 5, 2)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a foreign minister's US counterpart is the Secretary of State
        (
            "Nigeria's Minister of Foreign Affairs, Ade Okafor, yesterday called his United States "
            "counterpart, Tom Riley, on trade.",
            "Tom Riley",
            "Secretary of State",
        ),
        # India's External Affairs Minister's counterparts elsewhere are foreign ministers
        (
            "NEW DELHI: External Affairs Minister Arjun Rao on Thursday met Ivan Petrov and Li Ming, his "
            "counterparts from Russia and China, in Goa.",
            "Ivan Petrov",
            "Foreign Minister",
        ),
        # negative: a foreign secretary in South Asia is a civil servant, not the minister
        (
            "Bangladesh foreign secretary Karim Uddin will meet his Indian counterpart Vikram Sen on Friday.",
            "Vikram Sen",
            "foreign secretary",
        ),
        # negative: the general title stays as written
        (
            "Japan's Foreign Minister Taro Sato met his Brazilian counterpart, Paulo Lima, on Monday.",
            "Paulo Lima",
            "Foreign Minister",
        ),
    ],
)
def test_counterpart_office_by_country(text: str, name: str, role: str) -> None:
    assert roles(text, PUBLISHED)[name] == role


@pytest.mark.parametrize(
    ("role", "country", "expected"),
    [
        ("Foreign Minister", "United Kingdom", "Foreign Secretary"),
        ("Minister of External Affairs", "Japan", "Foreign Minister"),
        ("Secretary of State", "India", "External Affairs Minister"),
        ("Minister of Foreign Affairs", "Ghana", "Minister of Foreign Affairs"),
        ("Defence Minister", "United States", "Defence Minister"),
        ("Secretary of State", None, "Secretary of State"),
    ],
)
def test_office_abroad(role: str, country: str | None, expected: str) -> None:
    assert office_abroad(role, country) == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a colleague of another country is a counterpart: the same office there
        (
            "Macedonian Prime Minister Zoran Ilievski and his Albanian colleague, Arben Hoxha, met in "
            "Skopje on Monday.",
            "Arben Hoxha",
            "Prime Minister",
        ),
        # negative: a colleague with no country says no office
        ("Finance Minister Ana Popa praised her colleague Ion Rusu on Monday.", "Ion Rusu", None),
    ],
)
def test_colleague_of_another_country(text: str, name: str, role: str | None) -> None:
    assert roles(text, PUBLISHED)[name] == role
