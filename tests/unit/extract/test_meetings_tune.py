"""Meetings on short sentences of our own: past events beside upcoming ones, dates, places and kinds."""

from __future__ import annotations

import pytest

from tests.unit.extract.test_meetings import build, summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit still to come and an earlier one to the same place are two events
        (
            "Wang will visit Kyiv soon. Wang made his last visit to Kyiv in March 2015.",
            [
                ("visit", "upcoming", {"Wang Yi", "Ukraine"}),
                ("visit", "past", {"Wang Yi", "Ukraine"}),
            ],
        ),
        # the same visit named twice is one
        (
            "Wang will visit Kyiv on Friday. Wang will visit Kyiv to meet officials.",
            [("visit", "upcoming", {"Wang Yi", "Ukraine"})],
        ),
    ],
)
def test_events_kept_apart(text: str, expected: list[tuple[str, str, set[str]]]) -> None:
    assert summary(build(text)) == expected
