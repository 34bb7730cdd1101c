"""Meeting attributes, round 33: general rules found on unseen articles (status of a visit begun on the
day of the story, datelines of wire copy)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract import dateline
from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 8, 17)  # a Saturday


def _visit_status(text: str) -> str | None:
    return next(
        (status for kind, status in meetings_of(text, PUBLISHED, "kind", "status") if kind == "visit"), None
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a visit of the story's day, told with no word of a plan: under way, so begun
        (
            "OSLO: Chilean President Ana Rojas arrived here today to begin a three-day state visit to Norway.",
            "past",
        ),
        ("Chilean President Ana Rojas concludes her official visit to Norway today with a speech.", "past"),
        ("Chilean President Ana Rojas arrives in Oslo today for a two-day visit to Norway.", "past"),
        # near misses: a plan told for the same day is still ahead
        ("Chilean President Ana Rojas will arrive in Oslo today for a two-day visit to Norway.", "upcoming"),
        ("Chilean President Ana Rojas is set to arrive in Oslo today for a visit to Norway.", "upcoming"),
        ("Chilean President Ana Rojas is expected to begin a state visit to Norway today.", "upcoming"),
        ("Chilean President Ana Rojas is embarking on a visit to Norway today.", "upcoming"),
        ("Chilean President Ana Rojas travels to Oslo today for a two-day visit to Norway.", "upcoming"),
        ("Chilean President Ana Rojas today begins a three-day visit to Norway.", "upcoming"),
        # near miss: a visit dated ahead stays ahead
        ("Chilean President Ana Rojas arrives in Oslo on Monday for a two-day visit to Norway.", "upcoming"),
    ],
)
def test_a_visit_of_the_story_day_told_with_no_plan_has_begun(text: str, status: str) -> None:
    assert _visit_status(text) == status


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a wire's dateline right after a page's date stamp
        (" date 2024-08-17 OSLO /NTB/ – The Chilean president met the Norwegian premier.", "OSLO"),
        ("date 2024-08-17 Lima, Aug. 17, 2024 /Andina/ - The two ministers met on Saturday.", "Lima"),
        # a day written as an ordinal
        ("NAIROBI August 17th (KNA) – The two ministers met on Saturday.", "NAIROBI"),
        # a dash glued to the story's first word
        ("OTTAWA\u2014Prime Minister Ana Rojas met her Chilean counterpart on Saturday.", "OTTAWA"),
        ("HAVANA\u2013Foreign ministers from ten nations met on Saturday.", "HAVANA"),
    ],
)
def test_wire_datelines_give_the_filing_place(text: str, place: str) -> None:
    filed = dateline.filed_at(text)
    assert filed is not None and filed.group(1).strip() == place


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a heading glued to its line, a place no one knows, a hyphenated word
        "ANALYSIS\u2014The two ministers met on Saturday.",
        "SOMEWHERE\u2014The two ministers met on Saturday.",
        "date 2024-08-17 UPDATE /Live/ – The two ministers met on Saturday.",
        "Pro-Russian groups met on Saturday.",
    ],
)
def test_no_filing_place_where_no_known_place_opens_the_story(text: str) -> None:
    assert dateline.filed_at(text) is None


def _visits(text: str) -> list[tuple]:
    return [m[1:] for m in meetings_of(text, PUBLISHED, "kind", "location", "status") if m[0] == "visit"]


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        # an owner's "first" before the trigger is the story's own trip (a record), not an earlier one:
        # the capital named for the traveller is its place
        (
            "Chilean Foreign Minister Ana Rojas paid her first official visit to Norway on Saturday. "
            "Rojas held talks with Norwegian officials in Oslo on Saturday.",
            [("Oslo", "past")],
        ),
        (
            "Chilean Foreign Minister Ana Rojas on Saturday made his first trip to Norway since taking office. "
            "Rojas was received in Oslo by Norwegian officials on Saturday.",
            [("Oslo", "past")],
        ),
        # near miss: a trip told as before the story's keeps its own country
        (
            "Chilean Foreign Minister Ana Rojas had first visited Norway in 2019. "
            "Rojas held talks with Norwegian officials in Oslo on Saturday.",
            [("Norway", "past")],
        ),
    ],
)
def test_an_owners_first_trip_is_the_storys_own(text: str, visits: list[tuple]) -> None:
    assert _visits(text) == visits


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a greeting to someone arrived is no wish: the visit is told as under way
        (
            "Extending a warm welcome to the Chilean minister on her visit to Norway, Norwegian Foreign "
            "Minister Kari Dahl praised the ties between the two countries.",
            "past",
        ),
        (
            "Norwegian Foreign Minister Kari Dahl gave a red-carpet welcome to Chilean Foreign Minister Ana Rojas "
            "on her visit to Norway.",
            "past",
        ),
        # near miss: a welcome before a verb is a wish
        (
            "Norwegian Foreign Minister Kari Dahl said Norway would welcome to receive Chilean Foreign "
            "Minister Ana Rojas for a visit to Norway.",
            "proposed",
        ),
    ],
)
def test_a_welcome_to_someone_is_a_greeting_not_a_wish(text: str, status: str) -> None:
    assert _visit_status(text) == status


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a courtesy call is paid in person, whoever is told first
        (
            "Speaker Kari Dahl received courtesy calls from Chilean Ambassador Ana Rojas on Saturday.",
            ["meeting"],
        ),
        (
            "On Saturday, Speaker Kari Dahl received a courtesy call from Chilean Ambassador Ana Rojas.",
            ["meeting"],
        ),
        # near miss: a call received with no courtesy is a phone call
        (
            "On Saturday, Speaker Kari Dahl received a phone call from Chilean Foreign Minister Ana Rojas.",
            ["call"],
        ),
    ],
)
def test_a_courtesy_call_received_is_a_sitting(text: str, kinds: list[str]) -> None:
    assert [m[0] for m in meetings_of(text, PUBLISHED, "kind")] == kinds


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a venue in the capital, the city named after the settlement's noun: both
        (
            "Chilean President Ana Rojas met Norwegian Prime Minister Ola Brandt at the Royal Palace in the "
            "capital Oslo on Saturday.",
            "Royal Palace, Oslo",
        ),
        (
            "Chilean President Ana Rojas met Norwegian Prime Minister Ola Brandt at the Royal Palace in the "
            "city of Bergen on Saturday.",
            "Royal Palace, Bergen",
        ),
        # a topic's place after the trigger ("the latest developments in Europe") is not where they sat
        (
            "At the Royal Palace in the capital Oslo, Chilean President Ana Rojas said she discussed with "
            "Norwegian Prime Minister Ola Brandt the latest developments in Europe.",
            "Royal Palace, Oslo",
        ),
        # an honorific after the city is no part of the place
        (
            "At the Royal Palace in the capital Oslo, HH the Emir said he held talks with Norwegian Prime "
            "Minister Ola Brandt.",
            "Royal Palace, Oslo",
        ),
        # near miss: a place told as a topic's only keeps the meeting placeless
        (
            "Chilean President Ana Rojas discussed with Norwegian Prime Minister Ola Brandt the latest "
            "developments in Europe.",
            None,
        ),
    ],
)
def test_a_venue_in_the_capital_names_both(text: str, location: str | None) -> None:
    assert [m[0] for m in meetings_of(text, PUBLISHED, "location")] == [location]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a body's gathering named by its title, then "Leaders meeting/conference": its leaders' summit
        ("The 12th Pacific Islands Forum Leaders conference opened in Lima on Saturday.", "summit"),
        ("The Pacific Islands Forum Leaders meeting concluded in Lima on Saturday.", "summit"),
        # near miss: the body's ministers meeting is no summit
        ("The Pacific Islands Forum Economic Ministers meeting opened in Lima on Saturday.", "conference"),
    ],
)
def test_a_bodys_leaders_meeting_named_after_its_title_is_a_summit(text: str, kind: str) -> None:
    assert [m[0] for m in meetings_of(text, PUBLISHED, "kind")] == [kind]
