"""Meetings, round 28 (events): an event refused or left unsettled right before its trigger is no event; an
event told again in the same words (or from the same evidence start) is one item."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from briefing_tui.extract.meetingfound import Found
from briefing_tui.extract.meetings import _repeats
from briefing_tui.extract.pipeline import build_document


def _events(text: str) -> list[tuple[str, str, set[str]]]:
    doc = build_document(text, date(2024, 5, 1))
    return sorted(
        ((m.kind, m.status, {doc.entities[i].name for i in m.participants}) for m in doc.meetings),
        key=lambda e: sorted(e[2]),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Ana Ruiz reportedly refused to meet with Foreign Minister Tom Lind on Monday.", []),
        ("Chancellor Jon Berg refuses to meet President Ana Ruiz next week.", []),
        ("President Ana Ruiz refused to hold talks with Prime Minister Jon Berg.", []),
        ("No agreement on meeting with Ana Ruiz and Jon Berg, the prime minister says", []),
        # near misses: a refusal of something else; a verb between the refusal and the event; a milder
        # "declined to meet" leaves the door open
        (
            "President Ana Ruiz met Prime Minister Jon Berg after Berg refused to sign the deal.",
            [("meeting", "past", {"Ana Ruiz", "Jon Berg"})],
        ),
        (
            "The ministry declined to say whether President Ana Ruiz would meet Prime Minister Jon Berg.",
            [("meeting", "proposed", {"Ana Ruiz", "Jon Berg"})],
        ),
        (
            "President Ana Ruiz declined to hold talks with Prime Minister Jon Berg.",
            [("talks", "proposed", {"Ana Ruiz", "Jon Berg"})],
        ),
    ],
)
def test_refused_or_unsettled_event_is_none(text: str, expected: list[tuple[str, str, set[str]]]) -> None:
    assert _events(text) == expected


def _found(kind: str, start: int, end: int, people: list[int], day: str | None, place: str | None = None):  # noqa: ANN202
    f = Found(kind, start // 100, start, end, people)  # type: ignore[arg-type]
    f.start = f.end = day
    f.location = place
    return f


_CAPTION = "Ana Ruiz shakes hands with Jon Berg at the summit. "


@pytest.mark.parametrize(
    ("found", "kept"),
    [
        # a caption printed twice: the same words, the same event
        (
            [_found("summit", 0, 50, [0, 1], "2024-04-29"), _found("summit", 200, 250, [1, 0], "2024-04-29")],
            1,
        ),
        # two readings from one evidence start that came out the same call
        ([_found("call", 0, 50, [0, 1], "2024-04-27"), _found("call", 0, 120, [0, 1], "2024-04-27")], 1),
        # near misses: other days; other sides; another kind
        (
            [_found("summit", 0, 50, [0, 1], "2024-04-29"), _found("summit", 200, 250, [0, 1], "2024-04-30")],
            2,
        ),
        (
            [_found("summit", 0, 50, [0, 1], "2024-04-29"), _found("summit", 200, 250, [0, 2], "2024-04-29")],
            2,
        ),
        ([_found("summit", 0, 50, [0, 1], None), _found("meeting", 0, 50, [0, 1], None)], 2),
    ],
)
def test_repeat_is_one_event(found: list[Found], kept: int) -> None:
    doc = SimpleNamespace(text=_CAPTION + " " * 149 + _CAPTION + " " * 100)
    assert len(_repeats(doc, found)) == kept  # type: ignore[arg-type]


def test_repeat_lends_its_place() -> None:
    first, second = _found("call", 0, 50, [0, 1], None), _found("call", 0, 90, [0, 1], None, "Quito")
    assert _repeats(SimpleNamespace(text=_CAPTION * 3), [first, second]) == [first]  # type: ignore[arg-type]
    assert first.location == "Quito"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's name before its members' noun is the body, no gathering of it
        ("The visa will be extended for nationals of Pacific Islands Forum countries from July.", []),
        ("Ministers of the Pacific Islands Forum nations urged action on climate on Monday.", []),
        ("Trade between ASEAN Summit economies rose last year.", []),
        # near miss: the gathering itself, attended
        (
            "Prime Minister Jon Berg will attend the Pacific Islands Forum in Suva next week.",
            [("conference", "upcoming", {"Jon Berg", "Pacific Islands Forum"})],
        ),
    ],
)
def test_body_before_its_members_is_no_gathering(
    text: str, expected: list[tuple[str, str, set[str]]]
) -> None:
    assert _events(text) == expected
