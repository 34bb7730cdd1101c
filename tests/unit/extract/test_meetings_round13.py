"""Meetings, round 13: a dated trip told in the simple present ("on Tuesday begins a tour") is a
schedule, still to come, not a report of the past."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2022, 9, 20)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present-tense schedule verb before the trip, with its date: still to come
        (
            "Foreign Minister Anna Berg on Tuesday begins a tour of Asia lasting a week, her office said.",
            [("visit", "2022-09-20", "upcoming")],
        ),
        (
            "Foreign Minister Anna Berg embarks on Thursday on a visit to Kenya, officials said.",
            [("visit", "2022-09-22", "upcoming")],
        ),
        # told in the past tense: past, as before
        (
            "Foreign Minister Anna Berg on Monday began a tour of Asia, her office said.",
            [("visit", "2022-09-19", "past")],
        ),
    ],
)
def test_scheduled_present_trip(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "start", "status") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a story opening on the sidelines of a gathering with its place: later talks with no place are held there
        (
            "President Omar Sala met several leaders on the sidelines of the regional summit in Nairobi on "
            "Monday. Sala also held talks with President Jon Keta of Ghana.",
            ("talks", frozenset({"Omar Sala", "Jon Keta"}), "Nairobi"),
        ),
        # an opening summit with its place
        (
            "President Omar Sala attended the Summit of the Andes, held in Quito, Ecuador. "
            "Sala also held a meeting with President Jon Keta of Ghana.",
            ("meeting", frozenset({"Omar Sala", "Jon Keta"}), "Quito, Ecuador"),
        ),
        # talks with a place of their own keep it
        (
            "President Omar Sala met several leaders on the sidelines of the regional summit in Nairobi on "
            "Monday. Sala also held talks with President Jon Keta of Ghana in Mombasa.",
            ("talks", frozenset({"Omar Sala", "Jon Keta"}), "Mombasa"),
        ),
        # talks still to come are not the gathering's, which is past
        (
            "President Omar Sala met several leaders on the sidelines of the regional summit in Nairobi on "
            "Monday. Sala will hold talks with President Jon Keta of Ghana next month.",
            ("talks", frozenset({"Omar Sala", "Jon Keta"}), None),
        ),
    ],
)
def test_gathering_place(text: str, expected: tuple[str, frozenset[str], str | None]) -> None:
    got = meetings_of(text, PUBLISHED, "kind", "participants", "location")
    assert any(k == expected[0] and expected[1] <= p and loc == expected[2] for k, p, loc in got), (text, got)


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # "in X" after a matter talked about places the matter, not the talks
        (
            "President Omar Sala held talks with President Jon Keta on regional integration in West Africa.",
            None,
        ),
        ("President Omar Sala held talks with President Jon Keta on peace and stability in Mali.", None),
        # a nation's or region's adjective before a noun names no place
        ("President Omar Sala held talks with President Jon Keta on trade in the European market.", None),
        # a place after "in": as before
        ("President Omar Sala held talks with President Jon Keta in Bamako.", "Bamako"),
        ("President Omar Sala held talks with President Jon Keta in the Chinese capital Beijing.", "Beijing"),
    ],
)
def test_no_place_from_topic(text: str, location: str | None) -> None:
    assert [loc for _, _, loc in meetings_of(text, PUBLISHED, "kind", "participants", "location")] == [
        location
    ], text
