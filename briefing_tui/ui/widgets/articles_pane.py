"""The Articles pane: what was imported, with its item counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType

from briefing_tui.dashboard.rows import ArticleRow
from briefing_tui.ui.widgets.row_list import Column, RowList


class ArticlesPane(RowList):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "select_row", "Read", id="select-row")]
    COLUMNS = (
        Column("Title", 16, 4, keep=9),
        Column("Outlet", 8, 1, keep=5),
        Column("Published", 11, keep=8),
        Column("Act", 4, keep=3, right=True),
        Column("Stm", 4, keep=4, right=True),
        Column("Mtg", 4, keep=2, right=True),
    )
    EMPTY_TEXT = "No articles."

    def row_cells(self, row: ArticleRow) -> Sequence[str]:
        return (
            row.title,
            row.article.source or "",
            row.published,
            str(row.actors),
            str(row.statements),
            str(row.meetings),
        )
