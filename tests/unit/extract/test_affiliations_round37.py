"""Stage roles, affiliations (round 37): a party's name that is a portfolio ("Minister of
Labour"), formal and territorial state names ("the Commonwealth of The Bahamas", "the Turks and
Caicos Islands"), the members of a delegation a pronoun leads."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names, people, side_of

PUBLISHED = date(2024, 5, 7)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Minister of Labour Rosa Keane opened the new job centre on Monday.",
            "Rosa Keane",
            "Minister of Labour",
        ),
        ("Ivan Drummond, Minister of Labour, visited the plant.", "Ivan Drummond", "Minister of Labour"),
        ("The Secretary of Labor Mara Quist spoke to the union.", "Mara Quist", "Secretary of Labor"),
        (
            "Olu Bakare, Minister for Labour and Employment, met the strikers.",
            "Olu Bakare",
            "Minister for Labour",
        ),
    ],
)
def test_labour_portfolio_is_no_party(text: str, name: str, role: str) -> None:
    got = people(text, PUBLISHED)
    assert got[name][0].startswith(role)
    assert got[name][1] not in ("Labour", "Labor")
    assert "Labour" not in names(text, PUBLISHED, "organization")


@pytest.mark.parametrize(
    ("text", "name", "party"),
    [
        # near misses: the party itself, named as the body of the office or as a label
        ("Labour leader Tom Hale criticised the budget.", "Tom Hale", "Labour"),
        ("Gina Marsh, leader of the Labour Party, criticised the budget.", "Gina Marsh", "Labour"),
        ("Labour's finance spokesman Pat Reilly criticised the budget.", "Pat Reilly", "Labour"),
    ],
)
def test_labour_party_stays_the_party(text: str, name: str, party: str) -> None:
    assert side_of(text, PUBLISHED, name) == party


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Paul Rolle, Prime Minister of the Commonwealth of The Bahamas, opened the session.",
            "Paul Rolle",
            "Bahamas",
        ),
        ("Ebou Ceesay, President of the Republic of The Gambia, arrived in Dakar.", "Ebou Ceesay", "Gambia"),
        (
            "Dana Forbes, Deputy Premier of the Turks and Caicos Islands, closed the session.",
            "Dana Forbes",
            "Turks and Caicos Islands",
        ),
        ("Premier of Bermuda Lewis Trott welcomed the delegates.", "Lewis Trott", "Bermuda"),
        ("Prime Minister of Curacao Ruben Martina signed the accord.", "Ruben Martina", "Curacao"),
        # near misses: the country itself and a people's name stay as they were
        ("Turkish Foreign Minister Emre Kaya met the Turks living abroad.", "Emre Kaya", "Turkey"),
        ("Prime Minister of the Bahamas Paul Rolle spoke first.", "Paul Rolle", "Bahamas"),
    ],
)
def test_formal_and_territorial_names(text: str, name: str, country: str) -> None:
    assert side_of(text, PUBLISHED, name) == country


def test_commonwealth_of_a_state_is_no_commonwealth() -> None:
    text = "Paul Rolle, Prime Minister of the Commonwealth of The Bahamas, opened the session."
    assert "Commonwealth" not in names(text, PUBLISHED, "organization")
    assert names(text, PUBLISHED, "country") == ["Bahamas"]


_VISIT = "Karim Zadran, the foreign minister of Afghanistan, flew to Islamabad on Tuesday. "
_SECOND = "It is the first trip of Karim Zadran to Pakistan this year. "


@pytest.mark.parametrize(
    "third",
    [
        "He is leading a delegation comprising Minister for Finance Hadi Badri and Minister for Trade Nur Aziz.",
        "He leads a delegation that includes Minister for Finance Hadi Badri and Minister for Trade Nur Aziz.",
        "He will head a delegation including Minister for Finance Hadi Badri and Minister for Trade Nur Aziz.",
    ],
)
def test_delegation_led_by_a_pronoun(third: str) -> None:
    text = _VISIT + _SECOND + third
    assert side_of(text, PUBLISHED, "Hadi Badri") == "Afghanistan"
    assert side_of(text, PUBLISHED, "Nur Aziz") == "Afghanistan"


def test_delegation_received_by_a_pronoun_is_not_led() -> None:
    # near miss: the pronoun receives the delegation; its members are not the subject's
    text = (
        _VISIT + _SECOND + "He received a delegation including Minister for Finance Hadi Badri of Pakistan."
    )
    assert side_of(text, PUBLISHED, "Hadi Badri") == "Pakistan"
