"""One name for an article wherever it is shown: the app's panes and detail, `briefing list`, import reports."""

from __future__ import annotations

import pytest

from briefing_tui.core.models import Article
from briefing_tui.core.names import UNTITLED, article_name, url_name
from briefing_tui.dashboard.rows import article_title


def article(title: str | None = None, url: str | None = None, source: str | None = None) -> Article:
    return Article(id="art-0123456789abcdef", title=title, published="2023-10-24", url=url, source=source)


@pytest.mark.parametrize(
    ("title", "url", "source", "name"),
    [
        ("Talks in Lima", "https://example.org/a", "TIME", "Talks in Lima"),  # a title wins
        ("  Talks  ", None, None, "Talks"),
        ("   ", "https://example.org/news/talks.html", None, "example.org/news/talks.html"),
        (None, "https://www.example.org/news/talks.html", "TIME", "example.org/news/talks.html"),
        (None, "http://Example.ORG/news/talks/", None, "example.org/news/talks"),
        (None, "https://example.org/", None, "example.org"),
        (None, "https://example.org", None, "example.org"),
        (None, "https://example.org/story?id=7#comments", None, "example.org/story?id=7"),
        (None, "http://127.0.0.1:8000/a.html", None, "127.0.0.1:8000/a.html"),
        (None, None, "TIME", UNTITLED),  # the outlet has a column of its own beside the name
        (None, None, None, UNTITLED),  # never the id: the list prints it beside the name
        (None, "", None, UNTITLED),
    ],
)
def test_article_name(title, url, source, name):
    assert article_name(article(title, url, source)) == name
    assert article_title(article(title, url, source)) == name  # the dashboard's rows use the same


def test_an_address_without_a_host_is_shown_as_written():
    assert url_name("file:///tmp/a.html") == "file:///tmp/a.html"
    assert url_name(None) is None and url_name(" ") is None


def test_an_article_no_longer_in_the_store():
    assert article_title(None) == "unknown article"
