"""Review of round 39: misreadings found in the round's commits, mended.

Sentences here are our own, short, with invented names.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import parties_of

PUBLISHED = date(2024, 3, 15)  # a Friday


# -- 387328d: a fronted clause's "his" looks ahead to the main clause's subject, past an aside in the clause ---


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # an aside or a "with" phrase inside the fronted clause does not open the main clause
        (
            "During his stay in Quito, where he met Mayor Rosa Paz, President Tomas Ortiz said ports came first.",
            [frozenset({"Tomas Ortiz", "Rosa Paz"})],
        ),
        (
            "Before his trip to Bolivia, which takes in La Paz, Minister Hugo Reyes met Senator Eva Lima.",
            [frozenset({"Hugo Reyes", "Bolivia"}), frozenset({"Hugo Reyes", "Eva Lima"})],
        ),
        # near miss: the main clause opens with a pronoun, and the list after it is no subject
        (
            "Hugo Reyes flew back on Monday. During his trip to Bolivia, he met Mayor Rosa Paz, Senator Eva Lima"
            " and Governor Ivan Cruz.",
            [
                frozenset({"Hugo Reyes", "Bolivia"}),
                frozenset({"Hugo Reyes", "Rosa Paz", "Eva Lima", "Ivan Cruz"}),
            ],
        ),
    ],
)
def test_fronted_possessive_looks_past_an_aside(text: str, parties: list[frozenset[str]]) -> None:
    assert parties_of(text, PUBLISHED) == parties
