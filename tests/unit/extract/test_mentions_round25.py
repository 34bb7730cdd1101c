"""Mentions, round 25: the events of a state visit and works named like people are no persons;
the Élysée is the French presidency, like the Kremlin."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import people

PUBLISHED = date(2024, 3, 5)


def _entities(text: str) -> dict[str, tuple[str, str | None]]:
    doc = build_document(text, PUBLISHED)
    return {e.name: (e.kind, e.affiliation) for e in doc.entities}


def _persons(text: str) -> set[str]:
    return {n for n, (k, _) in _entities(text).items() if k == "person"}


@pytest.mark.parametrize(
    "text",
    [
        "The king will attend the Royal Banquet at the palace tonight.",
        "Guests gathered for the State Luncheon in the capital.",
        "A Welcome Ceremony was held at the airport.",
        "The leaders discussed the Nord Stream pipeline.",
        "Officials toured the Druzhba Pipeline on Monday.",
        "The delegation visited Cape Coast Citadel on Friday.",
    ],
)
def test_an_event_or_a_work_is_no_person(text: str) -> None:
    assert _persons(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a person beside such a word
        ("Ceremony host John Banks welcomed the guests.", "John Banks"),
        ("President Ana Lima hosted a banquet for the visitors.", "Ana Lima"),
    ],
)
def test_a_person_beside_such_a_word_stays(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two presidents will discuss aid, the Elysée said in a statement.",
        "The Élysée Palace confirmed the visit on Monday.",
        "A spokesman for the Elysee said the talks went well.",
    ],
)
def test_the_elysee_is_the_french_presidency(text: str) -> None:
    entities = _entities(text)
    assert _persons(text) == set()
    assert ("organization", "France") in entities.values()


@pytest.mark.parametrize(
    "text",
    [
        "PM Reaffirms Commitment To A Unified Bloc\n\nThe Prime Minister spoke in Kingston on Monday.",
        "Foreign Affairs Minister Holds Bilateral Talks With Traders\n\nThe minister met traders in Abuja.",
        "President Pledges Support For The Farmers\n\nThe president spoke on Friday.",
    ],
)
def test_a_start_case_headline_names_no_one(text: str) -> None:
    assert _persons(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a real name in such a headline, and a line that is a sentence
        ("Ruto To Meet President Joe Biden At The White House\n\nRuto flew to meet Joe Biden.", "Joe Biden"),
        ("Minister Ana Lima Visits The Port.\n\nShe spoke.", "Ana Lima"),
    ],
)
def test_a_name_in_a_start_case_headline_stays(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "He met the president of the ECOWAS Commission, Omar Toure, in Abuja.",
            "Omar Toure",
            "president of the ECOWAS Commission",
        ),
        (
            "She met the head of the African Union Commission, Musa Fadi, in Addis Ababa.",
            "Musa Fadi",
            "head of the African Union Commission",
        ),
        (
            "They met the chairman of the NATO Military Committee, Rob Bauer, in Brussels.",
            "Rob Bauer",
            "chairman of the NATO Military Committee",
        ),
        # near miss: a known body with no organ after it
        (
            "He met the secretary general of NATO, Mark Rutte, in Brussels.",
            "Mark Rutte",
            "secretary general of NATO",
        ),
    ],
)
def test_a_lowercase_office_keeps_the_organ_of_its_body(text: str, name: str, role: str) -> None:
    assert people(text, PUBLISHED)[name][0] == role
