"""Stage roles, round 20: a list of office holders told title first."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import roles, sides

PUBLISHED = date(2023, 5, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each office goes to the name after it, past a bracketed gloss
        (
            "She met the President of Latvia, Ivo Berzins, the Speaker of the Saeima (Parliament), "
            "Anna Ozola, and the Chair of the Committee, Juris Kalnins.",
            {
                "Ivo Berzins": "President of Latvia",
                "Anna Ozola": "Speaker of the Saeima",
                "Juris Kalnins": "Chair of the Committee",
            },
        ),
        # negative: names told first keep the office apposed after them
        (
            "She met Ivo Berzins, the President of Latvia, and Anna Ozola, the Speaker of the Saeima.",
            {"Ivo Berzins": "President of Latvia", "Anna Ozola": "Speaker of the Saeima"},
        ),
    ],
)
def test_titles_alternate(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country owning a legislature before its officer's title is their side
        (
            "The envoy said that Peru's National Assembly President Rosa Quispe will visit.",
            {"Rosa Quispe": "Peru"},
        ),
        # negative: a body that is no state organ stays the side
        (
            "The envoy said that Peru's Refugee Council Chair Rosa Quispe will visit.",
            {"Rosa Quispe": "Refugee Council"},
        ),
    ],
)
def test_possessed_organ(text: str, expected: dict[str, str | None]) -> None:
    assert sides(text, PUBLISHED) == expected
