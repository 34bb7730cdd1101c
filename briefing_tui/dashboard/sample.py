"""The sample briefing shipped in ``sample_data/``, as an import request."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.importer import ImportRequest

ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm"})


def sample_sources(directory: Path) -> tuple[str, ...]:
    """The article files of the sample folder, in name order (READMEs and metadata left out)."""
    if not directory.is_dir():
        return ()
    return tuple(
        str(p)
        for p in sorted(directory.iterdir())
        if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.lower().startswith("readme")
    )


def sample_request(directory: Path) -> ImportRequest:
    sources = sample_sources(directory)
    if not sources:
        raise FileNotFoundError(f"no sample articles in {directory}")
    return ImportRequest(sources=sources)
