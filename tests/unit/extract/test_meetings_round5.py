"""Meetings, round 5: destinations after "the", received guests, a visit's own clause."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import build_meetings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a destination opened by "the" follows the verb at once
        ("Scholz will visit the Czech Republic on Monday.", ("Czech Republic", "2023-10-30")),
        ("Macron visited the United States last week.", ("United States", None)),
        ("Blinken is visiting the Netherlands.", ("Netherlands", None)),
        # negative: a common noun after "the" is no place
        ("Scholz will visit the region on Monday.", None),
    ],
)
def test_visit_the_country(text: str, expected: tuple[str, str | None] | None) -> None:
    visits = [m for m in build_meetings(text).meetings if m.kind == "visit"]
    if expected is None:
        assert visits == [], text
    else:
        assert visits, text
        assert (visits[0].location, visits[0].start) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "the Andean country of Peru": the name after the common noun is the place
        ("Scholz will visit the Andean country of Peru on Monday.", "Peru"),
        ("Macron will travel to the Baltic nation of Estonia.", "Estonia"),
        ("Blinken visited the Pacific island nation Fiji.", "Fiji"),
        # negative: a plain name stays as it is
        ("Scholz will visit Peru on Monday.", "Peru"),
    ],
)
def test_place_after_country_noun(text: str, place: str) -> None:
    visits = [m for m in build_meetings(text).meetings if m.kind == "visit"]
    assert visits, text
    assert visits[0].location == place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host receiving a named guest is a meeting, whether a weekday or "the" comes between
        (
            "Macron received Tuesday the German chancellor, Scholz, in Paris.",
            {"Emmanuel Macron", "Olaf Scholz"},
        ),
        ("Scholz has received Blinken on Monday in Berlin.", {"Olaf Scholz", "Antony Blinken"}),
        ("Macron will receive Scholz on Friday.", {"Emmanuel Macron", "Olaf Scholz"}),
        # negative: a thing received from someone, or nobody named received
        ("Scholz received the Charlemagne Prize from Macron.", None),
        ("Scholz received French support for the plan.", None),
    ],
)
def test_received_guest(text: str, expected: set[str] | None) -> None:
    doc = build_meetings(text)
    found = [{doc.entities[i].name for i in m.participants} for m in doc.meetings if m.kind == "meeting"]
    assert found == ([expected] if expected else []), text


def _visits(text: str) -> list[tuple[str | None, set[str]]]:
    doc = build_meetings(text)
    return [
        (m.location, {doc.entities[i].name for i in m.participants})
        for m in doc.meetings
        if m.kind == "visit"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the visit will add momentum to X ties": the verb's "to X" is no destination, the speaker no traveller
        ("Scholz will visit Paris. Biden said the visit will give a boost to France ties.", ["Paris"]),
        # negative: "the visit will take place in X" still names where
        ("Scholz's visit will take place in Kyiv on Monday.", ["Kyiv"]),
    ],
)
def test_visit_as_subject(text: str, expected: list[str]) -> None:
    assert [loc for loc, _ in _visits(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the legs of an itinerary: a place apart from an unplaced body's seat is a trip of its own
        ("Wang will visit the African Union headquarters and hold a dialogue, and visit Israel.", 2),
        # negative: the same seat named twice is one trip
        (
            "Wang will visit the African Union headquarters and hold a dialogue, and visit the African Union.",
            1,
        ),
    ],
)
def test_itinerary_legs(text: str, expected: int) -> None:
    assert len({loc for loc, _ in _visits(text)} - {None}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "tourists visiting X": the plain noun before the participle travels, not the clause's subject
        ("Biden vowed to protect Americans visiting Israel.", []),
        # negative: a named person before the participle travels
        ("Blinken, visiting Israel on Monday, met Cohen.", ["Israel"]),
        ("Macron is visiting Germany.", ["Germany"]),
    ],
)
def test_visiting_after_plain_noun(text: str, expected: list[str]) -> None:
    assert [loc for loc, _ in _visits(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the perfect "had spoken with X" names a conversation as "spoke with X" does
        ("Biden said he had spoken with Xi.", [{"Joe Biden", "Xi Jinping"}]),
        ("Scholz has spoken with Macron about the plan.", [{"Olaf Scholz", "Emmanuel Macron"}]),
        # negative: nobody named spoken with
        ("Scholz had spoken with reporters.", []),
    ],
)
def test_spoken_with(text: str, expected: list[set[str]]) -> None:
    doc = build_meetings(text)
    assert [{doc.entities[i].name for i in m.participants} for m in doc.meetings] == expected
