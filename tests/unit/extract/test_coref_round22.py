"""Coreference, round 22: a nickname after a full name, and a delegation going somewhere."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _people(text: str) -> list[tuple[str, str | None, list[str]]]:
    doc = build_document(text, date(2024, 3, 5))
    return [(e.name, e.affiliation, e.aliases) for e in doc.entities if e.kind == "person"]


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            'Prime Minister Ram Bahadur Thapa "Badal" flew in. Later Prime Minister Badal met the press.',
            "Ram Bahadur Thapa",
            "Prime Minister Badal",
        ),
        ("Leader Ahmad Shah Massoud (Amer) spoke. Amer said it was over.", "Ahmad Shah Massoud", "Amer"),
    ],
)
def test_a_quoted_nickname_after_a_full_name_is_that_person(text: str, name: str, alias: str) -> None:
    people = _people(text)
    assert [p[0] for p in people] == [name]
    assert alias in people[0][2]


def test_a_quoted_word_apart_from_a_name_is_no_nickname() -> None:
    names = [p[0] for p in _people('Ram Bahadur Thapa said "Badal" was late. Kofi Mensah agreed.')]
    assert "Ram Bahadur Thapa" in names


@pytest.mark.parametrize(
    ("text", "member", "side"),
    [
        (
            "Nepal Prime Minister Ram Bahadur Thapa will visit Japan at the invitation of Prime Minister"
            " Taro Sato. Thapa's delegation to Japan will also include Minister for Trade Hari Karki.",
            "Hari Karki",
            "Nepal",
        ),
        (
            "Ghana's President Kofi Mensah will visit Peru at the invitation of President Luis Soto."
            " Mensah's delegation to Peru would comprise Minister for Trade Ama Owusu.",
            "Ama Owusu",
            "Ghana",
        ),
    ],
)
def test_a_delegation_going_somewhere_takes_its_leader_side(text: str, member: str, side: str) -> None:
    assert dict((p[0], p[1]) for p in _people(text))[member] == side
