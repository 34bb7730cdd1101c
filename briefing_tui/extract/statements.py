"""Stage statements (placeholder until the real stage lands)."""

from __future__ import annotations

from briefing_tui.extract.document import Document


def find(doc: Document) -> None:
    return None
