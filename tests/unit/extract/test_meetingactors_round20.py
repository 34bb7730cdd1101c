"""Meeting places, round 20: a building and the city it stands in, calendar words after a place, a
nation's adjective before a noun, and the place inside an office's name."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import first_meeting


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a building, then "in" the city it stands in: both
        ("Wang met Blinken at the Elysee Palace in Paris on Monday.", "Elysee Palace, Paris"),
        ("Wang will visit the Pacific Fleet headquarters in Hawaii.", "Pacific Fleet headquarters, Hawaii"),
        # a city or country first: the place alone ("in X" may be a network, a month, a region)
        ("Wang met Blinken in Kyiv in January.", "Kyiv"),
        ("Wang will travel to Serbia in Europe.", "Serbia"),
        ("Wang met Blinken at the Elysee Palace.", "Elysee Palace"),
    ],
)
def test_building_in_city(text: str, location: str | None) -> None:
    assert first_meeting(text).location == location


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a month or weekday ends the place, with the words after it
        ("Wang met Blinken in Washington January 26 and 27.", "Washington"),
        ("Wang met Blinken in Washington Thursday and Friday.", "Washington"),
        ("Wang met Blinken in New York.", "New York"),
    ],
)
def test_calendar_words_end_the_place(text: str, location: str | None) -> None:
    assert first_meeting(text).location == location


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # the place inside an office's name, its holder named right after it, is not where
        (
            "Wang received the US Special Envoy for Peace in Sudan Antony Blinken in Nairobi.",
            "Nairobi",
        ),
        (
            "Wang received the US Special Representative for Reconciliation in Afghanistan Antony Blinken,"
            " who arrived in Kenya on a working visit.",
            "Kenya",
        ),
        # the office's place when the clause names no other; a place with no title before it
        ("Wang received the US Special Envoy for Peace in Sudan Antony Blinken.", "Sudan"),
        ("Wang received Antony Blinken in Sudan.", "Sudan"),
    ],
)
def test_place_in_an_office_name(text: str, location: str | None) -> None:
    assert first_meeting(text, "meeting").location == location


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a nation's adjective before a lower-case noun names no place
        ("Wang met Blinken at the Chinese embassy.", None),
        ("Wang met Blinken in the Chinese capital.", "Beijing"),
        ("Wang met Blinken in China.", "China"),
    ],
)
def test_nation_adjective_is_no_place(text: str, location: str | None) -> None:
    assert first_meeting(text).location == location


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a trip to "the Chinese community": no place reached
        ("Wang will visit the Chinese community in Kyiv.", "Kyiv"),
        ("Wang will visit the Chinese city of Wuhan.", "Wuhan"),
    ],
)
def test_nation_adjective_is_no_destination(text: str, location: str | None) -> None:
    assert first_meeting(text, "visit").location == location
