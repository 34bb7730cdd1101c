"""Round 43: statements made by several speakers at once (sentences written for these tests, names invented).

A joint statement ('Varga and Rook said', 'the two leaders agreed that') is given to every member, one
statement each, so that following either actor shows it; a pair of actors that only meets, is talked
about or is passed on by someone else's report says nothing of its own.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import built

_MET = "Chancellor Ilse Varga met President Tomas Rook in Vienna on Tuesday.\n\n"
_BOTH = ("Ilse Varga", "Tomas Rook")


def _each(kind: str, speakers: tuple[str, ...], text: str) -> list[tuple[str, str, str]]:
    return sorted((kind, s, text) for s in speakers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coordinated subject of names: each name says it
        (
            "Ilse Varga and Tomas Rook said the rail link would open next spring.",
            _each("indirect", _BOTH, "the rail link would open next spring"),
        ),
        (
            "In a joint statement, Norway and Chile urged all fishing fleets to respect the new quotas.",
            _each("indirect", ("Norway", "Chile"), "all fishing fleets to respect the new quotas"),
        ),
        # a list of three after the office they hold
        (
            "The foreign ministers of Chile, Peru and Bolivia condemned the raid on the aid convoy.",
            _each("indirect", ("Chile", "Peru", "Bolivia"), "the raid on the aid convoy"),
        ),
        # 'the two leaders', 'both leaders', 'the leaders': the two persons just named together
        (
            _MET + "The two leaders agreed that the rail link must be finished by 2027.",
            _each("indirect", _BOTH, "the rail link must be finished by 2027"),
        ),
        (
            _MET + "Both leaders stressed that the border crossings would stay open.",
            _each("indirect", _BOTH, "the border crossings would stay open"),
        ),
        (
            _MET + "The leaders also expressed concern over the floods in the south.",
            _each("indirect", _BOTH, "concern over the floods in the south"),
        ),
        # 'they' right after a joint statement goes on with the same members
        (
            _MET
            + "The two leaders agreed that the rail link must be finished by 2027. "
            + "They also urged the banks to lend to small farms.",
            _each("indirect", _BOTH, "the banks to lend to small farms")
            + _each("indirect", _BOTH, "the rail link must be finished by 2027"),
        ),
    ],
)
def test_a_joint_statement_is_each_members(text: str, expected: list) -> None:
    assert sorted(s for s in built(text) if "Vienna" not in s[2]) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Varga and Tomas Rook met in Vienna on Tuesday.",
        "Ilse Varga and Tomas Rook discussed trade and the rail link.",
        "Relations between Norway and Chile have soured since the election.",
        # no pair named before: 'both sides' of a war, or three persons for 'the two leaders'
        "The war has gone on for a year. Both sides said they were ready to fight on.",
        "Ilse Varga, Tomas Rook and Omar Daud met in Vienna. The two leaders said the plan was sound.",
        # the names qualify one speaker
        "The envoy for Norway and Chile pledged to support the talks on fishing quotas.",
    ],
)
def test_no_joint_statement_without_joint_speakers(text: str) -> None:
    assert [s for s in built(text) if s[1] in ("Ilse Varga", "Tomas Rook", "Norway", "Chile")] == []


@pytest.mark.parametrize(
    "text",
    [
        # someone else passes the joint words on: they stay that source's, as before
        "The ministry said Ilse Varga and Tomas Rook agreed that the talks should resume soon.",
        "According to the ministry, Ilse Varga and Tomas Rook agreed that the talks should resume soon.",
        _MET + "The two leaders agreed that the talks should resume soon, the ministry said.",
    ],
)
def test_a_joint_statement_passed_on_stays_the_sources(text: str) -> None:
    assert [s for s in built(text) if s[1] in _BOTH] == []


def test_a_quote_the_two_leaders_said_is_each_leaders() -> None:
    # round 37 kept such a quote from the last speaker alone; it is now each leader's (Varga's too)
    text = (
        _MET
        + 'Varga said the visit had gone well. "We will sign the rail treaty in June," the two leaders said.'
    )
    assert sorted(who for kind, who, words in built(text) if words.startswith("We will sign")) == list(_BOTH)
