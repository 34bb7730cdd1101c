"""Meeting dates and status, round 27: a page's leading date stamp ("date 2024-07-05 ") dates the lead
event only when its sentence tells no other day for it."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.dateline import stamp_end
from tests.unit.extract.helpers import meetings_of


@pytest.mark.parametrize(
    ("text", "stamped"),
    [
        (" date 2023-05-12 Lisbon", True),
        ("Date: 2023-05-12 Lisbon", True),
        ("2023-05-12 Lisbon", True),
        # near misses: a date later in the opening words
        ("Lisbon, 2023-05-12 - ", False),
        ("The talks of 2023-05-12 ", False),
    ],
)
def test_stamp_end(text: str, stamped: bool) -> None:
    assert stamp_end(text) == (text.index("Lisbon") if stamped else 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day told in the sentence wins over the stamp
        (
            " date 2023-05-12 Chancellor Anna Lindqvist received her counterpart Tomas Berga at the castle"
            " on Thursday to discuss trade.",
            [("2023-05-11", "2023-05-11")],
        ),
        (
            " date 2023-05-12 President Anna Lindqvist welcomed Tomas Berga, the governor of the northern"
            " province, at the palace on Wednesday evening.",
            [("2023-05-10", "2023-05-10")],
        ),
        # near miss: with no other day told, the stamp still dates the lead event
        (
            " date 2023-05-12 Minister Anna Lindqvist met Tomas Berga in the capital.",
            [("2023-05-12", "2023-05-12")],
        ),
    ],
)
def test_stamp_yields_to_the_day_told(text: str, expected: list[tuple[str, str]]) -> None:
    assert meetings_of(text, date(2023, 5, 12), "start", "end") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an intention to visit or meet is a wish, not an arranged event
        (
            "Crown Prince Karim Nasser thanked Prime Minister Jan Olsen and expressed his intention to make"
            " an official visit to Norway next year.",
            [("visit", "proposed")],
        ),
        (
            "Premier Jan Olsen met President Ali Musa on Monday, and Musa showed his intention to visit Norway"
            " to stress the importance of ties.",
            [("meeting", "past"), ("visit", "proposed")],
        ),
        # near miss: an intention to do something else, before a visit told as done
        (
            "Senator Jan Olsen announced his intention to run for office after he visited Norway on Monday.",
            [("visit", "past")],
        ),
    ],
)
def test_intention_to_visit_is_proposed(text: str, expected: list[tuple[str, str]]) -> None:
    assert meetings_of(text, date(2025, 12, 31), "kind", "status") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an arrival told with its day is an event of that day
        (
            "Foreign Minister Ana Ruiz arrived in Oslo on Tuesday for talks with her Norwegian counterpart.",
            ("2023-05-09", "2023-05-09"),
        ),
        # near misses: a length or a last day told with it still sets the end
        (
            "Foreign Minister Ana Ruiz arrived in Oslo on Tuesday for a three-day visit.",
            ("2023-05-09", "2023-05-11"),
        ),
        (
            "Foreign Minister Ana Ruiz will arrive in Oslo on Monday and stay until Wednesday.",
            ("2023-05-15", "2023-05-17"),
        ),
    ],
)
def test_arrival_is_an_event_of_its_day(text: str, expected: tuple[str, str]) -> None:
    assert meetings_of(text, date(2023, 5, 12), "start", "end")[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event named as the time of another act was held: the act's wish is not the event's
        (
            "President Omar Haddad urged Minister Karim Nasser to end the blockade during a meeting on Monday"
            " in Amman.",
            [("meeting", "past")],
        ),
        (
            "The invitation came during a meeting on Monday at the palace, where President Omar Haddad met"
            " with Minister Karim Nasser.",
            [("meeting", "past")],
        ),
        # a participle opening the sentence tells an invitation taken up, not a wish
        (
            "Invited to Geneva for the water forum, President Omar Haddad is meeting President Karim Nasser on"
            " Thursday.",
            [("meeting", "upcoming")],
        ),
        # a photo's caption in the present shows what was done
        ("Omar Haddad (2nd L) stands next to Karim Nasser at the summit in Amman.", [("summit", "past")]),
        # near misses: the wish inside the trigger's own clause, a caption told ahead
        (
            "President Omar Haddad could meet President Karim Nasser during the summit next week.",
            [("meeting", "proposed")],
        ),
        (
            "Omar Haddad (L) will greet Karim Nasser at the start of their talks in Amman on Friday.",
            [("meeting", "upcoming")],
        ),
    ],
)
def test_frame_invited_and_caption_status(text: str, expected: list[tuple[str, str]]) -> None:
    assert meetings_of(text, date(2021, 9, 14), "kind", "status") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day after "until" ends the stay, a long clause after the arrival's day
        (
            "President Ana Ruiz arrived on Tuesday night in the Peruvian capital Lima, beginning her official"
            " and working visit that will last until November 25.",
            [("2022-11-22", "2022-11-25")],
        ),
        # near miss: the "until" of another sentence
        (
            "President Ana Ruiz arrived on Tuesday night in the Peruvian capital Lima, beginning an official"
            " visit. The trade fair runs until November 25.",
            [("2022-11-22", "2022-11-22")],
        ),
        # a page's stamp does not date a lead event still ahead (its day is not told) ...
        (
            " date 2022-11-23 President Ana Ruiz is scheduled to welcome Prime Minister Tomas Berga in the"
            " capital.",
            [(None, None)],
        ),
        # ... only one done
        (
            " date 2022-11-23 President Ana Ruiz welcomed Prime Minister Tomas Berga in the capital.",
            [("2022-11-23", "2022-11-23")],
        ),
    ],
)
def test_until_far_after_and_stamp_of_an_event_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert meetings_of(text, date(2022, 11, 23), "start", "end") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the story's event set against its background is told as held
        (
            "The meeting between Premier Ana Ruiz and Premier Tomas Berga comes as the two neighbours aim to"
            " mend ties.",
            [("meeting", "past")],
        ),
        # near misses: told as ahead before the noun, or dated ahead
        (
            "The planned meeting between Premier Ana Ruiz and Premier Tomas Berga comes as the two neighbours"
            " aim to mend ties.",
            [("meeting", "upcoming")],
        ),
        (
            "The meeting between Premier Ana Ruiz and Premier Tomas Berga on Friday comes as the two"
            " neighbours aim to mend ties.",
            [("meeting", "upcoming")],
        ),
    ],
)
def test_event_that_comes_as(text: str, expected: list[tuple[str, str]]) -> None:
    assert meetings_of(text, date(2018, 1, 28), "kind", "status") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a further leg with its verb left out takes the first leg's tense
        (
            "This week President Ana Ruiz will travel from Lima to Quito to meet with the regional officials,"
            " and then to Bogota to sit in talks with Colombia.",
            [("visit", "upcoming"), ("talks", "upcoming")],
        ),
        # near miss: a first leg told in the past
        (
            "Last week President Ana Ruiz travelled from Lima to Quito for a trade fair, and then to Bogota to"
            " sit in talks with Colombia.",
            [("visit", "past"), ("talks", "past")],
        ),
    ],
)
def test_gapped_leg_takes_the_first_legs_tense(text: str, expected: list[tuple[str, str]]) -> None:
    assert meetings_of(text, date(2020, 6, 23), "kind", "status") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wish that others meet is not a meeting set
        (
            "Minister Tomas Berga said he is looking forward to having President Ana Ruiz meet with Premier"
            " Ivo Lind at the summit in late June.",
            [("meeting", "proposed")],
        ),
        # near miss: the speaker's own meeting ahead
        (
            "Premier Ivo Lind said he is looking forward to meeting President Ana Ruiz at the summit in late"
            " June.",
            [("summit", "upcoming")],
        ),
    ],
)
def test_looking_forward_to_having_others_meet(text: str, expected: list[tuple[str, str]]) -> None:
    assert meetings_of(text, date(2014, 6, 9), "kind", "status") == expected
