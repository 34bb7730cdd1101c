"""Meetings, round 28 (events): an event refused or left unsettled right before its trigger is no event."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _events(text: str) -> list[tuple[str, str, set[str]]]:
    doc = build_document(text, date(2024, 5, 1))
    return sorted(
        ((m.kind, m.status, {doc.entities[i].name for i in m.participants}) for m in doc.meetings),
        key=lambda e: sorted(e[2]),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Ana Ruiz reportedly refused to meet with Foreign Minister Tom Lind on Monday.", []),
        ("Chancellor Jon Berg refuses to meet President Ana Ruiz next week.", []),
        ("President Ana Ruiz refused to hold talks with Prime Minister Jon Berg.", []),
        ("No agreement on meeting with Ana Ruiz and Jon Berg, the prime minister says", []),
        # near misses: a refusal of something else; a verb between the refusal and the event; a milder
        # "declined to meet" leaves the door open
        (
            "President Ana Ruiz met Prime Minister Jon Berg after Berg refused to sign the deal.",
            [("meeting", "past", {"Ana Ruiz", "Jon Berg"})],
        ),
        (
            "The ministry declined to say whether President Ana Ruiz would meet Prime Minister Jon Berg.",
            [("meeting", "proposed", {"Ana Ruiz", "Jon Berg"})],
        ),
        (
            "President Ana Ruiz declined to hold talks with Prime Minister Jon Berg.",
            [("talks", "proposed", {"Ana Ruiz", "Jon Berg"})],
        ),
    ],
)
def test_refused_or_unsettled_event_is_none(text: str, expected: list[tuple[str, str, set[str]]]) -> None:
    assert _events(text) == expected
