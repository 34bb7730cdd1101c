"""The TinyDB implementation of ``Repository``: one small TinyDB file per article.

Layout (all paths derived from the store path, see ``layout``)::

    briefing.json                  meta: schema version, layout name
    briefing.json.d/articles/*.json one TinyDB file per article: the article with
                                    its body, and its actors, statements, meetings
    briefing.json.d/changed         rewritten after every write (a change marker)
    briefing.json.d/summary         read cache of all article files without bodies (``summary``)
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
first query or write, then kept in memory and in step with our own writes.
A load lists the article files and reads the summary instead of every file
it still describes (same name, inode, size, mtime and ctime); the others
are parsed as before. A load that had to parse many files rewrites the
summary, and so does ``close`` after many writes; writes themselves never
touch it, so adding an article costs the article only. The load still grows
with the store (``benchmarks/store.py`` prints it, with and without the
summary). Statement and meeting records are built on first use, so
counting, listing actors and writing never pay for them. Other processes'
writes are noticed through the change marker and picked up by re-reading
only the article files whose signature changed; a
writer killed between its article file and the marker leaves that one write
unnoticed by processes already open until the next change (a new process
sees it). Readers never lock. All methods are thread-safe (one re-entrant
lock).
"""

from __future__ import annotations

import os
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from types import TracebackType
from typing import Any

from briefing_tui.core.collector import collector_paused
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
from briefing_tui.store.atomic import (
    encode_json,
    is_temp_name,
    load_json_file,
    parse_json,
    read_with_stat,
    remove_file,
    replace_files,
    sweep_temp_files,
)
from briefing_tui.store.errors import StoreError
from briefing_tui.store.fingerprints import MIN_SAMPLED, Fingerprint, fingerprint, pack, same_article, unpack
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
from briefing_tui.store.repository import Migration, StoreResult
from briefing_tui.store.shards import ArticleItems, decode_shard, encode_shard, items_of, shard_fingerprint
from briefing_tui.store.summary import Entry, FileSig, entry_of, items_of_entry, read_summary, write_summary

__all__ = ["StoreError", "TinyDBStore", "open_store"]

# The summary is rewritten once more than this many article files (and 1 in 100) differ from it.
SUMMARY_STALE_LIMIT = 16
# The summary is rewritten once a search computed this many fingerprints of article files that keep none.
FINGERPRINTS_STALE_LIMIT = 16


# Loading and decoding make a million objects and no garbage; after a small query the collector is left be.
_MANY_NEW_OBJECTS = 50_000


def _no_gc() -> AbstractContextManager[None]:
    return collector_paused(promote_above=_MANY_NEW_OBJECTS)


def _sig(stat: os.stat_result) -> FileSig:
    """inode, size, mtime, ctime: an atomic replace always changes the inode, an edit in place the times."""
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)


class TinyDBStore:
    """Articles and their items on disk, queried from memory. Create with ``open_store``."""

    def __init__(self, layout: StoreLayout, lock_timeout: float) -> None:
        self.path = str(layout.path)
        self.layout = layout
        self.lock_timeout = lock_timeout
        self._mutex = threading.RLock()
        self._index: StoreIndex | None = None
        self._files: dict[str, tuple[FileSig, str]] = {}  # shard file name -> (signature, article id)
        # Article files that cannot be read, left as they are: file name -> (signature, the reason).
        self._damaged: dict[str, tuple[FileSig, str]] = {}
        self._summarised: dict[str, FileSig] = {}  # what the summary on disk holds, as far as we know
        self._summary_due = False
        self._marker: bytes | None = None
        self._swept = False
        self._closed = False
        # Text fingerprints by article file name: packed as read (from the file or the summary), unpacked on use.
        self._prints: dict[str, tuple[FileSig, Fingerprint | bytes]] = {}
        self._prints_computed = 0  # fingerprints computed from texts since the summary was written
        self._migration: Migration | None = None  # what opening it upgraded (``open_store``)

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

    def check_writable(self) -> None:
        """Raise StoreError now when this process cannot write the store, before any slow work.

        Opens the lock file for writing without locking it (a writer busy
        elsewhere is no reason to refuse) and checks the store's folders.
        """
        try:
            os.close(os.open(self.layout.lock_path, os.O_RDWR | os.O_CREAT, 0o666))
        except OSError as exc:
            raise StoreError(
                self.layout.lock_path, f"cannot write to this store ({exc.strerror}); nothing was changed"
            ) from None
        for folder in (self.layout.path.parent, self.layout.articles_dir):
            if folder.is_dir() and not os.access(folder, os.W_OK):
                raise StoreError(
                    folder, "cannot write to this store (Permission denied); nothing was changed"
                )

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
        with _no_gc():
            self._rescan_files(index)

    def _rescan_files(self, index: StoreIndex) -> None:
        summary: dict[str, Entry] | None = None
        if not self._files:  # a first load: the summary stands in for every file it still describes
            summary = read_summary(self.layout.summary_path)
            self._summarised = {name: entry[1] for name, entry in summary.items()} if summary else {}
        seen: set[str] = set()
        changed: list[tuple[str, FileSig]] = []
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
            except FileNotFoundError:
                continue  # deleted since the listing
            seen.add(name)
            known = self._files.get(name) or self._damaged.get(name)
            if known is None or known[0] != sig:
                changed.append((name, sig))
        loaded, summarised = self._from_summary(summary, changed) if summary else ([], set())
        for name, sig in changed:
            if name in summarised:
                continue
            path = self.layout.articles_dir / name
            self._damaged.pop(name, None)
            try:
                items, sig, prints = self._read_shard(path, name)
            except FileNotFoundError:
                seen.discard(name)
                continue
            except (OSError, StoreError) as error:
                # One damaged file must not cost the rest of the store: skip it, leave it as it is.
                if name in self._files:
                    index.remove(self._files.pop(name)[1])
                    self._prints.pop(name, None)
                self._damaged[name] = (sig, _damage(error, path))
                continue
            loaded.append(items)
            self._files[name] = (sig, items.article.id)
            if prints is not None:
                self._prints[name] = (sig, prints)
        for name in set(self._files) - seen:
            index.remove(self._files.pop(name)[1])
            self._prints.pop(name, None)
        for name in set(self._damaged) - seen:
            del self._damaged[name]
        index.put_many(loaded)
        if self._far_behind():
            self._summary_due = True

    def _from_summary(
        self, summary: dict[str, Entry], changed: list[tuple[str, FileSig]]
    ) -> tuple[list[ArticleItems], set[str]]:
        """Items of the files the summary still describes, and their names.

        All or none: an entry that cannot be used discards the whole summary.
        """
        loaded: list[ArticleItems] = []
        files: dict[str, tuple[FileSig, str]] = {}
        prints: dict[str, tuple[FileSig, bytes]] = {}
        folder = str(self.layout.articles_dir)
        views: dict[tuple[Any, ...], Actor] = {}
        try:
            for name, sig in changed:
                entry = summary.get(name)
                if entry is None or entry[1] != sig:
                    continue
                items = items_of_entry(entry, os.path.join(folder, name), views)
                if shard_name(items.article.id) != name:
                    raise ValueError("an entry under another article's file name")
                loaded.append(items)
                files[name] = (sig, items.article.id)
                if type(entry[9]) is bytes and len(entry[9]) % 4 == 0:
                    prints[name] = (sig, entry[9])
        except Exception:  # damage the checksum missed: read the article files instead
            self._summarised = {}
            return [], set()
        self._files.update(files)
        self._prints.update(prints)
        return loaded, set(files)

    def damaged_files(self) -> list[tuple[str, str]]:
        """Article files skipped because they cannot be read, as (path, reason): left on disk as they are,
        never overwritten; the rest of the store reads as usual."""
        with self._mutex:
            self._sync()
            folder = self.layout.articles_dir
            return [(str(folder / name), reason) for name, (_sig, reason) in sorted(self._damaged.items())]

    def migration(self) -> Migration | None:
        return self._migration

    def _read_shard(self, path: Path, name: str) -> tuple[ArticleItems, FileSig, bytes | None]:
        """The file's items, signature and packed fingerprint (None in files written before they were kept)."""
        raw, stat = read_with_stat(path)
        data = parse_json(raw, path)
        items, _body = decode_shard(data, path)
        expected = shard_name(items.article.id)
        if name != expected:  # a copied or renamed file: two files would hold one article
            raise StoreError(
                path, f"holds article {items.article.id!r}, whose file is {expected}; move or remove it"
            )
        return items, _sig(stat), shard_fingerprint(data)

    # ---- the summary ----------------------------------------------------------------
    def _stale(self) -> int:
        """How many article files the summary on disk does not describe as they are."""
        summarised = self._summarised
        differ = sum(1 for name, (sig, _) in self._files.items() if summarised.get(name) != sig)
        return differ + sum(1 for name in summarised if name not in self._files)

    def _far_behind(self) -> bool:
        return self._stale() > max(SUMMARY_STALE_LIMIT, len(self._files) // 100)

    def _write_summary_if_due(self) -> None:
        """Rewrite the summary if a load found it far behind (never under the write lock: it may be slow)."""
        if self._summary_due and self._index is not None:
            with _no_gc():
                self._write_summary(self._index)

    def _write_summary(self, index: StoreIndex) -> None:
        self._summary_due = False
        files = dict(self._files)
        try:
            entries = [
                entry_of(name, sig, index.items[aid], self._packed_print(name, sig))
                for name, (sig, aid) in files.items()
            ]
            self.layout.folder.mkdir(parents=True, exist_ok=True)
            write_summary(self.layout.summary_path, self.layout.folder, entries)
        except (OSError, ValueError, TypeError, KeyError, StoreError):
            return  # a read-only folder, a sweep that took our temp file, an odd record: it stays a cache
        self._summarised = {name: sig for name, (sig, _) in files.items()}
        self._prints_computed = 0
        # The fingerprint cache of earlier versions: the article files and this summary replace it.
        with suppress(OSError):
            self.layout.old_fingerprints_path.unlink(missing_ok=True)

    def _packed_print(self, name: str, sig: FileSig) -> bytes | None:
        known = self._prints.get(name)
        if known is None or known[0] != sig:
            return None
        prints = known[1]
        return prints if type(prints) is bytes else pack(prints)  # type: ignore[arg-type]

    def _loaded(self) -> StoreIndex:
        """For reads: the index in step with the files (and the summary rewritten if it fell far behind)."""
        index = self._sync()
        self._write_summary_if_due()
        return index

    def _touch_marker(self) -> None:
        """Tell other processes to rescan: a hint, so atomic but not fsynced.

        The write it follows is done (the article file is the commit point), so a full disk
        must not fail it here: without room for a temporary file the marker is rewritten in
        place, in the block it already has, else left as it is (processes already open then
        see this write with the next one; a new process sees it at once).
        """
        marker = f"{os.getpid()} {time.time_ns()} {secrets.token_hex(6)}\n".encode()
        try:
            replace_files([(self.layout.marker_path, marker)], durable=False)
        except OSError:
            try:
                fd = os.open(self.layout.marker_path, os.O_WRONLY | os.O_CREAT, 0o666)
                try:
                    os.pwrite(fd, marker, 0)
                    os.ftruncate(fd, len(marker))
                finally:
                    os.close(fd)
            except OSError:
                return
        self._marker = marker

    # ---- writes -------------------------------------------------------------------
    def put_extraction(self, extraction: Extraction, *, replaces: str | None = None) -> StoreResult:
        article, items = items_of(extraction)
        prints = fingerprint(article.text)
        data = encode_json(encode_shard(article, items, prints))
        target = self.layout.shard_path(article.id)
        with self._writing() as index:
            damaged = self._damaged.get(target.name)
            if damaged is not None:
                raise StoreError(
                    target,
                    f"this article's file cannot be read ({damaged[1]}) and is left as it is; "
                    "move it aside or remove it, then import the article again",
                )
            before = index.counts()
            replace_files([(target, data)], temp_folder=self.layout.folder)
            sig = _sig(os.stat(target))
            self._files[target.name] = (sig, article.id)
            self._prints[target.name] = (sig, prints)
            replaced, new_actors = index.put(items)
            # Stored first, then the other removed: a kill in between leaves both, never neither.
            if replaces is not None and replaces != article.id and self._remove(index, replaces):
                replaced = True
            change = index.counts() - before
            self._touch_marker()
        self._write_summary_if_due()
        return StoreResult(
            article_id=article.id,
            replaced=replaced,
            actors=len(items.actors),
            statements=len(items.statements),
            meetings=len(items.meetings),
            new_actors=new_actors,
            change=change,
        )

    def _remove(self, index: StoreIndex, article_id: str) -> bool:
        """Remove one article's file and items (under the write lock); False when it is not stored."""
        if article_id not in index.items:
            return False
        target = self.layout.shard_path(article_id)
        remove_file(target)
        self._files.pop(target.name, None)
        self._prints.pop(target.name, None)
        index.remove(article_id)
        return True

    def delete_article(self, article_id: str) -> bool:
        with self._writing() as index:
            if not self._remove(index, article_id):
                return False
            self._touch_marker()
        self._write_summary_if_due()
        return True

    # ---- the same article under another id ----------------------------------------------
    def find_same_text(
        self, text: str, *, exclude_id: str | None = None, prefer: Callable[[Article], bool] | None = None
    ) -> Article | None:
        """A stored article (without body) whose text is the same article as ``text`` (see
        ``fingerprints``), other than ``exclude_id``; None when there is none. Of several, the
        first that ``prefer`` accepts (another outlet's reprint kept beside it is not the one
        an update of the first outlet's copy replaces), else the first.

        Fingerprints come from the article files and the summary, read with the
        store; only files written before they were kept are read again for their text.
        """
        wanted = fingerprint(text)
        if len(wanted) < MIN_SAMPLED:
            return None
        with self._mutex:
            index = self._loaded()
            prints = self._prints
            found = None
            for name, (sig, article_id) in self._files.items():
                known = prints.get(name)
                if known is None or known[0] != sig:
                    body = self._body_of(name)
                    if body is None:
                        continue
                    known = prints[name] = (sig, fingerprint(body))
                    self._prints_computed += 1
                elif type(known[1]) is bytes:
                    known = prints[name] = (sig, unpack(known[1]))
                if article_id != exclude_id and same_article(wanted, known[1]):  # type: ignore[arg-type]
                    candidate = index.items[article_id].article
                    if found is None:
                        found = candidate
                    if prefer is None or prefer(candidate):
                        found = candidate
                        break
            if self._prints_computed >= FINGERPRINTS_STALE_LIMIT:
                self._summary_due = True  # remember them for the next process
                self._write_summary_if_due()
            return found

    def _body_of(self, name: str) -> str | None:
        path = self.layout.articles_dir / name
        try:
            _items, body = decode_shard(load_json_file(path), path)
        except (OSError, StoreError):
            return None  # gone meanwhile, or unreadable (its load reports that)
        return body

    # ---- reads ----------------------------------------------------------------------
    def article(self, article_id: str) -> Article | None:
        """One article with its body, read from its file (bodies are not kept in memory)."""
        with self._mutex:
            items = self._loaded().items.get(article_id)
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
            return self._loaded().articles()

    def article_tallies(self) -> list[ArticleTally]:
        with self._mutex:
            return self._loaded().article_tallies()

    def actor(self, actor_id: str) -> Actor | None:
        with self._mutex:
            return self._loaded().actor(actor_id)

    def actors(self, *, article_id: str | None = None, kind: str | None = None) -> list[Actor]:
        with self._mutex:
            return self._loaded().actors(article_id=article_id, kind=kind)

    def statements(self, *, actor_id: str | None = None, article_id: str | None = None) -> list[Statement]:
        with self._mutex, _no_gc():
            return self._loaded().statements(actor_id=actor_id, article_id=article_id)

    def meetings(self, *, actor_id: str | None = None, article_id: str | None = None) -> list[Meeting]:
        with self._mutex, _no_gc():
            return self._loaded().meetings(actor_id=actor_id, article_id=article_id)

    def counts(self) -> Counts:
        with self._mutex:
            return self._loaded().counts()

    def snapshot(self) -> Snapshot:
        with self._mutex, _no_gc():
            return self._loaded().snapshot()

    def close(self) -> None:
        """Forget everything; first rewrite the summary if this process's writes left it far behind."""
        with self._mutex:
            if self._index is not None and not self._closed and self._far_behind():
                with _no_gc():
                    self._write_summary(self._index)
            self._prints = {}
            self._closed = True
            self._index = None
            self._files = {}

    def __enter__(self) -> TinyDBStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _damage(error: OSError | StoreError, path: Path) -> str:
    """Why an article file was skipped, without its path (the caller names it)."""
    if isinstance(error, OSError):
        return f"cannot be read ({error.strerror or error})"
    text = str(error).removeprefix(f"{error.path or path}: ")
    for said_elsewhere in ("; left unchanged", " (left unchanged)", ", not a briefing store"):
        text = text.removesuffix(said_elsewhere)
    return text


def _prepare(layout: StoreLayout, create: bool, lock_timeout: float) -> Migration | None:
    """Create a missing store, check the version of an existing one, migrate an old one (saying what
    was migrated)."""
    path = layout.path
    if path.is_dir():
        raise StoreError(path, "is a folder; give the path of a store file such as briefing.json")
    if not path.exists():
        if not create:
            raise StoreError(path, "no briefing store here (import something first, or check --db)")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):  # a file where a folder on the way should be
            blocking = next((p for p in (path.parent, *path.parent.parents) if p.exists()), path.parent)
            raise StoreError(blocking, "is a file, not a folder: no store can be made inside it") from None
    elif schema_version(read_main_file(layout), layout) == SCHEMA_VERSION:
        _require_articles_dir(layout)
        return None
    store = TinyDBStore(layout, lock_timeout)
    with store._write_lock():  # re-check inside: another process may have done it meanwhile
        if not path.exists():
            create_main_file(layout)
            return None
        data = read_main_file(layout)
        version = schema_version(data, layout)
        return migrate(layout, data, version) if version < SCHEMA_VERSION else None


def _require_articles_dir(layout: StoreLayout) -> None:
    """A store's articles are in the folder beside its main file, made with it: without that folder
    (the file copied or moved alone) the store would read as empty, and look like lost articles."""
    if not layout.articles_dir.is_dir():
        raise StoreError(
            layout.path,
            f"its folder of articles, {layout.articles_dir}, is missing (a store is the file and the "
            f"folder {layout.folder.name} beside it: copy or move both); left unchanged: put the folder "
            f"back, or remove {layout.path.name} to start an empty store",
        )


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
        migration = _prepare(layout, create, lock_timeout)
        store = TinyDBStore(layout, lock_timeout)
        store._migration = migration
        store.sweep_if_free()
    except PermissionError as exc:
        raise StoreError(exc.filename or path, "permission denied") from None
    except OSError as exc:
        raise StoreError(exc.filename or path, exc.strerror or str(exc)) from None
    return store
