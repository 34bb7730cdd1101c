"""The dashboard's store jobs: each runs in a thread worker and posts what it found.

A job never touches a widget: it reads or changes the store through the
app's :class:`~briefing_tui.ui.store_access.StoreAccess` (one lock, never the
UI thread) and posts a message from :mod:`briefing_tui.ui.messages`; the
screen's handlers change what is shown.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from briefing_tui.core.models import Snapshot
from briefing_tui.dashboard.board import PANES, Board
from briefing_tui.dashboard.dates import parse_partial
from briefing_tui.dashboard.filters import warm
from briefing_tui.store.repository import Repository
from briefing_tui.ui.messages import (
    DamagedFilesFound,
    ImportFinished,
    ImportProgressed,
    StoreFailed,
    StoreLoaded,
    StoreUpgraded,
)

if TYPE_CHECKING:
    from briefing_tui.importer import ImportRequest
    from briefing_tui.ui.app import BriefingApp


class StoreJobs:
    """Mixed into the main screen, which provides ``briefing``, ``as_of``, ``post_message`` and ``export_finished``."""

    briefing: BriefingApp
    as_of: date

    def export_finished(self) -> None:
        """Called on the UI thread when an export ends, written or not (the screen says so)."""

    def build_board(self, snapshot: Snapshot, as_of: date | None = None) -> Board:
        """Rows for every pane; runs in a worker, never on the UI thread."""
        return Board.build(snapshot, as_of or self.as_of)

    def store_stamp(self) -> object:
        """The store's change stamp now; read in a job just before its snapshot, so the watch
        (``MainScreen.check_store_changed``) does not read again what the job already shows."""
        from briefing_tui.store.layout import change_stamp

        return change_stamp(self.briefing.db_path)

    def report_damage(self, repo: Repository) -> None:
        """Post the article files the store skipped as unreadable, and the upgrade opening it made,
        if any (the screen says each once)."""
        damaged = tuple(repo.damaged_files())
        if damaged:
            self.post_message(DamagedFilesFound(damaged))  # type: ignore[attr-defined]
        migration = repo.migration()
        if migration is not None:
            self.post_message(StoreUpgraded(migration))  # type: ignore[attr-defined]

    def snapshot_of(self, repo: Repository) -> Snapshot:
        snapshot = repo.snapshot()
        self.report_damage(repo)
        return snapshot

    def publish(self, message: StoreLoaded | ImportFinished) -> None:
        """Post a new board, then work out its filter text while the panes paint.

        A filter keystroke before that finishes computes the rows it reaches
        itself; both threads would store the same string.
        """
        self.post_message(message)  # type: ignore[attr-defined]
        for name in PANES:
            warm(message.board.rows(name))

    @work(thread=True, group="store", exit_on_error=False, description="Opening the store")
    def load_store(self, note: str | None = None) -> None:
        stamp = self.store_stamp()
        try:
            board = self.build_board(self.briefing.store.run(self.snapshot_of))
        except Exception as error:  # any failure to open becomes a message, never a traceback
            from briefing_tui.store import StoreError

            reason = str(error) if isinstance(error, StoreError) else f"{self.briefing.db_path}: {error}"
            self.post_message(StoreFailed(reason))
            return
        self.publish(StoreLoaded(board, note, stamp))

    @work(thread=True, group="import", exit_on_error=False, description="Import")
    def run_import_job(self, request: ImportRequest, as_of_newest: bool = False) -> None:
        from briefing_tui import importer

        worker = get_current_worker()

        def job(repo: Repository) -> tuple[importer.ImportSummary, object, Snapshot] | None:
            check_writable = getattr(repo, "check_writable", None)
            if check_writable is not None:
                check_writable()  # a read-only store is one message, not a failure per source
            progress = importer.ImportProgress()
            summary = importer.ImportSummary(cancelled=True)
            events = importer.run_import(
                request, repo, today=self.briefing.today(), cancelled=lambda: worker.is_cancelled
            )
            for event in events:
                progress.update(event)
                if isinstance(event, importer.ImportSummary):
                    summary = event
                else:
                    self.post_message(ImportProgressed(progress.done, progress.failed, progress.total))
            if self.briefing.quitting:
                return None  # nobody will see the board: do not make the exit wait for it
            return summary, self.store_stamp(), self.snapshot_of(repo)

        finished = self.briefing.store.run(job)
        if finished is None:
            return
        summary, stamp, snapshot = finished
        as_of = None
        if as_of_newest and summary.stored:
            span = parse_partial(max(e.article.published for e in summary.stored))
            as_of = span.first if span else None
        self.publish(ImportFinished(summary, self.build_board(snapshot, as_of), as_of, stamp, worker))

    @work(thread=True, group="store", exit_on_error=False, description="Deleting the article")
    def delete_article_job(self, article_id: str, title: str) -> None:
        def job(repo: Repository) -> tuple[bool, object, Snapshot]:
            return repo.delete_article(article_id), self.store_stamp(), repo.snapshot()

        deleted, stamp, snapshot = self.briefing.store.run(job)
        note = f"Deleted \u201c{title}\u201d." if deleted else f"\u201c{title}\u201d was already gone."
        self.publish(StoreLoaded(self.build_board(snapshot), note, stamp))

    @work(thread=True, group="store", exit_on_error=False, description="Correcting the date")
    def correct_date_job(self, article_id: str, published: str) -> None:
        from briefing_tui.extract import extract

        def job(repo: Repository) -> tuple[object, Snapshot]:
            article = repo.article(article_id)
            if article is None:
                raise LookupError("the article is no longer in the store")
            corrected = article.set_by_user(published=published)  # a re-import keeps it
            repo.put_extraction(extract(corrected))
            return self.store_stamp(), repo.snapshot()

        stamp, snapshot = self.briefing.store.run(job)
        note = f"Publication date set to {published}; dates re-read."
        self.publish(StoreLoaded(self.build_board(snapshot), note, stamp))

    @work(thread=True, group="store", exit_on_error=False, description="Export")
    def export_job(self) -> None:
        from briefing_tui.export import export_store, new_export_path, write_export

        try:
            data = self.briefing.store.run(export_store)
            path = write_export(data, new_export_path(self.briefing.db_path.parent, datetime.now()))
        finally:
            self.app.call_from_thread(self.export_finished)
        self.app.call_from_thread(self.notify, f"Exported to {path}", title="Export", markup=False)
