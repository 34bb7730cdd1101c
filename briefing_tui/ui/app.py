"""The briefing app: app-wide keys, styles, the palette's commands, and the one factory."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import date
from functools import partial
from pathlib import Path
from typing import ClassVar
from weakref import WeakSet

from textual import events, on
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, TextArea

from briefing_tui.core.text import sanitize
from briefing_tui.paths import styles_dir
from briefing_tui.store.repository import Repository
from briefing_tui.ui.store_access import StoreAccess

STYLE_FILES = ("app.tcss", "panes.tcss", "dialogs.tcss")
HOLD_SECONDS = 0.5  # the longest typed keys wait for a new screen to focus its field


class BriefingApp(App[None]):
    class KeyHandled(Message):
        """Posted to a text field behind a key sent to it: it bubbles up the way the key went, so it
        reaches the app once every widget on the way, and the app's bindings, have had the key."""

        def __init__(self, key: events.Key, field: Widget, *, after_action: bool = False) -> None:
            super().__init__()
            self.key = key
            self.field = field
            self.after_action = after_action  # the second pass, behind what the key's action posted

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
        # Keys (and pastes) typed for a screen that was still opening (type_again), or behind a key
        # still on its way (wait_for_key), and the screens that had opened.
        self.held_keys: list[events.Key | events.Paste] = []
        self.held_for: Screen | None = None
        self.settled_screens: WeakSet[Screen] = WeakSet()
        # A key other than a character sent to a text field, until it has been acted on (wait_for_key).
        self.awaited_key: events.Key | None = None

    async def on_event(self, event: events.Event) -> None:
        """Keys that arrive in one read ('i' and a URL typed fast, '/wang' over a slow link) are all
        routed, as they come, to the widget focused then, and bubble up here in order. Four kinds
        would be lost or misplaced on the way, and are sent on instead:

        - a key routed to a screen that another has since covered or replaced ('i' opened the import
          dialog) is typed again on the screen now shown (``type_again``);
        - a key that finds an Input focused by a key before it on the same screen ('/' opened the
          filter line, a digit the as-of day's field) goes on to the Input (``send_on``);
        - the keys typed after one that a text field hands on to be acted on (Enter keeps the
          filter, Escape closes the dialog, Backspace) wait until it has been (``wait_for_key``):
          they went into the field the key was closing ('j' after Enter ended in the filter, not
          in the pane), or ahead of a Backspace still on its way;
        - once q has quit, the keys that came with it act on nothing: a dialog they opened mounted
          into the closing app, its first query failed, and the app ended in a traceback.

        Pasted text is untrusted text like an article's: it goes to the field as ``sanitize`` leaves
        it (a pasted colour code or screen-clearing sequence was drawn to the terminal as it was,
        and a filter holding one wrote it again in the header), after the keys held before it."""
        if isinstance(event, events.Paste) and not event.is_forwarded:
            if self.held_for is not None or self.awaited_key is not None:
                self.held_keys.append(event)
                return
            if (clean := sanitize(event.text)) != event.text:
                event = events.Paste(clean)
        if isinstance(event, events.Key):
            if self.quitting:
                return
            routed_on = getattr(event, "briefing_screen", None)
            if routed_on is None:  # from the terminal
                if self.held_for is not None or self.awaited_key is not None:  # keys before it go first
                    self.held_keys.append(event)
                    return
                # where it is routed (a widget that has no use for it sends it up here)
                event.briefing_screen, event.briefing_widget = self.screen, self.focused  # type: ignore[attr-defined]
                field = self.focused
                if isinstance(field, Input | TextArea) and not event.is_printable:
                    await super().on_event(event)
                    self.wait_for_key(event, field)
                    return
            else:
                if event is self.awaited_key:
                    event.briefing_came_back = True  # type: ignore[attr-defined]  # and acted on, if bound
                if routed_on is not self.screen:
                    await self.type_again(events.Key(event.key, event.character))
                    return
                if (
                    isinstance(self.focused, Input)
                    and getattr(event, "briefing_widget", None) is not self.focused
                ):
                    self.send_on(events.Key(event.key, event.character), self.focused)
                    return
        await super().on_event(event)

    def send_on(self, key: events.Key, field: Input) -> None:
        """Type ``key`` into ``field`` once it has taken the keys sent on before it (they queue
        there, in order): Enter after a date typed at once submits the whole date, not the digits
        the field had taken when Enter came by."""
        field.call_later(self.on_event, events.Key(key.key, key.character))

    def wait_for_key(self, key: events.Key, field: Widget) -> None:
        """Hold the keys typed after ``key``, sent to the text field ``field``, until it has been
        handled: a character a field types itself, but any other key goes up to the app's bindings
        and comes back with the field's queue behind it, so a 'j' typed after Enter was typed into
        the filter line Enter was closing. A ``KeyHandled`` follows the key up (``_key_handled``);
        a new screen (Escape closed the dialog), or ``HOLD_SECONDS``, ends the wait too."""
        self.awaited_key = key
        field.post_message(self.KeyHandled(key, field))
        self.set_timer(HOLD_SECONDS, partial(self.stop_waiting_for, key))

    @on(KeyHandled)
    def _key_handled(self, message: KeyHandled) -> None:
        """The awaited key has passed every widget on its way and the bindings. One bound to an
        action comes with what the action posted to its field (Enter's Submitted, which closes the
        filter line): a second ``KeyHandled`` follows that, before the keys after it are typed."""
        key, field = message.key, message.field
        if key is not self.awaited_key:
            return
        if getattr(key, "briefing_came_back", False) and not message.after_action and field.is_attached:
            field.post_message(self.KeyHandled(key, field, after_action=True))
            return
        self.stop_waiting_for(key)

    def screen_shown(self, screen: Screen) -> None:
        """Another screen is shown: the awaited key closed or opened one, and is done."""
        if self.awaited_key is not None:
            self.stop_waiting_for(self.awaited_key)

    def stop_waiting_for(self, key: events.Key) -> None:
        """Type the keys held behind ``key`` on the screen shown, once it has settled."""
        if key is not self.awaited_key:
            return
        self.awaited_key = None
        if self.held_keys and self.held_for is None:
            self.hold_for(self.screen)

    async def type_again(self, key: events.Key) -> None:
        """Deliver ``key`` on the screen now shown, as if typed there. A screen just opened is given
        its own focus first (a dialog puts the cursor in its field as it mounts; until then Textual
        focuses its first widget, the import dialog's tabs): the key waits, with every key after it,
        until the screen has run its on_mount and the focus it asked for, or ``HOLD_SECONDS``."""
        screen = self.screen
        if self.held_for is None and self.awaited_key is None and screen in self.settled_screens:
            await self.on_event(key)
            return
        if self.held_for is None and self.awaited_key is None:
            self.hold_for(screen)
        self.held_keys.append(key)

    def hold_for(self, screen: Screen) -> None:
        """Keep the held keys (and those typed meanwhile) until ``screen`` has handled what is
        queued for it (a dialog's on_mount and the focus it asked for, a screen's resumption)."""
        self.held_for = screen
        release = partial(self.release_keys, screen)
        screen.call_later(self.call_later, release)  # its queue runs on_mount first; then ours
        self.set_timer(HOLD_SECONDS, release)  # should the screen close before that

    async def release_keys(self, screen: Screen) -> None:
        """Type the keys held for ``screen`` on the screen now shown, in the order they came."""
        self.settled_screens.add(screen)
        if screen is not self.held_for:
            return
        self.held_for = None
        keys, self.held_keys = self.held_keys, []
        for key in keys:
            await self.on_event(key)

    async def action_quit(self) -> None:
        self.quitting = True
        await super().action_quit()

    def on_mount(self) -> None:
        from briefing_tui.ui.screens.main_screen import MainScreen

        self.screen_change_signal.subscribe(self, self.screen_shown)
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
