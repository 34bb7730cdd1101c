"""The statements stage's cheap tests and narrowed searches find exactly what the plain ones find."""

from __future__ import annotations

import random
import re

from briefing_tui.extract import statements
from briefing_tui.extract.gates import finditer_at, word_starts

_WORDS = [
    "statement",
    "statements",
    "misstatement",
    "announcement",
    "declaration",
    "assurance",
    "assurances",
    "pledge",
    "warning",
    "claim",
    "claims",
    "remarks",
    "comment",
    "comments",
    "accusation",
    "suggestion",
    "by",
    "from",
    "that",
    "the",
    "ministry",
    "Ruiz's",
    "Ruiz\u2019s",
    "referring",
    "to",
    "after",
    "was",
]
_SPACES = [" ", " ", " ", "  ", "\n", "\u00a0", ""]


def _texts(count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = [rng.choice(_WORDS) + rng.choice(_SPACES) for _ in range(rng.randint(1, 9))]
        out.append("".join(parts))
    return out


def _pattern_nouns(pattern: str, nouns: tuple[str, ...]) -> set[str]:
    """The words of the alternation in ``pattern`` that holds the first of ``nouns``."""
    group = re.search(r"\(\?:((?:[a-z]+\|)*" + nouns[0] + r"(?:\|[a-z]+)*)\)", pattern)
    assert group is not None
    return set(group.group(1).split("|"))


def test_noun_before_is_the_pairwise_test() -> None:
    for text in _texts(4000):
        by = any(f"{n}{w}" in text for n in statements._STATEMENT_NOUNS for w in statements._BY_FROM)
        assert statements._noun_before(text, statements._STATEMENT_NOUNS, statements._BY_FROM) == by, text
        that = any(f"{n}{w}" in text for n in statements._OWNED_NOUNS for w in statements._THAT)
        assert statements._noun_before(text, statements._OWNED_NOUNS, statements._THAT) == that, text


def test_statement_by_opens_on_its_nouns() -> None:
    # the patterns' alternations are the noun lists the guards and start positions are made from
    assert _pattern_nouns(statements._STATEMENT_BY.pattern, statements._STATEMENT_NOUNS) == set(
        statements._STATEMENT_NOUNS
    )
    assert _pattern_nouns(statements._OWNED_STATEMENT.pattern, statements._OWNED_NOUNS) == set(
        statements._OWNED_NOUNS
    )
    pattern = statements._STATEMENT_BY
    for text in _texts(4000, seed=12):
        text = text.replace("from ", "from the new government that ", 1)
        plain = [m.span() for m in pattern.finditer(text)]
        found = [m.span() for m in finditer_at(pattern, text, word_starts(text, statements._STATEMENT_NOUNS))]
        assert found == plain, text
