"""Messages that cross the app: workers post them, screen handlers change state."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from briefing_tui.core.models import Snapshot
from briefing_tui.importer import ImportSummary


@dataclass
class StoreLoaded(Message):
    """A fresh snapshot of the store; ``note`` says what changed it, for a notification."""

    snapshot: Snapshot
    note: str | None = None


@dataclass
class StoreFailed(Message):
    """The store could not be opened or read; ``reason`` is shown to the person."""

    reason: str


@dataclass
class ImportProgressed(Message):
    """Sources done, failed and total so far; bursts collapse into the latest."""

    done: int
    failed: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, ImportProgressed)


@dataclass
class ImportFinished(Message):
    summary: ImportSummary
    snapshot: Snapshot
    as_of_newest: bool = False


@dataclass
class ArticleTextLoaded(Message):
    article_id: str
    text: str
