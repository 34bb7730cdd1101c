"""Coreference, round 30 (audit of unseen European and American stories): a word of title the lexicons
lack before a surname ("CiO X", "LoP X": a short acronym in mixed case) is the title of the person named in full with that
surname, not a person of its own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 5, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym of an office before the surname, after the full name
        (
            "OSCE Chairman-in-Office (CiO) and Foreign Minister Jaan Tamm will visit Georgia. During the visit,"
            " CiO Tamm will meet President Mikheil Kavelashvili.",
            ["Jaan Tamm", "Mikheil Kavelashvili"],
        ),
        # near misses: a spouse's given name the lexicons lack; two people of one surname, each with a
        # given name; a surname nobody bears in full
        (
            "President Hakon Lund and First Lady Mutanda Lund met Eloise Lund on Monday.",
            ["Eloise Lund", "Hakon Lund", "Mutanda Lund"],
        ),
        (
            "President Luis Ortega met Ana Ortega on Monday.",
            ["Ana Ortega", "Luis Ortega"],
        ),
        ("Speaker Tamm met Zorba Kask on Monday.", ["Tamm", "Zorba Kask"]),
    ],
)
def test_word_of_title_before_a_surname(text: str, expected: list[str]) -> None:
    assert sorted(names(text, PUBLISHED, "person")) == expected
