"""Stage statements: '..., said X.' (verb before the speaker) closes a reported sentence; 'mention', 'elaborate'."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import RUIZ_BERG as CAST
from tests.unit.extract.helpers import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reported clause, then the verb, then its speaker
        (
            "The new trade deals show how close the two sides have become, said Ruiz.",
            [("indirect", "Ana Ruiz", "The new trade deals show how close the two sides have become")],
        ),
        (
            "Both ports will reopen to cargo ships next month, added Tom Berg on Monday.",
            [("indirect", "Tom Berg", "Both ports will reopen to cargo ships next month")],
        ),
        # the verb does not follow the comma: no inverted attribution
        ("The deals, Ruiz said in private, were a poor bargain for them.", []),
        # too short to be a statement
        ("Fine, said Ruiz.", []),
        # not a speech verb of this kind
        ("The ships left the port at dawn, told Berg.", []),
    ],
)
def test_inverted_trailing_attribution(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The talks will take place at the ministry on Monday," mentioned the spokesman, Tom Berg.',
            [("direct", "Tom Berg", "The talks will take place at the ministry on Monday")],
        ),
        (
            '"So far three meetings are confirmed, and more may follow," elaborated Ruiz.',
            [("direct", "Ana Ruiz", "So far three meetings are confirmed, and more may follow")],
        ),
        (
            "She mentioned that the talks had gone well.",
            [("indirect", "Ana Ruiz", "the talks had gone well")],
        ),
        # without 'that' or a quote, 'mentioned' reports nothing
        ("Ruiz mentioned the port in her speech on Monday.", []),
    ],
)
def test_mention_and_elaborate_report_speech(text: str, expected: list) -> None:
    assert run(text, CAST) == expected
