"""Article text -> actors, statements, meetings and dates. Pure and deterministic.

Importing this package must stay cheap: no textual, httpx, trafilatura or
other heavy import happens here or in any stage module.
"""

from __future__ import annotations

from briefing_tui.core.models import Article, Extraction


def extract(article: Article) -> Extraction:
    """Read ``article.text`` (resolving relative dates against ``article.published``)."""
    from briefing_tui.extract.pipeline import run_pipeline

    return run_pipeline(article)


__all__ = ["extract"]
