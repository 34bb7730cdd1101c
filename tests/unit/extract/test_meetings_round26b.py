"""Meetings, round 26b: a traveller bound for a named gathering ("departs for X and the 43rd Y Summit",
"is leaving for the annual Y Summit", "arrived in Z on Sunday for the Y Summit") attends it."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _summits(text: str) -> list[set[str]]:
    doc = build_document(text, date(2024, 5, 1))
    return [{doc.entities[i].name for i in m.participants} for m in doc.meetings if m.kind == "summit"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Tom Lind, who departs this afternoon for Kenya and the 12th African Union "
            "Summit, will return on Friday.",
            [{"Tom Lind", "African Union"}],
        ),
        (
            "President Ana Ruiz is leaving for Addis Ababa for the African Union Summit on Monday.",
            [{"Ana Ruiz", "African Union"}],
        ),
        (
            "President Ana Ruiz departed for the African Union Summit in Addis Ababa.",
            [{"Ana Ruiz", "African Union"}],
        ),
        (
            "President Ana Ruiz arrived in Addis Ababa on Sunday for the African Union Summit.",
            [{"Ana Ruiz", "African Union"}],
        ),
        # no travel to the gathering: the one named is no attendee
        (
            "President Ana Ruiz praised Kenya for the African Union Summit held in Nairobi on Monday.",
            [{"African Union"}],
        ),
        (
            "President Ana Ruiz flew home after the African Union Summit held in Nairobi on Monday.",
            [{"African Union"}],
        ),
    ],
)
def test_bound_for_a_named_gathering(text: str, expected: list[set[str]]) -> None:
    assert _summits(text) == expected, text


def test_bound_for_keeps_the_traveller_of_the_verb() -> None:
    """The one named last before a coordinated travel verb is the first clause's object, no traveller."""
    doc = build_document(
        "Ana Ruiz said she had briefed the defense minister, Tom Lind, by video link last week and would "
        "travel to Asia in June for the Africa Union Summit in Singapore.",
        date(2024, 5, 1),
    )
    names = {doc.entities[i].name for m in doc.meetings for i in m.participants}
    assert "Tom Lind" not in names
