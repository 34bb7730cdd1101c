"""Round 25: trailing verbs of arguing and conceding, bare clauses after verbs of making known, and
clause bounds of reported speech (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.unit.extract.test_statements import Cast, run

CAST = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz",)),
        "Omar Haddad": ("person", ("Haddad",)),
        "Peru": ("country", ()),
        "Ministry of Trade": ("organization", ()),
    },
    pronouns={"she": "Ana Ruiz", "he": "Omar Haddad"},
)


def _said(text: str) -> list[tuple[str, str | None, str]]:
    return run(text, CAST)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "No deal was signed during the short visit to Lima, clarified Ruiz.",
            [("indirect", "Ana Ruiz", "No deal was signed during the short visit to Lima")],
        ),
        (
            "The border will stay open for trucks and buses, Haddad clarified on Monday.",
            [("indirect", "Omar Haddad", "The border will stay open for trucks and buses")],
        ),
        (
            "The talks had not produced any result so far, admitted Haddad.",
            [("indirect", "Omar Haddad", "The talks had not produced any result so far")],
        ),
        (
            "The tariffs would hurt farmers more than anyone else, Ruiz argued.",
            [("indirect", "Ana Ruiz", "The tariffs would hurt farmers more than anyone else")],
        ),
        # near-miss: the words before the comma only set the scene
        ("Asked about the border, Ruiz clarified.", []),
    ],
)
def test_verbs_of_arguing_and_conceding_close_a_report(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Haddad revealed he would not accept lectures from anyone.",
            [("indirect", "Omar Haddad", "he would not accept lectures from anyone")],
        ),
        (
            "Ruiz indicated she was ready to travel to Peru next month.",
            [("indirect", "Ana Ruiz", "she was ready to travel to Peru next month")],
        ),
        (
            "Haddad testified at a hearing that the border crossings had fallen sharply.",
            [("indirect", "Omar Haddad", "the border crossings had fallen sharply")],
        ),
        (
            "Haddad has intimated to reporters that the plan has been dropped.",
            [("indirect", "Omar Haddad", "the plan has been dropped")],
        ),
        # near-misses: an object, not a clause
        ("Haddad revealed his plans for the port at a rally.", []),
        ("Ruiz indicated the route on a map of Peru.", []),
        ("Haddad testified before the committee for three hours.", []),
        ("Ruiz hosted an intimate dinner for the delegates.", []),
    ],
)
def test_verbs_of_making_known_take_a_bare_clause_opened_by_a_pronoun(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz said at a joint news conference in Lima on Thursday with her counterpart Omar Haddad"
            " that the summit had shown common ground.",
            [("indirect", "Ana Ruiz", "the summit had shown common ground")],
        ),
        (
            "Haddad said in an interview published at the weekend by a regional daily in the capital"
            " that the border would reopen.",
            [("indirect", "Omar Haddad", "the border would reopen")],
        ),
        # near-miss: a comma before the second phrase, the writer's comment
        (
            "Talks will resume in Lima in May, Haddad said on Wednesday, in a sign that the peace process"
            " is regaining momentum.",
            [("indirect", "Omar Haddad", "Talks will resume in Lima in May")],
        ),
        # near-miss: 'with' something that is no one spoken to, then a relative 'that'
        (
            "Ruiz replied at the regional summit in the capital of Peru with tough new sanctions that hit oil.",
            [],
        ),
    ],
)
def test_two_phrases_of_setting_before_that(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected
