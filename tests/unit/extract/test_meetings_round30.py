"""Meetings, round 30: sides told by their unnamed office holders ("Chilean and Peruvian foreign
ministers met", "the presidents of A and B will meet") are read as both sides, and each side is the one
person of the article who holds that office."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.meetingmerge import _places_agree
from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2023, 10, 16)

_CAST = (
    "Chilean Foreign Minister Rosa Vidal arrived on Sunday. "
    "Peruvian Foreign Minister Tomas Orrego also came. "
    "Chilean President Mario Lagos and Peruvian President Ines Canto stayed home. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both sides of a list before the people: each side's holder of the office
        (
            "The Chilean and Peruvian foreign ministers met in Quito on Monday.",
            [("meeting", ["Rosa Vidal", "Tomas Orrego"])],
        ),
        (
            "Chilean and Peruvian foreign ministers held talks on Monday.",
            [("talks", ["Rosa Vidal", "Tomas Orrego"])],
        ),
        (
            "The foreign ministers of Chile and Peru held talks on Monday.",
            [("talks", ["Rosa Vidal", "Tomas Orrego"])],
        ),
        (
            "A meeting between the Chilean and Peruvian foreign ministers took place on Monday.",
            [("meeting", ["Rosa Vidal", "Tomas Orrego"])],
        ),
        (
            "The presidents of Chile and Peru will meet on Friday.",
            [("meeting", ["Ines Canto", "Mario Lagos"])],
        ),
        # near misses: an office the text does not qualify (which minister?), and an office the
        # article names no holder of, keep the sides
        (
            "The ministers of Chile and Peru will meet on Friday.",
            [("meeting", ["Chile", "Peru"])],
        ),
        (
            "The Chilean and Peruvian defence ministers met in Quito on Monday.",
            [("meeting", ["Chile", "Peru"])],
        ),
    ],
)
def test_sides_told_by_their_office_holders(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert meetings_of(_CAST + text, PUBLISHED, "kind", "participants", parties=sorted)[-1:] == expected


def test_unnamed_holders_keep_their_sides() -> None:
    # no one named holds the office: the two sides, both of them (the first was lost before)
    assert meetings_of(
        "The Chilean and Peruvian prime ministers met in Quito in April.",
        PUBLISHED,
        "kind",
        "participants",
        parties=sorted,
    ) == [("meeting", ["Chile", "Peru"])]


def test_a_second_holder_of_the_office_keeps_the_side() -> None:
    # two Chilean foreign ministers (a former one too): which one met is not said
    text = (
        "Chilean Foreign Minister Rosa Vidal arrived on Sunday. Peruvian Foreign Minister Tomas Orrego "
        "also came. Former Chilean Foreign Minister Luis Soto watched. "
        "The Chilean and Peruvian foreign ministers met in Quito on Monday."
    )
    assert meetings_of(text, PUBLISHED, "kind", "participants", parties=sorted)[-1:] == [
        ("meeting", ["Chile", "Tomas Orrego"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a side named alone before the people, not coordinated with another: no list of sides
        "Chilean foreign ministers met in Quito on Monday.",
        # a ministry's spokesman is no minister
        "Chile and Peru held talks on Monday, a foreign ministry spokesman said.",
    ],
)
def test_no_holder_without_a_list_or_office(text: str) -> None:
    for _kind, names in meetings_of(_CAST + text, PUBLISHED, "kind", "participants", parties=sorted):
        assert "Rosa Vidal" not in names or "Tomas Orrego" not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit "to" a person titled elsewhere in the article: the person visited, no place; one visit
        (
            "Kenyan President Lina Moss on Monday paid a visit to Ugandan President Paul Oketch at the "
            "State House in Kampala. Oketch thanked Moss. Pictures from Moss's visit to Oketch:",
            [("visit", ["Lina Moss", "Paul Oketch"], "State House, Kampala")],
        ),
        # near miss: a visit to a place keeps its place (another visit: one day's call and a trip)
        (
            "Kenyan President Lina Moss on Monday paid a visit to Ugandan President Paul Oketch. "
            "Pictures from Moss's visit to Kampala:",
            [("visit", ["Lina Moss", "Paul Oketch"], None), ("visit", ["Lina Moss", "Uganda"], "Kampala")],
        ),
    ],
)
def test_visit_to_a_titled_person_is_no_place(
    text: str, expected: list[tuple[str, list[str], str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location", parties=sorted) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a guest received by a host, with where between the verb and "by"
        (
            "Peruvian President Ines Canto was received at the airport by Chilean Foreign Minister Rosa Vidal.",
            [("meeting", ["Ines Canto", "Rosa Vidal"])],
        ),
        (
            "Peruvian President Ines Canto was received on Friday at the palace in the Chilean capital, "
            "Santiago, by her counterpart Mario Lagos.",
            [("meeting", ["Ines Canto", "Mario Lagos"])],
        ),
        # near misses: no host named after "by"; a thing received
        ("Peruvian President Ines Canto was received at the airport with full honours.", []),
        ("Peruvian President Ines Canto was received at the airport by a crowd of students.", []),
    ],
)
def test_received_at_a_place_by_a_host(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", parties=sorted) == expected


def test_sides_that_began_talks() -> None:
    # "began", like "held", follows the subject: the sides before it are the parties
    assert meetings_of(
        _CAST + "The foreign ministers of Chile and Peru began talks on Monday.",
        PUBLISHED,
        "kind",
        "participants",
        parties=sorted,
    )[-1:] == [("talks", ["Rosa Vidal", "Tomas Orrego"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside that opens the object list: the names after it are met
        (
            "Polish President Lena Nowak met with, among others, the Latvian President Karl Berzins.",
            [("meeting", ["Karl Berzins", "Lena Nowak"])],
        ),
        (
            "Polish President Lena Nowak met, in particular, Latvian President Karl Berzins and Speaker Ilze Ozola.",
            [("meeting", ["Ilze Ozola", "Karl Berzins", "Lena Nowak"])],
        ),
        # near miss: a lower-case clause after the comma still ends the list
        (
            "Polish President Lena Nowak met Speaker Ilze Ozola on Tuesday, aides to Latvian President "
            "Karl Berzins said.",
            [("meeting", ["Ilze Ozola", "Lena Nowak"])],
        ),
    ],
)
def test_aside_opening_the_objects(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", parties=sorted) == expected


def test_sides_told_by_countries_and_by_people_in_one_place() -> None:
    # "in U.S." (its last dot the headline's end) and "in the United States": one place, one sitting
    text = (
        "Vidal and Orrego to hold talks in U.S.\n\n"
        "Chilean Foreign Minister Rosa Vidal and Peruvian Foreign Minister Tomas Orrego are expected to hold "
        "talks.\n\n"
        "Santiago and Lima are coordinating Chile-Peru talks which are to take place in the United States."
    )
    assert meetings_of(text, PUBLISHED, "kind", "participants", parties=sorted) == [
        ("talks", ["Rosa Vidal", "Tomas Orrego"])
    ]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("U.S", "United States", True),
        ("U.K", "United Kingdom", True),
        ("U.S.", "United States", True),
        # near misses: another country; a dotless name the lexicon does not know
        ("U.S", "Canada", False),
        ("St", "Saint Lucia", False),
    ],
)
def test_places_agree_on_a_country_whose_last_dot_was_taken(a: str, b: str, expected: bool) -> None:
    assert _places_agree(a, b) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a greeting posted online receives no one
        ("Chilean President Mario Lagos greeted Peruvian President Ines Canto on Twitter.", []),
        ("Chilean President Mario Lagos welcomed Peruvian President Ines Canto via social media.", []),
        ("Chilean President Mario Lagos took to Facebook to greet Peruvian President Ines Canto.", []),
        # near misses: a greeting in person; the platform is where it was said, after the clause
        (
            "Chilean President Mario Lagos greeted Peruvian President Ines Canto at the airport.",
            [("meeting", ["Ines Canto", "Mario Lagos"])],
        ),
        (
            "Chilean President Mario Lagos welcomed Peruvian President Ines Canto on Monday, his office "
            "said on Twitter.",
            [("meeting", ["Ines Canto", "Mario Lagos"])],
        ),
    ],
)
def test_greeting_posted_online(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", parties=sorted) == expected
