"""Roles, round 35 (fresh unseen articles): a definite description in lower case whose head is an
office, set before a name with a comma, is that person's role ("the head of the trade mission, X",
"the navy's commander-in-chief, X", "Ruiz's chief of staff, X"). After a preposition or a gerund
the name must close there: in "In a call with the foreign minister, X said" X is the subject."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import roles

PUBLISHED = date(2024, 5, 2)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "He said that the head of the trade mission, Tomas Berg, would arrive on Monday.",
            "Tomas Berg",
            "head of the trade mission",
        ),
        (
            "She later held talks with the navy's commander-in-chief, Adm. Tomas Berg.",
            "Tomas Berg",
            "commander-in-chief",
        ),
        (
            "Ruiz's chief of staff, Tomas Berg, told reporters the visit was off.",
            "Tomas Berg",
            "chief of staff",
        ),
        (
            "Ruiz narrowly beat the ruling party's presidential candidate, Tomas Berg.",
            "Tomas Berg",
            "presidential candidate",
        ),
    ],
)
def test_a_definite_description_before_a_name_is_its_role(text: str, name: str, role: str) -> None:
    assert role in (roles(text, PUBLISHED).get(name) or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: the name opens the main clause, or the head is no office
        ("In a call with the foreign minister, Tomas Berg said the deal was close.", "Tomas Berg"),
        ("After meeting the president, Tomas Berg said the deal was close.", "Tomas Berg"),
        ("Despite the rain at the airport, Tomas Berg arrived on time.", "Tomas Berg"),
        ("The visitors, Tomas Berg and Ana Ruiz, arrived on Monday.", "Tomas Berg"),
    ],
)
def test_no_role_from_a_clause_or_a_plain_noun(text: str, name: str) -> None:
    assert roles(text, PUBLISHED).get(name) is None
