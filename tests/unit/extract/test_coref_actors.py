"""Stage coref: one entity per person across spellings, and the offices descriptions stand for."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.document import Entity
from briefing_tui.extract.pipeline import build_document


def people(text: str) -> list[Entity]:
    doc = build_document(text, date(2023, 10, 24))
    return [e for e in doc.entities if e.kind == "person"]


def person(text: str, name: str) -> Entity:
    for e in people(text):
        if e.name == name:
            return e
    raise AssertionError(f"{name!r} not among {[e.name for e in people(text)]}")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # one name spelt with and without its accents
        ("Foreign Minister Mevlut Cavusoglu spoke. Later Çavuşoğlu said talks would go on.", 1),
        ("Minister Jiří Novák arrived. Novak said he was pleased.", 1),
        # a particle capitalised at the start of a sentence
        ("Commission head Ursula von der Leyen arrived. Von der Leyen said it went well.", 1),
        # different surnames stay apart
        ("Minister Peter Novak arrived. Nowak said he was pleased.", 2),
    ],
)
def test_spelling_variants_are_one_person(text: str, count: int) -> None:
    assert len(people(text)) == count
