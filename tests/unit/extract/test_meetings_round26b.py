"""Meetings, round 26b: a traveller bound for a named gathering ("departs for X and the 43rd Y Summit",
"is leaving for the annual Y Summit", "arrived in Z on Sunday for the Y Summit") attends it."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 5, 1)


def _summits(text: str) -> list[set[str]]:
    doc = build_document(text, PUBLISHED)
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first-person sitting in quoted words is the speaker's own
        (
            '"I also held a bilateral meeting with Prime Minister Tom Lind," said President Ana Ruiz.',
            [("meeting", {"Ana Ruiz", "Tom Lind"})],
        ),
        (
            'President Ana Ruiz said: "I will meet with Chancellor Tom Lind on Friday."',
            [("meeting", {"Ana Ruiz", "Tom Lind"})],
        ),
        (
            '"I met Prime Minister Tom Lind in 2019," Senator Ana Ruiz told reporters.',
            [("meeting", {"Ana Ruiz", "Tom Lind"})],
        ),
        # someone else's sitting, wished for in quoted words: no event
        ('"I hope President Tom Lind will meet Jon Berg," said Senator Ana Ruiz.', []),
        # no one named to meet
        ('"I met with the people of the region," said Senator Ana Ruiz.', []),
    ],
)
def test_first_person_sitting_in_a_quote(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text


_LEAD = "Prime Minister Ana Ruiz held discussions with four Asean leaders in Jakarta on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks with a body's leaders lead the story: the body is no party of the sittings after them
        (
            _LEAD + "Ruiz also met Prime Minister Tom Lind of Vietnam.",
            [("talks", "2024-04-29"), ("meeting", "2024-04-29")],
        ),
        # "had a meeting", "had talks": a past sitting, not one from before the story
        (
            _LEAD + "Ruiz also had a meeting with Prime Minister Tom Lind of Vietnam.",
            [("talks", "2024-04-29"), ("meeting", "2024-04-29")],
        ),
        (
            "Prime Minister Ana Ruiz met Asean envoys in Jakarta on Monday. Ruiz had talks with Prime "
            "Minister Tom Lind of Vietnam.",
            [("meeting", "2024-04-29"), ("talks", "2024-04-29")],
        ),
        # "had met": from before the story, not the lead's day
        (
            _LEAD + "Ruiz had met Prime Minister Tom Lind of Vietnam.",
            [("talks", "2024-04-29"), ("meeting", None)],
        ),
    ],
)
def test_sittings_after_a_lead_with_a_body(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sittings dated through a lead at a named gathering are held where it is
        (
            "Prime Minister Ana Ruiz held talks with Asean leaders at the Asean Summit in Jakarta on "
            "Monday. Ruiz also met Prime Minister Tom Lind of Vietnam.",
            [("talks", "Jakarta"), ("meeting", "Jakarta")],
        ),
        # a lead meeting's own place (no gathering) is that sitting's only
        (
            "Prime Minister Ana Ruiz met Asean envoys at the Ministry of Finance on Monday. Ruiz also "
            "met Prime Minister Tom Lind of Vietnam.",
            [("meeting", "Ministry of Finance"), ("meeting", None)],
        ),
    ],
)
def test_sittings_on_the_sidelines_of_a_lead_gathering(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one sitting told as a meeting and as talks: the talks
        (
            "Foreign Minister Ana Ruiz welcomed Prime Minister Tom Lind of Kenya in Madrid on Sunday. Ruiz "
            "and Lind held extensive talks on trade.",
            [("talks", "Madrid")],
        ),
        (
            "Foreign Minister Ana Ruiz met Prime Minister Tom Lind of Kenya in Madrid on Sunday. Ruiz and "
            "Lind held talks on trade.",
            [("talks", "Madrid")],
        ),
        # a bare "discussed" names no kind: the meeting stays one
        (
            "Foreign Minister Ana Ruiz met Prime Minister Tom Lind of Kenya in Madrid on Sunday. Ruiz and "
            "Lind discussed trade.",
            [("meeting", "Madrid")],
        ),
        # two meetings stay meetings
        (
            "Foreign Minister Ana Ruiz met Prime Minister Tom Lind of Kenya in Madrid on Sunday. Ruiz later "
            "met Lind again in Paris on Monday.",
            [("meeting", "Madrid"), ("meeting", "Paris")],
        ),
    ],
)
def test_one_sitting_told_as_meeting_and_talks(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location") == expected, text
