"""Meeting merging, round 43: one event told twice is one meeting.

A sitting of the same two or more parties named again in a later sentence by a definite noun ("the talks
between A and B", "during his talks with A", "at A and B's talks") is the sitting the story told, even when
that later sentence names another place (a topic's, another event's): one record, with the first telling's
place, day and evidence. A sitting told by a verb ("after meeting A in Prague"), one told with a place of its
own right after its parties ("the meeting between A and B in Prague"), one told as before the story's, one on
another day and one with other parties stay apart.

A trip begun (an arrival, a start, on a day of the last week or none told) and told again in the future by
the same traveller to the same place ("X's visit to Y will end with ...", "her visit to Y will close
with ...") is one trip, under way; a trip told whole ("visited Y"), one of an earlier month, one
told as another ("again", "next") and one of another traveller stay apart.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 3, 8)  # a Friday

FIELDS = ("kind", "status", "location", "start", "participants")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sitting named again by the parties' possessive; the later sentence's place is a topic's
        (
            "Prime Minister Lena Hart held talks with President Paul Ober in Vienna on Tuesday. Hart and Ober's "
            "talks dwelt mostly on gas, and Hart spoke warmly of the terminals being built in Croatia.",
            [("talks", "past", "Vienna", "2024-03-05", ["Lena Hart", "Paul Ober"])],
        ),
        # "the talks between A and B" told again; the place is that of a forum they talked about
        (
            "President Ana Rudo met President Karl Feld in Minsk. A forum in Astana was on the list of subjects "
            "in the talks between Rudo and Feld.",
            [("talks", "past", "Minsk", None, ["Ana Rudo", "Karl Feld"])],
        ),
        # "during his talks with B", the guest's country named beside a city of the talks' topic
        (
            "Chancellor Edda Noll received Prime Minister Tomas Brek in Berlin on Monday. During his talks "
            "with Noll, Brek praised the new rail link to Poznan in Poland.",
            [("talks", "past", "Berlin", "2024-03-04", ["Edda Noll", "Tomas Brek"])],
        ),
    ],
)
def test_sitting_named_again_keeps_its_place(text: str, expected: list[tuple]) -> None:
    assert meetings_of(text, PUBLISHED, *FIELDS, parties=sorted) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near miss: a verb tells another sitting of the same two, elsewhere
        (
            "Prime Minister Lena Hart met President Paul Ober in Vienna on Tuesday. Hart said she was glad to "
            "return so soon after meeting Ober in Prague in the spring.",
            [
                ("meeting", "past", "Vienna", "2024-03-05", ["Lena Hart", "Paul Ober"]),
                ("meeting", "past", "Prague", None, ["Lena Hart", "Paul Ober"]),
            ],
        ),
        # near miss: the definite noun with a day of its own that clashes: two sittings
        (
            "Prime Minister Lena Hart held talks with President Paul Ober in Vienna on Tuesday. Hart recalled "
            "her meeting with Ober in Prague last November.",
            [
                ("talks", "past", "Vienna", "2024-03-05", ["Lena Hart", "Paul Ober"]),
                ("meeting", "past", "Prague", "2023-11", ["Lena Hart", "Paul Ober"]),
            ],
        ),
        # near misses: the definite noun told with a place of its own right after its parties: a sitting held
        # there, another one (the later sentence names no day to clash)
        (
            "Prime Minister Lena Hart held talks with President Paul Ober in Vienna on Tuesday. The talks went "
            "better than the meeting between Hart and Ober in Prague, which ended early.",
            [
                ("talks", "past", "Vienna", "2024-03-05", ["Lena Hart", "Paul Ober"]),
                ("meeting", "past", "Prague", None, ["Lena Hart", "Paul Ober"]),
            ],
        ),
        (
            "Chancellor Edda Noll received Prime Minister Tomas Brek in Berlin on Monday. Noll's meeting with "
            "Brek in Prague, kept secret at the time, had prepared the visit.",
            [
                ("meeting", "past", "Berlin", "2024-03-04", ["Edda Noll", "Tomas Brek"]),
                ("meeting", "past", "Prague", None, ["Edda Noll", "Tomas Brek"]),
            ],
        ),
        # near miss: other parties, another status: another sitting
        (
            "Prime Minister Lena Hart held talks with President Paul Ober in Vienna on Tuesday. The talks "
            "between Hart and Mila Sorn in Prague are due next week.",
            [
                ("talks", "past", "Vienna", "2024-03-05", ["Lena Hart", "Paul Ober"]),
                ("talks", "upcoming", "Prague", None, ["Lena Hart", "Mila Sorn"]),
            ],
        ),
    ],
)
def test_other_sittings_of_the_same_people_stay_apart(text: str, expected: list[tuple]) -> None:
    assert meetings_of(text, PUBLISHED, *FIELDS, parties=sorted) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trip begun this week, told again in the future: one trip, under way (past)
        (
            "Prime Minister Rosa Lind arrived in Peru on Tuesday on a three-day state visit. Lind's visit to "
            "Peru will end with a stop at the port of Callao.",
            [("visit", "past", "Peru", "2024-03-05", ["Peru", "Rosa Lind"])],
        ),
        (
            "Foreign Minister Omar Talib began a two-day trip to Nairobi on Thursday. Talib's trip to Nairobi "
            "will include a tour of the new rail terminal.",
            [("visit", "past", "Nairobi", "2024-03-07", ["Kenya", "Omar Talib"])],
        ),
        (
            "President Ana Rudo arrives in Chile on an official visit. Her visit to Chile will close with a "
            "speech to the senate.",
            [("visit", "past", "Chile", None, ["Ana Rudo", "Chile"])],
        ),
        # near miss: a trip told whole ("visited"), not begun, beside one to come: left apart
        (
            "Prime Minister Rosa Lind will visit Peru. Lind visited Peru, her office said in a later note.",
            [
                ("visit", "upcoming", "Peru", None, ["Peru", "Rosa Lind"]),
                ("visit", "past", "Peru", None, ["Peru", "Rosa Lind"]),
            ],
        ),
        # near miss: a trip of January and one to come: two trips
        (
            "Prime Minister Rosa Lind visited Peru in late January. Lind will visit Peru to open the new embassy.",
            [
                ("visit", "past", "Peru", "2024-01", ["Peru", "Rosa Lind"]),
                ("visit", "upcoming", "Peru", None, ["Peru", "Rosa Lind"]),
            ],
        ),
        # near misses: told as another trip ("again", "next"), or by another traveller
        (
            "Prime Minister Rosa Lind arrived in Peru on Tuesday on a state visit. Lind said she will visit "
            "Peru again soon.",
            [
                ("visit", "past", "Peru", "2024-03-05", ["Peru", "Rosa Lind"]),
                ("visit", "upcoming", "Peru", None, ["Peru", "Rosa Lind"]),
            ],
        ),
        (
            "Prime Minister Rosa Lind arrived in Peru on Tuesday on a state visit. Her next visit to Peru "
            "will focus on mining.",
            [
                ("visit", "past", "Peru", "2024-03-05", ["Peru", "Rosa Lind"]),
                ("visit", "upcoming", "Peru", None, ["Peru", "Rosa Lind"]),
            ],
        ),
        (
            "Prime Minister Rosa Lind arrived in Peru on Tuesday on a state visit. President Ana Rudo will "
            "visit Peru soon.",
            [
                ("visit", "past", "Peru", "2024-03-05", ["Peru", "Rosa Lind"]),
                ("visit", "upcoming", "Peru", None, ["Ana Rudo", "Peru"]),
            ],
        ),
    ],
)
def test_trip_under_way_told_in_the_future_is_one_trip(text: str, expected: list[tuple]) -> None:
    assert meetings_of(text, PUBLISHED, *FIELDS, parties=sorted) == expected, text
