"""The Actors pane: who appears in the briefing, the most present first."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from briefing_tui.dashboard.rows import ActorRow
from briefing_tui.ui.widgets.row_list import Column, RowList


class ActorsPane(RowList):
    COLUMNS = (
        Column("Name", 14, 3, keep=9),
        Column("Kind", 7, keep=3),
        Column("Role", 8, 2, keep=5),
        Column("Affiliation", 8, 1, keep=4),
        Column("Said", 4, keep=7),
        Column("Met", 3, keep=6),
    )
    EMPTY_TEXT = "No actors."

    def row_cells(self, row: ActorRow) -> Sequence[Text]:
        actor = row.actor
        return (
            Text(actor.name),
            Text(actor.kind),
            Text(actor.role or ""),
            Text(actor.affiliation or ""),
            Text(str(row.statements), justify="right"),
            Text(str(row.meetings), justify="right"),
        )
