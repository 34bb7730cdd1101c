"""Meeting cues, round 19: where a meeting's object list ends ("to the White House", "but ...")."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

PUBLISHED = date(2024, 8, 13)


def participants(text: str) -> list[frozenset[str]]:
    doc = build_document(text, PUBLISHED)
    return [frozenset(doc.entities[i].name for i in m.participants) for m in doc.meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the guest is welcomed is no party
        (
            "President Anna Berg spoke while welcoming Kenyan President Omar Sala to the White House for a meeting.",
            [frozenset({"Anna Berg", "Omar Sala"})],
        ),
        # a list of guests goes on
        (
            "President Anna Berg welcomed President Omar Sala and President Jon Keta on Monday.",
            [frozenset({"Anna Berg", "Omar Sala", "Jon Keta"})],
        ),
        # "but" opens another clause, whose speaker is no party
        (
            "It is unclear if the trip will include a meeting with President Omar Sala but spokesman "
            "Jon Keta of Ghana's Foreign Ministry told reporters it was possible.",
            [],
        ),
    ],
)
def test_object_list_stops(text: str, expected: list[frozenset[str]]) -> None:
    assert participants(text) == expected
