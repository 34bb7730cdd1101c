"""People, round 32: a name ending in a building's word is a place, no person."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _people(text: str) -> set[str]:
    doc = build_document(text, date(2023, 10, 3))
    return {e.name for e in doc.entities if e.kind == "person"}


@pytest.mark.parametrize(
    "text",
    [
        "The grant pays for a new wing of Lomani Hospital and two schools.",
        "The upgrade of Sione Hospital was praised by both leaders.",
        "He was flown to King Khalid Specialist Hospital for treatment.",
    ],
)
def test_a_building_named_after_someone_is_no_person(text: str) -> None:
    assert _people(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a surname that is also a place word, a person at a building
        ("Senator Mary Temple met the press on Monday.", "Mary Temple"),
        ("Anna Berg spoke at the Hospital on Monday.", "Anna Berg"),
    ],
)
def test_a_person_stays_one(text: str, name: str) -> None:
    assert name in _people(text)
