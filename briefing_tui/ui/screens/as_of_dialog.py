"""Choose the day the dashboard reads the news from: today, the newest article, or any date."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from briefing_tui.dashboard.dates import parse_day
from briefing_tui.ui.screens.dialog import Dialog
from briefing_tui.ui.widgets.choice_list import ChoiceList
from briefing_tui.ui.widgets.date_input import DateInput
from briefing_tui.ui.widgets.key_bar import KeyBar


class AsOfDialog(Dialog[date | None]):
    HELP_GROUP = "Choosing the day"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="as-of-cancel")]

    def __init__(self, *, today: date, newest: date | None, current: date) -> None:
        super().__init__()
        self.today = today
        self.newest = newest
        self.current = current

    def compose(self) -> ComposeResult:
        options = [Option(f"Today ({self.today.isoformat()})", id="today")]
        if self.newest is not None:
            options.append(Option(f"As of the newest article ({self.newest.isoformat()})", id="newest"))
        options.append(Option("Another date\u2026", id="other"))
        with Vertical(id="as-of-box", classes="dialog"):
            yield Static(
                f"Read the briefing as of which day? Now: {self.current.isoformat()} (or type a date)",
                id="as-of-prompt",
            )
            yield ChoiceList(*options, id="as-of-options")
            yield DateInput(value=self.current.isoformat(), id="as-of-input")
            yield Static("", id="as-of-error", classes="dialog-error")
        yield KeyBar(id="footer", app_keys=False)  # this dialog's keys, over the screen's

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_key(self, event: events.Key) -> None:
        """A digit typed on the choices starts a date in the field below them: the digits of
        't 2023-10-27' went to the list, which has no use for them, and Enter then chose today.
        The field takes the keys after it (``BriefingApp.on_event`` sends on those already sent)."""
        if not (event.character and event.character.isdigit() and isinstance(self.focused, OptionList)):
            return
        event.stop()
        field = self.query_one("#as-of-input", Input)
        field.value = ""  # the date typed replaces the one shown
        self.set_focus(field)  # now, not behind the keys already queued
        field.post_message(events.Key(event.key, event.character))  # typed there, after its focus

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option_id == "today":
            self.dismiss(self.today)
        elif event.option_id == "newest":
            self.dismiss(self.newest)
        else:
            self.query_one("#as-of-input", Input).focus()

    @on(Input.Submitted, "#as-of-input")
    def _typed(self, event: Input.Submitted) -> None:
        try:
            self.dismiss(parse_day(event.value))
        except ValueError as error:
            self.query_one("#as-of-error", Static).update(Text(str(error)))
