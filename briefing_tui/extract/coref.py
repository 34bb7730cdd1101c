"""Stage coref (placeholder until the real stage lands)."""

from __future__ import annotations

from briefing_tui.extract.document import Document


def resolve(doc: Document) -> None:
    return None
