"""Stage statements, round 15: more closing attributions ('..., the spokesman disclosed.',
'..., the government said.', '..., the top government spokesman added.'), 'reassured that',
'adding <clause>' without 'that', and 'issued a statement saying ...'."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import RUIZ_BERG_TRADE as CAST
from tests.unit.extract.helpers import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of making known close a report as 'said' does
        (
            "Ruiz will pay a visit to Peru on the first two days of June, spokesman Tom Berg disclosed.",
            [("indirect", "Tom Berg", "Ruiz will pay a visit to Peru on the first two days of June")],
        ),
        (
            "The border with Peru may close again before the rains come, the ministry warned on Monday.",
            [("indirect", "the ministry", "The border with Peru may close again before the rains come")],
        ),
        # 'disclosed' with an object and no clause still reports nothing
        ("Berg disclosed the figures for the first quarter.", []),
    ],
)
def test_closing_verbs_of_making_known(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the government' closing a report speaks as 'the ministry' does
        (
            "Ruiz is set to travel to Peru next week for a summit on trade, the government said on Friday.",
            [("indirect", "the government", "Ruiz is set to travel to Peru next week for a summit on trade")],
        ),
        # elsewhere it is no speaker: a term in quotes after it is not its words
        ('The form must be filled in by hand, the government recommending "online translation tools".', []),
    ],
)
def test_government_closing_a_report(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the top government spokesman' after Berg spoke: Berg speaks on
        (
            "Ruiz will open the summit in Lima, Berg said. At the summit she is likely to discuss food "
            "prices with other leaders, the top government spokesman added.",
            [
                ("indirect", "Tom Berg", "Ruiz will open the summit in Lima"),
                (
                    "indirect",
                    "Tom Berg",
                    "At the summit she is likely to discuss food prices with other leaders",
                ),
            ],
        ),
        # with nobody speaking before, the unnamed spokesman names no one
        (
            "At the summit she is likely to discuss food prices with other leaders, the top government spokesman added.",
            [],
        ),
        # capitalised words before the role are a title, not plain modifiers: no fallback
        (
            "Ruiz will open the summit in Lima, Berg said. The meeting will last two days in all, "
            "the Deputy Chief Cabinet spokesman added.",
            [
                ("indirect", "Tom Berg", "Ruiz will open the summit in Lima"),
                ("indirect", "the Deputy Chief Cabinet spokesman", "The meeting will last two days in all"),
            ],
        ),
    ],
)
def test_role_with_modifiers_speaks_on(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'reassured (X) that' reports what follows 'that', as 'assured' does
        (
            "Berg reassured the envoys that the port would stay open all winter.",
            [("indirect", "Tom Berg", "the port would stay open all winter")],
        ),
        (
            "Speaking at the embassy, Berg reassured that the port would stay open all winter.",
            [("indirect", "Tom Berg", "the port would stay open all winter")],
        ),
        ("Berg reassured the envoys.", []),
    ],
)
def test_reassured_that(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'adding <clause>' whose subject is a noun phrase, with no 'that'
        (
            "Ruiz will open the summit in Lima, Berg said, adding the cabinet approved a plan to meet in May.",
            [
                ("indirect", "Tom Berg", "Ruiz will open the summit in Lima"),
                ("indirect", "Tom Berg", "the cabinet approved a plan to meet in May"),
            ],
        ),
        (
            '"We have spoken at last," Berg told the crowd, adding the talks would resume in May.',
            [
                ("direct", "Tom Berg", "We have spoken at last"),
                ("indirect", "Tom Berg", "the talks would resume in May"),
            ],
        ),
        # 'adding' an object: no clause, nothing more said
        (
            '"We have spoken at last," Berg told the crowd, adding the new bridge to his list of wins.',
            [("direct", "Tom Berg", "We have spoken at last")],
        ),
    ],
)
def test_adding_clause_with_noun_subject(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement issued 'saying ...': the issuer said it
        (
            "The Ministry of Trade released a statement on Monday saying the new tariffs would start in May.",
            [("indirect", "Ministry of Trade", "the new tariffs would start in May")],
        ),
        (
            "Berg wrote a letter saying that the talks with Peru had failed.",
            [("indirect", "Tom Berg", "the talks with Peru had failed")],
        ),
        # a sign 'saying' something is no statement of the one holding it
        ("Berg held a sign saying the talks with Peru had failed.", []),
    ],
)
def test_statement_saying(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'conveyed <someone's> condemnation/position': a stance voiced
        (
            "Berg conveyed Peru's strong condemnation of the missile strikes on the border towns.",
            [
                (
                    "indirect",
                    "Tom Berg",
                    "Peru's strong condemnation of the missile strikes on the border towns",
                )
            ],
        ),
        (
            "Ruiz shared the country's position on the new trade rules.",
            [("indirect", "Ana Ruiz", "the country's position on the new trade rules")],
        ),
        # 'shared' data is no speech
        ("Ruiz shared the trade figures with the press.", []),
    ],
)
def test_conveyed_stance(text: str, expected: list) -> None:
    assert run(text, CAST) == expected
