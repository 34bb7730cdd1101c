"""Ask for one calendar day (YYYY-MM-DD); the answer is a ``date`` or None when cancelled."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from briefing_tui.dashboard.dates import parse_day
from briefing_tui.ui.screens.dialog import Dialog
from briefing_tui.ui.widgets.date_input import DateInput
from briefing_tui.ui.widgets.key_bar import KeyBar


class DateDialog(Dialog[date | None]):
    HELP_GROUP = "Giving a date"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="date-cancel")]

    def __init__(self, prompt: str, *, initial: str = "") -> None:
        super().__init__()
        self.prompt = prompt
        self.initial = initial

    def compose(self) -> ComposeResult:
        with Vertical(id="date-box", classes="dialog"):
            yield Static(Text(self.prompt), id="date-prompt")
            yield DateInput(value=self.initial, id="date-input")
            yield Static("", id="date-error", classes="dialog-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("OK", id="date-ok", variant="primary")
                yield Button("Cancel", id="date-cancel")
        yield KeyBar(id="footer", app_keys=False)  # this dialog's keys, over the screen's

    def on_mount(self) -> None:
        self.query_one("#date-input", Input).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted, "#date-input")
    @on(Button.Pressed, "#date-ok")
    def _submit(self) -> None:
        try:
            day = parse_day(self.query_one("#date-input", Input).value)
        except ValueError as error:
            self.query_one("#date-error", Static).update(Text(str(error)))
            return
        self.dismiss(day)

    @on(Button.Pressed, "#date-cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
