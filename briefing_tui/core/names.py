"""What an article is called wherever it is named: the app, the command line and import reports."""

from __future__ import annotations

from urllib.parse import urlsplit

from briefing_tui.core.models import Article

UNTITLED = "(untitled)"


def article_name(article: Article) -> str:
    """The article's title; without one, where it was read (its address without the scheme,
    "www." or fragment: "example.org/news/talks.html"); without either, "(untitled)".

    The id is no name: the list prints it beside this, and the app has it in the detail.
    """
    title = (article.title or "").strip()
    if title:
        return title
    return url_name(article.url) or UNTITLED


def url_name(url: str | None) -> str | None:
    """ "example.org/news/talks.html?id=7" for "https://www.example.org/news/talks.html?id=7#top"."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    if not host:
        return url.strip()
    try:
        if parts.port is not None:
            host = f"{host}:{parts.port}"
    except ValueError:  # a port that is no number: the host alone
        pass
    path = parts.path.rstrip("/")
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")
