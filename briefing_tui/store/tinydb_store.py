"""The TinyDB implementation of ``Repository``: one small TinyDB file per article.

Layout (all paths derived from the store path, see ``layout``)::

    briefing.json                  meta: schema version, layout name
    briefing.json.d/articles/*.json one TinyDB file per article: the article with
                                    its body, and its actors, statements, meetings
    briefing.json.d/changed         rewritten after every write (a change marker)
    briefing.json.lock              the write lock

Why: a year of reading is ~10,000 articles and 250,000 statements, and a
TinyDB file is rewritten whole on every write. With one file per article,
adding, replacing or deleting an article rewrites (or removes) exactly one
file of that article's size, so its cost does not grow with the store; the
write is one batch and one atomic replace, which is also the commit point.
Actors are stored as each article's view of them and merged in memory
(``index``), so no write ever rewrites a record shared with other articles,
and two writers cannot lose each other's updates by construction; the
lock still serialises writers (and guards the sweep of stray temp files).

Opening reads only the small main file; everything else is loaded on the
first query or write (every article file is parsed, so a load does grow with
the store: ``benchmarks/store.py`` prints it), then kept in memory and in
step with our own writes. Statement and meeting records are built on first
use, so counting, listing actors and writing never pay for them. Other
processes' writes are noticed through the change marker and picked up by
re-reading only the article files whose inode, size or mtime changed; a
writer killed between its article file and the marker leaves that one write
unnoticed by processes already open until the next change (a new process
sees it). Readers never lock. All methods are thread-safe (one re-entrant
lock).
"""

from __future__ import annotations

import gc
import os
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from briefing_tui.core.models import Actor, Article, Counts, Extraction, Meeting, Snapshot, Statement
from briefing_tui.store.atomic import (
    encode_json,
    is_temp_name,
    load_json_file,
    remove_file,
    replace_files,
    sweep_temp_files,
)
from briefing_tui.store.errors import StoreError
from briefing_tui.store.index import StoreIndex
from briefing_tui.store.layout import SHARD_SUFFIX, StoreLayout, shard_name
from briefing_tui.store.lock import LockTimeout, WriteLock
from briefing_tui.store.migrations import (
    SCHEMA_VERSION,
    create_main_file,
    migrate,
    read_main_file,
    schema_version,
)
from briefing_tui.store.repository import StoreResult
from briefing_tui.store.shards import ArticleItems, decode_shard, encode_shard, items_of

__all__ = ["StoreError", "TinyDBStore", "open_store"]

FileSig = tuple[int, int, int]  # inode, size, mtime_ns: an atomic replace always changes the inode


def _sig(stat: os.stat_result) -> FileSig:
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


class TinyDBStore:
    """Articles and their items on disk, queried from memory. Create with ``open_store``."""

    def __init__(self, layout: StoreLayout, lock_timeout: float) -> None:
        self.path = str(layout.path)
        self.layout = layout
        self.lock_timeout = lock_timeout
        self._mutex = threading.RLock()
        self._index: StoreIndex | None = None
        self._files: dict[str, tuple[FileSig, str]] = {}  # shard file name -> (signature, article id)
        self._marker: bytes | None = None
        self._swept = False
        self._closed = False

    # ---- locking, loading, syncing -------------------------------------------------
    @contextmanager
    def _write_lock(self) -> Iterator[None]:
        lock = WriteLock(self.layout.lock_path, self.lock_timeout)
        try:
            lock.acquire()
        except LockTimeout as exc:
            raise StoreError(
                self.path,
                f"another briefing process is writing to this store ({exc.holder}); "
                f"gave up after {exc.waited:g} s, try again when it has finished",
            ) from None
        except OSError as exc:
            raise StoreError(self.layout.lock_path, f"cannot take the write lock ({exc.strerror})") from None
        try:
            yield
        finally:
            lock.release()

    @contextmanager
    def _writing(self) -> Iterator[StoreIndex]:
        """Mutex, cross-process lock, and an index that includes every other process's writes."""
        with self._mutex, self._write_lock():
            self._check_open()
            self.layout.articles_dir.mkdir(parents=True, exist_ok=True)
            if not self._swept:
                sweep_temp_files(self.layout.temp_folders())
                self._swept = True
            yield self._sync()

    def sweep_if_free(self) -> None:
        """Remove a killed writer's temp files now if nobody is writing; else the first write will."""
        lock = WriteLock(self.layout.lock_path, 0.0)
        try:
            if not lock.try_acquire():
                return
        except OSError:
            return  # read-only folder: nothing of ours to sweep either
        try:
            sweep_temp_files(self.layout.temp_folders())
            self._swept = True
        finally:
            lock.release()

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError(self.path, "the store was closed")

    def _read_marker(self) -> bytes | None:
        try:
            return self.layout.marker_path.read_bytes()
        except FileNotFoundError:
            return None

    def _sync(self) -> StoreIndex:
        """Load on first use; afterwards re-read only what other processes changed."""
        self._check_open()
        marker = self._read_marker()
        if self._index is not None and marker == self._marker:
            return self._index
        if self._index is None:
            self._index = StoreIndex()
            self._files = {}
        try:
            self._rescan(self._index)
        except BaseException:
            self._index = None  # half loaded is worse than not loaded: the next call starts over
            raise
        self._marker = marker
        return self._index

    def _rescan(self, index: StoreIndex) -> None:
        collecting = gc.isenabled()
        gc.disable()  # loading makes a million objects and no garbage: skip the collector's passes
        try:
            self._rescan_files(index)
        finally:
            if collecting:
                gc.enable()

    def _rescan_files(self, index: StoreIndex) -> None:
        seen: set[str] = set()
        loaded: list[ArticleItems] = []
        try:
            entries = list(os.scandir(self.layout.articles_dir))
        except FileNotFoundError:
            entries = []
        for entry in entries:
            name = entry.name
            if not name.endswith(SHARD_SUFFIX) or is_temp_name(name):
                continue
            try:
                sig = _sig(entry.stat())
                known = self._files.get(name)
                if known is None or known[0] != sig:
                    loaded.append(self._read_shard(Path(entry.path), name))
                    self._files[name] = (sig, loaded[-1].article.id)
            except FileNotFoundError:
                continue  # deleted since the listing
            seen.add(name)
        for name in set(self._files) - seen:
            index.remove(self._files.pop(name)[1])
        index.put_many(loaded)

    def _read_shard(self, path: Path, name: str) -> ArticleItems:
        items, _body = decode_shard(load_json_file(path), path)
        expected = shard_name(items.article.id)
        if name != expected:  # a copied or renamed file: two files would hold one article
            raise StoreError(
                path, f"holds article {items.article.id!r}, whose file is {expected}; move or remove it"
            )
        return items

    def _touch_marker(self) -> None:
        """Tell other processes to rescan: a hint, so atomic but not fsynced."""
        marker = f"{os.getpid()} {time.time_ns()} {secrets.token_hex(6)}\n".encode()
        replace_files([(self.layout.marker_path, marker)], durable=False)
        self._marker = marker

    # ---- writes -------------------------------------------------------------------
    def put_extraction(self, extraction: Extraction) -> StoreResult:
        article, items = items_of(extraction)
        data = encode_json(encode_shard(article, items))
        target = self.layout.shard_path(article.id)
        with self._writing() as index:
            replace_files([(target, data)], temp_folder=self.layout.folder)
            self._files[target.name] = (_sig(target.stat()), article.id)
            replaced, new_actors = index.put(items)
            self._touch_marker()
        return StoreResult(
            article_id=article.id,
            replaced=replaced,
            actors=len(items.actors),
            statements=len(items.statements),
            meetings=len(items.meetings),
            new_actors=new_actors,
        )

    def delete_article(self, article_id: str) -> bool:
        target = self.layout.shard_path(article_id)
        with self._writing() as index:
            if article_id not in index.items:
                return False
            remove_file(target)
            self._files.pop(target.name, None)
            index.remove(article_id)
            self._touch_marker()
        return True

    # ---- reads ----------------------------------------------------------------------
    def article(self, article_id: str) -> Article | None:
        """One article with its body, read from its file (bodies are not kept in memory)."""
        with self._mutex:
            items = self._sync().items.get(article_id)
            if items is None:
                return None
            path = self.layout.shard_path(article_id)
            try:
                _items, body = decode_shard(load_json_file(path), path)
            except FileNotFoundError:
                return None  # deleted by another process a moment ago
            return items.article.evolve(text=body)

    def article_text(self, article_id: str) -> str:
        """The body, or an empty string for an article that is not stored."""
        found = self.article(article_id)
        return found.text if found else ""

    def articles(self) -> list[Article]:
        with self._mutex:
            return self._sync().articles()

    def actor(self, actor_id: str) -> Actor | None:
        with self._mutex:
            return self._sync().actor(actor_id)

    def actors(self, *, article_id: str | None = None, kind: str | None = None) -> list[Actor]:
        with self._mutex:
            return self._sync().actors(article_id=article_id, kind=kind)

    def statements(self, *, actor_id: str | None = None, article_id: str | None = None) -> list[Statement]:
        with self._mutex:
            return self._sync().statements(actor_id=actor_id, article_id=article_id)

    def meetings(self, *, actor_id: str | None = None, article_id: str | None = None) -> list[Meeting]:
        with self._mutex:
            return self._sync().meetings(actor_id=actor_id, article_id=article_id)

    def counts(self) -> Counts:
        with self._mutex:
            return self._sync().counts()

    def snapshot(self) -> Snapshot:
        with self._mutex:
            return self._sync().snapshot()

    def close(self) -> None:
        with self._mutex:
            self._closed = True
            self._index = None
            self._files = {}

    def __enter__(self) -> TinyDBStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _prepare(layout: StoreLayout, create: bool, lock_timeout: float) -> None:
    """Create a missing store, check the version of an existing one, migrate an old one."""
    path = layout.path
    if path.is_dir():
        raise StoreError(path, "is a folder; give the path of a store file such as briefing.json")
    if not path.exists():
        if not create:
            raise StoreError(path, "no briefing store here (import something first, or check --db)")
        path.parent.mkdir(parents=True, exist_ok=True)
    elif schema_version(read_main_file(layout), layout) == SCHEMA_VERSION:
        return
    store = TinyDBStore(layout, lock_timeout)
    with store._write_lock():  # re-check inside: another process may have done it meanwhile
        if not path.exists():
            create_main_file(layout)
            return
        data = read_main_file(layout)
        version = schema_version(data, layout)
        if version < SCHEMA_VERSION:
            migrate(layout, data, version)


def open_store(
    path: str | os.PathLike[str], *, create: bool = True, lock_timeout: float = 3.0
) -> TinyDBStore:
    """Open (or create) the store at ``path``; cheap: contents load on first use.

    Raises ``StoreError`` (one line naming the file) for a missing store when
    ``create`` is False, an unreadable or newer-version file (never touched),
    or a lock held by another writer for longer than ``lock_timeout`` seconds.
    """
    layout = StoreLayout(Path(path).expanduser())
    try:
        _prepare(layout, create, lock_timeout)
        store = TinyDBStore(layout, lock_timeout)
        store.sweep_if_free()
    except PermissionError as exc:
        raise StoreError(exc.filename or path, "permission denied") from None
    except OSError as exc:
        raise StoreError(exc.filename or path, exc.strerror or str(exc)) from None
    return store
