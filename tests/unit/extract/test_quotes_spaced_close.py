"""A closing double mark after a stray space ('"..., " he said') still closes the quote."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import quote_bodies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # punctuation, a space, then the mark: the quote ends there
        (
            '"The trip is a big step for both of us, " the mayor said.',
            [("The trip is a big step for both of us", True)],
        ),
        ('"We are ready. " She paused.', [("We are ready.", True)]),
        ('"Are we ready? " he asked, smiling.', [("Are we ready?", True)]),
        # a mark with a space on both sides but no punctuation before: not a close
        ('"We spoke of peace " and then left.', [('We spoke of peace " and then left.', False)]),
        # the ordinary closing mark: unchanged
        ('"All is well," she said.', [("All is well", True)]),
    ],
)
def test_spaced_closing_mark(text: str, expected: list) -> None:
    assert quote_bodies(text) == expected
