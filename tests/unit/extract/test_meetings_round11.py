"""Meetings, round 11: "met" before a lower-case title, a call told with a possessive and a capacity,
a plain "spoke with" that is the call told later, and a street address as the place."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2022, 9, 20)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title in lower case, or after "new", follows "met": someone was met
        (
            "Chancellor Olaf Weber met new Danish Prime Minister Lise Holm in Berlin on Monday.",
            [("meeting", frozenset({"Olaf Weber", "Lise Holm"}), "Berlin", "2022-09-19")],
        ),
        (
            "Foreign Secretary Ravi Menon met prime minister Anil Kapoor on Monday.",
            [("meeting", frozenset({"Ravi Menon", "Anil Kapoor"}), None, "2022-09-19")],
        ),
        # "met the criteria": no one was met
        ("Foreign Secretary Ravi Menon met the criteria set by Anil Kapoor on Monday.", []),
    ],
)
def test_met_before_a_lower_case_title(
    text: str, expected: list[tuple[str, frozenset[str], str | None, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "had her first bilateral call as Foreign Minister with X": a call, with X
        (
            "Foreign Minister Ana Duarte today had her first bilateral call as Foreign Minister "
            "with Secretary of State Tom Reed.",
            [("call", frozenset({"Ana Duarte", "Tom Reed"}), None, "2022-09-20")],
        ),
        # a headline's "speaks with" and the body's call: one call
        (
            "Minister Duarte speaks with Secretary of State Tom Reed\n\n"
            "Foreign Minister Ana Duarte today had a phone call with Secretary of State Tom Reed.",
            [("call", frozenset({"Ana Duarte", "Tom Reed"}), None, "2022-09-20")],
        ),
        # a meeting with its own place and a later call: two events
        (
            "Foreign Minister Ana Duarte met Secretary of State Tom Reed in Paris on Monday. "
            "Foreign Minister Ana Duarte today had a phone call with Secretary of State Tom Reed.",
            [
                ("meeting", frozenset({"Ana Duarte", "Tom Reed"}), "Paris", "2022-09-19"),
                ("call", frozenset({"Ana Duarte", "Tom Reed"}), None, "2022-09-20"),
            ],
        ),
    ],
)
def test_call_told_with_possessive_and_plainly(
    text: str, expected: list[tuple[str, frozenset[str], str | None, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a house number opens the street's name
        (
            "President Mark Cole met Prime Minister Lise Holm at 10 Downing Street on Monday.",
            "10 Downing Street",
        ),
        # "de la" joins a Romance place name's words
        (
            "President Mark Cole met Prime Minister Lise Holm at the Palacio de la Moneda.",
            "Palacio de la Moneda",
        ),
        ("President Mark Cole met Prime Minister Lise Holm in Rio de Janeiro.", "Rio de Janeiro"),
        # a year before a place is no house number
        ("President Mark Cole met Prime Minister Lise Holm in 2021 in Vienna.", "Vienna"),
    ],
)
def test_street_address_is_the_place(text: str, location: str) -> None:
    assert [e[2] for e in meetings_of(text, PUBLISHED, "kind", "participants", "location", "start")] == [
        location
    ], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day a stay of told length is concluded is its last day
        (
            "President Mark Cole concluded his three-day state visit to Kenya on Sunday, 18 September.",
            [("visit", "past", "2022-09-16", "2022-09-18")],
        ),
        # the day it begins is its first
        (
            "President Mark Cole began his three-day state visit to Kenya on Sunday, 18 September.",
            [("visit", "past", "2022-09-18", "2022-09-20")],
        ),
    ],
)
def test_concluded_stay_ends_on_the_day(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status", "start", "end") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Friday agreed to broker a summit in October": Friday is the agreeing, October the summit's
        (
            "Foreign Minister Ana Duarte and Foreign Minister Tom Reed Friday agreed to broker a summit "
            "between President Mark Cole and President Lise Holm in October.",
            [("summit", "upcoming", "2022-10", "2022-10")],
        ),
        # "met Friday and agreed to ...": the day is the meeting's
        (
            "Foreign Minister Ana Duarte and Foreign Minister Tom Reed met Friday and agreed to hold more talks.",
            [("meeting", "past", "2022-09-16", "2022-09-16")],
        ),
    ],
)
def test_day_of_agreeing_is_not_the_events(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status", "start", "end") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X and the Republic of Y met": "the" alone between two coordinated subjects
        (
            "Officials said France and the Republic of Kenya met yesterday in Paris.",
            [("meeting", frozenset({"France", "Kenya"}))],
        ),
        # "engaged his counterpart, X": a minister taking up issues with another
        (
            "Foreign Minister Ana Duarte engaged her Spanish counterpart, Tom Reed, on trade issues.",
            [("meeting", frozenset({"Ana Duarte", "Tom Reed"}))],
        ),
        # "engaged in": no one engaged
        ("Foreign Minister Ana Duarte engaged in a long debate about Tom Reed.", []),
    ],
)
def test_coordinated_governments_and_engaged_counterpart(
    text: str, expected: list[tuple[str, frozenset[str]]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "separate meetings with A, the President of C and B, the Minister ...": one with each
        (
            "Minister Ana Duarte held separate meetings with Mr Tom Reed, the President of Malta "
            "and Dr Lise Holm, the Minister of Finance of Malta.",
            [
                ("meeting", frozenset({"Ana Duarte", "Tom Reed"})),
                ("meeting", frozenset({"Ana Duarte", "Lise Holm"})),
            ],
        ),
        # a list told with ";" after "bilateral meetings with": one with each
        (
            "President Mark Cole held bilateral meetings with the Presidents of Peru, Tom Reed; of Chile, "
            "Lise Holm; and the Prime Minister of Malta, Ana Duarte.",
            [
                ("meeting", frozenset({"Mark Cole", "Tom Reed"})),
                ("meeting", frozenset({"Mark Cole", "Lise Holm"})),
                ("meeting", frozenset({"Mark Cole", "Ana Duarte"})),
            ],
        ),
        # a plain "meetings" with two people: one with each
        (
            "President Mark Cole said his meetings with President Tom Reed and Minister Lise Holm were useful.",
            [
                ("meeting", frozenset({"Mark Cole", "Tom Reed"})),
                ("meeting", frozenset({"Mark Cole", "Lise Holm"})),
            ],
        ),
        # a plain "meetings" with a longer list: one with each too (round 39: the plural tells them apart)
        (
            "President Mark Cole will have meetings with President Tom Reed, Minister Lise Holm and Minister Ana Duarte.",
            [
                ("meeting", frozenset({"Mark Cole", "Tom Reed"})),
                ("meeting", frozenset({"Mark Cole", "Lise Holm"})),
                ("meeting", frozenset({"Mark Cole", "Ana Duarte"})),
            ],
        ),
        # a single "meeting": one with all
        (
            "President Mark Cole held a meeting with President Tom Reed and Minister Lise Holm.",
            [("meeting", frozenset({"Mark Cole", "Tom Reed", "Lise Holm"}))],
        ),
    ],
)
def test_meetings_with_each_person(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host welcoming or greeting a named guest
        # (a guest of another land welcomed in the host's capital came on a visit there: round 27)
        (
            "King Mark Cole of Malta has welcomed on Monday Spain's Foreign Minister Tom Reed in Valletta.",
            [("meeting", frozenset({"Mark Cole", "Tom Reed"})), ("visit", frozenset({"Malta", "Tom Reed"}))],
        ),
        (
            "President Mark Cole greeted Prime Minister Tom Reed at the airport.",
            [("meeting", frozenset({"Mark Cole", "Tom Reed"}))],
        ),
        # welcoming a decision, or someone's remarks: no guest
        ("President Mark Cole welcomed the decision of President Tom Reed.", []),
        ("President Mark Cole welcomed President Tom Reed's remarks on trade.", []),
    ],
)
def test_welcomed_guest(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # objects told by a common noun are named in the apposition after its comma
        (
            "President Mark Cole was welcomed by the heads of both chambers, the Deputy Tom Reed "
            "and the Senator Lise Holm.",
            [("meeting", frozenset({"Mark Cole", "Tom Reed", "Lise Holm"}))],
        ),
        # a named object: the clause after its comma is not read on
        (
            "President Mark Cole met Prime Minister Tom Reed, the leader of the Labour Party, and left.",
            [("meeting", frozenset({"Mark Cole", "Tom Reed"}))],
        ),
        # an opening "Before the meeting with X," names another event than the main clause's
        (
            "President Mark Cole met President Ana Duarte in Lima. Before the meeting with Duarte, Cole was "
            "welcomed by the heads of both chambers, the Deputy Tom Reed and the Senator Lise Holm.",
            [
                ("meeting", frozenset({"Mark Cole", "Ana Duarte"})),
                ("meeting", frozenset({"Mark Cole", "Tom Reed", "Lise Holm"})),
            ],
        ),
    ],
)
def test_apposition_names_and_opening_before_phrase(
    text: str, expected: list[tuple[str, frozenset[str]]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the two men" with no event told before: the two people the sentence before names
        (
            "President Mark Cole congratulated President Tom Reed on his win. "
            "The office says the two men spoke by phone on Saturday.",
            [("call", frozenset({"Mark Cole", "Tom Reed"}))],
        ),
        # three people named before: which two is not told
        (
            "President Mark Cole thanked President Tom Reed and Minister Lise Holm. "
            "The office says the two men spoke by phone on Saturday.",
            [],
        ),
    ],
)
def test_the_two_men_named_before(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text


def visits(text: str) -> list[tuple[str, frozenset[str], str | None, str | None]]:
    doc = build_document(text, PUBLISHED)
    return [
        (m.status, frozenset(doc.entities[i].name for i in m.participants), m.location, m.start)
        for m in doc.meetings
        if m.kind == "visit"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dated invitation: the guest's visit is set, received by the host who invites
        (
            "President Mark Cole invited President Tom Reed to the White House on October 3, 2022.",
            [("upcoming", frozenset({"Tom Reed", "Mark Cole"}), "White House", "2022-10-03")],
        ),
        # an undated one: proposed; a day in another clause is not the visit's
        (
            "President Mark Cole invited President Tom Reed to Malta, but October did not suit him.",
            [("proposed", frozenset({"Tom Reed", "Mark Cole", "Malta"}), "Malta", None)],
        ),
        # thanks for an invitation: no visit of its own
        ("President Tom Reed thanked President Mark Cole for inviting him to Malta.", []),
    ],
)
def test_invited_to_a_place(
    text: str, expected: list[tuple[str, frozenset[str], str | None, str | None]]
) -> None:
    assert visits(text) == expected, text


def test_single_traveller_visit_is_the_fuller_one() -> None:
    """A headline's visit of one traveller and the body's visit to the same place, with the host: one."""
    text = (
        "Reed invited to White House in October\n\n"
        "President Mark Cole invited President Tom Reed to the White House on October 3, 2022."
    )
    assert [(s, p) for s, p, _, _ in visits(text)] == [("upcoming", frozenset({"Tom Reed", "Mark Cole"}))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # undated talks of a traveller whose trip goes to one place: held there
        (
            "President Mark Cole will visit Malta next week. Trade will top the agenda. "
            "Cole will also hold a meeting with President Tom Reed.",
            [("visit", "Malta"), ("meeting", "Malta")],
        ),
        # two trips to two places: the talks' place is not told
        (
            "President Mark Cole will visit Malta next week and then travel to Cyprus. Trade will top the agenda. "
            "Cole will also hold a meeting with President Tom Reed.",
            [("visit", "Malta"), ("visit", "Cyprus"), ("meeting", None)],
        ),
    ],
)
def test_undated_talks_held_where_the_one_trip_goes(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural trip noun and two dates: one trip on each
        (
            "Former President Mark Cole recalled his trips to Malta in July 2015 and once more in May 2018.",
            [
                ("past", frozenset({"Mark Cole", "Malta"}), "Malta", "2015-07"),
                ("past", frozenset({"Mark Cole", "Malta"}), "Malta", "2018-05"),
            ],
        ),
        # a single trip noun: one trip, on its own date
        (
            "Former President Mark Cole recalled his trip to Malta in July 2015 and his speech in May 2018.",
            [("past", frozenset({"Mark Cole", "Malta"}), "Malta", "2015-07")],
        ),
    ],
)
def test_plural_trips_one_per_date(
    text: str, expected: list[tuple[str, frozenset[str], str | None, str | None]]
) -> None:
    assert visits(text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting told first, then "the issues were discussed over the phone": a call
        (
            "Foreign Minister Ana Duarte engaged her Spanish counterpart, Tom Reed, on trade. "
            "Duarte said that the issues were discussed over the phone.",
            [("call", frozenset({"Ana Duarte", "Tom Reed"}))],
        ),
        # a meeting with its own place stays a meeting
        (
            "Foreign Minister Ana Duarte met Foreign Minister Tom Reed in Madrid. "
            "Duarte said that the issues were discussed over the phone.",
            [("meeting", frozenset({"Ana Duarte", "Tom Reed"}))],
        ),
    ],
)
def test_issues_discussed_over_the_phone(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text


def test_visit_prepared_for_is_its_travellers() -> None:
    """'traveled to X in preparation for the visit of Y to Z on DATE': Y's visit on that date; the
    trip to X is not dated by it."""
    text = "Minister Tom Reed traveled to Malta in preparation for the scheduled visit of President Mark Cole to Lisbon on October 2."
    assert visits(text) == [
        ("past", frozenset({"Tom Reed", "Malta"}), "Malta", None),
        ("upcoming", frozenset({"Mark Cole", "Portugal"}), "Lisbon", "2022-10-02"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the prime minister's recent visit": the owner travels, not a person named earlier
        (
            "The trip, at the invitation of Minister Tom Reed, follows the prime minister's recent visit to Malta.",
            [],
        ),
        # a named owner travels
        (
            "Minister Tom Reed welcomed President Mark Cole's recent visit to Malta.",
            [("past", frozenset({"Mark Cole", "Malta"}), "Malta", None)],
        ),
    ],
)
def test_owner_of_the_visit_travels(
    text: str, expected: list[tuple[str, frozenset[str], str | None, str | None]]
) -> None:
    assert visits(text) == expected, text
