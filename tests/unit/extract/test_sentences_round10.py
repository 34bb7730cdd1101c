"""Stage sentences, round 10: a full stop glued to the next sentence ('markets.The')."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import sentences_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lost space after a full stop: two sentences
        (
            "Grain still reaches the northern ports.The envoy will also visit Oslo.",
            ["Grain still reaches the northern ports.", "The envoy will also visit Oslo."],
        ),
        (
            "The talks covered trade and energy.As for security, Ruiz urged calm.",
            ["The talks covered trade and energy.", "As for security, Ruiz urged calm."],
        ),
        (
            '"We are ready," said Ruiz.The two ministers then left.',
            ['"We are ready," said Ruiz.', "The two ministers then left."],
        ),
        (
            "The visit ended on Friday.Photos: the ministry",
            ["The visit ended on Friday.", "Photos: the ministry"],
        ),
        # abbreviations, initials, domains, decimals and names with a dot stay whole
        ("Aid from the U.S.The rest came later.", ["Aid from the U.S.The rest came later."]),
        ("Read more at example.com today.", ["Read more at example.com today."]),
        ("Growth was 3.5 percent.", ["Growth was 3.5 percent."]),
        ("Gen.Smith arrived late.", ["Gen.Smith arrived late."]),
        ("The example.Com/page site loads.", ["The example.Com/page site loads."]),
        ("It was listed e.g.The first item.", ["It was listed e.g.The first item."]),
        ("Wait...The talks resumed.", ["Wait...The talks resumed."]),
    ],
)
def test_glued_full_stop(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first mark never closes: the pair after it is a quotation of its own
        (
            'Ruiz said: "We are ready to talk. Berg said the plan was "final" and left.',
            ['Ruiz said: "We are ready to talk.', 'Berg said the plan was "final" and left.'],
        ),
        (
            'Ruiz said: "We are ready. Berg called the deal "a good start. We will sign it" and left.',
            ['Ruiz said: "We are ready.', 'Berg called the deal "a good start. We will sign it" and left.'],
        ),
        # the last mark has no partner: the quotation before it still holds its full stop
        (
            'Ruiz said: "We are ready. We will go," and left. Then "Go.',
            ['Ruiz said: "We are ready. We will go," and left.', 'Then "Go.'],
        ),
    ],
)
def test_unpaired_quote_mark_swallows_no_sentence(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected
