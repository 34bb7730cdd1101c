"""The Articles pane: what was imported, with its item counts."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from briefing_tui.dashboard.rows import ArticleRow
from briefing_tui.ui.widgets.row_list import Column, RowList


class ArticlesPane(RowList):
    COLUMNS = (
        Column("Title", 16, 4, keep=9),
        Column("Outlet", 8, 1, keep=5),
        Column("Published", 11, keep=8),
        Column("Act", 4, keep=3),
        Column("Stm", 4, keep=4),
        Column("Mtg", 4, keep=2),
    )
    EMPTY_TEXT = "No articles."

    def row_cells(self, row: ArticleRow) -> Sequence[Text]:
        return (
            Text(row.title),
            Text(row.article.source or ""),
            Text(row.published),
            Text(str(row.actors), justify="right"),
            Text(str(row.statements), justify="right"),
            Text(str(row.meetings), justify="right"),
        )
