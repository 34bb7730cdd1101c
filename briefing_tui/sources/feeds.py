"""RSS 2.0 / Atom feeds (feedparser): one entry per article, by link or by its own full text.

Entry dates come from the raw date string, not ``published_parsed``, which
feedparser converts to UTC (a Thursday 00:30 +02:00 story would become
Wednesday's). Links are resolved against the final feed URL (a saved feed's
against the site it names).
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

from briefing_tui.core.dates import feed_date
from briefing_tui.sources.errors import SourceError
from briefing_tui.sources.loaded import LoadedArticle
from briefing_tui.sources.urls import is_http_url, resolve

# An entry whose own content has at least this many words is taken as the full article.
FULL_TEXT_WORDS = 150


@dataclass(frozen=True, slots=True)
class FeedEntry:
    title: str | None
    link: str | None
    published: str | None
    author: str | None
    content_html: str | None
    # A link given that is no web address to fetch: relative in a feed read from a file (no address
    # to read it against), or malformed. Its text, unless the whole article, is only a teaser.
    unread_link: str | None = None

    def has_text(self) -> bool:
        return bool(self.content_html) and bool(html_fragment_text(self.content_html).strip())

    def has_full_text(self) -> bool:
        return (
            bool(self.content_html) and len(html_fragment_text(self.content_html).split()) >= FULL_TEXT_WORDS
        )


@dataclass(frozen=True, slots=True)
class Feed:
    title: str | None
    entries: tuple[FeedEntry, ...]
    problem: str | None = (
        None  # why the XML is broken (a download cut short), when entries were read all the same
    )


def parse_feed(body: bytes, base_url: str | None, origin: str) -> Feed:
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": base_url} if base_url else None)
    if not parsed.entries and not parsed.get("version"):  # version is "" when no feed format was recognised
        reason = getattr(parsed, "bozo_exception", None)
        raise SourceError(f"{origin} is not a readable RSS or Atom feed" + (f" ({reason})" if reason else ""))
    site = parsed.feed.get("link")  # a saved feed has no address: its links are read against its site's
    base = base_url or (site if site and is_http_url(site) else None)
    entries = tuple(_entry(e, base) for e in parsed.entries)
    return Feed(title=parsed.feed.get("title"), entries=entries, problem=_xml_problem(parsed))


def _xml_problem(parsed) -> str | None:
    """'the feed is not well-formed XML (...): it may have been cut short' when it is not."""
    from xml.sax import SAXParseException

    error = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not isinstance(error, SAXParseException):
        return None  # feedparser's other complaints (a declared charset overridden) harm no entry
    where = f"line {error.getLineNumber()}, column {error.getColumnNumber()}"
    return f"the feed is not well-formed XML ({error.getMessage()} at {where}): it may have been cut short"


def _entry(entry: dict, base_url: str | None) -> FeedEntry:
    given = (entry.get("link") or "").strip()
    link = resolve(base_url, given) if given and base_url else given
    raw_date = entry.get("published") or entry.get("updated") or entry.get("created")
    content = entry.get("content") or []
    html = max((c.get("value") or "" for c in content), key=len, default="") or entry.get("summary")
    return FeedEntry(
        title=entry.get("title"),
        link=link if link and is_http_url(link) else None,
        unread_link=link if link and not is_http_url(link) else None,
        published=feed_date(raw_date),
        author=entry.get("author"),
        content_html=html,
    )


def entry_article(entry: FeedEntry, feed: Feed, origin: str) -> LoadedArticle:
    """An article from an entry that carries its full text."""
    return LoadedArticle(
        text=html_fragment_text(entry.content_html or ""),
        origin=origin,
        title=entry.title,
        published=entry.published,
        url=entry.link,
        source=feed.title,
        author=entry.author,
    )


class _TextCollector(HTMLParser):
    _BLOCKS = frozenset(
        {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section"}
    )
    _SKIP = frozenset({"script", "style", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), one blank line between blocks."""
    if "<" not in html:
        return html.strip()
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    blocks = ("".join(collector.parts)).split("\n\n")
    return "\n\n".join(" ".join(block.split()) for block in blocks if block.strip())
