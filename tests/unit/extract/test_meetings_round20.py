"""Meetings, round 20: the one reporting an event is no party to it."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

PUBLISHED = date(2024, 8, 13)  # a Tuesday


def events(text: str) -> list[tuple[str, frozenset[str]]]:
    """(kind, participant names) of each meeting the whole pipeline finds."""
    doc = build_document(text, PUBLISHED)
    return [(m.kind, frozenset(doc.entities[i].name for i in m.participants)) for m in doc.meetings]


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
    assert events(text) == expected


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
    assert events(text) == expected


def test_speaker_leading_an_unnamed_group_still_travels() -> None:
    """ "X said the delegation would visit Y": no title follows "said", X may well lead the delegation."""
    found = events("Envoy Omar Sala said the delegation would also visit Ghana next week.")
    assert found == [("visit", frozenset({"Omar Sala", "Ghana"}))]
