"""Meetings, round 30 (audit of unseen articles): sides told by their demonyms before one unnamed
people noun ("Peruvian and Chilean ministers met") are each a party of the sitting."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2023, 10, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peruvian and Chilean foreign ministers held a meeting in Lima on Monday.",
            [("meeting", ["Chile", "Peru"])],
        ),
        ("Peruvian and Chilean officials held talks in Lima on Monday.", [("talks", ["Chile", "Peru"])]),
        ("The Peruvian and Chilean presidents met in Lima on Monday.", [("meeting", ["Chile", "Peru"])]),
        (
            "Norwegian, Peruvian and Chilean leaders will meet in Oslo on Friday.",
            [("meeting", ["Chile", "Norway", "Peru"])],
        ),
        # near misses: a side named before another clause's people; the people noun owned by one side
        ("Peru said Chilean officials met in Lima on Monday.", []),
        ("Peruvian foreign ministers met in Lima on Monday.", []),
    ],
)
def test_demonyms_before_one_people_noun_are_the_sides(text: str, expected: list) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", parties=sorted) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peruvian minister Ana Ruiz and her Chilean counterpart Tomas Vidal agreed to keep in touch. "
            "It was the first meeting between the two ministers since 2019.",
            [("meeting", ["Ana Ruiz", "Tomas Vidal"])],
        ),
        (
            "Peruvian minister Ana Ruiz and her Chilean counterpart Tomas Vidal signed four deals. "
            "The deals followed talks between the two foreign ministers in Lima.",
            [("talks", ["Ana Ruiz", "Tomas Vidal"])],
        ),
        # near misses: the two lands, or the two lands' people, are no pair of people named before
        (
            "Peruvian minister Ana Ruiz and her Chilean counterpart Tomas Vidal signed four deals. "
            "They spoke of a meeting between the two countries next year.",
            [],
        ),
        (
            "Peruvian minister Ana Ruiz and her Chilean counterpart Tomas Vidal signed four deals. "
            "They spoke of a meeting between the two countries' leaders next year.",
            [],
        ),
    ],
)
def test_a_sitting_between_the_two_people_just_named(text: str, expected: list) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", parties=sorted) == expected
