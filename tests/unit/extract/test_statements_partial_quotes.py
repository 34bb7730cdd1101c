"""Stage statements: partial quotes inside reported speech, and verbs whose past tense doubles a consonant."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Cast, run

RUIZ = Cast(actors={"Ana Ruiz": ("person", ("Ruiz",))}, pronouns={"she": "Ana Ruiz"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'admitted' reports its clause (the doubled consonant is the verb's own past tense)
        (
            'Ruiz admitted she has "some doubts" about the plan.',
            [
                ("indirect", "Ana Ruiz", 'she has "some doubts" about the plan'),
                ("direct", "Ana Ruiz", "some doubts"),
            ],
        ),
        (
            "Ruiz admitted that the count was slow in the north.",
            [("indirect", "Ana Ruiz", "the count was slow in the north")],
        ),
        # a quoted phrase opening the reported clause: the clause is reported, the phrase quoted
        (
            'Ruiz said that "close ties" were at the core of her visit to the north.',
            [
                ("indirect", "Ana Ruiz", '"close ties" were at the core of her visit to the north'),
                ("direct", "Ana Ruiz", "close ties"),
            ],
        ),
        (
            '"Close ties" were at the core of her visit to the north, Ruiz said.',
            [("indirect", "Ana Ruiz", '"Close ties" were at the core of her visit to the north')],
        ),
        (
            'The plan had "serious flaws" that must be fixed soon, Ruiz said.',
            [("indirect", "Ana Ruiz", 'The plan had "serious flaws" that must be fixed soon')],
        ),
        # without 'that', a quoted object before a preposition is no clause of its own
        ('Ruiz noted "several flaws" in the plan.', [("direct", "Ana Ruiz", "several flaws")]),
        (
            'Ruiz noted that "several flaws" in the plan must be fixed.',
            [
                ("indirect", "Ana Ruiz", '"several flaws" in the plan must be fixed'),
                ("direct", "Ana Ruiz", "several flaws"),
            ],
        ),
        # a quote that fills the clause is a direct statement only
        ('Ruiz said "we will win" and left the hall.', [("direct", "Ana Ruiz", "we will win")]),
        ('Ruiz said: "We will win the vote," and left.', [("direct", "Ana Ruiz", "We will win the vote")]),
        (
            '"The plan has serious flaws that must be fixed soon," Ruiz said.',
            [("direct", "Ana Ruiz", "The plan has serious flaws that must be fixed soon")],
        ),
        (
            '"The plan has serious flaws. It must be fixed soon, and well," Ruiz said.',
            [("direct", "Ana Ruiz", "The plan has serious flaws. It must be fixed soon, and well")],
        ),
    ],
)
def test_partial_quotes_in_reported_speech(text: str, expected: list) -> None:
    assert run(text, RUIZ) == expected
