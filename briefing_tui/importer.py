"""One import generator for the CLI, the app's import dialog and the tests.

``run_import`` turns an :class:`ImportRequest` into stored articles and
yields :class:`ImportEvent` objects as it goes, so a caller can show
progress, cancel between events, and report every source's outcome.
Reading sources (downloads, files, feeds, web-page text in worker
processes) happens concurrently on a thread pool bounded by
``request.concurrency``; extraction and store writes happen here, in the
caller's thread, one batch per article, so a failing source never touches
the store. ``load_articles`` reads one source for ``briefing extract``;
``warm_up`` loads the web-page reader ahead of the first import.

A source's kind comes from its content, declared type and name
(``briefing_tui.sources.detect``): web pages, RSS/Atom feeds (every entry
becomes a source), text and Markdown files (front matter or a
``NAME.meta.json`` sidecar for metadata), files of URLs, folders and stdin.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

from briefing_tui.core.dates import normalize_date
from briefing_tui.core.ids import article_id_for_text, article_id_for_url
from briefing_tui.core.models import Article, Extraction
from briefing_tui.core.names import article_name
from briefing_tui.core.text import counted, sanitize, sanitize_line
from briefing_tui.sources.errors import NothingToImport, SourceError
from briefing_tui.sources.urls import canonical_url, earlier_canonical_url, is_http_url, looks_like_url
from briefing_tui.store.repository import Repository, StoreResult

if TYPE_CHECKING:
    from briefing_tui.sources.http import Fetched
    from briefing_tui.sources.jobs import Job
    from briefing_tui.sources.loaded import LoadedArticle

# Module-level imports stay light: the command line imports this module for its
# defaults, and everything that reads sources is imported when an import runs.
DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_TIMEOUT = 20.0
DEFAULT_EXTRACT_TIMEOUT = 30.0
DEFAULT_CONCURRENCY = 8
_POLL_SECONDS = 0.2
# A folder or URL list may hold feeds, whose entries are articles: deeper expansion is refused.
_MAX_DEPTH = 2
_WATCHDOG_GRACE = 5.0
ALREADY_IMPORTED = "already imported"  # why a feed entry whose article is stored is skipped
GIVEN_TWICE = "given twice in this import: read once"  # the same URL again, in a list or feed
_CANCEL_POLL = 0.05  # how often a cancellable import looks at ``cancelled`` while an article is extracted

__all__ = [
    "ArticleStored",
    "Fetch",
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
    "load_articles",
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
    names files that must be such lists. ``published`` applies to every article, ``title``
    to the one article read (a feed or list of several is refused with it). ``timeout`` is
    the overall deadline of one download, ``extract_timeout`` the limit on reading one web page.
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
    """A feed or URL list expanded to more sources: the total grew. ``page_articles``: the source
    is a web page that holds several articles (a roundup), this many, each stored as its own."""

    source: str
    total: int
    page_articles: int = 0


@dataclass(frozen=True, slots=True)
class ArticleStored(ImportEvent):
    """``note`` says what else happened, such as an earlier version of the article it replaced."""

    source: str
    article: Article
    result: StoreResult
    note: str | None = None


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
    pages: tuple[SourceAdded, ...] = ()  # the pages read as several articles

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
            case SourceAdded(total=total, page_articles=articles) if articles:
                self.total = total
                self.outcomes.append(event)  # "3 articles from one page"
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


def _choose_published(loaded: LoadedArticle, today: date) -> tuple[str, bool]:
    """The source's own date, else a dateline guess (assumed), else today (assumed)."""
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
    if url and loaded.part:  # one of several articles on the page: the page's address and its part
        url = f"{url}#{loaded.part}"
    published, assumed = _choose_published(loaded, today)
    title = sanitize_line(loaded.title) or None
    article = Article(
        id=article_id_for_url(url) if url else article_id_for_text(text),
        title=title,
        title_guessed=loaded.title_guessed and title is not None,
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
    given = _given_by_user(request)
    return article.set_by_user(**given) if given else article


def _given_by_user(request: ImportRequest) -> dict[str, str]:
    """The title and date the person gave for the article (--title, --published, the dialog's fields)."""
    given = {"title": sanitize_line(request.title), "published": _checked_date(request.published)}
    return {name: value for name, value in given.items() if value}


def _checked_date(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        return normalize_date(value)
    except ValueError:
        raise ValueError(f"the publication date must look like 2023-10-24, not {value!r}") from None


def load_article(source: str, **options: Any) -> Article:
    """Read one article (file path, URL or ``-``) without storing it; ``options`` are ``load_articles``'.

    Raises :class:`SourceError` with a sentence for the user when the source
    cannot be read or holds several articles (a feed, a folder, a list of
    URLs, a page of several stories), and ValueError for a malformed ``published``.
    """
    articles = load_articles(source, **options)
    if len(articles) > 1:
        raise SourceError(f"{_named(source)} holds {len(articles)} articles (a page of several stories)")
    return articles[0]


def _named(source: str) -> str:
    """A source as a sentence names it: '-' is standard input, as its read errors say."""
    return "standard input" if source == "-" else source


def load_articles(
    source: str,
    *,
    published: str | None = None,
    title: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    today: date | None = None,
    fetch: Fetch | None = None,
    stdin: BinaryIO | None = None,
) -> list[Article]:
    """The article a source holds (file path, URL or ``-``), or each article of a web page that
    holds several (a roundup), read without storing anything, for ``briefing extract``.

    Raises :class:`SourceError` with a sentence for the user when the source
    cannot be read or leads to other sources (a feed, a folder, a list of
    URLs), or a title is given for a page of several articles, and ValueError
    for a malformed ``published``.
    """
    request = ImportRequest(
        sources=(source,), published=published, title=title, max_bytes=max_bytes, timeout=timeout
    )
    _checked_date(published)
    from briefing_tui.sources.jobs import ReadContext, source_job

    ctx = ReadContext(request, fetch, stdin)
    try:
        result = source_job(source, ctx).run()
        folder = _is_folder(source)
        folder_files: list[LoadedArticle | list[Job] | None] = []
        if isinstance(result, list) and len(result) == 1 and result[0].page is None:
            result = result[0].run()  # a saved link (.url, .webloc), a list of one URL: what it names
            folder_files = [result]  # a folder of one file: that file's holdings
        elif folder and isinstance(result, list) and len(result) <= _FILES_COUNTED:
            folder_files = [_read_for_count(job) for job in result]
        if isinstance(result, list) and (not result or any(job.page is None for job in result)):
            if folder and not folder_files:  # a large folder: its files, not read only to be counted
                holdings = f"{counted(len(result), 'file')} (a folder)"
            else:
                holdings = _folder_holdings(folder_files) if folder else _held_by(result)
            raise SourceError(f"{_named(source)} holds {holdings}: import it instead")
    finally:
        ctx.close()
    if not isinstance(result, list):
        return [build_article(result, request, today or date.today())]
    if title:
        raise SourceError(
            f"the title given names one article, and {_named(source)} holds {len(result)} articles: "
            "extract it without --title"
        )
    loaded = [job.run() for job in result]
    return [
        build_article(item, request, today or date.today()) for item in loaded if not isinstance(item, list)
    ]


# A folder given to `extract` is read to count its articles up to this many files; a larger one is said to
# hold its files, rather than keep the user waiting for a refusal (300 saved pages took 6 s, 2,000 a minute).
_FILES_COUNTED = 25


def _read_for_count(job: Job) -> LoadedArticle | list[Job] | None:
    """What a folder's file holds, read only to be counted (None: no article, or it cannot be read)."""
    try:
        held = job.run()
    except Exception:  # noqa: BLE001 - a file that cannot be read is counted so, as an import reports it
        return None
    return held if isinstance(held, list) or sanitize(held.text).strip() else None  # an empty file: none


def _held_by(jobs: list[Job]) -> str:
    """What one source that leads to others holds, as a user counts it: '3 articles (a feed)', '2 URLs
    (a list of URLs)' (each may be a page or a feed), '3 articles' (the stories of a page)."""
    if jobs and all(job.skip_if_stored for job in jobs):  # a feed's entries
        return f"{counted(len(jobs), 'article')} (a feed)"
    if all(job.page is not None for job in jobs):
        return counted(len(jobs), "article")
    return f"{counted(len(jobs), 'URL')} (a list of URLs)"


def _folder_holdings(files: list[LoadedArticle | list[Job] | None]) -> str:
    """What a folder's files hold: articles (a feed's entries, each story of a page of several) and the
    URLs of lists, with the files where they are not as many: '5 articles in 2 files (a folder)'."""
    articles = urls = unreadable = 0
    for held in files:
        if held is None:
            unreadable += 1
        elif not isinstance(held, list):
            articles += 1
        elif all(job.page is not None or job.skip_if_stored for job in held):  # stories, feed entries
            articles += len(held)
        else:
            urls += len(held)
    parts = [counted(articles, "article")] if articles or not urls else []
    parts += [counted(urls, "URL")] if urls else []
    said = " and ".join(parts)
    if len(files) != articles or urls or unreadable:
        said += f" in {counted(len(files), 'file')}"
    return said + (
        f" (a folder; {counted(unreadable, 'file')} with no article that can be read)"
        if unreadable
        else " (a folder)"
    )


def _is_folder(source: str) -> bool:
    return source != "-" and not looks_like_url(source) and Path(source).expanduser().is_dir()


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
    import threading
    from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
    from pathlib import Path

    from briefing_tui.sources.jobs import (
        Job,
        ReadContext,
        may_read_pages,
        pasted_job,
        source_job,
        url_list_file_jobs,
    )

    if request.concurrency > 1 and may_read_pages(request.sources, request.url_lists):
        # Start every page reader now, while the first downloads are under way.
        threading.Thread(target=warm_up, daemon=True, name="briefing-warm-up").start()
    ctx = ReadContext(request, fetch, stdin)
    jobs = [source_job(source, ctx) for source in request.sources]
    for url_list in request.url_lists:
        list_path = Path(url_list).expanduser()
        jobs.append(Job(url_list, lambda path=list_path: url_list_file_jobs(path, ctx)))
    if request.pasted_text is not None:
        jobs.append(pasted_job(request.pasted_text))
    total = len(jobs)
    yield ImportStarted(total=total)
    stored: list[ArticleStored] = []
    failed: list[SourceFailed] = []
    skipped: list[SourceSkipped] = []
    pages: list[SourceAdded] = []
    was_cancelled = False
    stopped = False
    limit = request.timeout + request.extract_timeout + _WATCHDOG_GRACE
    executor = ThreadPoolExecutor(
        max_workers=max(1, request.concurrency), thread_name_prefix="briefing-import"
    )
    pending: dict[Future[LoadedArticle | list[Job]], Job] = {}
    addresses: set[str] = set()  # the URLs and files read in this import, canonical: each is read once

    def submit(job: Job) -> SourceSkipped | None:
        # A list or two feeds that name one article twice; a folder and a file in it. (The articles of
        # one page were read with it: their labels are the page's address and a fragment.)
        address = canonical_url(job.label) if is_http_url(job.label) else _file_address(job.file)
        if address is not None and job.page is None:
            if address in addresses:
                return SourceSkipped(job.label, GIVEN_TWICE)
            addresses.add(address)
        # A feed entry whose link is a stored article's address is skipped unfetched.
        if job.skip_if_stored and is_http_url(job.label) and _stored_at(store, canonical_url(job.label)):
            return SourceSkipped(job.label, ALREADY_IMPORTED)
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
            case SourceAdded(page_articles=articles) if articles:
                pages.append(event)
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
                if isinstance(error, NothingToImport):
                    yield record(SourceSkipped(job.label, str(error)))
                    continue
                if error is not None:
                    yield record(SourceFailed(job.label, _reason(error)))
                    continue
                result = future.result()
                if isinstance(result, list):
                    if not result:
                        yield record(SourceSkipped(job.label, "nothing to import in it"))
                        continue
                    page = all(child.page is not None for child in result)  # a page of several articles
                    if request.title and len(result) > 1:  # a feed or list: one title for each would be wrong
                        held = (
                            f"{counted(len(result), 'file')} (a folder)"
                            if job.depth == 0 and _is_folder(job.label)
                            else _held_by(result)
                        )
                        reason = f"the title given names one article, and {job.label} holds {held}: import it without --title"
                        yield record(SourceFailed(job.label, reason))
                        continue
                    if job.depth >= _MAX_DEPTH and not page:  # a feed entry that is a feed again, and so on
                        reason = f"{job.label} leads to more sources again; only two levels are followed"
                        yield record(SourceFailed(job.label, reason))
                        continue
                    total += len(result) - 1
                    yield record(
                        SourceAdded(source=job.label, total=total, page_articles=len(result) if page else 0)
                    )
                    for child in result:
                        child.depth = job.depth + 1
                        if (event := submit(child)) is not None:
                            yield record(event)
                    continue
                try:
                    outcome = _store_one(job, result, request, store, today, cancelled)
                except _Abandoned:
                    was_cancelled = True
                    break
                except _StoreUnwritable as error:
                    # A full disk fails every later article too, each after its download and
                    # extraction: stop here and say so for what is still waiting.
                    yield record(SourceFailed(job.label, str(error)))
                    for waiting in list(pending.values()):
                        yield record(SourceFailed(waiting.label, f"not imported: {error}"))
                    pending.clear()
                    stopped = True
                    break
                yield record(outcome)
                if is_cancelled():
                    break
            if was_cancelled or stopped:
                break
            now = time.monotonic()
            for future, job in list(pending.items()):
                if job.started is not None and now - job.started > limit:
                    del pending[future]
                    yield record(
                        SourceFailed(job.label, f"gave up on {job.label}: no result within {limit:g} s")
                    )
        if pending and is_cancelled():
            was_cancelled = True
    finally:
        ctx.stop.set()
        executor.shutdown(wait=False, cancel_futures=True)
        ctx.close()
    yield ImportSummary(
        stored=tuple(stored),
        failed=tuple(failed),
        skipped=tuple(skipped),
        cancelled=was_cancelled,
        pages=tuple(pages),
    )


def _file_address(file: Path | None) -> str | None:
    """The file as a path that names it one way only (``./a.txt``, ``a.txt`` and a link to it alike)."""
    if file is None:
        return None
    try:
        return f"file:{file.resolve()}"
    except (OSError, RuntimeError):  # a loop of links: read it as named, and let the reading fail
        return None


class _StoreUnwritable(Exception):
    """Writing an article failed for a reason every later article would meet too (a full disk)."""


class _Abandoned(Exception):
    """The import was cancelled while an article was being extracted; that article is not stored."""


def _extract(article: Article, cancelled: Callable[[], bool] | None) -> Extraction:
    """``extract(article)``; with ``cancelled``, given up as soon as it says so.

    Extraction is pure CPU work that cannot be interrupted, and the first one
    in a process takes seconds (the lexicons load). So a cancellable import
    runs it on a daemon thread and stops waiting when cancelled: the thread
    finishes on its own and its result is dropped (it never writes), and
    quitting the app does not wait for it.
    """
    from briefing_tui.extract import extract

    if cancelled is None:
        return extract(article)
    import threading

    finished = threading.Event()
    outcome: list[Extraction | BaseException] = []

    def work() -> None:
        try:
            outcome.append(extract(article))
        except BaseException as error:
            outcome.append(error)
        finally:
            finished.set()

    threading.Thread(target=work, daemon=True, name="briefing-extract").start()
    while not finished.wait(_CANCEL_POLL):
        if cancelled():
            raise _Abandoned
    (result,) = outcome
    if isinstance(result, BaseException):
        raise result
    return result


def _store_one(
    job: Job,
    loaded: LoadedArticle,
    request: ImportRequest,
    store: Repository,
    today: date,
    cancelled: Callable[[], bool] | None = None,
) -> ImportEvent:
    """Extract and write one article (the write in this thread): one batch per article, nothing written on failure."""
    try:
        article = build_article(loaded, request, today)
    except (SourceError, ValueError) as error:
        return SourceFailed(job.label, _reason(error))
    stored = store.article(article.id)
    if (
        stored is not None
        and loaded.url_claimed
        and _other_story(article.text, store.article_text(stored.id))
    ):
        # The page claims a stored article's address for a text of its own (a site that names its home
        # page on every article): it is kept at the address it was read from, the stored one left be.
        loaded = replace(loaded, url=loaded.read_from, url_claimed=False)
        article = build_article(loaded, request, today)
        stored = store.article(article.id)
    # Stored by an earlier version under the id its address had then: this reading takes its place.
    earlier = _stored_at(store, article.url) if stored is None and article.url else None
    stored = stored or earlier
    if job.skip_if_stored and stored is not None:
        return SourceSkipped(job.label, ALREADY_IMPORTED)
    whole = _whole_page(store, article) if stored is None and loaded.part else None
    copy = whole or (None if stored is not None else _stored_copy(store, article))
    note = None
    if whole is not None:
        # The page was stored as one article before it was read as several: they take its place.
        note = f"one of the articles of \u201c{article_name(whole)}\u201d ({whole.id}), stored as one: replaces it"
    elif copy is not None:
        from briefing_tui.store.fingerprints import added_sentences, same_names

        named = f"\u201c{article_name(copy)}\u201d ({copy.id})"
        stored_text = store.article_text(copy.id)
        other_story = not same_names(article.text, stored_text)  # one template, other people, places, days
        # what this reading says that the copy does not
        added = [] if other_story else added_sentences(article.text, stored_text)
        if other_story:
            copy = None  # a new article, stored beside it
        elif added and _other_outlets(article, copy):
            # A reprint (a wire story another outlet ran, with more of it): never at the cost of the
            # first outlet's copy and its provenance. Both are kept; the report says which it repeats.
            outlet = copy.source or _site(copy.url) or "another outlet"
            note = f"the same story as {named} from {outlet}, with more text: kept beside it"
            copy = None
        elif added and _published_later(copy, article):
            return SourceSkipped(
                job.label,
                f"a later version of this article is already in the store as {named}, "
                f"published {copy.published}",
            )
        elif not added and (not article.url or copy.url or _other_outlets(article, copy)):
            learned = None if _other_outlets(article, copy) else _learned(copy, article)
            if learned is None:
                fuller = added_sentences(stored_text, article.text)  # an earlier, shorter version
                what = "a fuller version of this article" if fuller else "the same text"
                return SourceSkipped(job.label, f"{what} is already in the store as {named}")
            # Kept as stored, with the page's title for its first line, say: read again in place.
            article, copy = learned.evolve(text=stored_text), None
            stored = learned
        elif added:
            note = f"an updated version: replaces {named}"
            if not article.url and copy.url:  # the newer text of the page at that URL: it takes its place
                article = article.evolve(id=copy.id, url=copy.url)
        if copy is not None:
            stored = copy  # this reading takes the copy's place (the newer text, or the URL the copy lacks)
            if article.id == copy.id:
                copy = None  # replaced in place
    article = _keep_known(article, stored)
    try:
        extraction = _extract(article, cancelled)
    except _Abandoned:
        raise
    except Exception as error:  # an extractor bug must cost one article, not the whole import
        return SourceFailed(job.label, f"extraction failed ({type(error).__name__}: {error})")
    replaced = copy or earlier
    try:
        result = store.put_extraction(
            extraction.for_article(article), replaces=replaced.id if replaced is not None else None
        )
    except OSError as error:  # the disk, not the article: nothing stored, and no later article will be
        where = os.path.dirname(error.filename) if error.filename else store.path
        raise _StoreUnwritable(
            f"could not write to the store in {where}: {error.strerror or error}"
        ) from None
    except Exception as error:  # the store's own errors already name the file and the cause
        return SourceFailed(job.label, f"could not store the article: {error}")
    return ArticleStored(source=job.label, article=article, result=result, note=note)


def _whole_page(store: Repository, article: Article) -> Article | None:
    """The stored article of the whole page that ``article`` is one story of (stored before the page
    was read as several), when its text holds this story's."""
    page_url = (article.url or "").partition("#")[0]
    whole = _stored_at(store, page_url) if page_url else None
    if whole is None or _other_story(article.text, store.article_text(whole.id)):
        return None
    return whole


def _stored_at(store: Repository, url: str) -> Article | None:
    """The article stored with the canonical ``url``: under the id it gives, else under the id an
    earlier version gave it (whose query was written again: ``earlier_canonical_url``)."""
    page, mark, part = url.partition("#")
    for address in dict.fromkeys((url, earlier_canonical_url(page) + mark + part)):
        stored = store.article(article_id_for_url(address))
        if stored is not None and stored.url == address:
            return stored
    return None


def _other_story(text: str, stored_text: str) -> bool:
    """Whether two texts share too little to be versions of one article: under half of the smaller
    one's sampled word runs (``fingerprints``) are in the other."""
    from briefing_tui.store.fingerprints import fingerprint

    first, second = fingerprint(text), fingerprint(stored_text)
    return len(first & second) < 0.5 * min(len(first), len(second))


def _site(url: str | None) -> str | None:
    """The host of ``url`` without ``www.``, lower case (None without a URL)."""
    if not url:
        return None
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


def _other_outlets(first: Article, second: Article) -> bool:
    """Whether the two articles come from different outlets: each names its site or outlet, and
    neither their sites nor their outlet names agree. One with no provenance at all (a paste, a
    bare text file) is taken as the other's, as are two of one site or one outlet name."""
    sites = (_site(first.url), _site(second.url))
    outlets = tuple(" ".join(a.source.casefold().split()) if a.source else None for a in (first, second))
    if not (sites[0] or outlets[0]) or not (sites[1] or outlets[1]):
        return False
    same_site = sites[0] is not None and sites[0] == sites[1]
    same_outlet = outlets[0] is not None and outlets[0] == outlets[1]
    return not (same_site or same_outlet)


def _published_later(first: Article, second: Article) -> bool:
    """Whether ``first`` was published after ``second``, both dates stated (not assumed)."""
    if first.published_assumed or second.published_assumed:
        return False
    return first.published > second.published  # ISO dates; a month alone is not after its days


def _stored_copy(store: Repository, article: Article) -> Article | None:
    """A stored article under another id whose text is this one's (a saved page and its text, a paste)."""
    find_same_text = getattr(store, "find_same_text", None)
    if find_same_text is None:
        return None
    return find_same_text(
        article.text, exclude_id=article.id, prefer=lambda copy: not _other_outlets(article, copy)
    )


def _keep_known(article: Article, stored: Article | None) -> Article:
    """Importing a stored article again must not lose what was known of it: what the person set by
    hand (unless they set it again now), a known date for an assumed one, a known title for a guess
    (a guess may replace a guess) or none, its source and author."""
    if stored is None:
        return article
    kept = {name: getattr(stored, name) for name in stored.user_set if name not in article.user_set}
    if kept:
        article = article.set_by_user(**kept)
    changes: dict[str, object] = {}
    if article.published_assumed and not stored.published_assumed:
        changes.update(published=stored.published, published_assumed=False)
    if stored.title and (article.title is None or article.title_guessed and not stored.title_guessed):
        changes.update(title=stored.title, title_guessed=stored.title_guessed)
    for name in ("source", "author"):
        if getattr(article, name) is None and getattr(stored, name) is not None:
            changes[name] = getattr(stored, name)
    return article.evolve(**changes) if changes else article


def _learned(stored: Article, reading: Article) -> Article | None:
    """The stored article with what another reading of its text knows better: a stated title for a
    guessed one, a stated date for an assumed one, the outlet and author it lacks, and what the
    person sets by hand now; None when the reading adds nothing. What was set by hand before is
    no guess, so it stays."""
    changes: dict[str, object] = {}
    if reading.title and not reading.title_guessed and (stored.title is None or stored.title_guessed):
        changes.update(title=reading.title, title_guessed=False)
    if stored.published_assumed and not reading.published_assumed:
        changes.update(published=reading.published, published_assumed=False)
    for name in ("source", "author"):
        if getattr(stored, name) is None and getattr(reading, name) is not None:
            changes[name] = getattr(reading, name)
    given = {name: getattr(reading, name) for name in reading.user_set}
    if not changes and all(getattr(stored, name) == value for name, value in given.items()):
        return None
    learned = stored.evolve(**changes)
    return learned.set_by_user(**given) if given else learned


def _reason(error: BaseException) -> str:
    if isinstance(error, SourceError | ValueError):
        return str(error)
    return f"unexpected error ({type(error).__name__}: {error})"


def warm_up() -> None:
    """Load the web page reader (trafilatura) in its worker process; call it off the first paint."""
    from briefing_tui.sources.html import warm_up as warm_html

    warm_html()
