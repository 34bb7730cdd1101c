"""Meetings, round 29: the wire datelines the strict pattern leaves (a date with its year, an agency
between slashes or after a comma, "(Agency).-"), read as where the story was filed, and the lead's
meeting held there unless every side of it is a land other than the filing one."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract import dateline
from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2023, 10, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lima, October 2, 2023 – The two ministers met on Monday.", "Lima"),
        ("Lima, Peru, October 2, 2023 – The two ministers met on Monday.", "Lima"),
        ("Oslo, 2 October 2023 (NTB): The two ministers met on Monday.", "Oslo"),
        ("Oslo October 2/2023 /NTB/ The two ministers met on Monday.", "Oslo"),
        ("Oslo /NTB/. The two ministers met on Monday.", "Oslo"),
        ("Oslo/NTB/ On Monday, the two ministers met.", "Oslo"),
        ("Oslo, October 2 /NTB/- The two ministers met on Monday.", "Oslo"),
        ("LIMA, (Andina) – The two ministers met on Monday.", "LIMA"),
        ("Lima, Oct 2 (EFE).- The two ministers met on Monday.", "Lima"),
        ("Lima, October 2 The two ministers met on Monday.", "Lima"),
        ("Menu\nSearch\n\nLima, October 2, 2023 – The two ministers met on Monday.", "Lima"),
        # near misses: a place no capital or land; a day and month before a lower-case word; a
        # sentence that opens on a capital; a year alone
        ("Springfield, October 2, 2023 – The two ministers met on Monday.", None),
        ("Lima, October 2 was the day the two ministers met.", None),
        ("Lima hosted the two ministers on Monday.", None),
        ("Lima, 2023 – The two ministers met on Monday.", None),
        # a line opened by a land and an aside in brackets is a sentence, not a wire's mark (an agency's
        # name is capitalised: "(EFE)", "(Andina)", "(Agencia Andina)")
        ("The talks ended.\nPeru (not Chile) was the first to sign, aides said.", None),
        ("The talks ended.\nPeru (and its neighbours) - all signed.", None),
        ("Lima (Agencia Andina) – The two ministers met on Monday.", "Lima"),
    ],
)
def test_filed_at_reads_wire_datelines(text: str, expected: str | None) -> None:
    found = dateline.filed_at(text)
    assert (found.group(1).strip() if found else None) == expected


def test_home_side_datelines_stay_strict() -> None:
    # (the home-side guesses read ``find``: the looser wire lines are only where the lead was held)
    assert dateline.find("Oslo /NTB/. The two ministers met on Monday.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oslo /NTB/. Norwegian Foreign Minister Anna Berg met Peruvian Foreign Minister Tom Lind on "
            "Monday.",
            [("meeting", "Oslo")],
        ),
        (
            "Lima, Oct 2 (EFE).- Peruvian President Tom Lind and Norwegian Prime Minister Anna Berg met "
            "here on Monday.",
            [("meeting", "Lima")],
        ),
        # near miss: every side a land other than the filing one (a home agency reports a sitting abroad)
        (
            "Oslo /NTB/. Peruvian Foreign Minister Tom Lind met Chilean Foreign Minister Eva Soto on Monday.",
            [("meeting", None)],
        ),
        (
            "OSLO (Reuters) - Peruvian Foreign Minister Tom Lind met Chilean Foreign Minister Eva Soto on "
            "Monday.",
            [("meeting", None)],
        ),
    ],
)
def test_the_lead_meeting_is_held_where_a_wire_filed(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday's or month's possessive opens no place: the day's sitting, placed elsewhere if at all
        (
            "In Monday's Berg-Lind talks, Norwegian Prime Minister Anna Berg met Peruvian President Tom "
            "Lind.",
            [("meeting", None)],
        ),
        (
            "At Friday's meeting, Norwegian Prime Minister Anna Berg met Peruvian President Tom Lind.",
            [("meeting", None)],
        ),
        # near miss: a place told after the day's possessive stays
        (
            "At Friday's meeting in Oslo, Norwegian Prime Minister Anna Berg met Peruvian President Tom "
            "Lind.",
            [("meeting", "Oslo")],
        ),
        # the name after a settlement's noun is a place, even one read as a person's name elsewhere
        (
            "Norwegian Prime Minister Anna Berg met Peruvian President Tom Lind in the country's capital, "
            "Nay Pyi Taw, on Monday.",
            [("meeting", "Nay Pyi Taw")],
        ),
        # near miss: a person after a preposition-less comma is no place
        (
            "Norwegian Prime Minister Anna Berg met Peruvian President Tom Lind, Nay Pyi Taw, on Monday.",
            [("meeting", None)],
        ),
        # a place whose name opens on an accented capital
        (
            "Norwegian Prime Minister Anna Berg met Peruvian President Tom Lind at the Élysée Palace on "
            "Monday.",
            [("meeting", "Élysée Palace")],
        ),
        (
            "Norwegian Prime Minister Anna Berg met Peruvian President Tom Lind in Łódź on Monday.",
            [("meeting", "Łódź")],
        ),
    ],
)
def test_places_named_after_in_and_at(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive reception with its day and place between "was received" and "by"
        (
            "Peruvian President Tom Lind was received on Wednesday at the Royal Palace by Norwegian Prime "
            "Minister Anna Berg.",
            [("meeting", ["Tom Lind", "Anna Berg"], "Royal Palace", "2023-10-04")],
        ),
        (
            "Peruvian President Tom Lind was welcomed at the presidential palace in Oslo by Norwegian Prime "
            "Minister Anna Berg on Monday.",
            [("meeting", ["Tom Lind", "Anna Berg"], "Oslo", "2023-10-02")],
        ),
        (
            "Peruvian President Tom Lind and his delegation were warmly received Tuesday morning by "
            "Norwegian Prime Minister Anna Berg.",
            [("meeting", ["Tom Lind", "Anna Berg"], None, "2023-10-03")],
        ),
        # near misses: a plan or a word received by someone is no guest
        (
            "The plan of Peruvian President Tom Lind was received with caution by Prime Minister Anna Berg.",
            [],
        ),
        ("The offer was welcomed as a step forward by Norwegian Prime Minister Anna Berg.", []),
    ],
)
def test_a_guest_received_by_a_host_with_day_and_place_between(
    text: str, expected: list[tuple[str, list[str], str | None, str | None]]
) -> None:
    assert (
        meetings_of(text, date(2023, 10, 6), "kind", "participants", "location", "start", parties=list)
        == expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the purpose or next step of a past move is told as done
        (
            "Norwegian Prime Minister Anna Berg visited Lima to meet with Peruvian President Tom Lind.",
            [("visit", "past"), ("meeting", "past")],
        ),
        (
            "Norwegian Prime Minister Anna Berg flew to Lima to hold talks with Peruvian President Tom Lind.",
            [("visit", "past"), ("talks", "past")],
        ),
        (
            "Norwegian Prime Minister Anna Berg and Peruvian President Tom Lind then proceeded to hold "
            "private talks.",
            [("talks", "past")],
        ),
        # near misses: a move ahead, a plan between the move and the purpose, a gathering after arrival
        (
            "Norwegian Prime Minister Anna Berg is due to fly to Lima to meet Peruvian President Tom Lind.",
            [("visit", "upcoming"), ("meeting", "upcoming")],
        ),
        (
            "Norwegian Prime Minister Anna Berg flew to Lima and will travel to Quito to meet Peruvian "
            "President Tom Lind.",
            [("visit", "past"), ("visit", "upcoming"), ("meeting", "upcoming")],
        ),
        (
            "Norwegian Prime Minister Anna Berg arrived in Lima to attend the Andean summit.",
            [("visit", "past"), ("summit", "upcoming")],
        ),
    ],
)
def test_a_sitting_told_as_the_purpose_of_a_past_move(text: str, expected: list[tuple[str, str]]) -> None:
    assert meetings_of(text, date(2023, 10, 6), "kind", "status") == expected


def _visits(text: str) -> list[tuple[list[str], str | None]]:
    doc = build_document(text, date(2023, 10, 6))
    return [
        ([doc.entities[i].name for i in m.participants], m.location)
        for m in doc.meetings
        if m.kind == "visit"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit told by its land went to the city its own sentence lands the traveller in
        (
            "Peruvian President Tom Lind arrived at Varnes Airport in Trondheim on Monday, beginning a "
            "two-day official visit to Norway.",
            [(["Tom Lind", "Norway"], "Trondheim")],
        ),
        # near miss: a city the lexicon puts in another land
        (
            "Peruvian President Tom Lind arrived at the airport in Oslo on Monday, beginning a visit to Sweden.",
            [(["Tom Lind", "Norway"], "Oslo"), (["Tom Lind", "Sweden"], "Sweden")],
        ),
    ],
)
def test_a_visit_told_by_its_land_goes_to_the_arrival_city(
    text: str, expected: list[tuple[list[str], str | None]]
) -> None:
    assert _visits(text) == expected
