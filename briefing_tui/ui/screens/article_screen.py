"""One article's text with what was read from it highlighted; Escape returns to the dashboard."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from briefing_tui.core.models import Meeting, Statement
from briefing_tui.dashboard.board import Board
from briefing_tui.dashboard.highlight import (
    CHOSEN,
    EVIDENCE,
    MEETING,
    QUOTE,
    chosen_highlight,
    item_highlights,
)
from briefing_tui.dashboard.rows import article_title, published_label
from briefing_tui.ui.messages import ArticleTextLoaded
from briefing_tui.ui.widgets.article_text_view import ArticleTextView
from briefing_tui.ui.widgets.key_bar import KeyBar

# What each mark in the text is, in the legend above it, drawn in the mark's own style.
LEGEND = ((QUOTE, "quotes"), (EVIDENCE, "their sentences"), (MEETING, "meeting sentences"))
CHOSEN_LEGEND = (CHOSEN, "the item you opened")


class ArticleScreen(Screen):
    HELP_GROUP = "Reading an article"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Back", id="article-close")]

    def __init__(self, article_id: str, board: Board, *, item: Statement | Meeting | None = None) -> None:
        """``item``: the statement or meeting the article was opened from; the reader starts at
        its sentence and marks it apart from the others."""
        super().__init__()
        self.article_id = article_id
        self.board = board
        self.item = item

    def compose(self) -> ComposeResult:
        article = self.board.articles_by_id.get(self.article_id)
        heading = Text(article_title(article))
        if article is not None:
            heading.append(f"  \u00b7  {published_label(article)}")
            if article.source:
                heading.append(f"  \u00b7  {article.source}")
            if article.url:
                heading.append(f"  \u00b7  {article.url}")
        yield Static(heading, id="article-heading")
        yield Static(id="article-legend")
        yield ArticleTextView(id="article-text")
        yield KeyBar(id="footer")

    def on_mount(self) -> None:
        self.show_legend()
        self.query_one(ArticleTextView).focus()
        self.load_text()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        if self.is_mounted:  # a new theme: the legend's marks in its colours
            self.call_after_refresh(self.show_legend)

    def show_legend(self) -> None:
        """Name each kind of mark in its own style, so that the colours in the text can be read."""
        view = self.query_one(ArticleTextView)
        legend = Text("Marked: ")
        for number, (kind, words) in enumerate((*LEGEND, CHOSEN_LEGEND) if self.item else LEGEND):
            if number:
                legend.append(" \u00b7 ")
            legend.append(words, style=view.get_component_rich_style(f"article-text-view--{kind}"))
        self.query_one("#article-legend", Static).update(legend)

    @work(thread=True, group="store", exit_on_error=False, description="Reading the article")
    def load_text(self) -> None:
        article = self.app.store.run(lambda repo: repo.article(self.article_id))  # type: ignore[attr-defined]
        if article is None:  # deleted elsewhere (briefing delete) before the dashboard read the store again
            raise LookupError("it is no longer in the store")
        self.post_message(ArticleTextLoaded(self.article_id, article.text))

    @on(ArticleTextLoaded)
    def _text_loaded(self, message: ArticleTextLoaded) -> None:
        statements = [s for s in self.board.snapshot.statements if s.article_id == self.article_id]
        meetings = [m for m in self.board.snapshot.meetings if m.article_id == self.article_id]
        text = message.text
        view = self.query_one(ArticleTextView)
        highlights = item_highlights(text, statements, meetings)
        chosen = chosen_highlight(text, self.item) if self.item is not None else None
        view.show(text, [*highlights, chosen] if chosen else highlights)
        if chosen is not None:  # opened from a statement or meeting: start at its sentence
            line = view.first_line_of(chosen.start)
            self.call_after_refresh(view.scroll_to, y=line, animate=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.notify(f"Could not read the article: {event.worker.error}", severity="error", markup=False)
            self.dismiss()

    def action_close(self) -> None:
        self.dismiss()
