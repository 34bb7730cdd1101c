"""Meeting places, round 19: a person named as a verb's object is no place."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import first_meeting


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # "visited <person>": not where; the residence named after it is
        ("Wang visited Blinken at his official residence, Blair House, on Monday.", "Blair House"),
        ("Wang visited Blinken on Monday.", None),
        # a place after the verb stays
        ("Wang visited Kyiv on Monday.", "Kyiv"),
        ("Wang visited France on Monday.", "France"),
    ],
)
def test_person_object_is_no_place(text: str, location: str | None) -> None:
    assert first_meeting(text, "visit").location == location


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a place that is the subject of "host" is where the event is
        ("In April, Kyiv will host Blinken.", "Kyiv"),
        ("France is set to host Blinken next week.", "France"),
        # a place told after the verb wins; a person hosting names no place
        ("France will host Blinken in Kyiv next week.", "Kyiv"),
        ("Macron will host Blinken next week.", None),
        # a month opening the clause is no place: "In April, Wang ..."
        ("In April, Wang will meet Blinken.", None),
    ],
)
def test_host_subject_is_the_place(text: str, location: str | None) -> None:
    assert first_meeting(text).location == location


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a settlement's common noun before its name: the name is the place
        ("Wang met Blinken in the port city of Odesa on Monday.", "Odesa"),
        ("Wang met Blinken in the town of Bucha on Monday.", "Bucha"),
        ("Wang met Blinken at the resort town of Sochi on Monday.", "Sochi"),
        # no name after "of": no place
        ("Wang met Blinken in the city of the future on Monday.", None),
    ],
)
def test_settlement_of_name(text: str, location: str | None) -> None:
    assert first_meeting(text).location == location


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a place right before a trip noun, after a determiner: where the trip, and what it holds, is
        ("Wang said his Washington visit will include a meeting with Blinken.", "Washington"),
        ("Wang said the France trip will include a meeting with Blinken.", "France"),
        # no determiner before the place: no trip's place
        ("Wang said Washington visits will include a meeting with Blinken.", None),
    ],
)
def test_place_before_trip_noun(text: str, location: str | None) -> None:
    assert first_meeting(text, "meeting").location == location


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # the place a guest is welcomed to is where the meeting is
        ("Macron said so while welcoming Scholz to the Elysee Palace for a meeting.", "Elysee Palace"),
        ("Macron welcomed Scholz to Kyiv for talks.", "Kyiv"),
        # a welcome with no "to <place>": no place
        ("Macron welcomed Scholz for talks.", None),
    ],
)
def test_welcomed_to_place(text: str, location: str | None) -> None:
    assert first_meeting(text).location == location
