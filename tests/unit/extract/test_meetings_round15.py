"""Meetings, round 15: owners are not parties, one call told twice, phone talks, fronted places."""

from __future__ import annotations

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.test_meetings_round13 import PUBLISHED, places


def dated(text: str) -> list[tuple[str, frozenset[str], str | None]]:
    """(kind, participant names, start) of each meeting the whole pipeline finds."""
    doc = build_document(text, PUBLISHED)
    return [(m.kind, frozenset(doc.entities[i].name for i in m.participants), m.start) for m in doc.meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person named as an owner ("X's secretary of state") is not the one who meets
        (
            "Anna Berg, President Jon Keta's new foreign minister, met Omar Sala on Monday.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}), None)],
        ),
        # "the PM's press secretary briefed reporters after the meeting": no meeting of the two
        (
            "President Jon Keta met Omar Sala on Monday. Keta's spokesman Anna Berg briefed reporters "
            "after the meeting.",
            [("meeting", frozenset({"Jon Keta", "Omar Sala"}), None)],
        ),
        # the owner of a trip still travels
        (
            "President Jon Keta left for Ghana on Monday. Keta's final stop will be in Senegal on Friday.",
            [("visit", frozenset({"Jon Keta", "Senegal"}), "Senegal")],
        ),
        # a plain subject is unchanged
        (
            "President Jon Keta met Omar Sala on Monday.",
            [("meeting", frozenset({"Jon Keta", "Omar Sala"}), None)],
        ),
    ],
)
def test_owner_is_no_party(text: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    found = places(text)
    for item in expected:
        assert item in found, (text, found)
    assert not any(k == "meeting" and "Anna Berg" in p and "Jon Keta" in p for k, p, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call with an unnamed counterpart, then the same person's call with one named: one call
        (
            "Anna Berg spoke by phone with her counterpart on Tuesday. Officials said Berg's call with "
            "Omar Sala lasted an hour.",
            [("call", frozenset({"Anna Berg", "Omar Sala"}), "2022-09-20")],
        ),
        # two calls of one person with two people named stay two
        (
            "Anna Berg spoke by phone with Omar Sala on Tuesday. Berg also spoke by phone with Jon Keta.",
            [
                ("call", frozenset({"Anna Berg", "Omar Sala"}), "2022-09-20"),
                ("call", frozenset({"Anna Berg", "Jon Keta"}), None),
            ],
        ),
    ],
)
def test_one_call_told_twice(text: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert dated(text) == expected, text
