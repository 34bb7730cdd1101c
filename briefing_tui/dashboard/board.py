"""Everything the dashboard lists for one snapshot of the store and one as-of day."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from briefing_tui.core.models import Actor, Article, Counts, Snapshot
from briefing_tui.dashboard import rows as r
from briefing_tui.dashboard.filters import filter_rows, narrow_to_actor

PANES: tuple[str, ...] = ("actors", "statements", "meetings", "articles")
NARROWED_PANES: frozenset[str] = frozenset({"statements", "meetings"})


@dataclass(frozen=True, slots=True)
class Board:
    """The rows of every pane, in display order, with lookups the detail view needs."""

    snapshot: Snapshot
    as_of: date
    actors: list[r.ActorRow] = field(default_factory=list)
    statements: list[r.StatementRow] = field(default_factory=list)
    meetings: list[r.MeetingRow] = field(default_factory=list)
    articles: list[r.ArticleRow] = field(default_factory=list)
    actors_by_id: dict[str, Actor] = field(default_factory=dict)
    articles_by_id: dict[str, Article] = field(default_factory=dict)

    @classmethod
    def build(cls, snapshot: Snapshot, as_of: date) -> Board:
        statements = r.statement_rows(snapshot)
        return cls(
            snapshot=snapshot,
            as_of=as_of,
            actors=r.actor_rows(snapshot, statements),
            statements=statements,
            meetings=r.meeting_rows(snapshot, as_of),
            articles=r.article_rows(snapshot),
            actors_by_id={a.id: a for a in snapshot.actors},
            articles_by_id={a.id: a for a in snapshot.articles},
        )

    def at(self, as_of: date) -> Board:
        """The same board seen from another day: only meeting labels and order change."""
        return Board(
            snapshot=self.snapshot,
            as_of=as_of,
            actors=self.actors,
            statements=self.statements,
            meetings=r.meeting_rows(self.snapshot, as_of),
            articles=self.articles,
            actors_by_id=self.actors_by_id,
            articles_by_id=self.articles_by_id,
        )

    @property
    def counts(self) -> Counts:
        """The store's counts as the panes list them: a statement read from several articles
        (a reprint's quotes) counts once, as it has one row."""
        return replace(self.snapshot.counts, statements=len(self.statements))

    @property
    def is_empty(self) -> bool:
        return not self.snapshot.articles

    def rows(self, pane: str) -> list:
        return getattr(self, pane)

    def visible(self, pane: str, *, query: str = "", actor_id: str | None = None) -> list:
        """A pane's rows after actor narrowing (statements, meetings) and its text filter."""
        rows = self.rows(pane)
        if pane in NARROWED_PANES:
            rows = narrow_to_actor(rows, actor_id)
        return filter_rows(rows, query)

    def actor_names(self, actor_ids: tuple[str, ...]) -> list[str]:
        return [self.actors_by_id[i].name for i in actor_ids if i in self.actors_by_id]
