"""Meetings, round 27: an arrival told with its day between the verb and the place ("arrived Tuesday
evening in Lima")."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _events(text: str) -> list[tuple[str, set[str], str | None]]:
    doc = build_document(text, date(2024, 5, 1))
    return sorted(
        ((m.kind, {doc.entities[i].name for i in m.participants}, m.location) for m in doc.meetings),
        key=lambda e: sorted(e[1]),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Tom Lind arrived Tuesday evening in the Peruvian capital Lima, his office said.",
            [("visit", {"Tom Lind", "Peru"}, "Lima")],
        ),
        (
            "Prime Minister Ana Ruiz arrived late on Friday in Oslo for a two-day stay.",
            [("visit", {"Ana Ruiz", "Norway"}, "Oslo")],
        ),
        (
            "Finance Minister Jon Berg arrived yesterday morning in Nairobi.",
            [("visit", {"Jon Berg", "Kenya"}, "Nairobi")],
        ),
        # near misses: an arrival in a state, not a place; a day with no place after it
        ("The shipment sent by Tom Lind arrived Tuesday in poor condition.", []),
        ("Tom Lind arrived Tuesday, aides said.", []),
    ],
)
def test_arrival_with_its_day_between(text: str, expected: list[tuple[str, set[str], str | None]]) -> None:
    assert _events(text) == expected
