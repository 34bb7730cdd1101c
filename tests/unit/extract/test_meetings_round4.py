"""Meetings, round 4: dates that belong to another verb, and an event told again with its date."""

from __future__ import annotations

import pytest

from tests.unit.extract.test_meetings import build


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a date right before a verb of reaction dates the reaction, not the meeting it is about
        ("The office on Monday rejected reports about a recent meeting between Biden and Xi.", None),
        ("Officials on Monday denied that Biden and Xi held talks.", None),
        # negative: a date right before the trigger still dates it
        ("Biden on Monday met Xi.", "2023-10-23"),
    ],
)
def test_reaction_date_is_not_the_event_date(text: str, start: str | None) -> None:
    doc = build(text)
    assert doc.meetings, text
    assert doc.meetings[0].start == start
