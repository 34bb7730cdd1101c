"""Double quote marks nested in a long double-quoted passage."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import quote_bodies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short term in double marks inside a long quote: one quote, the inner marks kept
        (
            '"They have still not sent the so-called "road map" they promised us weeks ago," the minister said.',
            [('They have still not sent the so-called "road map" they promised us weeks ago', True)],
        ),
        (
            '"We talked about trade and about the new "green corridor" plan for the port," she said.',
            [('We talked about trade and about the new "green corridor" plan for the port', True)],
        ),
        # an outer quote too short to hold another: read as before
        ('"Fine" and "good" were his words.', [("Fine", True), ("good", True)]),
        # a long quote left open, then a new quote with its own attribution: not nested
        (
            '"This part of the quote runs on and never gets its closing mark. "Next part," she said.',
            [("This part of the quote runs on and never gets its closing mark.", False), ("Next part", True)],
        ),
        # the inner quote is long: a new quote, not a nested term
        (
            '"The first quote here is rather long and it never closes at all "but this one is long too '
            'and it runs on for many words" and then a stray mark"',
            [
                ("The first quote here is rather long and it never closes at all", False),
                ("but this one is long too and it runs on for many words", True),
            ],
        ),
    ],
)
def test_nested_quotes(text: str, expected: list[tuple[str, bool]]) -> None:
    assert quote_bodies(text) == expected
