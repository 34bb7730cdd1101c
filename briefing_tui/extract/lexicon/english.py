"""Ordinary English words: tells a capitalised phrase ("Single Market", "Think Tanks") from a name.

A person's name is rarely made only of words a dictionary writes in lower case; a phrase
that is ("Key Points", "Mediation Team") is a heading, a body or a topic. The list is SCOWL's
size-50 English word list (its lower-case entries only: proper nouns are capitalised there),
so "price" and "bush" are in it and "Tokayev" is not: callers pair it with given names.
It is read on first use, not on import, so importing the extraction package stays light.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

_FILE = "english_words.txt"


@cache
def _words() -> frozenset[str]:
    text = resources.files(__package__).joinpath(_FILE).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_english_word(word: str) -> bool:
    """True when ``word``, lower-cased, is an ordinary English word ("Zone", "tanks")."""
    return word.lower() in _words()
