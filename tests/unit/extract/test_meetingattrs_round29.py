"""Meeting attributes, round 29: the days and places of sittings the story tells around its lead."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

PUBLISHED = date(2024, 8, 16)  # a Friday


def _days(text: str) -> dict[frozenset[str], str | None]:
    doc = build_document(text, PUBLISHED)
    return {frozenset(doc.entities[i].name for i in m.participants): m.start for m in doc.meetings}


_DIALOGUE = (
    "The governments of Chile and Norway here, today, agreed on holding a naval exercise in 2025, both"
    " nations' foreign ministers affirmed during the Third Strategic Dialogue here, today. Foreign Minister"
    " Ola Brandt met his Chilean counterpart Ana Rojas in Oslo, Friday. Before his meeting with Rojas,"
    " Brandt went to the palace and met {host}."
)


@pytest.mark.parametrize(
    ("host", "day"),
    [
        # a dated sitting with no party named (a dialogue "both ministers" held) is no lead: the first
        # sitting with its parties is, and a later one of its sides on that trip has its day
        ("Chile's President Luis Mota", "2024-08-16"),
        # near miss: a sitting with someone of neither side is another, its day untold
        ("Peru's President Luis Mota", None),
    ],
)
def test_the_lead_is_a_sitting_with_parties(host: str, day: str | None) -> None:
    assert _days(_DIALOGUE.format(host=host))[frozenset({"Ola Brandt", "Luis Mota"})] == day
