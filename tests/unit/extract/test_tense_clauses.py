"""tense_near: the words before "that" belong to the saying, not to the clause it introduces."""

from __future__ import annotations

import pytest

from briefing_tui.extract.tense import tense_near


@pytest.mark.parametrize(
    ("text", "word", "tense"),
    [
        ("The office said earlier that his trip will go ahead.", "trip", "future"),
        ("Aides said yesterday that the visit would take place.", "visit", "future"),
        # without "that", the nearest cue on the left still decides
        ("The office said earlier his trip went ahead.", "trip", "past"),
        ("The ministers met last week in Rome.", "week", "past"),
        # the cue after "that" is in the same clause
        ("They said that the trip was useful.", "useful", "past"),
    ],
)
def test_that_bounds_the_left_side(text: str, word: str, tense: str) -> None:
    at = text.index(word)
    assert tense_near(text, at, at + len(word)) == tense


@pytest.mark.parametrize(
    ("text", "word", "tense"),
    [
        # a trailing report (", the White House has announced") does not date the clause before it
        ("Leaders gather for a summit in the capital in May, the White House has announced.", "May", None),
        ("Leaders gather for a summit in May, officials announced.", "May", "past"),
        # without a comma the verb after is the clause's own
        ("The talks in May ended without a deal.", "May", "past"),
    ],
)
def test_a_trailing_report_is_another_clause(text: str, word: str, tense: str | None) -> None:
    at = text.index(word)
    assert tense_near(text, at, at + len(word)) == tense


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("They discussed the envisioned summit.", "future"),
        ("They discussed the envisaged summit.", "future"),
        ("They discussed the summit.", "past"),
    ],
)
def test_envisioned_looks_ahead(text: str, tense: str) -> None:
    at = text.index("summit")
    assert tense_near(text, at, at + len("summit")) == tense
