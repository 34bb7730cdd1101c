"""Word tokens with offsets, shared by the mention and role stages."""

from __future__ import annotations

import re

# Dotted acronyms (U.S., U.A.E.), possessive 's, words with inner hyphens or
# apostrophes (al-Maliki, O'Brien), numbers, and single punctuation marks.
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    r"|'s\b"
    r"|[^\W\d_][\w]*(?:-[\w]+|'(?!s\b)[\w]+)*"
    r"|\d[\d,.]*\w*"
    r"|[^\w\s]"
)


class Token:
    """A word or punctuation mark; ``cap`` (starts with a capital) and ``low`` are precomputed."""

    __slots__ = ("start", "end", "text", "cap", "low")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.cap = text[:1].isupper()
        self.low = text.lower()

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def sentence_tokens(doc) -> list[list[Token]]:  # noqa: ANN001 - Document, imported lazily to avoid a cycle
    """Tokens of every sentence, computed once per document and shared by the stages."""
    if len(doc.tokens) != len(doc.sentences):
        doc.tokens = [tokenize(doc.text, s.start, s.end) for s in doc.sentences]
    return doc.tokens


def words(phrase: str) -> tuple[str, ...]:
    """The token texts of a lexicon phrase, as :func:`tokenize` would cut them."""
    return tuple(t.text for t in tokenize(phrase))
