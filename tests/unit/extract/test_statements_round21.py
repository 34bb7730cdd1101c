"""Stage statements, round 21: a purpose phrase ', with a view to ...' stays in what was said, and
'said prior to / ahead of X:' before a quote is when it was said, not a statement."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import RUIZ_BERG_UN as CAST
from tests.unit.extract.helpers import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz said the state was talking to farmers, with a view to ending the strike soon.",
            [
                (
                    "indirect",
                    "Ana Ruiz",
                    "the state was talking to farmers, with a view to ending the strike soon",
                )
            ],
        ),
        (
            "Ruiz said the state would fund new roads, with the aim of linking every village.",
            [
                (
                    "indirect",
                    "Ana Ruiz",
                    "the state would fund new roads, with the aim of linking every village",
                )
            ],
        ),
        # an absolute 'with' clause is still cut off
        (
            "Ruiz said the talks went well, with both sides calling for calm.",
            [("indirect", "Ana Ruiz", "the talks went well")],
        ),
    ],
)
def test_purpose_phrase_after_comma_stays_in_the_content(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Ruiz said prior to the trip: "We are ready for this."',
            [("direct", "Ana Ruiz", "We are ready for this.")],
        ),
        (
            'Ruiz said ahead of the vote: "We are ready for this."',
            [("direct", "Ana Ruiz", "We are ready for this.")],
        ),
        # a real clause after the verb is still reported
        (
            "Ruiz said prices would fall before the vote.",
            [("indirect", "Ana Ruiz", "prices would fall before the vote")],
        ),
    ],
)
def test_time_phrase_before_a_quote_is_no_statement(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'this' points back: the sentence is an attribution, not content relayed by the reporter; the
        # sentence before is Berg's (round 22)
        (
            "Peru will host the summit in May. Berg said this on Friday, according to Ruiz.",
            [("indirect", "Tom Berg", "Peru will host the summit in May")],
        ),
        (
            "Peru will host the summit in May, according to Ruiz.",
            [("indirect", "Ana Ruiz", "Peru will host the summit in May")],
        ),
        # 'this' opens the reported clause
        (
            "Peru will host the summit in May. Ruiz said this plan would help.",
            [("indirect", "Ana Ruiz", "this plan would help")],
        ),
    ],
)
def test_said_this_is_no_content_according_to_anyone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Berg called on and was hosted to dinner by President Ruiz today.", []),
        ("Berg called on, and later met, President Ruiz in Lima.", []),
        # an appeal still counts: 'Berg called on President Ruiz to free the prisoners.' (round 19)
    ],
)
def test_called_on_without_an_object_is_a_visit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz affirmed with Berg that Peru is open to trade.",
            [("indirect", "Ana Ruiz", "Peru is open to trade")],
        ),
        (
            "Ruiz stressed with her counterpart that Peru is open to trade.",
            [("indirect", "Ana Ruiz", "Peru is open to trade")],
        ),
        (
            "Ruiz mentioned the fact that she had met Berg twice.",
            [("indirect", "Ana Ruiz", "she had met Berg twice")],
        ),
        # 'with' a thing: 'that' opens a relative clause, and no statement is made
        ("Peru responded with strikes that have killed many.", []),
    ],
)
def test_phrase_before_that_clause_is_skipped(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz conveyed, at the start of the call, the greetings of the people of Peru.",
            [("indirect", "Ana Ruiz", "the greetings of the people of Peru")],
        ),
        (
            "Ruiz said, in an interview on Monday, that prices would fall.",
            [("indirect", "Ana Ruiz", "prices would fall")],
        ),
        # no courtesy named after the phrase: 'conveyed' reports nothing
        ("Ruiz conveyed, at the start of the call, the documents to Berg.", []),
    ],
)
def test_phrase_set_off_by_commas_after_the_verb_is_skipped(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert run(text, CAST) == expected
