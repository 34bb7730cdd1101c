"""Stage timexes, round 9: a clause's verb far to the left of its date."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.test_timexes import TUESDAY, pairs


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the verb ("slated to", "plans to") is more words back than the near window reads
        (
            "The premier is slated to attend the yearly gathering of the three coastal states plus "
            "Norway and Chile in Lima on Friday.",
            TUESDAY,
            [("Friday", "2023-10-27")],
        ),
        (
            "The envoy plans to tour the rebuilt port and the new rail depot along with two of the "
            "older grain terminals on the coast on Monday.",
            TUESDAY,
            [("Monday", "2023-10-30")],
        ),
        # negative: a subordinate clause ("before leaders gather") keeps its own, unmarked, verb
        (
            "Analysts said progress was unlikely before the regional leaders gather for their yearly "
            "summit in Accra on Dec. 14.",
            date(2025, 7, 2),
            [("Dec. 14", "2025-12-14")],
        ),
        # negative: nor does the reading cross a colon into the sentence's first clause
        (
            "She went to the ministry about two things: the talks we have for January 9 and the budget.",
            date(2022, 12, 19),
            [("January 9", "2023-01-09")],
        ),
    ],
)
def test_far_verb_of_long_clause(text: str, published: date, expected: list[tuple[str, str | None]]) -> None:
    assert pairs(text, published) == expected
