"""Meetings, round 19: courtesy calls on several office holders, events only referred back to, topics."""

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
        # a call paid on two office holders: one meeting with each
        (
            "Minister Anna Berg called on President Omar Sala and Prime Minister Jon Keta on Monday.",
            [
                ("meeting", frozenset({"Anna Berg", "Omar Sala"})),
                ("meeting", frozenset({"Anna Berg", "Jon Keta"})),
            ],
        ),
        (
            "Minister Anna Berg also called on Deputy Minister Omar Sala, Finance Minister Jon Keta and "
            "Home Minister Ravi Dutt.",
            [
                ("meeting", frozenset({"Anna Berg", "Omar Sala"})),
                ("meeting", frozenset({"Anna Berg", "Jon Keta"})),
                ("meeting", frozenset({"Anna Berg", "Ravi Dutt"})),
            ],
        ),
        # one holder called on: one meeting
        (
            "Minister Anna Berg called on President Omar Sala at the palace.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}))],
        ),
        # an appeal, or a day after "on": no meeting
        ("Minister Anna Berg called on President Omar Sala to resign.", []),
        ("Minister Anna Berg called on Monday for calm, Omar Sala said.", []),
    ],
)
def test_called_on_each_office_holder(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sitting just told, named again with where it was held: no event of its own
        (
            "Minister Anna Berg paid a courtesy call on President Omar Sala on Monday. During the meeting "
            "held at the Office of the President, Sala praised Minister Jon Keta for his work.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}))],
        ),
        # told first that way, it is the event
        (
            "During the meeting held in Accra on Monday, Minister Anna Berg told President Omar Sala of her plans.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}))],
        ),
    ],
)
def test_meeting_held_at_told_again(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the visiting Director General": a guest's title, no trip
        (
            "President Omar Sala received Jon Keta on Monday. Sala thanked the visiting WHO Director General "
            "Jon Keta for the vaccines.",
            [("meeting", frozenset({"Omar Sala", "Jon Keta"}))],
        ),
        # still a visit when a place is visited
        (
            "Jon Keta is visiting Ghana this week.",
            [("visit", frozenset({"Jon Keta", "Ghana"}))],
        ),
    ],
)
def test_visiting_with_a_title_is_a_guest(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks between two others, as what a meeting discusses: a topic
        (
            "Minister Anna Berg met President Omar Sala to discuss resuming peace talks between Ghana and Togo.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}))],
        ),
        # held, not discussed: talks
        (
            "Peace talks between Ghana and Togo resumed in Accra on Monday.",
            [("talks", frozenset({"Ghana", "Togo"}))],
        ),
    ],
)
def test_talks_between_others_discussed(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert events(text) == expected
