"""Meetings between named parties, round 35: general patterns of news writing found missed on unseen
articles.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 3, 15)  # a Friday


# -- "a meeting was held ... between A and B": the passive names both parties after "between" -------------


@pytest.mark.parametrize(
    "text",
    [
        "A meeting was held between Foreign Minister Clara Holm and Foreign Minister Jonas Berg.",
        "A meeting was held on Wednesday in Oslo between Foreign Minister Clara Holm and her Danish "
        "counterpart Jonas Berg.",
        "A working meeting was held that morning between Foreign Minister Clara Holm and Foreign Minister "
        "Jonas Berg.",
        "The meeting will be held at the ministry between Foreign Minister Clara Holm and Foreign Minister "
        "Jonas Berg.",
    ],
)
def test_meeting_held_between(text: str) -> None:
    assert ("meeting", frozenset({"Clara Holm", "Jonas Berg"})) in meetings_of(
        text, PUBLISHED, "kind", "participants"
    )


@pytest.mark.parametrize(
    "text",
    [
        # "between" tells what the sitting was about, not who sat
        "The meeting was held to improve relations between Norway and Denmark, Foreign Minister Clara Holm "
        "said.",
        "The meeting was held in Oslo, and trade between Norway and Denmark was discussed, Clara Holm said.",
    ],
)
def test_meeting_held_between_near_misses(text: str) -> None:
    parties = meetings_of(text, PUBLISHED, "participants")
    assert (frozenset({"Norway", "Denmark"}),) not in parties


# -- "will meet next Monday with X": a day named by "next" between the verb and its object --------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("President Ana Ruiz will meet next Monday with President Pedro Salas.", "2024-03-18"),
        (
            "President Ana Ruiz will meet next Monday in Lima with her Chilean counterpart, Pedro Salas.",
            "2024-03-18",
        ),
        ("President Ana Ruiz will meet next week with President Pedro Salas.", None),
    ],
)
def test_meet_next_day_with(text: str, start: str | None) -> None:
    assert ("meeting", frozenset({"Ana Ruiz", "Pedro Salas"}), start) in meetings_of(
        text, PUBLISHED, "kind", "participants", "start"
    )


def test_meet_next_year_target_is_no_meeting() -> None:
    # "next" before anything but a day, week or month: the verb's object is a goal, not a time
    assert (
        meetings_of("The ministry will meet next year's target, President Ana Ruiz said.", PUBLISHED, "kind")
        == []
    )


# -- other words for a sitting: deliberations, a sit-down, an exchange of views ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, President Ana Ruiz held one-on-one deliberations with President Pedro Salas.",
        "President Ana Ruiz had a long sit-down with President Pedro Salas in the capital.",
        "President Ana Ruiz held a candid exchange of views with President Pedro Salas.",
        "President Ana Ruiz also held a cordial exchange with President Pedro Salas.",
        "President Ana Ruiz spoke to reporters after her sit-down with President Pedro Salas.",
    ],
)
def test_other_words_for_a_sitting(text: str) -> None:
    assert ("meeting", frozenset({"Ana Ruiz", "Pedro Salas"})) in meetings_of(
        text, PUBLISHED, "kind", "participants"
    )


@pytest.mark.parametrize(
    "text",
    [
        # the body's deliberations, a swap of prisoners, deliberations told without "with": no sitting of two
        "President Ana Ruiz praised the deliberations of the council and thanked Pedro Salas.",
        "President Ana Ruiz had an exchange of prisoners with the rebels, Pedro Salas said.",
        "President Ana Ruiz said the deliberations had gone well, Pedro Salas said.",
    ],
)
def test_other_words_for_a_sitting_near_misses(text: str) -> None:
    assert ("meeting", frozenset({"Ana Ruiz", "Pedro Salas"})) not in meetings_of(
        text, PUBLISHED, "kind", "participants"
    )


# -- "is due in <place>": a visitor awaited there, as "is expected in <place>" ------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Foreign Minister Clara Holm is due in Lima on Monday for a one-day program.", "upcoming"),
        ("President Ana Ruiz is also due in Lima next week.", "upcoming"),
        ("President Ana Ruiz is due in Lima.", "upcoming"),
    ],
)
def test_due_in_place_is_a_trip(text: str, status: str) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location", "status") == [("visit", "Lima", status)]


@pytest.mark.parametrize(
    "text",
    [
        # a month, a court hearing, a thing owed: no one travels
        "Foreign Minister Clara Holm is due in March to sign the accord.",
        "Foreign Minister Clara Holm is due in Court on Monday.",
        "The report of Foreign Minister Clara Holm is due in June.",
    ],
)
def test_due_in_near_misses(text: str) -> None:
    assert meetings_of(text, PUBLISHED, "kind") == []


# -- "his India visit", "X's Peru visit": the land named before the visit noun, after the traveller's possessive


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Ruiz began her Peru visit on Monday.",
        "President Ana Ruiz was welcomed with military honours for her first official Peru visit.",
        "President Ana Ruiz's Peru visit began on Monday.",
        "President Ana Ruiz's three-day Peru visit ended on Wednesday.",
    ],
)
def test_land_before_visit_noun(text: str) -> None:
    assert any(
        kind == "visit" and parties == frozenset({"Ana Ruiz", "Peru"})
        for kind, parties in meetings_of(text, PUBLISHED, "kind", "participants")
    )


@pytest.mark.parametrize(
    "text",
    [
        # no traveller's possessive before the land: a programme, a plan
        "President Ana Ruiz praised the Peru visit programme.",
        "The Peru visit was postponed, officials said.",
        # a capital, not a land: a city's visit may be a stop of a longer trip
        "President Ana Ruiz's Lima visit was short, officials said.",
    ],
)
def test_land_before_visit_noun_near_misses(text: str) -> None:
    assert all(kind != "visit" for (kind,) in meetings_of(text, PUBLISHED, "kind"))
