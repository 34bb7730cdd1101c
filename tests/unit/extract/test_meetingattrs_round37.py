"""Meeting attributes, round 37: general rules found on unseen articles ("last evening" dates a call, a
country's capital told by its owner places a sitting, people present at the sitting told before join
it, a gathering of heads of state is a summit, a press conference faced alone is no meeting; events listed after
", including" and events a past verb attends are told in that verb's tense; a body after a place's comma
is not part of it)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of, timexes_of

PUBLISHED = date(2023, 3, 9)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last evening" is the evening before publication, as "last night"
        ("The two premiers spoke by phone last evening.", [("last evening", "2023-03-08")]),
        ("Last evening, the envoy landed in Nairobi.", [("Last evening", "2023-03-08")]),
        ("The minister called his counterpart last night.", [("last night", "2023-03-08")]),
        # near misses: the evening of the day, and an evening with no day
        ("The envoy lands in Nairobi this evening.", [("this evening", "2023-03-09")]),
        ("The talks lasted until the last evening of the session.", []),
        ("On its last night in port the ship was quiet.", []),
        ("She spoke on the evening news.", []),
    ],
)
def test_last_evening(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected, text


def test_last_evening_dates_the_call() -> None:
    text = "Prime Minister Ravi Sharma and President Ana Rojas held a telephone conversation last evening."
    assert meetings_of(text, PUBLISHED, "kind", "start") == [("call", "2023-03-08")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a country's capital told by its owner is the capital city, or the name told after the noun
        ("President Ana Rojas met Prime Minister Ravi Sharma in Kenya's capital on Tuesday.", "Nairobi"),
        (
            "President Ana Rojas met Prime Minister Ravi Sharma in Kenya\u2019s capital city on Tuesday.",
            "Nairobi",
        ),
        (
            "President Ana Rojas met Prime Minister Ravi Sharma in Kenya's capital, Mombasa, on Tuesday.",
            "Mombasa",
        ),
        # "the country's capital" names the city after it, with a comma or without
        (
            "President Ana Rojas met Prime Minister Ravi Sharma in the country's capital Lusaka on Tuesday.",
            "Lusaka",
        ),
        (
            "President Ana Rojas met Prime Minister Ravi Sharma in the country's capital, Lusaka, on Tuesday.",
            "Lusaka",
        ),
        # near misses: the noun qualifies another ("capital markets"), or the owner is no country
        (
            "President Ana Rojas met Prime Minister Ravi Sharma in Kenya's capital markets week on Tuesday.",
            None,
        ),
        ("President Ana Rojas met Prime Minister Ravi Sharma at Kenya's embassy on Tuesday.", None),
        ("President Ana Rojas met Prime Minister Ravi Sharma in Lagos's business district on Tuesday.", None),
    ],
)
def test_owners_capital(text: str, place: str | None) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location") == [("meeting", place)], text


_SITTING = "Ambassador Ana Rojas met President Ravi Sharma at State House on Monday. "


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # people said to be present at the sitting just told take part in it; no sitting of their own
        (
            "Foreign Minister Luis Soto and Finance Minister Marco Quispe were also in the meeting.",
            [{"Ana Rojas", "Ravi Sharma", "Luis Soto", "Marco Quispe"}],
        ),
        ("Foreign Minister Luis Soto also attended the talks.", [{"Ana Rojas", "Ravi Sharma", "Luis Soto"}]),
        (
            "Foreign Minister Luis Soto was present at the meeting.",
            [{"Ana Rojas", "Ravi Sharma", "Luis Soto"}],
        ),
        # near misses: one still to come, a sitting of its own, a room
        ("Foreign Minister Luis Soto will also attend the meeting.", [{"Ana Rojas", "Ravi Sharma"}]),
        (
            "Foreign Minister Luis Soto met Finance Minister Marco Quispe in the meeting room.",
            [{"Ana Rojas", "Ravi Sharma"}, {"Luis Soto", "Marco Quispe"}],
        ),
    ],
)
def test_present_at_the_sitting(after: str, expected: list[set[str]]) -> None:
    assert [p for (p,) in meetings_of(_SITTING + after, PUBLISHED, "participants")] == expected, after


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a gathering of heads of state (or member states), or one they attend, is a summit
        (
            "President Ravi Sharma flew to Lusaka on Monday to attend the 9th Meeting of the Council of Heads of "
            "Member States of the Shanghai Cooperation Organisation.",
            "summit",
        ),
        (
            "The Pacific Islands Forum was held in Apia on Monday and was attended by the Heads of State of Fiji "
            "and Samoa.",
            "summit",
        ),
        (
            "The Pacific Islands Forum was held in Apia on Monday and was attended by leaders of the region.",
            "summit",
        ),
        # a named forum its leaders are said to hold as a summit
        ("Leaders of the Pacific Islands Forum (PIF) ended their summit in Apia on Monday.", "summit"),
        # near misses: attended by ministers; a meeting of a council of ministers; no word of a summit
        (
            "The Pacific Islands Forum was held in Apia on Monday and was attended by ministers of the region.",
            "conference",
        ),
        (
            "President Ravi Sharma flew to Lusaka on Monday to attend the 9th Meeting of the Council of Foreign "
            "Ministers of the Shanghai Cooperation Organisation.",
            "meeting",
        ),
        ("Ministers of the Pacific Islands Forum (PIF) ended their meeting in Apia on Monday.", "conference"),
    ],
)
def test_leaders_gathering_is_a_summit(text: str, kind: str) -> None:
    assert [k for (k,) in meetings_of(text, PUBLISHED, "kind") if k != "visit"] == [kind], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who faces reporters alone is named before a press conference; those named after it are what is
        # said or where: no meeting
        ("Two days ago President Ana Rojas in a press conference criticised Prime Minister Ravi Sharma.", []),
        (
            "Ana Rojas, head of the United Nations mission, spoke at a news conference at the United Nations.",
            [],
        ),
        # near misses: a joint one, and one held with a named guest
        (
            "President Ana Rojas and Prime Minister Ravi Sharma held a joint press conference on Monday.",
            [("conference", {"Ana Rojas", "Ravi Sharma"})],
        ),
        (
            "President Ana Rojas held a press conference with Prime Minister Ravi Sharma on Monday.",
            [("conference", {"Ana Rojas", "Ravi Sharma"})],
        ),
    ],
)
def test_press_conference_alone(text: str, expected: list[tuple[str, set[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected, text


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # events listed after ", including" take the tense of the clause that lists them, however long
        (
            "Trade envoy Mara Lenz is expected to take a long trip around the southern region with aides, "
            "including visits to Chile and Peru.",
            "upcoming",
        ),
        (
            "Foreign Minister Ana Rojas is due to make a long swing through the Gulf states and North Africa in "
            "the coming weeks, including talks with Prime Minister Ravi Sharma.",
            "upcoming",
        ),
        # near misses: a clause told in the past
        (
            "Foreign Minister Ana Rojas made a long swing through the Gulf states and North Africa in the past "
            "few weeks, including talks with Prime Minister Ravi Sharma.",
            "past",
        ),
        (
            "Foreign Minister Ana Rojas has made a long swing through the Gulf states and North Africa in the "
            "past few weeks, including talks with Prime Minister Ravi Sharma.",
            "past",
        ),
    ],
)
def test_listed_events_take_the_clause_tense(text: str, status: str) -> None:
    assert [s for (s,) in meetings_of(text, PUBLISHED, "status")] == [status], text


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # an event noun that a past verb attends or holds was held, whatever wish a clause before tells
        (
            "Chile and Peru want to help the talks and their defence ministers attended a UN-backed meeting "
            "in Geneva with Prime Minister Ravi Sharma.",
            "past",
        ),
        (
            "Kenya hopes to mediate and its foreign minister chaired a regional meeting in Nairobi with "
            "President Ana Rojas.",
            "past",
        ),
        # near misses: the wish is the verb's own, or the verb is unreal
        ("Foreign Minister Luis Soto hopes to attend a meeting with Prime Minister Ravi Sharma.", "proposed"),
        (
            "Foreign Minister Luis Soto would have attended a meeting with Prime Minister Ravi Sharma if invited.",
            "proposed",
        ),
    ],
)
def test_attended_event_was_held(text: str, status: str) -> None:
    assert [s for (s,) in meetings_of(text, PUBLISHED, "status")] == [status], text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a body named after the place's comma opens the next clause: not part of the place
        ("At the close of a summit in Ghana, ECOWAS also issued a warning to the juntas.", "Ghana"),
        ("At a summit in Accra, NATO leaders agreed on a plan.", "Accra"),
        # near misses: a country after the city's comma is part of the place
        ("President Ana Rojas met Prime Minister Ravi Sharma in Doha, Qatar on Monday.", "Doha, Qatar"),
        ("President Ana Rojas met Prime Minister Ravi Sharma in Kyiv, Ukraine, on Monday.", "Kyiv, Ukraine"),
    ],
)
def test_body_after_the_place_comma(text: str, place: str) -> None:
    assert [p for (p,) in meetings_of(text, PUBLISHED, "location")] == [place], text
