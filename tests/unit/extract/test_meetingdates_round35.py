"""Meeting dates, round 35: general rules found on unseen articles (which day a found event was)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

PUBLISHED = date(2025, 3, 15)  # a Saturday


def _days(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = build_document(text, PUBLISHED)
    return [(m.kind, m.start, m.end) for m in doc.meetings]


_HEAD = "Leaders pledge closer ties\nCoast Wire 15/03/2025\n"
_LEDE = (
    "Portuguese Prime Minister Rui Matos was on Friday welcomed to the palace in Madrid for his first visit "
    "in a decade.\n"
)
_SITTING = "Mr Matos sat down with Spanish Prime Minister Ana Ruiz for talks after the ceremony.\n"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a photo's credit line, or a byline, between the page's date line and the lede is no sentence of
        # the story: the lede's day is still the story's news day, and dates the sitting told next
        (
            _HEAD
            + "Prime Minister Ana Ruiz \u00a9 Jon Doe/Photo Agency\n"
            + "Both prime ministers say trade is the key to the ties between the two countries.\n"
            + _LEDE
            + _SITTING,
            [("talks", "2025-03-14", "2025-03-14")],
        ),
        (
            _HEAD
            + "By Jon Doe\n"
            + "Photo: Agency\n"
            + "Both prime ministers say trade is the key to the ties between the two countries.\n"
            + _LEDE
            + _SITTING,
            [("talks", "2025-03-14", "2025-03-14")],
        ),
        # near miss: a day told only after three sentences of news is no lede's
        (
            _HEAD
            + "Both prime ministers say trade is the key to the ties between the two countries.\n"
            + "The two sides have been at odds over fishing rights for several years now.\n"
            + _LEDE
            + _SITTING,
            [("talks", None, None)],
        ),
        # near miss: a lede with no day of its own dates nothing
        (
            _HEAD
            + "Prime Minister Ana Ruiz \u00a9 Jon Doe/Photo Agency\n"
            + "Both prime ministers say trade is the key to the ties between the two countries.\n"
            + "Portuguese Prime Minister Rui Matos was welcomed to the palace in Madrid for his first visit.\n"
            + _SITTING,
            [("talks", None, None)],
        ),
    ],
)
def test_the_lede_is_found_past_credit_lines(
    text: str, days: list[tuple[str, str | None, str | None]]
) -> None:
    assert _days(text) == days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a relative clause of the event noun whose verb holds or times it tells the event's own time
        (
            "Kenyan President Amos Kiprono will attend the regional summit, which will be held on March 20.",
            [("summit", "2025-03-20", "2025-03-20")],
        ),
        (
            "The two governments signed five accords during Kenyan President Amos Kiprono's three-day "
            "official visit to Portugal, which began on Thursday.",
            [("visit", "2025-03-13", "2025-03-15")],
        ),
        (
            "Spanish Prime Minister Ana Ruiz and Portuguese Prime Minister Rui Matos are expected to hold "
            "their first meeting at the upcoming Iberian Summit in Lisbon, which is scheduled for April.",
            [("meeting", "2025-04", "2025-04"), ("summit", "2025-04", "2025-04")],
        ),
        # near miss: a plan given up ("originally planned for") times nothing
        (
            "Kenyan President Amos Kiprono will attend the African Union summit, which was originally "
            "planned for March 20 but has been postponed.",
            [("summit", None, None)],
        ),
        # near miss: a building's opening is no event's time
        (
            "Spanish Prime Minister Ana Ruiz held talks with Portuguese Prime Minister Rui Matos at the new "
            "congress hall, which opened in 2019.",
            [("talks", None, None)],
        ),
    ],
)
def test_the_event_nouns_own_clause_tells_its_time(
    text: str, days: list[tuple[str, str | None, str | None]]
) -> None:
    assert _days(text) == days


def test_an_event_set_by_its_own_clause_is_no_longer_proposed() -> None:
    doc = build_document(
        "Kenyan President Amos Kiprono invited Spanish Prime Minister Ana Ruiz to attend the African Union "
        "summit, which will take place on March 20.",
        PUBLISHED,
    )
    assert [(m.status, m.start) for m in doc.meetings] == [("upcoming", "2025-03-20")]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a "where" clause whose comma closes a name in apposition, not the clause: the day after the
        # name is the clause's own, not the main clause's day
        (
            "Chilean President Rosa Vidal flew to Lima on Friday, where she will meet her counterpart, "
            "President Paulo Reis on Monday.",
            [("visit", "2025-03-14", "2025-03-14"), ("meeting", "2025-03-17", "2025-03-17")],
        ),
        (
            "Chilean President Rosa Vidal flew to Lima on Friday, where she will hold talks with the "
            "Peruvian leader, Paulo Reis on March 18.",
            [("visit", "2025-03-14", "2025-03-14"), ("talks", "2025-03-18", "2025-03-18")],
        ),
        # near miss: a "where" clause with no day of its own happens at the main clause's time
        (
            "Chilean President Rosa Vidal flew to Lima on Friday, where she met her counterpart, "
            "President Paulo Reis.",
            [("visit", "2025-03-14", "2025-03-14"), ("meeting", "2025-03-14", "2025-03-14")],
        ),
    ],
)
def test_a_where_clause_runs_past_a_names_apposition(
    text: str, days: list[tuple[str, str | None, str | None]]
) -> None:
    assert _days(text) == days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # an event dated by its first day, named again in a later sentence by its length, lasts those days
        (
            "Chilean President Rosa Vidal will travel to Peru on Monday. The three-day visit is her first "
            "abroad since taking office.",
            [("visit", "2025-03-17", "2025-03-19")],
        ),
        (
            "Trade ministers of the Pacific Alliance will meet in Lima on Monday. During the two-day meeting, "
            "the ministers will discuss tariffs.",
            [("meeting", "2025-03-17", "2025-03-18")],
        ),
        # near miss: the length of an earlier trip
        (
            "Chilean President Rosa Vidal will travel to Peru on Monday. Her last three-day visit to the "
            "country was in 2019.",
            [("visit", "2025-03-17", "2025-03-17")],
        ),
        # near miss: a stay told as after the event dated ("ahead of her two-day visit")
        (
            "Chilean President Rosa Vidal arrived in Lima on Friday. She will meet the press ahead of her "
            "two-day visit to Cusco.",
            [("visit", "2025-03-14", "2025-03-14"), ("visit", None, None)],
        ),
    ],
)
def test_an_event_named_again_by_its_length_lasts_those_days(
    text: str, days: list[tuple[str, str | None, str | None]]
) -> None:
    assert _days(text) == days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a trip's length told in its clause after the destination lasts those days from its day
        (
            "Senate President Amos Kiprono will on Monday lead a delegation to Portugal on a three-day visit.",
            [("visit", "2025-03-17", "2025-03-19")],
        ),
        (
            "Kenya's foreign secretary Amos Kiprono arrives in Portugal on an official two-day trip on "
            "March 17.",
            [("visit", "2025-03-17", "2025-03-18")],
        ),
        # near miss: a sitting held during a trip of several days lasts its one day
        (
            "Kenyan President Amos Kiprono met Portuguese President Rui Matos on Monday on a three-day visit.",
            [("meeting", "2025-03-10", "2025-03-10")],
        ),
    ],
)
def test_a_trips_length_told_after_its_destination(
    text: str, days: list[tuple[str, str | None, str | None]]
) -> None:
    assert [d for d in _days(text) if d[0] != "visit" or d[1] is not None] == days
