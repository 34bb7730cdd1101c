"""Mentions, round 30 (audit of unseen articles): the bodies of a credit line ("Photo: X", "(c) X",
"Courtesy X", an agency alone after a caption's full stop) are the line's source, no actor (a
photographer credited stays a person, with the role rolecredits gives)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _actors(text: str) -> list[str]:
    doc = build_document(text, date(2023, 10, 3))
    return sorted(e.name for e in doc.entities)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Ruiz waves to the crowd in Lima on Monday.  AP\n\nAna Ruiz, Peru's president, met Tomas Vidal.",
            ["Ana Ruiz", "Peru", "Tomas Vidal"],
        ),
        ("Photo: Reuters\n\nPeru's president Ana Ruiz met Tomas Vidal.", ["Ana Ruiz", "Peru", "Tomas Vidal"]),
        (
            "Ana Ruiz meets Tomas Vidal. PHOTO: Lena Moss/Reuters\nPeru's president Ana Ruiz met Tomas Vidal.",
            ["Ana Ruiz", "Lena Moss", "Peru", "Tomas Vidal"],
        ),
        (
            "Courtesy Andes Daily\n\nPeru's president Ana Ruiz met Tomas Vidal.",
            ["Ana Ruiz", "Peru", "Tomas Vidal"],
        ),
        (
            "Peru's president Ana Ruiz may also meet Tomas Vidal.\u00a9 KYODO\nShe flies on Monday.",
            ["Ana Ruiz", "Peru", "Tomas Vidal"],
        ),
        # near misses: an agency that ends a sentence's words, or one in the middle of a line, is named
        (
            "Peru's president Ana Ruiz met Tomas Vidal, the AP reported.\nShe flew home.",
            ["Ana Ruiz", "Associated Press", "Peru", "Tomas Vidal"],
        ),
        (
            "Peru's president Ana Ruiz met Tomas Vidal. AP reporters were there.",
            ["Ana Ruiz", "Associated Press", "Peru", "Tomas Vidal"],
        ),
    ],
)
def test_credit_lines_name_no_actor(text: str, expected: list[str]) -> None:
    assert _actors(text) == expected


@pytest.mark.parametrize("noun", ["Communique", "Communiqu\u00e9", "Statement", "Readout"])
def test_a_capitalised_document_is_no_person(noun: str) -> None:
    text = f'The Peace Council met in Lima on Friday. "There is no military solution," the {noun} stated.'
    doc = build_document(text, date(2023, 10, 3))
    assert [e.name for e in doc.entities if e.kind == "person"] == []
    # near miss: a person who speaks after the same words is still one
    text = 'The Peace Council met in Lima on Friday. "There is no military solution," Ana Ruiz stated.'
    doc = build_document(text, date(2023, 10, 3))
    assert [e.name for e in doc.entities if e.kind == "person"] == ["Ana Ruiz"]
