"""A field for one calendar day, answered with Enter (the date and as-of dialogs)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Input


class DateInput(Input):
    """Input's own Enter is hidden from the footer; here the footer names it as the dialog's OK."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "submit", "OK", id="date-ok")]

    def __init__(self, *, value: str, id: str) -> None:
        super().__init__(value=value, placeholder="YYYY-MM-DD", id=id)
