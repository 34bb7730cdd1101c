"""Mentions, round 28: short and historical names of states in the gazetteer ("PNG", "the USSR",
"the SADR") are countries, not organizations."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _actors(text: str) -> list[tuple[str, str]]:
    doc = build_document(text, date(2024, 3, 5))
    return [(e.kind, e.name) for e in doc.entities]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("PNG is the largest island nation in the region.", [("country", "Papua New Guinea")]),
        ("The USSR collapsed in 1991.", [("country", "Soviet Union")]),
        ("The Union of Soviet Socialist Republics signed the pact.", [("country", "Soviet Union")]),
        (
            "Envoys of the Sahrawi Arab Democratic Republic attended.",
            [("country", "Sahrawi Arab Democratic Republic")],
        ),
        # near miss: the adjective of an era names no state
        ("The Soviet-era buildings still stand.", []),
    ],
)
def test_short_and_historical_state_names(text: str, actors: list[tuple[str, str]]) -> None:
    assert _actors(text) == actors
