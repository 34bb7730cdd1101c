"""Stage statements, round 16: 'X agreed that ...' voices a view (a plan, 'agreed to meet', does
not), and 'the <body> <role>' is the one person of that body named before, even after another
speaker."""

from __future__ import annotations

import pytest

from briefing_tui.extract import statements
from tests.unit.extract.helpers import RUIZ_BERG_ANDEAN as CAST
from tests.unit.extract.helpers import Cast, make_doc, run, said_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berg agreed that dialogue is the only way to end the dispute.",
            [("indirect", "Tom Berg", "dialogue is the only way to end the dispute")],
        ),
        ('"We will meet again soon," Berg agreed.', [("direct", "Tom Berg", "We will meet again soon")]),
        # a plan or a topic agreed on is no statement
        ("Berg agreed to meet Ruiz in Lima next week.", []),
        ("Berg and Ruiz agreed on a plan for the port.", []),
        # 'agreed to' is no speech verb: the attribution at the end still takes the sentence
        (
            "Berg spoke with Ruiz, and the two agreed to hold more talks soon, the AU said.",
            [
                (
                    "indirect",
                    "Andean Union",
                    "Berg spoke with Ruiz, and the two agreed to hold more talks soon",
                )
            ],
        ),
    ],
)
def test_agreed_that(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


def _run_with_affiliations(text: str, affiliations: dict[str, str]) -> list[tuple[str, str | None, str]]:
    """Like ``run``, with affiliations and each entity's mentions filled in as coref would."""
    doc = make_doc(text, BODIES)
    for i, m in enumerate(doc.mentions):
        if m.entity is not None:
            doc.entities[m.entity].mentions.append(i)
    for e in doc.entities:
        e.affiliation = affiliations.get(e.name)
    statements.find(doc)
    return said_in(doc)


BODIES = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz",)),
        "Tom Berg": ("person", ("Berg",)),
        "Omar Haddad": ("person", ("Haddad",)),
        "Peru": ("country", ()),
        "Chile": ("country", ()),
    },
    pronouns={"she": "Ana Ruiz"},
)
_MEETING = "Ruiz received Omar Haddad, the envoy of Chile, last week. "
_SPOKE = "Ruiz said that the talks were useful for both sides. "


@pytest.mark.parametrize(
    ("text", "affiliations", "expected"),
    [
        # 'the Chile envoy' after Ruiz spoke: the one person of Chile named before
        (
            _MEETING + _SPOKE + "The Chile envoy noted that dialogue is the only way out.",
            {"Ana Ruiz": "Peru", "Omar Haddad": "Chile"},
            [
                ("indirect", "Ana Ruiz", "the talks were useful for both sides"),
                ("indirect", "Omar Haddad", "dialogue is the only way out"),
            ],
        ),
        # two people of Chile: which one is meant is not known, so Chile itself speaks
        (
            _MEETING
            + "Tom Berg of Chile came too. "
            + _SPOKE
            + "The Chile envoy noted that dialogue is the only way out.",
            {"Ana Ruiz": "Peru", "Omar Haddad": "Chile", "Tom Berg": "Chile"},
            [
                ("indirect", "Ana Ruiz", "the talks were useful for both sides"),
                ("indirect", "Chile", "dialogue is the only way out"),
            ],
        ),
        # nobody of Chile named before
        (
            _SPOKE + "The Chile envoy noted that dialogue is the only way out.",
            {"Ana Ruiz": "Peru"},
            [
                ("indirect", "Ana Ruiz", "the talks were useful for both sides"),
                ("indirect", "Chile", "dialogue is the only way out"),
            ],
        ),
    ],
)
def test_body_role_is_its_one_member(text: str, affiliations: dict, expected: list) -> None:
    assert _run_with_affiliations(text, affiliations) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X's office / cabinet": the staff speaks for X, so X is not the speaker
        ("Berg's office said the talks went well.", [("indirect", "Berg's office", "the talks went well")]),
        (
            "According to Berg's cabinet, the two sides also discussed trade.",
            [("indirect", "Berg's cabinet", "the two sides also discussed trade")],
        ),
        # X himself, or X at his office, is X
        (
            "According to Berg, the two sides also discussed trade.",
            [("indirect", "Tom Berg", "the two sides also discussed trade")],
        ),
        (
            "Berg said in his office that the talks went well.",
            [("indirect", "Tom Berg", "the talks went well")],
        ),
    ],
)
def test_owned_office_speaks(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's role after 'According to X,' is no part of what X said
        (
            "According to Berg, a spokesman for the AU, the talks will resume in May.",
            [("indirect", "Tom Berg", "the talks will resume in May")],
        ),
        # a short clause before a quote that goes on in lower case: X's report, quote and all; the quote is
        # Ruiz's, 'during the call' between her and her verb as 'on Monday' would be (round 40)
        (
            'According to Berg, a spokesman for the AU, Ruiz during the call "stressed the need for calm in the region".',
            [
                ("indirect", "Tom Berg", 'Ruiz during the call "stressed the need for calm in the region"'),
                ("direct", "Ana Ruiz", "stressed the need for calm in the region"),
            ],
        ),
        # no role after the comma: the content starts there
        (
            "According to Berg, the minister will visit Lima soon.",
            [("indirect", "Tom Berg", "the minister will visit Lima soon")],
        ),
        # another sentence between: the quote is not X's
        (
            'According to Berg, the talks ended. Ruiz "stressed the need for calm".',
            [
                ("indirect", "Tom Berg", "the talks ended"),
                ("direct", "Ana Ruiz", "stressed the need for calm"),
            ],
        ),
    ],
)
def test_according_to_with_role_and_clause(text: str, expected: list) -> None:
    assert run(text, CAST) == expected
