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


# -- a gathering told by its own words, dated or placed, with no party read from its trigger: the bodies
# -- its sentence names hold it ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named by its place, the body named as what the members join
        (
            "Back in 2016, the Warsaw summit agreed to station more troops in the east, NATO officials said.",
            [("summit", {"North Atlantic Treaty Organization"}, "past")],
        ),
        # named by its title, the body named by one of its officers
        (
            "The decision came at the end of the Extraordinary Summit on the crisis in Mali, read out by "
            "the ECOWAS Commission President in Accra on Sunday.",
            [("summit", {"ECOWAS Commission"}, "past")],
        ),
        # the body as the possessor of its event
        (
            "He praised the Carter Institute's annual Peace Forum, held in Atlanta in May.",
            [("conference", {"Carter Institute"}, "past")],
        ),
    ],
)
def test_gathering_held_by_the_bodies_its_sentence_names(text: str, expected: list[tuple]) -> None:
    assert _meetings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # neither dated nor placed: a gathering said in passing
        ("The Warsaw summit will weigh the request, NATO officials said.", []),
        # reporters' event: no gathering of the body
        (
            "President Obama shook hands with Prime Minister Abe at the end of a Press Conference at the "
            "White House on Monday.",
            [],
        ),
    ],
)
def test_no_body_for_a_gathering_without_details(text: str, expected: list[tuple]) -> None:
    assert _meetings(text) == expected


def test_body_with_its_gathering_told_before_is_not_lent_again() -> None:
    """The body's summit of that day is told first; a later title of it in capitals, placed, is that one
    told again, not a second summit."""
    text = (
        "The resolution was reached at an AU Peace Summit held on Monday. "
        "The Extraordinary Peace Summit of the Heads of State of the African Union met in Addis Ababa on "
        "Monday."
    )
    assert [m for m in _meetings(text) if m[0] == "summit"] == [("summit", {"African Union"}, "past")]


def test_bare_definite_gathering_lends_no_body() -> None:
    """ "the summit's conclusions": the summit told before, named by its bare noun; the day is the drafting's."""
    text = "EU ambassadors will begin drafting the summit's conclusions on Wednesday."
    assert _meetings(text) == []


# -- one who speaks to a body: "will address the National Assembly", "briefed the Security Council" -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UN envoy Staffan de Mistura briefed the Security Council on the latest efforts concerning Syria.",
            [("meeting", {"Staffan de Mistura", "UN Security Council"}, "past")],
        ),
        (
            "Senate President Bukola Saraki will address the Federation Council of the Federal Assembly on "
            "Monday.",
            [("meeting", {"Bukola Saraki", "Federation Council of the Federal Assembly"}, "upcoming")],
        ),
        # the body named with its owner's possessive before it
        (
            "The AU envoy Olusegun Obasanjo briefed the Union's Peace and Security Council on the talks.",
            [("meeting", {"Olusegun Obasanjo", "Peace and Security Council"}, "past")],
        ),
        (
            "Foreign Minister Hage Lund addressed the UN Human Rights Council in Geneva on Monday.",
            [("meeting", {"Hage Lund", "UN Human Rights Council"}, "past")],
        ),
        # an infinitive after a clause of its own
        (
            "President Hage Lund received a warm reception from MPs on Tuesday when he stood up to address "
            "Norway's National Assembly.",
            [("meeting", {"Hage Lund", "National Assembly"}, "past")],
        ),
    ],
)
def test_speaker_to_a_body_meets_it(text: str, expected: list[tuple]) -> None:
    assert _meetings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # reporters, not a body
        "Foreign Minister Hage Lund briefed reporters after the Council meeting.",
        # the body's concerns are what is addressed
        "The Senate must address the Council's concerns, Foreign Minister Hage Lund said.",
        # a lower-case body: no name to meet
        "Foreign Minister Hage Lund briefed the cabinet on the talks on Monday.",
    ],
)
def test_no_sitting_for_what_is_addressed(text: str) -> None:
    assert _meetings(text) == []


# -- a sitting its subject attends, told beside a meeting in one sentence, is another event --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second predicate after the one met: the attendee is the clause's subject
        (
            "Foreign Minister Jorge Arreaza met Foreign Minister Dennis Moses on Wednesday and attended a "
            "meeting of the Caribbean Community in Kingston.",
            [
                ("meeting", {"Jorge Arreaza", "Dennis Moses"}, "past"),
                ("meeting", {"Jorge Arreaza", "Caribbean Community"}, "past"),
            ],
        ),
        # near miss: the body's sitting attended alone is one event, as before
        (
            "Foreign Minister Jorge Arreaza attended a meeting of the Caribbean Community in Kingston on "
            "Wednesday.",
            [("meeting", {"Jorge Arreaza", "Caribbean Community"}, "past")],
        ),
    ],
)
def test_attended_sitting_apart_from_the_meeting(text: str, expected: list[tuple]) -> None:
    assert _meetings(text) == expected


def test_those_met_attend_a_sitting_of_their_own() -> None:
    """Those met came to attend a body's named sitting: they attend it, apart from the meeting."""
    text = (
        "Foreign Minister Lars Dahl met Canadian Foreign Minister Anne Roy and Finnish Foreign Minister "
        "Pekka Ilves, who are in Oslo to attend the Arctic Council's Ministerial meeting."
    )
    assert [m for m in meetings_of(text, PUBLISHED, "kind", "participants") if m[0] == "meeting"] == [
        ("meeting", {"Lars Dahl", "Anne Roy", "Pekka Ilves"}),
        ("meeting", {"Anne Roy", "Pekka Ilves", "Arctic Council"}),
    ]


def test_two_summits_one_attended_stay_as_before() -> None:
    """Two gatherings, one attended after the other: the sentence's summits are not split by it."""
    text = "After the G20 Summit, the President will attend the APEC Summit in Bangkok, Thailand."
    kinds = [m[0] for m in _meetings(text)]
    assert kinds.count("summit") <= 1


def test_host_of_the_attended_sitting_is_that_sitting() -> None:
    """ "will attend the X Ministerial Meeting, hosted by Y": the host's sitting is the one attended."""
    text = (
        "In Oslo on May 14, Secretary Anne Roy will attend the Nordic Foreign Ministers Ministerial Meeting, "
        "hosted by Norwegian Foreign Minister Lars Dahl."
    )
    assert [m for m in meetings_of(text, PUBLISHED, "kind", "participants") if m[0] == "meeting"] == [
        ("meeting", {"Anne Roy", "Lars Dahl"})
    ]
