"""Stage statements, round 18: a page menu signs no epigraph; 'she' after a man's 'he' is someone else."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import RUIZ_BERG_UN as CAST
from tests.unit.extract.helpers import run


def test_menu_entry_under_a_headline_is_no_signature() -> None:
    text = "LEADERS GATHER AHEAD OF THE SPRING SUMMIT IN LIMA\n\n- Details\n\n- Category: Media"
    assert run(text, CAST) == []
    signed = "We will never give up on peace in the region, whatever comes.\n\n- Tom Berg, May 2, 2021"
    assert run(signed, CAST) == [
        ("direct", "Tom Berg", "We will never give up on peace in the region, whatever comes")
    ]


def _speakers(text: str) -> list[tuple[str | None, str]]:
    """(speaker name, first words) of each statement the whole pipeline finds."""
    doc = build_document(text, date(2024, 5, 6))
    names = [e.name for e in doc.entities]
    return [(names[s.speaker] if s.speaker is not None else None, s.text[:20]) for s in doc.statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'She said' after a man's 'He said': the woman just introduced speaks, not him
        (
            "Prime Minister Tom Berg opened the summit. He said the region must act on climate.\n"
            "Ana Ruiz, who chairs the bloc, spoke next. She said the bloc would press for more funds.",
            [("Tom Berg", "the region must act "), ("Ana Ruiz", "the bloc would press")],
        ),
        # a chairman may be a woman: her 'she' is hers
        (
            "The bloc's Chairman, Prime Minister Ana Ruiz, opened the summit. She said the bloc would "
            "press for more funds.",
            [("Ana Ruiz", "the bloc would press")],
        ),
        # the same pronoun: the speaker just before speaks on, as before
        (
            "Prime Minister Tom Berg opened the summit. He said the region must act on climate.\n"
            "Jon Keta, who chairs the bloc, spoke next. He said the bloc would press for more funds.",
            [("Tom Berg", "the region must act "), ("Tom Berg", "the bloc would press")],
        ),
    ],
)
def test_pronoun_of_the_other_gender_is_someone_else(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _speakers(text) == expected
