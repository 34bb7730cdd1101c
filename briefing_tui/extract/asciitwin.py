"""Patterns searched with ``re.ASCII`` in a plain ASCII document: the same matches, fewer instructions.

In a string of ASCII characters only, none of them the separators ``\\x1c``-``\\x1f`` (white space to
Unicode, not to ASCII), a pattern compiled with ``re.ASCII`` matches exactly where the pattern as
written does: ``\\w``, ``\\d``, ``\\s`` and ``\\b`` read ASCII characters alike, and a case-insensitive
letter has no non-ASCII partner in the text to meet (the Kelvin sign for "k", the long s for "s"). The
ASCII pattern tests a small table where the Unicode one asks the character database about every
character it tries for ``\\w``, ``\\s`` or a case-insensitive letter: the meeting stage's patterns are
mostly case-insensitive and tried at every offset of a window before or after a trigger.

The pipeline declares its document's text once (:func:`declare`), for every stage; a :class:`Twin`
then searches with the ASCII pattern only a string that *is* that text. Any other string (a place
name, a slice, another document's text) is searched with the pattern as written, so a stale
declaration, or one made by another thread meanwhile, is never wrong, only slower.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

_SEPARATORS = ("\x1c", "\x1d", "\x1e", "\x1f")

_plain: str | None = None  # the declared text, when it is plain ASCII


def declare(text: str) -> None:
    """Let the twins search ``text`` with their ASCII patterns, if it is plain ASCII."""
    global _plain
    _plain = text if text.isascii() and not any(sep in text for sep in _SEPARATORS) else None


class _Unbuilt:
    """A twin's ASCII pattern until first used: compiled then (~0.5 ms a pattern, paid only for the patterns
    a plain document reaches), and put in its place, so later calls go straight to it."""

    __slots__ = ("twin",)

    def __init__(self, twin: Twin) -> None:
        self.twin = twin

    def __getattr__(self, name: str) -> Any:  # search, match ... of the compiled pattern
        unicode = self.twin.unicode
        self.twin.ascii = re.compile(unicode.pattern, (unicode.flags & ~re.UNICODE) | re.ASCII)
        return getattr(self.twin.ascii, name)


class Twin:
    """A pattern and its ``re.ASCII`` twin, with the methods of ``re.Pattern`` the stage calls.

    (No ``__getattr__`` here: it would slow every attribute read of every call.)"""

    __slots__ = ("unicode", "ascii")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.unicode = re.compile(pattern, flags)
        self.ascii: re.Pattern[str] | _Unbuilt = _Unbuilt(self)

    @property
    def pattern(self) -> str:
        return self.unicode.pattern

    @property
    def flags(self) -> int:
        return self.unicode.flags

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self.ascii if text is _plain else self.unicode).search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self.ascii if text is _plain else self.unicode).match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self.ascii if text is _plain else self.unicode).fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return (self.ascii if text is _plain else self.unicode).finditer(text, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return (self.ascii if text is _plain else self.unicode).sub(repl, text, count)


def twin(pattern: str, flags: int = 0) -> Twin:
    """``re.compile`` for a pattern a stage searches in its document's text."""
    return Twin(pattern, flags)
