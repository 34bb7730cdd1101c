"""The Statements pane: who said what, to whom, when, and where it was read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType

from briefing_tui.dashboard.rows import StatementRow
from briefing_tui.ui.widgets.row_list import Column, RowList


class StatementsPane(RowList):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "screen.show_details", "Details", id="select-row")
    ]
    COLUMNS = (
        Column("Speaker", 10, 1, keep=9),
        Column("Words", 20, 5, keep=8),
        Column("To", 6, 1, keep=5),
        Column("Date", 10, keep=4, shown_from=70),  # below that, the room goes to the words
        Column("Article", 8, 1, keep=2, shown_from=70),
    )
    EMPTY_TEXT = "No statements."

    def row_cells(self, row: StatementRow) -> Sequence[str]:
        return (
            row.statement.speaker,
            row.words,
            row.addressees,
            row.date,
            row.articles_label,  # "Title +1" when a reprint says the same
        )

    def row_tone(self, row: StatementRow) -> str | None:
        return "dim" if row.statement.kind != "direct" else None
