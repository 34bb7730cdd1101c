"""The Meetings pane: upcoming meetings first, soonest first, labelled against the as-of day."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding, BindingType

from briefing_tui.dashboard.rows import MeetingRow
from briefing_tui.ui.widgets.row_list import Column, RowList


class MeetingsPane(RowList):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "screen.show_details", "Details", id="select-row")
    ]
    COLUMNS = (
        Column("When", 11, 1, keep=9, fit_to=26),
        Column("Dates", 13, keep=4),
        Column("Kind", 7, keep=6),
        Column("Participants", 14, 4, keep=8),
        Column("Place", 8, 1, keep=3),
        Column("Status", 8, keep=5, fit_to=13),
    )
    EMPTY_TEXT = "No meetings."

    def row_cells(self, row: MeetingRow) -> Sequence[str]:
        meeting = row.meeting
        return (
            row.label,
            row.when,
            meeting.kind,
            row.participants,
            meeting.location or "",
            row.status,
        )

    def row_tone(self, row: MeetingRow) -> str | None:
        if row.unconfirmed:
            return "warn"
        return None if row.upcoming else "dim"
