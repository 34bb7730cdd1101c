"""Meeting attributes, round 30: general rules found on unseen articles (places, days, status)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

PUBLISHED = date(2024, 8, 16)  # a Friday


def _meetings(text: str) -> list[tuple[str, frozenset[str], str | None, str | None, str]]:
    doc = build_document(text, PUBLISHED)
    return [
        (m.kind, frozenset(doc.entities[i].name for i in m.participants), m.location, m.start, m.status)
        for m in doc.meetings
    ]


def _visit_place(text: str) -> str | None:
    return next((place for kind, _, place, _, _ in _meetings(text) if kind == "visit"), None)


@pytest.mark.parametrize(
    ("record", "place"),
    [
        # "This is X's first visit to Y": the record the story's own trip sets, not an earlier trip; the
        # trip goes to the city where the story puts its traveller
        ("This is Rojas's first visit to Norway in a decade.", "Oslo"),
        ("The stay marks Rojas's first trip to Norway.", "Oslo"),
        ("Rojas is making her first visit to Norway as president.", "Oslo"),
        # near miss: a first visit told as a past one is an earlier trip, its city untold
        ("Rojas had first visited Norway in 2009.", "Norway"),
    ],
)
def test_a_first_visit_told_by_a_copula_is_the_story_trip(record: str, place: str) -> None:
    text = (
        "President Ana Rojas of Chile met Norwegian Prime Minister Ola Brandt in Oslo on Thursday. "
        f"{record} Rojas told a joint press conference with Brandt in Oslo that ties were strong."
    )
    assert _visit_place(text) == place


@pytest.mark.parametrize(
    ("opening", "status"),
    [
        # "ahead of" a trip named after a title and a possessive name: the trip is still to come
        (
            "Time is short for a deal, a senior diplomat said on Friday ahead of Chilean President Ana Rojas's visit to Norway.",
            "upcoming",
        ),
        (
            "Time is short for a deal, a senior diplomat said on Friday ahead of President Ana Rojas's state visit to Norway.",
            "upcoming",
        ),
        # "on the eve of" says the same
        (
            "Time is short for a deal, a senior diplomat said on Friday on the eve of President Ana Rojas's visit to Norway.",
            "upcoming",
        ),
        # near miss: a trip told as done, with no landmark word before it
        (
            "Time is short for a deal, a senior diplomat said on Friday after President Ana Rojas's visit to Norway.",
            "past",
        ),
    ],
)
def test_a_trip_ahead_of_a_possessive_name_is_upcoming(opening: str, status: str) -> None:
    visits = [m for m in _meetings(opening) if m[0] == "visit"]
    assert [m[4] for m in visits] == [status]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # the date between a verb and its object trigger dates the object: one event
        (
            "President Ana Rojas received Thursday evening a phone call from Prime Minister Ola Brandt.",
            "2024-08-15",
        ),
        (
            "President Ana Rojas received on Thursday a phone call from Prime Minister Ola Brandt.",
            "2024-08-15",
        ),
    ],
)
def test_a_date_before_the_object_trigger_dates_it(sentence: str, day: str) -> None:
    assert [m[3] for m in _meetings(sentence)] == [day]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        # the one a traveller arrives "ahead of" comes later, on a trip of their own: no party of this one
        (
            "Envoy Luis Mota will arrive in Oslo on Thursday ahead of President Ana Rojas, who is due in"
            " Norway at the weekend.",
            {"Luis Mota", "Norway"},
        ),
        # near miss: one travelling "with" the envoy is a party
        (
            "Envoy Luis Mota will arrive in Oslo on Thursday with President Ana Rojas.",
            {"Luis Mota", "Ana Rojas", "Norway"},
        ),
    ],
)
def test_who_a_traveller_arrives_ahead_of_is_no_party(sentence: str, people: set[str]) -> None:
    visits = [m for m in _meetings(sentence) if m[0] == "visit"]
    assert visits and visits[0][1] == frozenset(people)


def _place_of(sentence: str, kind: str) -> str | None:
    return next((place for k, _, place, _, _ in _meetings(sentence) if k == kind), None)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # a title-cased headline's time words are no part of the place
        ("Chile, Norway to Hold Talks in Bergen Next Week", "Bergen"),
        ("Chile, Norway to Hold Talks in Bergen This Month", "Bergen"),
        ("Chile, Norway Hold Talks in Bergen Today", "Bergen"),
        # near miss: a place's own capitalised words stay
        ("Chile, Norway to Hold Talks in Bergen Harbour", "Bergen Harbour"),
    ],
)
def test_headline_time_words_end_the_place(sentence: str, place: str) -> None:
    assert _place_of(sentence, "talks") == place


@pytest.mark.parametrize(
    ("event", "place"),
    [
        # an event's own name (its head a singular "Consultation" too) is not where a sitting was held
        ("the Annual Leaders' Consultation", None),
        ("the Annual Leaders' Consultations", None),
        # near miss: a palace is a place
        ("the Royal Palace", "Royal Palace"),
    ],
)
def test_an_event_name_is_no_place(event: str, place: str | None) -> None:
    sentence = f"Prime Minister Ana Rojas met Chile's President Luis Mota at {event} this year."
    assert _place_of(sentence, "meeting") == place


@pytest.mark.parametrize(
    ("sentence", "kind", "place"),
    [
        # a courtesy call made on someone is a visit to them, held where the sentence says
        (
            "Minister Ana Rojas will make a courtesy call to President Luis Mota at the Royal Palace.",
            "meeting",
            "Royal Palace",
        ),
        (
            "Minister Ana Rojas made a courtesy call on President Luis Mota at the Royal Palace.",
            "meeting",
            "Royal Palace",
        ),
        # near miss: a call made to someone, with no courtesy, is a telephone call
        ("Minister Ana Rojas made a call to President Luis Mota on Thursday.", "call", None),
    ],
)
def test_a_courtesy_call_made_is_a_meeting(sentence: str, kind: str, place: str | None) -> None:
    found = _meetings(sentence)
    assert found and (found[0][0], found[0][2]) == (kind, place)


_LEADERS_MET = (
    "President Ana Rojas on Thursday met Norway's Prime Minister Ola Brandt. Critics said the talks came late."
    " {subject} met on the sidelines of the regional summit in Bergen."
)


@pytest.mark.parametrize(
    ("subject", "place"),
    [
        # "The heads of state met ...": the two leaders just told, their meeting told again with its place
        ("The heads of state", "Bergen"),
        ("The leaders", "Bergen"),
        # near miss: leaders of a named body are others, not the pair just told
        ("The leaders of the bloc", None),
    ],
)
def test_the_leaders_met_tells_the_pair_meeting_again(subject: str, place: str | None) -> None:
    found = [
        m for m in _meetings(_LEADERS_MET.format(subject=subject)) if m[1] == {"Ana Rojas", "Ola Brandt"}
    ]
    assert found and found[0][2] == place


@pytest.mark.parametrize(
    ("city", "place"),
    [
        # a particle between two capitalised words belongs to the city's name
        ("Dar es Salaam", "Dar es Salaam"),
        ("Rio de Janeiro", "Rio de Janeiro"),
        # near miss: a lower-case word that is no particle ends it
        ("Bergen yesterday", "Bergen"),
    ],
)
def test_a_particle_inside_a_city_name(city: str, place: str) -> None:
    assert _place_of(f"President Ana Rojas met Prime Minister Ola Brandt in {city}.", "meeting") == place
