"""Meetings between named parties, round 34: general patterns of news writing found missed on unseen
articles.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 3, 15)  # a Friday


# -- a joint press conference: an event of its own, held by those who face reporters --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the opening phrase names the event, the main clause's subject its parties
            "In a televised press conference, President Ana Ruiz and President Pedro Salas said they "
            "had agreed to open the border.",
            ("conference", frozenset({"Ana Ruiz", "Pedro Salas"})),
        ),
        (
            # one party after "with" inside the phrase, the other opening the main clause
            "At a joint news conference with Chancellor Klara Weiss, Prime Minister Tomas Varga said the "
            "pipeline would be finished next year.",
            ("conference", frozenset({"Klara Weiss", "Tomas Varga"})),
        ),
        (
            "Speaking at a joint press conference with President Ana Ruiz, President Pedro Salas said the "
            "talks had gone well.",
            ("conference", frozenset({"Ana Ruiz", "Pedro Salas"})),
        ),
    ],
)
def test_press_conference_opening_phrase(text: str, expected: tuple) -> None:
    assert expected in meetings_of(text, PUBLISHED, "kind", "participants")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # talks, then a press conference: two events of the two leaders
            "Chancellor Klara Weiss and Prime Minister Tomas Varga will hold talks on Monday and "
            "later address a joint press conference.",
            {"talks", "conference"},
        ),
        (
            "Chancellor Klara Weiss will welcome Prime Minister Tomas Varga with military honours and hold a "
            "joint press conference with him.",
            {"meeting", "conference"},
        ),
        (
            # "the two": the conference is held by the sitting's two parties
            "Chancellor Klara Weiss met Prime Minister Tomas Varga in Berlin on Tuesday and the two later "
            "held a joint press conference.",
            {"meeting", "conference"},
        ),
    ],
)
def test_press_conference_apart_from_sitting(text: str, expected: set) -> None:
    found = meetings_of(text, PUBLISHED, "kind", "participants")
    assert {kind for kind, _ in found} == expected
    assert all(parties == {"Klara Weiss", "Tomas Varga"} for _, parties in found)


def test_sitting_takes_the_press_conference_day() -> None:
    text = (
        "President Ana Ruiz and President Pedro Salas held a news conference on Wednesday in Lima after a "
        "closed-door meeting."
    )
    found = meetings_of(text, PUBLISHED, "kind", "start")
    assert ("meeting", "2024-03-13") in found
    assert ("conference", "2024-03-13") in found


@pytest.mark.parametrize(
    "text",
    [
        # one speaker before reporters: no joint event
        "At a press conference on Friday, President Pedro Salas said prices would fall.",
        "At a joint press conference on Friday, President Pedro Salas said prices would fall.",
        # told a press conference after a meeting: the meeting only
        "Chancellor Klara Weiss met Prime Minister Tomas Varga in Berlin and later told a press conference "
        "that ties were strong.",
    ],
)
def test_press_conference_near_misses(text: str) -> None:
    assert not [m for m in meetings_of(text, PUBLISHED, "kind") if m[0] == "conference"]


def test_headline_place_ends_before_capitalised_and() -> None:
    found = meetings_of("President Pedro Salas Visits Peru And Meets With Ana Ruiz", PUBLISHED, "location")
    assert ("Peru",) in found


# -- an unnamed description as the subject: the one whose sitting was just told -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chilean Foreign Minister Pablo Rojas held talks with Peruvian Foreign Minister Luis Soto on "
            "Tuesday. The Andean diplomat also met with Ana Ruiz, Minister of Trade of Bolivia.",
            frozenset({"Pablo Rojas", "Ana Ruiz"}),
        ),
        (
            # an acronym for the office, after an opening phrase
            "Cabinet Secretary (CS) Rose Wanjiru met the Dutch envoy Pieter Smit on Tuesday. Later in the "
            "day, the CS met with the Ghanaian Ambassador Kofi Mensah.",
            frozenset({"Rose Wanjiru", "Kofi Mensah"}),
        ),
        (
            "Foreign Minister Pablo Rojas met President Ana Ruiz in Lima on Monday. The visiting minister "
            "then held a meeting with Trade Minister Luis Soto.",
            frozenset({"Pablo Rojas", "Luis Soto"}),
        ),
    ],
)
def test_described_subject_is_the_one_just_told(text: str, expected: frozenset) -> None:
    assert expected in [p for (p,) in meetings_of(text, PUBLISHED, "participants")]


@pytest.mark.parametrize(
    "text",
    [
        # a plural or a body: not the one person
        "Chilean Foreign Minister Pablo Rojas held talks with Peruvian Foreign Minister Luis Soto on "
        "Tuesday. The two countries also held talks with Bolivian President Ana Ruiz.",
        "Chilean Foreign Minister Pablo Rojas held talks with Peruvian Foreign Minister Luis Soto on "
        "Tuesday. The ministry also met with Bolivian President Ana Ruiz.",
        # the sitting told too far back: whose description it is is unclear
        "Chilean Foreign Minister Pablo Rojas held talks with Peruvian Foreign Minister Luis Soto on "
        "Tuesday. Trade rose by a tenth last year. Copper led the rise. Prices fell in May. "
        "The Andean diplomat also met with Bolivian President Ana Ruiz.",
    ],
)
def test_described_subject_near_misses(text: str) -> None:
    assert frozenset({"Pablo Rojas", "Ana Ruiz"}) not in [
        p for (p,) in meetings_of(text, PUBLISHED, "participants")
    ]


# -- plain going: "went to Oman", "is going to Russia" --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Tomas Varga went to Oman in October.",
            ("visit", frozenset({"Tomas Varga", "Oman"}), "Oman"),
        ),
        (
            "Kenyan Foreign Minister Ana Ruiz is going to Russia on Monday for talks on gas supplies.",
            ("visit", frozenset({"Ana Ruiz", "Russia"}), "Russia"),
        ),
        (
            "President Pedro Salas will go to Kenya next week for talks on trade.",
            ("visit", frozenset({"Pedro Salas", "Kenya"}), "Kenya"),
        ),
    ],
)
def test_plain_going_to_a_place(text: str, expected: tuple) -> None:
    assert expected in meetings_of(text, PUBLISHED, "kind", "participants", "location")


@pytest.mark.parametrize(
    "text",
    [
        "The contract went to Chile's largest builder.",
        "The first prize went to Norway.",
        "The case went to the Supreme Court in May.",
        "President Ana Ruiz went to the polls on Sunday.",
        "Prime Minister Tomas Varga will not be going to China after a fall.",
    ],
)
def test_plain_going_near_misses(text: str) -> None:
    assert not [m for m in meetings_of(text, PUBLISHED, "kind") if m[0] == "visit"]


# -- a list of sittings in a second predicate: held by the clause's subject, not the one met first -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Ana Ruiz met President Tomas Varga in Lima and later held separate meetings with "
            "Trade Minister Pedro Salas and Finance Minister Luis Soto.",
            {frozenset({"Ana Ruiz", "Pedro Salas"}), frozenset({"Ana Ruiz", "Luis Soto"})},
        ),
        (
            "During the visit, Prime Minister Ana Ruiz will meet President Tomas Varga in Quito and will also "
            "have bilateral meetings with Premier Pedro Salas and Speaker Luis Soto.",
            {frozenset({"Ana Ruiz", "Pedro Salas"}), frozenset({"Ana Ruiz", "Luis Soto"})},
        ),
    ],
)
def test_meetings_list_in_second_predicate(text: str, expected: set) -> None:
    found = {p for (p,) in meetings_of(text, PUBLISHED, "participants")}
    assert expected <= found
    assert not any("Tomas Varga" in p and len(p) == 2 and "Ana Ruiz" not in p for p in found)


def test_meetings_list_with_two_subjects_keeps_both() -> None:
    text = (
        "Prime Minister Ana Ruiz and President Tomas Varga arrived in Lima and held separate meetings with "
        "Trade Minister Pedro Salas and Finance Minister Luis Soto."
    )
    found = {p for (p,) in meetings_of(text, PUBLISHED, "participants")}
    assert frozenset({"Ana Ruiz", "Tomas Varga", "Pedro Salas"}) in found
