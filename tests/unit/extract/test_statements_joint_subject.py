"""Stage statements: a subject coordinated with 'and' speaks jointly, never as its last conjunct alone."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import RUIZ_BERG as CAST
from tests.unit.extract.helpers import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quote inside the clause is not Ruiz's: she and the mayors discussed jointly; the words
        # describing the discussion are Berg's, who reports it (round 33: as real news gold has it)
        (
            'Instead, Berg said the mayors and Ruiz discussed issues that "affect all voters," including roads.',
            [
                (
                    "indirect",
                    "Tom Berg",
                    'the mayors and Ruiz discussed issues that "affect all voters," including roads',
                ),
                ("direct", "Tom Berg", "affect all voters"),
            ],
        ),
        ("The mayors and Ruiz discussed trade.", []),
        # round 43: a joint statement is each member's
        (
            "Berg and Ruiz said the vote was fair.",
            [("indirect", "Tom Berg", "the vote was fair"), ("indirect", "Ana Ruiz", "the vote was fair")],
        ),
        # 'and' joining two clauses leaves the second subject alone
        ("The talks ended and Ruiz said the vote was fair.", [("indirect", "Ana Ruiz", "the vote was fair")]),
        ("Berg met Ruiz and said the vote was fair.", [("indirect", "Tom Berg", "the vote was fair")]),
    ],
)
def test_coordinated_subject_is_joint(text: str, expected: list) -> None:
    assert run(text, CAST) == expected
