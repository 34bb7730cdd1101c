"""Roles, round 26b: a compound military rank is one role ("Air Vice Marshal X", "Lieutenant
General X"), and a peer's style after an office is no part of it ("Foreign Secretary Lord X")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names, people

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The guests were met by Air Vice Marshal Ravi Menon at the base.", "Ravi Menon", "Air Vice Marshal"),
        ("Air Chief Marshal Dev Kapoor inspected the squadron.", "Dev Kapoor", "Air Chief Marshal"),
        ("Rear Admiral Tom Hale said the ships had sailed.", "Tom Hale", "Rear Admiral"),
        ("Vice Admiral Jane Ross said the fleet was ready.", "Jane Ross", "Vice Admiral"),
        ("Lieutenant General Omar Saleh met the delegation.", "Omar Saleh", "Lieutenant General"),
        ("Brigadier General Ann Cole spoke to reporters.", "Ann Cole", "Brigadier General"),
        ("Field Marshal Karim Nadeem arrived on Monday.", "Karim Nadeem", "Field Marshal"),
        # near misses: an office before the rank keeps the office; "Vice" of an office stays
        ("Defence Minister Vice Admiral Tom Hale spoke.", "Tom Hale", "Defence Minister"),
        ("Vice President General Tom Hale said it.", "Tom Hale", "Vice President"),
    ],
)
def test_a_compound_rank_is_the_role(text: str, name: str, role: str) -> None:
    assert people(text, PUBLISHED)[name][0] == role


@pytest.mark.parametrize(
    "text",
    [
        "The guests were met by Air Vice Marshal Ravi Menon at the base.",
        "Air Chief Marshal Dev Kapoor inspected the squadron.",
    ],
)
def test_a_graded_air_rank_is_no_body(text: str) -> None:
    assert not any(o.startswith("Air") for o in set(names(text, PUBLISHED, "organization")))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Foreign Secretary Lord Peter Hale met the minister.", "Peter Hale", "Foreign Secretary"),
        ("Minister of State Lord Ahmed said the talks went well.", "Ahmed", "Minister of State"),
        ("Trade Minister Baroness Jane Cole opened the fair.", "Jane Cole", "Trade Minister"),
        # near misses: a style that makes the office itself
        ("First Lady Jill Biden visited the school.", "Jill Biden", "First Lady"),
        ("Lord Mayor Alan King opened the fair.", "Alan King", "Lord Mayor"),
    ],
)
def test_a_peers_style_after_an_office_is_dropped(text: str, name: str, role: str) -> None:
    assert people(text, PUBLISHED)[name][0] == role
