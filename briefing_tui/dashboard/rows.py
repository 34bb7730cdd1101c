"""One row per actor, statement, meeting and article, in the order the dashboard lists them.

Rows hold display strings computed once per snapshot (and per as-of day for
meetings) plus a casefolded ``haystack`` so a filter keystroke is a
substring test per row, not a re-render.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from briefing_tui.core.models import Actor, Article, ArticleTally, Meeting, Snapshot, Statement
from briefing_tui.core.names import article_name
from briefing_tui.dashboard.dates import (
    PASSED_UNCONFIRMED,
    DaySpan,
    has_passed,
    meeting_span,
    parse_partial,
    relative_label,
)
from briefing_tui.dashboard.filters import search_text
from briefing_tui.dashboard.repeats import group_repeats

REPORTED_MARK = "(reported) "
ASSUMED_MARK = "*"


def haystack(*parts: str | None) -> str:
    """What a filter searches: the non-empty parts, one per line, folded as the filter is."""
    return search_text("\n".join(p for p in parts if p))


@dataclass(frozen=True, slots=True)
class ActorRow:
    actor: Actor
    statements: int
    meetings: int
    haystack: str

    @property
    def key(self) -> str:
        return self.actor.id


class StatementRow:
    """One thing said: a statement, with its ``copies`` (the same speaker's same words read from
    other articles, such as an outlet's reprint of a wire story; see ``group_repeats``).

    Display strings are computed on first use: a pane draws only the rows in sight, and
    10,000 statements must load without formatting 10,000 rows."""

    __slots__ = ("statement", "article", "copies", "_articles", "_names", "_cache")

    def __init__(
        self,
        statement: Statement,
        article: Article | None,
        names: dict[str, str],
        copies: tuple[Statement, ...] = (),
        articles: dict[str, Article] | None = None,
    ) -> None:
        self.statement = statement
        self.article = article
        self.copies = copies
        self._articles = articles or {}
        self._names = names
        self._cache: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"StatementRow({self.statement.id!r})"

    @property
    def key(self) -> str:
        return self.statement.id

    @property
    def statements(self) -> tuple[Statement, ...]:
        """The statement shown and every copy of it, in the pane's order."""
        return (self.statement, *self.copies)

    @property
    def sources(self) -> tuple[Article, ...]:
        """Every article the words were read from, the shown statement's first, each once."""
        if not self.copies:
            return (self.article,) if self.article else ()
        found = [self.article] if self.article else []
        for copy in self.copies:
            article = self._articles.get(copy.article_id or "")
            if article is not None and article not in found:
                found.append(article)
        return tuple(found)

    @property
    def words(self) -> str:
        return statement_words(self.statement)

    @property
    def addressees(self) -> str:
        if "addressees" not in self._cache:
            ids = dict.fromkeys(i for s in self.statements for i in s.addressee_ids)  # one copy may name more
            self._cache["addressees"] = _names(tuple(ids), self._names)
        return self._cache["addressees"]

    @property
    def date(self) -> str:
        return self.statement.date or (self.article.published if self.article else "")

    @property
    def article_title(self) -> str:
        return article_title(self.article)

    @property
    def articles_label(self) -> str:
        """The article's name, and how many more the words were also read from ("Title +1")."""
        if "articles" not in self._cache:
            more = len(self.sources) - 1
            self._cache["articles"] = self.article_title + (f" +{more}" if more > 0 else "")
        return self._cache["articles"]

    @property
    def actor_ids(self) -> frozenset[str]:
        return frozenset(i for s in self.statements for i in (s.actor_id, *s.addressee_ids) if i)

    @property
    def haystack(self) -> str:
        if "haystack" not in self._cache:
            s = self.statement
            titles = (
                dict.fromkeys(article_title(a) for a in self.sources) if self.copies else [self.article_title]
            )
            self._cache["haystack"] = haystack(s.speaker, s.text, self.addressees, *titles)
        return self._cache["haystack"]


@dataclass(frozen=True, slots=True)
class MeetingRow:
    meeting: Meeting
    label: str
    when: str
    participants: str
    status: str
    upcoming: bool
    unconfirmed: bool
    actor_ids: frozenset[str]
    haystack: str

    @property
    def key(self) -> str:
        return self.meeting.id


@dataclass(frozen=True, slots=True)
class ArticleRow:
    article: Article
    title: str
    published: str
    actors: int
    statements: int
    meetings: int
    haystack: str

    @property
    def key(self) -> str:
        return self.article.id


def article_title(article: Article | None) -> str:
    """A title to show for an article, even one imported without a title (``article_name``, as
    ``briefing list`` shows it), or for one no longer in the store."""
    if article is None:
        return "unknown article"
    return article_name(article)


def published_label(article: Article) -> str:
    """The publication date, marked when the importer had to assume it."""
    return f"{article.published}{ASSUMED_MARK}" if article.published_assumed else article.published


def statement_words(statement: Statement) -> str:
    """Direct quotes in quotation marks; reported speech marked as such."""
    if statement.kind == "direct":
        return f"\u201c{statement.text}\u201d"
    return f"{REPORTED_MARK}{statement.text}"


def date_range_label(start: str | None, end: str | None) -> str:
    if not start and not end:
        return ""
    if start and end and end != start:
        if len(start) == len(end) == 10 and start[:8] == end[:8]:
            return f"{start}\u2013{end[8:]}"  # 2023-10-26–28
        return f"{start} \u2013 {end}"
    return start or end or ""


def _names(ids: tuple[str, ...], names: dict[str, str]) -> str:
    return ", ".join(names[i] for i in ids if i in names)


def actor_rows(snapshot: Snapshot, statements: Iterable[StatementRow] | None = None) -> list[ActorRow]:
    """Actors with how often they speak (each thing said once, as the statements pane lists it:
    ``statements`` are its rows when already made) and meet, the most present first, then by name."""
    shown = statement_rows(snapshot) if statements is None else statements
    spoke = Counter(row.statement.actor_id for row in shown if row.statement.actor_id)
    met = Counter(pid for m in snapshot.meetings for pid in set(m.participant_ids))
    rows = [
        ActorRow(
            actor=a,
            statements=spoke[a.id],
            meetings=met[a.id],
            haystack=haystack(a.name, a.kind, a.role, a.affiliation, *a.aliases),
        )
        for a in snapshot.actors
    ]
    rows.sort(
        key=lambda r: (-(r.statements + r.meetings), -len(r.actor.article_ids), r.actor.name.casefold())
    )
    return rows


def statement_rows(snapshot: Snapshot) -> list[StatementRow]:
    """Statements, newest article first, in reading order within an article; the same words of
    the same speaker read again (a reprint, another outlet's copy) are one row, where first met."""
    names = {a.id: a.name for a in snapshot.actors}
    articles = {a.id: a for a in snapshot.articles}
    article_rank = {a.id: i for i, a in enumerate(snapshot.articles)}
    last = len(article_rank)
    ordered = sorted(
        snapshot.statements,
        key=lambda s: (article_rank.get(s.article_id, last), s.evidence_start or 0),  # type: ignore[arg-type]
    )
    return [
        StatementRow(group[0], articles.get(group[0].article_id or ""), names, group[1:], articles)
        for group in group_repeats(ordered)
    ]


def _meeting_state(meeting: Meeting, span: DaySpan | None, as_of: date) -> tuple[str, bool, bool]:
    """(status shown, listed as upcoming, announced but passed unconfirmed)."""
    if meeting.status == "past":
        return "past", False, False
    if has_passed(span, as_of):
        return "not confirmed", False, True
    return meeting.status, True, False


def meeting_rows(snapshot: Snapshot, as_of: date) -> list[MeetingRow]:
    """Upcoming meetings first, soonest first; then the rest, most recent first."""
    names = {a.id: a.name for a in snapshot.actors}
    keyed: list[tuple[tuple, MeetingRow]] = []
    for m in snapshot.meetings:
        span = meeting_span(m.start, m.end)
        status, upcoming, unconfirmed = _meeting_state(m, span, as_of)
        label = PASSED_UNCONFIRMED if unconfirmed else relative_label(span, as_of)
        participants = _names(m.participant_ids, names)
        when = date_range_label(m.start, m.end)
        row = MeetingRow(
            meeting=m,
            label=label,
            when=when,
            participants=participants,
            status=status,
            upcoming=upcoming,
            unconfirmed=unconfirmed,
            actor_ids=frozenset(m.participant_ids),
            haystack=haystack(m.kind, m.title, participants, m.location, label, when, status),
        )
        if upcoming:
            key = (0, span is None, span.first.toordinal() if span else 0)
        else:
            key = (1, span is None, -span.last.toordinal() if span else 0)
        keyed.append(((*key, (m.title or m.kind).casefold(), m.id), row))
    keyed.sort(key=lambda pair: pair[0])
    return [row for _, row in keyed]


def article_rows(snapshot: Snapshot) -> list[ArticleRow]:
    """Articles in the store's order (newest publication first) with their item counts."""
    actors = Counter(aid for a in snapshot.actors for aid in set(a.article_ids))
    statements = Counter(s.article_id for s in snapshot.statements)
    meetings = Counter(m.article_id for m in snapshot.meetings)
    return tallied_article_rows(
        ArticleTally(a, actors[a.id], statements[a.id], meetings[a.id]) for a in snapshot.articles
    )


def tallied_article_rows(tallies: Iterable[ArticleTally]) -> list[ArticleRow]:
    """The rows of articles whose items were counted by the store (``Repository.article_tallies``)."""
    rows = []
    for tally in tallies:
        a = tally.article
        title = article_title(a)
        rows.append(
            ArticleRow(
                article=a,
                title=title,
                published=published_label(a),
                actors=tally.actors,
                statements=tally.statements,
                meetings=tally.meetings,
                haystack=haystack(title, a.source, a.url, a.published),
            )
        )
    return rows


def newest_published(snapshot: Snapshot) -> date | None:
    """The latest publication day in the store (the "as of the newest article" choice)."""
    spans = [s for s in (parse_partial(a.published) for a in snapshot.articles) if s]
    return max((s.first for s in spans), default=None)
