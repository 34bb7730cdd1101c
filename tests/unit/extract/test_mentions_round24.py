"""Mentions, round 24: connectives that open a sentence, "Pres" as a title, and the adjective "general"."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import roles

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Besides, the ministers discussed the coming state visit.",
        "Besides Okonkwo, the envoy met President Ruto on Friday.",
        "Nonetheless, Minister Abebe said the deal would hold.",
        "Likewise, the two leaders agreed to meet again.",
        "Alongside Chancellor Weber, the delegation toured the port.",
    ],
)
def test_a_connective_opening_a_sentence_is_no_name(text: str) -> None:
    people = roles(text, PUBLISHED)
    assert not any(n.split()[0] in ("Besides", "Nonetheless", "Likewise", "Alongside") for n in people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tanzanian Pres Kalu, Kenyan Pres Odera meet in Arusha\n\nThe talks ran long.", "Kalu"),
        ("Pres Odera will travel to Accra next week.", "Odera"),
        ("The talks with Pres Mensah ended on Monday.", "Mensah"),
    ],
)
def test_pres_is_a_title(text: str, name: str) -> None:
    assert roles(text, PUBLISHED).get(name) == "President"


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("Minister Abebe spoke. The country gears up for the general elections in May.", False),
        ("Minister Abebe spoke. He said the general public backs the plan.", False),
        ("General Okoro met the press. The general said the war was over.", True),
        ("General Okoro arrived. Asked about the war, the general told reporters it was over.", True),
    ],
)
def test_general_before_a_noun_is_an_adjective(text: str, described: bool) -> None:
    doc = build_document(text, PUBLISHED)
    found = [m.text.lower() for m in doc.mentions if m.kind == "role"]
    assert ("the general" in found) is described
