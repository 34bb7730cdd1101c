"""Meeting attributes, round 32: general rules found on unseen articles (days of trips)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.meetingfound import Found
from briefing_tui.extract.meetings import _arrival_day
from briefing_tui.extract.pipeline import build_document

PUBLISHED = date(2024, 8, 17)  # a Saturday


def _visit_days(text: str) -> tuple[str | None, str | None] | None:
    doc = build_document(text, PUBLISHED)
    return next(((m.start, m.end) for m in doc.meetings if m.kind == "visit"), None)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # an arrival told with no day, next to a sitting of the traveller told with the story's day
        (
            "Chilean Foreign Minister Ana Rojas has arrived in Oslo for an official visit. "
            "Rojas was received on Saturday morning by Norwegian Prime Minister Ola Brandt, "
            "and the two held talks at his office.",
            ("2024-08-17", "2024-08-17"),
        ),
        (
            "Chilean Foreign Minister Ana Rojas on Friday met Norwegian Prime Minister Ola Brandt in Oslo. "
            "Rojas has arrived in Oslo for a day-long visit and is set to hold talks with business leaders.",
            ("2024-08-16", "2024-08-16"),
        ),
        # the length told with the arrival gives the stay's last day
        (
            "Chilean Foreign Minister Ana Rojas has landed in Oslo on a three-day official visit. "
            "Rojas met Norwegian Prime Minister Ola Brandt on Saturday.",
            ("2024-08-17", "2024-08-19"),
        ),
        # near miss: a sitting dated well before the story's day is no day of this arrival
        (
            "Chilean Foreign Minister Ana Rojas has arrived in Oslo for an official visit. "
            "Rojas met Norwegian Prime Minister Ola Brandt last Monday in Madrid.",
            (None, None),
        ),
        # near miss: two sittings on two days give no one day
        (
            "Chilean Foreign Minister Ana Rojas met Norwegian Prime Minister Ola Brandt on Friday. "
            "Rojas has arrived in Oslo for an official visit. "
            "On Saturday, Rojas held talks with Norwegian Foreign Minister Kari Dahl.",
            (None, None),
        ),
        # near miss: a trip told with no arrival is not dated by a sitting next to it
        (
            "Chilean Foreign Minister Ana Rojas is on an official visit to Norway. "
            "Rojas met Norwegian Prime Minister Ola Brandt on Saturday.",
            (None, None),
        ),
    ],
)
def test_an_undated_arrival_takes_the_day_of_the_travellers_sitting(
    text: str, days: tuple[str | None, str | None]
) -> None:
    assert _visit_days(text) == days


_ARRIVED = (
    "Chilean Foreign Minister Ana Rojas has arrived in Oslo for an official visit. "
    "Rojas was received on Saturday morning by Norwegian Prime Minister Ola Brandt. "
    "The two sides also signed a fisheries accord. "
    "Their talks focused on trade."
)


@pytest.mark.parametrize(
    ("told_from", "told_last", "day"),
    [
        # a sitting first told in the next sentence, merged with a later mention: it counts from where
        # it is first told
        (1, 3, "2024-08-17"),
        (1, 1, "2024-08-17"),
        # near miss: one first told two sentences on is no sitting next to the arrival
        (3, 3, None),
    ],
)
def test_an_arrival_reads_a_sitting_from_where_it_is_first_told(
    told_from: int, told_last: int, day: str | None
) -> None:
    doc = build_document(_ARRIVED, PUBLISHED)
    people = [e.index for e in doc.entities if e.kind == "person"]
    first = doc.sentences[0]
    trip = Found("visit", 0, first.start, first.end, people[:1], location="Oslo")
    sitting = Found(
        "meeting",
        told_last,
        doc.sentences[told_from].start,
        doc.sentences[told_last].end,
        people[:2],
        start="2024-08-17",
        end="2024-08-17",
    )
    _arrival_day(doc, [trip, sitting])
    assert trip.start == day
