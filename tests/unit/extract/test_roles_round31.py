"""Roles, round 31 (fresh unseen articles): offices that did not reach their holder."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = build_document(text, date(2023, 10, 3))
    return [(e.name, e.role, e.affiliation) for e in doc.entities if e.kind == "person"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Diplomats said the Under-Secretary-General for Peace Operations, Maria Olsen, would visit.",
            "Under-Secretary-General for Peace Operations",
        ),
        ("Reporters saw Under-Secretary-General Maria Olsen arrive late.", "Under-Secretary-General"),
        (
            "The Assistant-Secretary-General for Europe, Maria Olsen, answered questions.",
            "Assistant-Secretary-General for Europe",
        ),
    ],
)
def test_a_hyphenated_un_grade_is_an_office(text: str, role: str) -> None:
    assert [r for _, r, _ in _roles(text)] == [role]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a grade before a word that is no office, an "under-" word that is no title
        "Reporters saw Under-Water Maria Olsen arrive late.",
        "The under-fire coach Maria Olsen spoke on Monday.",
    ],
)
def test_no_office_from_a_grade_alone(text: str) -> None:
    assert all(r is None for _, r, _ in _roles(text))
