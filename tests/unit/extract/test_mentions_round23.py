"""Mentions, round 23: a capitalised word between a lower-case title and an office noun is no name."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _people(text: str) -> list[str]:
    doc = build_document(text, date(2019, 2, 8))
    return [e.name for e in doc.entities if e.kind == "person"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She came with her chief Brexit negotiator Olly Robbins.", "Brexit"),
        ("He brought his senior Ebola adviser Kofi Mensah.", "Ebola"),
        ("The minister met the deputy Trade spokesman Ama Owusu.", "Trade"),
    ],
)
def test_the_subject_of_an_office_is_no_person(text: str, word: str) -> None:
    names = _people(text)
    assert word not in names
    assert all(word not in n.split() for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("President Trump adviser John Bolton spoke.", "Trump"),
        ("The aide to Mensah said the talks went well.", "Mensah"),
    ],
)
def test_a_name_after_a_capitalised_title_stays(text: str, name: str) -> None:
    assert any(name in n for n in _people(text))
