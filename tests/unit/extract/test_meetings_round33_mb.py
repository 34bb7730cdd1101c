"""Meetings, round 33 (gatherings of many parties): general patterns of news writing missed on unseen articles.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 5, 8)  # a Wednesday


def _meetings(text: str) -> list[tuple]:
    return meetings_of(text, PUBLISHED, "kind", "participants", "status")


# -- a gathering told by the plain lower-case noun "conference", whatever qualifies it -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body holds it
        (
            "The Arctic Council will hold a ministerial conference in Tromso on Friday.",
            [("conference", {"Arctic Council"}, "upcoming")],
        ),
        # held under a body's auspices
        (
            "The ministers will meet again ahead of the three-nation conference in Vienna under the "
            "auspices of the OSCE.",
            [("conference", {"Organization for Security and Co-operation in Europe"}, "upcoming")],
        ),
        # the members of a body meet at it
        (
            "ASEAN leaders will discuss the crisis at a conference in Jakarta on Friday.",
            [("conference", {"Association of Southeast Asian Nations"}, "upcoming")],
        ),
        # a traveller's purpose
        (
            "Olga Brandt arrived in Tashkent on Thursday for a regional conference on water security.",
            [
                ("visit", {"Olga Brandt", "Uzbekistan"}, "past"),
                ("conference", {"Olga Brandt"}, "past"),
            ],
        ),
    ],
)
def test_plain_conference_noun(text: str, expected: list[tuple]) -> None:
    assert _meetings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # reporters: a speaker's words, no gathering of actors
        "Prime Minister Arne Solberg told a media conference in Oslo on Thursday that the talks had failed.",
        # a body named "Conference ...", spoken of: no sitting
        "Prime Minister Arne Solberg said on Thursday that the Conference on Disarmament had stalled.",
    ],
)
def test_no_gathering_without_a_sitting(text: str) -> None:
    assert _meetings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the building is where they met, not a conference
        (
            "Prime Minister Arne Solberg met President Mara Lind at the conference centre in Riga on Friday.",
            [("meeting", {"Arne Solberg", "Mara Lind"}, "past")],
        ),
        # a call, not a conference
        (
            "Prime Minister Arne Solberg spoke to President Mara Lind by conference call on Tuesday.",
            [("call", {"Arne Solberg", "Mara Lind"}, "past")],
        ),
    ],
)
def test_conference_as_a_modifier(text: str, expected: list[tuple]) -> None:
    assert _meetings(text) == expected
