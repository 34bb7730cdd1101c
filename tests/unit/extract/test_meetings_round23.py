"""Meetings, round 23: two sides named as the subject of a bare talk verb, and such a sentence told
again about a call or meeting already found."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 5, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each side's country after the name, before "and"
        (
            "On Sunday, Presidents Tom Lind of Norway and Ana Ruiz of Chile met at the old fortress in Lima.",
            [("meeting", {"Tom Lind", "Ana Ruiz"})],
        ),
        (
            "Prime Minister Tom Lind of Norway and Prime Minister Ana Ruiz of Chile gathered in Oslo on Monday.",
            [("meeting", {"Tom Lind", "Ana Ruiz"})],
        ),
        (
            "Foreign Minister Tom Lind of Norway, and Foreign Minister Ana Ruiz of Chile held talks in Oslo.",
            [("talks", {"Tom Lind", "Ana Ruiz"})],
        ),
        # two sides of different countries and a bare talk verb
        (
            "Norwegian Prime Minister Tom Lind and Chilean President Ana Ruiz discussed trade on Monday.",
            [("talks", {"Tom Lind", "Ana Ruiz"})],
        ),
        (
            "Norwegian Prime Minister Tom Lind and Chilean President Ana Ruiz talked on Monday about trade.",
            [("meeting", {"Tom Lind", "Ana Ruiz"})],
        ),
        (
            "Norwegian Prime Minister Tom Lind and Chilean President Ana Ruiz spoke on Monday.",
            [("call", {"Tom Lind", "Ana Ruiz"})],
        ),
        # one side only, or nobody's side known: no meeting
        (
            "Norwegian Prime Minister Tom Lind and Norwegian Foreign Minister Kari Berg discussed the budget.",
            [],
        ),
        ("Researchers John Smith and Mary Jones discussed the report on Monday.", []),
        # one speaker's words, not a talk between the two
        (
            "Norwegian Prime Minister Tom Lind and Chilean President Ana Ruiz spoke to reporters on Monday.",
            [],
        ),
        (
            "Norwegian Prime Minister Tom Lind and Chilean President Ana Ruiz spoke at the forum on Monday.",
            [],
        ),
        # passive
        ("The budget was discussed by Norwegian Prime Minister Tom Lind and Chilean President Ana Ruiz.", []),
    ],
)
def test_two_sides_talking(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian Prime Minister Tom Lind held a phone call with Chilean President Ana Ruiz on Monday. "
        "Lind and Ruiz also discussed the war.",
        "Norwegian Prime Minister Tom Lind and Chilean President Ana Ruiz discussed the war in Ukraine on Monday. "
        "In the call, which lasted an hour, Lind told Ruiz that talks must go on.",
        "Norwegian Prime Minister Tom Lind and his Chilean counterpart Ana Ruiz discussed the war in Ukraine. "
        "In the call, which lasted an hour, Lind told Ruiz that talks must go on.",
    ],
)
def test_talk_told_again_is_the_call(text: str) -> None:
    doc = build_document(text, PUBLISHED)
    found = [(m.kind, m.location, {doc.entities[i].name for i in m.participants}) for m in doc.meetings]
    assert found == [("call", None, {"Tom Lind", "Ana Ruiz"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the two ... a meeting between them": a further sitting of the two just told
        (
            "Norwegian Prime Minister Tom Lind met Chilean President Ana Ruiz on Monday. "
            "The two leaders also agreed to schedule a meeting between them soon.",
            [("past", {"Tom Lind", "Ana Ruiz"}), ("upcoming", {"Tom Lind", "Ana Ruiz"})],
        ),
        (
            "Norwegian Prime Minister Tom Lind met Chilean President Ana Ruiz on Monday. "
            "Both sides hope to hold another meeting between them next month.",
            [("past", {"Tom Lind", "Ana Ruiz"}), ("proposed", {"Tom Lind", "Ana Ruiz"})],
        ),
        # the same sitting named again: one meeting
        (
            "Norwegian Prime Minister Tom Lind met Chilean President Ana Ruiz on Monday. "
            "The two leaders said the meeting between them was useful.",
            [("past", {"Tom Lind", "Ana Ruiz"})],
        ),
        # "The two men spoke by phone": the two named just before, the sentence opening with "The"
        (
            "Norwegian Prime Minister Tom Lind praised Chilean President Ana Ruiz. The two men spoke by phone.",
            [("past", {"Tom Lind", "Ana Ruiz"})],
        ),
    ],
)
def test_meeting_between_the_two(text: str, expected: list[tuple[str, set[str]]]) -> None:
    doc = build_document(text, PUBLISHED)
    assert [(m.status, {doc.entities[i].name for i in m.participants}) for m in doc.meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "followed by a meeting with B": the clause's subject meets B, a sitting apart from A's
        (
            "Minister Tom Lind of Norway hosted Ambassador Ana Ruiz of Chile, "
            "followed by a meeting with Ambassador Kari Berg of Peru.",
            [{"Tom Lind", "Ana Ruiz"}, {"Tom Lind", "Kari Berg"}],
        ),
        (
            "Minister Tom Lind of Norway met Ambassador Ana Ruiz of Chile on Monday, "
            "followed by talks with Ambassador Kari Berg of Peru.",
            [{"Tom Lind", "Ana Ruiz"}, {"Tom Lind", "Kari Berg"}],
        ),
        # the same guest again, in a wider sitting: one meeting
        (
            "Minister Tom Lind of Norway met Ambassador Ana Ruiz of Chile on Monday, "
            "followed by a meeting with Ruiz and Ambassador Kari Berg of Peru.",
            [{"Tom Lind", "Ana Ruiz", "Kari Berg"}],
        ),
    ],
)
def test_followed_by_a_meeting(text: str, expected: list[set[str]]) -> None:
    doc = build_document(text, PUBLISHED)
    assert [{doc.entities[i].name for i in m.participants} for m in doc.meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trip's owner holds the meeting the trip includes
        (
            "Norwegian Prime Minister Tom Lind's visit included a meeting with Chilean President Ana Ruiz.",
            [("meeting", {"Tom Lind", "Ana Ruiz"})],
        ),
        (
            "Norwegian Prime Minister Tom Lind's three-day trip will include talks with Chilean President Ana Ruiz.",
            [("talks", {"Tom Lind", "Ana Ruiz"})],
        ),
        # a progressive "be meeting" before a person
        (
            "Norwegian Prime Minister Tom Lind said he will be meeting President Ana Ruiz of Chile next week.",
            [("meeting", {"Tom Lind", "Ana Ruiz"})],
        ),
        (
            "Norwegian Prime Minister Tom Lind is meeting Chilean President Ana Ruiz today.",
            [("meeting", {"Tom Lind", "Ana Ruiz"})],
        ),
        # "is meeting" a goal or resistance: no one met
        ("Norwegian Prime Minister Tom Lind is meeting the targets set by the fund.", []),
        ("Norwegian Prime Minister Tom Lind was meeting resistance in parliament.", []),
    ],
)
def test_trip_includes_and_be_meeting(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert [
        (k, p) for k, p in meetings_of(text, PUBLISHED, "kind", "participants") if k != "visit"
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "held discussion with": no article
        (
            "Ethiopian Prime Minister Abel Tesfaye held discussion with Kenyan President Ana Ruiz.",
            [("meeting", "past", {"Abel Tesfaye", "Ana Ruiz"})],
        ),
        (
            "Ethiopian Prime Minister Abel Tesfaye had fruitful conversation with Kenyan President Ana Ruiz.",
            [("meeting", "past", {"Abel Tesfaye", "Ana Ruiz"})],
        ),
        # nobody named after "with": none
        ("The ministry has held discussion with the unions.", []),
    ],
)
def test_discussion_without_article(text: str, expected: list[tuple[str, str, set[str]]]) -> None:
    doc = build_document(text, PUBLISHED)
    assert [
        (m.kind, m.status, {doc.entities[i].name for i in m.participants}) for m in doc.meetings
    ] == expected


def test_sitting_named_again_gives_its_place() -> None:
    """ "During the meeting, held in Oslo, ...": the place of the sitting told just before."""
    text = (
        "Ethiopian Prime Minister Abel Tesfaye met Kenyan President Ana Ruiz on Monday. "
        "During the meeting, which took place in Oslo, Tesfaye briefed Ruiz on trade."
    )
    doc = build_document(text, PUBLISHED)
    assert [(m.kind, m.location) for m in doc.meetings] == [("meeting", "Oslo")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the capital named after "the nation's capital,": the place, not a party
        (
            "Minister Abel Tesfaye met President Ana Ruiz of Kenya on Monday in the nation's capital, Nairobi.",
            "Nairobi",
        ),
        (
            "Minister Abel Tesfaye met President Ana Ruiz of Kenya on Monday in the country's capital, Nairobi.",
            "Nairobi",
        ),
        (
            "Minister Abel Tesfaye met President Ana Ruiz of Kenya on Monday in the port city of Mombasa.",
            "Mombasa",
        ),
        # no name after it: no place
        ("Minister Abel Tesfaye met President Ana Ruiz of Kenya on Monday in the capital.", None),
    ],
)
def test_the_nations_capital(text: str, place: str | None) -> None:
    doc = build_document(text, PUBLISHED)
    assert [(m.location, {doc.entities[i].name for i in m.participants}) for m in doc.meetings] == [
        (place, {"Abel Tesfaye", "Ana Ruiz"})
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "bilateral/separate talks with leaders from A, B and C": one sitting with each side
        (
            "Premier Tom Lind of Norway held bilateral talks with leaders from Chile, Peru and Kenya.",
            [{"Tom Lind", "Chile"}, {"Tom Lind", "Peru"}, {"Tom Lind", "Kenya"}],
        ),
        (
            "Premier Tom Lind of Norway held separate meetings with leaders of Chile and Peru.",
            [{"Tom Lind", "Chile"}, {"Tom Lind", "Peru"}],
        ),
        (
            "Premier Tom Lind of Norway held separate talks with President Ana Ruiz of Chile and President Kari Berg"
            " of Peru.",
            [{"Tom Lind", "Ana Ruiz"}, {"Tom Lind", "Kari Berg"}],
        ),
        # plain talks with several: one round
        (
            "Premier Tom Lind of Norway held talks with leaders from Chile, Peru and Kenya.",
            [{"Tom Lind", "Chile", "Peru", "Kenya"}],
        ),
    ],
)
def test_bilateral_talks_one_each(text: str, expected: list[set[str]]) -> None:
    doc = build_document(text, PUBLISHED)
    assert [{doc.entities[i].name for i in m.participants} for m in doc.meetings] == expected
