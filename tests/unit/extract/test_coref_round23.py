"""Coreference, round 23: a well-known person's present body is not theirs in an earlier national post."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import side_of

PUBLISHED = date(2019, 3, 5)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prime Minister Mark Rutte will travel to Belgium on Tuesday.", "Mark Rutte"),
        ("Prime Minister Jens Stoltenberg flew to Oslo on Monday.", "Jens Stoltenberg"),
        ("Defence Minister Ursula von der Leyen visited the troops on Friday.", "Ursula von der Leyen"),
    ],
)
def test_a_national_cabinet_office_rules_out_a_known_international_body(text: str, name: str) -> None:
    side = side_of(text, PUBLISHED, name)
    assert side is None or side not in (
        "North Atlantic Treaty Organization",
        "European Union",
        "European Commission",
    )


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        (
            "Secretary General Mark Rutte visited Kyiv on Monday.",
            "Mark Rutte",
            "North Atlantic Treaty Organization",
        ),
        ("Mark Rutte spoke in Brussels on Monday.", "Mark Rutte", "North Atlantic Treaty Organization"),
    ],
)
def test_other_offices_keep_the_known_body(text: str, name: str, side: str) -> None:
    assert side_of(text, PUBLISHED, name) == side


@pytest.mark.parametrize(
    ("text", "aide", "side"),
    [
        (
            "Prime Minister Theresa May flew to Dublin with her chief of staff Gavin Barwell.",
            "Gavin Barwell",
            "United Kingdom",
        ),
        (
            "In Accra, Indian Prime Minister Narendra Modi arrived with his adviser Ajit Doval.",
            "Ajit Doval",
            "India",
        ),
        (
            "At talks in Lima, Ghana's President Kofi Mensah was joined by his spokesman Ama Owusu.",
            "Ama Owusu",
            "Ghana",
        ),
    ],
)
def test_an_aide_written_after_his_or_her_takes_the_principal_side(text: str, aide: str, side: str) -> None:
    assert side_of(text, PUBLISHED, aide) == side
