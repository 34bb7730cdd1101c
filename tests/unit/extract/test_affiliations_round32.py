"""Affiliations, round 32 (fresh unseen articles): the members of a delegation share its side."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import sides

PUBLISHED = date(2023, 10, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side written before the delegation, read where it is referred back to
        (
            "President Omar Haddad of Syria welcomed a US congressional delegation in Damascus on Friday. "
            "That delegation included Senators Mark Mullins and Joan Ernst.",
            {"Mark Mullins": "United States", "Joan Ernst": "United States"},
        ),
        # its hosts received it: the members it includes are not theirs
        (
            "King Abdullah of Jordan received a delegation headed by the British Foreign Secretary, "
            "Tom Barlow, in Amman. Abdullah received the delegation, which included "
            "Senator Joan Ernst and Congressman Joe Wilkins.",
            {"Joan Ernst": "United Kingdom", "Joe Wilkins": "United Kingdom"},
        ),
        (
            "Foreign Minister Omar Haddad of Syria met the Turkish delegation, which included "
            "Ambassador Emre Kaya, in Damascus.",
            {"Emre Kaya": "Turkey"},
        ),
    ],
)
def test_a_delegation_member_takes_its_side(text: str, expected: dict[str, str]) -> None:
    found = sides(text, PUBLISHED)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # near misses: a leader's own delegation, a country linked to the delegation by "and"
        (
            "Egyptian President Omar Haddad arrived in Rome with his delegation, which included "
            "Minister Hany Fawzi.",
            "Hany Fawzi",
            "Egypt",
        ),
        (
            "Prime Minister Omar Haddad of Egypt said talks between Italy and the delegation, "
            "which included Minister Hany Fawzi, went well.",
            "Hany Fawzi",
            "Egypt",
        ),
    ],
)
def test_a_delegation_side_only_from_its_own_words(text: str, name: str, side: str) -> None:
    assert sides(text, PUBLISHED)[name] == side


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a closing speech tag names its own speaker's side, not the side of whom the sentence tells
        (
            "The envoys met the ousted President Omar Haddad, a Nigerian presidential spokesperson said.",
            "Omar Haddad",
        ),
        ("The envoys met President Omar Haddad on Saturday, a French official said.", "Omar Haddad"),
        ("The envoys met Omar Haddad, an Egyptian official told reporters.", "Omar Haddad"),
    ],
)
def test_a_closing_speech_tag_gives_no_side(text: str, name: str) -> None:
    assert sides(text, PUBLISHED)[name] is None


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # near misses: the name is the tag's speaker, or the description is closed
        (
            "Omar Haddad, a Nigerian presidential spokesperson said the talks went well.",
            "Omar Haddad",
            "Nigeria",
        ),
        (
            "The envoys met Omar Haddad, a Nigerian presidential spokesperson, on Monday.",
            "Omar Haddad",
            "Nigeria",
        ),
    ],
)
def test_a_speaker_described_keeps_the_side(text: str, name: str, side: str) -> None:
    assert sides(text, PUBLISHED)[name] == side
