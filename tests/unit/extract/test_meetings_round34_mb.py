"""Meetings, round 34 (gatherings of many parties): general patterns of news writing missed on unseen articles.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 5, 8)  # a Wednesday


def _meetings(text: str) -> list[tuple]:
    return meetings_of(text, PUBLISHED, "kind", "participants", "status")


# -- a sitting "held virtually" is a meeting, not a call -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's sitting held online
        (
            "Opening a special meeting of the Nordic Council of Ministers held virtually on Monday, Foreign "
            "Minister Arne Solberg called for closer ties.",
            [("meeting", {"Arne Solberg", "Nordic Council of Ministers"}, "past")],
        ),
        # two people who met online
        (
            "Foreign Minister Arne Solberg met virtually with his Latvian counterpart Mara Lind on Monday.",
            [("meeting", {"Arne Solberg", "Mara Lind"}, "past")],
        ),
    ],
)
def test_virtual_sitting_is_a_meeting(text: str, expected: list[tuple]) -> None:
    assert _meetings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the phone and a video link still make a call
        (
            "Foreign Minister Arne Solberg spoke with his Latvian counterpart Mara Lind by phone on Monday.",
            [("call", {"Arne Solberg", "Mara Lind"}, "past")],
        ),
        (
            "Foreign Minister Arne Solberg held talks with his Latvian counterpart Mara Lind by video link on "
            "Monday.",
            [("call", {"Arne Solberg", "Mara Lind"}, "past")],
        ),
        # "virtually" as "almost": said of a meeting held in person
        (
            "Foreign Minister Arne Solberg met his Latvian counterpart Mara Lind in Riga on Monday, but "
            "virtually nothing was agreed.",
            [("meeting", {"Arne Solberg", "Mara Lind"}, "past")],
        ),
    ],
)
def test_remote_sittings_that_stay_calls(text: str, expected: list[tuple]) -> None:
    assert _meetings(text) == expected
