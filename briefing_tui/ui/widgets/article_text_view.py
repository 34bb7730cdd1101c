"""An article's text with its extracted items highlighted, drawing only the lines in sight.

A 20,000-line body took 4 s to paint in a Static; here wrapping is a list of
offsets (computed once per width) and each repaint styles the visible lines.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing_tui.dashboard.highlight import CHOSEN, QUOTE, Highlight, wrap_offsets
from briefing_tui.ui.widgets.keys import text_scroll_bindings

# The order marks are drawn in, each over the ones before: a quote keeps its colour inside the
# chosen item's sentence, which shows over the other sentences.
LAYERS = {CHOSEN: 1, QUOTE: 2}


class ArticleTextView(ScrollView, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = text_scroll_bindings(
        "text", line="scroll_lines", page="scroll_pages", edge="scroll_edge"
    )
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-text-view--evidence",
        "article-text-view--quote",
        "article-text-view--meeting",
        "article-text-view--chosen",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = ""
        self.highlights: list[Highlight] = []
        self._lines: list[tuple[int, int]] = []
        self._wrapped_width = -1

    def show(self, text: str, highlights: list[Highlight]) -> None:
        # A tab sent as it is makes the terminal jump to its next tab stop, past the line's cells:
        # drawn as one space, it keeps every offset (and the highlights) where they are.
        self.text = text.replace("\t", " ")
        self.highlights = sorted(highlights, key=lambda mark: LAYERS.get(mark.kind, 0))
        self._wrapped_width = -1
        self._rewrap()
        self.refresh()

    def action_scroll_lines(self, lines: int) -> None:
        self.scroll_relative(y=lines, animate=False, immediate=True)

    def action_scroll_pages(self, pages: int) -> None:
        self.action_scroll_lines(pages * max(1, self.size.height - 1))

    def action_scroll_edge(self, end: int) -> None:
        self.scroll_to(y=self.max_scroll_y if end > 0 else 0, animate=False, immediate=True)

    def first_line_of(self, offset: int) -> int:
        """The screen line that shows character ``offset`` (for scrolling to an item)."""
        for number, (start, end) in enumerate(self._lines):
            if start <= offset <= end:
                return number
        return 0

    def _rewrap(self) -> None:
        width = max(1, self.scrollable_content_region.width)
        if width == self._wrapped_width:
            return
        self._wrapped_width = width
        self._lines = wrap_offsets(self.text, width)
        self.virtual_size = Size(width, len(self._lines))

    def on_resize(self, event: events.Resize) -> None:
        self._rewrap()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        number = round(self.scroll_y) + y
        if number >= len(self._lines):
            return Strip.blank(width, base)
        start, end = self._lines[number]
        return Strip(self._segments(start, end, base)).adjust_cell_length(width, base)

    def _segments(self, start: int, end: int, base: Style) -> list[Segment]:
        """The line's characters cut at highlight boundaries, each piece with its style."""
        cuts = {start, end}
        for mark in self.highlights:
            if mark.start < end and mark.end > start:
                cuts.add(max(start, mark.start))
                cuts.add(min(end, mark.end))
        points = sorted(cuts)
        segments = []
        for left, right in zip(points, points[1:], strict=False):
            style = base
            for mark in self.highlights:
                if mark.start <= left and mark.end >= right:
                    style = style + self.get_component_rich_style(f"article-text-view--{mark.kind}")
            segments.append(Segment(self.text[left:right], style))
        return segments
