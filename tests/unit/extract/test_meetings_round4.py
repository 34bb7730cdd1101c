"""Meetings, round 4: dates that belong to another verb, and an event told again with its date."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import build_meetings


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
    doc = build_meetings(text)
    assert doc.meetings, text
    assert doc.meetings[0].start == start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting named with its hosts after "held by" is an event with its own date and place
        (
            "Aides denied rumours about the meeting held by Biden and Xi on October 7 in Germany.",
            ("meeting", "2023-10-07", {"Joe Biden", "Xi Jinping"}),
        ),
        (
            "The meeting chaired by Macron and Scholz on October 9 was brief.",
            ("meeting", "2023-10-09", {"Emmanuel Macron", "Olaf Scholz"}),
        ),
    ],
)
def test_meeting_held_by(text: str, expected: tuple[str, str, set[str]]) -> None:
    doc = build_meetings(text)
    assert doc.meetings, text
    m = doc.meetings[0]
    assert (m.kind, m.start, {doc.entities[i].name for i in m.participants}) == expected


def test_meeting_of_a_body_is_not_held_by() -> None:
    # negative: "the meeting room used by Biden" names no meeting held by anyone
    assert build_meetings("The meeting room used by Biden and Xi on October 7 was small.").meetings == []


@pytest.mark.parametrize(
    ("text", "first_start"),
    [
        # the date after a later visit's place is that visit's, not the talks' told before it
        ("Blinken will hold talks with Lavrov to prepare a visit to France in December by Biden.", None),
        # negative: a meeting told after the visit, during it, shares its date
        ("Scholz made a visit to France in March 2019 to attend a meeting with Macron.", "2019-03"),
    ],
)
def test_date_after_a_later_visit_place(text: str, first_start: str | None) -> None:
    doc = build_meetings(text)
    assert doc.meetings, text
    assert [m.start for m in doc.meetings][0] == first_start
    if first_start:
        assert all(m.start == first_start for m in doc.meetings)
