"""Meeting dates, round 41: the day of a sitting told in another sentence of the story (a retelling that
names nobody: "Aides said Monday's call lasted an hour", "The meeting, held behind closed doors on Tuesday, ...")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2023, 4, 19)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day owning the sitting's noun, or a definite sitting opening its sentence with its day: the
        # sitting told just before, undated, took that day
        (
            "Prime Minister Rosa Mena spoke by phone with President Karl Lind.\n\nAides said Monday's call "
            "lasted an hour.",
            [("call", "past", "2023-04-17")],
        ),
        (
            "Prime Minister Rosa Mena held talks with President Karl Lind in Oslo. The meeting, held behind "
            "closed doors on Saturday, ended without a joint statement.",
            [("talks", "past", "2023-04-15")],
        ),
        (
            "Prime Minister Rosa Mena held talks with President Karl Lind. This meeting took place on Saturday "
            "in a hotel by the lake.",
            [("talks", "past", "2023-04-15")],
        ),
        (
            "Prime Minister Rosa Mena met President Karl Lind in Oslo. The talks on Saturday touched on fishing.",
            [("meeting", "past", "2023-04-15")],
        ),
        # a visit's day dates the sittings told with it
        (
            "President Karl Lind visited Chile to hold talks with President Ana Soto. Sunday's visit to Chile "
            "lasted only six hours.",
            [("visit", "past", "2023-04-16"), ("talks", "past", "2023-04-16")],
        ),
        (
            "Prime Minister Rosa Mena will meet President Karl Lind in Oslo. Friday's meeting will focus on "
            "energy.",
            [("meeting", "upcoming", "2023-04-21")],
        ),
        # near misses: no sitting's noun, another kind of event, a day ahead for a sitting done, an earlier
        # sitting, a retelling too far from the sitting, the day it was arranged on
        (
            "Prime Minister Rosa Mena held talks with President Karl Lind. The meeting was arranged on Saturday "
            "at short notice during a regional forum.",
            [("talks", "past", None)],
        ),
        (
            "Prime Minister Rosa Mena met President Karl Lind in Oslo. Monday's vote was close.",
            [("meeting", "past", None)],
        ),
        (
            "Prime Minister Rosa Mena met President Karl Lind in Oslo. Tuesday's press conference was short.",
            [("meeting", "past", None)],
        ),
        (
            "Prime Minister Rosa Mena met President Karl Lind in Oslo. Friday's meeting will focus on energy.",
            [("meeting", "past", None)],
        ),
        (
            "Prime Minister Rosa Mena met President Karl Lind in Oslo. The previous meeting, held on Monday, "
            "was short.",
            [("meeting", "past", None)],
        ),
        (
            "Prime Minister Rosa Mena met President Karl Lind in Oslo. The rain fell all day. Farmers were "
            "angry. The roads were shut. The harbour froze. Monday's meeting was short.",
            [("meeting", "past", None)],
        ),
        # near misses: a retelling that goes on to name a party or a purpose is another sitting, or a
        # demand, not a call
        (
            "Prime Minister Rosa Mena held talks with President Karl Lind in Oslo. The opposition rejected "
            "Monday's call for a strike.",
            [("talks", "past", None)],
        ),
        (
            "Prime Minister Rosa Mena spoke by phone with President Karl Lind. Unions ignored Monday's call to "
            "end the protest.",
            [("call", "past", None)],
        ),
        (
            "Prime Minister Rosa Mena met President Karl Lind in Oslo. The call on Monday by the unions for a "
            "strike failed.",
            [("meeting", "past", None)],
        ),
        (
            "Prime Minister Rosa Mena met President Karl Lind in Oslo. Sunday's meeting of the party board "
            "went badly.",
            [("meeting", "past", None)],
        ),
    ],
)
def test_unnamed_retelling_lends_its_day(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status", "start") == expected, text


_LISBON_TUESDAY = "German Chancellor Karl Lind met Portuguese Prime Minister Rosa Mena in Lisbon on Tuesday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "since" clause's date is where a span begins: the visit still takes the day of its sitting
        (
            _LISBON_TUESDAY + "This marked Lind's second trip to Portugal since the floods of 2019.",
            [("meeting", "2023-04-18"), ("visit", "2023-04-18")],
        ),
        (
            _LISBON_TUESDAY + "It is the chancellor's third visit to Portugal since Mena won power in March.",
            [("meeting", "2023-04-18"), ("visit", "2023-04-18")],
        ),
        # near misses: a day of the trip's own; a sitting older than the story's news day; a trip told in
        # an aside of a sentence telling something else
        (
            _LISBON_TUESDAY
            + "Lind, who is on his fourth trip to Portugal since 2019, also toured a cork factory.",
            [("meeting", "2023-04-18"), ("visit", None)],
        ),
        (
            _LISBON_TUESDAY + "Lind's visit to Portugal in March was cut short by a storm.",
            [("meeting", "2023-04-18"), ("visit", "2023-03")],
        ),
        (
            "German Chancellor Karl Lind met Portuguese Prime Minister Rosa Mena in Lisbon on Friday. This marked "
            "Lind's second trip to Portugal since the floods of 2019.",
            [("meeting", "2023-04-14"), ("visit", None)],
        ),
    ],
)
def test_since_clause_leaves_the_visit_its_sitting_day(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "start") == expected, text


_VALPARAISO = (
    "Chile's trade minister Ana Soto hosted Peru's trade minister Luis Vidal in Valparaiso on March 3."
)
# a paragraph on what the talks covered, long enough to part "the same day" from the day it repeats
_TALKS_COVERED = (
    " The talks ran for most of the afternoon. Officials went through port fees, fishing quotas and the "
    "price of copper, and both teams left the room in good spirits. Each side promised to write up its "
    "notes and send them to the other within a week, and a joint paper on the ports may follow in the "
    "autumn, one of the aides told the local radio station. A dinner for both teams closed the talks, and "
    "the guests were shown the old harbour and its new cranes. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the same day" a paragraph after the day it repeats, no other date between: that day
        (
            _VALPARAISO
            + _TALKS_COVERED
            + "That same day, Foreign Minister Ida Berg sat down with President Karl Lind over lunch.",
            [("meeting", "2023-03-03"), ("meeting", "2023-03-03")],
        ),
        (
            _VALPARAISO + _TALKS_COVERED + "Foreign Minister Ida Berg held talks with President Karl Lind in "
            "Santiago on the same day.",
            [("meeting", "2023-03-03"), ("talks", "2023-03-03")],
        ),
        # near misses: "the same day as" another event; a month only before it
        (
            _VALPARAISO
            + _TALKS_COVERED
            + "Foreign Minister Ida Berg sat down with President Karl Lind on the "
            "same day as the vote.",
            [("meeting", "2023-03-03"), ("meeting", None)],
        ),
        (
            "Chile's trade minister Ana Soto hosted Peru's trade minister Luis Vidal in Valparaiso in March."
            + _TALKS_COVERED
            + "That same day, Foreign Minister Ida Berg sat down with President Karl Lind over lunch.",
            [("meeting", "2023-03"), ("meeting", None)],
        ),
    ],
)
def test_same_day_far_from_its_day(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date closing a phrase of harm done ("damaged by fire in 2019") is that harm's, not the sitting's
        (
            "Foreign Minister Ana Soto held talks with Luis Vidal in a hall damaged by fire in 2019.",
            [("talks", None)],
        ),
        (
            "Foreign Minister Ana Soto met families of miners killed in a blast on Monday before holding talks "
            "with Luis Vidal.",
            [("talks", None)],
        ),
        # near misses: a participle of no harm; the sitting's own day before the phrase of harm
        (
            "Foreign Minister Ana Soto was greeted by a guard of honour on Monday before holding talks with Luis "
            "Vidal.",
            [("talks", "2023-04-17")],
        ),
        (
            "Foreign Minister Ana Soto held talks with Luis Vidal on Monday in a town hit by floods.",
            [("talks", "2023-04-17")],
        ),
    ],
)
def test_date_of_harm_is_not_the_sittings(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "this morning" in a story datelined the day before publication: that day, the story's own
        (
            "LIMA, April 18 (Andes) -- Foreign Minister Ana Soto held talks with Peruvian Foreign Minister Luis "
            "Vidal in Lima on Tuesday. President Karl Lind met Luis Vidal this morning, the ministry said.",
            [("talks", "2023-04-18"), ("meeting", "2023-04-18")],
        ),
        (
            "LIMA, April 18 (Andes) -- Foreign Minister Ana Soto held talks with Peruvian Foreign Minister Luis "
            "Vidal in Lima on Tuesday. Vidal received President Karl Lind this afternoon at the palace.",
            [("talks", "2023-04-18"), ("meeting", "2023-04-18")],
        ),
        # near misses: a dateline of the publication day; no day the story tells of its own
        (
            "LIMA, April 19 (Andes) -- Foreign Minister Ana Soto held talks with Peruvian Foreign Minister Luis "
            "Vidal in Lima on Wednesday. President Karl Lind met Luis Vidal this morning, the ministry said.",
            [("talks", "2023-04-19"), ("meeting", "2023-04-19")],
        ),
        (
            "Foreign Minister Ana Soto held talks with Peruvian Foreign Minister Luis Vidal in Lima. President "
            "Karl Lind met Luis Vidal this morning, the ministry said.",
            [("talks", None), ("meeting", "2023-04-19")],
        ),
    ],
)
def test_this_morning_is_the_storys_day(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date in what a speaker said after the sitting ("said after the meeting that ... in 2019") is the
        # reported clause's
        (
            "Foreign Minister Ana Soto told a radio station after her talks with Luis Vidal that the port plan "
            "was first drawn up in 2019.",
            [("talks", None)],
        ),
        (
            "Foreign Minister Ana Soto told reporters after talks with Luis Vidal that the two sides had agreed "
            "on Monday to cut fees.",
            [("talks", None)],
        ),
        # near misses: a relative "that" of the sitting; the sitting itself inside what was said
        (
            "Foreign Minister Ana Soto said the meeting with Luis Vidal that took place on Monday was useful.",
            [("meeting", "2023-04-17")],
        ),
        (
            "Foreign Minister Ana Soto said that she met Luis Vidal on Monday.",
            [("meeting", "2023-04-17")],
        ),
        (
            "Foreign Minister Ana Soto said she held talks with Luis Vidal on Monday that covered fishing.",
            [("talks", "2023-04-17")],
        ),
    ],
)
def test_date_in_what_was_said_after_the_sitting(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a trip to X, which started on Friday": the clause of beginning after the destination times the trip
        (
            "Peruvian premier Luis Vidal is halfway through a trip to Bolivia, which started on Friday.",
            [("visit", "past", "2023-04-14")],
        ),
        # a clause of holding or opening after the destination tells of the place
        (
            "Prime Minister Luis Vidal is on a visit to Chile, which held elections on Friday.",
            [("visit", "past", None)],
        ),
        # near misses: the place's own clause; a visit's clause of scheduling as before
        (
            "Prime Minister Luis Vidal is on an official trip to the Palace Hotel, which opened in 1990.",
            [("visit", "past", None)],
        ),
        (
            "Peruvian premier Luis Vidal is halfway through a trip to Bolivia, which hosted a football final on "
            "Friday.",
            [("visit", "past", None)],
        ),
        (
            "Prime Minister Luis Vidal will make a visit to Chile, which is scheduled for May.",
            [("visit", "upcoming", "2023-05")],
        ),
    ],
)
def test_trip_timed_by_its_clause_of_beginning(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status", "start") == expected, text
