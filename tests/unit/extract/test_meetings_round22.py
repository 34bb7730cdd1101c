"""Meetings, round 22: the stops of a tour are visits; a trip home is none."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 5, 1)


def _visits(text: str) -> list[tuple[str, set[str]]]:
    doc = build_document(text, PUBLISHED)
    return [
        (m.status, {doc.entities[i].name for i in m.participants}) for m in doc.meetings if m.kind == "visit"
    ]


LEAD = "President Tom Lind of France will travel to Japan next week. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # onward legs
        (LEAD + "Lind will then proceed to Kenya.", [{"Tom Lind", "Kenya"}]),
        (LEAD + "From there he will go on to Ghana.", [{"Tom Lind", "Ghana"}]),
        (LEAD + "He will continue on to Vietnam.", [{"Tom Lind", "Vietnam"}]),
        (LEAD + "He will then move on to Chile.", [{"Tom Lind", "Chile"}]),
        # a trip that takes someone somewhere
        (LEAD + "The tour will also take him to Kenya and Ghana.", [{"Tom Lind", "Kenya", "Ghana"}]),
        (
            "Minister Anna Berg of Norway will tour the region in June, taking her to Peru, Chile and Bolivia.",
            [{"Anna Berg", "Peru", "Chile", "Bolivia"}],
        ),
        # where it begins or ends
        (LEAD + "On Friday, Lind will end his tour in Vietnam.", [{"Tom Lind", "Vietnam"}]),
        (LEAD + "He will wrap up the trip in Kenya.", [{"Tom Lind", "Kenya"}]),
        (
            "Minister Anna Berg of Norway began her Asian tour in Thailand on Monday.",
            [{"Anna Berg", "Thailand"}],
        ),
        # a numbered stop
        (LEAD + "His last stop will be Thailand.", [{"Tom Lind", "Thailand"}]),
        (LEAD + "His second stop will be in Kenya.", [{"Tom Lind", "Kenya"}]),
        # the verb "tour"
        (
            "President Tom Lind of France will tour Japan and Vietnam next week.",
            [{"Tom Lind", "Japan", "Vietnam"}],
        ),
        ("Minister Anna Berg of Norway toured the Netherlands in May.", [{"Anna Berg", "Netherlands"}]),
    ],
)
def test_tour_stop_is_a_visit(text: str, expected: list[set[str]]) -> None:
    got = [names for _, names in _visits(text)]
    for want in expected:
        assert want in got, (text, got)


@pytest.mark.parametrize(
    "text",
    [
        "Prices will continue to rise, President Tom Lind said.",
        "President Tom Lind will continue to support Ukraine.",
        "President Tom Lind went on to China's largest port.",
        "The guide took him to the museum, President Tom Lind said.",
        "President Tom Lind ended the meeting in Paris.",
        "Its next stage will be Phase Two, President Tom Lind said.",
        "The Tour de France will start in Italy, Minister Anna Berg said.",
    ],
)
def test_no_trip_no_visit(text: str) -> None:
    assert _visits(text) == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a return home is no visit, whatever the verb
        ("President Tom Lind of France will end his tour in Paris on Friday.", []),
        ("President Tom Lind of France will then proceed to Paris.", []),
        ("Minister Anna Berg of Norway arrived in Oslo after the talks.", []),
        # abroad it is one
        ("President Tom Lind of France will then proceed to Nairobi.", [{"Tom Lind", "Kenya"}]),
    ],
)
def test_trip_home_is_no_visit(text: str, expected: list[set[str]]) -> None:
    assert [names for _, names in _visits(text)] == expected, text


def test_numbered_stop_keeps_its_tense() -> None:
    """ "his last stop will be X": "last" is an ordinal there, not a past cue."""
    got = _visits(LEAD + "His last stop will be Thailand.")
    assert ("upcoming", {"Tom Lind", "Thailand"}) in got


def _parties(text: str) -> list[set[str]]:
    doc = build_document(text, PUBLISHED)
    return [{doc.entities[i].name for i in m.participants} for m in doc.meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second predicate of the subject ends the list of those met: its objects are topics
        (
            "Mr Ali Hassan met President Tom Lind and expressed interest in closer ties with Kenya.",
            [{"Ali Hassan", "Tom Lind"}],
        ),
        (
            "Minister Anna Berg met President Tom Lind and conveyed the greetings of the King of Spain.",
            [{"Anna Berg", "Tom Lind"}],
        ),
        (
            "Minister Anna Berg received President Tom Lind and briefed him on the situation in Sudan.",
            [{"Anna Berg", "Tom Lind"}],
        ),
        # a list of people goes on
        (
            "Minister Anna Berg met President Tom Lind and Prime Minister Ali Hassan on Monday.",
            [{"Anna Berg", "Tom Lind", "Ali Hassan"}],
        ),
    ],
)
def test_second_predicate_ends_the_objects(text: str, expected: list[set[str]]) -> None:
    assert _parties(text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "this trip": the traveller of the visit just told goes on
        (LEAD + "The first stage of this trip will be Kenya.", {"Tom Lind", "Kenya"}),
        (LEAD + "The trip will include visits to Peru and Brazil.", {"Tom Lind", "Peru", "Brazil"}),
        (LEAD + "The tour will also include a stop in Vietnam.", {"Tom Lind", "Vietnam"}),
    ],
)
def test_this_trip_keeps_its_traveller(text: str, expected: set[str]) -> None:
    assert expected in [names for _, names in _visits(text)], text


@pytest.mark.parametrize(
    "text",
    [
        # someone else's trip, or no place reached: nothing new
        LEAD + "The trip follows the Prime Minister's recent visit.",
        LEAD + "The trip was a success, Anna Berg said.",
        # the visit before has a host beside the guest: whose trip is unclear
        "President Tom Lind of France will host Anna Berg in Japan. The first stage of this trip will be Kenya.",
    ],
)
def test_this_trip_without_a_new_stop(text: str) -> None:
    assert all("Kenya" not in names and len(names) > 1 for _, names in _visits(text)), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "by phone" right after the one addressed: a call, whatever the verb
        (
            "President Anna Berg congratulated Prime Minister Tom Lind by phone on Friday.",
            [("call", {"Anna Berg", "Tom Lind"})],
        ),
        (
            "President Anna Berg thanked Prime Minister Tom Lind over the phone.",
            [("call", {"Anna Berg", "Tom Lind"})],
        ),
        (
            "President Anna Berg briefed Prime Minister Tom Lind on Friday by telephone.",
            [("call", {"Anna Berg", "Tom Lind"})],
        ),
        # the medium of a sitting told before it in the clause: one call, not two events
        (
            "Minister Anna Berg held talks with her counterpart Tom Lind over the phone.",
            [("call", {"Anna Berg", "Tom Lind"})],
        ),
        # how someone was reached, or spoke to the press
        ("President Anna Berg said by phone that she supports Kenya.", []),
        ("Tom Lind, reached by phone, said Anna Berg had resigned.", []),
        ("Tom Lind told Reuters by phone that Anna Berg was wrong.", []),
    ],
)
def test_by_phone_is_a_call(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trip told after "and", past an object: the clause's subject travels
        (
            "Minister Anna Berg of Chile met Tom Lind in Lima and then flew to Brazil.",
            {"Anna Berg", "Brazil"},
        ),
        (
            "Minister Anna Berg of Chile met Tom Lind on Monday and will travel to Brazil.",
            {"Anna Berg", "Brazil"},
        ),
        ("Minister Anna Berg of Chile thanked Tom Lind and later left for Brazil.", {"Anna Berg", "Brazil"}),
        (
            "Minister Anna Berg of Chile held talks with Tom Lind by phone and hoped to pay a visit to Brazil.",
            {"Anna Berg", "Brazil"},
        ),
        # the one named last is the subject: a relative clause, reported speech, coordinated subjects
        (
            "Minister Anna Berg of Chile met Tom Lind, who will travel to Brazil next week.",
            {"Tom Lind", "Brazil"},
        ),
        ("Minister Anna Berg of Chile said Tom Lind will visit Brazil.", {"Tom Lind", "Brazil"}),
        ("Minister Anna Berg and Tom Lind met and then flew to Brazil.", {"Anna Berg", "Tom Lind", "Brazil"}),
    ],
)
def test_second_predicate_traveller(text: str, expected: set[str]) -> None:
    assert [names for _, names in _visits(text)] == [expected], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body or country a person comes from is not a further party
        ("Minister Anna Berg met Tom Lind of the Ministry of Trade.", [{"Anna Berg", "Tom Lind"}]),
        ("Minister Anna Berg met Tom Lind from the World Bank.", [{"Anna Berg", "Tom Lind"}]),
        ("Minister Anna Berg met Tom Lind of Kenya on Monday.", [{"Anna Berg", "Tom Lind"}]),
        (
            "Minister Anna Berg will meet Tom Lind, Chairman of the Standing Committee of the National"
            " People's Congress, in Beijing.",
            [{"Anna Berg", "Tom Lind"}],
        ),
        # a body met beside the person stays
        (
            "Minister Anna Berg met Tom Lind and the Ministry of Trade.",
            [{"Anna Berg", "Tom Lind", "Ministry of Trade"}],
        ),
        (
            "Minister Anna Berg met Tom Lind and leaders of the African Union.",
            [{"Anna Berg", "Tom Lind", "African Union"}],
        ),
    ],
)
def test_affiliation_is_no_party(text: str, expected: list[set[str]]) -> None:
    assert _parties(text) == expected, text


@pytest.mark.parametrize(
    ("text", "banned"),
    [
        # "Heads of State and Government" are people of a kind, not a body called "State and Government"
        ("Minister Anna Berg spoke about the summit of Heads of State and Government in June.", "State"),
        (
            "Minister Anna Berg will attend the meeting of the Heads of Government of the Commonwealth.",
            "Government",
        ),
    ],
)
def test_heads_of_state_is_no_body(text: str, banned: str) -> None:
    assert not any(name.startswith(banned) for names in _parties(text) for name in names), text


def test_state_body_still_meets() -> None:
    assert any(
        any(name.startswith("State Council") for name in names)
        for names in _parties("Minister Anna Berg met the State Council in Beijing.")
    )


@pytest.mark.parametrize(
    ("text", "banned"),
    [
        # the one reporting on an event that opens the reported clause is no party to it
        ("Spokesman Tom Lind said the African Union summit would discuss refugees.", "Tom Lind"),
        ("Spokesman Tom Lind noted that these talks were useful for Kenya.", "Tom Lind"),
        ("Minister Anna Berg told reporters the G20 summit would focus on debt.", "Anna Berg"),
    ],
)
def test_reporter_of_an_event_is_no_party(text: str, banned: str) -> None:
    assert all(banned not in names for names in _parties(text)), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an owner is still one; a sitting told with its parties keeps them
        ("Minister Anna Berg said her meeting with Tom Lind was useful.", [{"Anna Berg", "Tom Lind"}]),
        ("Minister Anna Berg held a meeting with Tom Lind on Monday.", [{"Anna Berg", "Tom Lind"}]),
    ],
)
def test_owner_of_a_reported_event_stays(text: str, expected: list[set[str]]) -> None:
    assert _parties(text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an audience granted: the one receiving and the one received, in either voice
        (
            "Ambassador Tom Lind was granted an audience by King Ali Hassan on Monday.",
            [{"Tom Lind", "Ali Hassan"}],
        ),
        (
            "President Anna Berg granted an audience to Ambassador Tom Lind on Monday.",
            [{"Anna Berg", "Tom Lind"}],
        ),
        ("King Ali Hassan granted a farewell audience to Ambassador Tom Lind.", [{"Ali Hassan", "Tom Lind"}]),
        ("President Anna Berg accorded an audience to Ambassador Tom Lind.", [{"Anna Berg", "Tom Lind"}]),
        # nothing granted to a person, or no audience
        ("Minister Anna Berg was granted asylum by Kenya.", []),
        ("According to an audience survey, Minister Anna Berg leads.", []),
    ],
)
def test_audience_granted(text: str, expected: list[set[str]]) -> None:
    assert _parties(text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person attending an event named in full: kept without a date or place
        ("Minister Anna Berg will attend the Munich Security Conference.", [{"Anna Berg"}]),
        ("Minister Anna Berg will attend the Halifax Security Forum.", [{"Anna Berg"}]),
        ("Minister Anna Berg took part in the Raisina Dialogue.", [{"Anna Berg"}]),
        # named, but not attended; or no name
        ("Minister Anna Berg praised the Munich Security Conference.", []),
        ("Minister Anna Berg will attend the Summit.", []),
    ],
)
def test_attending_a_named_event(text: str, expected: list[set[str]]) -> None:
    assert _parties(text) == expected, text
