"""Jobs that read one source each, on the importer's thread pool.

A job returns either the article it read (a :class:`LoadedArticle`) or the
jobs its source expands to (a feed's entries, a folder's files, a list of
URLs). Jobs never touch the store: the importer's writer does.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO
from urllib.parse import urldefrag

from briefing_tui.sources.detect import (
    EMAIL_SUFFIXES,
    FEED_SUFFIXES,
    HTML_SUFFIXES,
    MHTML_SUFFIXES,
    SHORTCUT_SUFFIXES,
    TEXT_SUFFIXES,
    URL_LIST_SUFFIXES,
    charset_of,
    shortcut_target,
    sniff,
    utf16_as_utf8,
    without_stray_nuls,
)
from briefing_tui.sources.errors import NothingToImport, SourceError, size_phrase
from briefing_tui.sources.feeds import FeedEntry, entry_article, parse_feed
from briefing_tui.sources.files import (
    SIDECAR_SUFFIX,
    decode_text,
    metadata_fields,
    read_file_bytes,
    read_sidecar,
    text_article,
)
from briefing_tui.sources.html import html_article, refresh_target
from briefing_tui.sources.loaded import LoadedArticle
from briefing_tui.sources.mime import mail, saved_page
from briefing_tui.sources.urls import (
    listed_url,
    looks_like_url,
    require_http_url,
    url_problem,
    without_comment,
)

if TYPE_CHECKING:
    from briefing_tui.importer import Fetch, ImportRequest
    from briefing_tui.sources.http import Fetched, HttpFetcher

_MAX_REFRESHES = 5  # pages in a row that send the reader on with <meta http-equiv="refresh">


@dataclass(slots=True)
class Job:
    """One source to read on a pool thread: ``work`` returns an article or the sources it expands to."""

    label: str
    work: Callable[[], LoadedArticle | list[Job]]
    skip_if_stored: bool = False
    started: float | None = None
    depth: int = 0  # 0 for a source the user named, 1 for what it expanded to, and so on
    file: Path | None = None  # the file it reads, when it reads one: a file named twice is read once
    page: str | None = None  # the page it is one article of, when a page holds several (already read)

    def run(self) -> LoadedArticle | list[Job]:
        self.started = time.monotonic()
        return self.work()


class ReadContext:
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
                f"standard input is over the import limit of {size_phrase(self.request.max_bytes)}"
            )
        return body

    def close(self) -> None:
        self.stop.set()
        if self._own_fetcher is not None:
            self._own_fetcher.close()


def source_job(source: str, ctx: ReadContext) -> Job:
    """The job for one command-line source: stdin, a URL, a folder or a file of any kind."""
    if source == "-":
        return Job("-", lambda: loaded_from_bytes(ctx.read_stdin(), None, "standard input", ctx))
    if looks_like_url(source):
        return Job(source, lambda: load_url(source, ctx))
    path = Path(source).expanduser()
    if path.is_dir():
        return Job(source, lambda: folder_jobs(path, ctx))
    if (described := sidecar_subject(path)) is not None:
        reason = f"the metadata of {described.name}, read when that file is imported"
        return Job(source, partial(skip, reason))
    return Job(source, lambda: load_path(path, ctx), file=path)


def sidecar_subject(path: Path) -> Path | None:
    """The file a ``NAME.meta.json`` describes, when ``path`` is one and that file is there."""
    if not path.name.lower().endswith(SIDECAR_SUFFIX):
        return None
    subject = path.with_name(path.name[: -len(SIDECAR_SUFFIX)])
    return subject if subject.is_file() else None


def load_url(url: str, ctx: ReadContext, meta: FeedEntry | None = None) -> LoadedArticle | list[Job]:
    require_http_url(url)
    fetched = ctx.fetch(url)
    refreshes = 0
    while _is_page(fetched) and (target := refresh_target(fetched.body, fetched.url)) is not None:
        refreshes += 1
        if refreshes > _MAX_REFRESHES:
            raise SourceError(f"{url} sends the reader on by page refreshes more than {_MAX_REFRESHES} times")
        fetched = ctx.fetch(target)
    loaded = loaded_from_bytes(fetched.body, fetched.content_type, fetched.url, ctx, url=fetched.url)
    if meta is not None and isinstance(loaded, LoadedArticle):
        # The feed states the date and title; a page's own metadata is right less often.
        feed_title = bool(meta.title) and (loaded.title_guessed or not loaded.title)  # over a first line
        return replace(
            loaded,
            published=meta.published or loaded.published,
            title=meta.title if feed_title else loaded.title,
            title_guessed=loaded.title_guessed and not feed_title,
            author=loaded.author or meta.author,
        )
    return loaded


def _is_page(fetched: Fetched) -> bool:
    try:
        return sniff(fetched.body, fetched.content_type, fetched.url) == "html"
    except SourceError:  # a binary: refused when it is read
        return False


def load_path(path: Path, ctx: ReadContext) -> LoadedArticle | list[Job]:
    body = read_file_bytes(path, ctx.request.max_bytes)
    return loaded_from_bytes(body, None, str(path), ctx, sidecar=read_sidecar(path))


def loaded_from_bytes(
    body: bytes,
    content_type: str | None,
    origin: str,
    ctx: ReadContext,
    *,
    url: str | None = None,
    sidecar: dict[str, str] | None = None,
) -> LoadedArticle | list[Job]:
    """Read any body by what it is (content first, then declared type and name)."""
    body = without_stray_nuls(utf16_as_utf8(body))
    kind = sniff(body, content_type, origin)
    if kind == "feed":
        return feed_jobs(body, url, origin, ctx)
    if kind == "urls":
        return url_list_jobs(body, origin, ctx)
    if kind == "shortcut":
        return [shortcut_job(body, origin, ctx)]
    if kind == "email":
        return mail_article(body, origin, ctx, sidecar)
    if kind == "mhtml":
        return saved_page_article(body, origin, ctx, url=url, sidecar=sidecar)
    if kind == "html":
        loaded = html_article(
            body, url, origin, time_limit=ctx.request.extract_timeout, charset=charset_of(content_type)
        )
        if isinstance(loaded, list):
            return story_jobs(origin, loaded, metadata_fields(sidecar, origin) if sidecar else {})
        if not sidecar:
            return loaded
        fields = metadata_fields(sidecar, origin)
        return replace(loaded, **fields, **({"url_claimed": False} if "url" in fields else {}))
    meta = {"url": url} if url else {}
    return text_article(decode_text(body, charset_of(content_type)), origin, {**meta, **(sidecar or {})})


def shortcut_job(body: bytes, origin: str, ctx: ReadContext) -> Job:
    """The page a saved link (.url, .webloc) names, read as if its address had been given."""
    target = shortcut_target(body)
    if target is None:
        return Job(origin, partial(fail, f"{origin} is a saved link that names no web address"))
    return Job(target, partial(load_url, target, ctx))


def mail_article(
    body: bytes, origin: str, ctx: ReadContext, sidecar: dict[str, str] | None
) -> LoadedArticle | list[Job]:
    """An e-mail saved as a file (a newsletter, a press release): its HTML part read as a page is,
    else its plain text; its subject, date and sender are its title, date and source, as a
    metadata file beside it would give them (which, when there, wins)."""
    message = mail(body, origin)
    meta = {**message.meta, **(sidecar or {})}
    if message.is_html:
        return loaded_from_bytes(
            message.text.encode("utf-8"), "text/html; charset=utf-8", origin, ctx, sidecar=meta
        )
    return text_article(message.text, origin, meta)


def saved_page_article(
    body: bytes, origin: str, ctx: ReadContext, *, url: str | None, sidecar: dict[str, str] | None
) -> LoadedArticle | list[Job]:
    """The page a browser saved as one file (MHTML), read as that page; without a canonical link of
    its own, it is known by the address it was saved from, as a page would be by its canonical link."""
    page = saved_page(body, origin)
    content_type = f"text/html; charset={page.charset}" if page.charset else "text/html"
    loaded = loaded_from_bytes(page.html, content_type, origin, ctx, url=url, sidecar=sidecar)
    if isinstance(loaded, LoadedArticle) and loaded.url is None and page.address:
        return replace(loaded, url=page.address, url_claimed=True)
    return loaded


def story_jobs(origin: str, stories: list[LoadedArticle], fields: dict[str, str]) -> list[Job]:
    """One job per article of a page that holds several, each already read; labelled by the page
    and the story's part (``roundup.html#talks-in-rome``). A sidecar's address and outlet are the
    page's, so every story's; its date is for those that state none, its title for none of them."""
    page: dict[str, object] = {name: fields[name] for name in ("url", "source") if name in fields}
    if "url" in page:
        page["url_claimed"] = False
    jobs = []
    for story in stories:
        if "published" in fields and not story.published:
            story = replace(story, published=fields["published"], published_guess=None)
        story = replace(story, **page)
        jobs.append(Job(f"{urldefrag(origin)[0]}#{story.part}", partial(already_read, story), page=origin))
    return jobs


def already_read(article: LoadedArticle) -> LoadedArticle:
    return article


def feed_jobs(body: bytes, url: str | None, origin: str, ctx: ReadContext) -> list[Job]:
    feed = parse_feed(body, url, origin)
    jobs = []
    for index, entry in enumerate(feed.entries, start=1):
        label = entry.link or f"{origin} (entry {index}: {entry.title or 'untitled'})"
        if entry.has_full_text() or (not entry.link and not entry.unread_link and entry.has_text()):
            # the whole article, or all there is: no page to read
            jobs.append(Job(label, partial(entry_article, entry, feed, label), skip_if_stored=True))
        elif entry.link:
            jobs.append(Job(label, partial(load_url, entry.link, ctx, entry), skip_if_stored=True))
        elif entry.unread_link:  # its text only a teaser of the page it names
            jobs.append(Job(label, partial(fail, _unread_link_reason(label, entry.unread_link, url)), True))
        else:
            reason = f"the feed entry {label} has no link and no text" + (
                f"; {feed.problem}" if feed.problem else ""
            )
            jobs.append(Job(label, partial(fail, reason), True))
    return jobs


def _unread_link_reason(label: str, link: str, feed_url: str | None) -> str:
    """Why a feed entry's page cannot be read: its link is relative, with no address to read it
    against (a feed saved as a file), or no web address at all."""
    if "://" not in link and feed_url is None:
        return (
            f"the feed entry {label} links to '{link}', relative to the feed's own address, which a "
            "saved feed does not give: import the feed by its URL"
        )
    return f"the feed entry {label} links to no web address that can be read: {url_problem(link) or link}"


def url_list_jobs(body: bytes, origin: str, ctx: ReadContext) -> list[Job]:
    """A file of URLs, one per line (a Markdown list of them too, see ``listed_url``), ``#``
    starting a comment or a heading."""
    jobs = []
    for number, line in enumerate(decode_text(body).splitlines(), start=1):
        entry = without_comment(line)
        if not entry or entry.startswith("#"):
            continue
        if (url := listed_url(entry)) is not None:
            jobs.append(Job(url, partial(load_url, url, ctx)))
        else:
            message = f"line {number} of {origin} is not an http(s) URL: {entry[:80]}"
            jobs.append(Job(f"{origin}:{number}", partial(fail, message)))
    return jobs


def folder_jobs(path: Path, ctx: ReadContext) -> list[Job]:
    """The readable files directly in a folder (articles, pages, feeds, URL lists), by name."""
    suffixes = (
        HTML_SUFFIXES
        + MHTML_SUFFIXES
        + EMAIL_SUFFIXES
        + TEXT_SUFFIXES
        + FEED_SUFFIXES
        + URL_LIST_SUFFIXES
        + SHORTCUT_SUFFIXES
    )
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
    return [Job(str(p), partial(load_path, p, ctx), file=p) for p in files]


def fail(reason: str) -> LoadedArticle:
    raise SourceError(reason)


def skip(reason: str) -> LoadedArticle:
    raise NothingToImport(reason)


def url_list_file_jobs(path: Path, ctx: ReadContext) -> list[Job]:
    return url_list_jobs(read_file_bytes(path, ctx.request.max_bytes), str(path), ctx)


def pasted_job(text: str) -> Job:
    return Job("pasted text", partial(text_article, text, "pasted text"))


def may_read_pages(sources: tuple[str, ...], url_lists: tuple[str, ...]) -> bool:
    """Whether an import may need the web-page reader (so it is worth starting it right away)."""
    if url_lists:
        return True
    return any(
        looks_like_url(source)
        or source.lower().endswith(HTML_SUFFIXES + MHTML_SUFFIXES + FEED_SUFFIXES + SHORTCUT_SUFFIXES)
        or Path(source).is_dir()
        for source in sources
    )
