"""Messages that cross the app: workers post them, screen handlers change state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from textual.message import Message

from briefing_tui.dashboard.board import Board

if TYPE_CHECKING:  # the importer (and its parsers) load only when an import starts
    from briefing_tui.importer import ImportSummary
    from briefing_tui.store.repository import Migration


@dataclass
class StoreLoaded(Message):
    """The store as the panes will show it (built off the UI thread); ``note`` says what changed it."""

    board: Board
    note: str | None = None
    stamp: object = None  # the store's change stamp when the board was read (see ``change_stamp``)


@dataclass
class StoreFailed(Message):
    """The store could not be opened or read; ``reason`` is shown to the person."""

    reason: str


@dataclass
class DamagedFilesFound(Message):
    """Article files the store skipped because they cannot be read, as (path, reason); left as they are."""

    files: tuple[tuple[str, str], ...]


@dataclass
class StoreUpgraded(Message):
    """Opening the store upgraded it from an older briefing's format (a copy was kept first)."""

    migration: Migration


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
    board: Board
    as_of: date | None = None
    stamp: object = None
    worker: object = None  # the import's worker, by which the screen finds the form it came from


@dataclass
class ArticleTextLoaded(Message):
    article_id: str
    text: str
