"""The import dialog: URLs, a file path or pasted text, and an optional publication date."""

from __future__ import annotations

import time
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Static, TabbedContent, TabPane, Tabs, TextArea

from briefing_tui.dashboard.dates import parse_day
from briefing_tui.importer import ImportRequest
from briefing_tui.sources.urls import looks_like_url, missing_source_reason
from briefing_tui.ui.screens.dialog import Dialog
from briefing_tui.ui.widgets.key_bar import KeyBar
from briefing_tui.ui.widgets.path_suggester import PathSuggester

CLICK_SECONDS = 1.0  # a tab activated this soon after a mouse press was clicked


def build_request(urls: str, path: str, pasted: str, published: str) -> ImportRequest:
    """What the form asks for; ValueError with a readable reason when it asks for nothing or a bad date."""
    sources = [line.strip() for line in urls.splitlines() if line.strip()]
    if path.strip():
        sources.append(path.strip())
    text = pasted if pasted.strip() else None
    if not sources and text is None:
        raise ValueError("Give at least one URL, a file path or some pasted text.")
    for source in sources:  # checked here, so a typing slip keeps the form to correct
        if not looks_like_url(source) and not Path(source).expanduser().exists():
            reason = missing_source_reason(source)
            raise ValueError(reason[0].upper() + reason[1:])
    day = parse_day(published).isoformat() if published.strip() else None
    return ImportRequest(sources=tuple(sources), pasted_text=text, published=day)


class ImportDialog(Dialog[ImportRequest | None]):
    HELP_GROUP = "Importing articles"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="import-cancel"),
        Binding("ctrl+r", "submit", "Import", id="import-submit"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="import-box", classes="dialog"):
            yield Static("Import articles  \u00b7  ctrl+r imports, Escape cancels", id="import-title")
            with TabbedContent(id="import-tabs"):
                with TabPane("URLs", id="import-tab-urls"):
                    yield TextArea(id="import-urls", soft_wrap=False, show_line_numbers=False)
                with TabPane("File", id="import-tab-file"):
                    yield Input(
                        placeholder="path to an article, feed or URL list (\u2192 completes)",
                        suggester=PathSuggester(),
                        id="import-path",
                    )
                with TabPane("Paste", id="import-tab-paste"):
                    yield TextArea(id="import-text", soft_wrap=True)
            with Horizontal(id="import-date-row"):
                yield Label("Published (optional)", id="import-date-label")
                yield Input(placeholder="YYYY-MM-DD", id="import-date")
            yield Static("", id="import-error", classes="dialog-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Import", id="import-ok", variant="primary")
                yield Button("Cancel", id="import-cancel")
        yield KeyBar(id="footer", app_keys=False)  # this dialog's keys, over the screen's

    clicked_at = 0.0  # when the mouse was last pressed in the dialog

    def on_mount(self) -> None:
        urls = self.query_one("#import-urls", TextArea)
        urls.border_title = "one URL per line"
        self.query_one("#import-text", TextArea).border_title = "article text"
        urls.focus()

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

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#import-cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#import-ok")
    @on(Input.Submitted)
    def action_submit(self) -> None:
        try:
            request = build_request(
                self.query_one("#import-urls", TextArea).text,
                self.query_one("#import-path", Input).value,
                self.query_one("#import-text", TextArea).text,
                self.query_one("#import-date", Input).value,
            )
        except ValueError as error:
            self.query_one("#import-error", Static).update(Text(str(error)))
            return
        self.dismiss(request)
