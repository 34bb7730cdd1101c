"""Meeting dates and status, round 26: an undated event under way (a stay told in the present, or in the
past with its purpose) is reported as begun."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

WEDNESDAY = date(2024, 5, 15)


def _statuses(text: str, published: date = WEDNESDAY) -> dict[str, str]:
    return {m.kind: m.status for m in build_document(text, published).meetings}


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Foreign Minister Tom Lind is visiting Chile as part of a tour of Latin America.", "visit", "past"),
        (
            "President Tom Lind, who is visiting Ghana for the first time since taking office in March last"
            " year, held talks with President Ama Boateng.",
            "visit",
            "past",
        ),
        (
            "President Ama Boateng is currently in Tokyo, attending the Tokyo Conference on Development.",
            "conference",
            "past",
        ),
        ("Prime Minister Tom Lind is in Japan to attend the G7 summit in Hiroshima.", "summit", "past"),
        (
            "Prime Minister Tom Lind was also in town to attend the summit of the African Union.",
            "summit",
            "past",
        ),
        # near misses: a time ahead, a future word, a trip still on its way, a date of its own
        ("Foreign Minister Tom Lind is visiting Chile next week.", "visit", "upcoming"),
        (
            "Prime Minister Tom Lind is in Japan and will attend the G7 summit in Hiroshima.",
            "summit",
            "upcoming",
        ),
        (
            "Prime Minister Tom Lind is travelling to Japan to attend the G7 summit in Hiroshima.",
            "summit",
            "upcoming",
        ),
        (
            "Prime Minister Tom Lind is in Japan to attend the G7 summit in Hiroshima on Friday.",
            "summit",
            "upcoming",
        ),
    ],
)
def test_undated_stay_under_way_is_begun(text: str, kind: str, expected: str) -> None:
    assert _statuses(text).get(kind) == expected


def _starts(text: str, published: date = WEDNESDAY) -> list[str | None]:
    return [m.start for m in build_document(text, published).meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Lind, sworn in as president on Monday night, also spoke with Ama Boateng.", [None]),
        ("Tom Lind, elected in March, will visit Accra.", [None]),
        ("Tom Lind, re-elected last month, held talks with Ama Boateng in Accra.", [None]),
        ("Ama Boateng met Tom Lind, named prime minister on Monday, in Accra.", [None]),
        (
            "Tom Lind, sworn in as president on Monday, spoke with Ama Boateng by phone on Tuesday.",
            ["2024-05-14"],
        ),
        # near misses: the date outside the aside, an aside of another kind, an aside not closed
        ("On Monday, Tom Lind, flanked by aides, met Ama Boateng.", ["2024-05-13"]),
        ("Tom Lind, accompanied by his wife, arrived in Accra on Monday.", ["2024-05-13"]),
        ("Tom Lind arrived in Accra, welcomed by Ama Boateng on Monday.", ["2024-05-13"]),
        (
            "The talks between Tom Lind and Ama Boateng, scheduled for Friday, will focus on trade.",
            ["2024-05-17"],
        ),
    ],
)
def test_date_in_participle_aside_is_the_persons(text: str, expected: list[str | None]) -> None:
    assert _starts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was the first trip by a Japanese minister to Korea since Foreign Minister Tom Lind visited"
            " Busan in November 2023 for talks.",
            "2023-11",
        ),
        ("Since Tom Lind met Ama Boateng in March, ties have improved.", "2024-03"),
        ("Ties have warmed since Tom Lind held talks with Ama Boateng in Accra in February.", "2024-02"),
        # near misses: the trigger before "since", the span's start is not its date
        ("Tom Lind has held talks with Ama Boateng every month since March.", None),
        ("Tom Lind visited Accra, his first trip since he took office in March.", None),
    ],
)
def test_date_in_since_clause_of_its_own_trigger(text: str, expected: str | None) -> None:
    assert _starts(text)[-1] == expected


def _spans(text: str, kind: str, published: date = WEDNESDAY) -> list[tuple[str | None, str | None]]:
    return [(m.start, m.end) for m in build_document(text, published).meetings if m.kind == kind]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Foreign Secretary Tom Lind, who is on a two-day Ghana visit, paid a courtesy call on Minister Ama"
            " Boateng on Monday.",
            "meeting",
            [("2024-05-13", "2024-05-13")],
        ),
        (
            "During a three-day visit, Tom Lind met Ama Boateng on Monday.",
            "meeting",
            [("2024-05-13", "2024-05-13")],
        ),
        (
            "Tom Lind, on a three-day tour of Ghana, met Ama Boateng on Monday.",
            "meeting",
            [("2024-05-13", "2024-05-13")],
        ),
        # near misses: the length is the trigger's own
        ("Tom Lind began a two-day visit to Ghana on Monday.", "visit", [("2024-05-13", "2024-05-14")]),
        ("Tom Lind concluded his two-day visit to Ghana on Sunday.", "visit", [("2024-05-11", "2024-05-12")]),
    ],
)
def test_length_of_the_stay_before_a_comma_is_not_the_sittings(
    text: str, kind: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _spans(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Tom Lind on Thursday begins a tour of Asia lasting ten days.",
            "visit",
            [("2024-05-16", "2024-05-25")],
        ),
        (
            "Tom Lind will embark on Friday on a tour of Africa lasting six days.",
            "visit",
            [("2024-05-17", "2024-05-22")],
        ),
        (
            "Tom Lind will start a visit to China on Friday that will last three days.",
            "visit",
            [("2024-05-17", "2024-05-19")],
        ),
        # near misses: hours, not days; another event's length
        (
            "Tom Lind met Ama Boateng on Friday for talks lasting two hours.",
            "talks",
            [("2024-05-10", "2024-05-10")],
        ),
        (
            "Tom Lind will meet Ama Boateng on Friday ahead of a summit lasting three days.",
            "meeting",
            [("2024-05-17", "2024-05-17")],
        ),
    ],
)
def test_length_told_after_the_trip(
    text: str, kind: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _spans(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Tom Lind and Ama Boateng will meet in person when it is convenient for both sides.",
            "meeting",
            "proposed",
        ),
        ("Tom Lind will visit Ghana at a mutually convenient time.", "visit", "proposed"),
        ("Tom Lind has agreed to visit Ghana as soon as possible.", "visit", "proposed"),
        ("Tom Lind and Ama Boateng agreed to hold talks at an early date.", "talks", "proposed"),
        ("Tom Lind will visit Ghana when conditions allow.", "visit", "proposed"),
        (
            'Ama Boateng said Tom Lind had agreed to visit Ghana "as soon as possible".',
            "visit",
            "proposed",
        ),
        # near misses: a time told; the phrase in another clause
        ("Tom Lind will visit Ghana when he travels to Africa next month.", "visit", "upcoming"),
        (
            "Tom Lind visited Ghana, and officials said a deal would follow as soon as possible.",
            "visit",
            "past",
        ),
    ],
)
def test_time_not_fixed_makes_the_event_proposed(text: str, kind: str, expected: str) -> None:
    assert _statuses(text).get(kind) == expected
