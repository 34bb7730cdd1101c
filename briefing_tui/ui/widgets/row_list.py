"""A keyboard-first list of rows that draws only the lines in sight.

DataTable measured 1.5-2 s to show 10,000 rows here, so the panes use this
Line API list instead: rows are prepared view objects, a filter swaps the
list, and a repaint renders only the visible lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget


def fit(text: str, width: int, *, right: bool = False) -> str:
    """``text`` on one line in exactly ``width`` cells: padded, or cut with an ellipsis."""
    if "\n" in text or "\t" in text:
        text = " ".join(text.split())
    size = cell_len(text)
    if size <= width:
        padding = " " * (width - size)
        return padding + text if right else text + padding
    if width <= 1:
        return "\u2026"[:width]
    return set_cell_size(text, width - 1) + "\u2026"


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its header, the cells it needs at least, its share of spare room, and
    its ``keep`` rank (when the pane is too narrow, the lowest ranks are hidden first).
    ``shown_from`` leaves a column out of rows narrower than that, so that its cells go
    to the columns that matter more there."""

    label: str
    min_width: int
    grow: int = 0
    keep: int = 0
    right: bool = False
    fit_to: int = 0  # when set, the column widens to the longest cell shown, up to this many cells
    shown_from: int = 0
    wanted: int = 0  # what ``fit_to`` found: the cells the longest of them takes (set on each new list)


FIT_SAMPLE = 2000  # rows looked at to fit a column: enough for a screen, cheap for any list


def column_widths(columns: Sequence[Column], total: int, gap: int = 1) -> list[int]:
    """Widths that fit ``total`` cells: columns hidden (width 0) until the minimums fit, then
    fitted columns widened to the cells they want, then spare room shared by ``grow``.

    To widen a fitted column, only columns ranked (``keep``) below every fitted one are
    hidden: a long label in one row may take the place of a minor column, never of one
    that every row needs (the meetings' Status, their Kind).
    """
    shown = {i for i, c in enumerate(columns) if total >= c.shown_from} or {0}

    def needed(wanted: bool = False) -> int:
        sizes = (max(columns[i].min_width, columns[i].wanted if wanted else 0) for i in shown)
        return sum(sizes) + gap * (len(shown) - 1)

    by_rank = sorted(shown, key=lambda i: (columns[i].keep, -i))
    for i in by_rank:
        if needed() <= total or len(shown) == 1:
            break
        shown.discard(i)
    fitting = [i for i in shown if columns[i].wanted > columns[i].min_width]
    if fitting:
        floor = min(columns[i].keep for i in fitting)
        for i in by_rank:
            if i not in shown:
                continue
            if needed(wanted=True) <= total or columns[i].keep >= floor:
                break
            shown.discard(i)
    widths = [c.min_width if i in shown else 0 for i, c in enumerate(columns)]
    spare = total - needed()
    for i in sorted(fitting, key=lambda i: -columns[i].keep):  # the column ranked first, first
        extra = max(0, min(spare, columns[i].wanted - columns[i].min_width))
        widths[i] += extra
        spare -= extra
    growers = [i for i in sorted(shown) if columns[i].grow]
    growth = sum(columns[i].grow for i in growers)
    if spare > 0 and growth:
        given = 0
        for i in growers:
            share = spare * columns[i].grow // growth
            widths[i] += share
            given += share
        widths[growers[-1]] += spare - given
    return widths


class _RowMessage(Message):
    def __init__(self, row_list: RowList, row: Any | None) -> None:
        super().__init__()
        self.row_list = row_list
        self.row = row

    @property
    def control(self) -> RowList:
        return self.row_list


class RowList(Widget, can_focus=True):
    """Rows with a cursor, a fixed header line and vim keys (j/k/g/G, ctrl+d/u).

    It keeps its own first visible row (``top``) instead of a virtual size:
    a new virtual size makes Textual lay out the whole screen, which on every
    filter keystroke cost more than the filtering. The border subtitle shows
    the position instead of a scrollbar.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", show=False, id="cursor-down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="cursor-up"),
        Binding("g,home", "cursor_top", "Top", show=False, id="cursor-top"),
        Binding("G,end", "cursor_bottom", "Bottom", show=False, id="cursor-bottom"),
        Binding("pagedown,ctrl+d", "page_down", "Page down", show=False, id="page-down"),
        Binding("pageup,ctrl+u", "page_up", "Page up", show=False, id="page-up"),
        Binding("enter", "select_row", "Open", id="select-row"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "row-list--header",
        "row-list--cursor",
        "row-list--empty",
        "row-list--dim",
        "row-list--warn",
    }

    ALLOW_MAXIMIZE = True

    COLUMNS: ClassVar[tuple[Column, ...]] = ()
    EMPTY_TEXT: ClassVar[str] = "Nothing here yet."

    cursor: reactive[int] = reactive(0, always_update=False)

    class RowHighlighted(_RowMessage):
        """The cursor moved onto ``row`` (None when the list is empty)."""

    class RowSelected(_RowMessage):
        """Enter (or a click on the highlighted row) chose ``row``."""

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.rows: list[Any] = []
        self.total = 0
        self.top = 0
        self._columns = self.COLUMNS
        self.empty_text = self.EMPTY_TEXT
        self._line_cache: dict[tuple, Strip] = {}
        self._style_cache: dict[tuple[str, ...], Style] = {}  # by theme, focus and parts
        self._click_focuses = False  # the mouse press under way brings focus here from elsewhere

    # --- what subclasses describe ---------------------------------------------------------
    def row_cells(self, row: Any) -> Sequence[str]:
        """The cells of one row, as plain strings (drawn literally, never read as markup)."""
        raise NotImplementedError

    def row_tone(self, row: Any) -> str | None:
        """ "dim" or "warn" to set a row apart, else None."""
        return None

    # --- data -----------------------------------------------------------------------------
    @property
    def current_row(self) -> Any | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def show_rows(
        self, rows: list[Any], *, total: int | None = None, keep_key: bool = True, neighbour: bool = False
    ) -> None:
        """Replace the rows (``total``: how many there are unfiltered), keeping the cursor on the
        same item when it is still listed. With ``neighbour`` (the store changed: the item may have
        been deleted), an item no longer listed leaves the cursor on the next one still listed
        (else the one before), not on the first row."""
        previous = self.current_row
        before, cursor = self.rows, self.cursor
        self.rows = rows
        self.total = len(rows) if total is None else total
        self._columns = self._fitted_columns(rows)
        self._line_cache.clear()
        index = 0
        if keep_key and previous is not None:
            position = {r.key: i for i, r in enumerate(rows)}
            found = position.get(previous.key)
            if found is None and neighbour:
                after = (r.key for r in before[cursor + 1 :])
                earlier = (r.key for r in reversed(before[:cursor]))
                found = next((position[k] for k in (*after, *earlier) if k in position), None)
            index = found or 0
        self.set_reactive(RowList.cursor, min(index, max(0, len(rows) - 1)))
        self._scroll_cursor_into_view()
        self._update_position()
        self.refresh()
        if self.current_row is not previous:  # the detail is redrawn only when the item changed
            self.post_message(self.RowHighlighted(self, self.current_row))

    def _fitted_columns(self, rows: list[Any]) -> tuple[Column, ...]:
        if not any(c.fit_to for c in self.COLUMNS):
            return self.COLUMNS
        sample = [self.row_cells(r) for r in rows[:FIT_SAMPLE]]
        fitted = []
        for i, column in enumerate(self.COLUMNS):
            if column.fit_to and sample:
                longest = max(cell_len(cells[i]) for cells in sample)
                column = replace(column, wanted=min(longest, column.fit_to))
            fitted.append(column)
        return tuple(fitted)

    # --- cursor ---------------------------------------------------------------------------
    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.rows) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self._line_cache.clear()
        self._scroll_cursor_into_view()
        self._update_position()
        self.refresh()
        self.post_message(self.RowHighlighted(self, self.current_row))

    def _update_position(self) -> None:
        """ "12/40" (and "of 10000" when a filter hides some) in the border."""
        shown = len(self.rows)
        where = f"{self.cursor + 1}/{shown}" if shown else "0"
        self.border_subtitle = where if shown == self.total else f"{where} of {self.total}"

    def _visible_rows(self) -> int:
        return max(1, self.size.height - 1)

    def _page(self) -> int:
        return max(1, self._visible_rows() - 1)

    def _scroll_cursor_into_view(self) -> None:
        visible = self._visible_rows()
        top = min(self.top, max(0, len(self.rows) - visible))
        if self.cursor < top:
            top = self.cursor
        elif self.cursor >= top + visible:
            top = self.cursor - visible + 1
        self.top = max(0, top)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_cursor_top(self) -> None:
        self.cursor = 0

    def action_cursor_bottom(self) -> None:
        self.cursor = len(self.rows) - 1

    def action_page_down(self) -> None:
        self.cursor += self._page()

    def action_page_up(self) -> None:
        self.cursor -= self._page()

    def action_select_row(self) -> None:
        row = self.current_row
        if row is not None:
            self.post_message(self.RowSelected(self, row))

    def focus_on_click(self) -> bool:
        """Textual asks as the mouse is pressed, before it moves focus here: remember whether this
        press is what brings focus to the list."""
        self._click_focuses = not self.has_focus
        return True

    def on_click(self, event: events.Click) -> None:
        """A click moves the cursor; a click on the row under the cursor chooses it, as Enter does,
        unless that click only brought focus here from another pane (its cursor row is no choice
        made in this pane: a click into Articles would open an article, into Actors narrow)."""
        click_focuses, self._click_focuses = self._click_focuses, False
        offset = event.get_content_offset(self)
        if offset is None or offset.y < 1:
            return
        index = self.top + offset.y - 1
        if 0 <= index < len(self.rows):
            if index == self.cursor and not click_focuses:
                self.action_select_row()
            self.cursor = index

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self.cursor += 3
        event.stop()

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self.cursor -= 3
        event.stop()

    def on_resize(self, event: events.Resize) -> None:
        """Scroll to fit the new height and draw again: Textual has already drawn the new size
        from the old ``top`` by the time this runs, and keeps those lines until told otherwise."""
        self._line_cache.clear()
        self._scroll_cursor_into_view()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._line_cache.clear()

    def _style(self, *parts: str) -> Style:
        """The widget's style plus component classes, computed once per focus state and theme."""
        key = (self.app.theme, str(self.has_focus), *parts)
        style = self._style_cache.get(key)
        if style is None:
            style = self.rich_style
            for part in parts:
                style += self.get_component_rich_style(f"row-list--{part}")
            self._style_cache[key] = style
        return style

    # --- drawing --------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if y == 0:
            return self._header_strip(width)
        index = self.top + y - 1
        if not self.rows:
            return self._empty_strip(width) if y == 1 else Strip.blank(width, self._style())
        if index >= len(self.rows):
            return Strip.blank(width, self._style())
        cursor_on = index == self.cursor
        key = (index, width, cursor_on, self.has_focus)
        strip = self._line_cache.get(key)
        if strip is None:
            strip = self._row_strip(self.rows[index], width, cursor_on)
            self._line_cache[key] = strip
        return strip

    def _line(self, cells: Sequence[str], width: int) -> str:
        """One screen line of plain text: each cell fitted to its column."""
        widths = column_widths(self._columns, width)
        pieces = [
            fit(cell, cell_width, right=column.right)
            for cell, cell_width, column in zip(cells, widths, self._columns, strict=False)
            if cell_width
        ]
        return fit(" ".join(pieces), width)

    def _strip(self, line: str, width: int, style: Style) -> Strip:
        """A line of literal text (a Segment is never read as markup) in one style."""
        return Strip([Segment(line, style)], width)

    def _header_strip(self, width: int) -> Strip:
        header = self._line([c.label for c in self.COLUMNS], width)
        return self._strip(header, width, self._style("header"))

    def _empty_strip(self, width: int) -> Strip:
        return self._strip(fit(self.empty_text, width), width, self._style("empty"))

    def _row_strip(self, row: Any, width: int, cursor_on: bool) -> Strip:
        tone = self.row_tone(row)
        parts = ((tone,) if tone else ()) + (("cursor",) if cursor_on else ())
        style = self._style(*parts)
        line = self._line(self.row_cells(row), width)
        return self._strip(line, width, style)
