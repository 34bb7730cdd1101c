"""Quoted passages: openings, closings, curly and straight marks, quotes left open."""

from __future__ import annotations

import pytest

from briefing_tui.extract.quotes import find_quotes, paragraphs
from tests.unit.extract.helpers import quote_bodies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will win," he said.', [("We will win", True)]),
        ("\u201cWe will win,\u201d he said.", [("We will win", True)]),
        ('He said: "We will win."', [("We will win.", True)]),
        ('"A," he said, "B and C."', [("A", True), ("B and C.", True)]),
        ('China "deeply sympathizes" with them.', [("deeply sympathizes", True)]),
        ("No quotes at all here.", []),
        ("", []),
        ('Unbalanced "quote that never closes', [("quote that never closes", False)]),
        ('Empty "" marks.', []),
        # a quote continuing in the next paragraph repeats the opening mark and has no closing one
        (
            '"First part of the quote.\n\n"Second part," she said.',
            [("First part of the quote.", False), ("Second part", True)],
        ),
        # apostrophes are not quotes; a one-word single-quoted phrase is not kept
        ("It's the minister's 'view', he said.", []),
        # British style single quotes, outside double quotes only
        ("'This was neither free nor fair,' Lammy said.", [("This was neither free nor fair", True)]),
        ("\u2018We will not yield,\u2019 she said.", [("We will not yield", True)]),
        # a closing single quote needs punctuation next to it: "officials' statements" is a possessive
        (
            "'The officials' statements were clear,' he said.",
            [("The officials' statements were clear", True)],
        ),
        ("The officials' statements were 'clear and final' today.", []),
        ("'an opening that never closes", []),
        (
            "\"He called it 'a grave mistake' in public,\" she said.",
            [("He called it 'a grave mistake' in public", True)],
        ),
        # guillemets
        ("\u00abNous gagnerons\u00bb, a-t-il dit.", [("Nous gagnerons", True)]),
    ],
)
def test_find_quotes(text: str, expected: list[tuple[str, bool]]) -> None:
    assert quote_bodies(text) == expected


def test_curly_shape_is_read_from_the_original() -> None:
    # cleaning made every mark straight; the original still tells openers from closers
    original = "He said \u201cyes\u201d and \u201cno\u201d."
    cleaned = original.replace("\u201c", '"').replace("\u201d", '"')
    assert quote_bodies(cleaned, original) == [("yes", True), ("no", True)]


def test_a_fresh_opening_mark_ends_a_quote_left_open() -> None:
    original = "\u201cOne never closed \u201cTwo closed\u201d after."
    cleaned = original.replace("\u201c", '"').replace("\u201d", '"')
    assert quote_bodies(cleaned, original) == [("One never closed", False), ("Two closed", True)]


def test_quotes_never_cross_paragraphs() -> None:
    # the stray closing mark in the second paragraph opens nothing
    assert quote_bodies('He said "one\n\ntwo" later.') == [("one", False)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("one\n\ntwo\n\n\nthree", 3),
        ("one\ntwo\nthree", 3),  # no blank lines: every line is a paragraph
        ("one\ntwo\n\nthree", 2),  # blank lines present: single newlines are wrapping
        ("   \n\n  ", 0),
    ],
)
def test_paragraphs(text: str, count: int) -> None:
    assert len(paragraphs(text)) == count


def test_noise_is_bounded() -> None:
    text = '"' * 50_000 + "x" + "\u201c" * 50_000
    quotes = find_quotes(text)
    assert all(q.end >= q.start for q in quotes)
