"""Meetings, round 38: one event told twice (a headline over its story, a lead over its body, "In the
meeting, ..." after the sitting) is one item, found missed on unseen articles (precision).

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 3, 15)  # a Friday


def _meetings(text: str) -> list[tuple]:
    return meetings_of(text, PUBLISHED, "kind", "status", "participants")


# -- "In the meeting, X and Y discussed ...": the sitting just told, named again ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Envoy Luis Vega called on President Pedro Salas at the palace on Tuesday. "
        "In the meeting, Ana Ruiz and Salas went over fishing rights.",
        "Envoy Luis Vega held talks with President Pedro Salas on Tuesday. "
        "In the talks, Ana Ruiz and Salas went over fishing rights.",
        "Envoy Luis Vega met President Pedro Salas in Lima on Tuesday. "
        "In the meeting, which lasted an hour, Salas and Ana Ruiz reviewed the border.",
    ],
)
def test_in_the_meeting_names_the_sitting_again(text: str) -> None:
    assert len(_meetings(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a sitting with a party of its own ("In the talks with X"); the room, not the sitting
        "Envoy Luis Vega met President Pedro Salas in Lima on Tuesday. "
        "In the talks with Ana Ruiz on Wednesday, Salas raised the border.",
        "Envoy Luis Vega met President Pedro Salas in Lima on Tuesday. "
        "In the meeting room next door, Ana Ruiz met Marta Gil on Wednesday.",
    ],
)
def test_in_the_meeting_near_misses(text: str) -> None:
    assert len(_meetings(text)) == 2


# -- a headline's "A-B Summit Meeting" is the summit its story tells by the two leaders -----------------------


@pytest.mark.parametrize(
    "headline",
    ["Peru-Chile Summit Meeting", "PERU-CHILE SUMMIT MEETING", "Peru-Chile summit meeting"],
)
def test_summit_meeting_headline_is_the_summit(headline: str) -> None:
    text = (
        f"{headline}\n\nOn March 11, President Ana Ruiz of Peru held a summit meeting with President Pedro Salas "
        "of Chile in Lima."
    )
    assert _meetings(text) == [("summit", "past", frozenset({"Ana Ruiz", "Pedro Salas"}))]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a meeting of ministers, not a summit; a summit told alone keeps its kind
        ("Peru and Chile hold the Lima Ministerial Meeting on Monday.", "meeting"),
        ("Peru and Chile will hold the Lima Summit on Monday.", "summit"),
    ],
)
def test_summit_meeting_near_misses(text: str, kind: str) -> None:
    assert [k for k, _status, _parties in _meetings(text)] == [kind]


# -- a place ends with its sentence, also inside a quote ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            '"Ana Ruiz and I met at Government House Lima. Trade came up first," said Pedro Salas.',
            "Government House Lima",
        ),
        ('"I met Ambassador Ana Ruiz in Quito. Then we toured the port," said Pedro Salas.', "Quito"),
        # abbreviations inside a place's name stay
        ("Pedro Salas met Ambassador Ana Ruiz in St. Petersburg on Monday.", "St. Petersburg"),
        ("Pedro Salas met Ambassador Ana Ruiz in Washington D.C. on Monday.", "Washington D.C"),
    ],
)
def test_place_ends_with_its_sentence(text: str, place: str) -> None:
    assert [p for (p,) in meetings_of(text, PUBLISHED, "location")] == [place]


# -- a title line above the story, below the page's furniture, is its headline ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the headline's trip to come, the story's trip under way
        "Most Read\n\nRuiz to visit Chile\n\nTrip news\n\n"
        "Prime Minister Ana Ruiz of Peru arrived in Chile with a group of exporters.",
        # furniture first, then the headline in the present, then the story's trip to come
        "12 C\n\nMarch 15, 2024\n\nPeruvian Leader Visits Chile\n\n"
        "Peru's President Ana Ruiz will arrive in Chile on Monday for a three-day visit.",
    ],
)
def test_title_line_told_again(text: str) -> None:
    assert [(k, parties) for k, _status, parties in _meetings(text)] == [
        ("visit", frozenset({"Ana Ruiz", "Chile"}))
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a headline's trip to come and the story's dated trip before it: two trips
        "Most Read\n\nRuiz to visit Chile\n\n"
        "Prime Minister Ana Ruiz of Peru visited Chile in May 2022. She now plans to return.",
        # a lead sentence (not a title line) to come and a body's past trip: left apart
        "Prime Minister Ana Ruiz of Peru will travel to Chile.\n\n"
        "Prime Minister Ana Ruiz of Peru traveled to Chile, the ministry said in a separate note.",
    ],
)
def test_title_line_near_misses(text: str) -> None:
    assert len(_meetings(text)) == 2


# -- "remains committed to holding a summit with X": a will, no sitting arranged ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Officials say Ana Ruiz is still committed to holding a summit with Pedro Salas.",
        "President Ana Ruiz is committed to hold talks with President Pedro Salas.",
        "President Ana Ruiz is committed to hosting talks with President Pedro Salas in Lima.",
    ],
)
def test_committed_to_hold_is_proposed(text: str) -> None:
    assert [status for _kind, status, _parties in _meetings(text)] == ["proposed"]


@pytest.mark.parametrize(
    "text",
    [
        # committed to a deal made at a past summit, or to a cause
        "Ana Ruiz remained committed to the deal she reached at her summit with President Pedro Salas in May.",
        "Ana Ruiz met President Pedro Salas, who is committed to free trade, on Monday.",
        "Ana Ruiz, who is committed to reform, met President Pedro Salas on Monday.",
    ],
)
def test_committed_near_misses(text: str) -> None:
    assert [status for _kind, status, _parties in _meetings(text)] == ["past"]


# -- a summit wished for and the same summit to come: one summit ---------------------------------------------


def test_summit_wished_for_and_to_come_is_one() -> None:
    text = (
        "Ana Ruiz remains committed to holding a summit with President Pedro Salas, officials said. "
        "Ruiz's summit with Salas will take place in Quito."
    )
    assert [(k, parties) for k, _status, parties in _meetings(text)] == [
        ("summit", frozenset({"Ana Ruiz", "Pedro Salas"}))
    ]


@pytest.mark.parametrize(
    "text",
    [
        # other parties; a summit held before
        "Ana Ruiz remains committed to holding a summit with President Pedro Salas. "
        "Ruiz will attend a summit with Salas and Luis Vega in June.",
        "Ana Ruiz remains committed to holding a summit with President Pedro Salas. "
        "Ruiz held a summit with Salas in Quito in June 2022.",
    ],
)
def test_summit_wished_for_near_misses(text: str) -> None:
    assert len(_meetings(text)) == 2


# -- lines above the dateline (a photo's caption, a headline) are read as they stand ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PHOTO: Prime Minister Ana Ruiz holds talks with President Pedro Salas at the palace in Lima, Peru, "
            "May 2, 2023.\n\n"
            "LIMA (Reuters) - Peru's Prime Minister Ana Ruiz said on Thursday she would name her cabinet soon.",
            ("talks", "past", frozenset({"Ana Ruiz", "Pedro Salas"}), "2023-05-02"),
        ),
        (
            "Peruvian and Chilean ministers hold talks\n\n"
            "LIMA (Reuters) - Foreign Minister Ana Ruiz of Peru held talks with Foreign Minister Pedro Salas of "
            "Chile in Lima on Thursday.",
            ("talks", "past", frozenset({"Ana Ruiz", "Pedro Salas"}), "2024-03-14"),
        ),
    ],
)
def test_lines_above_the_dateline(text: str, expected: tuple) -> None:
    found = meetings_of(text, PUBLISHED, "kind", "status", "participants", "start")
    assert [(k, s, p - {"Peru", "Chile"}, d) for k, s, p, d in found] == [expected]


def test_dateline_itself_is_no_event() -> None:
    # the dateline's place and day open the story: no party, no sitting of their own
    text = "LIMA, March 14 (Reuters) - Peru's Prime Minister Ana Ruiz said she would name her cabinet soon."
    assert meetings_of(text, PUBLISHED, "kind") == []


# -- a headline's placed sitting of a body ("X Foreign Ministers Meet in Y") is the story's event --------------


@pytest.mark.parametrize(
    "text",
    [
        "SADC ministers meet in Lusaka\n\nThe ministers discussed trade and the drought.",
        "Most Read\n\nSADC Ministers Meet In Lusaka\n\nThe ministers discussed trade and the drought.",
    ],
)
def test_headline_body_sitting(text: str) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location") == [
        ("meeting", frozenset({"Southern African Development Community"}), "Lusaka")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # told in the story's body with no day: a passing mention; the headline's place is the body's own seat
        "Drought talks go on\n\nThe ministers discussed trade. Earlier, SADC ministers met in Lusaka.",
        "SADC ministers meet at SADC\n\nThe ministers discussed trade and the drought.",
        # a story of one sentence, with its full stop: no title
        "SADC foreign ministers met in Lusaka.",
    ],
)
def test_headline_body_sitting_near_misses(text: str) -> None:
    assert meetings_of(text, PUBLISHED, "kind") == []


# -- a title's "X visit A and meet B": the bare second verb reports as the first does ---------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Spanish and Italian premiers visit Lima and meet Ana Ruiz", "past"),
        ("Spanish and Italian premiers visit Lima and hold talks with Ana Ruiz", "past"),
        # a title's "to", a future, a sentence with its full stop: still ahead
        ("Spanish and Italian premiers to visit Lima and meet Ana Ruiz", "upcoming"),
        ("Spanish and Italian premiers will visit Lima and meet Ana Ruiz", "upcoming"),
        ("The Spanish and Italian premiers will visit Lima on Monday and meet Ana Ruiz.", "upcoming"),
    ],
)
def test_title_second_verb_status(text: str, status: str) -> None:
    assert [s for _kind, s, parties in _meetings(text) if "Ana Ruiz" in parties] == [status]


# -- "met with families of X", "will meet representatives of Y": one named party and a group told by role -------


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, the prime minister, met with relatives of the missing fishermen in Callao on Saturday.",
        "Envoy Ana Ruiz plans to meet representatives of the farm unions next week.",
        "President Ana Ruiz will meet with tribal elders in Cusco on Monday.",
    ],
)
def test_met_with_a_group(text: str) -> None:
    assert [(k, parties) for k, _status, parties in _meetings(text)] == [("meeting", frozenset({"Ana Ruiz"}))]


@pytest.mark.parametrize(
    "text",
    [
        # reporters, officials, members: a press event or a routine; a family's own affairs
        "Prime Minister Ana Ruiz met with reporters on Saturday.",
        "Prime Minister Ana Ruiz met with officials on Saturday.",
        "Prime Minister Ana Ruiz said the families of the sailors met on Saturday.",
        # no one named: the envoy alone
        "The UN envoy for Peru will meet with representatives of the rival parties on Tuesday.",
    ],
)
def test_met_with_a_group_near_misses(text: str) -> None:
    assert _meetings(text) == []
