"""Roles, round 29: an office whose subject is a comma list of plain words closed by "and"
("Minister for Power, Energy and Mineral Resources X") is one office before the holder's name."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _people(text: str) -> list[tuple[str, str | None]]:
    doc = build_document(text, date(2024, 3, 5))
    return [(e.name, e.role) for e in doc.entities if e.kind == "person"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "State Minister for Power, Energy and Mineral Resources Nasrul Karim attended the talks.",
            [("Nasrul Karim", "State Minister for Power, Energy and Mineral Resources")],
        ),
        (
            "Minister of Information, Broadcasting, and Parliamentary Affairs Ghulam Sadiq visited Male.",
            [("Ghulam Sadiq", "Minister of Information, Broadcasting, and Parliamentary Affairs")],
        ),
        (
            "Minister of State for Consumer Affairs, Food and Public Distribution Ashok Rana met them.",
            [("Ashok Rana", "Minister of State for Consumer Affairs, Food and Public Distribution")],
        ),
        # near misses: a name after the comma is the holder's, and a list with no "and" is no subject
        (
            "The Minister of Finance, Grace Ochieng and the Minister for Energy, Paul Brown met.",
            [("Grace Ochieng", "Minister of Finance"), ("Paul Brown", "Minister for Energy")],
        ),
        (
            "Minister for Energy, Paul Brown, said the plan would work.",
            [("Paul Brown", "Minister for Energy")],
        ),
    ],
)
def test_portfolio_list_in_an_office(text: str, people: list[tuple[str, str | None]]) -> None:
    assert _people(text) == people
