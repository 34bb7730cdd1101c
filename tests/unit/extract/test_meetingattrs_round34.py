"""Meeting attributes, round 34: general rules found on unseen articles (a gathering named after its host
capital, an invitation taken up, a trip told with no place name, an event prepared for)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 8, 17)  # a Saturday


def _place(text: str) -> str | None:
    """The place of the first sitting found (not a trip's)."""
    return next(
        (place for k, place in meetings_of(text, PUBLISHED, "kind", "location") if k != "visit"), None
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a gathering named after a capital was held there
        ("Ten years ago, the Lisbon summit agreed that NATO would keep its forces in the east.", "Lisbon"),
        (
            "Chilean President Ana Rojas met Peruvian President Luis Soto on the sidelines of the Prague "
            "summit on Friday.",
            "Prague",
        ),
        ("Indian envoy Ravi Sharma spoke about the Nairobi talks with Kenya on Monday.", "Nairobi"),
        ("Chilean President Ana Rojas will attend the Lima Summit of the Americas on Friday.", "Lima"),
        # ... over the country it is told in
        ("NATO leaders will gather at the Warsaw summit in Poland next week.", "Warsaw"),
        # near misses: a gathering said in passing, undated, with one party, is no meeting; two capitals
        # joined name the sides; a region names a topic; no capital, no place
        ("The Lisbon summit will weigh the request, NATO officials said.", None),
        ("The Delhi-Dhaka talks with Bangladesh resumed on Monday.", None),
        ("Indian envoy Ravi Sharma spoke about the Kashmir talks with Pakistan on Monday.", None),
        ("Ten years ago, the Nordic summit agreed that NATO would keep its forces in the east.", None),
    ],
)
def test_a_gathering_named_after_a_capital_was_held_there(text: str, place: str | None) -> None:
    assert _place(text) == place


def _status(text: str, kind: str) -> str | None:
    return next((status for k, status in meetings_of(text, PUBLISHED, "kind", "status") if k == kind), None)


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        # an invitation taken up, told with the sitting or the trip it brought about: held
        (
            "Following an invitation by Egyptian Speaker Ali Hassan, Cypriot Speaker Nikos Petrou held a "
            "meeting with his counterpart on Thursday in Cairo.",
            "meeting",
            "past",
        ),
        (
            "In response to an invitation from President Ana Rojas, Peruvian President Luis Soto paid a visit "
            "to Chile on Thursday.",
            "visit",
            "past",
        ),
        (
            "Accepting the invitation of President Ana Rojas, Peruvian President Luis Soto visited Chile on "
            "Thursday.",
            "visit",
            "past",
        ),
        # near misses: an invitation given, or a visit still wished for after it, is only proposed
        ("Peruvian President Luis Soto invited President Ana Rojas to visit Lima.", "visit", "proposed"),
        (
            "Peruvian President Luis Soto sent an invitation to President Ana Rojas to visit Lima.",
            "visit",
            "proposed",
        ),
        ("Following the invitation, President Ana Rojas may visit Lima next year.", "visit", "proposed"),
    ],
)
def test_an_invitation_taken_up_tells_a_held_event(text: str, kind: str, status: str) -> None:
    assert _status(text, kind) == status


def _visit_place(text: str) -> str | None:
    return next(
        (place for k, place in meetings_of(text, PUBLISHED, "kind", "location") if k == "visit"), None
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a trip told with no place name goes to the city of its land where the traveller's sittings are
        (
            "Indian Foreign Minister Ravi Sharma met Sri Lankan President Anil Perera in Colombo on Friday. "
            "Sharma, who is on a day-long visit to the island nation, also held a meeting with Sri Lankan "
            "Foreign Minister Nimal Silva.",
            "Colombo",
        ),
        # near miss: a sitting in a city of another land (and of another time) places no trip
        (
            "Indian Foreign Minister Ravi Sharma met Chinese envoy Li Wen in Beijing last year. Sharma, who is "
            "on a day-long visit to Sri Lanka, also held a meeting with Sri Lankan Foreign Minister Nimal Silva.",
            "Sri Lanka",
        ),
    ],
)
def test_a_trip_told_without_a_place_goes_to_the_city_of_its_sittings(text: str, place: str | None) -> None:
    assert _visit_place(text) == place


def _summit_status(text: str) -> str | None:
    return _status(text, "summit")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # what is prepared for has not happened yet
        (
            "Foreign Minister Omar Haddad said he was visiting Cairo to prepare for the tripartite summit with "
            "Jordan and Iraq in Baghdad.",
            "upcoming",
        ),
        (
            "The two ministers discussed preparations for the summit between President Ana Rojas and President "
            "Luis Soto.",
            "upcoming",
        ),
        # ... and if only possible, it is proposed
        (
            "The ministers are preparing for the possible summit between President Ana Rojas and President "
            "Luis Soto.",
            "proposed",
        ),
        # near misses: a summit of the day, or one told as held, is past
        (
            "President Ana Rojas met her cabinet to prepare for today's summit with President Luis Soto.",
            "past",
        ),
        ("President Ana Rojas prepared for the summit with President Luis Soto in Lima last week.", "past"),
    ],
)
def test_an_event_prepared_for_is_ahead(text: str, status: str) -> None:
    assert _summit_status(text) == status
