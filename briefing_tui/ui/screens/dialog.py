"""What every dialog shares: help on ? and F1, as on the dashboard.

A modal screen hides the app's own keys (Textual stops at the modal), so the
app's ``? / F1 Help`` did nothing in a dialog. Each dialog binds them itself;
in a text field ``?`` is typed, as it must be, and the footer offers F1 there.
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.binding import Binding, BindingType
from textual.screen import ModalScreen

from briefing_tui.ui.widgets.key_bar import HELP_BINDING_ID

ResultT = TypeVar("ResultT")


class Dialog(ModalScreen[ResultT]):
    HELP_GROUP = "In this dialog"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark,f1", "app.help", "Help", id=HELP_BINDING_ID),
    ]
