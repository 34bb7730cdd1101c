"""Stage coref, round 19: an unnamed holder keeps the country written as its owner."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def unnamed(text: str) -> dict[str, str | None]:
    doc = build_document(text, date(2023, 5, 2))
    return {e.name: e.affiliation for e in doc.entities if e.kind == "person" and not e.named}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner names the holder, and two countries' holders stay two people
        (
            "She will meet Ghana's Foreign Minister and local chiefs. Togo's Foreign Minister will also attend.",
            {"Ghana's Foreign Minister": "Ghana", "Togo's Foreign Minister": "Togo"},
        ),
        # negative: a demonym is part of the description itself
        (
            "She will meet the Ghanaian Foreign Minister and local chiefs on Friday.",
            {"Ghanaian Foreign Minister": "Ghana"},
        ),
    ],
)
def test_owner_names_unnamed_holder(text: str, expected: dict[str, str | None]) -> None:
    assert unnamed(text) == expected
