"""Mentions, round 28: a place named after a body ends with a venue word ("the ASEAN Garden",
"Air Force Station"); the body is not an actor there."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _mentions(text: str) -> list[tuple[str, str]]:
    doc = build_document(text, date(2024, 3, 5))
    return [(m.kind, m.text) for m in doc.mentions if m.kind == "organization"]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # a place named after a body ends with a venue word: the body is no actor there
        ("The minister laid a wreath at the Asean Garden on Monday.", []),
        ("Delegates gathered at Riverside Centre Park in the capital.", []),
        ("He was received at Air Force Station, Hindon, by officials.", []),
        ("The National Police Station was closed for repairs.", []),
        # near misses: the body itself, and a body before a lowercase noun
        ("ASEAN leaders met on Monday.", [("organization", "ASEAN")]),
        ("The National Police said the station was closed.", [("organization", "National Police")]),
    ],
)
def test_a_place_named_after_a_body(text: str, orgs: list[tuple[str, str]]) -> None:
    assert _mentions(text) == orgs
