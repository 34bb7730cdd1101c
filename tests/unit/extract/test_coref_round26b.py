"""Coref, round 26b: a title word that is the surname of someone named in full is that person
("Julie Bishop ... Minister Bishop ...", "Angus King ... King said"), and a one-word office is
written out from a fuller one the same person holds elsewhere ("Minister X" -> "Foreign Minister")."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import people

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "Trade Minister Ann Bishop arrived on Monday. A reporter asked Minister Bishop about tariffs.",
            "Ann Bishop",
            "Minister Bishop",
        ),
        (
            "Trade Minister Ann Bishop arrived on Monday. Bishop said ties were strong.",
            "Ann Bishop",
            "Bishop",
        ),
        ("Mayor Tom Judge opened the fair. Later Judge said the city was ready.", "Tom Judge", "Judge"),
    ],
)
def test_a_surname_that_is_a_title_word_is_the_person(text: str, name: str, alias: str) -> None:
    found = people(text, PUBLISHED, "role", "aliases")
    assert alias in found[name][1]
    assert not any(m.kind == "role" and m.text == alias for m in build_document(text, PUBLISHED).mentions)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # near misses: an office with an article, or with no one of that surname named
        ("Ann Bishop met the Bishop of Rome on Friday.", "Bishop of Rome"),
        ("Ann Cole met the Bishop on Friday.", "Bishop"),
    ],
)
def test_an_office_stays_an_office(text: str, role: str) -> None:
    assert any(m.kind == "role" and m.role == role for m in build_document(text, PUBLISHED).mentions)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Foreign Minister Tom Peters and his Australian counterpart Ann Bishop met. "
            "A reporter asked Minister Bishop about trade.",
            "Ann Bishop",
            "Foreign Minister",
        ),
        (
            "Minister Ann Cole spoke first. Later, Finance Minister Ann Cole said more.",
            "Ann Cole",
            "Finance Minister",
        ),
        # near miss: a one-word office written out nowhere stays as it is
        ("Minister Ann Cole spoke first. Cole said more.", "Ann Cole", "Minister"),
    ],
)
def test_a_one_word_office_is_written_out(text: str, name: str, role: str) -> None:
    assert people(text, PUBLISHED, "role", "aliases")[name][0] == role
