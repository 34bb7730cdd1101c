"""Meeting days, round 28: a further sitting told with "also" after a dated one."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 8, 16)  # a Friday


@pytest.mark.parametrize(
    ("text", "sitting", "day"),
    [
        # "X also met Y" in the sentence right after X's dated sitting: the same trip, the same day
        (
            "Foreign Minister Ola Brandt met President Anna Lindqvist in Oslo on Tuesday. Brandt also held"
            " talks with Defence Minister Karl Moen.",
            frozenset({"Ola Brandt", "Karl Moen"}),
            "2024-08-13",
        ),
        (
            "Prime Minister Ola Brandt held talks with Chancellor Anna Lindqvist on Wednesday. Brandt also"
            " met with Finance Minister Karl Moen.",
            frozenset({"Ola Brandt", "Karl Moen"}),
            "2024-08-14",
        ),
        # near misses: no "also", no dated sitting in the sentence before, or one none of its parties had
        (
            "Foreign Minister Ola Brandt met President Anna Lindqvist in Oslo on Tuesday. Brandt held"
            " talks with Defence Minister Karl Moen.",
            frozenset({"Ola Brandt", "Karl Moen"}),
            None,
        ),
        (
            "Foreign Minister Ola Brandt praised the new port in Oslo on Tuesday. Brandt also held talks"
            " with Defence Minister Karl Moen.",
            frozenset({"Ola Brandt", "Karl Moen"}),
            None,
        ),
        (
            "President Anna Lindqvist met Premier Jan Holm on Tuesday. Foreign Minister Ola Brandt also met"
            " with Defence Minister Karl Moen.",
            frozenset({"Ola Brandt", "Karl Moen"}),
            None,
        ),
    ],
)
def test_also_sitting_takes_the_day_before(text: str, sitting: frozenset[str], day: str | None) -> None:
    days = [d for k, p, d in meetings_of(text, PUBLISHED, "kind", "participants", "start") if p == sitting]
    assert days == [day]
