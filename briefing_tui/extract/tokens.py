"""Word tokens with offsets, shared by the mention and role stages."""

from __future__ import annotations

import re
from typing import NamedTuple

# Dotted acronyms (U.S., U.A.E.), possessive 's, words with inner hyphens or
# apostrophes (al-Maliki, O'Brien), numbers, and single punctuation marks. No token starts
# with white space or "_"; the leading lookahead says so, which lets the scan skip them faster.
_TOKEN = re.compile(
    r"(?=[^\s_])"
    r"(?:(?:[A-Za-z]\.){2,}"
    r"|'s\b"
    r"|[^\W\d_][\w]*(?:-[\w]+|'(?!s\b)[\w]+)*"
    r"|\d[\d,.]*\w*"
    r"|[^\w\s])"
)


class Token(NamedTuple):
    """A word or punctuation mark; ``cap`` (starts with a capital) and ``low`` are precomputed."""

    start: int
    end: int
    text: str
    cap: bool
    low: str


_new_token = tuple.__new__


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    # tuple.__new__ skips the NamedTuple constructor: tokenizing is the hottest loop of the stages
    return [
        _new_token(Token, (m.start(), m.end(), g, g[:1].isupper(), g.lower()))
        for m in _TOKEN.finditer(text, start, end)
        for g in (m.group(),)
    ]


def sentence_tokens(doc) -> list[list[Token]]:  # noqa: ANN001 - Document, imported lazily to avoid a cycle
    """Tokens of every sentence, computed once per document and shared by the stages."""
    if len(doc.tokens) != len(doc.sentences):
        doc.tokens = [tokenize(doc.text, s.start, s.end) for s in doc.sentences]
    return doc.tokens


def words(phrase: str) -> tuple[str, ...]:
    """The token texts of a lexicon phrase, as :func:`tokenize` would cut them."""
    return tuple(t.text for t in tokenize(phrase))
