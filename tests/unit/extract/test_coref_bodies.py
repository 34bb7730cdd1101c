"""Stage coref: one entity per organization across its full name and its acronym."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def bodies(text: str) -> list[tuple[str, list[str]]]:
    doc = build_document(text, date(2024, 3, 5))
    return [(e.name, sorted(e.aliases)) for e in doc.entities if e.kind == "organization"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym inside the name gives all its letters to the initials
        ("The UN Security Council met. Later the UNSC said no.", [("UN Security Council", ["UNSC"])]),
        # the acronym first: the full name joins it and names it
        (
            "The NSC met on Monday. Later the National Security Council said no.",
            [("National Security Council", ["NSC"])],
        ),
        # other initials stay apart
        (
            "The NSC met on Monday. Later the National Trade Council said no.",
            [("NSC", []), ("National Trade Council", [])],
        ),
    ],
)
def test_acronym_and_full_name_are_one_body(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert bodies(text) == expected
