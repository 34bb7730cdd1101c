"""One import generator for the CLI, the app's import dialog and the tests.

``run_import`` turns an :class:`ImportRequest` into stored articles and
yields :class:`ImportEvent` objects as it goes, so a caller can show
progress, cancel between events, and report every source's outcome.
Fetching happens concurrently; extraction and store writes happen here,
in the caller's thread, one batch per article.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from briefing_tui.core.models import Article
from briefing_tui.store.repository import Repository, StoreResult

DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_TIMEOUT = 20.0
DEFAULT_CONCURRENCY = 8


@dataclass(frozen=True, slots=True)
class ImportRequest:
    """What to import. ``sources`` are URLs, file paths (articles, feeds, URL lists) or ``-`` for stdin."""

    sources: tuple[str, ...] = ()
    pasted_text: str | None = None
    published: str | None = None
    title: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    concurrency: int = DEFAULT_CONCURRENCY


@dataclass(frozen=True, slots=True)
class ImportEvent:
    """Base class of everything run_import yields."""


@dataclass(frozen=True, slots=True)
class ImportStarted(ImportEvent):
    total: int


@dataclass(frozen=True, slots=True)
class SourceAdded(ImportEvent):
    """A feed or URL list expanded to more sources: the total grew."""

    source: str
    total: int


@dataclass(frozen=True, slots=True)
class ArticleStored(ImportEvent):
    source: str
    article: Article
    result: StoreResult


@dataclass(frozen=True, slots=True)
class SourceFailed(ImportEvent):
    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class SourceSkipped(ImportEvent):
    """Nothing to do (a feed entry already imported)."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class ImportSummary(ImportEvent):
    stored: tuple[ArticleStored, ...] = ()
    failed: tuple[SourceFailed, ...] = ()
    skipped: tuple[SourceSkipped, ...] = ()
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed and not self.cancelled


@dataclass
class ImportProgress:
    """Running counts a progress display keeps while iterating events."""

    total: int = 0
    done: int = 0
    failed: int = 0
    skipped: int = 0
    outcomes: list[ImportEvent] = field(default_factory=list)

    @property
    def remaining(self) -> int:
        return max(0, self.total - self.done - self.failed - self.skipped)

    def update(self, event: ImportEvent) -> None:
        match event:
            case ImportStarted(total=total) | SourceAdded(total=total):
                self.total = total
            case ArticleStored():
                self.done += 1
                self.outcomes.append(event)
            case SourceFailed():
                self.failed += 1
                self.outcomes.append(event)
            case SourceSkipped():
                self.skipped += 1
                self.outcomes.append(event)


def run_import(request: ImportRequest, store: Repository, **kwargs: object) -> Iterator[ImportEvent]:
    """Import every source of ``request`` into ``store``; see module docstring."""
    raise NotImplementedError("replaced by the import implementation")
