"""Roles, round 30 (audit of unseen articles): a tenure word between a possessor and the office
("Peru's new president, X") dates the office; the office in apposition is still the name's."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = build_document(text, date(2023, 10, 3))
    return [(e.name, e.role, e.affiliation) for e in doc.entities if e.kind == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru's new president, Ana Ruiz, spoke on Monday.", [("Ana Ruiz", "president", "Peru")]),
        (
            "Chile's incoming foreign minister, Tomas Vidal, met envoys.",
            [("Tomas Vidal", "foreign minister", "Chile")],
        ),
        ("Peru's outgoing president, Ana Ruiz, spoke on Monday.", [("Ana Ruiz", "president", "Peru")]),
    ],
)
def test_a_tenure_word_before_an_apposed_office(text: str, expected: list) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: no apposition (a headline's subject stays no one), a tenure word before a non-office
        "Peru's new foreign minister meets Tomas Vidal\n\nAna Ruiz met Tomas Vidal on Monday.",
        "Peru's new law, Ana Ruiz said, will pass.",
    ],
)
def test_no_office_without_an_apposed_name(text: str) -> None:
    assert [(name, role) for name, role, _ in _roles(text)] == [
        (name, None) for name, _, _ in _roles(text)
    ] and all("minister" not in name for name, _, _ in _roles(text))
