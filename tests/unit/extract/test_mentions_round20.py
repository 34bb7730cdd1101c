"""Stage mentions, round 20: a plural noun's possessive inside a body's name."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import mentions_of


def texts(text: str, kind: str) -> list[str]:
    """The whole text of each mention of that kind."""
    return [m.text for m in mentions_of(text).mentions if m.kind == kind]


def orgs(text: str) -> list[str]:
    return texts(text, "organization")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The National People's Congress met on Friday.", ["National People's Congress"]),
        ("The People's Liberation Army held drills.", ["People's Liberation Army"]),
        ("The Vietnam Women's Union sent a delegation.", ["Vietnam Women's Union"]),
        # negative: another owner's possessive still ends the name
        ("The company's Supervisory Board met on Friday.", ["Supervisory Board"]),
    ],
)
def test_name_possessive(text: str, expected: list[str]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office with no name after it still names the body it heads
        (
            "Ali Reza, Head of the Nuclear Energy Organization of Iran, spoke.",
            ["Nuclear Energy Organization of Iran"],
        ),
        ("The Director of the Refugee Council arrived on Monday.", ["Refugee Council"]),
        # negative: an office of a country names no body
        ("Ali Reza, Minister of Energy of Iran, spoke.", []),
    ],
)
def test_body_in_office_without_name(text: str, expected: list[str]) -> None:
    assert orgs(text) == expected


def people(text: str) -> list[str]:
    return texts(text, "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Christian" is a given name before a name word
        ("The minister met Christian Mbeki on Tuesday.", ["Christian Mbeki"]),
        # a hyphenated "-general" office is a title before its holder's name
        ("Governor-General Ana Lowe opened the session.", ["Governor-General Ana Lowe"]),
        # negative: a faith's word before a plural or a party's member word names no one
        ("Christian Zionists and a Christian Democrat rallied on Tuesday.", []),
    ],
)
def test_given_name_and_general_offices(text: str, expected: list[str]) -> None:
    assert people(text) == expected
