"""The Actors pane: who appears in the briefing, the most present first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType

from briefing_tui.dashboard.rows import ActorRow
from briefing_tui.ui.widgets.row_list import Column, RowList


class ActorsPane(RowList):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_row", "Only this actor", id="select-row")
    ]
    COLUMNS = (
        Column("Name", 14, 2, keep=9),
        Column("Kind", 7, keep=3, shown_from=70),  # below that, the room goes to names and roles
        Column("Role", 8, 3, keep=5),
        Column("Affiliation", 8, 1, keep=4),
        Column("Said", 4, keep=7, right=True),
        Column("Met", 3, keep=6, right=True),
    )
    EMPTY_TEXT = "No actors."

    def row_cells(self, row: ActorRow) -> Sequence[str]:
        actor = row.actor
        return (
            actor.name,
            actor.kind,
            actor.role or "",
            actor.affiliation or "",
            str(row.statements),
            str(row.meetings),
        )
