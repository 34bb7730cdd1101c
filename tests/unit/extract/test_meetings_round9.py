"""Meetings, round 9: status of stays under way, of events "ahead of" a told one, and of invited visits."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.test_meetings import build, summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stay under way is reported as begun, whatever the sentence says it will hold
        (
            "Blinken is on a working visit to Kyiv, where he will attend a forum.",
            ("visit", "past"),
        ),
        ("Wang is currently on an official visit to Fiji.", ("visit", "past")),
        # not a stay under way: a visit still to come
        ("Wang will go on a visit to Fiji.", ("visit", "upcoming")),
        # "at the invitation of X": who asked for the visit, not a wish
        ("At the invitation of Bainimarama, Wang arrived in Fiji on Monday.", ("visit", "past")),
        # an invitation to come is still a wish
        ("Bainimarama invited Wang to visit Fiji.", ("visit", "proposed")),
    ],
)
def test_visit_status(text: str, expected: tuple[str, str]) -> None:
    doc = build(text)
    visits = [(m.kind, m.status) for m in doc.meetings if m.kind == "visit"]
    assert visits == [expected], text


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # what lies "ahead of" an arrival has not happened yet, dated on the day of publication or not
        ("Biden arrived in Kyiv on Monday ahead of his meeting with Zelensky on Tuesday.", "upcoming"),
        ("Biden arrived in Kyiv ahead of his meeting with Zelensky.", "upcoming"),
        # ... unless its date is already past
        ("Biden arrived in Kyiv ahead of his meeting with Zelensky on October 2, 2023.", "past"),
        # without "ahead of", the tense decides
        ("Biden arrived in Kyiv and had a meeting with Zelensky.", "past"),
    ],
)
def test_ahead_of_status(text: str, status: str) -> None:
    doc = build(text)
    meetings = [m for m in doc.meetings if m.kind == "meeting"]
    assert [m.status for m in meetings] == [status], summary(doc)


def test_stay_under_way_keeps_a_future_date() -> None:
    """A stay "on" a visit that begins after publication is still to come."""
    doc = build("Wang is on a visit to Fiji from November 2 to 4.", published=date(2023, 10, 24))
    assert [(m.kind, m.status) for m in doc.meetings] == [("visit", "upcoming")]
