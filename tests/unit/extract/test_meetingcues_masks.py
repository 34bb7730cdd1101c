"""The trigger masks (meetingcues.TRIGGER_MASKS) pick, for a window's keywords, exactly the triggers that
name one of them, in TRIGGERS order: the order find_hits has always tried them in."""

from __future__ import annotations

import pytest

from briefing_tui.extract.meetingcues import (
    TRIGGER_MASKS,
    TRIGGER_WORDS,
    TRIGGERS,
    keyword_windows,
    triggers_for,
)
from briefing_tui.extract.tokens import tokenize


def _by_keys(words: set[str]) -> tuple:
    return tuple(t for t in TRIGGERS if t.keys & words)


def test_every_trigger_word_has_a_mask() -> None:
    assert set(TRIGGER_MASKS) == set(TRIGGER_WORDS)
    assert all(TRIGGER_MASKS[w] for w in TRIGGER_WORDS)


@pytest.mark.parametrize("word", sorted(TRIGGER_WORDS))
def test_one_word(word: str) -> None:
    assert triggers_for(TRIGGER_MASKS[word]) == _by_keys({word})


@pytest.mark.parametrize(
    "words",
    [
        {"meeting", "visit"},
        {"talks", "summit", "in"},
        {"met", "discussed", "call"},
        {"be", "in", "visit", "meetings"},
    ],
)
def test_several_words(words: set[str]) -> None:
    words &= TRIGGER_WORDS
    mask = 0
    for w in words:
        mask |= TRIGGER_MASKS[w]
    assert triggers_for(mask) == _by_keys(words)


@pytest.mark.parametrize(
    ("sentence", "windows"),
    [
        ("The weather was fine all week.", 0),  # no keyword
        ("He lives in Paris.", 0),  # "in" alone, not after "is"/"was"
        ("The minister met her counterpart.", 1),
        ("They met on Monday and held talks.", 1),  # near keywords: one window
        ("She met the mayor. " + "Nothing more was said about it then. " * 4 + "Talks follow.", 2),
    ],
)
def test_windows(sentence: str, windows: int) -> None:
    found = keyword_windows(tokenize(sentence), 0, len(sentence))
    assert len(found) == windows
    for _start, _end, mask in found:
        assert triggers_for(mask)  # every window tries at least one trigger
