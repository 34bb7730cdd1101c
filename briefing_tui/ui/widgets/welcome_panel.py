"""What the main screen shows instead of panes: opening, an empty store, or a store error."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.widgets import Static

WELCOME = (
    "briefing follows diplomacy in the news.\n\n"
    "Import articles and it lists the actors they name, what each one said "
    "(direct quotes and reported speech), and which calls, visits and summits "
    "are coming up, with how far away they are.\n\n"
)


class WelcomePanel(Static):
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "welcome-panel--title",
        "welcome-panel--key",
        "welcome-panel--error",
    }

    _redraw: tuple = ()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        if self._redraw and self.is_attached:  # a new theme: redraw in its colours
            self.call_after_refresh(self._redraw_now)

    def _redraw_now(self) -> None:
        method, *args = self._redraw
        method(*args)

    def _key(self, text: Text, key: str, what: str) -> None:
        text.append(f" {key} ", style=self.get_component_rich_style("welcome-panel--key"))
        text.append(f"  {what}\n")

    def show_opening(self, path: str) -> None:
        self._redraw = (self.show_opening, path)
        self.update(Text(f"Opening {path} \u2026"))

    def show_empty(self) -> None:
        self._redraw = (self.show_empty,)
        text = Text()
        text.append("Welcome to briefing\n\n", style=self.get_component_rich_style("welcome-panel--title"))
        text.append(WELCOME)
        self._key(text, "i", "import articles: URLs, a file, or pasted text")
        self._key(text, "s", "load the sample briefing (one TIME article, October 2023)")
        self._key(text, "?", "every key")
        self._key(text, "q", "quit")
        self.update(text)

    def show_error(self, reason: str) -> None:
        self._redraw = (self.show_error, reason)
        text = Text()
        text.append(
            "The store could not be opened\n\n", style=self.get_component_rich_style("welcome-panel--error")
        )
        text.append(reason)
        text.append(
            "\n\nCheck the path (--db or $BRIEFING_DB) and its permissions, then start again. q quits."
        )
        self.update(text)
