"""Stage coref (round 11): a title written before a person's handle is that person's."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

_CALL = "Ali Musa spoke with Jane Doe on Monday. “A good call with US Secretary of State, @{}, on trade,” Musa said."


@pytest.mark.parametrize(
    ("handle", "people"),
    [
        # the handle spells Jane Doe's name: the title is hers, no unnamed secretary of state
        ("janedoe", {"Ali Musa": [], "Jane Doe": ["US Secretary of State"]}),
        # negative: a handle that spells no one's name leaves the title a person of its own
        ("statedept", {"Ali Musa": [], "Jane Doe": [], "US Secretary of State": []}),
    ],
)
def test_title_before_handle(handle: str, people: dict[str, list[str]]) -> None:
    doc = build_document(_CALL.format(handle), date(2024, 3, 5))
    got = {e.name: [a for a in e.aliases if a != "Musa"] for e in doc.entities if e.kind == "person"}
    assert got == people
