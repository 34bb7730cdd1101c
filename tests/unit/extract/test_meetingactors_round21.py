"""Round 21: the place a guest is welcomed to, past an apposition on the guest."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _locations(text: str) -> list[str | None]:
    doc = build_document(text, published=date(2023, 10, 24))
    return [m.location for m in doc.meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vice President Jane Doe welcomed Carlos Ruiz, the new president of Peru, "
            "to the White House on Monday to praise his work.",
            ["White House"],
        ),
        ("President Jane Doe welcomed Carlos Ruiz to the White House on Monday.", ["White House"]),
        # negative: the "to" of a phrase inside the apposition-like aside is no place of the meeting
        (
            "Jane Doe welcomed the plan, calling it a step to Europe and to peace, at a meeting "
            "with Carlos Ruiz on Monday.",
            [None],
        ),
    ],
)
def test_welcomed_to_past_apposition(text: str, expected: list[str | None]) -> None:
    assert _locations(text) == expected
