"""Meetings, round 25: calls told as "spoke to X", "called to congratulate X", "a phone discussion",
"a telephonic conversation"; a traveller's stay told as "is in X on a visit" or "landed in X"."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.meetingactors import ActorIndex, countries_of_place
from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 5, 1)


_PAIR = {"Tom Lind", "Ana Ruiz"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prime Minister Tom Lind spoke to President Ana Ruiz this evening.", [("call", _PAIR)]),
        ("Prime Minister Tom Lind spoke to the President of Chile, Ana Ruiz, on Monday.", [("call", _PAIR)]),
        ("US President Tom Lind spoke on Friday to Crown Prince Ana Ruiz about oil.", [("call", _PAIR)]),
        (
            "President Tom Lind spoke to Crown Prince Ana Ruiz over the phone after the strikes.",
            [("call", _PAIR)],
        ),
        ("The first was when Ana Ruiz called to congratulate Tom Lind upon his election.", [("call", _PAIR)]),
        ("President Ana Ruiz called to thank Prime Minister Tom Lind for his support.", [("call", _PAIR)]),
        (
            "Tom Lind said he had a phone discussion on Saturday night with President Ana Ruiz over the clashes.",
            [("call", _PAIR)],
        ),
        (
            "Foreign Minister Tom Lind held a telephonic conversation with Foreign Minister Ana Ruiz on Monday.",
            [("call", _PAIR)],
        ),
        (
            "Foreign Minister Tom Lind held telephonic talks with Foreign Minister Ana Ruiz.",
            [("call", _PAIR)],
        ),
        # near misses: an interview, reporters, a chair calling a session to order
        ("Prime Minister Tom Lind spoke to Reuters on Monday about President Ana Ruiz.", []),
        ("Prime Minister Tom Lind spoke to CNN's Ana Ruiz on Monday.", []),
        ("Prime Minister Tom Lind spoke to reporters after the dinner with Ana Ruiz's aides.", []),
        ("President Ana Ruiz called to order the session before Tom Lind spoke.", []),
    ],
)
def test_calls(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PM Tom Lind is in China on his maiden visit with a large delegation.", [("visit", "China")]),
        ("President Tom Lind was in Oslo last week on an official visit.", [("visit", "Oslo")]),
        (
            "Foreign Minister Tom Lind is currently in Chile for a three-day working visit.",
            [("visit", "Chile")],
        ),
        ("President Tom Lind landed in Tashkent on Monday for an official visit.", [("visit", "Tashkent")]),
        ("The Kyrgyz leader Tom Lind today landed in Tashkent.", [("visit", "Tashkent")]),
        # near misses: "in" not a stay, a landing with no place, a stay with no visit
        ("Tom Lind said interest in China was high during his visit.", []),
        ("Tom Lind landed in trouble with his party.", []),
        ("President Tom Lind is in China with his family.", []),
    ],
)
def test_stay_on_a_visit(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location") == expected


def test_district_letters() -> None:
    from briefing_tui.extract.meetingactors import without_district

    assert without_district("Washington DC") == "Washington"
    assert without_district("Washington, D.C.") == "Washington"
    assert without_district("Dhaka") == "Dhaka"


def test_stay_in_the_country_and_arrival_in_its_capital_are_one_visit() -> None:
    text = (
        "President Tom Lind is currently in the United States on an official working visit. "
        "He arrived in Washington DC on Sunday ahead of his meeting with President Ana Ruiz on Monday."
    )
    kinds = [k for k, _ in meetings_of(text, PUBLISHED, "kind", "participants")]
    assert kinds == ["visit", "meeting"]
    doc = build_document(text, PUBLISHED)
    actors = ActorIndex(doc)
    assert doc.entities[countries_of_place(actors, "Washington, D.C.")[0]].name == "United States"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Tom Lind paid a courtesy call to Sultan Ana Ruiz here on Saturday.",
            [("meeting", _PAIR)],
        ),
        ("Prime Minister Tom Lind will pay a courtesy call to President Ana Ruiz.", [("meeting", _PAIR)]),
        ("Tom Lind and Ana Ruiz last met one-on-one in June.", [("meeting", _PAIR)]),
        ("President Tom Lind and President Ana Ruiz met bilaterally on Monday.", [("meeting", _PAIR)]),
        (
            "At their bilateral meeting, President Tom Lind and President Ana Ruiz praised the progress.",
            [("meeting", _PAIR)],
        ),
        (
            "During the first meeting, President Tom Lind and President Ana Ruiz signed deals.",
            [("meeting", _PAIR)],
        ),
        # near misses: a call paid to a body, a qualified meeting of a council (the noun's own reading)
        ("Prime Minister Tom Lind paid a call to the Ministry of Finance on Saturday.", []),
        (
            "On Monday Tom Lind will take part in an official meeting of the Lima Group.",
            [("meeting", {"Tom Lind", "Lima Group"})],
        ),
    ],
)
def test_courtesy_calls_and_qualified_meetings(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


_LIND_RUIZ = {"Tom Lind", "Ana Ruiz"}
_LIND_MOOR = {"Tom Lind", "Lia Moor"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Tom Lind will call on Prime Minister Ana Ruiz, and meet his counterpart Lia Moor.",
            [("meeting", _LIND_RUIZ), ("meeting", _LIND_MOOR)],
        ),
        (
            "Foreign Minister Tom Lind called on Prime Minister Ana Ruiz and met Foreign Minister Lia Moor.",
            [("meeting", _LIND_RUIZ), ("meeting", _LIND_MOOR)],
        ),
        (
            "Minister Tom Lind received Prime Minister Ana Ruiz and will also meet Foreign Minister Lia Moor.",
            [("meeting", _LIND_RUIZ), ("meeting", _LIND_MOOR)],
        ),
        (
            "Minister Tom Lind called on President Ana Ruiz and later held talks with Minister Lia Moor.",
            [("meeting", _LIND_RUIZ), ("talks", _LIND_MOOR)],
        ),
        (
            "Tom Lind will also meet with the Chief Negotiator, Ana Ruiz, and with the Chair of the Board, Lia Moor.",
            [("meeting", _LIND_RUIZ), ("meeting", _LIND_MOOR)],
        ),
        (
            "Tom Lind met with President Ana Ruiz and later with Prime Minister Lia Moor.",
            [("meeting", _LIND_RUIZ), ("meeting", _LIND_MOOR)],
        ),
        # near misses: two subjects meeting one guest, one "with" before a list, one clause reported
        (
            "Foreign Minister Tom Lind and Prime Minister Ana Ruiz will meet Foreign Minister Lia Moor.",
            [("meeting", {"Tom Lind", "Ana Ruiz", "Lia Moor"})],
        ),
        (
            "Tom Lind met with President Ana Ruiz and Prime Minister Lia Moor.",
            [("meeting", {"Tom Lind", "Ana Ruiz", "Lia Moor"})],
        ),
        ("Tom Lind said Ana Ruiz and Lia Moor met on Monday.", [("meeting", {"Ana Ruiz", "Lia Moor"})]),
    ],
)
def test_second_sitting_of_the_subject(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister Tom Lind is due to fly directly to Washington for talks with Secretary Ana Ruiz on Thursday.",
            [("visit", "Washington"), ("talks", "Washington")],
        ),
        (
            "President Tom Lind today paid a short working visit to Mombasa to meet with his counterpart Ana Ruiz.",
            [("visit", "Mombasa"), ("meeting", "Mombasa")],
        ),
        (
            "President Tom Lind will travel to Oslo next week for a meeting with Ana Ruiz.",
            [("visit", "Oslo"), ("meeting", "Oslo")],
        ),
        (
            "During the visit, President Tom Lind will hold a bilateral talk with President Ana Ruiz.",
            [("talks", None)],
        ),
        ("President Tom Lind had a long talk with President Ana Ruiz on Monday.", [("talks", None)]),
        # near misses: a lecture, and a sitting with a place of its own
        ("President Tom Lind gave a talk at the university with Ana Ruiz.", []),
        (
            "President Tom Lind will travel to Norway for talks with Ana Ruiz in Bergen.",
            [("visit", "Norway"), ("talks", "Bergen")],
        ),
    ],
)
def test_sitting_a_trip_is_for(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Tom Lind arrived in Beijing on Monday for a state visit to China.",
            [("visit", "Beijing")],
        ),
        (
            "President Tom Lind began a state visit to China on Monday, arriving in Beijing.",
            [("visit", "Beijing")],
        ),
        (
            "Minister Tom Lind will travel to Russia next week. Lind will be in Moscow for talks with Minister Ana Ruiz.",
            [("visit", "Moscow"), ("talks", "Moscow")],
        ),
        # near misses: two travellers, two cities of one country
        (
            "President Tom Lind will visit Beijing and Minister Ana Ruiz will fly to Lagos.",
            [("visit", "Beijing"), ("visit", "Lagos")],
        ),
    ],
)
def test_city_of_a_country_visited(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Completing the UAE visit, Prime Minister Tom Lind returned home with 137 migrants.",
            [("visit", {"Tom Lind", "United Arab Emirates"})],
        ),
        (
            "Wrapping up a three-day visit to Chile, Prime Minister Tom Lind said ties were strong.",
            [("visit", {"Tom Lind", "Chile"})],
        ),
        (
            "After a visit to Chile, Prime Minister Tom Lind said ties were strong.",
            [("visit", {"Tom Lind", "Chile"})],
        ),
        (
            "The June 8 trip will be Tom Lind's first state visit to France and comes ahead of the NATO summit.",
            [("visit", {"Tom Lind", "France"})],
        ),
        # near misses: a country before the noun with no traveller named after the opening phrase
        ("Tom Lind said the Kenya visit was useful.", []),
        (
            "Saying that his talks with President Ana Ruiz during the Moscow visit were good, he left.",
            [],
        ),
    ],
)
def test_traveller_after_an_opening_phrase(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert [e for e in meetings_of(text, PUBLISHED, "kind", "participants") if e[0] == "visit"] == expected


@pytest.mark.parametrize(
    ("tail", "stops_at"),
    [
        ("France and comes ahead of the NATO summit", "and comes"),
        ("Peru and follows a meeting with the G7", "and follows"),
        ("Peru and came days after the vote", "and came"),
        ("Chile and Peru", None),  # near miss: a list goes on
    ],
)
def test_an_events_own_predicate_ends_its_objects(tail: str, stops_at: str | None) -> None:
    from briefing_tui.extract.meetingcues import OBJECT_STOP

    m = OBJECT_STOP.search(tail)
    assert (tail[m.start() : m.start() + len(stops_at)] if m else None) == stops_at


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The G7 summit in Berlin, from June 26 to 28, will focus on Ukraine.",
            [("summit", {"Group of Seven"})],
        ),
        (
            "The NATO summit opened in Vilnius on Tuesday.",
            [("summit", {"North Atlantic Treaty Organization"})],
        ),
        # near misses: a body that is no modifier of the gathering; a gathering whose parties are named
        ("The summit in Berlin will focus on Ukraine, NATO said.", []),
        (
            "The Red Cross meeting between President Tom Lind and President Ana Ruiz went well.",
            [("meeting", {"Tom Lind", "Ana Ruiz"})],
        ),
    ],
)
def test_sentence_opening_with_a_bodys_gathering(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It comes ahead of a meeting of the North-South Ministerial Council in Armagh on Friday.",
            [("meeting", {"North-South Ministerial Council"})],
        ),
        (
            "He will attend a meeting of AMISOM troop-contributing countries, to be held in Kampala on 2 June 2024.",
            [("meeting", {"AMISOM"})],
        ),
        (
            "The deal was signed during the 11th meeting of the Joint Cooperation Committee held on April 27, 2024.",
            [("meeting", {"Joint Cooperation Committee"})],
        ),
        # near misses: a body's meeting with neither day nor place, a past one told by its month only
        ("The deal was signed during a meeting of the Joint Cooperation Committee.", []),
        ("The deal was signed during a meeting of the Joint Cooperation Committee in March.", []),
        ("There was a meeting of the Joint Cooperation Committee on April 27, 2024.", []),
    ],
)
def test_a_bodys_own_sitting(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected
