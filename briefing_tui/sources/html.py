"""Web pages -> main text and metadata with trafilatura, in worker processes with a time limit.

trafilatura's Python API has no timeout and a 10 MB page can take half a
minute, so pages are extracted in separate processes that can be killed when
they overrun. The workers import trafilatura once (its first call costs about
1.6 s): :func:`warm_up` starts one early, off the UI's first paint.
trafilatura gets UTF-8, or a page that declares no encoding as it is, to guess
(``declared_as_utf8``).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import threading
from dataclasses import dataclass, replace
from typing import Any

from briefing_tui.core.dates import iso_date_prefix
from briefing_tui.sources.detect import browser_encoding, iso_2022_jp, undeclared_text
from briefing_tui.sources.errors import SourceError
from briefing_tui.sources.loaded import LoadedArticle
from briefing_tui.sources.stories import Story, page_stories
from briefing_tui.sources.urls import canonical_url, is_http_url

MIN_ARTICLE_CHARS = 200
_WORKER_MODULE = "briefing_tui.sources.html_worker"
_STARTUP_TIMEOUT = 60.0
_STOP_GRACE = 0.1  # seconds a reader may take to leave at shutdown before it is killed
_HTML_LANG = re.compile(rb"<html[^>]*?\slang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)", re.IGNORECASE)
_NOT_FREE = re.compile(
    rb"""["']isAccessibleForFree["']\s*:\s*["']?false"""
    rb"""|itemprop\s*=\s*["']isAccessibleForFree["'][^>]*content\s*=\s*["']false"""
    rb"""|content\s*=\s*["']false["'][^>]*itemprop\s*=\s*["']isAccessibleForFree"""
    rb"""|property\s*=\s*["']article:content_tier["'][^>]*content\s*=\s*["'](?:locked|metered)""",
    re.IGNORECASE,
)
_META_CHARSET = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(
    rb"""\A(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE
)
_META_TAG = re.compile(rb"<meta\s[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(rb"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_REFRESH = re.compile(r"\s*(\d+)(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(.*)", re.IGNORECASE | re.DOTALL)
_REFRESH_DELAY = 10  # seconds: a page sent on later than this is read (an article page reloading itself)
_WORD_COUNT = re.compile(rb"""["']wordCount["']\s*:\s*["']?(\d+)""", re.IGNORECASE)
_CONSENT_WORDS = (
    "cookie",
    "consent",
    "accept all",
    "reject all",
    "our partners",
    "manage preferences",
    "privacy settings",
    "your choices",
    "legitimate interest",
)


@dataclass(frozen=True, slots=True)
class PageText:
    """What trafilatura read from a page (plain data, so it crosses the process boundary).

    ``date`` is one the page gives as its date (metadata, its address, an element marked as
    the date); ``date_guess`` one only found by searching the whole page, such as a year its
    text names ("the Appropriations Act, 2022" read as 2022-01-01), kept as assumed.
    """

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    date_guess: str | None = None
    stories: tuple[Story, ...] = ()  # the page's articles, when it holds several (``stories``)


def extract_page_data(body: bytes, url: str | None) -> PageText:
    """Run trafilatura on ``body``; called inside a worker process."""
    from trafilatura import bare_extraction

    doc = bare_extraction(
        body,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    if doc is None:
        return PageText(text="", stories=page_stories(body))
    guess = None
    if not doc.date:
        from htmldate import find_date

        guess = find_date(body, url=doc.url, original_date=True, extensive_search=True)
    return PageText(
        text=doc.text or "",
        title=doc.title,
        author=doc.author,
        date=doc.date,
        sitename=doc.sitename,
        url=doc.url,
        date_guess=guess,
        stories=page_stories(body, doc.text),
    )


class _Worker:
    """One trafilatura subprocess; a reader thread hands its replies over so waits can time out."""

    def __init__(self) -> None:
        import queue
        import subprocess
        import sys
        from pathlib import Path

        package_parent = str(Path(__file__).resolve().parents[2])
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [package_parent, os.environ.get("PYTHONPATH")])),
        }
        import tempfile

        # Never the terminal (it would scribble over the app), but kept to explain a failed start.
        self.errors = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the worker; closed with it)
        self.process = subprocess.Popen(
            [sys.executable, "-m", _WORKER_MODULE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            env=env,
        )
        self.replies: queue.Queue[Any] = queue.Queue()
        self.ready = False
        threading.Thread(target=self._read_replies, daemon=True, name="briefing-html-reader").start()

    def _read_replies(self) -> None:
        from briefing_tui.sources.html_worker import read_message

        stream = self.process.stdout
        try:
            while stream is not None and (message := read_message(stream)) is not None:
                self.replies.put(message)
        except (OSError, ValueError, EOFError):
            pass
        self.replies.put(None)  # the worker is gone

    def _reply(self, timeout: float) -> Any:
        import queue

        try:
            return self.replies.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError from None

    def wait_ready(self) -> None:
        if self.ready:
            return
        try:
            message = self._reply(_STARTUP_TIMEOUT)
        except TimeoutError:
            message = None
        if message is None:
            self.kill()  # waits for the process, so its last words are in the file
            raise SourceError(f"the web page reader did not start{self._last_error()}")
        self.ready = True

    def run(self, body: bytes, url: str | None, time_limit: float) -> PageText:
        from briefing_tui.sources.html_worker import write_message

        self.wait_ready()
        try:
            write_message(self.process.stdin, (body, url))
            message = self._reply(time_limit)
        except TimeoutError:
            self.kill()
            raise SourceError(
                f"reading the page took longer than {time_limit:g} s and was abandoned"
            ) from None
        except OSError:
            message = None
        if message is None:
            self.kill()
            raise SourceError("the web page reader stopped unexpectedly")
        status, payload = message
        if status != "ok":
            raise SourceError(f"the page could not be read: {payload}")
        return payload

    def alive(self) -> bool:
        return self.process.poll() is None

    def _last_error(self) -> str:
        """': <last line the worker wrote to stderr>', or '' when it wrote nothing."""
        with contextlib.suppress(OSError, ValueError):
            self.errors.seek(0)
            lines = self.errors.read()[-4000:].decode("utf-8", "replace").strip().splitlines()
            if lines:
                return f": {lines[-1]}"
        return ""

    def kill(self) -> None:
        if self.alive():
            self.process.kill()
        self.process.wait(timeout=5)
        self._close_pipes(keep_errors=True)

    def stop(self, grace: float = 2.0) -> None:
        """Ask the worker to end (end of its input), kill it if it has not within ``grace`` seconds."""
        import subprocess

        self.ask_to_end()
        try:
            self.process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)
        self._close_pipes()

    def ask_to_end(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            if self.process.stdin:
                self.process.stdin.close()

    def _close_pipes(self, keep_errors: bool = False) -> None:
        """Close the pipes (and the error file, unless a failure still has to be explained from it)."""
        for stream in (self.process.stdin, self.process.stdout, *(() if keep_errors else (self.errors,))):
            with contextlib.suppress(OSError, ValueError):
                if stream:
                    stream.close()


class ExtractorPool:
    """A few worker processes shared by every import in this process (at most one per core)."""

    def __init__(self, size: int | None = None) -> None:
        self.size = size or max(1, min(2, os.cpu_count() or 1))
        self._slots = threading.BoundedSemaphore(self.size)
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()

    def _take(self) -> _Worker:
        with self._lock:
            while self._idle:
                worker = self._idle.pop()
                if worker.alive():
                    return worker
        return _Worker()

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            self._idle.append(worker)

    def extract(self, body: bytes, url: str | None, time_limit: float) -> PageText:
        with self._slots:
            worker = self._take()
            try:
                result = worker.run(body, url, time_limit)
            except SourceError:
                if worker.alive():
                    self._give_back(worker)
                raise
            self._give_back(worker)
            return result

    def warm_up(self) -> None:
        """Start every worker at once and wait until trafilatura is loaded in each.

        Starting them together costs one start-up's wall time instead of one per
        worker, and the first concurrent import then never waits for a late start.
        """
        taken: list[_Worker] = []
        for _ in range(self.size):
            if not self._slots.acquire(blocking=False):
                break  # the rest are busy, hence started
            taken.append(self._take())
        try:
            for worker in taken:
                with contextlib.suppress(SourceError):
                    worker.wait_ready()
        finally:
            for worker in taken:
                if worker.alive():
                    self._give_back(worker)
                self._slots.release()

    def shutdown(self) -> None:
        """Stop every idle worker at once: a reader holds nothing worth a wait, so one that has not
        left a moment after its input ends is killed (a Python with trafilatura takes ~0.7 s to exit)."""
        with self._lock:
            workers, self._idle = self._idle, []
        for worker in workers:
            worker.ask_to_end()
        for worker in workers:
            worker.stop(grace=_STOP_GRACE)


_pool: ExtractorPool | None = None
_pool_lock = threading.Lock()


def pool() -> ExtractorPool:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ExtractorPool()
            atexit.register(_pool.shutdown)
        return _pool


def warm_up() -> None:
    """Load trafilatura in a worker process now, so the first import does not wait 1.6 s for it."""
    pool().warm_up()


def html_article(
    body: bytes, url: str | None, origin: str, *, time_limit: float, charset: str | None = None
) -> LoadedArticle | list[LoadedArticle]:
    """Main text and metadata of a web page (``charset`` from its server), or each of its articles
    when it holds several (``stories``); SourceError when it holds no article."""
    page = pool().extract(declared_as_utf8(body, charset), url, time_limit)
    language = _HTML_LANG.search(body[:8192])
    page_url = url if page.url and not is_http_url(page.url) else page.url  # a malformed canonical link: none
    claimed = bool(page_url) and (url is None or canonical_url(page_url or "") != canonical_url(url))
    reading = LoadedArticle(
        text="",
        origin=origin,
        title=page.title,
        published=iso_date_prefix(page.date),
        published_guess=iso_date_prefix(page.date_guess),
        url=page_url,
        source=page.sitename,
        author=page.author,
        language=language.group(1).decode("ascii").lower() if language else None,
        url_claimed=claimed,
        read_from=url if claimed else None,
    )
    if page.stories:
        return _story_articles(reading, page.stories, partial=bool(_NOT_FREE.search(body)))
    text = _paragraphs(page.text, page.title)
    if len(text.strip()) < MIN_ARTICLE_CHARS:
        raise SourceError(f"no article text found in {origin}")
    if is_consent_wall(text):
        raise SourceError(f"no article text found in {origin}: the page shows a cookie consent wall")
    return replace(reading, text=text, partial=is_partial(body, text))


def _story_articles(page: LoadedArticle, stories: tuple[Story, ...], *, partial: bool) -> list[LoadedArticle]:
    """Each story of a page as an article: its own title, and its own date and author when its
    block states them, else the page's (an author the page reader took from one story's byline
    is that story's alone). Each keeps the page's address, told apart by the story's ``part``."""
    bylines = {story.author for story in stories if story.author}
    author = None if page.author in bylines else page.author
    return [
        replace(
            page,
            text=story.text,
            title=story.title,
            published=story.date or page.published,
            published_guess=None if story.date else page.published_guess,
            author=story.author or author,
            partial=partial,
            part=story.part,
        )
        for story in stories
    ]


def declared_as_utf8(body: bytes, charset: str | None = None) -> bytes:
    """A page that is not UTF-8, in UTF-8, decoded as it declares itself (``charset`` from the
    server's header, else its ``<meta>`` or XML declaration), as a browser reads it; any other as it is.

    trafilatura guesses from the bytes, reading a declared ISO-8859-1 as such (its curly quotes, bytes
    of Windows-1252, became control characters and were removed: "Biden’s" read "Bidens") or an
    undeclared one as another code page ("Kerryĺs", an Italian "venerdì" as "venerdě"). Valid UTF-8
    wins over any declaration (servers often claim ISO-8859-1 for UTF-8 pages); an undeclared page is
    read as a text file is (``undeclared_text``: Windows-1252 unless it is plainly another code page).
    A page in ISO-2022-JP is ASCII to UTF-8: its escape sequences tell it (``iso_2022_jp``).
    """
    if (japanese := iso_2022_jp(body)) is not None:
        return japanese.encode("utf-8")
    try:
        body.decode("utf-8")
        return body
    except UnicodeDecodeError:
        pass
    head = body[:8192]
    found = (_META_CHARSET.search(head), _XML_ENCODING.search(head))
    for label in (charset, *(match[1].decode("ascii") for match in found if match)):
        try:
            return body.decode(browser_encoding(label or "")).encode("utf-8")
        except (LookupError, UnicodeDecodeError):  # no such encoding, or not this page's
            continue
    return undeclared_text(body).encode("utf-8")


def refresh_target(body: bytes, url: str) -> str | None:
    """Where a page sends its reader on at once (``<meta http-equiv="refresh" content="0; url=...">``,
    as link shorteners and moved pages do), as an absolute address; None when it does not."""
    from html import unescape

    from briefing_tui.sources.urls import resolve

    for tag in _META_TAG.finditer(body[:65536]):
        attributes = {
            name.lower(): double or single or bare
            for name, double, single, bare in _ATTRIBUTE.findall(tag[0])
        }
        if attributes.get(b"http-equiv", b"").strip().lower() != b"refresh":
            continue
        content = unescape(attributes.get(b"content", b"").decode("utf-8", "replace"))
        match = _REFRESH.fullmatch(content)
        link = match[2].strip().strip("'\"") if match else ""
        if not link or int(match[1]) > _REFRESH_DELAY:
            return None
        target = resolve(url, link)
        if not is_http_url(target):  # a malformed or non-web address: the page is read as it is
            return None
        return None if canonical_url(target) == canonical_url(url) else target
    return None


def _paragraphs(text: str, title: str | None) -> str:
    """trafilatura's one-line-per-paragraph text with blank lines between paragraphs, headline line dropped."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and title and lines[0].casefold() == title.strip().casefold():
        lines = lines[1:]
    return "\n\n".join(lines)


def is_consent_wall(text: str) -> bool:
    """Short text mostly about cookies and consent: a wall in front of the article, not the article."""
    if len(text) > 2000:
        return False
    lowered = text.casefold()
    return sum(word in lowered for word in _CONSENT_WORDS) >= 2


def is_partial(body: bytes, text: str) -> bool:
    """A paywalled page: marked not free, or much shorter than the word count it announces."""
    if _NOT_FREE.search(body):
        return True
    announced = _WORD_COUNT.search(body)
    return bool(announced) and len(text.split()) < 0.5 * int(announced.group(1))
