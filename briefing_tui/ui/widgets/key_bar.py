"""The footer: the keys that apply now, read from the screen's live bindings.

Textual's Footer rebuilds one widget per key on every focus change (about
0.3 s per pane switch here); this bar renders one line of text instead, and
a click on a key runs its action. A dialog has its own bar over the
screen's, with only the dialog's keys (``app_keys=False``: the app's quit
would leave the dialog unanswered, and its help is the dialog's own, see
``briefing_tui.ui.screens.dialog``). A key the focused field types instead
(``?`` in a text field) is not among the live bindings, so help shows as F1.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widgets import Static

HELP_BINDING_ID = "help"
# Keys that work the same in every pane, in the order they leave a footer too narrow for all.
GIVE_WAY_FIRST = ("quit", "export", "as-of", "import")


def _entry_width(entry: tuple[str, str, str, object]) -> int:
    key, description, _, _ = entry
    return cell_len(f" {key} {description} ")


class KeyBar(Static):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-bar--key", "key-bar--description"}

    def __init__(self, *, id: str | None = None, app_keys: bool = True) -> None:
        super().__init__(id=id)
        self.app_keys = app_keys
        self._spans: list[tuple[int, int, str, object]] = []
        self._last: tuple = ()

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.call_after_refresh(self._bindings_changed, self.screen)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        if self.is_attached and self._last:  # a new theme: draw the keys again in its colours
            self._last = ()
            self.call_after_refresh(self._bindings_changed, self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def on_resize(self, event: events.Resize) -> None:
        self._last = ()  # the keys that fit depend on the width
        self._bindings_changed(self.screen)

    def _shown(self) -> list[tuple[str, str, str, object]]:
        """(key display, description, action, node) of each enabled binding marked ``show``.

        When they do not fit the width, keys that work everywhere give way
        first, then the last ones: the first keys say what this pane does,
        and help, always shown, lists every key.
        """
        shown: dict[str, tuple[str, str, str, object]] = {}
        ids: dict[str, str | None] = {}
        help_entry = None
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if not binding.show or not active.enabled or (active.node is self.app and not self.app_keys):
                continue
            entry = (self.app.get_key_display(binding), binding.description, binding.action, active.node)
            if binding.id == HELP_BINDING_ID:
                help_entry = help_entry or entry
                continue
            if binding.action not in shown:
                shown[binding.action] = entry
                ids[binding.action] = binding.id
        entries = list(shown.values())
        width = self.size.width
        reserved = _entry_width(help_entry) if help_entry else 0
        while width and entries and sum(map(_entry_width, entries)) + reserved > width:
            general = [e for e in entries if ids[e[2]] in GIVE_WAY_FIRST]
            entries.remove(
                min(general, key=lambda e: GIVE_WAY_FIRST.index(ids[e[2]] or "")) if general else entries[-1]
            )
        return [*entries, help_entry] if help_entry else entries

    def _bindings_changed(self, screen: Screen) -> None:
        if not self.is_attached or screen is not self.screen:
            return
        entries = self._shown()
        signature = (self.size.width, *((k, d, a) for k, d, a, _ in entries))
        if signature == self._last:
            return
        self._last = signature
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        self._spans = []
        for key, description, action, node in entries:
            start = text.cell_len
            text.append(f" {key} ", style=key_style)
            text.append(f"{description} ", style=description_style)
            self._spans.append((start, text.cell_len, action, node))
        self.update(text, layout=False)

    async def on_click(self, event: events.Click) -> None:
        for start, end, action, node in self._spans:
            if start <= event.x < end:
                await self.app.run_action(action, node)  # type: ignore[arg-type]
                return
