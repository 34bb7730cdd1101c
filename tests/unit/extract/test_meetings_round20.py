"""Meetings, round 20: the one reporting an event is no party to it."""

from __future__ import annotations

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import meetings_of
from tests.unit.extract.test_meetings_round19 import PUBLISHED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner of the place a guest is received at is not one more party
        (
            "Omar Sala quoted the two leaders as making the pledge when President Jon Keta visited "
            "President Anna Berg at her residence.",
            [("visit", frozenset({"Jon Keta", "Anna Berg"}))],
        ),
        (
            "Spokesman Omar Sala said President Jon Keta met President Anna Berg in his office.",
            [("meeting", frozenset({"Jon Keta", "Anna Berg"}))],
        ),
        # a possessive pronoun that is no place's owner still names a party
        (
            "President Jon Keta met his counterpart, President Anna Berg, on Monday.",
            [("meeting", frozenset({"Jon Keta", "Anna Berg"}))],
        ),
    ],
)
def test_owner_of_the_place_is_no_party(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", X said, adding that ...": what X adds is another clause, X is not its subject
        (
            "President Anna Berg will hold talks with President Jon Keta, Sala said, adding that the two "
            "presidents will also exchange views.",
            [("talks", frozenset({"Anna Berg", "Jon Keta"}))],
        ),
        # "X said on Monday that the director ... will meet Y": the speaker is not the one meeting
        (
            "Spokesman Omar Sala said on Monday that the director of the bank will meet with "
            "Prime Minister Jon Keta and President Anna Berg.",
            [("meeting", frozenset({"Jon Keta", "Anna Berg"}))],
        ),
        # "X said the chief executive may meet Y": an unnamed subject, told by its title alone
        (
            "Spokesman Omar Sala said the chief executive may meet with Prime Minister Jon Keta and "
            "President Anna Berg.",
            [("meeting", frozenset({"Jon Keta", "Anna Berg"}))],
        ),
        # the speaker who tells of his own meeting still takes part
        (
            "Omar Sala said he will meet Prime Minister Jon Keta on Friday.",
            [("meeting", frozenset({"Omar Sala", "Jon Keta"}))],
        ),
        (
            "Omar Sala said the meeting with Prime Minister Jon Keta was useful.",
            [("meeting", frozenset({"Omar Sala", "Jon Keta"}))],
        ),
    ],
)
def test_the_reporter_is_no_party(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


def test_speaker_leading_an_unnamed_group_still_travels() -> None:
    """ "X said the delegation would visit Y": no title follows "said", X may well lead the delegation."""
    found = meetings_of(
        "Envoy Omar Sala said the delegation would also visit Ghana next week.",
        PUBLISHED,
        "kind",
        "participants",
    )
    assert found == [("visit", frozenset({"Omar Sala", "Ghana"}))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body named right before its gathering takes part in it
        (
            "President Jon Keta will attend the G7 summit in Rome on Friday.",
            [("summit", frozenset({"Jon Keta", "Group of Seven"}))],
        ),
        (
            "President Jon Keta will chair the annual NATO summit in Rome on Friday.",
            [("summit", frozenset({"Jon Keta", "North Atlantic Treaty Organization"}))],
        ),
        # a person before the gathering is no body ("the Biden meeting" names no members)
        (
            "The White House meeting between President Jon Keta and President Anna Berg went well.",
            [("meeting", frozenset({"Jon Keta", "Anna Berg"}))],
        ),
    ],
)
def test_body_before_its_gathering(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


def test_gatherings_of_two_bodies_stay_apart() -> None:
    """ "for the APEC summit and ... for the G20 summit": two summits, and the countries gone to are
    where they are held, not their parties."""
    found = meetings_of(
        "President Jon Keta headed to China on Friday. The trip will include visits to Peru for the "
        "APEC summit and Brazil for the G20 summit, before ending in Britain.",
        PUBLISHED,
        "kind",
        "participants",
    )
    summits = [parties for kind, parties in found if kind == "summit"]
    assert len(summits) == 2
    assert "Asia-Pacific Economic Cooperation" in summits[0] and "Group of 20" in summits[1]
    assert all("Peru" not in parties for parties in summits)


def test_one_summit_told_with_and_without_its_body() -> None:
    """The ASEAN summit in the lead and "the summit" in Jakarta later: one summit."""
    found = meetings_of(
        "President Jon Keta will attend the ASEAN summit next month. Keta will be in Jakarta from "
        "September 5 to 7 for the summit.",
        PUBLISHED,
        "kind",
        "participants",
    )
    assert [kind for kind, _ in found].count("summit") == 1


def test_sittings_on_the_sidelines_of_a_summit_take_its_day() -> None:
    """ "conferred with leaders at the AU summit today ... X and Y exchanged views": held that day."""
    doc = build_document(
        "Prime Minister Jon Keta has conferred with leaders of various countries at the sidelines of "
        "the 33rd African Union summit in Addis Ababa today. Keta and President Anna Berg have "
        "exchanged views on the peace deal.",
        PUBLISHED,
    )
    talks = [m for m in doc.meetings if m.kind == "talks"]
    assert talks and talks[0].start == PUBLISHED.isoformat()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country gone to, for an event or before the clause's subject, is where, not who
        ("On a two-day visit to Togo, the minister also held a meeting with President Anna Berg.", []),
        (
            "The new president headed to Togo for a state visit on Friday, starting a tour that could "
            "include a meeting with President Anna Berg.",
            [],
        ),
        # still the subject when it is one: "Ghana and Togo will meet"
        (
            "Ghana will hold talks with Togo next week.",
            [("talks", frozenset({"Ghana", "Togo"}))],
        ),
    ],
)
def test_country_gone_to_is_no_subject(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert [e for e in meetings_of(text, PUBLISHED, "kind", "participants") if e[0] != "visit"] == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "for the APEC summit and Brazil for the G20 summit": the next conjunct is no party of the first
        (
            "President Jon Keta will travel to Peru for the APEC summit and to Brazil for the G20 summit.",
            "Brazil",
        ),
    ],
)
def test_conjunct_after_a_summit_is_no_party(text: str, absent: str) -> None:
    summits = [
        parties for kind, parties in meetings_of(text, PUBLISHED, "kind", "participants") if kind == "summit"
    ]
    assert summits and all(absent not in parties for parties in summits)
