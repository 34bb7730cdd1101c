"""Meetings, round 21: departures name the destination of a trip."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 5, 1)


def _visits(text: str) -> list[set[str]]:
    doc = build_document(text, PUBLISHED)
    return [{doc.entities[i].name for i in m.participants} for m in doc.meetings if m.kind == "visit"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foreign Minister Anna Berg departed for Japan on Monday.", [{"Anna Berg", "Japan"}]),
        ("President Tom Lind will depart tonight to Canada for talks.", [{"Tom Lind", "Canada"}]),
        ("President Tom Lind left the country early today for Kenya.", [{"Tom Lind", "Kenya"}]),
        ("Prime Minister Anna Berg leaves for Brazil on Sunday.", [{"Anna Berg", "Brazil"}]),
        # no trip: nothing leaves, or no place follows
        ("There is little money left for Ukraine, Senator Tom Lind said.", []),
        ("Senator Tom Lind left for good after the vote.", []),
        ("Minister Anna Berg departed from the script.", []),
    ],
)
def test_departure_is_a_visit(text: str, expected: list[set[str]]) -> None:
    assert _visits(text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one sent travels; the sender stays at home
        (
            "President Tom Lind dispatched his Foreign Minister Anna Berg to Kenya.",
            [("visit", {"Anna Berg", "Kenya"})],
        ),
        (
            "President Tom Lind sent his envoy, Anna Berg, to Peru on Monday.",
            [("visit", {"Anna Berg", "Peru"})],
        ),
        # nobody named is sent
        ("President Tom Lind sent troops to Kenya.", []),
        ("President Tom Lind sent a letter to Chancellor Anna Berg.", []),
    ],
)
def test_one_sent_travels(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Tom Lind held a reception for Foreign Minister Anna Berg on Monday.",
            [("meeting", {"Tom Lind", "Anna Berg"})],
        ),
        (
            "President Tom Lind gave a state dinner in honour of President Anna Berg.",
            [("meeting", {"Tom Lind", "Anna Berg"})],
        ),
        # no named guest: a party, not a meeting
        ("The club held a reception for its members in Paris.", []),
    ],
)
def test_reception_for_a_guest(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare talk verb after "X and his counterpart Y": both sides talked
        (
            "Foreign Minister Tom Lind and his Danish counterpart Anna Berg on Monday discussed trade.",
            [("talks", {"Tom Lind", "Anna Berg"})],
        ),
        (
            "President Tom Lind and his Chilean counterpart Anna Berg talked on Friday about the border.",
            [("meeting", {"Tom Lind", "Anna Berg"})],
        ),
        # no counterpart: colleagues talking over a topic
        ("President Tom Lind and Vice President Anna Berg discussed the budget.", []),
        # a passive names nobody who talked
        ("Minister Tom Lind and his counterpart Anna Berg said the issues were also discussed.", []),
    ],
)
def test_counterparts_talked(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym in brackets inside the second one's title does not end the coordination
        (
            "Foreign Minister Tom Lind and United Kingdom (UK) Foreign Secretary Anna Berg met on Monday.",
            [("meeting", {"Tom Lind", "Anna Berg"})],
        ),
        (
            "Foreign Minister Tom Lind and United States (US) Secretary of State Anna Berg held a phone call.",
            [("call", {"Tom Lind", "Anna Berg"})],
        ),
    ],
)
def test_acronym_in_second_title(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "this is the first visit of X to Y": a record said of a visit told elsewhere
        ("This is the first bilateral visit of President Tom Lind to India since May.", []),
        ("It was the first visit of President Tom Lind to India.", []),
        # not a record claim: the visit itself
        (
            "President Tom Lind will pay the first state visit to India next week.",
            [("visit", {"Tom Lind", "India"})],
        ),
    ],
)
def test_first_visit_claim(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arriving in one's own capital: back home, not a visit
        ("Philippine President Bongbong Marcos arrived in Manila on Sunday.", []),
        # arriving abroad: a visit
        (
            "French President Emmanuel Macron arrived in Berlin on Sunday.",
            [("visit", {"Emmanuel Macron", "Germany"})],
        ),
    ],
)
def test_arrival_at_home(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text
