"""Stage statements: where a reported clause ends ('..., X said, adding that', ', and that "<quote>"'),
and the emphatic 'did note'."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import RUIZ_BERG as CAST
from tests.unit.extract.helpers import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what was said comes before '..., Ruiz said, adding that'; the participle reports the rest
        (
            "Though ten minutes are the rule, her talk with Berg went on for an hour, Ruiz said, "
            "adding that he listened to her patiently.",
            [
                (
                    "indirect",
                    "Ana Ruiz",
                    "Though ten minutes are the rule, her talk with Berg went on for an hour",
                ),
                ("indirect", "Ana Ruiz", "he listened to her patiently"),
            ],
        ),
        # a second that-clause that is all quote is the direct statement, not part of the first
        (
            'Ruiz said it was a good meeting, and that it was "in the hands of the mayor to make it a useful one."',
            [
                ("indirect", "Ana Ruiz", "it was a good meeting"),
                ("direct", "Ana Ruiz", "in the hands of the mayor to make it a useful one."),
            ],
        ),
        # a second that-clause with a short partial quote stays in the reported clause
        (
            'Ruiz said that the vote was fair, and that the count was "slow but sure" in the north.',
            [
                (
                    "indirect",
                    "Ana Ruiz",
                    'the vote was fair, and that the count was "slow but sure" in the north',
                ),
                ("direct", "Ana Ruiz", "slow but sure"),
            ],
        ),
        # the emphatic 'did' before a verb whose bare form is also a noun
        (
            "Berg did note it had been a month since the vote and that was why he spoke.",
            [("indirect", "Tom Berg", "it had been a month since the vote and that was why he spoke")],
        ),
        ("Berg did not note any change.", []),
    ],
)
def test_reported_clause_bounds(text: str, expected: list) -> None:
    assert run(text, CAST) == expected
