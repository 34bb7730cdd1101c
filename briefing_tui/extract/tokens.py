"""Word tokens with offsets, shared by the mention and role stages."""

from __future__ import annotations

import re
from itertools import accumulate, repeat
from operator import itemgetter
from typing import NamedTuple


# Dotted acronyms (U.S., U.A.E.), possessive 's, words with inner hyphens or
# apostrophes (al-Maliki, O'Brien), numbers, and single punctuation marks. No token starts
# with white space or "_"; the leading lookahead says so, which lets the scan skip them faster.
# Each branch ends on its repeats, so the first way it matches is its longest: the possessive
# repeats (*+, ++) only stop the engine from saving positions it would never return to (1.6x).
# ``space`` is the class of white space (see _ASCII_SPLIT).
def _token_pattern(space: str) -> str:
    return (
        rf"(?=[^{space}_])"
        r"(?:(?:[A-Za-z]\.){2,}+"
        r"|'s\b"
        r"|[^\W\d_]\w*+(?:-\w++|'(?!s\b)\w++)*+"
        r"|\d[\d,.]*+\w*+"
        rf"|[^\w{space}])"
    )


_TOKEN = re.compile(_token_pattern(r"\s"))


class Token(NamedTuple):
    """A word or punctuation mark; ``cap`` (starts with a capital) and ``low`` are precomputed."""

    start: int
    end: int
    text: str
    cap: bool
    low: str


# The same pattern as one capture group: re.split then yields gaps and tokens alternately, and
# the offsets are running sums of their lengths. Building every Token with C-level map/zip
# instead of a Python loop over match objects makes tokenizing (the hottest loop) ~1.3x faster.
_SPLIT = re.compile(f"({_TOKEN.pattern})")
# The same for ASCII text (almost every article): with re.ASCII, \w, \d and \s test a small
# table, not the Unicode database, for ~17% fewer instructions per split. On ASCII characters
# the two readings agree for \w ([A-Za-z0-9_]), \d ([0-9]) and so \b; Unicode white space
# also holds the separators \x1c-\x1f, which are added to \s.
_ASCII_SPLIT = re.compile("(" + _token_pattern(r"\s\x1c-\x1f") + ")", re.ASCII)
_new_token = tuple.__new__
_first_char = itemgetter(0)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    segment = text[start:end]
    pieces = (_ASCII_SPLIT if segment.isascii() else _SPLIT).split(segment)  # gap, token, ..., token, gap
    texts = pieces[1::2]
    offsets = list(accumulate(map(len, pieces), initial=start))
    if "&" in segment:
        # "Secretary for Transport & Housing", "Bosnia & Herzegovina": an ampersand is read as the
        # word "and" (its offsets stay the sign's), so names and offices joined by it hold together
        texts = ["and" if x == "&" else x for x in texts]
    starts, ends = offsets[1:-1:2], offsets[2::2]
    caps = map(str.isupper, map(_first_char, texts))
    fields = zip(starts, ends, texts, caps, map(str.lower, texts), strict=True)
    return list(map(_new_token, repeat(Token), fields))


def sentence_tokens(doc) -> list[list[Token]]:  # noqa: ANN001 - Document, imported lazily to avoid a cycle
    """Tokens of every sentence, computed once per document and shared by the stages."""
    if len(doc.tokens) != len(doc.sentences):
        doc.tokens = [tokenize(doc.text, s.start, s.end) for s in doc.sentences]
    return doc.tokens


# Letters and single spaces only: :func:`tokenize` would cut such a phrase at its spaces, so the
# lexicons' thousands of plain phrases skip the regex at import.
_PLAIN_PHRASE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def words(phrase: str) -> tuple[str, ...]:
    """The token texts of a lexicon phrase, as :func:`tokenize` would cut them."""
    if _PLAIN_PHRASE.fullmatch(phrase):
        return tuple(phrase.split(" "))
    return tuple(t.text for t in tokenize(phrase))
