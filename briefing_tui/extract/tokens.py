"""Word tokens with offsets, shared by the mention and role stages."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Dotted acronyms (U.S., U.A.E.), possessive 's, words with inner hyphens or
# apostrophes (al-Maliki, O'Brien), numbers, and single punctuation marks.
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    r"|'s\b"
    r"|[^\W\d_][\w]*(?:-[\w]+|'(?!s\b)[\w]+)*"
    r"|\d[\d,.]*\w*"
    r"|[^\w\s]"
)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def cap(self) -> bool:
        """Starts with a capital letter (a candidate name word)."""
        return self.text[:1].isupper()

    @property
    def low(self) -> str:
        return self.text.lower()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, end)]


def words(phrase: str) -> tuple[str, ...]:
    """The token texts of a lexicon phrase, as :func:`tokenize` would cut them."""
    return tuple(t.text for t in tokenize(phrase))
