"""The filter line under the panes."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input


class FilterInput(Input):
    """Typing filters the pane; Enter keeps the filter, Escape clears it.

    Both keys are in the footer while typing: the placeholder that says so is
    gone once the first character is typed.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Keep filter", id="filter-keep"),
        Binding("escape", "screen.back", "Clear filter", id="filter-clear"),
    ]
