"""The one-line header: store, counts, the as-of day when it is not today, active filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Static

from briefing_tui.core.models import Counts
from briefing_tui.dashboard.summary import counted
from briefing_tui.ui.widgets.row_list import fit

CHIP_CELLS = 48  # a filter chip's longest text; a long name is cut so that every chip stays in sight
CHIP_CELLS_COMPACT = 26
FILTER_PREFIX = "filtered by "  # before a filter chip when there is room for it


@dataclass(frozen=True, slots=True)
class HeaderState:
    store_name: str
    counts: Counts | None = None
    as_of: date | None = None
    filters: tuple[str, ...] = ()
    activity: str | None = None
    compact: bool = False


def counts_label(counts: Counts, *, compact: bool = False) -> str:
    if compact:
        return f"{counts.articles} art \u00b7 {counts.actors} act \u00b7 {counts.statements} stm \u00b7 {counts.meetings} mtg"
    return (
        f"{counted(counts.articles, 'article')} \u00b7 {counted(counts.actors, 'actor')}"
        f" \u00b7 {counted(counts.statements, 'statement')} \u00b7 {counted(counts.meetings, 'meeting')}"
    )


class HeaderBar(Static):
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "header-bar--app",
        "header-bar--as-of",
        "header-bar--chip",
        "header-bar--activity",
    }

    _state: HeaderState | None = None

    def notify_style_update(self) -> None:
        super().notify_style_update()
        if self._state is not None and self.is_attached:  # a new theme: redraw in its colours
            self.call_after_refresh(lambda: self._state and self.show(self._state))

    def show(self, state: HeaderState) -> None:
        """Draw ``state`` in the width there is: what says how the panes are narrowed (the activity,
        the as-of day, every filter) stays whole; the counts (the panes' titles have them), the
        chips' 'filtered by' and the store's name give way first, in that order."""
        self._state = state
        width = self.size.width
        full = CHIP_CELLS_COMPACT if state.compact else CHIP_CELLS
        short = tuple(chip.removeprefix(FILTER_PREFIX) for chip in state.filters)
        variants = (
            (state.filters, full, "long", True),
            (state.filters, full, "short", True),
            (short, CHIP_CELLS_COMPACT, "short", True),
            (short, CHIP_CELLS_COMPACT, None, True),
            (short, CHIP_CELLS_COMPACT, None, False),
        )
        for chips, longest, counts, named in variants:
            text = self._text(state, chips, longest, counts, named)
            if not width or text.cell_len <= width:
                break
        self.update(text, layout=False)

    def _text(
        self, state: HeaderState, chips: tuple[str, ...], longest: int, counts: str | None, named: bool
    ) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(" briefing ", style=self.get_component_rich_style("header-bar--app"))
        if named:
            text.append(f" {state.store_name}")
        if (
            state.activity
        ):  # before the chips: a long actor name must not push an import's progress out of sight
            text.append("  ")
            text.append(state.activity, style=self.get_component_rich_style("header-bar--activity"))
        if state.as_of is not None:
            text.append("  ")
            text.append(
                f" as of {state.as_of.isoformat()} ", style=self.get_component_rich_style("header-bar--as-of")
            )
        for chip in chips:
            text.append("  ")
            text.append(
                f" {fit(chip, min(cell_len(chip), longest))} ",
                style=self.get_component_rich_style("header-bar--chip"),
            )
        if state.counts is not None and counts is not None:
            compact = state.compact or counts == "short"
            text.append(f" \u00b7 {counts_label(state.counts, compact=compact)}")
        return text
