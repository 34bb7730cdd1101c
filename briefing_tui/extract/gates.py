"""Cheap tests that let a whole-text regex search only the stretches where it can match.

A pattern searched over a whole article pays for every character it is tried at. When
every match of it holds one of a few words, the lines (or positions) around those words,
found with ``str.find``, are all it needs to see. ``pattern.finditer(text, lo, hi)`` still
looks at the text before ``lo`` for ``\\b`` and lookbehinds, so a match found in such a
stretch is the one a search of the whole text finds there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def lines_with(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` (between newlines) holding one of ``words``, in text order."""
    starts: set[int] = set()
    for word in words:
        i = text.find(word)
        while i >= 0:
            start = text.rfind("\n", 0, i) + 1
            starts.add(start)
            end = text.find("\n", i)
            if end < 0:
                break
            i = text.find(word, end)
    spans = []
    for start in sorted(starts):
        end = text.find("\n", start)
        spans.append((start, end if end >= 0 else len(text)))
    return spans


def finditer_in_lines(pattern: re.Pattern[str], text: str, words: Iterable[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match holds one of ``words`` and no newline
    (nor needs to look past one): only the lines holding a word are searched."""
    for start, end in lines_with(text, words):
        yield from pattern.finditer(text, start, end)


def finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that matches only at one of ``starts`` (any order,
    repeats allowed): it is tried there alone, leftmost first, never inside a match already found."""
    taken = 0
    for pos in sorted(set(starts)):
        if pos < taken:
            continue
        m = pattern.match(text, pos)
        if m is not None:
            taken = m.end()
            yield m


def word_starts(text: str, words: Iterable[str], back: int = 0) -> list[int]:
    """Where each occurrence of ``words`` in ``text`` starts, ``back`` characters earlier (not before 0)."""
    found = []
    for word in words:
        i = text.find(word)
        while i >= 0:
            found.append(max(0, i - back))
            i = text.find(word, i + 1)
    return found


def any_in(text: str, words: Iterable[str], lo: int, hi: int) -> bool:
    """Whether one of ``words`` lies wholly inside ``text[lo:hi]``: a pattern each of whose matches
    holds one of them cannot match in a stretch without any (``str.find`` is a C loop, the regex
    engine a restart at every character)."""
    for word in words:  # noqa: SIM110 - a generator for any() costs more than the finds it makes
        if text.find(word, lo, hi) >= 0:
            return True
    return False


def trie_pattern(words: list[str]) -> str:
    """One regex for many words, as a trie: each position tests one character class, not every word."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [
            (r"\s+" if ch == " " else re.escape(ch)) + build(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)
