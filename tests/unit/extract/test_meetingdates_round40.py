"""Meeting dates and status, round 40: general rules found on unseen articles (an event told as done
before the main verb, "on Monday flew home after attending the summit on Sunday", keeps its own day;
"is headed to", "was headed for": a journey under way, its stay and its days ahead; a headline's "Ahead
of", "Prior to" as the same words in lower case)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2023, 4, 19)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event after "after"/"following" tells its own day after it: that day, not the main verb's
        (
            "President Rosa Mena on Tuesday flew home after attending the annual summit of the Southern "
            "African Development Community on Monday.",
            [("summit", "2023-04-17")],
        ),
        (
            "President Rosa Mena on Tuesday returned home following her meeting with King Harald on Monday.",
            [("meeting", "2023-04-17")],
        ),
        (
            "President Rosa Mena on Tuesday left Madrid after holding talks with Prime Minister Luis Vidal "
            "on Sunday.",
            [("talks", "2023-04-16")],
        ),
        # near misses: no day of the event's own; a day after it that is another event's; "and" as before
        (
            "President Rosa Mena on Tuesday left Madrid after talks with Prime Minister Luis Vidal.",
            [("talks", "2023-04-18")],
        ),
        (
            "President Rosa Mena on Tuesday left Madrid after her meeting with Prime Minister Luis Vidal, "
            "ahead of the vote on Friday.",
            [("meeting", "2023-04-18")],
        ),
        (
            "President Rosa Mena arrived in Madrid on Tuesday and met Prime Minister Luis Vidal on Wednesday.",
            [("visit", "2023-04-18"), ("meeting", "2023-04-19")],
        ),
    ],
)
def test_event_after_main_verb_keeps_its_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "be" + "headed to/for": on the way, what lies at the end is ahead
        ("Trade Minister Rosa Mena was headed to Seoul, her spokesman said.", [("visit", "upcoming", None)]),
        ("Trade Minister Rosa Mena is headed to Seoul, her spokesman said.", [("visit", "upcoming", None)]),
        (
            "Trade Minister Rosa Mena is headed to Seoul on Monday for two days of talks with Prime "
            "Minister Kim Do-yun.",
            [("visit", "upcoming", "2023-04-24"), ("talks", "upcoming", "2023-04-24")],
        ),
        # near misses: a plain past "headed to" is a trip made; "headed" a delegation is leading it
        ("Trade Minister Rosa Mena headed to Seoul on Monday.", [("visit", "past", "2023-04-17")]),
        (
            "Trade Minister Rosa Mena headed the talks with Prime Minister Kim Do-yun on Monday.",
            [("talks", "past", "2023-04-17")],
        ),
    ],
)
def test_be_headed_is_under_way(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's capitals: what is "Ahead of" or "Prior to" is still to come
        ("Fishing Rights Top the Agenda Ahead of Norway-Iceland Meeting", [("meeting", "upcoming")]),
        ("Fishing Rights Top the Agenda Prior to Norway-Iceland Meeting", [("meeting", "upcoming")]),
        ("Fishing Rights Top the Agenda on the Eve of Norway-Iceland Summit", [("summit", "upcoming")]),
        # near misses: a meeting told after it, or as the place of the agenda
        ("Fishing Rights Deal Reached After Norway-Iceland Meeting", [("meeting", "past")]),
        ("Fishing Rights Top the Agenda at Norway-Iceland Meeting", [("meeting", "past")]),
    ],
)
def test_headline_landmark_is_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status") == expected, text
