"""Meeting dates and status, round 28."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import meetings_of


def _statuses(text: str, published: date) -> list[str]:
    return [m.status for m in build_document(text, published).meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a record the event set: told of an event held, the infinitive is no purpose ahead
        (
            "Prime Minister Ola Brandt was the first foreign leader to visit Lisbon since the election.",
            "past",
        ),
        (
            "Prime Minister Ola Brandt became the first foreign leader to meet President Anna Lindqvist since"
            " the vote.",
            "past",
        ),
        (
            "Minister Ola Brandt, the first foreign minister to visit Chile since 2016, praised the new port.",
            "past",
        ),
        # near misses: a record still to be set looks forward
        (
            "Prime Minister Ola Brandt will be the first foreign leader to visit Lisbon since the election.",
            "upcoming",
        ),
        (
            "Prime Minister Ola Brandt is set to become the first foreign leader to meet President Anna"
            " Lindqvist since the vote.",
            "upcoming",
        ),
    ],
)
def test_record_claim_tense(text: str, expected: str) -> None:
    assert _statuses(text, date(2024, 3, 5)) == [expected]


def test_record_claim_in_capitals() -> None:
    # the record's pattern ignores case: its gate must find "First" too, not only "first"
    text = "Prime Minister Ola Brandt was The First foreign leader to visit Lisbon since the election."
    assert _statuses(text, date(2024, 3, 5)) == ["past"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stay's length told with the clause it opens after the day of arrival
        (
            "Speaker Lena Dorn of Austria arrived in Rabat on March 4, beginning a three-day official visit"
            " to Morocco.",
            [("visit", "2024-03-04", "2024-03-06")],
        ),
        (
            "Speaker Lena Dorn of Austria arrived in Rabat on Monday, starting her two-day visit to Morocco.",
            [("visit", "2024-03-04", "2024-03-05")],
        ),
        # near misses: what the clause begins is no stay ("his five-day fast"), or is another event than
        # the meeting held that day
        (
            "Speaker Lena Dorn of Austria arrived in Rabat on Monday, starting her five-day hunger strike.",
            [("visit", "2024-03-04", "2024-03-04")],
        ),
        (
            "Speaker Lena Dorn of Austria met King Omar Idris in Rabat on Monday, beginning a two-day summit of"
            " speakers.",
            [("meeting", "2024-03-04", "2024-03-04")],
        ),
        # near miss: no length told, one day
        (
            "Speaker Lena Dorn of Austria arrived in Rabat on Monday, beginning a visit to Morocco.",
            [("visit", "2024-03-04", "2024-03-04")],
        ),
    ],
)
def test_length_of_the_stay_begun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert meetings_of(text, date(2024, 3, 5), "kind", "start", "end") == expected


def test_trip_length_does_not_stretch_a_meeting() -> None:
    # the trip lasts three days; the meeting told with its first day is held on that day
    spans = meetings_of(
        "Speaker Lena Dorn of Austria met King Omar Idris in Rabat on Monday, on a three-day visit to Morocco.",
        date(2024, 3, 5),
        "kind",
        "start",
        "end",
    )
    assert ("meeting", "2024-03-04", "2024-03-04") in spans
    assert ("visit", "2024-03-04", "2024-03-06") in spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the first time" opening a clause of its own: the verb before the infinitive tells a plan
        ("Aides said it is the first time Ola Brandt is due to meet Anna Lindqvist in person.", "upcoming"),
        ("Aides said it would be the first time Ola Brandt has agreed to meet Anna Lindqvist.", "proposed"),
        # the record itself still reads as held
        ("Ola Brandt was the first head of state in a decade to visit Lisbon, aides said.", "past"),
    ],
)
def test_record_needs_no_verb_of_its_own(text: str, expected: str) -> None:
    assert _statuses(text, date(2024, 3, 5)) == [expected]
