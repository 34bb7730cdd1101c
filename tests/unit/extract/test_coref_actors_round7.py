"""Stages mentions/coref: quoted names are no antecedents, national leader descriptions, body anaphors."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.document import Document
from briefing_tui.extract.pipeline import build_document


def doc_of(text: str) -> Document:
    return build_document(text, date(2024, 3, 5))


def names(text: str, kind: str) -> list[str]:
    return [e.name for e in doc_of(text).entities if e.kind == kind]


@pytest.mark.parametrize(
    ("text", "persons", "orgs"),
    [
        # an adjective before a state head makes a body, not a leader's government read as the leader
        ("The Federal Government said so.", [], ["Federal Government"]),
        ("The Transitional Administration will meet on Monday.", [], ["Transitional Administration"]),
        ("The Military Government ruled the country.", [], ["Military Government"]),
        # a leader's name before one still is the leader
        ("The Carter Administration said so.", ["Carter"], []),
    ],
)
def test_qualified_government_is_no_person(text: str, persons: list[str], orgs: list[str]) -> None:
    assert names(text, "person") == persons
    assert names(text, "organization") == orgs
