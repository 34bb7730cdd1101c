"""The briefing app: app-wide keys, styles, the palette's commands, and the one factory."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import ClassVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Input

from briefing_tui.paths import styles_dir
from briefing_tui.store.repository import Repository
from briefing_tui.ui.store_access import StoreAccess

STYLE_FILES = ("app.tcss", "panes.tcss", "dialogs.tcss")


class BriefingApp(App[None]):
    TITLE = "briefing"
    CSS_PATH: ClassVar = [styles_dir() / name for name in STYLE_FILES]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark,f1", "help", "Help", id="help"),
    ]

    def __init__(
        self,
        db_path: Path,
        *,
        as_of: date | None = None,
        today: Callable[[], date] | None = None,
        opener: Callable[[Path], Repository] | None = None,
    ) -> None:
        super().__init__()
        self.db_path = db_path
        self.today = today or date.today
        self.as_of = as_of
        self.store = StoreAccess(db_path, opener)
        self.started = time.perf_counter()
        self.quitting = False  # set on q: a running import stops without building a board for nobody

    async def on_event(self, event: events.Event) -> None:
        """Keys that arrive in one read ('/wang' typed fast over a slow link) are all routed to the
        widget focused when they came, and bubble up here in order. A printable one that finds an
        Input focused by a key before it ('/' opened the filter line) was not typed there (an Input
        stops every printable key it gets): it goes on to the Input, instead of being lost.

        Once q has quit, the keys that came with it act on nothing: a dialog they opened mounted into
        the closing app, its first query failed, and the app ended in a traceback with status 1."""
        if isinstance(event, events.Key) and self.quitting:
            return
        if (
            isinstance(event, events.Key)
            and event.is_forwarded
            and event.is_printable
            and isinstance(self.focused, Input)
        ):
            self.focused.post_message(events.Key(event.key, event.character))
            return
        await super().on_event(event)

    async def action_quit(self) -> None:
        self.quitting = True
        await super().action_quit()

    def on_mount(self) -> None:
        from briefing_tui.ui.screens.main_screen import MainScreen

        self.push_screen(MainScreen())

    def on_ready(self) -> None:
        self.log.info(f"started in {(time.perf_counter() - self.started) * 1000:.0f} ms")

    def on_unmount(self) -> None:
        self.store.close()

    def action_help(self) -> None:
        from briefing_tui.ui.screens.help_screen import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.screen.active_bindings))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from briefing_tui.ui.commands import briefing_commands
        from briefing_tui.ui.screens.main_screen import MainScreen

        textual_sizes = (screen.action_maximize, screen.action_minimize)
        for command in super().get_system_commands(screen):
            if isinstance(screen, MainScreen) and command.callback in textual_sizes:
                continue  # the dashboard's "Maximize the pane" keeps the footer and filter line; one entry
            if command.callback == self.action_show_help_panel:  # Textual's panel lists its own keys too
                command = SystemCommand(
                    "Keys", "Every key that works here, and what it does (?)", self.action_help
                )
            yield command
        yield from briefing_commands(self, screen)


def create_app(db_path: Path, *, as_of: date | None = None, today: Callable[[], date] | None = None) -> App:
    """The dashboard over the store at ``db_path``; ``today`` is injectable for deterministic tests."""
    return BriefingApp(Path(db_path), as_of=as_of, today=today)
