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
            "Premier Ana Lopez on Tuesday flew back after attending the third summit of the Andean "
            "Community of Nations and its partners on Monday in Quito.",
            [("summit", "2023-04-17")],
        ),
        (
            "Premier Ana Lopez on Tuesday returned home following her meeting with Chancellor Hans Berg "
            "on Monday.",
            [("meeting", "2023-04-17")],
        ),
        (
            "Premier Ana Lopez on Tuesday left after holding talks with the visiting German Chancellor, "
            "Hans Berg, on Monday.",
            [("talks", "2023-04-17")],
        ),
        # near misses: no day of the event's own; a day after it that is another event's; "and" as before
        (
            "Premier Ana Lopez on Tuesday left Berlin after talks with Chancellor Hans Berg.",
            [("talks", "2023-04-18")],
        ),
        (
            "Premier Ana Lopez on Tuesday left Berlin after her meeting with Chancellor Hans Berg, ahead "
            "of the vote on Friday.",
            [("meeting", "2023-04-18")],
        ),
        (
            "Premier Ana Lopez arrived in Berlin on Tuesday and met Chancellor Hans Berg on Wednesday.",
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
        ("Envoy Ana Lopez was headed to Cairo, officials said.", [("visit", "upcoming", None)]),
        ("Envoy Ana Lopez is headed to Cairo, officials said.", [("visit", "upcoming", None)]),
        (
            "Premier Ana Lopez is headed to Berlin on Monday for talks with Chancellor Hans Berg.",
            [("visit", "upcoming", "2023-04-24"), ("talks", "upcoming", "2023-04-24")],
        ),
        # near misses: a plain past "headed to" is a trip made; "headed" a delegation is leading it
        ("Envoy Ana Lopez headed to Cairo on Monday.", [("visit", "past", "2023-04-17")]),
        (
            "Envoy Ana Lopez headed the talks with Chancellor Hans Berg on Monday.",
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
        ("Brazil-Argentina Trade on Agenda Ahead of Key Meeting", [("meeting", "upcoming")]),
        ("Kenya-Uganda Border on Agenda Prior to Crucial Meeting", [("meeting", "upcoming")]),
        # near misses: a meeting told after it, or as the place of the agenda
        ("Kenya-Uganda Border Deal Signed After Crucial Meeting", [("meeting", "past")]),
        ("Brazil-Argentina Trade on Agenda at Key Meeting", [("meeting", "past")]),
    ],
)
def test_headline_landmark_is_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status") == expected, text
