"""Stage speech, round 19: 'coordinator' and 'adviser' head an office phrase set off by commas."""

from __future__ import annotations

import pytest

from briefing_tui.extract import speech
from briefing_tui.extract.pipeline import build_document, parse_published


@pytest.mark.parametrize("word", ["coordinator", "adviser", "advisor"])
def test_office_heads(word: str) -> None:
    assert word in speech.ROLE_HEADS


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We expect the visit early next month," Tom Berg, National Security Coordinator for '
            "Strategic Planning, told reporters on Friday.",
            "Tom Berg",
        ),
        (
            '"The talks were useful," Ana Ruiz, Senior Adviser for Trade Policy, said on Monday.',
            "Ana Ruiz",
        ),
    ],
)
def test_named_speaker_before_office_apposition(text: str, speaker: str) -> None:
    doc = build_document(text, parse_published("2023-01-01"))
    direct = [s for s in doc.statements if s.kind == "direct"]
    assert len(direct) == 1
    assert doc.entities[direct[0].speaker].name == speaker


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("Berg spoke highly of the work done by both teams.", ["spoke highly of"]),
        ("She speaks highly of her hosts.", ["speaks highly of"]),
        # speaking alone reports nothing
        ("He spoke to the press after lunch.", []),
        ("They spoke highly, then left.", []),
        ("The minister referred to the close ties of the two nations.", ["referred to"]),
        ("He refers to the treaty in every speech.", ["refers to"]),
        # a verb of its own before 'to' is not the phrasal verb
        ("She referred the case for review.", []),
    ],
)
def test_phrasal_speech_verbs(text: str, forms: list[str]) -> None:
    assert [v.form for v in speech.speech_verbs(text)] == forms
