"""The filter line under the panes."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input


class FilterInput(Input):
    """Typing filters the pane; Enter keeps the filter, Escape clears it.

    Both keys are in the footer while typing: the placeholder that says so is
    gone once the first character is typed. Reopened, the line shows the kept
    filter with the cursor after it and nothing selected, so typing adds to it.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Keep filter", id="filter-keep"),
        Binding("escape", "screen.back", "Clear filter", id="filter-clear"),
    ]

    def __init__(self, *, placeholder: str = "", id: str | None = None) -> None:
        super().__init__(placeholder=placeholder, id=id, select_on_focus=False)

    def show(self, text: str) -> None:
        """Put a kept filter in the line, the cursor at its end."""
        self.value = text
        self.cursor_position = len(text)
