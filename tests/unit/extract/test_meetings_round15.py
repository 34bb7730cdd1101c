"""Meetings, round 15: owners are not parties, one call told twice, phone talks, fronted places."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import meetings_of
from tests.unit.extract.test_meetings_round13 import PUBLISHED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person named as an owner ("X's secretary of state") is not the one who meets
        (
            "Anna Berg, President Jon Keta's new foreign minister, met Omar Sala on Monday.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}), None)],
        ),
        # "the PM's press secretary briefed reporters after the meeting": no meeting of the two
        (
            "President Jon Keta met Omar Sala on Monday. Keta's spokesman Anna Berg briefed reporters "
            "after the meeting.",
            [("meeting", frozenset({"Jon Keta", "Omar Sala"}), None)],
        ),
        # the owner of a trip still travels
        (
            "President Jon Keta left for Ghana on Monday. Keta's final stop will be in Senegal on Friday.",
            [("visit", frozenset({"Jon Keta", "Senegal"}), "Senegal")],
        ),
        # a plain subject is unchanged
        (
            "President Jon Keta met Omar Sala on Monday.",
            [("meeting", frozenset({"Jon Keta", "Omar Sala"}), None)],
        ),
    ],
)
def test_owner_is_no_party(text: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    found = meetings_of(text, PUBLISHED, "kind", "participants", "location")
    for item in expected:
        assert item in found, (text, found)
    assert not any(k == "meeting" and "Anna Berg" in p and "Jon Keta" in p for k, p, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call with an unnamed counterpart, then the same person's call with one named: one call
        (
            "Anna Berg spoke by phone with her counterpart on Tuesday. Officials said Berg's call with "
            "Omar Sala lasted an hour.",
            [("call", frozenset({"Anna Berg", "Omar Sala"}), "2022-09-20")],
        ),
        # two calls of one person with two people named stay two
        (
            "Anna Berg spoke by phone with Omar Sala on Tuesday. Berg also spoke by phone with Jon Keta.",
            [
                ("call", frozenset({"Anna Berg", "Omar Sala"}), "2022-09-20"),
                ("call", frozenset({"Anna Berg", "Jon Keta"}), None),
            ],
        ),
    ],
)
def test_one_call_told_twice(text: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X and his <title> counterpart Y": X, the owner of "his", is the second subject
        (
            "Foreign Minister Anna Berg and his Kenyan counterpart Omar Sala held talks on Monday.",
            [("talks", frozenset({"Anna Berg", "Omar Sala"}), None)],
        ),
        # the title set off by commas
        (
            "Prime Minister Anna Berg and her Ghanaian colleague, Omar Sala, held a meeting on Monday.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}), None)],
        ),
        # a possessive not after "and" is no coordination: one subject only, no meeting
        ("Anna Berg praised his Kenyan counterpart Omar Sala, who held talks on Monday.", []),
    ],
)
def test_and_his_counterpart(text: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "during yesterday's meeting": a day's possessive in place of the article
        (
            "Prime Minister Anna Berg and President Omar Sala agreed during yesterday's meeting in Accra "
            "to open a border post.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}), "Accra")],
        ),
        (
            "Anna Berg and Omar Sala agreed after Monday's call to deepen trade.",
            [("call", frozenset({"Anna Berg", "Omar Sala"}), None)],
        ),
        # a possessive that is no day is not an adverbial cue
        ("Anna Berg and Omar Sala agreed after Keta's speech to open a border post.", []),
    ],
)
def test_day_owned_meeting(text: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location") == expected, text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the medium inside the cue makes it a call
        ("President Anna Berg held a telephone conversation with Omar Sala on Monday.", "call"),
        ("Anna Berg and Omar Sala held phone talks on Monday.", "call"),
        ("Anna Berg held video talks with Omar Sala on Monday.", "call"),
        # no medium: as before
        ("Anna Berg held talks with Omar Sala on Monday.", "talks"),
        ("President Anna Berg had a long conversation with Omar Sala on Monday.", "meeting"),
    ],
)
def test_medium_inside_the_cue(text: str, kind: str) -> None:
    assert [k for k, _, _ in meetings_of(text, PUBLISHED, "kind", "participants", "location")] == [kind], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named event in a relative clause is not the main clause's meeting
        (
            "Anna Berg, who came to Ghana to attend the Accra Trade Forum, met with Omar Sala on Sunday.",
            ("meeting", frozenset({"Anna Berg", "Omar Sala"}), None),
        ),
        # an event that is the main clause's own gives its kind, as before
        (
            "Anna Berg met with Omar Sala at the Accra Trade Forum on Sunday.",
            ("conference", frozenset({"Anna Berg", "Omar Sala"}), None),
        ),
    ],
)
def test_relative_event_apart(text: str, expected: tuple[str, frozenset[str], str | None]) -> None:
    found = [(k, p) for k, p, _ in meetings_of(text, PUBLISHED, "kind", "participants", "location")]
    assert (expected[0], expected[1]) in found, (text, found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks talked about are no event of the speakers
        ("Anna Berg and Omar Sala discussed trade and security, including the Ghana-Kenya talks.", []),
        # talks held, as before
        (
            "Anna Berg and Omar Sala held talks on trade and security.",
            [("talks", frozenset({"Anna Berg", "Omar Sala"}), None)],
        ),
    ],
)
def test_talks_discussed(text: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one speaker and reporters: no meeting
        ("President Anna Berg spoke during her daily press conference at the State House on Monday.", []),
        ("Spokesman Omar Sala told a news conference in Accra on Monday that talks would go on.", []),
        # a joint press conference is held by two
        (
            "Anna Berg held a joint press conference with Omar Sala in Accra on Monday.",
            [("conference", frozenset({"Anna Berg", "Omar Sala"}), "Accra")],
        ),
    ],
)
def test_press_conference_alone(text: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the meeting's day and place before its "between": the meeting, held there
        (
            "The deal followed a meeting on Monday in Ghana's capital Accra between President Anna Berg "
            "and President Omar Sala.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}), "Accra")],
        ),
        (
            "Anna Berg had a meeting in Accra with President Omar Sala.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}), "Accra")],
        ),
        # a comma ends the stretch: no meeting of the two
        ("The deal followed a meeting on Monday, Anna Berg said, between the rebels and the army.", []),
    ],
)
def test_meeting_day_and_place_first(
    text: str, expected: list[tuple[str, frozenset[str], str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location") == expected, text


def test_summit_meetings() -> None:
    """ "summit meetings with the Union": the meetings are a summit's."""
    found = meetings_of(
        "President Anna Berg will attend summit meetings in Accra with President Omar Sala.",
        PUBLISHED,
        "kind",
        "participants",
        "location",
    )
    assert [k for k, _, _ in found] == ["summit"], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place opening the clause is its event's, not one named after the trigger
        (
            "Anna Berg travelled to Paris and Brussels. In Paris she met Omar Sala, in Brussels she has "
            "meetings with Jon Keta.",
            [
                ("meeting", frozenset({"Anna Berg", "Omar Sala"}), "Paris"),
                ("meeting", frozenset({"Anna Berg", "Jon Keta"}), "Brussels"),
            ],
        ),
        (
            "In Accra, President Anna Berg met Omar Sala on Monday.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}), "Accra")],
        ),
        # a place after the trigger, as before
        (
            "President Anna Berg met Omar Sala on Monday in Accra.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}), "Accra")],
        ),
        # a place in a relative clause after a common noun is that clause's
        (
            "President Anna Berg met Omar Sala, a journalist who lived in Lagos, on Monday.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}), None)],
        ),
        # a guest who arrived somewhere is met there
        (
            "President Anna Berg received Omar Sala, who arrived in Accra on a visit.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}), "Accra")],
        ),
    ],
)
def test_clause_places(text: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    found = [f for f in meetings_of(text, PUBLISHED, "kind", "participants", "location") if f[0] != "visit"]
    assert found == expected, text


def test_met_during_a_trip_told_after() -> None:
    """ "met X during a trip to Y": the trip's place, told after the meeting in the same sentence."""
    found = meetings_of(
        "President Anna Berg met Omar Sala during a trip to Ghana in July 2022.",
        PUBLISHED,
        "kind",
        "participants",
        "location",
    )
    assert ("meeting", frozenset({"Anna Berg", "Omar Sala"}), "Ghana") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host welcoming a guest told by a possessive title, named before
        (
            "Kenyan Foreign Minister Omar Sala arrived in Accra. Ghanaian Foreign Minister Anna Berg "
            "welcomed his Kenyan counterpart on Monday.",
            ("meeting", frozenset({"Anna Berg", "Omar Sala"})),
        ),
        # "the visit of X to Y": X travels to Y
        (
            "The working visit of Foreign Minister Omar Sala to Ghana goes on well.",
            ("visit", frozenset({"Omar Sala", "Ghana"})),
        ),
        # "X is expected in Y": a visit awaited
        (
            "Foreign Minister Omar Sala is expected in Accra on Friday.",
            ("visit", frozenset({"Omar Sala", "Ghana"})),
        ),
    ],
)
def test_more_cues(text: str, expected: tuple[str, frozenset[str]]) -> None:
    found = [(k, p) for k, p, _ in meetings_of(text, PUBLISHED, "kind", "participants", "location")]
    assert expected in found, (text, found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tour of a region is no "visit of X": its traveller is the subject
        (
            "Foreign Minister Omar Sala begins a tour of the Gulf on Tuesday.",
            [("visit", frozenset({"Omar Sala"}), "Gulf")],
        ),
        # "expected in" with no place after it is no visit
        ("Foreign Minister Omar Sala is expected in time to vote.", []),
    ],
)
def test_more_cues_negative(text: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short phrase in scare quotes does not open a new clause: the subject before it still counts
        (
            'Chancellor Anna Berg will visit Accra "in a few" days following a call with Omar Sala on Monday.',
            ("call", frozenset({"Anna Berg", "Omar Sala"})),
        ),
        # real quoted words still end the clause: the speaker before them is no party
        (
            'Anna Berg said: "We spoke at length, and it went well." Omar Sala held a call with Jon Keta.',
            ("call", frozenset({"Omar Sala", "Jon Keta"})),
        ),
    ],
)
def test_scare_quotes(text: str, expected: tuple[str, frozenset[str]]) -> None:
    found = [(k, p) for k, p, _ in meetings_of(text, PUBLISHED, "kind", "participants", "location")]
    assert expected in found, (text, found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's name before an office is no gathering, nor the end of the objects
        (
            "Anna Berg is in Fiji. She will also meet Pacific Islands Forum Secretary General, Omar Sala, "
            "on Friday.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}), None)],
        ),
        # the gathering itself, as before
        (
            "Anna Berg will attend the Pacific Islands Forum in Suva on Friday.",
            [("conference", frozenset({"Anna Berg", "Pacific Islands Forum"}), "Suva")],
        ),
    ],
)
def test_office_after_body(text: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert [
        f for f in meetings_of(text, PUBLISHED, "kind", "participants", "location") if f[0] != "visit"
    ] == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a residence or office named after its common noun
        (
            "Anna Berg paid a courtesy call on President Omar Sala at the latter's official residence "
            "Jubilee House.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}), "Jubilee House")],
        ),
        # a house known by its number
        (
            "President Anna Berg met Omar Sala for talks in No 10.",
            [("talks", frozenset({"Anna Berg", "Omar Sala"}), "No 10")],
        ),
        # "for talks" makes a meeting talks; without it, a meeting
        (
            "President Anna Berg met Omar Sala in Accra.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}), "Accra")],
        ),
        # an unnamed residence names no place
        (
            "Anna Berg paid a courtesy call on President Omar Sala at his official residence.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}), None)],
        ),
    ],
)
def test_seats_and_talks(text: str, expected: list[tuple[str, frozenset[str], str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location") == expected, text


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # one named gathering told twice, in two tenses: one event
        (
            "Anna Berg discussed the Accra Trade Forum with Omar Sala. Berg later thanked Ghana for "
            "hosting the Accra Trade Forum.",
            1,
        ),
        # two gatherings of different names stay two
        (
            "Anna Berg will attend the Accra Trade Forum in Accra. Berg attended the Lagos Energy Forum "
            "in Lagos last year.",
            2,
        ),
    ],
)
def test_same_title_once(text: str, count: int) -> None:
    found = [
        f for f in meetings_of(text, PUBLISHED, "kind", "participants", "location") if f[0] == "conference"
    ]
    assert len(found) == count, (text, found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day between "headed" and "to"; "the Spanish capital" is the capital the lexicon lists
        (
            "Foreign Minister Omar Sala headed Sunday to the Spanish capital for talks.",
            ("visit", frozenset({"Omar Sala", "Spain"}), "Madrid"),
        ),
        # a country named, as before
        (
            "Foreign Minister Omar Sala flew to Spain on Sunday.",
            ("visit", frozenset({"Omar Sala", "Spain"}), "Spain"),
        ),
    ],
)
def test_headed_to_a_capital(text: str, expected: tuple[str, frozenset[str], str | None]) -> None:
    found = meetings_of(text, PUBLISHED, "kind", "participants", "location")
    assert expected in found, (text, found)
