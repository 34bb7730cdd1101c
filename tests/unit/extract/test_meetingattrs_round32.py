"""Meeting attributes, round 32: general rules found on unseen articles (days of trips)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract import dateline, meetingplaces
from briefing_tui.extract.meetingfound import Found
from briefing_tui.extract.meetingtripdays import arrival_day
from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 8, 17)  # a Saturday


def _visit_days(text: str) -> tuple[str | None, str | None] | None:
    doc = build_document(text, PUBLISHED)
    return next(((m.start, m.end) for m in doc.meetings if m.kind == "visit"), None)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # an arrival told with no day, next to a sitting of the traveller told with the story's day
        (
            "Chilean Foreign Minister Ana Rojas has arrived in Oslo for an official visit. "
            "Rojas was received on Saturday morning by Norwegian Prime Minister Ola Brandt, "
            "and the two held talks at his office.",
            ("2024-08-17", "2024-08-17"),
        ),
        (
            "Chilean Foreign Minister Ana Rojas on Friday met Norwegian Prime Minister Ola Brandt in Oslo. "
            "Rojas has arrived in Oslo for a day-long visit and is set to hold talks with business leaders.",
            ("2024-08-16", "2024-08-16"),
        ),
        # the length told with the arrival gives the stay's last day
        (
            "Chilean Foreign Minister Ana Rojas has landed in Oslo on a three-day official visit. "
            "Rojas met Norwegian Prime Minister Ola Brandt on Saturday.",
            ("2024-08-17", "2024-08-19"),
        ),
        # near miss: a sitting dated well before the story's day is no day of this arrival
        (
            "Chilean Foreign Minister Ana Rojas has arrived in Oslo for an official visit. "
            "Rojas met Norwegian Prime Minister Ola Brandt last Monday in Madrid.",
            (None, None),
        ),
        # near miss: two sittings on two days give no one day
        (
            "Chilean Foreign Minister Ana Rojas met Norwegian Prime Minister Ola Brandt on Friday. "
            "Rojas has arrived in Oslo for an official visit. "
            "On Saturday, Rojas held talks with Norwegian Foreign Minister Kari Dahl.",
            (None, None),
        ),
        # near miss: a trip told with no arrival is not dated by a sitting next to it
        (
            "Chilean Foreign Minister Ana Rojas is on an official visit to Norway. "
            "Rojas met Norwegian Prime Minister Ola Brandt on Saturday.",
            (None, None),
        ),
    ],
)
def test_an_undated_arrival_takes_the_day_of_the_travellers_sitting(
    text: str, days: tuple[str | None, str | None]
) -> None:
    assert _visit_days(text) == days


_CAPTIONED = (
    "Envoy Kenji Sato arrives at the airport, November 30, 2010. REUTERS/File Photo\n\n"
    "LIMA (Reuters) - Peruvian Foreign Minister Luis Gomez met Japanese Vice Foreign Minister Kenji Sato "
    "on Tuesday and discussed fisheries.\n\n"
    "Gomez later met Japanese trade envoy Aiko Mori, the ministry said."
)


@pytest.mark.parametrize(
    ("before", "lead_place", "later_place"),
    [
        # a caption's candidate before the dateline: the lead sentence still takes the dateline's place
        (("talks", 0, 20), "Lima", None),
        # a headline's, the same
        (("meeting", 0, 8), "Lima", None),
        # nothing before the dateline: as ever
        (None, "Lima", None),
    ],
)
def test_a_candidate_before_the_dateline_leaves_the_lead_its_place(
    before: tuple[str, int, int] | None, lead_place: str, later_place: str | None
) -> None:
    doc = build_document(_CAPTIONED, date(2013, 7, 30))
    filed = dateline.filed_at(doc.text)
    assert filed is not None
    lead_at = doc.text.index("LIMA")
    later_at = doc.text.index("Gomez later")
    found = [
        Found("meeting", 1, lead_at, doc.text.index("fisheries") + 10),
        Found("meeting", 2, later_at, len(doc.text)),
    ]
    if before is not None:
        kind, lo, hi = before
        found.insert(0, Found(kind, 0, lo, hi))  # type: ignore[arg-type]
    meetingplaces.lead_place(doc, found, filed, filed.end())
    assert (found[-2].location, found[-1].location) == (lead_place, later_place)


_ARRIVED = (
    "Chilean Foreign Minister Ana Rojas has arrived in Oslo for an official visit. "
    "Rojas was received on Saturday morning by Norwegian Prime Minister Ola Brandt. "
    "The two sides also signed a fisheries accord. "
    "Their talks focused on trade."
)


@pytest.mark.parametrize(
    ("told_from", "told_last", "day"),
    [
        # a sitting first told in the next sentence, merged with a later mention: it counts from where
        # it is first told
        (1, 3, "2024-08-17"),
        (1, 1, "2024-08-17"),
        # near miss: one first told two sentences on is no sitting next to the arrival
        (3, 3, None),
    ],
)
def test_an_arrival_reads_a_sitting_from_where_it_is_first_told(
    told_from: int, told_last: int, day: str | None
) -> None:
    doc = build_document(_ARRIVED, PUBLISHED)
    people = [e.index for e in doc.entities if e.kind == "person"]
    first = doc.sentences[0]
    trip = Found("visit", 0, first.start, first.end, people[:1], location="Oslo")
    sitting = Found(
        "meeting",
        told_last,
        doc.sentences[told_from].start,
        doc.sentences[told_last].end,
        people[:2],
        start="2024-08-17",
        end="2024-08-17",
    )
    arrival_day(doc, [trip, sitting])
    assert trip.start == day


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        # a departure told in the present: the stay, and the sittings it is for, are still ahead
        (
            "Chilean President Ana Rojas heads to Oslo for talks with Norwegian Prime Minister Ola Brandt.",
            [("visit", "upcoming"), ("talks", "upcoming")],
        ),
        (
            "Chilean President Ana Rojas is heading to Norway for a state visit.",
            [("visit", "upcoming")],
        ),
        (
            "Chilean President Ana Rojas is embarking on a trip to Norway on Saturday.",
            [("visit", "upcoming")],
        ),
        (
            "The call came days before Chilean President Ana Rojas embarks on a tour of Norway.",
            [("visit", "upcoming")],
        ),
        # near miss: a departure told in the past is done
        (
            "Chilean President Ana Rojas headed to Oslo on Friday for talks with Norwegian Prime Minister Ola Brandt.",
            [("visit", "past"), ("talks", "past")],
        ),
        # near miss: "heads of state" is no departure
        (
            "Heads of state attended a summit in Oslo on Friday with Norwegian Prime Minister Ola Brandt.",
            [("summit", "past")],
        ),
    ],
)
def test_a_trip_told_by_a_present_departure_is_ahead(text: str, statuses: list[tuple[str, str]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status") == statuses


def _sitting_day(text: str) -> str | None:
    doc = build_document(text, PUBLISHED)
    return next((m.start for m in doc.meetings if m.kind in ("meeting", "talks")), None)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a sitting told right after the dated visit, and told on in the next sentence: the visit's day
        (
            "On Friday (16 August) Foreign Minister Ana Rojas paid an official visit to Norway. "
            "Her first meeting in Oslo was with Prime Minister Ola Brandt. "
            "The talks with Brandt focused on fisheries.",
            "2024-08-16",
        ),
        (
            "On Friday (16 August) Foreign Minister Ana Rojas paid an official visit to Norway. "
            "Her first talks in Oslo were with Prime Minister Ola Brandt. "
            "The talks with Brandt focused on fisheries.",
            "2024-08-16",
        ),
        # near miss: a sitting first told two sentences after the visit takes no day from it
        (
            "On Friday (16 August) Foreign Minister Ana Rojas paid an official visit to Norway. "
            "Fisheries were high on the agenda. "
            "Her first meeting in Oslo was with Prime Minister Ola Brandt.",
            None,
        ),
    ],
)
def test_a_sitting_told_on_counts_from_where_it_is_first_told(text: str, day: str | None) -> None:
    assert _sitting_day(text) == day
