"""Meetings, round 13: a dated trip told in the simple present ("on Tuesday begins a tour") is a
schedule, still to come, not a report of the past."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

PUBLISHED = date(2022, 9, 20)  # a Tuesday


def statuses(text: str) -> list[tuple[str, str | None, str]]:
    """(kind, start, status) of each meeting the whole pipeline finds."""
    doc = build_document(text, PUBLISHED)
    return [(m.kind, m.start, m.status) for m in doc.meetings]


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
    assert statuses(text) == expected, text
