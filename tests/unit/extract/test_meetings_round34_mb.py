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


# -- a named gathering whose name ends in the lower-case noun "forum" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leaders' forum, placed: a summit, attended by the sentence's subject
        (
            "Prime Minister Arne Solberg signed the accord at the 30th Nordic Leaders forum in Reykjavik.",
            [("summit", {"Arne Solberg"}, "past")],
        ),
        # a body's forum with its acronym, placed and dated: the body's gathering
        (
            "Leaders posed for photographs during the Asia-Pacific Economic Cooperation (APEC) forum in "
            "Lima on Tuesday.",
            [("conference", {"Asia-Pacific Economic Cooperation"}, "past")],
        ),
        # a named business forum, where the minister spoke
        (
            "Foreign Minister Arne Solberg spoke at the Baltic Business forum in Tallinn on Monday.",
            [("conference", {"Arne Solberg"}, "past")],
        ),
    ],
)
def test_named_lower_case_forum(text: str, expected: list[tuple]) -> None:
    assert _meetings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a forum as a place for talks, no gathering named
        ("The Arctic Council was set up as a forum for cooperation, Prime Minister Arne Solberg said.", []),
        # a lower-case name before it: no named gathering
        ("Prime Minister Arne Solberg said the online forum had been shut down.", []),
    ],
)
def test_forum_that_is_no_named_gathering(text: str, expected: list[tuple]) -> None:
    assert _meetings(text) == expected


def test_forum_named_as_the_body_of_a_summit() -> None:
    # the forum is the body whose summit is told: one gathering, the summit, no conference beside it
    text = "Prime Minister Arne Solberg will attend a summit of the Asia-Pacific Economic Cooperation forum in Lima."
    assert [k for (k,) in meetings_of(text, PUBLISHED, "kind")] == ["summit"]


# -- the reporter of a clause with a subject of its own is no party of the gathering it tells ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reported clause's subject is a noun: the gathering is theirs, not the speaker's
        (
            "Foreign Minister Olga Brandt said the bloc's leaders would sign the accord before the summit ends "
            "on Friday.",
            [],
        ),
        (
            "Prime Minister Arne Solberg said the member states were expected to settle the matter at the "
            "NATO summit in Vilnius on Friday.",
            [("summit", {"North Atlantic Treaty Organization"}, "upcoming")],
        ),
    ],
)
def test_reporter_is_no_party(text: str, expected: list[tuple]) -> None:
    assert _meetings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reporter told again as the clause's subject
        (
            "Foreign Minister Olga Brandt said she would attend the summit in Vilnius on Friday.",
            [("summit", {"Olga Brandt"}, "upcoming")],
        ),
        (
            "Foreign Minister Olga Brandt said the ministers had agreed that she would attend the summit in "
            "Vilnius on Friday.",
            [("summit", {"Olga Brandt"}, "upcoming")],
        ),
        # the attendee is the sentence's subject, the reporter comes after
        (
            "Foreign Minister Olga Brandt will attend the summit in Vilnius on Friday, the ministry said.",
            [("summit", {"Olga Brandt"}, "upcoming")],
        ),
    ],
)
def test_reporter_who_attends(text: str, expected: list[tuple]) -> None:
    assert _meetings(text) == expected


# -- a country or city that hosts a gathering named after "host" is where the gathering is held -------------


def _placed(text: str) -> list[tuple]:
    return meetings_of(text, PUBLISHED, "kind", "participants", "location")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named gathering of a group
        (
            "Estonia is due to host the 12th Baltic Summit on May 16.",
            [("summit", {"Estonia"}, "Estonia")],
        ),
        # a body's summit, told by its lower-case noun
        (
            "Latvia will host the next NATO summit in July.",
            [("summit", {"Latvia", "North Atlantic Treaty Organization"}, "Latvia")],
        ),
        # a conference
        (
            "Norway hosted a conference on Arctic shipping last year.",
            [("conference", {"Norway"}, "Norway")],
        ),
    ],
)
def test_host_is_where_the_gathering_is(text: str, expected: list[tuple]) -> None:
    assert _placed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place told after the gathering is where it is, not the host's country
        (
            "Latvia will host the next NATO summit in Riga in July.",
            [("summit", {"Latvia", "North Atlantic Treaty Organization"}, "Riga")],
        ),
        # a person hosts: no place from the host
        (
            "Prime Minister Arne Solberg will host the Nordic summit in July.",
            [("summit", {"Arne Solberg"}, None)],
        ),
    ],
)
def test_host_that_is_no_place(text: str, expected: list[tuple]) -> None:
    assert _placed(text) == expected
