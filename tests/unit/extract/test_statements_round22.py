"""Round 22: rules checked on variants of their own (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.unit.extract.test_statements import Cast, run

CHEN = Cast(actors={"Li Chen": ("person", ("Chen",))}, pronouns={"he": "Li Chen", "she": "Li Chen"})


def _direct(text: str) -> list[str]:
    return [t for kind, _who, t in run(text, CHEN) if kind == "direct"]


@pytest.mark.parametrize(
    "text",
    [
        'Chen said the two sides had a "frank exchange" on trade.',
        'Chen said the envoy had been handed the "thankless job" of mediating.',
        'Chen said the plan would create a "new security architecture" for the region.',
        'Chen said the decision stemmed from the "poor advice" he had received.',
        "Chen said the ties would be raised to a \u201ccomprehensive strategic partnership\u201d next year.",
        'He talked about the economy and the "shifts in the security landscape" with his guest.',
        'Chen called for a "new security architecture" in Europe.',
    ],
)
def test_a_term_borrowed_inside_a_noun_phrase_is_no_quote(text: str) -> None:
    assert _direct(text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('Chen hailed the visit as a "historic moment" for both nations.', "historic moment"),
        ('Chen said the meeting was a "turning point" in relations.', "turning point"),
        ('Chen called the talks "very productive" on Monday.', "very productive"),
        ('Chen said the talks were "a good start" for both.', "a good start"),
        (
            'Chen warned of the "grave consequences that would follow any attack on our soil" at once.',
            "grave consequences that would follow any attack on our soil",
        ),
        ('Chen said the summit had become a "real success" for the bloc.', "real success"),
        ('Chen called the long meeting with the mayor a "new chapter" in ties.', "new chapter"),
        ('Chen described the pact as an "anchor of stability" for Asia.', "anchor of stability"),
    ],
)
def test_a_predicate_or_a_longer_quote_stays_a_quote(text: str, quote: str) -> None:
    assert quote in _direct(text)
