"""Stage 2 (placeholder until the sentence stage lands)."""

from __future__ import annotations

from briefing_tui.extract.document import Document, Sentence


def split(doc: Document) -> None:
    doc.sentences = [Sentence(0, 0, len(doc.text))] if doc.text else []
