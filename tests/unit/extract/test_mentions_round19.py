"""Stage mentions, round 19: party words, markets and South Asian residences are no people."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import heads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's word before a noun ("the Conservative government") is no surname
        ("In November he faces his Republican rival, the governor.", []),
        ("The paper was published under the Conservative government of the day.", []),
        # an economic area's name
        ("She backed the ASEAN Single Market and its unit.", []),
        ("Ministers discussed the Common Market at length.", []),
        # a residence named with a South Asian residence word
        ("The talks took place at the Office of the President- Sheetal Niwas- on Monday.", []),
        ("The guests dined at Raj Bhavan on Monday.", []),
        # negative: a real name still is one
        ("Republican senator Tom Riley said the plan would fail.", ["Tom Riley"]),
    ],
)
def test_not_a_person(text: str, expected: list[str]) -> None:
    assert heads(text, "person") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known person's name word with a gerund's ending is still a name
        ("He met Xi Jinping on Friday.", ["Xi Jinping"]),
        ("On Friday, Xi Jinping spoke to reporters.", ["Xi Jinping"]),
        # negative: an unknown word ending in "-ing" is no surname
        ("He visited Tom Building on Friday.", []),
    ],
)
def test_known_name_word_with_common_ending(text: str, expected: list[str]) -> None:
    assert heads(text, "person") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a topic with a capitalised modifier completes the office before the holder's name
        ("Coordinator for Strategic Communications Tom Riley spoke on Friday.", ["Tom Riley"]),
        ("Special Envoy for Digital Trade Anna Berg spoke on Friday.", ["Anna Berg"]),
        # an office ending on a place names no one
        ("The team includes Dr Ana Lopes, Regional Director for South-East Asia, and others.", ["Ana Lopes"]),
        # negative: a body after the office still is one, and its holder is named after it
        ("The CEO of the Refugee Council Tom Riley spoke on Friday.", ["Tom Riley"]),
    ],
)
def test_office_topic_words_before_name(text: str, expected: list[str]) -> None:
    assert heads(text, "person") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office apposed to a name, ending on a topic, names no one more
        ("Tom Riley, Coordinator for Strategic Communications, spoke on Friday.", ["Tom Riley"]),
        # negative: a surname that is also a topic word, after an office that is not apposed
        ("Special Representative for Sudan Thomas West led the team.", ["Thomas West"]),
    ],
)
def test_apposed_office_ending_on_topic(text: str, expected: list[str]) -> None:
    assert heads(text, "person") == expected


def test_population_is_a_portfolio() -> None:
    assert heads("It came at the invitation of Minister for Health and Population Tom Riley.", "person") == [
        "Tom Riley"
    ]
