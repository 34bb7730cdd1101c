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
