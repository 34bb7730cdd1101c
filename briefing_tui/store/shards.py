"""One article and its items as one small TinyDB file: the unit every write replaces.

A shard holds the tables ``articles`` (one document, with the body),
``actors`` (this article's view of each actor: its role, aliases, with
``article_ids`` = this article), ``statements``, ``meetings`` and
``fingerprint`` (one document: the body's fingerprint, see ``fingerprints``,
so that finding the same article never reads bodies; files written before
it was kept have none). Document
keys are positions (1, 2, ...), deterministic and never TinyDB's counters;
the records' own stable ids are inside the documents.
"""

from __future__ import annotations

import marshal
from collections.abc import Iterable
from dataclasses import fields
from itertools import starmap
from operator import attrgetter
from pathlib import Path
from typing import Any, Generic, TypeVar

from briefing_tui.core.models import Actor, Article, Extraction, Meeting, Statement
from briefing_tui.core.text import sanitize_line
from briefing_tui.core.titles import guessed_title
from briefing_tui.store.errors import StoreError
from briefing_tui.store.fingerprints import KIND, Fingerprint, fingerprint, packed_from_text, to_text

ITEM_TABLES = ("actors", "statements", "meetings")
_R = TypeVar("_R", Actor, Statement, Meeting)


class Pending(Generic[_R]):
    """One table's raw documents, decoded on first use.

    Building 250,000 statement records is most of a large store's load time,
    and counting, listing actors or writing needs none of them.
    """

    __slots__ = ("cls", "docs", "path")

    def __init__(self, cls: type[_R], docs: list[dict[str, Any]], path: Path) -> None:
        self.cls = cls
        self.docs = docs
        self.path = path

    def __len__(self) -> int:
        return len(self.docs)

    def decode(self) -> tuple[_R, ...]:
        try:
            return tuple(starmap(self.cls, self.rows()))
        except (TypeError, ValueError, AttributeError) as exc:
            raise StoreError(
                self.path, f"a {self.cls.__name__.lower()} record cannot be read ({exc})"
            ) from None

    def rows(self) -> list[tuple[Any, ...]]:
        """The documents as positional rows (every field, in the record's order)."""
        try:
            return _DECODERS[self.cls].rows(self.docs)
        except (TypeError, ValueError, AttributeError) as exc:
            raise StoreError(
                self.path, f"a {self.cls.__name__.lower()} record cannot be read ({exc})"
            ) from None


class Packed:
    """Statements and meetings as the summary keeps them (``summary``): one marshal blob, decoded on first use.

    Counts and the actor ids they mention come with it, so loading, counting
    and writing never decode it.
    """

    __slots__ = ("blob", "meeting_actor_ids", "meeting_count", "statement_actor_ids", "statement_count")

    def __init__(
        self,
        blob: bytes,
        statement_count: int,
        meeting_count: int,
        statement_actor_ids: tuple[str, ...],
        meeting_actor_ids: tuple[str, ...],
    ) -> None:
        self.blob = blob
        self.statement_count = statement_count
        self.meeting_count = meeting_count
        self.statement_actor_ids = statement_actor_ids
        self.meeting_actor_ids = meeting_actor_ids

    def decode(self) -> tuple[tuple[Statement, ...], tuple[Meeting, ...]]:
        statement_rows, meeting_rows = marshal.loads(self.blob)
        statements = tuple(starmap(Statement, statement_rows))
        meetings = tuple(starmap(Meeting, meeting_rows))
        if len(statements) != self.statement_count or len(meetings) != self.meeting_count:
            raise ValueError("counts do not match")
        return statements, meetings


class ArticleItems:
    """An article (body left out) with the items read from it, as the store keeps them in memory.

    Statements and meetings may still be undecoded: JSON documents of the
    article's file (``Pending``) or a blob of the summary (``Packed``, with
    ``path`` the article file to fall back on should the blob not decode).
    """

    __slots__ = ("_meetings", "_packed", "_statements", "actors", "article", "path")

    def __init__(
        self,
        article: Article,
        actors: tuple[Actor, ...] = (),
        statements: tuple[Statement, ...] | Pending[Statement] = (),
        meetings: tuple[Meeting, ...] | Pending[Meeting] = (),
        *,
        packed: Packed | None = None,
        path: str | None = None,
    ) -> None:
        self.article = article
        self.actors = actors
        self._statements = statements
        self._meetings = meetings
        self._packed = packed
        self.path = path

    @property
    def packed(self) -> Packed | None:
        return self._packed

    def _unpack(self) -> None:
        packed = self._packed
        assert packed is not None
        try:
            self._statements, self._meetings = packed.decode()
        except Exception:  # a damaged summary blob: the article's own file is the truth
            self._statements, self._meetings = _items_from_file(self.path, self.article.id)
        self._packed = None

    @property
    def statements(self) -> tuple[Statement, ...]:
        if self._packed is not None:
            self._unpack()
        if isinstance(self._statements, Pending):
            self._statements = self._statements.decode()
        return self._statements

    @property
    def meetings(self) -> tuple[Meeting, ...]:
        if self._packed is not None:
            self._unpack()
        if isinstance(self._meetings, Pending):
            self._meetings = self._meetings.decode()
        return self._meetings

    @property
    def statement_count(self) -> int:
        return self._packed.statement_count if self._packed is not None else len(self._statements)

    @property
    def meeting_count(self) -> int:
        return self._packed.meeting_count if self._packed is not None else len(self._meetings)

    def item_rows(self) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        """Statements and meetings as positional rows, decoding nothing that is still pending."""
        tables: list[list[tuple[Any, ...]]] = []
        for table, cls in ((self._statements, Statement), (self._meetings, Meeting)):
            if isinstance(table, Pending):
                tables.append(table.rows())
            else:
                tables.append(list(map(_ROW_OF[cls], table)))
        return tables[0], tables[1]

    def statement_actor_ids(self) -> set[str]:
        """Speakers and addressees, read without decoding the statements."""
        if self._packed is not None:
            return set(self._packed.statement_actor_ids)
        if isinstance(self._statements, Pending):
            pairs = [(d.get("actor_id"), d.get("addressee_ids") or ()) for d in self._statements.docs]
        else:
            pairs = [(s.actor_id, s.addressee_ids) for s in self._statements]
        found: set[str] = set()
        for speaker, addressees in pairs:
            if speaker:
                found.add(speaker)
            found.update(addressees)
        return found

    def meeting_actor_ids(self) -> set[str]:
        if self._packed is not None:
            return set(self._packed.meeting_actor_ids)
        if isinstance(self._meetings, Pending):
            return {pid for d in self._meetings.docs for pid in d.get("participant_ids") or ()}
        return {pid for m in self._meetings for pid in m.participant_ids}


def _unique(records: Iterable[_R]) -> tuple[_R, ...]:
    """First record of each id: a repeated id would otherwise count twice."""
    seen: dict[str, _R] = {}
    for record in records:
        seen.setdefault(record.id, record)
    return tuple(seen.values())


def items_of(extraction: Extraction) -> tuple[Article, ArticleItems]:
    """The article with its body, and its items tied to its id (whatever the caller set)."""
    article = extraction.article
    aid = article.id
    items = ArticleItems(
        article=article.evolve(text=""),
        actors=_unique(
            a if a.article_ids == (aid,) else a.evolve(article_ids=(aid,)) for a in extraction.actors
        ),
        statements=_unique(
            s if s.article_id == aid else s.evolve(article_id=aid) for s in extraction.statements
        ),
        meetings=_unique(m if m.article_id == aid else m.evolve(article_id=aid) for m in extraction.meetings),
    )
    return article, items


def _table(records: Iterable[Any]) -> dict[str, dict[str, Any]]:
    return {str(n): record.to_dict() for n, record in enumerate(records, start=1)}


def encode_shard(
    article: Article, items: ArticleItems, prints: Fingerprint | None = None
) -> dict[str, dict[str, Any]]:
    """The article file's tables; ``prints`` is the body's fingerprint when the caller has it already."""
    if prints is None:
        prints = fingerprint(article.text)
    return {
        "articles": _table([article]),
        "actors": _table(items.actors),
        "statements": _table(items.statements),
        "meetings": _table(items.meetings),
        "fingerprint": {"1": {"kind": KIND, "sample": to_text(prints)}},
    }


def shard_fingerprint(data: Any) -> bytes | None:
    """The packed fingerprint an article file keeps (``fingerprints.pack``), or None when it has none
    of the current kind (written before they were kept, or by another version)."""
    docs = data.get("fingerprint") if isinstance(data, dict) else None
    if not isinstance(docs, dict) or len(docs) != 1:
        return None
    doc = next(iter(docs.values()))
    if not isinstance(doc, dict) or doc.get("kind") != KIND:
        return None
    return packed_from_text(doc.get("sample"))


class _Decoder:
    """``from_dict`` for one record class, without its per-call reflection: loading 250,000 statements is hot."""

    def __init__(self, cls: type[_R]) -> None:
        self.cls = cls
        self.order = tuple(f.name for f in fields(cls))
        self.names = frozenset(self.order)

    def __call__(self, doc: dict[str, Any]) -> _R:
        if doc.keys() == self.names:  # as we write them: every field, positional is fastest
            return self.cls(*[tuple(v) if type(v) is list else v for v in map(doc.__getitem__, self.order)])
        names = self.names  # older or newer records: known fields only, defaults for the rest
        return self.cls(**{k: tuple(v) if type(v) is list else v for k, v in doc.items() if k in names})

    def rows(self, docs: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        """Positional rows, every field in order; records with other fields go through the class for defaults."""
        order, names, row_of = self.order, self.names, _ROW_OF[self.cls]
        return [
            tuple([tuple(v) if type(v) is list else v for v in map(doc.__getitem__, order)])
            if doc.keys() == names
            else row_of(self(doc))
            for doc in docs
        ]


_DECODERS: dict[type, _Decoder] = {cls: _Decoder(cls) for cls in (Actor, Statement, Meeting)}
_ROW_OF: dict[type, Any] = {
    cls: attrgetter(*(f.name for f in fields(cls))) for cls in (Article, Actor, Statement, Meeting)
}


def _docs(data: dict[str, Any], table: str, path: Path) -> list[dict[str, Any]]:
    """A table's documents in key order (1, 2, ... as we write them)."""
    docs = data.get(table, {})
    if not isinstance(docs, dict) or not all(type(doc) is dict for doc in docs.values()):
        raise StoreError(path, f"table {table!r} is not a TinyDB table")
    if all(str(n) in docs for n in range(1, len(docs) + 1)):
        return [docs[str(n)] for n in range(1, len(docs) + 1)]
    try:
        return [doc for _, doc in sorted(docs.items(), key=lambda kv: int(kv[0]))]
    except ValueError:
        raise StoreError(path, f"table {table!r} has a document key that is not a number") from None


def _items_from_file(file: str | None, article_id: str) -> tuple[tuple[Statement, ...], tuple[Meeting, ...]]:
    """Statements and meetings read again from the article's own file (none if it is gone or now another's)."""
    from briefing_tui.store.atomic import load_json_file

    if file is None:
        return (), ()
    path = Path(file)
    try:
        items, _body = decode_shard(load_json_file(path), path)
    except FileNotFoundError:
        return (), ()
    if items.article.id != article_id:
        return (), ()
    return items.statements, items.meetings


def article_from_doc(doc: dict[str, Any]) -> Article:
    """The article of a stored record (with its body). A record written before articles kept
    ``title_guessed`` (round 38) says nothing of its title: it counts as guessed when it is what
    a text without a title is given (its first heading or line), as it would be marked now, so
    that a stated title on a later import replaces it there too. One set by hand never is."""
    article = Article.from_dict(doc)
    if "title_guessed" in doc or not article.title or "title" in article.user_set:
        return article
    guessed = sanitize_line(guessed_title(article.text))
    return article.evolve(title_guessed=True) if guessed == " ".join(article.title.split()) else article


def decode_shard(data: Any, path: Path) -> tuple[ArticleItems, str]:
    """The items in memory form, and the article's body."""
    if not isinstance(data, dict):
        raise StoreError(path, "not an article file (expected TinyDB tables)")
    docs = data.get("articles")
    if not isinstance(docs, dict) or len(docs) != 1:
        raise StoreError(path, "an article file must hold exactly one article")
    try:
        article = article_from_doc(next(iter(docs.values())))
    except (TypeError, ValueError, AttributeError) as exc:
        raise StoreError(path, f"the article record cannot be read ({exc})") from None
    items = ArticleItems(
        article=article.evolve(text=""),
        actors=Pending(Actor, _docs(data, "actors", path), path).decode(),  # merged at once: decode now
        statements=_checked(Pending(Statement, _docs(data, "statements", path), path)),
        meetings=_checked(Pending(Meeting, _docs(data, "meetings", path), path)),
    )
    return items, article.text


def _checked(pending: Pending[_R]) -> Pending[_R] | tuple[_R, ...]:
    """The table left undecoded when every document has the fields we write (decoding those cannot
    fail); else decoded now, so that a damaged record fails the loading of its own file, not a
    query of the whole store later."""
    names = _DECODERS[pending.cls].names
    if all(doc.keys() == names for doc in pending.docs):
        return pending
    return pending.decode()
