"""Stage mentions (round 9): the portfolio words before a minister are part of the office."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def kinds(text: str) -> list[tuple[str, str]]:
    doc = build_document(text, date(2024, 3, 5))
    return [(m.kind, m.text) for m in doc.mentions if m.kind in ("person", "role", "organization")]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "He met National Guard Minister Omar Saleh on Monday.",
            "National Guard Minister Omar Saleh",
            "National Guard Minister",
        ),
        (
            "Foreign and Trade Affairs Cabinet Secretary Rose Wanjiru was there.",
            "Foreign and Trade Affairs Cabinet Secretary Rose Wanjiru",
            "Foreign and Trade Affairs Cabinet Secretary",
        ),
        ("Coast Guard Minister Tom Reed spoke.", "Coast Guard Minister Tom Reed", "Coast Guard Minister"),
    ],
)
def test_portfolio_before_minister_is_part_of_the_office(text: str, person: str, role: str) -> None:
    doc = build_document(text, date(2024, 3, 5))
    people = [m for m in doc.mentions if m.kind == "person"]
    assert [m.text for m in people] == [person]
    assert people[0].role == role
    assert not [m for m in doc.mentions if m.kind == "organization"]


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        # a body's own officer: the body stays a body
        ("Coast Guard Commander Tom Reed spoke.", "Coast Guard", "Commander Tom Reed"),
        ("Foreign Office Minister Tom Reed spoke.", "Foreign Office", "Minister Tom Reed"),
        ("ECOWAS Commission President Omar Saleh spoke.", "ECOWAS Commission", "President Omar Saleh"),
    ],
)
def test_body_before_other_offices_stays_a_body(text: str, body: str, person: str) -> None:
    got = kinds(text)
    assert ("organization", body) in got and ("person", person) in got


def test_portfolio_before_an_unnamed_minister() -> None:
    assert ("role", "National Guard Minister") in kinds("The National Guard Minister said so.")


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("He met Dutch PM Piet Visser on Monday.", "Piet Visser", "Prime Minister", "Netherlands"),
        ("He met Deputy PM Piet Visser on Monday.", "Piet Visser", "Deputy Prime Minister", None),
        ("He met Russian FM Ivan Petrov on Monday.", "Ivan Petrov", "Foreign Minister", "Russia"),
    ],
)
def test_abbreviated_prime_and_foreign_minister(
    text: str, name: str, role: str, affiliation: str | None
) -> None:
    doc = build_document(text, date(2024, 3, 5))
    people = {e.name: (e.role, e.affiliation) for e in doc.entities if e.kind == "person"}
    assert people[name][0] == role
    if affiliation:
        assert people[name][1] == affiliation


def test_pm_after_a_number_is_a_time() -> None:
    assert kinds("The talks start at 3 PM Monday in Paris.") == []


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "The head of the European Commission, Anna Berg, will attend.",
            "Anna Berg",
            "head of the European Commission",
            "European Commission",
        ),
        (
            "He met the head of NATO, Tom Reed, on Monday.",
            "Tom Reed",
            "head of NATO",
            "North Atlantic Treaty Organization",
        ),
    ],
)
def test_lowercase_office_of_a_known_body_before_a_name(
    text: str, name: str, role: str, affiliation: str
) -> None:
    doc = build_document(text, date(2024, 3, 5))
    people = {e.name: (e.role, e.affiliation) for e in doc.entities if e.kind == "person"}
    assert people[name] == (role, affiliation)


def test_head_of_state_is_no_description() -> None:
    assert kinds("He met the head of state on Monday.") == []


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Social Welfare Secretary Ana Cruz will join.",
            "Social Welfare Secretary Ana Cruz",
            "Social Welfare Secretary",
        ),
        ("He met Youth Minister Omar Saleh.", "Youth Minister Omar Saleh", "Youth Minister"),
        ("Fisheries Minister Tom Reed spoke.", "Fisheries Minister Tom Reed", "Fisheries Minister"),
    ],
)
def test_portfolio_word_before_an_office(text: str, person: str, role: str) -> None:
    doc = build_document(text, date(2024, 3, 5))
    people = [m for m in doc.mentions if m.kind == "person"]
    assert [(m.text, m.role) for m in people] == [(person, role)]


def test_portfolio_word_without_an_office_is_no_title() -> None:
    assert kinds("Social Welfare is a big budget item.") == []


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "President Tom Reed's national security adviser, Ana Cruz, spoke.",
            "Ana Cruz",
            "national security adviser",
        ),
        ("Putin's spokesman, Dmitry Peskov, said no.", "Dmitry Peskov", "spokesman"),
    ],
)
def test_office_of_a_named_possessor_in_apposition(text: str, name: str, role: str) -> None:
    doc = build_document(text, date(2024, 3, 5))
    people = {e.name: e.role for e in doc.entities if e.kind == "person"}
    assert people[name] == role


def test_office_of_a_named_possessor_needs_the_apposition() -> None:
    doc = build_document("Tom Reed's spokesman said no.", date(2024, 3, 5))
    assert not [m for m in doc.mentions if m.kind == "role"]
