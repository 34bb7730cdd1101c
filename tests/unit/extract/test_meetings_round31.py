"""Meetings, round 31: general patterns of news writing found missed on unseen articles.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import meetings_of, timexes_of

PUBLISHED = date(2024, 3, 15)  # a Friday


# -- an infinitive of purpose after the date takes the time of the verb it hangs on ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb stands past a list of titled names: the purpose clause does not make the day ahead
        (
            "Garcia met with Prime Minister Lena Holt and Foreign Affairs Minister Arno Veldt in Oslo "
            "on Thursday to discuss fishing rights.",
            [("Thursday", "2024-03-14")],
        ),
        (
            "The envoy talked with Defence Minister Ivo Brandt, Interior Minister Kari Lund and "
            "army chief General Tor Moen in the capital on Tuesday to discuss the truce.",
            [("Tuesday", "2024-03-12")],
        ),
        (
            "Ministers Oda Rask and Per Falk received European Union Trade Commissioner Maria Solberg "
            "and Deputy Trade Commissioner Jan Eide in Bergen on Monday to sign the accord.",
            [("Monday", "2024-03-11")],
        ),
        # near misses: a verb ahead stays ahead; so does a short clause with the purpose clause alone
        (
            "Garcia will meet Prime Minister Lena Holt and Foreign Affairs Minister Arno Veldt in Oslo "
            "on Thursday to discuss fishing rights.",
            [("Thursday", "2024-03-21")],
        ),
        (
            "Garcia is set to travel with Prime Minister Lena Holt and Foreign Minister Arno Veldt to "
            "Oslo on Thursday to discuss fishing rights.",
            [("Thursday", "2024-03-21")],
        ),
        ("Garcia heads to Oslo on Thursday to discuss fishing rights.", [("Thursday", "2024-03-21")]),
    ],
)
def test_purpose_after_date(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected


# -- a reception told with how or where between the verb and the guest ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Ana Lopes received in audience the Swedish Ambassador Karl Berg at the palace.",
            [("meeting", ["Ana Lopes", "Karl Berg"])],
        ),
        (
            "King Osei Tutu received in an audience Foreign Minister Hanna Vogel of Austria on Monday.",
            [("meeting", ["Hanna Vogel", "Osei Tutu"])],
        ),
        (
            "Army chief General Tomas Rey received in his office at Camp Hill General Peter Dunn, the "
            "commander of the allied forces.",
            [("meeting", ["Peter Dunn", "Tomas Rey"])],
        ),
        # the day's date in brackets, and a place set off by commas, before the guest
        (
            "Zambian President Peter Mwale receives today (15), in Livingstone, Southern Province, his "
            "Malawian counterpart, Joseph Banda.",
            [("meeting", ["Joseph Banda", "Peter Mwale"])],
        ),
        (
            "Zambian President Peter Mwale received on Monday, in Livingstone, his Malawian counterpart, "
            "Joseph Banda.",
            [("meeting", ["Joseph Banda", "Peter Mwale"])],
        ),
        # near misses: a thing received, not a guest
        ("President Ana Lopes received in her office the final report of the inquiry.", []),
        ("President Ana Lopes received today (15) the first copies of the new passport.", []),
        ("President Ana Lopes received in audience a petition from farmers.", []),
    ],
)
def test_reception_with_manner_or_place(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", parties=sorted) == expected


# -- a name before the event's noun says what the event is about, not where it is ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister Tom Reed spent an hour in Brexit talks with chief negotiator Anna Berg on Monday.",
            [("talks", None)],
        ),
        (
            "Chancellor Olaf Berg met President Ana Lopes in the Germany-Nordic summit on Monday.",
            [("meeting", None)],
        ),
        (
            "Minister Tom Reed held talks with Anna Berg on Monday at the Arctic Council meeting.",
            [("talks", None)],
        ),
        # near misses: a known city or country before the noun is where the event sits
        (
            "President Ana Lopes met Chancellor Olaf Berg at the Brussels summit on Monday.",
            [("meeting", "Brussels")],
        ),
        (
            "President Ana Lopes met Chancellor Olaf Berg at the Vilnius summit on Monday.",
            [("meeting", "Vilnius")],
        ),
        (
            "Minister Tom Reed held talks with Anna Berg in Geneva on Monday.",
            [("talks", "Geneva")],
        ),
    ],
)
def test_name_before_event_noun_is_no_place(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location") == expected


# -- a visit dated by its arrival day and told again with its days is one visit, with those days -------


def _visits(text: str) -> list[tuple[str | None, str | None, str]]:
    doc = build_document(text, PUBLISHED)
    return [(m.start, m.end, m.status) for m in doc.meetings if m.kind == "visit"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Secretary Tom Reed arrived in Oslo on Monday for an official visit to Norway. "
            "Reed's visit to Norway, from March 11 to 13, is his first.",
            [("2024-03-11", "2024-03-13", "past")],
        ),
        (
            "President Ana Lopes arrived in Nairobi on Tuesday on a visit to Kenya. Lopes's visit to "
            "Kenya, from March 12-14, follows a trade row.",
            [("2024-03-12", "2024-03-14", "past")],
        ),
        # near misses: a day inside the span that is not its first, and a later trip, stay apart
        (
            "Foreign Secretary Tom Reed arrived in Oslo on Wednesday for an official visit to Norway. "
            "His visit to Norway, from March 11 to 15, began in Bergen.",
            [("2024-03-13", "2024-03-13", "past"), ("2024-03-11", "2024-03-15", "past")],
        ),
        (
            "Foreign Secretary Tom Reed arrived in Oslo on Monday for an official visit to Norway. "
            "He will visit Norway again from March 20 to 22.",
            [("2024-03-11", "2024-03-11", "past"), ("2024-03-20", "2024-03-22", "upcoming")],
        ),
    ],
)
def test_arrival_day_opens_the_visit_days(
    text: str, expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert _visits(text) == expected
