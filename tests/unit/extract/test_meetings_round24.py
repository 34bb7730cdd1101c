"""Meetings, round 24: a bare "met" followed by where or how ("met here", "met virtually", "met over
dinner", "met earlier this week")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 5, 1)


_PAIR = {"Tom Lind", "Ana Ruiz"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norwegian Prime Minister Tom Lind and Chilean counterpart Ana Ruiz met here Tuesday.",
            [("meeting", _PAIR)],
        ),
        (
            "Norwegian Prime Minister Tom Lind and Chilean President Ana Ruiz met there in March.",
            [("meeting", _PAIR)],
        ),
        (
            "Prime Minister Tom Lind and President Ana Ruiz met earlier this week in Lima.",
            [("meeting", _PAIR)],
        ),
        (
            "Prime Minister Tom Lind and President Ana Ruiz met over dinner to discuss fishing.",
            [("meeting", _PAIR)],
        ),
        (
            "Prime Minister Tom Lind and President Ana Ruiz met face-to-face for the first time.",
            [("meeting", _PAIR)],
        ),
        (
            "Prime Minister Tom Lind and President Ana Ruiz met during the forum in Oslo.",
            [("meeting", _PAIR)],
        ),
        (
            "Prime Minister Tom Lind and President Ana Ruiz met informally after the dinner.",
            [("meeting", _PAIR)],
        ),
        # near misses: a passive "met", or "met" with a thing as its object
        ("Prime Minister Tom Lind said the goals President Ana Ruiz set were met there.", []),
        ("Prime Minister Tom Lind met there resistance from President Ana Ruiz's allies.", []),
    ],
)
def test_bare_met_before_place_or_manner(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Tom Lind's meeting with President Ana Ruiz in May was cordial.",
            [("meeting", _PAIR)],
        ),
        (
            "Prime Minister Tom Lind flew home. Trade came up during Lind's meeting with President Ana Ruiz.",
            [("meeting", _PAIR)],
        ),
        (
            "Prime Minister Tom Lind flew home. Trade came up during his meeting with President Ana Ruiz.",
            [("meeting", _PAIR)],
        ),
        ("The ministry's meeting with President Ana Ruiz was cancelled.", []),
        ("Prime Minister Tom Lind's meeting schedule with President Ana Ruiz's staff slipped.", []),
    ],
)
def test_owner_of_meeting_with(text: str, expected: list[tuple[str, set[str]]]) -> None:
    """ "X's meeting with Y" reads like the verb "meeting with Y": its owner stands before it, not a subject."""
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Norway and Chile held "regular political consultations" on Wednesday in Oslo.',
            [("talks", {"Norway", "Chile"})],
        ),
        ("Norway and Chile held 'strategic talks' in Oslo.", [("talks", {"Norway", "Chile"})]),
        (
            "Norway and Chile held \u201cfrank negotiations\u201d in Oslo on Monday.",
            [("talks", {"Norway", "Chile"})],
        ),
        ('Norway and Chile resumed "talks" in Oslo.', [("talks", {"Norway", "Chile"})]),
        # near miss: talks denied
        ('Norway said it held "no talks" with Chile.', []),
    ],
)
def test_quoted_talks_name(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Tom Lind will attend a series of Nordic Council Summits in Oslo.",
            [("summit", {"Tom Lind", "Nordic Council"})],
        ),
        (
            "Prime Minister Tom Lind attended the Asia-Europe Meetings in Oslo last week.",
            [("meeting", {"Tom Lind"})],
        ),
        # near miss: a bare capitalised plural names no event
        ("Prime Minister Tom Lind praised the Summits.", []),
    ],
)
def test_plural_named_events(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected
