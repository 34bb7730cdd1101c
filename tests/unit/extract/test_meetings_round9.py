"""Meetings, round 9: status of stays under way, of events "ahead of" a told one, and of invited visits."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract import meetings
from tests.unit.extract.helpers import build_meetings, meeting_summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stay under way is reported as begun, whatever the sentence says it will hold
        (
            "Blinken is on a working visit to Kyiv, where he will attend a forum.",
            ("visit", "past"),
        ),
        ("Wang is currently on an official visit to Fiji.", ("visit", "past")),
        # not a stay under way: a visit still to come
        ("Wang will go on a visit to Fiji.", ("visit", "upcoming")),
        # "at the invitation of X": who asked for the visit, not a wish
        ("At the invitation of Bainimarama, Wang arrived in Fiji on Monday.", ("visit", "past")),
        # an invitation to come is still a wish
        ("Bainimarama invited Wang to visit Fiji.", ("visit", "proposed")),
    ],
)
def test_visit_status(text: str, expected: tuple[str, str]) -> None:
    doc = build_meetings(text)
    visits = [(m.kind, m.status) for m in doc.meetings if m.kind == "visit"]
    assert visits == [expected], text


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # what lies "ahead of" an arrival has not happened yet, dated on the day of publication or not
        ("Biden arrived in Kyiv on Monday ahead of his meeting with Zelensky on Tuesday.", "upcoming"),
        ("Biden arrived in Kyiv ahead of his meeting with Zelensky.", "upcoming"),
        # ... unless its date is already past
        ("Biden arrived in Kyiv ahead of his meeting with Zelensky on October 2, 2023.", "past"),
        # without "ahead of", the tense decides
        ("Biden arrived in Kyiv and had a meeting with Zelensky.", "past"),
    ],
)
def test_ahead_of_status(text: str, status: str) -> None:
    doc = build_meetings(text)
    meetings = [m for m in doc.meetings if m.kind == "meeting"]
    assert [m.status for m in meetings] == [status], meeting_summary(doc)


def test_stay_under_way_keeps_a_future_date() -> None:
    """A stay "on" a visit that begins after publication is still to come."""
    doc = build_meetings("Wang is on a visit to Fiji from November 2 to 4.", published=date(2023, 10, 24))
    assert [(m.kind, m.status) for m in doc.meetings] == [("visit", "upcoming")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a meeting of" a body: its members meet, with whoever attends or chairs it
        (
            "Blinken will attend a meeting of NATO in Kyiv on Friday.",
            [("meeting", "upcoming", {"Antony Blinken", "NATO"})],
        ),
        # a reporter before it is no member
        (
            "According to Blinken, a meeting of the ministers of France and Germany also took place.",
            [("meeting", "past", {"France", "Germany"})],
        ),
        # "a meeting of minds" names no party
        ("Blinken said there was a meeting of minds.", []),
    ],
)
def test_meeting_of(text: str, expected: list[tuple[str, str, set[str]]]) -> None:
    assert meeting_summary(build_meetings(text)) == expected


def _with_sides(text: str, sides: dict[str, str]) -> list[tuple[str, str, set[str]]]:
    """Meetings of ``text`` once the people named in ``sides`` have their country."""
    doc = build_meetings(text)
    for e in doc.entities:
        e.affiliation = sides.get(e.name)
    meetings.find(doc)
    return meeting_summary(doc)


@pytest.mark.parametrize(
    ("text", "sides", "expected"),
    [
        # one meeting told by its countries, then by one person from each: one event
        (
            "A meeting of the ministers of France and Germany also took place. "
            "At the meeting with Scholz, Macron praised the ties.",
            {"Olaf Scholz": "Germany", "Emmanuel Macron": "France"},
            [("meeting", "past", {"France", "Germany", "Olaf Scholz", "Emmanuel Macron"})],
        ),
        # people from other countries: two meetings
        (
            "A meeting of the ministers of France and Germany also took place. "
            "At the meeting with Scholz, Macron praised the ties.",
            {"Olaf Scholz": "Germany", "Emmanuel Macron": "Israel"},
            [
                ("meeting", "past", {"France", "Germany"}),
                ("meeting", "past", {"Olaf Scholz", "Emmanuel Macron"}),
            ],
        ),
        # a third person: not one person for each country
        (
            "A meeting of the ministers of France and Germany also took place. "
            "At the meeting with Scholz and Lavrov, Macron praised the ties.",
            {"Olaf Scholz": "Germany", "Emmanuel Macron": "France", "Sergei Lavrov": "Germany"},
            [
                ("meeting", "past", {"France", "Germany"}),
                ("meeting", "past", {"Olaf Scholz", "Sergei Lavrov", "Emmanuel Macron"}),
            ],
        ),
    ],
)
def test_countries_and_their_people(text: str, sides: dict[str, str], expected: list) -> None:
    assert _with_sides(text, sides) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit told by its traveller after "by" and its place after "to"
        (
            "They discussed the recent visit by Lavrov to Fiji last month.",
            [("visit", "past", {"Sergei Lavrov", "Fiji"})],
        ),
        # no place: nothing to tell
        ("They praised the visit by Lavrov.", []),
        # an envoy presenting credentials meets the one receiving them
        (
            "Zelensky received on Monday the credentials presented by Lavrov.",
            [("meeting", "past", {"Volodymyr Zelensky", "Sergei Lavrov"})],
        ),
        (
            "Lavrov presented his letter of credence to Zelensky.",
            [("meeting", "past", {"Sergei Lavrov", "Volodymyr Zelensky"})],
        ),
        # a received letter is no meeting
        ("Zelensky received a letter from Lavrov.", []),
        # the bare form "will discuss with X" as "discussed with X"
        (
            "Blinken will discuss with Lavrov the grain deal.",
            [("talks", "upcoming", {"Antony Blinken", "Sergei Lavrov"})],
        ),
        ("Blinken will discuss the grain deal.", []),
        # a call named after a long topic
        (
            "Blinken and Lavrov discussed the so-called grain corridor near the border of the region by phone.",
            [("call", "past", {"Antony Blinken", "Sergei Lavrov"})],
        ),
        # "by phone" far beyond the verb, past a sentence's clause: no call of theirs
        ("Blinken and Lavrov discussed the deal; aides were reachable by phone.", []),
        # "will then be in": a stop on a trip
        (
            "Blinken will then be in Fiji for talks.",
            [("visit", "upcoming", {"Antony Blinken", "Fiji"})],
        ),
    ],
)
def test_more_triggers(text: str, expected: list[tuple[str, str, set[str]]]) -> None:
    assert meeting_summary(build_meetings(text)) == expected


def _placed(text: str) -> list[tuple[str, set[str], str | None]]:
    doc = build_meetings(text)
    return [(m.kind, {doc.entities[i].name for i in m.participants}, m.location) for m in doc.meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two meetings of one day in two places; the one "after speaking with" is the subject's
        (
            "Blinken met with Scholz in Berlin after speaking with Macron in Paris.",
            [
                ("meeting", {"Antony Blinken", "Olaf Scholz"}, "Berlin"),
                ("meeting", {"Antony Blinken", "Emmanuel Macron"}, "Paris"),
            ],
        ),
        # one place: one meeting
        (
            "Blinken met with Scholz in Berlin and spoke with Macron there.",
            [("meeting", {"Antony Blinken", "Olaf Scholz", "Emmanuel Macron"}, "Berlin")],
        ),
        # "the war in X" places the war, not the meeting
        (
            "Blinken discussed the war in Gaza at a meeting with Lavrov.",
            [("meeting", {"Antony Blinken", "Sergei Lavrov"}, None)],
        ),
        (
            "Blinken had a meeting with Lavrov in Geneva.",
            [("meeting", {"Antony Blinken", "Sergei Lavrov"}, "Geneva")],
        ),
        # ", where he will meet X": at the place the trip reaches
        (
            "Blinken will travel to Fiji, where he will meet with Bainimarama.",
            [
                ("visit", {"Antony Blinken", "Fiji"}, "Fiji"),
                ("meeting", {"Antony Blinken", "Frank Bainimarama"}, "Fiji"),
            ],
        ),
        (
            "Blinken travelled to Fiji on Monday, where he will attend the ECOWAS Summit on Friday.",
            [
                ("visit", {"Antony Blinken", "Fiji"}, "Fiji"),
                ("summit", {"Antony Blinken", "ECOWAS"}, "Fiji"),
            ],
        ),
        # the one who held the meetings follows the opening phrase (after a paragraph's dateline)
        (
            "KYIV - After Monday's meetings with Scholz and Macron, Blinken said he was glad.",
            [("meeting", {"Antony Blinken", "Olaf Scholz", "Emmanuel Macron"}, "Kyiv")],
        ),
    ],
)
def test_places_and_parties(text: str, expected: list) -> None:
    assert _placed(text) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # "recent", "previous": an event already held, whatever the clause's verb says
        ("Kyiv will study Lavrov's recent visit to Fiji.", "past"),
        ("Kyiv will study the previous meeting with Lavrov.", "past"),
        # a date still to come wins over the word
        ("Kyiv will study Lavrov's recent visit to Fiji on November 2.", "upcoming"),
        # without such a word the tense decides
        ("Kyiv will study the meeting with Lavrov.", "upcoming"),
    ],
)
def test_recent_event_is_past(text: str, status: str) -> None:
    assert [m.status for m in build_meetings(text).meetings] == [status], text


def test_earlier_as_adverb_is_no_past_event() -> None:
    """ "said earlier that his trip will go ahead": "earlier" dates the saying, the trip is to come."""
    statuses = [
        m.status
        for m in build_meetings(
            "Aides said earlier that his trip to Kyiv will go ahead.", {"his": "Antony Blinken"}
        ).meetings
    ]
    assert statuses == ["upcoming"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place of the ", where" clause is the trip's, not one named before it
        (
            "Blinken is on a visit to Fiji in the Pacific, where he will attend a summit.",
            [("visit", {"Antony Blinken", "Fiji"}, "Fiji"), ("summit", {"Antony Blinken"}, "Fiji")],
        ),
        # one summit of one attendee, told with its place and then with its day: one event
        (
            "Blinken will attend a summit in Kyiv. Blinken will attend the summit on Friday.",
            [("summit", {"Antony Blinken"}, "Kyiv")],
        ),
        # "at the Warsaw Summit" names the event, not where it is: the next place is taken
        (
            "Blinken met Lavrov at the Geneva Summit in Fiji.",
            [("summit", {"Antony Blinken", "Sergei Lavrov"}, "Fiji")],
        ),
        ("Blinken met Lavrov at the Geneva Summit.", [("summit", {"Antony Blinken", "Sergei Lavrov"}, None)]),
        # two places: two summits
        (
            "Blinken attended a summit in Kyiv. Blinken will attend a summit in Fiji on Friday.",
            [("summit", {"Antony Blinken"}, "Kyiv"), ("summit", {"Antony Blinken"}, "Fiji")],
        ),
    ],
)
def test_summit_places(text: str, expected: list) -> None:
    assert _placed(text) == expected


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a named event talked about is not the meeting that talks about it
        ("Blinken met Lavrov in Rome to discuss the agenda for the Geneva Summit in July.", ["meeting"]),
        ("Blinken met Lavrov in Rome on preparations for the Geneva Summit.", ["meeting"]),
        # a named event they meet at is
        ("Blinken met Lavrov at the Geneva Summit.", ["summit"]),
    ],
)
def test_event_as_topic(text: str, kinds: list[str]) -> None:
    assert [m.kind for m in build_meetings(text).meetings] == kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person named right after a place in a title ends the place: the guest, not part of it
        (
            "Zelensky received the Special Envoy for Peace in Fiji Bainimarama on Monday.",
            [("meeting", {"Volodymyr Zelensky", "Frank Bainimarama"}, "Fiji")],
        ),
        # the guest's own trip, told in a relative clause, is not the host's meeting
        (
            "Zelensky received Bainimarama, who arrived in Kyiv on a visit.",
            [
                ("meeting", {"Volodymyr Zelensky", "Frank Bainimarama"}, "Kyiv"),
                ("visit", {"Frank Bainimarama", "Ukraine"}, "Kyiv"),
            ],
        ),
        # a host's guest for a visit: one visit
        (
            "Biden will host Bainimarama for a visit to Washington.",
            [("visit", {"Joe Biden", "Frank Bainimarama", "United States"}, "Washington")],
        ),
    ],
)
def test_guests(text: str, expected: list) -> None:
    assert _placed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a habit is no one event
        ("Peace is always at the heart of his talks with Lavrov.", []),
        ("Blinken regularly meets with Lavrov.", []),
        # ... unless a date says which one
        (
            "Blinken usually flies home after he met with Lavrov on Monday.",
            [("meeting", "past", {"Antony Blinken", "Sergei Lavrov"})],
        ),
        # without such a word: an event
        (
            "Peace was at the heart of his talks with Lavrov.",
            [("talks", "past", {"Antony Blinken", "Sergei Lavrov"})],
        ),
    ],
)
def test_habits(text: str, expected: list) -> None:
    assert meeting_summary(build_meetings(text, {"his": "Antony Blinken"})) == expected
