"""Stage statements: 'called X a Y' names a verdict (a statement); a phone call does not; 'the party' speaks."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Cast, run

CAST = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz",)),
        "Tom Berg": ("person", ("Berg",)),
        "Labour Party": ("organization", ()),
    },
    pronouns={"she": "Ana Ruiz", "he": "Tom Berg"},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berg called it a mistake to cut the budget.",
            [("indirect", "Tom Berg", "called it a mistake to cut the budget")],
        ),
        (
            "Ruiz called the north a proven leader in many fields, including trade.",
            [("indirect", "Ana Ruiz", "called the north a proven leader in many fields, including trade")],
        ),
        (
            'Berg called the meeting with the mayor a "great session" for the town.',
            [
                ("indirect", "Tom Berg", 'called the meeting with the mayor a "great session" for the town'),
                ("direct", "Tom Berg", "great session"),
            ],
        ),
        # reported in turn: the one who reports it speaks the whole clause (round 35)
        (
            "Ruiz said Berg called the plan a failure.",
            [("indirect", "Ana Ruiz", "Berg called the plan a failure")],
        ),
        # phone calls, meetings called, a time after the object: no statement
        ("Berg called him on Friday.", []),
        ("Berg called a meeting of the cabinet.", []),
        ("Berg called the president a day after the vote.", []),
        ("Berg called the ambassador on a secure line.", []),
        # 'the party' is the party named before
        (
            "Labour Party leader Tom Berg spoke today as the party called for a ceasefire in the region.",
            [("indirect", "Labour Party", "a ceasefire in the region")],
        ),
        ("Berg left the party last year.", []),
    ],
)
def test_call_names_a_verdict(text: str, expected: list) -> None:
    assert run(text, CAST) == expected
