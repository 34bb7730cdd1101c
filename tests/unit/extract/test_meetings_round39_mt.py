"""Meetings, round 39: recall and participants on unseen articles (sittings each told apart, the person
who holds them, groups that meet).

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of, parties_of

PUBLISHED = date(2024, 3, 15)  # a Friday

_LEAD = "President Pedro Salas of Peru returned to Lima on Thursday. "


# -- "held meetings with A, B and C": the plural tells one sitting with each ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz held meetings with President Pedro Salas, Governor Luis Vega and Senator Marta Gil.",
        "On Monday, Ana Ruiz had meetings with President Pedro Salas, Governor Luis Vega and Senator Marta Gil.",
        "Ana Ruiz will also hold meetings with President Pedro Salas, Governor Luis Vega and Senator Marta Gil.",
    ],
)
def test_meetings_with_a_list_are_one_each(text: str) -> None:
    assert sorted(map(sorted, parties_of(text, PUBLISHED))) == [
        ["Ana Ruiz", "Luis Vega"],
        ["Ana Ruiz", "Marta Gil"],
        ["Ana Ruiz", "Pedro Salas"],
    ]


@pytest.mark.parametrize(
    "text",
    [
        # one sitting with them all, told in the singular, or by the verb
        "Ana Ruiz held a meeting with President Pedro Salas, Governor Luis Vega and Senator Marta Gil.",
        "Ana Ruiz met President Pedro Salas, Governor Luis Vega and Senator Marta Gil on Monday.",
        "Ana Ruiz held talks with President Pedro Salas, Governor Luis Vega and Senator Marta Gil.",
    ],
)
def test_one_sitting_with_a_list_near_misses(text: str) -> None:
    assert parties_of(text, PUBLISHED) == [frozenset({"Ana Ruiz", "Pedro Salas", "Luis Vega", "Marta Gil"})]


# -- "During his visit to X, he met A, B and C": "his" is the subject's, not a person listed later -------------


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "During his visit to Chile, he met Governor Luis Vega, Senator Marta Gil and Mayor Rosa Paz.",
        _LEAD
        + "After his talks in Chile, he went on to meet Governor Luis Vega, Senator Marta Gil and Mayor Rosa Paz.",
        _LEAD
        + "Ahead of his visit to Chile, he spoke with Governor Luis Vega, Senator Marta Gil and Mayor Rosa Paz.",
    ],
)
def test_fronted_possessive_is_the_pronoun_subjects(text: str) -> None:
    found = parties_of(text, PUBLISHED)
    assert found
    assert all("Pedro Salas" in parties for parties in found)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the main clause opens with the person the fronted clause's "his" looks ahead to
        (
            "Speaking after his talks with Governor Luis Vega, President Pedro Salas said trade came first.",
            [frozenset({"Pedro Salas", "Luis Vega"})],
        ),
        (
            "During his visit to Chile, President Pedro Salas met Governor Luis Vega and Senator Marta Gil.",
            [frozenset({"Pedro Salas", "Chile"}), frozenset({"Pedro Salas", "Luis Vega", "Marta Gil"})],
        ),
    ],
)
def test_fronted_possessive_near_misses(text: str, parties: list[frozenset[str]]) -> None:
    assert parties_of(text, PUBLISHED) == parties


# -- "A and B's foreign ministers met": the sides own the unnamed people who meet -----------------------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Peru and Chile's foreign ministers met in Lima on Tuesday.", {"Peru", "Chile"}),
        ("Peru and Chile's top security officials will meet in Quito on Monday.", {"Peru", "Chile"}),
        (
            "Governor Luis Vega met Peru and Chile's trade envoys in Quito on Monday.",
            {"Luis Vega", "Peru", "Chile"},
        ),
    ],
)
def test_sides_owning_the_people_meet(text: str, parties: set[str]) -> None:
    assert parties_of(text, PUBLISHED) == [frozenset(parties)]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a person's aides are no side of theirs; a singular after "'s" is an adjective ("official")
        ("Ana Ruiz and Pedro Salas's aides met in Lima on Tuesday.", []),
        (
            "President Ana Ruiz met Governor Luis Vega at the Government's official guest house on Monday.",
            [frozenset({"Ana Ruiz", "Luis Vega"})],
        ),
    ],
)
def test_sides_owning_people_near_misses(text: str, parties: list[frozenset[str]]) -> None:
    assert parties_of(text, PUBLISHED) == parties


# -- two triggers of one sentence told with clashing days are two events ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "President Pedro Salas on Tuesday received Envoy Luis Vega, who brought a message from President Ana "
        "Ruiz, after the cancellation of the March 20 Regional Summit on the border crisis.",
        "President Pedro Salas on Tuesday received Envoy Luis Vega ahead of the Regional Summit on March 20.",
    ],
)
def test_sitting_and_summit_of_other_days_stay_apart(text: str) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "start", "participants") == [
        ("meeting", "2024-03-12", frozenset({"Pedro Salas", "Luis Vega"}))
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # one day told once, or the same day: one event
        ("President Pedro Salas met Envoy Luis Vega on Tuesday for talks on the border.", "talks"),
        ("President Pedro Salas on Tuesday received Envoy Luis Vega for talks held the same day.", "talks"),
    ],
)
def test_sitting_told_twice_same_day_near_misses(text: str, kind: str) -> None:
    assert [k for (k,) in meetings_of(text, PUBLISHED, "kind")] == [kind]


# -- "a meeting presided over by X": the one presiding takes part, as in "chaired by X" ----------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "The ASEAN ministers, at a meeting presided over by Foreign Minister Rosa Paz of Laos, approved the "
            "budget.",
            None,
        ),
        (
            "The ASEAN ministers approved the budget on Sunday, at a meeting presided over by Foreign Minister "
            "Rosa Paz of Laos.",
            "2024-03-10",
        ),
    ],
)
def test_meeting_presided_over_by(text: str, start: str | None) -> None:
    assert meetings_of(text, PUBLISHED, "start", "participants") == [
        (start, frozenset({"Association of Southeast Asian Nations", "Rosa Paz"}))
    ]


@pytest.mark.parametrize(
    "text",
    [
        # one person presiding alone, or over no sitting
        "The meeting, presided over by Governor Luis Vega, lasted two hours.",
        "President Ana Ruiz presided over the signing of the trade deal on Monday.",
    ],
)
def test_presided_over_near_misses(text: str) -> None:
    assert parties_of(text, PUBLISHED) == []


# -- one sitting of the same parties told as a summit and again as their talks or meeting ---------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "President Ana Ruiz of Peru will meet President Pedro Salas of Chile in Lima on May 2. "
            "The first summit of Ruiz and Salas is to focus on trade.",
            "meeting",
        ),
        (
            "Peru-Chile Summit Declaration\n\nWe, the leaders of Peru and Chile, met in Lima to renew our partnership.",
            "summit",
        ),
    ],
)
def test_summit_told_again_as_the_sitting(text: str, kind: str) -> None:
    assert [k for (k,) in meetings_of(text, PUBLISHED, "kind")] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        # a summit to come after a past meeting; another day; other parties
        "President Ana Ruiz of Peru met President Pedro Salas of Chile in Lima on Monday. "
        "Ruiz and Salas will hold a summit in Santiago in June.",
        "President Ana Ruiz of Peru met President Pedro Salas of Chile in Lima on Monday. "
        "Ruiz and Salas held a summit on Tuesday.",
        "President Ana Ruiz of Peru met President Pedro Salas of Chile in Lima on Monday. "
        "Ruiz, Salas and President Luis Vega of Bolivia held a summit on Tuesday.",
    ],
)
def test_summit_and_sitting_near_misses(text: str) -> None:
    assert len(meetings_of(text, PUBLISHED, "kind")) == 2


# -- "The ECOWAS leaders met on Sunday": a body's dated sitting told by the verb, its people the subject -------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The ECOWAS leaders met on Sunday and agreed on new sanctions.", "2024-03-10"),
        ("On May 4, 2023, the ASEAN foreign ministers met and backed a peace plan.", "2023-05-04"),
        ("NATO met on Thursday to discuss the air defence plan.", "2024-03-14"),
    ],
)
def test_body_members_met_on_a_day(text: str, start: str) -> None:
    assert [s for (s,) in meetings_of(text, PUBLISHED, "start")] == [start]


@pytest.mark.parametrize(
    "text",
    [
        # a sitting of a body named by a noun, past and placeless: as before, not reported
        "The deal was signed during a meeting of the ECOWAS leaders on Sunday.",
        # the body's people met, but no day is told
        "The ECOWAS leaders met and agreed on new sanctions.",
    ],
)
def test_body_members_met_near_misses(text: str) -> None:
    assert meetings_of(text, PUBLISHED, "start") == []


# -- "Regarding Mali, ...": an opening phrase names the topic, not one who meets ------------------------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("As regards Niger, Ghana and Togo held talks on Monday.", {"Ghana", "Togo"}),
        ("As for Peru, Chile and Bolivia held talks on Monday.", {"Chile", "Bolivia"}),
        (
            "Regarding Myanmar, the ASEAN ministers approved the budget on Sunday at a meeting presided over by "
            "Foreign Minister Rosa Paz of Laos.",
            {"Association of Southeast Asian Nations", "Rosa Paz"},
        ),
    ],
)
def test_topic_opening_names_no_party(text: str, parties: set[str]) -> None:
    assert parties_of(text, PUBLISHED) == [frozenset(parties)]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a topic with no actor, or a plain opening date: the subject as before
        ("Concerning the border, Ghana and Togo held talks on Monday.", {"Ghana", "Togo"}),
        ("On Monday, Peru, Chile and Bolivia held talks in Lima.", {"Peru", "Chile", "Bolivia"}),
    ],
)
def test_topic_opening_near_misses(text: str, parties: set[str]) -> None:
    assert parties_of(text, PUBLISHED) == [frozenset(parties)]
