"""Stage mentions (roles), round 21: an office cut short before a body's head is no role."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract import mentions, sentences
from briefing_tui.extract.document import Document


def roles(text: str) -> list[str]:
    doc = Document(original=text, text=text, published=date(2023, 5, 2))
    sentences.split(doc)
    mentions.find(doc)
    return [m.text for m in doc.mentions if m.kind in ("role", "person")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry summoned the Kenyan Deputy High Commission on Friday.", []),
        ("Staff of the Deputy High Commission left.", []),
        # negatives: a whole office stays a role
        ("The Deputy High Commissioner spoke.", ["The Deputy High Commissioner"]),
        ("The Deputy Foreign Minister spoke.", ["The Deputy Foreign Minister"]),
    ],
)
def test_modifier_before_body_head(text: str, expected: list[str]) -> None:
    assert roles(text) == expected
