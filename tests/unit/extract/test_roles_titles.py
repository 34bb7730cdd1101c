"""Stages mentions and roles: where a title ends and the name begins, and what is not an affiliation."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def person(text: str) -> tuple[str, str | None, str | None]:
    """(name, role, affiliation) of the text's first person."""
    doc = build_document(text, date(2023, 10, 24))
    e = next(e for e in doc.entities if e.kind == "person")
    return e.name, e.role, e.affiliation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a royal title that is also a given name starts the name after another office
        (
            "He was met by Foreign Minister Shah Ali Khan on Monday.",
            ("Shah Ali Khan", "Foreign Minister", None),
        ),
        ("Interior Minister Sultan Omar Hadi spoke.", ("Sultan Omar Hadi", "Interior Minister", None)),
        # ... but stays the title when no name follows it, or when no office comes before it
        ("Crown Prince Omar Hadi spoke.", ("Omar Hadi", "Crown Prince", None)),
        ("Emir Tamim Hadi spoke.", ("Tamim Hadi", "Emir", None)),
    ],
)
def test_title_that_is_also_a_name(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert person(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised courtesy is not the body a person works for
        ("HRH Crown Prince Omar Hadi spoke.", ("Omar Hadi", "Crown Prince", None)),
        # an acronym before the office still is
        ("USPACOM Commander John Reed spoke.", ("John Reed", "Commander", "USPACOM")),
    ],
)
def test_honorific_acronym_is_no_affiliation(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert person(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the Presidency" is a state body, so it ends an office's complement, not starts a name
        (
            "Spokesman for the Presidency Omar Hadi said so.",
            ("Omar Hadi", "Spokesman for the Presidency", None),
        ),
        ("Spokesman for the Cabinet Omar Hadi said so.", ("Omar Hadi", "Spokesman for the Cabinet", None)),
    ],
)
def test_state_body_in_a_title(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert person(text) == expected


def test_presidency_alone_is_no_person() -> None:
    doc = build_document("The Presidency said so on Monday.", date(2023, 10, 24))
    assert [e.name for e in doc.entities if e.kind == "person"] == []


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a description, a comma, then the name and a preposition: the name is the one described
        (
            "Prime Minister Ali Hadi held talks with Algerian President, Omar Tebi on trade.",
            "Omar Tebi",
            ("President", "Algeria"),
        ),
        # ... but not when the description sits in the sentence's opening phrase
        ("In a call with Algeria's top diplomat, Omar Tebi of the party said so.", "Omar Tebi", (None, "")),
    ],
)
def test_description_before_a_name_and_a_preposition(
    text: str, name: str, expected: tuple[str | None, str | None]
) -> None:
    doc = build_document(text, date(2023, 10, 24))
    e = next(e for e in doc.entities if e.kind == "person" and e.name == name)
    assert e.role == expected[0]
    if expected[1]:
        assert e.affiliation == expected[1]
    assert [e.name for e in doc.entities if e.kind == "person" and not e.named] == (
        [] if expected[0] else ["Algeria's top diplomat"]
    )
