"""One import generator for the CLI, the app's import dialog and the tests.

``run_import`` turns an :class:`ImportRequest` into stored articles and
yields :class:`ImportEvent` objects as it goes, so a caller can show
progress, cancel between events, and report every source's outcome.
Reading sources (downloads, files, feeds, web-page text in worker
processes) happens concurrently on a thread pool bounded by
``request.concurrency``; extraction and store writes happen here, in the
caller's thread, one batch per article, so a failing source never touches
the store. ``load_article`` reads one source for ``briefing extract``;
``warm_up`` loads the web-page reader ahead of the first import.

A source's kind comes from its content, declared type and name
(``briefing_tui.sources.detect``): web pages, RSS/Atom feeds (every entry
becomes a source), text and Markdown files (front matter or a
``NAME.meta.json`` sidecar for metadata), files of URLs, folders and stdin.
"""

from __future__ import annotations

import re
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol

from briefing_tui.core.ids import article_id_for_text, article_id_for_url
from briefing_tui.core.models import Article
from briefing_tui.core.text import sanitize, sanitize_line
from briefing_tui.sources.dates import normalize_date
from briefing_tui.sources.detect import (
    FEED_SUFFIXES,
    HTML_SUFFIXES,
    TEXT_SUFFIXES,
    URL_LIST_SUFFIXES,
    charset_of,
    sniff,
)
from briefing_tui.sources.errors import SourceError
from briefing_tui.sources.feeds import FeedEntry, entry_article, parse_feed
from briefing_tui.sources.files import (
    decode_text,
    metadata_fields,
    read_file_bytes,
    read_sidecar,
    text_article,
)
from briefing_tui.sources.html import html_article
from briefing_tui.sources.http import Fetched
from briefing_tui.sources.loaded import LoadedArticle
from briefing_tui.sources.urls import canonical_url, is_http_url, looks_like_url, require_http_url
from briefing_tui.store.repository import Repository, StoreResult

if TYPE_CHECKING:
    from briefing_tui.sources.http import HttpFetcher

DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_TIMEOUT = 20.0
DEFAULT_EXTRACT_TIMEOUT = 30.0
DEFAULT_CONCURRENCY = 8
_POLL_SECONDS = 0.2
_COMMENT = re.compile(r"\s+#")
_WATCHDOG_GRACE = 5.0

__all__ = [
    "ArticleStored",
    "Fetch",
    "Fetched",
    "ImportEvent",
    "ImportProgress",
    "ImportRequest",
    "ImportStarted",
    "ImportSummary",
    "SourceAdded",
    "SourceError",
    "SourceFailed",
    "SourceSkipped",
    "load_article",
    "run_import",
    "warm_up",
]


class Fetch(Protocol):
    """What ``run_import(fetch=...)`` accepts: GET a URL within a size cap and an overall deadline."""

    def __call__(self, url: str, *, max_bytes: int, timeout: float) -> Fetched: ...


@dataclass(frozen=True, slots=True)
class ImportRequest:
    """What to import. ``sources`` are URLs, file paths (articles, feeds, URL lists) or ``-`` for stdin.

    Every source's kind is found from its content, so a file of URLs (one per
    line, ``#`` comments) works as a source too; ``url_lists`` (``--from FILE``)
    names files that must be such lists. ``published`` and ``title`` apply to
    every article (meant for one source). ``timeout`` is the overall deadline
    of one download, ``extract_timeout`` the limit on reading one web page.
    """

    sources: tuple[str, ...] = ()
    pasted_text: str | None = None
    published: str | None = None
    title: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    concurrency: int = DEFAULT_CONCURRENCY
    url_lists: tuple[str, ...] = ()
    extract_timeout: float = DEFAULT_EXTRACT_TIMEOUT


@dataclass(frozen=True, slots=True)
class ImportEvent:
    """Base class of everything run_import yields."""


@dataclass(frozen=True, slots=True)
class ImportStarted(ImportEvent):
    total: int


@dataclass(frozen=True, slots=True)
class SourceAdded(ImportEvent):
    """A feed or URL list expanded to more sources: the total grew."""

    source: str
    total: int


@dataclass(frozen=True, slots=True)
class ArticleStored(ImportEvent):
    source: str
    article: Article
    result: StoreResult


@dataclass(frozen=True, slots=True)
class SourceFailed(ImportEvent):
    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class SourceSkipped(ImportEvent):
    """Nothing to do (a feed entry already imported)."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class ImportSummary(ImportEvent):
    stored: tuple[ArticleStored, ...] = ()
    failed: tuple[SourceFailed, ...] = ()
    skipped: tuple[SourceSkipped, ...] = ()
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed and not self.cancelled


@dataclass
class ImportProgress:
    """Running counts a progress display keeps while iterating events."""

    total: int = 0
    done: int = 0
    failed: int = 0
    skipped: int = 0
    outcomes: list[ImportEvent] = field(default_factory=list)

    @property
    def remaining(self) -> int:
        return max(0, self.total - self.done - self.failed - self.skipped)

    def update(self, event: ImportEvent) -> None:
        match event:
            case ImportStarted(total=total) | SourceAdded(total=total):
                self.total = total
            case ArticleStored():
                self.done += 1
                self.outcomes.append(event)
            case SourceFailed():
                self.failed += 1
                self.outcomes.append(event)
            case SourceSkipped():
                self.skipped += 1
                self.outcomes.append(event)


# --- implementation -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Job:
    """One source to read on a pool thread: ``work`` returns an article or the sources it expands to."""

    label: str
    work: Callable[[], LoadedArticle | list[_Job]]
    skip_if_stored: bool = False
    started: float | None = None

    def run(self) -> LoadedArticle | list[_Job]:
        self.started = time.monotonic()
        return self.work()


class _Context:
    """What every job needs: the request's limits, the shared fetcher, stdin."""

    def __init__(self, request: ImportRequest, fetch: Fetch | None, stdin: BinaryIO | None) -> None:
        self.request = request
        self.stop = threading.Event()
        self._fetch = fetch
        self._own_fetcher: HttpFetcher | None = None
        self._lock = threading.Lock()
        self._stdin = stdin

    def fetch(self, url: str) -> Fetched:
        with self._lock:
            if self._fetch is None:
                from briefing_tui.sources.http import HttpFetcher

                self._own_fetcher = HttpFetcher(connections=max(1, self.request.concurrency), stop=self.stop)
                self._fetch = self._own_fetcher
            fetch = self._fetch
        return fetch(url, max_bytes=self.request.max_bytes, timeout=self.request.timeout)

    def read_stdin(self) -> bytes:
        stream = self._stdin if self._stdin is not None else sys.stdin.buffer
        body = stream.read(self.request.max_bytes + 1)
        if len(body) > self.request.max_bytes:
            raise SourceError(
                f"standard input is over the {self.request.max_bytes / 1_000_000:g} MB import limit"
            )
        return body

    def close(self) -> None:
        self.stop.set()
        if self._own_fetcher is not None:
            self._own_fetcher.close()


def _source_job(source: str, ctx: _Context) -> _Job:
    """The job for one command-line source: stdin, a URL, a folder or a file of any kind."""
    if source == "-":
        return _Job("-", lambda: _loaded_from_bytes(ctx.read_stdin(), None, "standard input", ctx))
    if looks_like_url(source):
        return _Job(source, lambda: _load_url(source, ctx))
    path = Path(source).expanduser()
    if path.is_dir():
        return _Job(source, lambda: _folder_jobs(path, ctx))
    return _Job(source, lambda: _load_path(path, ctx))


def _load_url(url: str, ctx: _Context, meta: FeedEntry | None = None) -> LoadedArticle | list[_Job]:
    require_http_url(url)
    fetched = ctx.fetch(url)
    loaded = _loaded_from_bytes(fetched.body, fetched.content_type, fetched.url, ctx, url=fetched.url)
    if meta is not None and isinstance(loaded, LoadedArticle):
        # The feed states the date and title; a page's own metadata is right less often.
        return replace(
            loaded,
            published=meta.published or loaded.published,
            title=loaded.title or meta.title,
            author=loaded.author or meta.author,
        )
    return loaded


def _load_path(path: Path, ctx: _Context) -> LoadedArticle | list[_Job]:
    body = read_file_bytes(path, ctx.request.max_bytes)
    return _loaded_from_bytes(body, None, str(path), ctx, sidecar=read_sidecar(path))


def _loaded_from_bytes(
    body: bytes,
    content_type: str | None,
    origin: str,
    ctx: _Context,
    *,
    url: str | None = None,
    sidecar: dict[str, str] | None = None,
) -> LoadedArticle | list[_Job]:
    """Read any body by what it is (content first, then declared type and name)."""
    kind = sniff(body, content_type, origin)
    if kind == "feed":
        return _feed_jobs(body, url, origin, ctx)
    if kind == "urls":
        return _url_list_jobs(body, origin, ctx)
    if kind == "html":
        loaded = html_article(body, url, origin, time_limit=ctx.request.extract_timeout)
        return replace(loaded, **metadata_fields(sidecar, origin)) if sidecar else loaded
    meta = {"url": url} if url else {}
    return text_article(decode_text(body, charset_of(content_type)), origin, {**meta, **(sidecar or {})})


def _feed_jobs(body: bytes, url: str | None, origin: str, ctx: _Context) -> list[_Job]:
    feed = parse_feed(body, url, origin)
    jobs = []
    for index, entry in enumerate(feed.entries, start=1):
        label = entry.link or f"{origin} (entry {index}: {entry.title or 'untitled'})"
        if entry.has_full_text():
            jobs.append(_Job(label, partial(entry_article, entry, feed, label), skip_if_stored=True))
        elif entry.link:
            jobs.append(_Job(label, partial(_load_url, entry.link, ctx, entry), skip_if_stored=True))
        else:
            jobs.append(_Job(label, partial(_fail, f"the feed entry {label} has no link and no text"), True))
    return jobs


def _url_list_jobs(body: bytes, origin: str, ctx: _Context) -> list[_Job]:
    """A file of URLs, one per line, ``#`` starting a comment."""
    jobs = []
    for number, line in enumerate(decode_text(body).splitlines(), start=1):
        entry = _COMMENT.split(line.strip(), maxsplit=1)[0]
        if not entry or entry.startswith("#"):
            continue
        if is_http_url(entry) and " " not in entry:
            jobs.append(_Job(entry, partial(_load_url, entry, ctx)))
        else:
            message = f"line {number} of {origin} is not an http(s) URL: {entry[:80]}"
            jobs.append(_Job(f"{origin}:{number}", partial(_fail, message)))
    return jobs


def _folder_jobs(path: Path, ctx: _Context) -> list[_Job]:
    """The readable files directly in a folder (articles, pages, feeds, URL lists), by name."""
    suffixes = HTML_SUFFIXES + TEXT_SUFFIXES + FEED_SUFFIXES + URL_LIST_SUFFIXES
    files = sorted(
        p
        for p in path.iterdir()
        if p.is_file()
        and p.name.lower().endswith(suffixes)
        and not p.name.startswith(".")
        and not p.name.lower().startswith("readme")
    )
    if not files:
        raise SourceError(f"the folder {path} has no articles, pages or feeds in it")
    return [_Job(str(p), partial(_load_path, p, ctx)) for p in files]


def _fail(reason: str) -> LoadedArticle:
    raise SourceError(reason)


def _choose_published(request_published: str | None, loaded: LoadedArticle, today: date) -> tuple[str, bool]:
    """--published, else the source's own date, else a dateline guess (assumed), else today (assumed)."""
    if request_published:
        return request_published, False
    if loaded.published:
        return loaded.published, False
    if loaded.published_guess:
        return loaded.published_guess, True
    return today.isoformat(), True


def build_article(loaded: LoadedArticle, request: ImportRequest, today: date) -> Article:
    """The sanitised ``Article`` for a reading, with its stable id and chosen publication date."""
    text = sanitize(loaded.text).strip()
    if not text:
        raise SourceError(f"no article text found in {loaded.origin}")
    url = canonical_url(loaded.url) if loaded.url and is_http_url(loaded.url) else None
    published, assumed = _choose_published(_checked_date(request.published), loaded, today)
    return Article(
        id=article_id_for_url(url) if url else article_id_for_text(text),
        title=sanitize_line(request.title or loaded.title) or None,
        published=published,
        url=url,
        source=sanitize_line(loaded.source) or None,
        published_assumed=assumed,
        author=sanitize_line(loaded.author) or None,
        language=sanitize_line(loaded.language) or None,
        partial=loaded.partial,
        imported_at=datetime.now(UTC).isoformat(timespec="seconds"),
        text=text,
    )


def _checked_date(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        return normalize_date(value)
    except ValueError:
        raise ValueError(f"the publication date must look like 2023-10-24, not {value!r}") from None


def load_article(
    source: str,
    *,
    published: str | None = None,
    title: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    today: date | None = None,
    fetch: Fetch | None = None,
    stdin: BinaryIO | None = None,
) -> Article:
    """Read one article (file path, URL or ``-``) without storing it, for ``briefing extract``.

    Raises :class:`SourceError` with a sentence for the user when the source
    cannot be read or holds several articles (a feed, a folder, a list of
    URLs), and ValueError for a malformed ``published``.
    """
    request = ImportRequest(
        sources=(source,), published=published, title=title, max_bytes=max_bytes, timeout=timeout
    )
    _checked_date(published)
    ctx = _Context(request, fetch, stdin)
    try:
        result = _source_job(source, ctx).run()
    finally:
        ctx.close()
    if isinstance(result, list):
        raise SourceError(
            f"{source} holds {len(result)} articles (a feed, folder or URL list): import it instead"
        )
    return build_article(result, request, today or date.today())


def run_import(
    request: ImportRequest,
    store: Repository,
    *,
    fetch: Fetch | None = None,
    today: date | None = None,
    cancelled: Callable[[], bool] | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[ImportEvent]:
    """Import every source of ``request`` into ``store``; see the module docstring.

    ``fetch(url, *, max_bytes, timeout) -> Fetched`` replaces the HTTP client
    (tests); ``today`` is the date given to articles that state none;
    ``cancelled`` is polled between events and while waiting. A malformed
    ``request.published`` raises ValueError before anything happens.
    """
    _checked_date(request.published)
    today = today or date.today()
    is_cancelled = cancelled or (lambda: False)
    ctx = _Context(request, fetch, stdin)
    jobs = [_source_job(source, ctx) for source in request.sources]
    for url_list in request.url_lists:
        list_path = Path(url_list).expanduser()
        jobs.append(_Job(url_list, partial(_load_url_list_file, list_path, ctx)))
    if request.pasted_text is not None:
        pasted = request.pasted_text
        jobs.append(_Job("pasted text", partial(text_article, pasted, "pasted text")))
    total = len(jobs)
    yield ImportStarted(total=total)
    stored: list[ArticleStored] = []
    failed: list[SourceFailed] = []
    skipped: list[SourceSkipped] = []
    was_cancelled = False
    limit = request.timeout + request.extract_timeout + _WATCHDOG_GRACE
    executor = ThreadPoolExecutor(
        max_workers=max(1, request.concurrency), thread_name_prefix="briefing-import"
    )
    pending: dict[Future[LoadedArticle | list[_Job]], _Job] = {}

    def submit(job: _Job) -> SourceSkipped | None:
        if (
            job.skip_if_stored
            and (known := _known_article_id(job.label))
            and store.article(known) is not None
        ):
            return SourceSkipped(job.label, "already imported")
        pending[executor.submit(job.run)] = job
        return None

    def record(event: ImportEvent) -> ImportEvent:
        match event:
            case ArticleStored():
                stored.append(event)
            case SourceFailed():
                failed.append(event)
            case SourceSkipped():
                skipped.append(event)
        return event

    try:
        for job in jobs:
            if (event := submit(job)) is not None:
                yield record(event)
        while pending:
            if is_cancelled():
                was_cancelled = True
                break
            done, _ = wait(pending, timeout=_POLL_SECONDS, return_when=FIRST_COMPLETED)
            for future in done:
                job = pending.pop(future)
                error = future.exception()
                if error is not None:
                    yield record(SourceFailed(job.label, _reason(error)))
                    continue
                result = future.result()
                if isinstance(result, list):
                    if not result:
                        yield record(SourceSkipped(job.label, "nothing to import in it"))
                        continue
                    total += len(result) - 1
                    yield SourceAdded(source=job.label, total=total)
                    for child in result:
                        if (event := submit(child)) is not None:
                            yield record(event)
                    continue
                yield record(_store_one(job, result, request, store, today))
                if is_cancelled():
                    break
            now = time.monotonic()
            for future, job in list(pending.items()):
                if job.started is not None and now - job.started > limit:
                    del pending[future]
                    yield record(SourceFailed(job.label, f"gave up on {job.label} after {limit:g} s"))
        if pending and is_cancelled():
            was_cancelled = True
    finally:
        ctx.stop.set()
        executor.shutdown(wait=False, cancel_futures=True)
        ctx.close()
    yield ImportSummary(
        stored=tuple(stored), failed=tuple(failed), skipped=tuple(skipped), cancelled=was_cancelled
    )


def _load_url_list_file(path: Path, ctx: _Context) -> list[_Job]:
    return _url_list_jobs(read_file_bytes(path, ctx.request.max_bytes), str(path), ctx)


def _known_article_id(label: str) -> str | None:
    """The id a feed entry's article will have, when its label is its link (so it can be skipped unfetched)."""
    return article_id_for_url(canonical_url(label)) if is_http_url(label) else None


def _store_one(
    job: _Job, loaded: LoadedArticle, request: ImportRequest, store: Repository, today: date
) -> ImportEvent:
    """Extract and write one article in this thread: one batch per article, nothing written on failure."""
    from briefing_tui.extract import extract

    try:
        article = build_article(loaded, request, today)
    except (SourceError, ValueError) as error:
        return SourceFailed(job.label, _reason(error))
    if job.skip_if_stored and store.article(article.id) is not None:
        return SourceSkipped(job.label, "already imported")
    try:
        extraction = extract(article)
    except Exception as error:  # an extractor bug must cost one article, not the whole import
        return SourceFailed(job.label, f"extraction failed ({type(error).__name__}: {error})")
    try:
        result = store.put_extraction(extraction.for_article(article))
    except Exception as error:  # the store's own errors already name the file and the cause
        return SourceFailed(job.label, f"could not store the article: {error}")
    return ArticleStored(source=job.label, article=article, result=result)


def _reason(error: BaseException) -> str:
    if isinstance(error, SourceError | ValueError):
        return str(error)
    return f"unexpected error ({type(error).__name__}: {error})"


def warm_up() -> None:
    """Load the web page reader (trafilatura) in its worker process; call it off the first paint."""
    from briefing_tui.sources.html import warm_up as warm_html

    warm_html()
