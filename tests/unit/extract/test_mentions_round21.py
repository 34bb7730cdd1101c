"""Stage mentions, round 21: plural nouns and place words that are not people's names."""

from __future__ import annotations

import pytest

from tests.unit.extract.test_mentions_round20 import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frequent visits should continue, the envoy said.", []),
        ("Regular visits have grown since 2010.", []),
        # negative: a name before the verb "visits" is still a person
        ("Okafor visits Paris on Monday.", ["Okafor"]),
    ],
)
def test_plural_noun_before_auxiliary(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks between the two Foreign Ministries ended.", []),
        ("She will meet local Think Tanks and scholars.", []),
        ("Aid reached Internally Displaced Persons in the north.", []),
        ("The Mediation Team arrived in the capital.", []),
        ("Troops left Camp Dawson on Friday.", []),
        ("The Southern Nuclear Free Zone treaty was signed.", []),
        ("Key Points\n\nThe leaders spoke by phone.", []),
        ("The foreign ministry (Wisma Merdeka) said so.", []),
        # negative: a plain two-word name stays a person
        ("Talks with Maria Okafor ended.", ["Maria Okafor"]),
    ],
)
def test_plural_groups_and_places(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She met President Abdi Sheikh Warsame on Monday.", ["President Abdi Sheikh Warsame"]),
        ("Prime Minister Ali Shia al-Karimi spoke.", ["Prime Minister Ali Shia al-Karimi"]),
        # negative: a style before the given name stays a style
        ("Emir Sheikh Hamad arrived.", ["Emir Sheikh Hamad"]),
    ],
)
def test_style_or_creed_between_name_words(text: str, expected: list[str]) -> None:
    assert people(text) == expected
