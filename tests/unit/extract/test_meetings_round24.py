"""Meetings, round 24: a bare "met" followed by where or how ("met here", "met virtually", "met over
dinner", "met earlier this week")."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _events(text: str) -> list[tuple[str, set[str]]]:
    doc = build_document(text, date(2024, 5, 1))
    return [(m.kind, {doc.entities[i].name for i in m.participants}) for m in doc.meetings]


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
    assert _events(text) == expected
