"""Stage statements: '..., X said, <Outlet> reports.' is X's; an office phrase without its closing comma
('X, deputy head of the press department said') leaves X the subject."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Cast, run

CAST = Cast(
    actors={
        "Erik Lund": ("person", ("Lund",)),
        "Tom Berg": ("person", ("Berg",)),
        "Nordic Wire": ("organization", ()),
    },
    pronouns={"he": "Erik Lund"},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outlet passing the words on after the attribution: the speaker keeps them
        (
            "Tom Berg will visit the capital on June 3, Erik Lund said at a briefing, Nordic Wire reports.",
            [("indirect", "Erik Lund", "Tom Berg will visit the capital on June 3")],
        ),
        (
            "Tom Berg will fly home on Friday, Lund said, Nordic Wire reported.",
            [("indirect", "Erik Lund", "Tom Berg will fly home on Friday")],
        ),
        # the outlet alone: it reports
        (
            "Tom Berg will fly home on Friday, Nordic Wire reported.",
            [("indirect", "Nordic Wire", "Tom Berg will fly home on Friday")],
        ),
    ],
)
def test_outlet_after_attribution(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Berg will visit the capital on June 3, Erik Lund, deputy head of the press department said on Monday.",
            [("indirect", "Erik Lund", "Tom Berg will visit the capital on June 3")],
        ),
        (
            "The talks are set for May, Erik Lund, director of the information and press department said.",
            [("indirect", "Erik Lund", "The talks are set for May")],
        ),
        # no office word in the phrase: not an apposition
        ("The talks are set for May, Erik Lund, all the people said.", []),
        # the name is an object, not opened by a comma: the ministry speaks
        (
            "Tom Berg then met Erik Lund, the ministry said.",
            [("indirect", "the ministry", "Tom Berg then met Erik Lund")],
        ),
    ],
)
def test_unclosed_apposition(text: str, expected: list) -> None:
    assert run(text, CAST) == expected
