"""Meetings between named parties, round 33: general patterns of news writing found missed on unseen
articles.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 3, 15)  # a Friday


# -- a guest called "visiting": on a visit to the land of the other side named with them ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a sitting with the visitor: the visit to the host's land, where the sitting was
            "Finnish Foreign Minister Aino Virtanen held talks with visiting Chilean Foreign Minister "
            "Pablo Rojas in Helsinki on Tuesday.",
            ("visit", "past", frozenset({"Pablo Rojas", "Finland"}), "Helsinki"),
        ),
        (
            # no sitting in the sentence: the only other side named is the host's
            "President Maria Lund of Norway on Thursday conveyed to visiting Kenyan Foreign Minister "
            "James Otieno Norway's wish for closer trade ties.",
            ("visit", "past", frozenset({"James Otieno", "Norway"}), None),
        ),
        (
            "Portuguese Prime Minister Rui Costa and visiting Brazilian Trade Minister Lucas Almeida "
            "signed two accords on Monday.",
            ("visit", "past", frozenset({"Lucas Almeida", "Portugal"}), None),
        ),
    ],
)
def test_visiting_guest(text: str, expected: tuple) -> None:
    found = meetings_of(text, PUBLISHED, "kind", "status", "participants", "location")
    assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        # the verb: the one visited is no visitor
        "While visiting Portuguese Prime Minister Rui Costa, Brazilian Trade Minister Lucas Almeida "
        "signed two accords.",
        # a resident envoy lives in the land of the post
        "Finnish Foreign Minister Aino Virtanen met visiting Chilean Ambassador Pablo Rojas in Helsinki.",
        # nobody of another side named with the guest
        "Visiting Chilean Foreign Minister Pablo Rojas said the accord would be signed soon.",
    ],
)
def test_visiting_guest_near_misses(text: str) -> None:
    assert not [m for m in meetings_of(text, PUBLISHED, "kind", "participants") if m[0] == "visit"]


def test_visiting_guest_trip_told_is_not_repeated() -> None:
    text = (
        "Chilean Foreign Minister Pablo Rojas arrived in Helsinki on Monday for a two-day visit to Finland. "
        "Finnish Foreign Minister Aino Virtanen held talks with visiting Chilean Foreign Minister "
        "Pablo Rojas on Tuesday."
    )
    visits = [m for m in meetings_of(text, PUBLISHED, "kind", "participants") if m[0] == "visit"]
    assert len(visits) == 1


# -- an event given up: "cancelled a visit", "called off the talks" is no event at all ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prime Minister Tom Lind has cancelled a visit to Chile this weekend after a fall.", []),
        ("President Ana Ruiz abruptly cancelled a planned visit to Washington this week.", []),
        ("President Ana Ruiz called off her trip to Brazil on Tuesday.", []),
        ("President Ana Ruiz cancelled her meeting with Prime Minister Tom Lind.", []),
        ("President Ana Ruiz called off her meeting with Prime Minister Tom Lind.", []),
        # near misses: a postponed visit is still to come; a cancelled rally is not the meeting
        (
            "President Ana Ruiz postponed a visit to Brazil planned for Friday.",
            [("visit", frozenset({"Ana Ruiz", "Brazil"}))],
        ),
        (
            "President Ana Ruiz met Prime Minister Tom Lind after she cancelled a rally.",
            [("meeting", frozenset({"Ana Ruiz", "Tom Lind"}))],
        ),
    ],
)
def test_cancelled_event(text: str, expected: list[tuple]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


# -- a visit named with no place, of a traveller whose trip is told nowhere else ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the one other country the sentence names
            "Peru and Norway signed four accords during Peruvian President Ana Ruiz's three-day official visit.",
            ("visit", frozenset({"Ana Ruiz", "Norway"})),
        ),
        (
            # the side of the person the traveller meets
            "Chilean Foreign Minister Pablo Rojas, who is on a day-long visit to the island nation, also "
            "met Maltese Foreign Minister Karl Borg.",
            ("visit", frozenset({"Pablo Rojas", "Malta"})),
        ),
        (
            "On May 4, Chilean President Ana Ruiz went to Peru on a two-day official visit.",
            ("visit", frozenset({"Ana Ruiz", "Peru"})),
        ),
    ],
)
def test_lone_visit_named_without_place(text: str, expected: tuple) -> None:
    assert expected in meetings_of(text, PUBLISHED, "kind", "participants")


@pytest.mark.parametrize(
    "text",
    [
        # "his visit": whose, a pronoun may not tell
        "Spokesman Karl Borg of Malta said his visit to the island nation showed close ties with Peru.",
        # two other sides: where the traveller went is not told
        "Peru, Chile and Norway hailed Peruvian President Ana Ruiz's three-day official visit.",
        # a resident envoy
        "Peru and Norway signed four accords during Peruvian Ambassador Ana Ruiz's three-day official visit.",
    ],
)
def test_lone_visit_near_misses(text: str) -> None:
    assert not [m for m in meetings_of(text, PUBLISHED, "kind", "participants") if m[0] == "visit"]


def test_lone_visit_of_a_trip_told_is_no_second_visit() -> None:
    text = (
        "Chilean President Ana Ruiz arrived in Lima on Monday. "
        "Peru and Chile signed four accords during President Ana Ruiz's three-day official visit."
    )
    visits = [m for m in meetings_of(text, PUBLISHED, "kind", "participants") if m[0] == "visit"]
    assert visits == [("visit", frozenset({"Ana Ruiz", "Peru"}))]


# -- a stay told by a form of "be": "X is in Vietnam to meet leaders" --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "US Defense Secretary Jim Hart is in Vietnam to meet with leaders on security.",
            [("visit", frozenset({"Jim Hart", "Vietnam"}))],
        ),
        (
            "Tanzanian President Ana Ruiz was in Kenya two weeks ago to mediate between the parties.",
            [("visit", frozenset({"Ana Ruiz", "Kenya"}))],
        ),
        (
            "Chilean Foreign Minister Pablo Rojas was in Lima on Wednesday.",
            [("visit", frozenset({"Pablo Rojas", "Peru"}))],
        ),
        # near misses: "in talks", "in charge", a country "in Europe", a person at home
        ("Peruvian Trade Minister Ana Ruiz is in charge of the accord.", []),
        ("The minister said Chile is in Europe for the long run.", []),
        ("Peruvian President Ana Ruiz was in Lima on Wednesday.", []),
    ],
)
def test_stay_told_by_be(text: str, expected: list[tuple]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


# -- "the two ministers will discuss ...": talks of the pair just named -----------------------------------


_INVITED = (
    "Rwandan Foreign Minister Vincent Moro arrived in Harare at the invitation of Zimbabwean Foreign "
    "Minister Frank Shumba. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _INVITED + "A spokesman said the two ministers will discuss trade and security.",
            ("talks", "upcoming", frozenset({"Vincent Moro", "Frank Shumba"})),
        ),
        (
            _INVITED + "The two Foreign Secretaries will review cooperation in health.",
            ("talks", "upcoming", frozenset({"Vincent Moro", "Frank Shumba"})),
        ),
        (
            _INVITED + "Both leaders will also discuss the border.",
            ("talks", "upcoming", frozenset({"Vincent Moro", "Frank Shumba"})),
        ),
    ],
)
def test_the_two_will_discuss(text: str, expected: tuple) -> None:
    assert expected in meetings_of(text, PUBLISHED, "kind", "status", "participants")


@pytest.mark.parametrize(
    "text",
    [
        # no pair of people: countries, a body, a lone speaker
        _INVITED + "The two countries will discuss trade.",
        _INVITED + "The cabinet will discuss trade on Friday.",
        _INVITED + "Shumba said he will review the accord.",
    ],
)
def test_the_two_will_discuss_near_misses(text: str) -> None:
    assert [m for m in meetings_of(text, PUBLISHED, "kind") if m[0] == "talks"] == []


# -- the preposition said again ("..., as well as with C", "..., and with former President C"): one sitting
# with each -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Riga, Finnish Foreign Minister Aino Virtanen held meetings with President Karlis Ozols and "
            "Prime Minister Ilze Kalna, as well as with former President Janis Berzins.",
            [
                frozenset({"Aino Virtanen", "Karlis Ozols"}),
                frozenset({"Aino Virtanen", "Ilze Kalna"}),
                frozenset({"Aino Virtanen", "Janis Berzins"}),
            ],
        ),
        (
            "Finnish Foreign Minister Aino Virtanen met with President Karlis Ozols on Monday, and with "
            "former President Janis Berzins on Tuesday.",
            [frozenset({"Aino Virtanen", "Karlis Ozols"}), frozenset({"Aino Virtanen", "Janis Berzins"})],
        ),
        # near misses: one list, one preposition: a sitting with them all
        (
            "Finnish Foreign Minister Aino Virtanen met President Karlis Ozols and Prime Minister Ilze Kalna.",
            [frozenset({"Aino Virtanen", "Karlis Ozols", "Ilze Kalna"})],
        ),
        (
            "Finnish Foreign Minister Aino Virtanen held talks with President Karlis Ozols as well as "
            "Prime Minister Ilze Kalna.",
            [frozenset({"Aino Virtanen", "Karlis Ozols", "Ilze Kalna"})],
        ),
    ],
)
def test_with_said_again(text: str, expected: list[frozenset[str]]) -> None:
    assert [m[0] for m in meetings_of(text, PUBLISHED, "participants")] == expected
