"""Round 28: boundaries of reported clauses found wrong on a batch of real news
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.unit.extract.test_statements import Cast, run

CAST = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz",)),
        "Tom Berg": ("person", ("Berg",)),
    },
    pronouns={"she": "Ana Ruiz", "he": "Tom Berg"},
)

_FIRST = "the budget would be ready by spring"
_SECOND = "the tax office needed new staff"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '... and further said that ...': a sequencing adverb before the second speech verb still
        # starts the speaker's next report, so the first clause ends there
        (
            f"Ruiz said that {_FIRST} and further said that {_SECOND}.",
            [("indirect", "Ana Ruiz", _FIRST), ("indirect", "Ana Ruiz", _SECOND)],
        ),
        (
            f"Berg said that {_FIRST} and again stressed that {_SECOND}.",
            [("indirect", "Tom Berg", _FIRST), ("indirect", "Tom Berg", _SECOND)],
        ),
        (
            f"Ruiz noted that {_FIRST}, and subsequently added that {_SECOND}.",
            [("indirect", "Ana Ruiz", _FIRST), ("indirect", "Ana Ruiz", _SECOND)],
        ),
        # near misses: an adverb that is part of the reported clause, no second report
        (
            f"Ruiz said that {_FIRST} and further cuts would follow.",
            [("indirect", "Ana Ruiz", f"{_FIRST} and further cuts would follow")],
        ),
        (
            f"Berg said that {_FIRST} and again the office would hire staff.",
            [("indirect", "Tom Berg", f"{_FIRST} and again the office would hire staff")],
        ),
    ],
)
def test_second_report_after_a_sequencing_adverb(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert run(text, CAST) == expected
