"""Meetings, round 14: calls whose other party is named inside the cue ("spoke with X by phone")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2022, 9, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one spoken with or to sits between the verb and "by phone": a participant
        (
            "Foreign Minister Anna Berg spoke with President Jon Keta by phone on Monday.",
            [("call", frozenset({"Anna Berg", "Jon Keta"}), None)],
        ),
        (
            "Foreign Minister Anna Berg had spoken to her Kenyan counterpart Omar Sala over the phone.",
            [("call", frozenset({"Anna Berg", "Omar Sala"}), None)],
        ),
        (
            "Anna Berg talked to Jon Keta by telephone about the election.",
            [("call", frozenset({"Anna Berg", "Jon Keta"}), None)],
        ),
        # the other party after the cue, as before
        (
            "Anna Berg spoke by phone with Jon Keta on Monday.",
            [("call", frozenset({"Anna Berg", "Jon Keta"}), None)],
        ),
        # a topic, not a person, inside the cue: the speaker alone is no call
        ("Anna Berg spoke about the election by phone on Monday.", []),
    ],
)
def test_call_party_inside_the_cue(text: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location") == expected, text
