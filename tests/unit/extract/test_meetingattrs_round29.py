"""Meeting attributes, round 29: the days and places of sittings the story tells around its lead."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

PUBLISHED = date(2024, 8, 16)  # a Friday


def _days(text: str) -> dict[frozenset[str], str | None]:
    doc = build_document(text, PUBLISHED)
    return {frozenset(doc.entities[i].name for i in m.participants): m.start for m in doc.meetings}


_DIALOGUE = (
    "The governments of Chile and Norway here, today, agreed on holding a naval exercise in 2025, both"
    " nations' foreign ministers affirmed during the Third Strategic Dialogue here, today. Foreign Minister"
    " Ola Brandt met his Chilean counterpart Ana Rojas in Oslo, Friday. Before his meeting with Rojas,"
    " Brandt went to the palace and met {host}."
)


@pytest.mark.parametrize(
    ("host", "day"),
    [
        # a dated sitting with no party named (a dialogue "both ministers" held) is no lead: the first
        # sitting with its parties is, and a later one of its sides on that trip has its day
        ("Chile's President Luis Mota", "2024-08-16"),
        # near miss: a sitting with someone of neither side is another, its day untold
        ("Peru's President Luis Mota", None),
    ],
)
def test_the_lead_is_a_sitting_with_parties(host: str, day: str | None) -> None:
    assert _days(_DIALOGUE.format(host=host))[frozenset({"Ola Brandt", "Luis Mota"})] == day


def _visits(text: str) -> list[tuple[frozenset[str], str | None, str]]:
    doc = build_document(text, PUBLISHED)
    return [
        (frozenset(doc.entities[i].name for i in m.participants), m.location, m.status)
        for m in doc.meetings
        if m.kind == "visit"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city no lexicon knows and the country of the trip, told of one traveller in one sentence:
        # one visit, held in the city
        (
            "President Ana Rojas, who arrived in Bergen earlier in the day, is making her first visit to"
            " Norway as president.",
            [(frozenset({"Ana Rojas", "Norway"}), "Bergen", "past")],
        ),
        # near misses: a stay told apart from the trip ahead (another status) is another event; two
        # travellers' trips stay two
        (
            "President Ana Rojas, who toured Bergen on Monday, will pay a state visit to Norway next month.",
            [
                (frozenset({"Ana Rojas"}), "Bergen", "past"),
                (frozenset({"Ana Rojas", "Norway"}), "Norway", "upcoming"),
            ],
        ),
        # a land's trip told as one before or after the stay in the city is another trip, not held there
        *(
            (
                f"President Ana Rojas arrived in Bergen on Monday {before} Denmark.",
                [
                    (frozenset({"Ana Rojas"}), "Bergen", "past"),
                    (frozenset({"Ana Rojas", "Denmark"}), "Denmark", "past"),
                ],
            )
            for before in (
                "after a visit to",
                "after a three-day state visit to",
                "following her trip to",
                "fresh from a tour of",
                "after visiting",
                "ahead of a visit to",
            )
        ),
    ],
)
def test_a_trip_told_by_its_city_and_its_country_is_one(
    text: str, expected: list[tuple[frozenset[str], str | None, str]]
) -> None:
    assert _visits(text) == expected


def _places(text: str, published: date) -> dict[frozenset[str], str | None]:
    doc = build_document(text, published)
    return {frozenset(doc.entities[i].name for i in m.participants): m.location for m in doc.meetings}


_STAY = "President Ana Rojas and Chilean Foreign Minister Luis Mota met in Oslo on Monday. {next}"


@pytest.mark.parametrize(
    ("following", "place"),
    [
        # the traveller's next sitting with a host of the land whose city the story has put him in, a day
        # later: the stay goes on there
        ("On Tuesday, Mota is to meet Prime Minister Ola Brandt of Norway.", "Oslo"),
        # near misses: a host of another land; a sitting a month away
        ("On Tuesday, Mota is to meet Prime Minister Ola Brandt of Denmark.", None),
        ("Next month, Mota is to meet Prime Minister Ola Brandt of Norway.", None),
        # a sitting of the traveller long before the stay; a talk with no sitting told (a call)
        ("Last year, Mota met Prime Minister Ola Brandt of Norway.", None),
        ("In 2019, Mota held talks with Prime Minister Ola Brandt of Norway.", None),
        ("On Tuesday, Mota spoke with Prime Minister Ola Brandt of Norway.", None),
    ],
)
def test_a_travellers_next_sitting_is_held_where_the_stay_goes_on(following: str, place: str | None) -> None:
    places = _places(_STAY.format(next=following), date(2024, 8, 13))
    assert places[frozenset({"Luis Mota", "Ola Brandt"})] == place
