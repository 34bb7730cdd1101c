"""Roles, round 35 (fresh unseen articles): a definite description in lower case whose head is an
office, set before a name with a comma, is that person's role ("the head of the trade mission, X",
"the navy's commander-in-chief, X", "Ruiz's chief of staff, X"). After a preposition or a gerund
the name must close there: in "In a call with the foreign minister, X said" X is the subject."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import roles, sides

PUBLISHED = date(2024, 5, 2)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "He said that the head of the trade mission, Tomas Berg, would arrive on Monday.",
            "Tomas Berg",
            "head of the trade mission",
        ),
        (
            "She later held talks with the navy's commander-in-chief, Adm. Tomas Berg.",
            "Tomas Berg",
            "commander-in-chief",
        ),
        (
            "Ruiz's chief of staff, Tomas Berg, told reporters the visit was off.",
            "Tomas Berg",
            "chief of staff",
        ),
        (
            "Ruiz narrowly beat the ruling party's presidential candidate, Tomas Berg.",
            "Tomas Berg",
            "presidential candidate",
        ),
    ],
)
def test_a_definite_description_before_a_name_is_its_role(text: str, name: str, role: str) -> None:
    assert role in (roles(text, PUBLISHED).get(name) or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: the name opens the main clause, or the head is no office
        ("In a call with the foreign minister, Tomas Berg said the deal was close.", "Tomas Berg"),
        ("After meeting the president, Tomas Berg said the deal was close.", "Tomas Berg"),
        ("Despite the rain at the airport, Tomas Berg arrived on time.", "Tomas Berg"),
        ("The visitors, Tomas Berg and Ana Ruiz, arrived on Monday.", "Tomas Berg"),
    ],
)
def test_no_role_from_a_clause_or_a_plain_noun(text: str, name: str) -> None:
    assert roles(text, PUBLISHED).get(name) is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an office after the name, told with its capitalised title and what it covers
        (
            "Lena Sorel, European Commissioner for Fisheries, arrived in the capital on Monday.",
            "Lena Sorel",
            "European Commissioner for Fisheries",
        ),
        (
            "The president received Lena Sorel, Nordic Commissioner for Energy, who is on a two-day visit.",
            "Lena Sorel",
            "Nordic Commissioner for Energy",
        ),
        # a relative clause after the office's scope is about the office holder
        (
            "Tomas Berg, the US special envoy for the Arctic who has led the talks, will arrive on Monday.",
            "Tomas Berg",
            "special envoy for the Arctic",
        ),
    ],
)
def test_an_office_after_the_name_with_its_scope(text: str, name: str, role: str) -> None:
    assert role in (roles(text, PUBLISHED).get(name) or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a list of names, a name after the title, a clause after a place
        ("The president received Tomas Berg, Lena Sorel and Ana Ruiz on Monday.", "Tomas Berg"),
        ("The president received Tomas Berg, Northern Ireland, who came on Monday.", "Tomas Berg"),
    ],
)
def test_no_office_after_the_name_without_one(text: str, name: str) -> None:
    assert roles(text, PUBLISHED).get(name) is None


def test_a_head_of_state_keeps_their_state_after_a_body_office() -> None:
    # "President X, incoming Chairperson of <body>": the body's chair stays their country's president
    text = "Peru: President Dina Boluarte, In-coming Chairperson of APEC."
    assert sides(text, PUBLISHED).get("Dina Boluarte") == "Peru"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "Co-" grades an office as "Vice-" and "Deputy-" do
        (
            '"We are close," said Lena Sorel, Co-Chair of the Arctic Forum, on Monday.',
            "Lena Sorel",
            "Co-Chair",
        ),
        ('"It is possible," said Co-Chair Tomas Ekberg.', "Tomas Ekberg", "Co-Chair"),
    ],
)
def test_a_co_graded_office_is_a_title(text: str, name: str, role: str) -> None:
    assert role in (roles(text, PUBLISHED).get(name) or "")
