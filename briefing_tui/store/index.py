"""The store's contents in memory: what queries read, kept in step with every write.

Actors are stored per article (each article's own view of them) and merged
here: one record per actor id whose ``article_ids`` lists every article that
mentions it, oldest publication first. Aliases are the union; name comes from
the oldest mention; role and affiliation are the newest non-null ones, where
newest means latest publication (then import time), so a 2024 article's
"former minister" beats a 2023 article's "minister" whatever order they were
imported in. Adding or removing an article touches only its own actors'
sorted side lists; a merged record is rebuilt when it is next read.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from briefing_tui.core.ids import canonical_name
from briefing_tui.core.models import Actor, Article, ArticleTally, Counts, Meeting, Snapshot, Statement
from briefing_tui.store.shards import ArticleItems

OrderKey = tuple[str, str, str]


def order_key(article: Article) -> OrderKey:
    return (article.published or "", article.imported_at or "", article.id)


Sighting = tuple[OrderKey, int]  # in which article, at which position of its list


Place = Callable[[list[Any], Any], None]  # how an item joins a sorted list: bisect.insort, or _append


def _append(items: list[Any], item: Any) -> None:
    """For a bulk load: append now, sort once at the end (inserting in order costs a memmove each)."""
    items.append(item)


def _see(where: dict[str, list[Sighting]], values: Iterable[str], key: OrderKey, place: Place) -> None:
    for position, value in enumerate(values):
        place(where.setdefault(value, []), (key, position))


def _unsee(where: dict[str, list[Sighting]], values: Iterable[str], key: OrderKey) -> None:
    for position, value in enumerate(values):
        seen = where[value]
        del seen[bisect.bisect_left(seen, (key, position))]
        if not seen:
            del where[value]


@dataclass(slots=True)
class ActorMentions:
    """Every article's view of one actor, kept sorted so merging never walks all of them.

    A country in every article has 10,000 views; role, aliases and names are
    looked up in small sorted side lists instead.
    """

    keys: list[OrderKey] = field(default_factory=list)  # oldest first
    views: dict[str, Actor] = field(default_factory=dict)  # by article id
    roles: list[OrderKey] = field(default_factory=list)  # keys of views that give a role
    affiliations: list[OrderKey] = field(default_factory=list)
    aliases: dict[str, list[Sighting]] = field(default_factory=dict)
    names: dict[str, list[Sighting]] = field(default_factory=dict)
    merged: Actor | None = None
    sort_key: tuple[str, str] = ("", "")

    def add(self, key: OrderKey, view: Actor, place: Place = bisect.insort) -> None:
        place(self.keys, key)
        self.views[key[2]] = view
        if view.role:
            place(self.roles, key)
        if view.affiliation:
            place(self.affiliations, key)
        _see(self.aliases, view.aliases, key, place)
        _see(self.names, (view.name,), key, place)
        self.merged = None

    def append(self, key: OrderKey, view: Actor) -> None:
        """``add`` for a bulk load, inlined: views come in order, so appending keeps every list sorted."""
        self.keys.append(key)
        self.views[key[2]] = view
        if view.role:
            self.roles.append(key)
        if view.affiliation:
            self.affiliations.append(key)
        if view.aliases:
            aliases = self.aliases
            for position, alias in enumerate(view.aliases):
                seen = aliases.get(alias)
                if seen is None:
                    aliases[alias] = [(key, position)]
                else:
                    seen.append((key, position))
        seen = self.names.get(view.name)
        if seen is None:
            self.names[view.name] = [(key, 0)]
        else:
            seen.append((key, 0))
        self.merged = None

    def resort(self) -> None:
        """After adds with ``_append``."""
        for ordered in (
            self.keys,
            self.roles,
            self.affiliations,
            *self.aliases.values(),
            *self.names.values(),
        ):
            ordered.sort()

    def remove(self, key: OrderKey) -> None:
        del self.keys[bisect.bisect_left(self.keys, key)]
        view = self.views.pop(key[2])
        if view.role:
            del self.roles[bisect.bisect_left(self.roles, key)]
        if view.affiliation:
            del self.affiliations[bisect.bisect_left(self.affiliations, key)]
        _unsee(self.aliases, view.aliases, key)
        _unsee(self.names, (view.name,), key)
        self.merged = None

    def actor(self) -> Actor:
        if self.merged is None:
            oldest = self.views[self.keys[0][2]]
            aliases = sorted(self.aliases, key=lambda alias: self.aliases[alias][0])
            other_names = sorted(
                (n for n in self.names if n != oldest.name and n not in self.aliases),
                key=lambda name: self.names[name][0],
            )
            self.merged = Actor(  # not evolve(): dataclasses.replace is slow for 10,000 actors
                id=oldest.id,
                name=oldest.name,
                kind=oldest.kind,
                role=self.views[self.roles[-1][2]].role if self.roles else None,
                affiliation=self.views[self.affiliations[-1][2]].affiliation if self.affiliations else None,
                aliases=(*aliases, *other_names),
                article_ids=tuple([key[2] for key in self.keys]),
            )
            self.sort_key = (_canonical_name(oldest.name), oldest.id)
        return self.merged


@functools.lru_cache(maxsize=1 << 16)
def _canonical_name(name: str) -> str:
    return canonical_name(name)


def _involves(statement: Statement, actor_id: str) -> bool:
    return statement.actor_id == actor_id or actor_id in statement.addressee_ids


def _add_to(index: dict[str, set[str]], keys: Iterable[str], article_id: str) -> None:
    for key in keys:
        index.setdefault(key, set()).add(article_id)


def _drop_from(index: dict[str, set[str]], keys: Iterable[str], article_id: str) -> None:
    for key in keys:
        members = index.get(key)
        if members is not None:
            members.discard(article_id)
            if not members:
                del index[key]


class StoreIndex:
    """Articles (without bodies), merged actors, and per-actor lookups for statements and meetings."""

    def __init__(self) -> None:
        self.items: dict[str, ArticleItems] = {}
        self.mentions: dict[str, ActorMentions] = {}
        self.statement_articles: dict[str, set[str]] = {}
        self.meeting_articles: dict[str, set[str]] = {}
        self.statement_count = 0
        self.meeting_count = 0
        self._order: list[OrderKey] = []  # every article's key, oldest first
        self._newest_first: list[str] | None = None
        self._snapshot: Snapshot | None = None

    # ---- writes -----------------------------------------------------------------
    def put(self, items: ArticleItems) -> tuple[bool, int]:
        """Add or replace one article; returns (replaced, number of actors new to the store)."""
        article_id = items.article.id
        new_actors = sum(1 for view in items.actors if view.id not in self.mentions)
        replaced = self.remove(article_id)
        self._attach(items, bisect.insort)
        self._changed()
        return replaced, new_actors

    def put_many(self, batch: Iterable[ArticleItems]) -> None:
        """Add or replace many articles at once (a load): every sorted list is sorted once, at the end."""
        batch = sorted(batch, key=lambda items: order_key(items.article))  # appended in order: sorts are O(n)
        for items in batch:
            self.remove(items.article.id)  # all removals first: they need the lists still sorted
        existing = set(self.mentions)  # actors new to the index get their views in order: no sort needed
        touched = [mentions for items in batch for mentions in self._attach(items, _append, existing)]
        self._order.sort()
        for mentions in {id(m): m for m in touched}.values():
            mentions.resort()
        self._changed()

    def _attach(
        self, items: ArticleItems, place: Place, existing: Collection[str] = ()
    ) -> list[ActorMentions]:
        """Add one article's views; returns the mentions of ``existing`` actors it added to."""
        article_id = items.article.id
        key = order_key(items.article)
        place(self._order, key)
        touched = []
        mentions_of = self.mentions
        bulk = place is _append
        for view in items.actors:
            mentions = mentions_of.get(view.id)
            if mentions is None:
                mentions = mentions_of[view.id] = ActorMentions()
            if bulk:
                mentions.append(key, view)
            else:
                mentions.add(key, view, place)
            if view.id in existing:
                touched.append(mentions)
        _add_to(self.statement_articles, items.statement_actor_ids(), article_id)
        _add_to(self.meeting_articles, items.meeting_actor_ids(), article_id)
        self.statement_count += items.statement_count
        self.meeting_count += items.meeting_count
        self.items[article_id] = items
        return touched

    def remove(self, article_id: str) -> bool:
        items = self.items.pop(article_id, None)
        if items is None:
            return False
        key = order_key(items.article)
        del self._order[bisect.bisect_left(self._order, key)]
        for view in items.actors:
            mentions = self.mentions[view.id]
            mentions.remove(key)
            if not mentions.keys:
                del self.mentions[view.id]
        _drop_from(self.statement_articles, items.statement_actor_ids(), article_id)
        _drop_from(self.meeting_articles, items.meeting_actor_ids(), article_id)
        self.statement_count -= items.statement_count
        self.meeting_count -= items.meeting_count
        self._changed()
        return True

    def _changed(self) -> None:
        self._newest_first = None
        self._snapshot = None

    # ---- reads ------------------------------------------------------------------
    def newest_first(self, article_ids: Collection[str] | None = None) -> list[str]:
        if article_ids is not None:
            if len(article_ids) * 8 < len(self.items):
                return sorted(article_ids, key=lambda aid: order_key(self.items[aid].article), reverse=True)
            return [
                aid for aid in self.newest_first() if aid in article_ids
            ]  # most articles: filter, do not sort
        if self._newest_first is None:
            self._newest_first = [key[2] for key in reversed(self._order)]
        return self._newest_first

    def articles(self) -> list[Article]:
        return [self.items[aid].article for aid in self.newest_first()]

    def article_tallies(self) -> list[ArticleTally]:
        tallies = []
        for aid in self.newest_first():
            items = self.items[aid]
            tallies.append(
                ArticleTally(
                    items.article,
                    len({view.id for view in items.actors}),
                    items.statement_count,
                    items.meeting_count,
                )
            )
        return tallies

    def actor(self, actor_id: str) -> Actor | None:
        mentions = self.mentions.get(actor_id)
        return mentions.actor() if mentions else None

    def actors(self, *, article_id: str | None = None, kind: str | None = None) -> list[Actor]:
        if article_id is not None:
            items = self.items.get(article_id)
            ids: Iterable[str] = [a.id for a in items.actors] if items else []
        else:
            ids = self.mentions
        found = [self.mentions[i] for i in ids]
        for mentions in found:
            mentions.actor()  # merges if needed, and sets sort_key
        found.sort(key=lambda mentions: mentions.sort_key)
        return [m.merged for m in found if m.merged and (kind is None or m.merged.kind == kind)]

    def _scope(
        self, by_actor: dict[str, set[str]], actor_id: str | None, article_id: str | None
    ) -> list[str]:
        """Articles to look in, newest first."""
        if article_id is not None:
            in_article = [article_id] if article_id in self.items else []
            return [a for a in in_article if actor_id is None or a in by_actor.get(actor_id, ())]
        if actor_id is not None:
            return self.newest_first(by_actor.get(actor_id, ()))
        return self.newest_first()

    def statements(self, *, actor_id: str | None = None, article_id: str | None = None) -> list[Statement]:
        found: list[Statement] = []
        for aid in self._scope(self.statement_articles, actor_id, article_id):
            found.extend(self.items[aid].statements)
        return found if actor_id is None else [s for s in found if _involves(s, actor_id)]

    def meetings(self, *, actor_id: str | None = None, article_id: str | None = None) -> list[Meeting]:
        found: list[Meeting] = []
        for aid in self._scope(self.meeting_articles, actor_id, article_id):
            found.extend(self.items[aid].meetings)
        return found if actor_id is None else [m for m in found if actor_id in m.participant_ids]

    def counts(self) -> Counts:
        return Counts(
            articles=len(self.items),
            actors=len(self.mentions),
            statements=self.statement_count,
            meetings=self.meeting_count,
        )

    def snapshot(self) -> Snapshot:
        if self._snapshot is None:
            self._snapshot = Snapshot(
                articles=tuple(self.articles()),
                actors=tuple(self.actors()),
                statements=tuple(self.statements()),
                meetings=tuple(self.meetings()),
                counts=self.counts(),
            )
        return self._snapshot
