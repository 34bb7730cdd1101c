"""Round 26: a full stop glued to an opening quote mark ('reforms."Under ...'), sentences of my own."""

from __future__ import annotations

import pytest

from briefing_tui.extract.quotes import find_quotes
from tests.unit.extract.helpers import sentences_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lost space before an opening mark: the quote starts a sentence of its own
        (
            'He praised the port reforms."Under our plan, we will do even better," Berg told the crowd.',
            [
                "He praised the port reforms.",
                '"Under our plan, we will do even better," Berg told the crowd.',
            ],
        ),
        (
            'Talks went well.The envoy left early."We will be back soon," she said.',
            ["Talks went well.", "The envoy left early.", '"We will be back soon," she said.'],
        ),
        # near-miss: a closing mark glued to the next sentence is inside the quotation: no cut before it,
        # the cut after it (round 40, 00e19cf: the count of marks tells a closing mark from an opening one)
        (
            'Ruiz said: "We are ready."The talks then ended.',
            ['Ruiz said: "We are ready."', "The talks then ended."],
        ),
    ],
)
def test_full_stop_glued_to_an_opening_quote_mark(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            'He praised the port reforms."Under our plan, we will do even better," Berg said.',
            "Under our plan, we will do even better",
        ),
        ("It ended.“We leave now,” she said.", "We leave now"),
    ],
)
def test_a_mark_glued_after_a_full_stop_opens_a_quote(text: str, quote: str) -> None:
    assert quote in [text[q.start : q.end] for q in find_quotes(text)]


def test_a_closing_mark_glued_after_a_full_stop_still_closes() -> None:
    text = 'Ruiz said: "We are ready."The talks then ended.'
    assert [(text[q.start : q.end], q.closed) for q in find_quotes(text)] == [("We are ready.", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hard-wrapped line that stops on a joining word goes on in the next line
        (
            "President Tom Berg of Peru will meet Pope Francis on\nMonday in Rome, the ministry said today.",
            [
                "President Tom Berg of Peru will meet Pope Francis on\nMonday in Rome, the ministry said today."
            ],
        ),
        (
            "The two leaders spoke at length about the future of\nThe Hague talks, the ministry said.",
            ["The two leaders spoke at length about the future of\nThe Hague talks, the ministry said."],
        ),
        # near-miss: a short heading line stays a paragraph of its own
        (
            "Talks in Lima\nThe port stayed shut for a week.",
            ["Talks in Lima", "The port stayed shut for a week."],
        ),
        ("Talks on\nThe port stayed shut for a week.", ["Talks on", "The port stayed shut for a week."]),
    ],
)
def test_hard_wrapped_line_ending_on_a_joining_word(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agency credit after the last full stop is no part of the sentence
        (
            "The port will reopen in May, the ministry said. \u2014 Reuters",
            ["The port will reopen in May, the ministry said.", "- Reuters"],  # cleaning makes the dash '-'
        ),
        (
            "Talks went well. - AFP",
            ["Talks went well.", "- AFP"],
        ),
        # near-miss: a dash after an abbreviation's stop
        ("Aid from the U.S. - China talks went on.", ["Aid from the U.S. - China talks went on."]),
    ],
)
def test_credit_line_after_the_last_full_stop(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected
