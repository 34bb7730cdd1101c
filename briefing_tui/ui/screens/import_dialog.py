"""The import dialog: URLs, a file path or pasted text, and an optional publication date.

It opens holding an :class:`~briefing_tui.dashboard.import_form.ImportForm`: empty,
or what an earlier opening left (Escape keeps what was typed), or what an import
did not take in, with why. ``form`` is what it held when it closed.
"""

from __future__ import annotations

import time
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Label, Static, TabbedContent, TabPane, Tabs, TextArea

from briefing_tui.dashboard.import_form import ImportForm, build_request
from briefing_tui.importer import ImportRequest
from briefing_tui.ui.screens.dialog import Dialog
from briefing_tui.ui.widgets.key_bar import KeyBar
from briefing_tui.ui.widgets.path_suggester import PathSuggester

CLICK_SECONDS = 1.0  # a tab activated this soon after a mouse press was clicked


class FormArea(TextArea):
    """A text field of the form, in view from its first line and column as far as its cursor allows.

    The dialog puts the cursor after what the field holds as it mounts, before the field has its
    width: scrolled then for a field a few cells wide, it kept the first address out of sight and
    every line's first letters ('p://…'). Each new size scrolls it back, then only as far as the
    cursor needs.
    """

    def on_resize(self, event: events.Resize) -> None:
        self.call_after_refresh(self.show_from_start)

    def show_from_start(self) -> None:
        self.scroll_to(0, 0, animate=False, immediate=True)
        self.scroll_cursor_visible(animate=False)


class ImportDialog(Dialog[ImportRequest | None]):
    HELP_GROUP = "Importing articles"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="import-close"),
        Binding("ctrl+r", "submit", "Import", id="import-submit"),
        Binding("ctrl+l", "clear", "Clear", id="import-clear"),
    ]

    def __init__(self, form: ImportForm | None = None) -> None:
        super().__init__()
        self.form = form or ImportForm()

    def first_tab(self) -> str:
        """The URLs tab, unless what the form holds is only a path or a paste."""
        form = self.form
        if form.urls.strip() or not (form.path.strip() or form.pasted.strip()):
            return "import-tab-urls"
        return "import-tab-file" if form.path.strip() else "import-tab-paste"

    def compose(self) -> ComposeResult:
        form = self.form
        with Vertical(id="import-box", classes="dialog"):
            yield Static(
                "Import articles  \u00b7  ctrl+r imports; Escape closes, keeping what you typed",
                id="import-title",
            )
            with TabbedContent(id="import-tabs", initial=self.first_tab()):
                with TabPane("URLs", id="import-tab-urls"):
                    yield FormArea(form.urls, id="import-urls", soft_wrap=False, show_line_numbers=False)
                with TabPane("File", id="import-tab-file"):
                    yield Input(
                        form.path,
                        placeholder="path to an article, feed or URL list (\u2192 completes)",
                        suggester=PathSuggester(),
                        id="import-path",
                    )
                with TabPane("Paste", id="import-tab-paste"):
                    yield FormArea(form.pasted, id="import-text", soft_wrap=True)
            with Horizontal(id="import-date-row"):
                yield Label("Published (optional)", id="import-date-label")
                yield Input(form.published, placeholder="YYYY-MM-DD", id="import-date")
            # Long addresses wrap: a list of failures taller than its box scrolls (Tab reaches it).
            with VerticalScroll(id="import-problem", can_focus=bool(self.form.problem)):
                yield Static(Text(self.form.problem), id="import-error", classes="dialog-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Import", id="import-ok", variant="primary")
                yield Button("Close", id="import-close")
        yield KeyBar(id="footer", app_keys=False)  # this dialog's keys, over the screen's

    clicked_at = 0.0  # when the mouse was last pressed in the dialog

    def on_mount(self) -> None:
        urls = self.query_one("#import-urls", TextArea)
        urls.border_title = "one URL per line"
        pasted = self.query_one("#import-text", TextArea)
        pasted.border_title = "article text"
        self.set_class(bool(self.form.problem), "-problem")
        field = {"import-tab-urls": urls, "import-tab-file": self.query_one("#import-path", Input)}.get(
            self.first_tab(), pasted
        )
        field.focus()
        if isinstance(field, TextArea):
            field.move_cursor(field.document.end)  # after what is there: the next line is typed below it

    def read_form(self) -> ImportForm:
        """The fields as they are now, with the problem shown (if it still is)."""
        return ImportForm(
            urls=self.query_one("#import-urls", TextArea).text,
            path=self.query_one("#import-path", Input).value,
            pasted=self.query_one("#import-text", TextArea).text,
            published=self.query_one("#import-date", Input).value,
            problem=self.form.problem,
        )

    def on_mouse_down(self, event: events.MouseDown) -> None:
        self.clicked_at = time.monotonic()

    @on(TabbedContent.TabActivated)
    def _tab_changed(self, event: TabbedContent.TabActivated) -> None:
        """A tab chosen with the mouse (or by the program) puts the cursor in its field; one reached
        with the arrow keys leaves focus on the tabs, so a second arrow goes on to the next tab
        (Tab then enters the field)."""
        if isinstance(self.focused, Tabs) and time.monotonic() - self.clicked_at > CLICK_SECONDS:
            return
        field = {
            "import-tab-urls": "#import-urls",
            "import-tab-file": "#import-path",
            "import-tab-paste": "#import-text",
        }
        pane_id = event.pane.id or ""
        if pane_id in field:
            self.query_one(field[pane_id]).focus()

    @on(Button.Pressed, "#import-close")
    def action_close(self) -> None:
        """Close without importing; ``form`` keeps what was typed, for the next opening."""
        self.form = self.read_form()
        self.dismiss(None)

    def action_clear(self) -> None:
        """Empty every field (and the problem shown): a fresh form."""
        for area in self.query(TextArea):
            area.clear()
        for field in self.query(Input):
            field.value = ""
        self.form = ImportForm()
        self.set_class(False, "-problem")
        self.query_one("#import-problem").can_focus = False
        self.query_one("#import-error", Static).update("")

    @on(Button.Pressed, "#import-ok")
    @on(Input.Submitted)
    def action_submit(self) -> None:
        form = self.read_form()
        try:
            request = build_request(form)
        except ValueError as error:
            self.query_one("#import-error", Static).update(Text(str(error)))
            return
        self.form = form
        self.dismiss(request)
