"""The meeting stage's patterns run with re.ASCII only on a declared plain ASCII text, with the same matches."""

from __future__ import annotations

import re

from briefing_tui.extract import asciitwin


def _spans(pattern: asciitwin.Twin | re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_a_declared_plain_text_is_searched_with_the_ascii_pattern() -> None:
    twin = asciitwin.twin(r"(?i)\bmet\s+\w+")
    text = "Ruto met Tinubu; they MET again"
    asciitwin.declare(text)
    assert twin.search(text) is not None and twin.search(text).re is twin.ascii
    assert _spans(twin, text) == _spans(twin.unicode, text) == [(5, 15), (22, 31)]
    assert twin.search(text[5:]).re is twin.unicode  # another string: the pattern as written


def test_text_that_is_not_plain_ascii_keeps_the_pattern_as_written() -> None:
    twin = asciitwin.twin(r"(?i)\bs\w+")
    for text in ("\u017fpoke with X", "spoke\x1cwith X"):  # a long s matches "s"; \x1c is white space
        asciitwin.declare(text)
        assert twin.search(text).re is twin.unicode
        assert _spans(twin, text) == _spans(twin.unicode, text)
    assert re.compile(r"\s", re.ASCII).search("a\x1cb") is None  # what the ASCII twin would have missed


def test_a_twin_reads_like_its_pattern() -> None:
    twin = asciitwin.twin(r"(?P<who>[A-Z]\w+) met", re.IGNORECASE)
    assert twin.pattern == r"(?P<who>[A-Z]\w+) met" and twin.flags & re.IGNORECASE
    assert twin.match("ruto met Tinubu")["who"] == "ruto"
    assert twin.sub("X met", "Ruto met Tinubu") == "X met Tinubu"


def test_speech_tokens_read_alike_in_a_declared_ascii_text_and_in_any_other() -> None:
    from briefing_tui.extract import speech

    text = "The Foreign Minister, Ana al-Sabah (U.S.), said"
    asciitwin.declare(text)
    ascii_read = speech._tokens_before(text, 0, len(text) - 5, 40)
    asciitwin.declare("")
    assert ascii_read == speech._tokens_before(text, 0, len(text) - 5, 40)
    assert [t[2] for t in ascii_read][-4:] == ["(", "U.S.", ")", ","]
