"""Review of round 39: misreadings found in the round's commits, mended.

Sentences here are our own, short, with invented names.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract import rolelists
from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import meetings_of, names, parties_of, sides
from tests.unit.extract.test_review_rv38 import _CountingGaps

PUBLISHED = date(2024, 3, 15)  # a Friday


# -- 387328d: a fronted clause's "his" looks ahead to the main clause's subject, past an aside in the clause ---


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # an aside or a "with" phrase inside the fronted clause does not open the main clause
        (
            "During his stay in Quito, where he met Mayor Rosa Paz, President Tomas Ortiz said ports came first.",
            [frozenset({"Tomas Ortiz", "Rosa Paz"})],
        ),
        (
            "Before his trip to Bolivia, which takes in La Paz, Minister Hugo Reyes met Senator Eva Lima.",
            [frozenset({"Hugo Reyes", "Bolivia"}), frozenset({"Hugo Reyes", "Eva Lima"})],
        ),
        # near miss: the main clause opens with a pronoun, and the list after it is no subject
        (
            "Hugo Reyes flew back on Monday. During his trip to Bolivia, he met Mayor Rosa Paz, Senator Eva Lima"
            " and Governor Ivan Cruz.",
            [
                frozenset({"Hugo Reyes", "Bolivia"}),
                frozenset({"Hugo Reyes", "Rosa Paz", "Eva Lima", "Ivan Cruz"}),
            ],
        ),
    ],
)
def test_fronted_possessive_looks_past_an_aside(text: str, parties: list[frozenset[str]]) -> None:
    assert parties_of(text, PUBLISHED) == parties


# -- b8ca66e: a sitting held at a dated summit takes its days; one held elsewhere before or after it does not --


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # held at the gathering, with no day of its own: the gathering's days
        ("Mayor Rosa Paz met Senator Eva Lima at the annual ASEAN summit in Jakarta in August.", "2023-08"),
        # held somewhere else, before or after the gathering: no day of its own, none borrowed
        (
            "Mayor Rosa Paz met Senator Eva Lima at her office ahead of the ASEAN summit in Jakarta in August.",
            None,
        ),
        (
            "Mayor Rosa Paz met Senator Eva Lima at a hotel before the NATO conference in Oslo in August.",
            None,
        ),
    ],
)
def test_sitting_elsewhere_than_the_gathering_keeps_no_day(text: str, start: str | None) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "start")[0] == ("meeting", start)


# -- 96bf0fd: a country joined to a participle is no side, before the name as after it ----------------------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # "U.S.-funded" before the person's title: who funds them, not their side (96bf0fd read it after the name)
        (
            "Talks resumed between President Luis Arce and the U.S.-funded rights campaigner Eva Lima.",
            "Bolivia",
        ),
        ("U.S.-trained army chief Eva Lima met President Luis Arce in La Paz.", "Bolivia"),
        # near misses: the country as the person's own side
        ("Talks resumed between President Luis Arce and the U.S. envoy Eva Lima.", "United States"),
        ("Talks resumed between President Luis Arce and Eva Lima, the U.S. envoy.", "United States"),
    ],
)
def test_country_joined_to_a_participle_before_the_name_is_no_side(text: str, side: str) -> None:
    assert sides(text, PUBLISHED)["Eva Lima"] == side


# -- 4350d51: offices listed "respectively" are read in linear time -----------------------------------------


@pytest.mark.parametrize("names", [100, 400])
def test_a_long_list_under_a_plural_office_is_read_in_linear_time(
    monkeypatch: pytest.MonkeyPatch, names: int
) -> None:
    """respective_offices walked the list on from each of its names to see whether "respectively" closed
    it: n * n gap look-ups in a sentence of n names under a plural word (80,000 characters of "The
    ministers met Pompeo and Lavrov and ..." took 3 s, 0.3 s before). Each name's list end is found once."""
    monkeypatch.setattr(rolelists, "_LIST_GAPS", _CountingGaps(rolelists._LIST_GAPS))
    _CountingGaps.looked_up = 0
    build_document("The ministers met " + "Pompeo and Lavrov and " * (names // 2) + "Blinken.", PUBLISHED)
    assert _CountingGaps.looked_up < 8 * names


def test_offices_listed_respectively_still_go_to_each_holder() -> None:
    text = "The ministers of Peru and Chile, Eva Lima and Ivan Cruz, respectively, met in Quito."
    assert sides(text, PUBLISHED) == {"Eva Lima": "Peru", "Ivan Cruz": "Chile"}


# -- 0212d99: the UN's missions are bodies by their initials, not only the one an open excerpt named ------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("UNIFIL said its patrols along the border were calm.", "United Nations Interim Force in Lebanon"),
        ("UNAMA said the talks in Kabul were useful.", "United Nations Assistance Mission in Afghanistan"),
        ("UNMISS said the road to Bor was open again.", "United Nations Mission in South Sudan"),
        ("UNSMIL urged both camps to return to the table.", "United Nations Support Mission in Libya"),
    ],
)
def test_un_missions_are_bodies(text: str, body: str) -> None:
    assert names(text, PUBLISHED, "organization") == [body]
