"""Meetings, round 40: general rules found on unseen articles.

Talk told by a verb naming no kind of sitting ("discussed ... during their meeting") is the sitting the noun
names; a sitting held on the margins or fringes of a summit, conference or forum is not the gathering; "held
another round of consultations" holds them; "A and B's meeting" is the meeting of both owners; who invited a
traveller takes no part in the visit; "met A on Monday and B on Wednesday" is two sittings, each on its day,
and a headline's "talks with A, B" is those two; a site a traveller sees alone ("visited the Marine Science
Academy") is a stop, no visit.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 3, 8)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of talk beside the noun of the sitting it happened at: the sitting's kind
        (
            "President Ana Lopez and Prime Minister John Hale discussed fishing rights during their meeting.",
            [("meeting", {"Ana Lopez", "John Hale"})],
        ),
        (
            "President Ana Lopez said she discussed with Prime Minister John Hale the border issue during a "
            "meeting in Lima.",
            [("meeting", {"Ana Lopez", "John Hale"})],
        ),
        (
            "At their meeting, President Ana Lopez conferred with Prime Minister John Hale on trade.",
            [("meeting", {"Ana Lopez", "John Hale"})],
        ),
        # near misses: talks told by their own word stay talks; a verb of talk alone stays talks
        (
            "President Ana Lopez held talks with Prime Minister John Hale during a meeting in Lima.",
            [("talks", {"Ana Lopez", "John Hale"})],
        ),
        (
            "President Ana Lopez discussed fishing rights with Prime Minister John Hale.",
            [("talks", {"Ana Lopez", "John Hale"})],
        ),
    ],
)
def test_talk_verb_at_a_named_sitting(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a sitting on the margins or fringes of a gathering: a meeting of its own
        (
            "President Ana Lopez and Prime Minister John Hale met on the margins of the ASEAN summit in Jakarta.",
            ["meeting", "summit"],
        ),
        (
            "President Ana Lopez met with Prime Minister John Hale on the fringes of the Bled Strategic Forum.",
            ["meeting"],
        ),
        # near misses, as before: a party set off by commas; held before the gathering, somewhere else; a
        # summit of the two alone
        (
            "President Ana Lopez met with John Hale, the Prime Minister of Fiji, at the G20 summit in Rome.",
            ["meeting", "summit"],
        ),
        (
            "President Ana Lopez met Prime Minister John Hale at the palace ahead of the ASEAN summit.",
            ["meeting", "summit"],
        ),
        (
            "President Ana Lopez and Prime Minister John Hale held a summit in Jakarta.",
            ["summit"],
        ),
    ],
)
def test_sitting_at_a_gathering(text: str, kinds: list[str]) -> None:
    assert [k for (k,) in meetings_of(text, PUBLISHED, "kind")] == kinds, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one round of a series of talks, told by its round: the talks, held by the subject
        (
            "Peru and Chile opened another round of trade negotiations in Lima on Monday.",
            [("talks", {"Peru", "Chile"})],
        ),
        (
            "Foreign Minister Ana Lopez and her counterpart John Hale began the third round of negotiations in "
            "Quito.",
            [("talks", {"Ana Lopez", "John Hale"})],
        ),
        (
            "Peru and Chile held a second round of inter-ministerial consultations in Lima.",
            [("talks", {"Peru", "Chile"})],
        ),
        # near misses: a round of something else; talks only agreed on, with no one named to hold them
        ("Peru held another round of layoffs in Lima on Monday.", []),
        ("The sides agreed to hold the next round of consultations in Lima.", []),
    ],
)
def test_round_of_talks(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # owners listed before the possessive: the sitting is theirs, all of them
        (
            "The deal follows President Ana Lopez and Prime Minister John Hale's meeting in Lima last week.",
            [("meeting", {"Ana Lopez", "John Hale"})],
        ),
        (
            "President Ana Lopez and Prime Minister John Hale\u2019s talks in Lima ended on Monday.",
            [("talks", {"Ana Lopez", "John Hale"})],
        ),
        (
            "Trade topped the agenda at President Ana Lopez, Prime Minister John Hale and Premier Mary Stone's summit "
            "in Lima on Monday.",
            [("summit", {"Ana Lopez", "John Hale", "Mary Stone"})],
        ),
        # near misses: one owner and a bare noun (no one met); one owner and the one met after "with"
        ("President Ana Lopez's meeting was cordial.", []),
        (
            "President Ana Lopez's meeting with Prime Minister John Hale in Lima ended on Monday.",
            [("meeting", {"Ana Lopez", "John Hale"})],
        ),
    ],
)
def test_joint_owners_of_a_sitting(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one who invited the traveller asked for the trip: the visit is the traveller's and the land's
        (
            "Trade Minister Ana Lopez will travel to Japan in June at the invitation of Speaker Ken Sato.",
            [("visit", {"Ana Lopez", "Japan"})],
        ),
        (
            "Prime Minister Ana Lopez will be on a state visit to Kenya next week at the special invitation of "
            "President John Hale.",
            [("visit", {"Ana Lopez", "Kenya"})],
        ),
        (
            "Prime Minister Ana Lopez arrived in Kenya on Monday upon the invitation of President John Hale.",
            [("visit", {"Ana Lopez", "Kenya"})],
        ),
        # (so at a meeting: who invited the two to meet is not one of them)
        (
            "Prime Minister Ana Lopez met President John Hale at the invitation of King Ken Sato.",
            [("meeting", {"Ana Lopez", "John Hale"})],
        ),
        # near misses: the one met is a party; one who sent an invitation, told apart; the one invited travels
        (
            "Prime Minister Ana Lopez will visit Kenya next week to meet President John Hale.",
            [("visit", {"Ana Lopez", "Kenya"}), ("meeting", {"Ana Lopez", "John Hale"})],
        ),
        (
            "Prime Minister Ana Lopez held talks with President John Hale, who had sent her an invitation.",
            [("talks", {"Ana Lopez", "John Hale"})],
        ),
        (
            "Prime Minister Ana Lopez invited President John Hale to visit Peru.",
            [("visit", {"John Hale", "Peru"})],
        ),
    ],
)
def test_inviter_of_a_visit(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each object of the verb told with a day of its own: a sitting apart on each day
        (
            "President Ana Lopez met Prime Minister John Hale on Monday and President Mary Stone on Wednesday.",
            [
                ("meeting", {"Ana Lopez", "John Hale"}, "2024-03-04"),
                ("meeting", {"Ana Lopez", "Mary Stone"}, "2024-03-06"),
            ],
        ),
        (
            "Foreign Minister Ana Lopez is to meet Premier Mary Stone on Thursday and President John Hale the next day.",
            [
                ("meeting", {"Ana Lopez", "Mary Stone"}, "2024-03-14"),
                ("meeting", {"Ana Lopez", "John Hale"}, "2024-03-15"),
            ],
        ),
        (
            "Foreign Minister Ana Lopez held talks with Prime Minister John Hale on Tuesday and President Mary "
            "Stone on Thursday.",
            [
                ("talks", {"Ana Lopez", "John Hale"}, "2024-03-05"),
                ("talks", {"Ana Lopez", "Mary Stone"}, "2024-03-07"),
            ],
        ),
        # near misses: one day for both; a party's apposition with no day of its own
        (
            "President Ana Lopez met Prime Minister John Hale and President Mary Stone on Monday.",
            [("meeting", {"Ana Lopez", "John Hale", "Mary Stone"}, "2024-03-04")],
        ),
        (
            "President Ana Lopez met Prime Minister John Hale, the envoy of Peru, on Monday.",
            [("meeting", {"Ana Lopez", "John Hale"}, "2024-03-04")],
        ),
    ],
)
def test_each_object_on_its_day(text: str, expected: list[tuple[str, set[str], str]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's talks with the parties the story then meets one a day: those sittings
        (
            "Lopez in Lima for talks with Stone, Hale\n\nForeign Minister Ana Lopez arrived in Lima on Sunday. "
            "Lopez is to meet Prime Minister Mary Stone on Tuesday and President John Hale the next day.",
            [
                ("visit", {"Ana Lopez", "Peru"}),
                ("meeting", {"Ana Lopez", "Mary Stone"}),
                ("meeting", {"Ana Lopez", "John Hale"}),
            ],
        ),
        # near misses: one sitting with both, the same day; talks with more parties than the sittings hold
        (
            "Lopez in Lima for talks with Hale, Stone\n\nForeign Minister Ana Lopez arrived in Lima on Sunday. "
            "Lopez will meet President John Hale and Prime Minister Mary Stone on Monday.",
            [("talks", {"Ana Lopez", "John Hale", "Mary Stone"}), ("visit", {"Ana Lopez", "Peru"})],
        ),
        (
            "Foreign Minister Ana Lopez will hold talks with President John Hale, Prime Minister Mary Stone and "
            "King Ken Sato this week. Lopez is to meet Prime Minister Mary Stone on Tuesday and President John "
            "Hale the next day.",
            [
                ("talks", {"Ana Lopez", "John Hale", "Mary Stone", "Ken Sato"}),
                ("meeting", {"Ana Lopez", "Mary Stone"}),
                ("meeting", {"Ana Lopez", "John Hale"}),
            ],
        ),
    ],
)
def test_headline_talks_told_one_each(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site a traveller sees alone (a school, a market, a plant, a shrine): a stop, no visit of actors
        ("King Ana Lopez visited the Marine Science Academy on Monday.", []),
        ("President Ana Lopez toured the Toyota Motor Plant in Kentucky on Monday.", []),
        ("President Ana Lopez visited the Yasukuni Shrine on Monday.", []),
        # near misses: a city, a seat of government, a site in a land named as reached
        ("President Ana Lopez visited Hiroshima on Monday.", [("visit", {"Ana Lopez"})]),
        ("President Ana Lopez visited the Pentagon on Monday.", [("visit", {"Ana Lopez", "Pentagon"})]),
        (
            "President Ana Lopez will visit the Central Fish Market in Lisbon on Monday.",
            [("visit", {"Ana Lopez", "Portugal"})],
        ),
    ],
)
def test_site_seen_alone(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text
