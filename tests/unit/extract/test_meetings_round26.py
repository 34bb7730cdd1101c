"""Meetings, round 26: calls and courtesy calls paid to a list of people (one event each), calls
received ("received calls from A and B"), "spoke with Y" told with no place (a call), "X called Y
today", and a call named with its day ("in a Jan. 12 call")."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 5, 1)


def _events(text: str) -> list[tuple[str, set[str]]]:
    doc = build_document(text, PUBLISHED)
    return sorted(
        ((m.kind, {doc.entities[i].name for i in m.participants}) for m in doc.meetings),
        key=lambda e: sorted(e[1]),
    )


def _pairs(kind: str, owner: str, *guests: str) -> list[tuple[str, set[str]]]:
    return sorted(((kind, {owner, g}) for g in guests), key=lambda e: sorted(e[1]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Tom Lind received calls from French President Ana Ruiz, British Prime Minister "
            "Jon Berg and Dutch Prime Minister Karl Weber.",
            _pairs("call", "Tom Lind", "Ana Ruiz", "Jon Berg", "Karl Weber"),
        ),
        (
            "President Tom Lind received telephone calls on Tuesday from Kenyan President Ana Ruiz and "
            "Ghanaian President Jon Berg.",
            _pairs("call", "Tom Lind", "Ana Ruiz", "Jon Berg"),
        ),
        (
            "President Tom Lind also received a call from the Secretary General of NATO, Ana Ruiz, on Friday.",
            [("call", {"Tom Lind", "Ana Ruiz"})],
        ),
        (
            "President Tom Lind received a call from Chilean President Ana Ruiz.",
            [("call", {"Tom Lind", "Ana Ruiz"})],
        ),
        # near misses: calls for something, a call from a body to act
        ("Tom Lind received calls for his resignation from the opposition.", []),
        ("Tom Lind received a call from the party urging restraint.", []),
    ],
)
def test_calls_received(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Secretary Tom Lind paid a courtesy call on President Ana Ruiz, Prime Minister Jon Berg "
            "and Speaker Karl Weber on Sunday.",
            _pairs("meeting", "Tom Lind", "Ana Ruiz", "Jon Berg", "Karl Weber"),
        ),
        (
            "Foreign Secretary Tom Lind paid courtesy calls on President Ana Ruiz and Prime Minister Jon Berg.",
            _pairs("meeting", "Tom Lind", "Ana Ruiz", "Jon Berg"),
        ),
        (
            "Envoy Tom Lind will pay a courtesy call to President Ana Ruiz and Prime Minister Jon Berg.",
            _pairs("meeting", "Tom Lind", "Ana Ruiz", "Jon Berg"),
        ),
        # one host only: one meeting
        (
            "Foreign Secretary Tom Lind paid a courtesy call on President Ana Ruiz in Lima.",
            [("meeting", {"Tom Lind", "Ana Ruiz"})],
        ),
    ],
)
def test_courtesy_calls_on_a_list(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday, President Tom Lind spoke with Canadian Prime Minister Ana Ruiz and Mexican "
            "President Jon Berg.",
            _pairs("call", "Tom Lind", "Ana Ruiz", "Jon Berg"),
        ),
        (
            "Prime Minister Tom Lind also spoke with Indonesian President Ana Ruiz and Japanese Prime "
            "Minister Jon Berg.",
            _pairs("call", "Tom Lind", "Ana Ruiz", "Jon Berg"),
        ),
        (
            "President Tom Lind talked with German Chancellor Ana Ruiz and French President Jon Berg on Friday.",
            _pairs("call", "Tom Lind", "Ana Ruiz", "Jon Berg"),
        ),
        (
            "Prime Minister Tom Lind spoke today with Ana Ruiz to congratulate him.",
            [("call", {"Tom Lind", "Ana Ruiz"})],
        ),
        (
            "President Tom Lind has spoken with Chilean President Ana Ruiz about trade.",
            [("call", {"Tom Lind", "Ana Ruiz"})],
        ),
        # two people of one side: one conversation with both
        (
            "President Tom Lind spoke with Chilean President Ana Ruiz and Chilean Foreign Minister Jon Berg.",
            [("call", {"Tom Lind", "Ana Ruiz", "Jon Berg"})],
        ),
        # a place told: they spoke there, face to face
        (
            "President Tom Lind spoke with Chilean President Ana Ruiz in Lima on Monday.",
            [("meeting", {"Tom Lind", "Ana Ruiz"})],
        ),
        (
            "President Tom Lind spoke with Chilean President Ana Ruiz on the sidelines of the summit.",
            [("meeting", {"Tom Lind", "Ana Ruiz"})],
        ),
        (
            "Minister Tom Lind spoke yesterday with Chilean President Ana Ruiz during the Pacific Ministers Meeting.",
            [("meeting", {"Tom Lind", "Ana Ruiz"})],
        ),
        # a habit urged, no one talk
        ("Chancellor Tom Lind says it is important to keep talking with President Ana Ruiz.", []),
        # met with two: one meeting, as before
        (
            "President Tom Lind met with Canadian Prime Minister Ana Ruiz and Mexican President Jon Berg in Ottawa.",
            [("meeting", {"Tom Lind", "Ana Ruiz", "Jon Berg"})],
        ),
    ],
)
def test_spoke_with(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Tom Lind called Israeli Prime Minister Ana Ruiz today.",
            [("call", {"Tom Lind", "Ana Ruiz"})],
        ),
        (
            "President Tom Lind called Chilean President Ana Ruiz on Monday to discuss trade.",
            [("call", {"Tom Lind", "Ana Ruiz"})],
        ),
        (
            "Tom Lind called Ana Ruiz, the Chilean president, after the vote.",
            [("call", {"Tom Lind", "Ana Ruiz"})],
        ),
        # near misses: naming, an appeal, a courtesy call, the passive
        ("President Tom Lind called Ana Ruiz a liar on Monday.", []),
        ('President Tom Lind called Ana Ruiz "dangerous" in a speech.', []),
        ("President Tom Lind called for talks with Ana Ruiz's party.", []),
        ("The group, called Northern Front, is led by Ana Ruiz.", []),
    ],
)
def test_called_someone(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Lind and Ana Ruiz discussed security issues in a Jan. 12 call.",
            [("call", {"Tom Lind", "Ana Ruiz"})],
        ),
        (
            "President Tom Lind thanked President Ana Ruiz in a Monday phone call.",
            [("call", {"Tom Lind", "Ana Ruiz"})],
        ),
        (
            "President Tom Lind told President Ana Ruiz in a 40-minute call that aid would continue.",
            [("call", {"Tom Lind", "Ana Ruiz"})],
        ),
        # near miss: an appeal, not a call
        ("President Tom Lind joined President Ana Ruiz in a call for restraint.", []),
    ],
)
def test_call_with_its_day(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Tom Lind and Ana Ruiz discussed security issues in a Jan. 12 call.", "2024-01-12"),
        ("President Tom Lind thanked President Ana Ruiz in a Monday phone call.", "2024-04-29"),
        ("The talks came weeks after Tom Lind and Ana Ruiz spoke in a March 3 phone call.", "2024-03-03"),
    ],
)
def test_call_day_inside_its_words(text: str, day: str) -> None:
    doc = build_document(text, PUBLISHED)
    assert [m.start for m in doc.meetings] == [day]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Tom Lind received calls from French President Ana Ruiz, the Emir of Qatar Sheikh "
            "Karl Weber, and the Crown Prince of Oman, Faisal Rami.",
            _pairs("call", "Tom Lind", "Ana Ruiz", "Karl Weber", "Faisal Rami"),
        ),
        (
            "Envoy Tom Lind paid courtesy calls on President Ana Ruiz and CPN (Maoist Centre) chair and former "
            "Prime Minister Karl Weber.",
            _pairs("meeting", "Tom Lind", "Ana Ruiz", "Karl Weber"),
        ),
        # near misses: a speaker after the comma, an aside in brackets
        (
            "President Tom Lind met Chilean President Ana Ruiz, the Emir of Qatar Karl Weber said on Monday.",
            [("meeting", {"Tom Lind", "Ana Ruiz"})],
        ),
        (
            "President Tom Lind met Chilean President Ana Ruiz (pictured) and then Karl Weber's aides.",
            [("meeting", {"Tom Lind", "Ana Ruiz"})],
        ),
    ],
)
def test_list_of_office_holders_goes_on(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister Tom Lind visited Tehran on Sunday. During the visit, Lind delivered a message from the "
            "King to President Ana Ruiz. Lind and his Iranian counterpart Karl Weber held extensive talks.",
            [("visit", "Tehran"), ("talks", "Tehran")],
        ),
        (
            "Minister Tom Lind handed a letter to President Ana Ruiz during his visit to Oslo.",
            [("visit", "Oslo")],
        ),
        # a place after "to" that names no one still is the destination
        ("Minister Tom Lind will pay a visit to Oslo next week.", [("visit", "Oslo")]),
    ],
)
def test_titled_person_is_no_destination(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Secretary Tom Lind arrived in Kathmandu on Sunday on a two-day visit to Nepal. "
            "He paid a courtesy call on Nepalese President Ana Ruiz.",
            [("visit", "Kathmandu"), ("meeting", "Kathmandu")],
        ),
        (
            "President Tom Lind of India will visit Suriname and Serbia next week. "
            "Lind will hold talks with Surinamese President Ana Ruiz.",
            [("visit", "Suriname and Serbia"), ("talks", "Suriname")],
        ),
        (
            "Minister Tom Lind of Kenya is scheduled to visit Mauritius on May 3. The minister will also meet "
            "Mauritian Prime Minister Ana Ruiz.",
            [("visit", "Mauritius"), ("meeting", "Mauritius")],
        ),
        # near misses: someone of a third country, a trip of another time
        (
            "Foreign Secretary Tom Lind arrived in Kathmandu on Sunday on a two-day visit to Nepal. "
            "He will also meet Chinese envoy Ana Ruiz.",
            [("visit", "Kathmandu"), ("meeting", None)],
        ),
        (
            "Foreign Secretary Tom Lind of India visited Nepal last year. He will meet Nepalese President "
            "Ana Ruiz next month.",
            [("visit", "Nepal"), ("meeting", None)],
        ),
    ],
)
def test_sitting_in_the_land_visited(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ISLAMABAD (Agency) - Foreign Minister Tom Lind spoke with British Foreign Secretary Ana Ruiz.",
            [("call", None)],
        ),
        # met: where the story is filed
        (
            "ISLAMABAD (Agency) - Foreign Minister Tom Lind met British Foreign Secretary Ana Ruiz.",
            [("meeting", "Islamabad")],
        ),
    ],
)
def test_dateline_is_no_place_of_a_talk(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location") == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Prime Minister Tom Lind will attend the 38th regular meeting of the Conference of Heads of "
            "Government of the Caribbean Community in Grenada.",
            "summit",
        ),
        (
            "Prime Minister Tom Lind will travel to Fiji on Wednesday for the Pacific Islands Forum Leaders' "
            "Meeting in Suva.",
            "summit",
        ),
        (
            "Prime Minister Tom Lind hopes to hold a summit meeting with President Ana Ruiz next week.",
            "summit",
        ),
        # near misses: a group's leaders, heads of something else
        (
            "Minister Tom Lind will attend the Pacific Islands Forum Women Leaders Meeting in Suva next month.",
            "meeting",
        ),
        (
            "Minister Tom Lind held a meeting with Ana Ruiz and the heads of state security in Suva.",
            "meeting",
        ),
    ],
)
def test_leaders_meeting_is_a_summit(text: str, kind: str) -> None:
    doc = build_document(text, PUBLISHED)
    assert [m.kind for m in doc.meetings if m.kind != "visit"] == [kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Tom Lind received at the Ministry in Muscat this morning Lord Ana Ruiz, the "
            "British Foreign Secretary.",
            [("meeting", "Ministry, Muscat")],
        ),
        (
            "Emir Tom Lind received at Bayan Palace today Iraqi President Ana Ruiz.",
            [("meeting", "Bayan Palace")],
        ),
        # near miss: a thing received there
        ("Tom Lind received in Geneva the Nobel Prize from Ana Ruiz.", []),
    ],
)
def test_received_at_a_place_then_the_guest(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Tom Lind held a meeting with Ambassador Ana Ruiz at State House on Monday. The meeting "
            "was attended by Foreign Minister Karl Weber and Defence Minister Jon Berg.",
            [("meeting", {"Tom Lind", "Ana Ruiz", "Karl Weber", "Jon Berg"})],
        ),
        (
            "President Tom Lind conferred on Saturday with US Defense Secretary Ana Ruiz, in the presence of "
            "Defense Minister Karl Weber and senior officials.",
            [("talks", {"Tom Lind", "Ana Ruiz", "Karl Weber"})],
        ),
        # near misses: an attended event of another kind, a sentence too far
        (
            "President Tom Lind visited Oslo on Monday. The meeting was attended by Foreign Minister Karl Weber.",
            [("visit", {"Tom Lind", "Norway"})],
        ),
        (
            "President Tom Lind met with local businessmen on Monday. Prices rose. "
            "The breakfast meeting was attended by Foreign Minister Karl Weber.",
            [],
        ),
        # the sitting told before a meeting to come
        (
            "President Tom Lind received Ambassador Ana Ruiz in Oslo on Monday. They agreed that the next "
            "meeting of the working group will be held in Oslo. The meeting was attended by Minister Karl Weber.",
            [("meeting", {"Tom Lind", "Ana Ruiz", "Karl Weber"})],
        ),
    ],
)
def test_others_at_the_sitting(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister Tom Lind meets with French counterpart\n\nMinister Tom Lind met yesterday with Ana Ruiz, "
            "France's Minister for Foreign Affairs.",
            [("meeting", {"Tom Lind", "Ana Ruiz"})],
        ),
        (
            "Cambodia's leader Tom Lind holds talks with Vietnam\n\nCambodian Prime Minister Tom Lind met with "
            "Vietnamese Prime Minister Ana Ruiz on Monday.",
            [("talks", {"Tom Lind", "Ana Ruiz"})],
        ),
        # near miss: someone of another country
        (
            "Minister Tom Lind meets with French counterpart\n\nMinister Tom Lind met yesterday with Ana Ruiz, "
            "Spain's Minister for Foreign Affairs.",
            [("meeting", {"Tom Lind", "Ana Ruiz"}), ("meeting", {"Tom Lind", "France"})],
        ),
    ],
)
def test_headline_country_is_the_body_person(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert _events(text) == expected


def test_body_country_told_sitting_stays_apart() -> None:
    text = (
        "Minister Tom Lind of Nigeria visited Ghana last week to ease tensions. She is also to meet the "
        "President of Ghana. Lind is also to meet with Ghanaian Foreign Minister Ana Ruiz."
    )
    assert len([e for e in _events(text) if e[0] == "meeting"]) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Envoy Tom Lind today, in the company of Jon Berg, initially met in Pristina with Prime Minister "
            "Ana Ruiz, and then with President Karl Weber in Belgrade.",
            [("meeting", "Pristina"), ("meeting", "Belgrade")],
        ),
        (
            "Envoy Tom Lind met with Prime Minister Ana Ruiz in Paris, and with President Karl Weber in Berlin.",
            [("meeting", "Paris"), ("meeting", "Berlin")],
        ),
        # one place told for both: both there
        (
            "In Paris, Envoy Tom Lind met with Prime Minister Ana Ruiz, and with President Karl Weber.",
            [("meeting", "Paris"), ("meeting", "Paris")],
        ),
    ],
)
def test_each_sitting_of_a_round_where_its_part_says(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location") == expected


def test_companions_named_in_an_aside_go_with_the_subject() -> None:
    text = "Envoy Tom Lind today, in the company of Jon Berg, met President Ana Ruiz in Pristina."
    assert _events(text) == [("meeting", {"Tom Lind", "Jon Berg", "Ana Ruiz"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Tom Lind and his Australian counterpart Ana Ruiz have been discussing foreign "
            "policy at Waiheke Island.",
            [("talks", {"Tom Lind", "Ana Ruiz"})],
        ),
        (
            "Foreign Minister Tom Lind and his Australian counterpart Ana Ruiz were discussing trade when the "
            "news broke.",
            [("talks", {"Tom Lind", "Ana Ruiz"})],
        ),
        # near misses: one side, unnamed officials
        ("Tom Lind and Ana Ruiz have been discussing the report.", []),
        ("Officials have been discussing the plan with Tom Lind's aides.", []),
    ],
)
def test_talks_told_in_the_progressive(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert _events(text) == expected
