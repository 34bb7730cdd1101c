"""Quoted passages, round 10: a mark that never closes does not swallow the narrative after it."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import quote_bodies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer forgot the closing mark and went on with the story
        (
            'Ruiz said: "We are ready to talk. Berg said the two sides would meet in May.',
            [("We are ready to talk.", False)],
        ),
        # a line break inside a blank-line paragraph (a lost blank line) before the narrative
        (
            'Talks began.\n\nRuiz said: "We are ready to talk\nForeign Minister Tom Berg told reporters it was over.',
            [("We are ready to talk", False)],
        ),
        ('"Trade is up. She also told the press the port is open.', [("Trade is up.", False)]),
        # a quote opened again later: the earlier one ends before the narrative
        (
            'He said "we will win. Berg said: "No way," and left.',
            [("we will win.", False), ("No way", True)],
        ),
        # the speaker's own words go on: 'I said', 'we told' stay quoted
        (
            'Ruiz said: "We are ready. I said so in May and we told them again.',
            [("We are ready. I said so in May and we told them again.", False)],
        ),
        # a closed quote is never cut
        ('"We will win. Berg told me so," she said.', [("We will win. Berg told me so", True)]),
        # a quote left open for the next paragraph keeps its words
        (
            '"We are ready to talk about the border.\n\n"The rest can wait," she said.',
            [("We are ready to talk about the border.", False), ("The rest can wait", True)],
        ),
    ],
)
def test_unclosed_quote_stops_at_narrative(text: str, expected: list[tuple[str, bool]]) -> None:
    assert quote_bodies(text) == expected
