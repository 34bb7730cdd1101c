"""Stage roles, round 19: a past-tense verb closes an unclosed capitalised office after a name."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def roles(text: str) -> dict[str, str | None]:
    doc = build_document(text, date(2023, 5, 2))
    return {e.name: e.role for e in doc.entities if e.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a regular past tense right after the office's last capital opens the predicate
        (
            "The Hon. Ana Lopes, Prime Minister of Barbados delivered remarks at the opening.",
            "Ana Lopes",
            "Prime Minister of Barbados",
        ),
        (
            "The Hon. Jean Dupont, Canada's Foreign Affairs Minister addressed the leaders on trade.",
            "Jean Dupont",
            "Foreign Affairs Minister",
        ),
        # an irregular past tense does the same
        (
            "Dr Lena Moss, Minister of Health met the nurses in the capital.",
            "Lena Moss",
            "Minister of Health",
        ),
        # negative: a closed apposition keeps its whole office
        (
            "Ana Lopes, Prime Minister of Barbados, delivered remarks at the opening.",
            "Ana Lopes",
            "Prime Minister of Barbados",
        ),
    ],
)
def test_verb_closes_office(text: str, name: str, role: str) -> None:
    assert roles(text)[name] == role


def test_verb_after_office_makes_no_title_only_person() -> None:
    names = roles("The Hon. Jean Dupont, Canada's Foreign Affairs Minister addressed the leaders on trade.")
    assert list(names) == ["Jean Dupont"]
