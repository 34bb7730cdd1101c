"""Stage coref (round 12): officials who accompany a leader abroad are of the leader's side."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import roles, sides

PUBLISHED = date(2023, 5, 2)


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # the place framing the sentence is the trip's goal; the escort takes the leader's side
        (
            "Kenya's President, Ruto Kamau, will visit Peru on Monday. In Peru, the President will be "
            "accompanied by Trade Minister Jane Wanjiru and Health Minister Ali Otieno.",
            "Jane Wanjiru",
            "Kenya",
        ),
        (
            "Kenya's President, Ruto Kamau, will visit Peru on Monday. In Peru, the President will be "
            "accompanied by Trade Minister Jane Wanjiru and Health Minister Ali Otieno.",
            "Ali Otieno",
            "Kenya",
        ),
        # negative: with no escort the frame still gives the place's side to the people met there
        (
            "Kenya's President, Ruto Kamau, will visit Peru on Monday. In Peru, he will meet Trade "
            "Minister Rosa Quispe.",
            "Rosa Quispe",
            "Peru",
        ),
    ],
)
def test_escort_takes_leaders_side(text: str, name: str, side: str) -> None:
    assert sides(text, PUBLISHED)[name] == side


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a son's patronymic name holds his father's: a different given name, two people
        (
            "He met Sheikh Hamad bin Khalid Al Amri and his son, Sheikh Saud bin Hamad bin Khalid Al Amri.",
            {"Hamad bin Khalid Al Amri", "Saud bin Hamad bin Khalid Al Amri"},
        ),
        # negative: the same given name, written short and long, is one person
        (
            "Prince Faisal bin Nasser met them. Later, Prince Faisal bin Nasser Al Saud spoke.",
            {"Faisal bin Nasser Al Saud"},
        ),
    ],
)
def test_patronymic_given_names(text: str, people: set[str]) -> None:
    assert set(sides(text, PUBLISHED)) == people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a description of an office of the person's own side, linked to them, is their role
        (
            "Penny Wong flew to Fiji on Monday. Australia's foreign minister is on her second trip.",
            "Penny Wong",
            "foreign minister",
        ),
        # negative: a counterpart's description gives no office of one's own
        (
            "Penny Wong flew to Fiji on Monday. She met her Australian counterpart there.",
            "Penny Wong",
            None,
        ),
    ],
)
def test_own_office_description(text: str, name: str, role: str | None) -> None:
    assert roles(text, PUBLISHED)[name] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a one-word office written out in full later: the full office
        (
            "Minister Rina Sari. Jakarta - Minister of Foreign Affairs Rina Sari spoke on Monday.",
            "Rina Sari",
            "Minister of Foreign Affairs",
        ),
        # negative: a different office later does not replace the first
        (
            "President Rina Sari spoke. Later, party leader Rina Sari left.",
            "Rina Sari",
            "President",
        ),
    ],
)
def test_fuller_office(text: str, name: str, role: str) -> None:
    assert roles(text, PUBLISHED)[name] == role
