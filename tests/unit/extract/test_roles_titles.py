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
