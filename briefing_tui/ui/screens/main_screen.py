"""The dashboard: header, four panes, a detail panel, a filter line and the footer.

State changes happen in message handlers on the UI thread; store work runs
in thread workers that post :mod:`briefing_tui.ui.messages`.
"""

from __future__ import annotations

import time
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Grid
from textual.events import DescendantFocus, Resize
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input
from textual.worker import Worker, WorkerState

from briefing_tui.dashboard.board import PANES, Board
from briefing_tui.dashboard.rows import ArticleRow, MeetingRow, StatementRow, article_title, newest_published
from briefing_tui.dashboard.summary import import_summary_text, upgrade_text
from briefing_tui.ui.messages import (
    DamagedFilesFound,
    ImportFinished,
    ImportProgressed,
    StoreFailed,
    StoreLoaded,
    StoreUpgraded,
)
from briefing_tui.ui.store_jobs import StoreJobs
from briefing_tui.ui.widgets.actors_pane import ActorsPane
from briefing_tui.ui.widgets.articles_pane import ArticlesPane
from briefing_tui.ui.widgets.detail_panel import DetailPanel
from briefing_tui.ui.widgets.filter_input import FilterInput
from briefing_tui.ui.widgets.header_bar import FILTER_PREFIX, HeaderBar, HeaderState
from briefing_tui.ui.widgets.key_bar import KeyBar
from briefing_tui.ui.widgets.meetings_pane import MeetingsPane
from briefing_tui.ui.widgets.row_list import RowList
from briefing_tui.ui.widgets.statements_pane import StatementsPane
from briefing_tui.ui.widgets.welcome_panel import WelcomePanel

if TYPE_CHECKING:
    from briefing_tui.core.models import Meeting, Statement
    from briefing_tui.dashboard.import_form import ImportForm
    from briefing_tui.importer import ImportRequest, ImportSummary
    from briefing_tui.ui.app import BriefingApp

PANE_TITLES = {"actors": "Actors", "statements": "Statements", "meetings": "Meetings", "articles": "Articles"}
STORE_WATCH_SECONDS = 0.5  # how often the app looks whether another process changed the store
STORE_QUIET_SECONDS = 1.0  # ... and reads it again once it has been left alone this long
STORE_MAX_WAIT_SECONDS = 10.0  # or after this long, should another process keep writing
RETRY_HINT = "i opens the import again with what failed, to correct or retry."
RESUME_HINT = "i opens the import again with what it did not reach, to run it again."
NARROW_WIDTH = 100
NARROW_HEIGHT = 30
SHORT_HEIGHT = 20  # below this the detail gives way to the pane in use (panes.tcss)
LOW_HEIGHT = 16
TINY_HEIGHT = 12  # below this the detail shows only when focused
CRAMPED_HEIGHT = 9  # ... and the panes without focus hide their title lines
WIDE_WIDTH = 150


class MainScreen(StoreJobs, Screen):
    # No focus of Textual's choosing: None would mean the app's "*", which gave the first pane focus
    # when a dialog closed over the welcome (no pane shown), and the footer its keys. Panes take focus
    # when the board is shown (show_board).
    AUTO_FOCUS = ""
    HELP_GROUP = "Dashboard"
    # A maximized pane keeps the filter line (while filtering) and the footer in sight, and Escape
    # backs out one level there too (clearing a filter first), so no key acts on something hidden.
    ALLOW_IN_MAXIMIZED_VIEW = "#filter-input, #footer"
    ESCAPE_TO_MINIMIZE = False

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "focus_pane('actors')", "Actors", show=False, id="focus-actors"),
        Binding("2", "focus_pane('statements')", "Statements", show=False, id="focus-statements"),
        Binding("3", "focus_pane('meetings')", "Meetings", show=False, id="focus-meetings"),
        Binding("4", "focus_pane('articles')", "Articles", show=False, id="focus-articles"),
        Binding("escape", "back", "Back", show=False, id="back"),
        Binding("slash", "filter", "Filter", id="filter"),
        Binding("a", "show_all", "All actors", id="show-all"),
        Binding("i", "import", "Import", id="import"),
        Binding("s", "load_sample", "Sample", id="load-sample"),
        Binding("c", "cancel_import", "Cancel import", id="cancel-import"),
        Binding("o", "open_article", "Open article", id="open-article"),
        Binding("d", "correct_date", "Fix date", id="correct-date"),
        Binding("x,delete", "delete_article", "Delete", id="delete-article"),
        Binding("p", "hide_past", "Hide past", id="toggle-past"),  # one of the two shows, by state
        Binding("p", "show_past", "Show past", id="toggle-past"),
        Binding("t", "change_as_of", "As of", id="as-of"),
        Binding("e", "export", "Export", id="export"),
        Binding("y", "copy_item", "Copy", show=False, id="copy"),
        Binding("m", "maximize_pane", "Maximize", show=False, id="maximize"),
        Binding("r", "reload", "Reload", show=False, id="reload"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.board: Board | None = None
        self.pane_filters: dict[str, str] = dict.fromkeys(PANES, "")
        self.actor_id: str | None = None
        self.hide_past = False
        self.imports_running = 0  # an import asked for while one runs waits for the store, then runs
        # What the import dialog holds when opened next: what it was closed with, or what an import
        # from it did not take in (oldest first); and the form each running import came from.
        self.import_drafts: list[ImportForm] = []
        self.import_forms: dict[Worker, ImportForm] = {}
        self.import_status: str | None = None
        self.exporting = False  # e is offered again, and the header stops saying so, when it is written
        self.store_activity: str | None = None  # a job the person asked for ("deleting…"), until it ends
        # The sample is shown as of its own day (2023); the day the dashboard had before it comes
        # back with the person's first import of their own, unless they chose a day meanwhile.
        self.on_sample_day = False
        self.day_before_sample: date | None = None
        self.filter_target = "actors"
        self.last_pane = "actors"
        self.store_failed = False
        self.seen_stamp: object = None  # the store's change stamp as the panes show it
        self.damage_reported: set[str] = set()  # damaged article files already named to the person
        self.upgrade_reported = False  # the store's upgrade from an older format, said once
        # Another process's writes not shown yet: the stamp last seen, when it was seen, when the first came.
        self.unseen_stamp: object = None
        self.unseen_changed_at = 0.0
        self.unseen_since = 0.0

    @property
    def briefing(self) -> BriefingApp:
        return self.app  # type: ignore[return-value]

    # --- layout -------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield HeaderBar(id="header")
        with Container(id="body"):
            yield WelcomePanel(id="welcome")
            with Grid(id="panes"):
                yield ActorsPane(id="actors-pane")
                yield StatementsPane(id="statements-pane")
                yield MeetingsPane(id="meetings-pane")
                yield ArticlesPane(id="articles-pane")
            yield DetailPanel(id="detail")
        yield FilterInput(placeholder="filter (Enter keeps it, Escape clears it)", id="filter-input")
        yield KeyBar(id="footer")

    def on_mount(self) -> None:
        for number, pane in enumerate(PANES, start=1):
            self.pane(pane).border_title = f"{number} {PANE_TITLES[pane]}"
        self.set_class(True, "-loading")
        self.query_one(WelcomePanel).show_opening(str(self.briefing.db_path))
        self.update_header()
        self.load_store()
        self.set_interval(STORE_WATCH_SECONDS, self.check_store_changed, name="store-watch")

    def check_store_changed(self) -> None:
        """Read the store again when another process (a ``briefing import`` elsewhere) wrote to it.

        One stat of the store's change marker per tick; nothing is read or redrawn
        while it is unchanged, or while a job of ours is reading or writing the store.
        A change is read once the marker has stayed still for ``STORE_QUIET_SECONDS``
        (an import of fifty articles elsewhere is one reload, not one per tick), and
        at the latest ``STORE_MAX_WAIT_SECONDS`` after the first, should writes go on.
        """
        if self.board is None or self.importing or self.store_failed:
            return
        if any(w.group in ("store", "import") and not w.is_finished for w in self.workers):
            return
        stamp = self.store_stamp()
        now = time.monotonic()
        if stamp == self.seen_stamp:
            self.unseen_stamp = None
            return
        if self.unseen_stamp is None:
            self.unseen_since = now
        if stamp != self.unseen_stamp:
            self.unseen_stamp, self.unseen_changed_at = stamp, now
        if (
            now - self.unseen_changed_at >= STORE_QUIET_SECONDS
            or now - self.unseen_since >= STORE_MAX_WAIT_SECONDS
        ):
            self.unseen_stamp = None
            self.load_store()

    def on_resize(self, event: Resize) -> None:
        width, height = event.size
        self.set_class(width < NARROW_WIDTH or height < NARROW_HEIGHT, "-narrow")
        self.set_class(width >= WIDE_WIDTH and height >= NARROW_HEIGHT, "-wide")
        self.set_class(height < SHORT_HEIGHT, "-short")
        self.set_class(height < LOW_HEIGHT, "-low")
        self.set_class(height < TINY_HEIGHT, "-tiny")
        self.set_class(height < CRAMPED_HEIGHT, "-cramped")
        self.update_header()

    def pane(self, name: str) -> RowList:
        return self.query_one(f"#{name}-pane", RowList)

    def focused_pane(self) -> str | None:
        focused = self.focused
        if isinstance(focused, RowList) and focused.id:
            return focused.id.removesuffix("-pane")
        return None

    def shown_pane(self) -> str | None:
        """The pane whose selected row the person is looking at: the focused one, or the one the
        focused detail describes (its keys act on the item it shows, as its closing hint says)."""
        if isinstance(self.focused, DetailPanel):
            return self.last_pane
        return self.focused_pane()

    # --- the as-of day ------------------------------------------------------------------
    @property
    def as_of(self) -> date:
        return self.briefing.as_of or self.briefing.today()

    def set_as_of(self, day: date | None) -> None:
        self.on_sample_day = False  # a day the person chose stays
        self.briefing.as_of = None if day == self.briefing.today() else day
        if self.board is not None:
            self.board = self.board.at(self.as_of)
            self.refresh_pane("meetings")
        self.update_header()

    # --- showing the board ---------------------------------------------------------------
    def update_header(self) -> None:
        app = self.briefing
        chips = []
        by = "" if self.has_class("-narrow") else FILTER_PREFIX  # a narrow header keeps room for the names
        if self.actor_id and self.board and self.actor_id in self.board.actors_by_id:
            chips.append(f"{by}actor: {self.board.actors_by_id[self.actor_id].name}")
        chips += [f"{by}{PANE_TITLES[p].lower()}: {q}" for p, q in self.pane_filters.items() if q]
        if self.hide_past:
            chips.append("upcoming meetings only")
        self.query_one(HeaderBar).show(
            HeaderState(
                store_name=app.db_path.name,
                counts=self.board.counts if self.board else None,
                as_of=app.as_of if app.as_of and app.as_of != app.today() else None,
                filters=tuple(chips),
                activity=self.import_status
                or ("exporting\u2026" if self.exporting else None)
                or self.store_activity,
                compact=self.has_class("-narrow"),
            )
        )

    def refresh_pane(self, name: str, *, store_changed: bool = False) -> None:
        if self.board is None:
            return
        rows = self.board.visible(name, query=self.pane_filters[name], actor_id=self.actor_id)
        if name == "meetings" and self.hide_past:
            rows = [r for r in rows if r.upcoming]
        pane = self.pane(name)
        total = len(self.board.rows(name))
        pane.empty_text = self.why_empty(name) if total else pane.EMPTY_TEXT
        number = PANES.index(name) + 1
        shown = f"{len(rows)}" if len(rows) == total else f"{len(rows)} of {total}"
        pane.border_title = f"{number} {PANE_TITLES[name]} ({shown})"  # visible even when collapsed
        pane.show_rows(rows, total=total, neighbour=store_changed)

    def why_empty(self, name: str) -> str:
        """What hides every row of a pane that has some, and the key that shows them again."""
        if self.pane_filters[name]:
            return "No matches. Escape clears the filter."
        actor = self.board.actors_by_id.get(self.actor_id or "") if self.board else None
        if actor is not None and name in ("statements", "meetings"):
            what = "statements by or to" if name == "statements" else "meetings with"
            return f"No {what} {actor.name}. a shows every actor's."
        if name == "meetings" and self.hide_past:
            return "No upcoming meetings. p shows past ones too."
        return "No matches."

    def show_board(self, board: Board) -> None:
        self.board = board if board.as_of == self.as_of else board.at(self.as_of)
        if self.actor_id and self.actor_id not in self.board.actors_by_id:
            self.actor_id = None
        self.set_class(False, "-loading")
        self.set_class(self.board.is_empty, "-empty")
        if self.board.is_empty:
            self.query_one(WelcomePanel).show_empty()
            self.minimize()  # a pane maximized when its last article went would hide the welcome
            if self.focused is not None:
                self.set_focus(None)  # a hidden pane keeps no focus (nor its keys in the footer)
        for name in PANES:
            self.refresh_pane(name, store_changed=True)
        self.update_header()
        if not self.board.is_empty and self.focused is None:
            self.pane(self.last_pane).focus()
        self.refresh_bindings()

    def show_detail(self, row: object | None) -> None:
        self.query_one(DetailPanel).show(row, self.board)

    # --- messages ------------------------------------------------------------------------
    @on(StoreLoaded)
    def _store_loaded(self, message: StoreLoaded) -> None:
        self.seen_stamp = message.stamp
        self.show_board(message.board)
        if message.note:
            self.notify(message.note, markup=False)

    @on(StoreFailed)
    def _store_failed(self, message: StoreFailed) -> None:
        self.store_failed = True
        self.set_class(False, "-loading")
        self.set_class(True, "-empty")
        self.minimize()
        if self.focused is not None:
            self.set_focus(None)  # the panes are hidden: none keeps focus, nor its keys in the footer
        self.query_one(WelcomePanel).show_error(message.reason)
        self.notify(message.reason, title="Store error", severity="error", markup=False)
        self.refresh_bindings()

    @on(DamagedFilesFound)
    def _damaged_files_found(self, message: DamagedFilesFound) -> None:
        """Once per file and session: which article files were skipped, and that nothing was touched."""
        new = [(file, reason) for file, reason in message.files if file not in self.damage_reported]
        self.damage_reported.update(file for file, _ in new)
        if not new:
            return
        if len(new) == 1:
            ((file, reason),) = new
            text = f"{file} cannot be read ({reason}), so its article is not shown."
        else:
            listed = "; ".join(f"{file} ({reason})" for file, reason in new[:3])
            more = f"; and {len(new) - 3} more" if len(new) > 3 else ""
            text = (
                f"{len(new)} article files cannot be read, so their articles are not shown: {listed}{more}."
            )
        self.notify(
            f"{text} Nothing was changed on disk; the rest of the store reads as usual.",
            title="Skipped damaged files",
            severity="warning",
            markup=False,
            timeout=20,
        )

    @on(StoreUpgraded)
    def _store_upgraded(self, message: StoreUpgraded) -> None:
        """Once per session: opening the store upgraded it, and a copy of it as it was is kept."""
        if self.upgrade_reported:
            return
        self.upgrade_reported = True
        text = upgrade_text(message.migration)
        self.notify(
            f"{text[0].upper()}{text[1:]}.",
            title="Store upgraded",
            markup=False,
            timeout=20,
        )

    @on(RowList.RowHighlighted)
    def _row_highlighted(self, message: RowList.RowHighlighted) -> None:
        if message.row_list.id == f"{self.last_pane}-pane":
            self.show_detail(message.row)

    @on(RowList.RowSelected)
    def _row_selected(self, message: RowList.RowSelected) -> None:
        name = (message.row_list.id or "").removesuffix("-pane")
        if name == "actors":
            self.actor_id = message.row.key
            self.refresh_pane("statements")
            self.refresh_pane("meetings")
            self.update_header()
            self.refresh_bindings()
        elif name == "articles":
            self.action_open_article()
        else:
            self.focus_now(self.query_one(DetailPanel))

    @on(DescendantFocus)
    def _focus_moved(self, event: DescendantFocus) -> None:
        name = self.focused_pane()
        if self.has_class("-filtering") and self.focused is not self.query_one("#filter-input", Input):
            self.end_filtering()  # a click elsewhere leaves the filter line; its text stays applied
        if name is not None:
            self.last_pane = name
            self.show_detail(self.pane(name).current_row)
        focused = self.focused
        if self.maximized not in (None, focused) and (name is not None or isinstance(focused, DetailPanel)):
            self.maximize(focused)  # a pane jumped to, or the item opened, fills the screen

    @on(Input.Changed, "#filter-input")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.pane_filters[self.filter_target] = event.value
        self.refresh_pane(self.filter_target)
        self.update_header()

    @on(Input.Submitted, "#filter-input")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        self.close_filter()

    @on(ImportProgressed)
    def _import_progressed(self, message: ImportProgressed) -> None:
        failed = f", {message.failed} failed" if message.failed else ""
        self.import_status = f"importing {message.done + message.failed}/{message.total}{failed} (c cancels)"
        self.update_header()

    @property
    def importing(self) -> bool:
        return self.imports_running > 0

    def import_ended(self) -> None:
        self.imports_running = max(0, self.imports_running - 1)
        if not self.importing:
            self.import_status = None
            self.remove_class("-importing")
        else:
            self.import_status = "importing\u2026 (c cancels)"  # the next one, until it reports

    @on(ImportFinished)
    def _import_finished(self, message: ImportFinished) -> None:
        from briefing_tui.dashboard.import_form import form_to_retry

        self.import_ended()
        summary = message.summary
        self.seen_stamp = message.stamp
        day_note = None
        if message.as_of is not None:  # the sample: shown as of its own day
            if not self.on_sample_day:
                self.day_before_sample = self.briefing.as_of
            self.briefing.as_of, self.on_sample_day = message.as_of, True
        elif self.on_sample_day and summary.stored:
            day_note = self.leave_sample_day()
        self.show_board(message.board)
        form = self.import_forms.pop(message.worker, None)  # type: ignore[arg-type]
        retry = form_to_retry(form, summary) if form is not None else None
        if retry is not None:
            self.import_drafts.append(retry)
        self.notify_import(summary, kept=retry is not None, day_note=day_note)

    def leave_sample_day(self) -> str | None:
        """Read the dashboard as of the day it had before the sample (today, unless ``--as-of``):
        kept at the sample's 2023 day, the person's own news of this week showed its meetings
        "in 3 years", last of the upcoming ones. Returns what to tell them, if the day changed."""
        sample_day = self.as_of
        self.briefing.as_of, self.on_sample_day = self.day_before_sample, False
        if self.as_of == sample_day:  # opened --as-of the sample's day: nothing changes
            return None
        return (
            f"Dates are read as of {self.as_of.isoformat()} again, not the sample's "
            f"{sample_day.isoformat()} (t changes the day)."
        )

    def notify_import(
        self, summary: ImportSummary, *, kept: bool = False, day_note: str | None = None
    ) -> None:
        """One notification for the whole import, however many sources failed; ``kept`` when the
        import dialog holds again what failed; ``day_note`` when the as-of day changed with it."""
        message, severity = import_summary_text(summary)
        if day_note:
            message += f"\n{day_note}"
        if kept:
            message += f"\n{RETRY_HINT if summary.failed else RESUME_HINT}"
        self.notify(message, title="Import", severity=severity, markup=False, timeout=8)  # type: ignore[arg-type]

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The one place a failed job becomes a message to the person."""
        if event.worker.group == "store" and event.worker.is_finished and self.store_activity:
            self.store_activity = None  # (its board, posted before it ended, is already shown)
            self.update_header()
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        if (
            isinstance(error, OSError) and error.strerror
        ):  # "Permission denied: PATH", not "[Errno 13] ...: 'PATH'"
            error = f"{error.strerror}: {error.filename}" if error.filename else error.strerror
        kept = ""
        if event.worker.group == "import":
            self.import_ended()
            self.update_header()
            self.refresh_bindings()
            form = self.import_forms.pop(event.worker, None)
            if form is not None:  # nothing of it went in: the dialog holds all of it again
                from briefing_tui.dashboard.import_form import form_after_error

                self.import_drafts.append(form_after_error(form, str(error or "it failed")))
                kept = f"\n{RETRY_HINT}"
        self.notify(
            (f"{event.worker.description}: {error}" if error else event.worker.description) + kept,
            title="Something went wrong",
            severity="error",
            markup=False,
            timeout=10,
        )

    # --- bindings: when they apply -------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        ready = self.board is not None and not self.store_failed
        has_items = ready and self.board is not None and not self.board.is_empty
        pane = self.focused_pane()
        shown = self.shown_pane()
        if action == "load_sample":
            return ready and self.board is not None and self.board.is_empty and not self.importing
        if action in ("import", "reload"):
            return ready
        if action == "cancel_import":
            return self.importing
        if action == "show_all":
            return self.actor_id is not None
        if action == "export":
            return has_items and not self.exporting
        if action in ("focus_pane", "copy_item", "change_as_of"):
            return has_items
        if action in ("filter", "maximize_pane"):
            return has_items and (
                pane is not None or isinstance(self.focused, DetailPanel) and action == "maximize_pane"
            )
        if action in ("hide_past", "show_past"):
            return pane == "meetings" and self.hide_past == (action == "show_past")
        if action == "open_article":
            return (
                shown in ("statements", "meetings", "articles") and self.pane(shown).current_row is not None
            )
        if action in ("correct_date", "delete_article"):
            return (
                shown == "articles" and self.pane("articles").current_row is not None and not self.importing
            )
        if action == "show_details":
            return pane in ("statements", "meetings") and self.pane(pane).current_row is not None
        if action == "select_shown":
            return shown in parameters and self.pane(shown).current_row is not None
        return True

    # --- actions -------------------------------------------------------------------------
    def focus_now(self, widget: Widget) -> None:
        """Focus ``widget`` now, not when focus() would (behind the keys already queued): the keys
        that came in one read with the key that moved it ('2j', '4x', '/wang', Enter and j on a
        statement) act where it went, not on the widget it left."""
        self.set_focus(widget)

    def action_focus_pane(self, name: str) -> None:
        self.focus_now(self.pane(name))

    def action_show_details(self) -> None:
        """Enter on a statement or meeting: its detail takes the focus, at once (the RowSelected
        a click sends arrived after the keys typed with Enter, so 'j' moved the pane's cursor)."""
        self.focus_now(self.query_one(DetailPanel))

    def action_select_shown(self, name: str) -> None:
        """Enter in the detail: what Enter on the row it describes does (narrow to the actor, read
        the article)."""
        self.pane(name).action_select_row()

    def action_back(self) -> None:
        """Back out one level; never quits."""
        filter_input = self.query_one("#filter-input", Input)
        if self.focused is filter_input:
            filter_input.value = ""
            self.close_filter()
            return
        if self.maximized is not None:
            self.minimize()
            return
        if isinstance(self.focused, DetailPanel):
            self.focus_now(self.pane(self.last_pane))
            return
        pane = self.focused_pane() or self.last_pane
        if self.pane_filters.get(pane):
            self.pane_filters[pane] = ""
            self.refresh_pane(pane)
            self.update_header()
            return
        if self.actor_id is not None:
            self.action_show_all()

    def action_filter(self) -> None:
        self.filter_target = self.focused_pane() or self.last_pane
        filter_input = self.query_one("#filter-input", FilterInput)
        filter_input.placeholder = f"filter {PANE_TITLES[self.filter_target]} (Enter keeps, Escape clears)"
        filter_input.show(self.pane_filters[self.filter_target])
        self.pane(self.filter_target).add_class("-filter-target")  # stays open on a narrow screen
        self.add_class("-filtering")
        self.focus_now(filter_input)  # the keys after '/' find it focused: the app sends them on to it

    def close_filter(self) -> None:
        self.end_filtering()
        self.focus_now(self.pane(self.filter_target))

    def end_filtering(self) -> None:
        self.remove_class("-filtering")
        self.pane(self.filter_target).remove_class("-filter-target")

    def action_show_all(self) -> None:
        self.actor_id = None
        self.refresh_pane("statements")
        self.refresh_pane("meetings")
        self.update_header()
        self.refresh_bindings()

    def action_hide_past(self) -> None:
        self.set_hide_past(True)

    def action_show_past(self) -> None:
        self.set_hide_past(False)

    def set_hide_past(self, hide: bool) -> None:
        self.hide_past = hide
        self.refresh_pane("meetings")
        self.update_header()
        self.refresh_bindings()

    def action_maximize_pane(self) -> None:
        if self.maximized is not None:
            self.minimize()
        elif self.focused is not None:
            self.maximize(self.focused)

    def action_reload(self) -> None:
        self.start_store_job("reloading\u2026")
        self.load_store()

    def start_store_job(self, activity: str) -> None:
        """Say in the header what a job the person asked for is doing: on a big store it takes seconds."""
        self.store_activity = activity
        self.update_header()

    def action_import(self) -> None:
        """The import dialog, holding what it was last closed with or what an import did not take in."""
        from briefing_tui.ui.screens.import_dialog import ImportDialog

        dialog = ImportDialog(self.import_drafts.pop(0) if self.import_drafts else None)

        def closed(request: ImportRequest | None) -> None:
            if request is not None:
                self.start_import(request, form=dialog.form)
            elif dialog.form.typed:
                self.import_drafts.insert(0, dialog.form)  # Escape loses nothing typed

        self.app.push_screen(dialog, closed)

    def start_import(
        self, request: ImportRequest | None, *, as_of_newest: bool = False, form: ImportForm | None = None
    ) -> None:
        """Run ``request``; ``form``, the dialog's fields it came from, is given back to the dialog
        with whatever of it fails."""
        if request is None:
            return
        self.imports_running += 1
        self.add_class("-importing")
        self.import_status = "importing\u2026 (c cancels)"
        self.update_header()
        self.refresh_bindings()
        worker = self.run_import_job(request, as_of_newest)
        if form is not None:
            self.import_forms[worker] = form

    def action_load_sample(self) -> None:
        from briefing_tui.dashboard.sample import sample_request
        from briefing_tui.paths import sample_data_dir

        try:
            request = sample_request(sample_data_dir())
        except FileNotFoundError as error:
            self.notify(str(error), title="Sample", severity="error", markup=False)
            return
        self.start_import(request, as_of_newest=True)

    def action_cancel_import(self) -> None:
        self.workers.cancel_group(self, "import")
        self.import_status = "cancelling\u2026"
        self.update_header()

    def action_export(self) -> None:
        self.exporting = True
        self.update_header()
        self.refresh_bindings()
        self.export_job()

    def export_finished(self) -> None:
        self.exporting = False
        self.update_header()
        self.refresh_bindings()

    def action_copy_item(self) -> None:
        """Copy what the detail panel says about the selected item (text was sanitised on import)."""
        text = self.query_one(DetailPanel).copy_text
        self.app.copy_to_clipboard(text)
        self.notify(f"Copied {len(text)} characters.", markup=False)

    def _article_for_selection(self) -> tuple[str, str, Statement | Meeting | None] | None:
        """(article id, title, the statement or meeting read from it) for the row in view (``shown_pane``)."""
        row = self.pane(self.shown_pane() or self.last_pane).current_row
        if isinstance(row, ArticleRow):
            return row.article.id, row.title, None
        if isinstance(row, StatementRow | MeetingRow) and self.board is not None:
            item = row.statement if isinstance(row, StatementRow) else row.meeting
            article = self.board.articles_by_id.get(item.article_id or "")
            if article is not None:
                return article.id, article_title(article), item
        return None

    def action_open_article(self) -> None:
        from briefing_tui.ui.screens.article_screen import ArticleScreen

        target = self._article_for_selection()
        if target is None or self.board is None:
            return
        article_id, _, item = target
        self.app.push_screen(ArticleScreen(article_id, self.board, item=item))

    def action_delete_article(self) -> None:
        from briefing_tui.ui.screens.confirm_dialog import ConfirmDialog

        target = self._article_for_selection()
        if target is None:
            return
        article_id, title, _ = target

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.start_store_job("deleting\u2026")
                self.delete_article_job(article_id, title)

        question = f"Delete \u201c{title}\u201d and everything read from it?"
        self.app.push_screen(ConfirmDialog(question, confirm_label="Delete"), confirmed)

    def action_correct_date(self) -> None:
        from briefing_tui.ui.screens.date_dialog import DateDialog

        row = self.pane("articles").current_row
        if not isinstance(row, ArticleRow):
            return
        article_id = row.article.id

        def chosen(day: date | None) -> None:
            if day is not None:
                self.start_store_job("re-reading dates\u2026")
                self.correct_date_job(article_id, day.isoformat())

        prompt = f"Publication date of \u201c{row.title}\u201d (relative dates are re-read from it)"
        self.app.push_screen(DateDialog(prompt, initial=row.article.published), chosen)

    def action_change_as_of(self) -> None:
        from briefing_tui.ui.screens.as_of_dialog import AsOfDialog

        newest = newest_published(self.board.snapshot) if self.board else None
        dialog = AsOfDialog(today=self.briefing.today(), newest=newest, current=self.as_of)
        self.app.push_screen(dialog, lambda day: None if day is None else self.set_as_of(day))
