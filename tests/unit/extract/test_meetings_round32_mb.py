"""Meetings, round 32 (gatherings of many parties): general patterns of news writing missed on unseen articles.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 3, 15)  # a Friday


def _meetings(text: str) -> list[tuple]:
    return meetings_of(text, PUBLISHED, "kind", "participants", "status")


# -- a body's sitting told by a bare noun after its name: "the G20 foreign ministers' meeting" ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norwegian Foreign Minister Lena Holt will attend the G20 foreign ministers' meeting in Rio "
            "on Thursday.",
            [("meeting", {"Group of 20", "Lena Holt"}, "upcoming")],
        ),
        # the apostrophe left out
        (
            "Norwegian Foreign Minister Lena Holt will attend the G20 Foreign Ministers meeting in Rio "
            "on Thursday.",
            [("meeting", {"Group of 20", "Lena Holt"}, "upcoming")],
        ),
        # leaders gathering: a summit
        (
            "Danish Prime Minister Arno Veldt attended the APEC leaders' meeting in Lima on Saturday.",
            [("summit", {"Arno Veldt", "Asia-Pacific Economic Cooperation"}, "past")],
        ),
        (
            "Danish Prime Minister Arno Veldt attended the European Council meeting in Brussels on Thursday.",
            [("meeting", {"Arno Veldt", "European Council"}, "past")],
        ),
        # a session of a body, and one who addresses it
        (
            "The 80th session of the UN General Assembly will open in New York on Tuesday.",
            [("meeting", {"UN General Assembly"}, "upcoming")],
        ),
        (
            "Swedish Foreign Minister Kari Lund will address a special session of the UN General Assembly "
            "in New York on Monday.",
            [("meeting", {"Kari Lund", "UN General Assembly"}, "upcoming")],
        ),
        # near misses: no body named before the noun, no sitting of one
        ("Norwegian Foreign Minister Lena Holt said the meeting in Rio on Thursday was useful.", []),
        ("The board session in Oslo ran late on Thursday, Norwegian Foreign Minister Lena Holt said.", []),
    ],
)
def test_body_sitting_bare_noun(text: str, expected: list[tuple]) -> None:
    assert _meetings(text) == expected


def test_bare_noun_without_body_leaves_the_trigger_before_alone() -> None:
    # "discussed meeting in person": the noun names no sitting, and the talks before it stay proposed
    text = (
        "Norwegian Prime Minister Lena Holt and Danish Prime Minister Arno Veldt discussed meeting in "
        "person as soon as possible during a call on Thursday."
    )
    assert [(k, s) for k, _, s in _meetings(text)] == [("talks", "proposed"), ("call", "past")]


# -- who attends a body's sitting: a traveller bound for it, one whose attendance is told ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Swedish Foreign Minister Kari Lund flew to Rio on Monday for the G20 foreign ministers' meeting.",
            ("meeting", {"Group of 20", "Kari Lund"}, "past"),
        ),
        # the body's acronym in brackets between its name and the noun
        (
            "Danish Prime Minister Arno Veldt arrived in Lima on Friday for the Asia-Pacific Economic "
            "Cooperation (APEC) leaders' meeting.",
            ("summit", {"Arno Veldt", "Asia-Pacific Economic Cooperation"}, "past"),
        ),
        (
            "Danish Prime Minister Arno Veldt met the Secretary-General during his attendance at the UN "
            "General Assembly session in New York on Tuesday.",
            ("meeting", {"Arno Veldt", "UN General Assembly"}, "past"),
        ),
    ],
)
def test_attendee_of_body_sitting(text: str, expected: tuple) -> None:
    assert expected in _meetings(text)


def test_travel_for_other_business_is_no_attendance() -> None:
    # near miss: the traveller goes for talks; the body's meeting is only mentioned, by someone else
    text = (
        "Swedish Foreign Minister Kari Lund flew to Rio on Monday for talks, a week after Norwegian "
        "Foreign Minister Lena Holt said the G20 foreign ministers' meeting had failed."
    )
    assert all("Kari Lund" not in parts for kind, parts, _ in _meetings(text) if "Group of 20" in parts)


# -- the attendees of a gathering listed in a sentence of their own ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norwegian Prime Minister Lena Holt will chair the extraordinary summit of the Nordic Council in "
            "Oslo on Tuesday. Among the attendees are Danish Prime Minister Arno Veldt and Swedish Prime "
            "Minister Kari Lund.",
            {"Lena Holt", "Nordic Council", "Arno Veldt", "Kari Lund"},
        ),
        (
            "Norwegian Prime Minister Lena Holt will chair the extraordinary summit of the Nordic Council in "
            "Oslo on Tuesday. The summit will be attended by Danish Prime Minister Arno Veldt and Swedish "
            "Prime Minister Kari Lund.",
            {"Lena Holt", "Nordic Council", "Arno Veldt", "Kari Lund"},
        ),
        # a sitting whose parties go unnamed, placed and dated, then its attendance
        (
            "Foreign ministers under the Nordic Council met in Oslo on Monday. The annual ministerial meeting "
            "was attended by Danish Foreign Minister Arno Veldt and Swedish Foreign Minister Kari Lund.",
            {"Nordic Council", "Arno Veldt", "Kari Lund"},
        ),
    ],
)
def test_gathering_attendees(text: str, expected: set[str]) -> None:
    assert [p for k, p, _ in _meetings(text) if k in ("summit", "meeting")] == [expected]


def test_attendees_of_another_time_stay_out() -> None:
    # near miss: the list says who came to a past sitting; the gathering told before is still ahead
    text = (
        "Norwegian Prime Minister Lena Holt will chair the extraordinary summit of the Nordic Council in "
        "Oslo on Tuesday. The meeting was attended by Danish Prime Minister Arno Veldt in 2019."
    )
    assert all("Arno Veldt" not in parts for _, parts, _ in _meetings(text))


# -- a body's sitting framing another meeting is held, told without its day or place ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speaking after the meeting held on the sidelines of a NATO summit, Swedish Foreign Minister Kari "
            "Lund said the talks had been useful.",
            ("summit", {"North Atlantic Treaty Organization"}),
        ),
        (
            "Swedish Foreign Minister Kari Lund gave a summary of her talks on the margins of the 79th "
            "session of the UN General Assembly.",
            ("meeting", {"UN General Assembly"}),
        ),
    ],
)
def test_sitting_framing_a_meeting(text: str, expected: tuple) -> None:
    assert expected in meetings_of(text, PUBLISHED, "kind", "participants")


def test_body_sitting_in_passing_stays_out() -> None:
    # near miss: a body's sitting named in passing, with neither day nor place nor frame
    text = "Swedish Foreign Minister Kari Lund said a NATO summit would not settle the dispute."
    assert ("summit", {"North Atlantic Treaty Organization"}) not in meetings_of(
        text, PUBLISHED, "kind", "participants"
    )


# -- a named sitting "of" a body: the body takes part ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norwegian Prime Minister Lena Holt will chair an Extraordinary Summit of the Nordic Council in "
            "Oslo on Tuesday.",
            ("summit", {"Lena Holt", "Nordic Council"}),
        ),
        (
            "Danish Prime Minister Arno Veldt attended the Annual Conference of the World Health Organization "
            "in Geneva on Monday.",
            ("conference", {"Arno Veldt", "World Health Organization"}),
        ),
    ],
)
def test_named_sitting_of_body(text: str, expected: tuple) -> None:
    assert expected in meetings_of(text, PUBLISHED, "kind", "participants")


def test_named_sitting_of_a_place_has_no_body() -> None:
    # near miss: what follows "of" is no organization
    text = "Danish Prime Minister Arno Veldt attended the Extraordinary Summit of Nordic Leaders in Oslo on Monday."
    assert all(parts <= {"Arno Veldt"} for _, parts in meetings_of(text, PUBLISHED, "kind", "participants"))
