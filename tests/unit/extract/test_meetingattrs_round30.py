"""Meeting attributes, round 30: general rules found on unseen articles (places, days, status)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

PUBLISHED = date(2024, 8, 16)  # a Friday


def _meetings(text: str) -> list[tuple[str, frozenset[str], str | None, str | None, str]]:
    doc = build_document(text, PUBLISHED)
    return [
        (m.kind, frozenset(doc.entities[i].name for i in m.participants), m.location, m.start, m.status)
        for m in doc.meetings
    ]


def _visit_place(text: str) -> str | None:
    return next((place for kind, _, place, _, _ in _meetings(text) if kind == "visit"), None)


@pytest.mark.parametrize(
    ("record", "place"),
    [
        # "This is X's first visit to Y": the record the story's own trip sets, not an earlier trip; the
        # trip goes to the city where the story puts its traveller
        ("This is Rojas's first visit to Norway in a decade.", "Oslo"),
        ("The stay marks Rojas's first trip to Norway.", "Oslo"),
        ("Rojas is making her first visit to Norway as president.", "Oslo"),
        # near miss: a first visit told as a past one is an earlier trip, its city untold
        ("Rojas had first visited Norway in 2009.", "Norway"),
    ],
)
def test_a_first_visit_told_by_a_copula_is_the_story_trip(record: str, place: str) -> None:
    text = (
        "President Ana Rojas of Chile met Norwegian Prime Minister Ola Brandt in Oslo on Thursday. "
        f"{record} Rojas told a joint press conference with Brandt in Oslo that ties were strong."
    )
    assert _visit_place(text) == place
