"""Review of round 27 (statements): rules that misfired on sentences of my own."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import RUIZ_BERG as CAST
from tests.unit.extract.helpers import Cast, built, run, sentences_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'Md.' after a town is Maryland and may end the sentence before a usual opener
        (
            "The mayor spoke in Rockville, Md. The council met later.",
            ["The mayor spoke in Rockville, Md.", "The council met later."],
        ),
        (
            "Crews worked near Bethesda, Md. They left at dusk.",
            ["Crews worked near Bethesda, Md.", "They left at dusk."],
        ),
        # the given name written short still keeps its stop inside the name
        (
            "Adviser Md. Rafiq Karim arrived. He spoke briefly.",
            ["Adviser Md. Rafiq Karim arrived.", "He spoke briefly."],
        ),
        (
            "Md. Salim Uddin chaired the panel.",
            ["Md. Salim Uddin chaired the panel."],
        ),
    ],
)
def test_md_may_end_a_sentence(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'choosing/opting to' as the clause's own verb after a form of 'be': part of what was said
        (
            "Ruiz said more families are opting to rent rather than buy homes.",
            [("indirect", "Ana Ruiz", "more families are opting to rent rather than buy homes")],
        ),
        (
            "Berg said voters were increasingly choosing to stay at home.",
            [("indirect", "Tom Berg", "voters were increasingly choosing to stay at home")],
        ),
        # the intended case: a participle of choice after the clause, the writer's gloss
        (
            "Ruiz has announced she will step down in June choosing to end a long career.",
            [("indirect", "Ana Ruiz", "she will step down in June")],
        ),
    ],
)
def test_a_participle_of_choice_after_be_is_the_clause_verb(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a topic discussed is no statement, whoever it was discussed with (round 30)
        ("Ruiz discussed ways to deal with Chile's drought at the cabinet meeting.", []),
        ("Berg discussed plans to cooperate with Peru on fishing.", []),
        # the intended case: a topic discussed with someone named is shared, jointly
        ("Ruiz discussed the resumption of talks with President Tom Berg.", []),
        ("Ruiz discussed the plan to build a port with her counterpart.", []),
    ],
)
def test_with_inside_the_topic_names_no_partner(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that opens 'X and ...' but whose subject of the verb stands in a later clause
        (
            "President Ana Ruiz and her husband landed in Oslo on Monday, where Ruiz praised the fishing"
            " quotas at length.",
            [("indirect", "Ana Ruiz", "the fishing quotas at length")],
        ),
        # the intended case: a name and 'and' before the second one's title, both discuss, jointly
        (
            "President Ana Ruiz and visiting trade minister Tom Berg on Friday discussed the fishing quotas.",
            [],
        ),
        (
            "President Ana Ruiz and visiting Minister of Economy, Planning, and Trade Tom Berg on Friday"
            " discussed the fishing quotas.",
            [],
        ),
    ],
)
def test_joined_opening_stops_at_a_new_clause(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause without 'that' with a subject and verb of its own: its subject did the 'while' doing
        (
            "Ruiz said the minister was injured while visiting the port.",
            [("indirect", "Ana Ruiz", "the minister was injured while visiting the port")],
        ),
        (
            "Berg said two guards had been hurt while touring the border fence.",
            [("indirect", "Tom Berg", "two guards had been hurt while touring the border fence")],
        ),
        # the intended case: an object announced while the speaker was elsewhere
        (
            "Ruiz announced a new fishing pact with Chile while visiting Santiago on Monday.",
            [("indirect", "Ana Ruiz", "a new fishing pact with Chile")],
        ),
    ],
)
def test_while_doing_inside_a_clause_without_that(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


_BODIES = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz",)),
        "Ministry of Trade": ("organization", ()),
        "Lima Daily News": ("organization", ()),
    },
    pronouns={"she": "Ana Ruiz"},
)
_FALL = "Wages will also fall next year"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the newspaper' after a body that is no medium spoke: a medium unnamed, not that body
        (
            f"The Ministry of Trade said taxes would rise in June. {_FALL}, the newspaper said.",
            [
                ("indirect", "Ministry of Trade", "taxes would rise in June"),
                ("indirect", "the newspaper", _FALL),
            ],
        ),
        # the intended case: a medium spoke before, and 'the newspaper' names it again
        (
            f"The Lima Daily News said taxes would rise in June. {_FALL}, the newspaper said.",
            [
                ("indirect", "Lima Daily News", "taxes would rise in June"),
                ("indirect", "Lima Daily News", _FALL),
            ],
        ),
    ],
)
def test_the_newspaper_is_a_medium_named_before(text: str, expected: list) -> None:
    assert run(text, _BODIES) == expected
