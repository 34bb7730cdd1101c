"""Organizations (round 12): a time zone after a clock time and common technology acronyms are no bodies."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 5, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an upper-case word after a time of day is its time zone
        ("Posted May 2, 2024 19:18 XYT. The talks went well.", []),
        ("Updated 10.43 WIT. The talks went well.", []),
        ("The call began at 9 pm ZST on Monday.", []),
        ("They agreed to work on ICT and health care.", []),
        # negative: an unknown acronym elsewhere is still a body
        ("The ZSTA said at 9 pm that talks went well.", ["ZSTA"]),
    ],
)
def test_time_zones_are_no_bodies(text: str, expected: list[str]) -> None:
    assert names(text, PUBLISHED, "organization") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound of known bodies names each of them
        (
            "Leaders met at the ASEAN-GCC Summit in Riyadh.",
            {"Association of Southeast Asian Nations", "Gulf Cooperation Council"},
        ),
        ("They prepared the EU-AU summit on Monday.", {"European Union", "African Union"}),
        ("The Asean summit opened on Monday.", {"Association of Southeast Asian Nations"}),
        # negative: a hyphenated name with no known body in it is none
        ("Karim Al-Masri spoke at the summit.", set()),
    ],
)
def test_compound_of_bodies(text: str, expected: set[str]) -> None:
    assert set(names(text, PUBLISHED, "organization")) == expected
