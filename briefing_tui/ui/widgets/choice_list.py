"""A list of choices answered with Enter (the as-of dialog's days)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList


class ChoiceList(OptionList):
    """OptionList's own Enter is hidden from the footer; here the footer names it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select", "Choose", id="choice-choose")]
