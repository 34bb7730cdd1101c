"""The detail panel: everything known about the selected actor, statement, meeting or article.

Article-derived strings are appended to ``rich.text.Text`` as plain text, so
markup-like input (``[@click=app.quit]``) shows literally.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.strip import Strip
from textual.widget import Widget

from briefing_tui.core.models import Article
from briefing_tui.dashboard.board import Board
from briefing_tui.dashboard.dates import local_time_label
from briefing_tui.dashboard.highlight import quote_span
from briefing_tui.dashboard.rows import (
    ActorRow,
    ArticleRow,
    MeetingRow,
    StatementRow,
    article_title,
    published_label,
)
from briefing_tui.dashboard.summary import counted
from briefing_tui.ui.widgets.keys import text_scroll_bindings


class DetailPanel(Widget, can_focus=True):
    """Scrollable text about one item; Escape returns to the pane it came from.

    Drawn line by line with its own first visible line (no child widgets, no
    virtual size), so moving the cursor in a pane repaints only this panel
    instead of laying out the whole screen.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        # the screen's Escape, shown here: the one way back to the pane, and not obvious
        Binding("escape", "screen.back", "Back", id="detail-back"),
        # Enter does here what it does on the row described (the hint at the end says so)
        Binding("enter", "screen.select_shown('actors')", "Only this actor", id="detail-only-actor"),
        Binding("enter", "screen.select_shown('articles')", "Read", id="detail-read"),
        *text_scroll_bindings("detail", line="scroll_lines", page="scroll_pages", edge="scroll_edge"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "detail-panel--heading",
        "detail-panel--label",
        "detail-panel--quote",
        "detail-panel--muted",
        "detail-panel--warn",
    }

    ALLOW_MAXIMIZE = True

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._row: Any | None = None
        self._board: Board | None = None
        self._text = Text()
        self._hint_at: int | None = None  # where the closing key hint starts in ``_text``
        self._strips: list[Strip] = []
        self._wrapped_width = -1
        self.top = 0
        self._styles: dict[str, Style] = {}

    @property
    def plain(self) -> str:
        """What the panel says, as plain text (for tests)."""
        return self._text.plain

    @property
    def copy_text(self) -> str:
        """What the panel says about the item, without its closing hint on keys (for y)."""
        return self._text.plain[: self._hint_at].rstrip()

    def _key_hint(self, text: Text, hint: str) -> None:
        self._hint_at = len(text.plain)
        text.append(f"\n{hint}", style=self._style("muted"))

    def _style(self, part: str) -> Style:
        style = self._styles.get(part)
        if style is None:
            style = self._styles[part] = self.get_component_rich_style(f"detail-panel--{part}")
        return style

    def show(self, row: Any | None, board: Board | None) -> None:
        """Describe ``row`` (any pane's row type); a hint when nothing is selected."""
        if row is self._row and board is self._board and self._strips:
            return
        self._row, self._board = row, board
        self._text = self._describe(row, board)
        self._wrapped_width = -1
        self.top = 0
        self._rewrap()
        self.refresh()

    def action_scroll_lines(self, lines: int) -> None:
        last = max(0, len(self._strips) - self.size.height)
        self.top = max(0, min(last, self.top + lines))
        self._update_position()
        self.refresh()

    def action_scroll_pages(self, pages: int) -> None:
        self.action_scroll_lines(pages * max(1, self.size.height - 1))

    def action_scroll_edge(self, end: int) -> None:
        self.action_scroll_lines(end * len(self._strips))

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self.action_scroll_lines(3)
        event.stop()

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self.action_scroll_lines(-3)
        event.stop()

    def _update_position(self) -> None:
        hidden_below = len(self._strips) - self.top - self.size.height
        marks = ("\u2191 more" if self.top else "", "\u2193 more" if hidden_below > 0 else "")
        self.border_subtitle = " ".join(m for m in marks if m)

    def _rewrap(self) -> None:
        width = self.size.width
        if width <= 0 or width == self._wrapped_width:
            return
        self._wrapped_width = width
        base = self.rich_style
        lines = self._text.wrap(self.app.console, width)
        self._strips = []
        for line in lines:
            line.style = base
            self._strips.append(Strip(line.render(self.app.console)).adjust_cell_length(width, base))
        self._update_position()

    def on_resize(self, event: events.Resize) -> None:
        self._rewrap()
        self._update_position()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles = {}
        if self.is_mounted:
            self._text = self._describe(self._row, self._board)
            self._wrapped_width = -1
            self._rewrap()

    def render_line(self, y: int) -> Strip:
        self._rewrap()
        index = self.top + y
        width = self.size.width
        if index < len(self._strips):
            return self._strips[index]
        base = self._styles.get("") or self._styles.setdefault("", self.rich_style)
        return Strip.blank(width, base)

    def _describe(self, row: Any | None, board: Board | None) -> Text:
        self._hint_at = None
        if row is None or board is None:
            text = Text("Select a row to see its details.", style=self._style("muted"))
        elif isinstance(row, ActorRow):
            text = self._actor(row, board)
        elif isinstance(row, StatementRow):
            text = self._statement(row, board)
        elif isinstance(row, MeetingRow):
            text = self._meeting(row, board)
        else:
            text = self._article(row)
        return text

    # --- building blocks -----------------------------------------------------------------
    def _heading(self, text: Text, title: str) -> None:
        text.append(title, style=self._style("heading"))
        text.append("\n")

    def _field(self, text: Text, label: str, value: str | None) -> None:
        if value:
            text.append(f"{label}: ", style=self._style("label"))
            text.append(value)
            text.append("\n")

    def _source(self, text: Text, board: Board, article_id: str | None) -> None:
        article = board.articles_by_id.get(article_id or "")
        if article is None:
            return
        text.append("\n")
        self._field(text, "Article", article_title(article))
        self._field(
            text, "Published", published_label(article) + (" (assumed)" if article.published_assumed else "")
        )
        self._field(text, "Outlet", article.source)
        self._field(text, "URL", article.url)

    # --- one per row type ----------------------------------------------------------------
    def _actor(self, row: ActorRow, board: Board) -> Text:
        actor = row.actor
        text = Text()
        self._heading(text, actor.name)
        self._field(text, "Kind", actor.kind)
        self._field(text, "Role", actor.role)
        self._field(text, "Affiliation", actor.affiliation)
        self._field(text, "Also called", ", ".join(actor.aliases))
        self._field(text, "Statements", str(row.statements))
        self._field(text, "Meetings", str(row.meetings))
        titles = [article_title(board.articles_by_id.get(a)) for a in actor.article_ids]
        self._field(text, "Articles", "; ".join(titles))
        self._key_hint(text, "Enter shows only this actor's statements and meetings; a shows all.")
        return text

    def _statement(self, row: StatementRow, board: Board) -> Text:
        statement = row.statement
        text = Text()
        kind = "said (direct quote)" if statement.kind == "direct" else "said (reported speech)"
        self._heading(text, f"{statement.speaker} {kind}")
        text.append(row.words)
        text.append("\n\n")
        self._field(text, "To", row.addressees)
        self._field(text, "Date", row.date)
        if statement.evidence:
            text.append("Evidence: ", style=self._style("label"))
            # one line, however the article broke it (hard-wrapped text): the same length, so the
            # quote's place in it holds
            evidence = Text(statement.evidence.replace("\n", " "))
            span = quote_span(statement.evidence, statement.text)
            if span:
                evidence.stylize(self._style("quote"), *span)
            text.append_text(evidence)
            text.append("\n")
        if len(row.sources) > 1:
            self._sources(text, row.sources)
        else:
            self._source(text, board, statement.article_id)
        return text

    def _sources(self, text: Text, articles: tuple[Article, ...]) -> None:
        """Every article the same words were read from (a wire story and its reprints), one a line."""
        text.append("\n")
        text.append(f"Read in {len(articles)} articles:\n", style=self._style("label"))
        for article in articles:
            text.append(f"\u2022 {article_title(article)}")
            details = [published_label(article), article.source, article.url]
            text.append("".join(f"  \u00b7  {d}" for d in details if d), style=self._style("muted"))
            text.append("\n")

    def _meeting(self, row: MeetingRow, board: Board) -> Text:
        meeting = row.meeting
        text = Text()
        self._heading(text, meeting.title or f"{meeting.kind.capitalize()}: {row.participants}")
        text.append(row.label, style=self._style("warn") if row.unconfirmed else self._style("heading"))
        text.append("\n")
        self._field(text, "Dates", row.when or meeting.date_text)
        self._field(text, "As written", meeting.date_text)
        self._field(text, "Kind", meeting.kind)
        self._field(text, "Participants", row.participants)
        self._field(text, "Place", meeting.location)
        self._field(text, "Status", row.status)
        self._field(text, "Evidence", meeting.evidence.replace("\n", " "))
        self._source(text, board, meeting.article_id)
        return text

    def _article(self, row: ArticleRow) -> Text:
        article = row.article
        text = Text()
        self._heading(text, row.title)
        self._field(
            text, "Published", published_label(article) + (" (assumed)" if article.published_assumed else "")
        )
        self._field(text, "Outlet", article.source)
        self._field(text, "Author", article.author)
        self._field(text, "URL", article.url)
        self._field(text, "Imported", local_time_label(article.imported_at))
        self._field(
            text,
            "Items",
            f"{counted(row.actors, 'actor')}, {counted(row.statements, 'statement')}, "
            f"{counted(row.meetings, 'meeting')}",
        )
        if article.partial:
            text.append("Only part of this article could be read.\n", style=self._style("warn"))
        self._key_hint(text, "Enter or o opens the text; d corrects the date; x deletes.")
        return text
