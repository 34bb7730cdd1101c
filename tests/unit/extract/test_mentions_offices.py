"""Stages mentions and roles: offices written as compounds or abbreviations, national titles,
and dotted initials that open a name."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def person(text: str) -> tuple[str, str | None]:
    """(name, role) of the text's first person."""
    doc = build_document(text, date(2024, 1, 10))
    e = next(e for e in doc.entities if e.kind == "person")
    return e.name, e.role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "-elect" title is a title, not a first name
        ("Governor-elect Ann Reid thanked voters.", ("Ann Reid", "Governor-elect")),
        ("Mayor-elect Ann Reid thanked voters.", ("Ann Reid", "Mayor-elect")),
        # ... abbreviated, with or without its dot, it reads in full
        ("Gov-elect Ann Reid thanked voters.", ("Ann Reid", "Governor-elect")),
        ("Ohio Gov.-elect Ann Reid thanked voters.", ("Ann Reid", "Governor-elect")),
        # Ireland's head of government
        ("The Taoiseach Tom Hale welcomed the talks.", ("Tom Hale", "Taoiseach")),
        # dotted initials open the name after an office
        ("Chief Minister K.R. Hale met reporters.", ("K.R. Hale", "Chief Minister")),
        # negative: a plain abbreviated title is unchanged, and a lowercase "elect" is a verb
        ("Ohio Gov. Ann Reid thanked voters.", ("Ann Reid", "Governor")),
        ("Voters will elect Ann Reid in May.", ("Ann Reid", None)),
    ],
)
def test_office_forms(text: str, expected: tuple[str, str | None]) -> None:
    assert person(text) == expected
