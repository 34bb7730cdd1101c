"""The one interface the rest of briefing uses to keep articles and their items.

TinyDB (``briefing_tui.store.tinydb_store``) implements it today; a shared
database can implement the same protocol later without touching the CLI,
importer or UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from briefing_tui.core.models import (
    Actor,
    Article,
    ArticleTally,
    Counts,
    Extraction,
    Meeting,
    Snapshot,
    Statement,
)


@dataclass(frozen=True, slots=True)
class Migration:
    """What opening a store written by an older briefing upgraded: the store's schema version before and
    after, its articles, and the copy of its main file taken first."""

    path: str
    from_version: int
    to_version: int
    articles: int
    backup: str


@dataclass(frozen=True, slots=True)
class StoreResult:
    """What one ``put_extraction`` changed: replaced is True when the article was already there.

    ``change`` is how the store's counts moved with this write alone, taken under the
    write lock: another process's articles stored meanwhile are not in it, so an import
    can say what it added itself.
    """

    article_id: str
    replaced: bool
    actors: int
    statements: int
    meetings: int
    new_actors: int = 0
    change: Counts = Counts()


@runtime_checkable
class Repository(Protocol):
    """Articles with their extracted items; one write batch per article."""

    path: str

    def put_extraction(self, extraction: Extraction, *, replaces: str | None = None) -> StoreResult:
        """Add the article, or replace it and all of its items when its id is already stored.

        Actors are merged by id across articles (aliases united, article_ids
        extended); statements and meetings carry the article's id. ``replaces``
        names another article this one takes the place of (removed after it is
        stored, in the same batch).
        """
        ...

    def delete_article(self, article_id: str) -> bool:
        """Remove the article, its statements and meetings, and actors no other article mentions."""
        ...

    def article(self, article_id: str) -> Article | None:
        """One article, with its body."""
        ...

    def article_text(self, article_id: str) -> str: ...

    def articles(self) -> list[Article]:
        """All articles without bodies, newest publication first."""
        ...

    def article_tallies(self) -> list[ArticleTally]:
        """All articles without bodies, newest publication first, with their item counts
        (for listing them: no statement or meeting is read)."""
        ...

    def actors(self, *, article_id: str | None = None, kind: str | None = None) -> list[Actor]: ...

    def statements(self, *, actor_id: str | None = None, article_id: str | None = None) -> list[Statement]:
        """Statements, filtered by speaker or addressee (``actor_id``) and/or article."""
        ...

    def meetings(self, *, actor_id: str | None = None, article_id: str | None = None) -> list[Meeting]:
        """Meetings, filtered by participant (``actor_id``) and/or article."""
        ...

    def counts(self) -> Counts: ...

    def snapshot(self) -> Snapshot:
        """An immutable copy of everything (without article bodies)."""
        ...

    def damaged_files(self) -> list[tuple[str, str]]:
        """Article files skipped because they cannot be read, as (path, reason), left as they are."""
        ...

    def migration(self) -> Migration | None:
        """What opening the store upgraded from an older briefing's format, None when nothing was."""
        ...

    def close(self) -> None: ...
