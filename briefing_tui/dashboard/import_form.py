"""The app's import form without drawing: what it asks for, and what it holds again after a failure.

The dialog (``briefing_tui.ui.screens.import_dialog``) shows an :class:`ImportForm`;
``build_request`` turns one into an import, and ``form_to_retry`` gives back the
part of it an import did not take in (the sources that failed, with why), so the
person corrects or retries them instead of typing them again.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from briefing_tui.core.text import counted
from briefing_tui.dashboard.dates import parse_day
from briefing_tui.importer import ImportRequest
from briefing_tui.sources.urls import listed_url, looks_like_url, missing_source_reason

if TYPE_CHECKING:
    from briefing_tui.importer import ImportSummary

PASTED_SOURCE = "pasted text"  # how an import names the pasted text among its sources
FAILURES_SHOWN = 3


@dataclass(frozen=True, slots=True)
class ImportForm:
    """The dialog's fields as typed, and ``problem``: why the import of them last failed."""

    urls: str = ""
    path: str = ""
    pasted: str = ""
    published: str = ""
    problem: str = ""

    @property
    def is_empty(self) -> bool:
        """Nothing typed (a date alone imports nothing, and is kept with what it dates)."""
        return not (self.urls.strip() or self.path.strip() or self.pasted.strip())

    @property
    def typed(self) -> bool:
        """Whether any field holds something (a date included), so closing the dialog keeps it."""
        return not self.is_empty or bool(self.published.strip())

    @property
    def pasted_urls(self) -> list[str]:
        """The pasted lines when each is an address (pasted in the Paste tab, not URLs): the pages
        they name are what is meant, not an article whose text is their address. A reading list
        reads as it does from a file ("- https://...", "<https://...>", "[title](https://...)")."""
        lines = [line for line in self.pasted.splitlines() if line.strip()]
        urls = [listed_url(line.strip()) for line in lines]
        return [url for url in urls if url] if lines and all(urls) else []

    @property
    def sources(self) -> list[str]:
        """The URLs (one a line, pasted ones too) and the path, as an import names them."""
        sources = [_typed_source(line) for line in self.urls.splitlines() if line.strip()]
        sources += [url for url in self.pasted_urls if url not in sources]
        sources += [path for path in dropped_paths(self.path) if path not in sources]
        return sources


def _typed_source(line: str) -> str:
    """The source a line of the URLs field names: a list item's or a link's address, else the line."""
    line = line.strip()
    return listed_url(line) or line


def dropped_paths(field: str) -> list[str]:
    """The paths in the File field, as a terminal or a file manager puts them there.

    A file dragged onto a terminal arrives quoted (``'/home/me/My Notes/talks.html'``) or with
    its spaces escaped (``/Users/me/My\\ Notes/talks.html``), several files dragged at once
    one after the other, and a page saved from a browser is often copied from its address bar
    (``file:///home/me/talks%20today.html``). Each is read as the paths it names when those
    exist; anything else stays as typed, to be reported as missing.
    """
    typed = field.strip()
    if not typed:
        return []
    if _exists(typed):
        return [typed]
    if typed.lower().startswith("file://"):
        _host, _, path = typed[len("file://") :].partition("/")  # file:///x, file://localhost/x
        path = unquote("/" + path)
        return [path[1:] if re.match(r"/[A-Za-z]:/", path) else path]  # file:///C:/... on Windows
    try:
        words = shlex.split(typed)
    except ValueError:  # an unmatched quote: no shell quoting
        return [typed]
    return words if words and all(_exists(word) for word in words) else [typed]


def _exists(path: str) -> bool:
    return Path(path).expanduser().exists()


def build_request(form: ImportForm) -> ImportRequest:
    """What the form asks for; ValueError with a readable reason when it asks for nothing or a bad date."""
    sources = form.sources
    text = form.pasted if form.pasted.strip() and not form.pasted_urls else None
    if not sources and text is None:
        raise ValueError("Give at least one URL, a file path or some pasted text.")
    typed_as_addresses = {_typed_source(line) for line in form.urls.splitlines()}
    for source in sources:  # checked here, so a typing slip keeps the form to correct
        if not looks_like_url(source) and not _exists(source):
            reason = missing_source_reason(source, typed_as_address=source in typed_as_addresses)
            raise ValueError(reason[0].upper() + reason[1:])
    day = parse_day(form.published).isoformat() if form.published.strip() else None
    return ImportRequest(sources=tuple(sources), pasted_text=text, published=day)


def form_to_retry(form: ImportForm, summary: ImportSummary) -> ImportForm | None:
    """The form again with only what the import did not take in, and why; None when it took in all.

    A source that failed stays, as typed; one imported (or skipped as already stored) goes. A
    feed, folder or URL list is read as the sources in it: it stays when one of those failed, as
    does anything not reached when the import was cancelled. The pasted text and the date stay
    with them.
    """
    if not summary.failed and not summary.cancelled:
        return None
    done = {event.source for event in (*summary.stored, *summary.skipped)}
    failed = {event.source for event in summary.failed}
    typed = set(form.sources)
    # A failure of no source typed here is one a feed, folder or list led to: its own line stays.
    inner_trouble = summary.cancelled or any(s not in typed and s != PASTED_SOURCE for s in failed)

    def stays(source: str) -> bool:
        return source in failed or (source not in done and inner_trouble)

    urls = "\n".join(
        line.strip() for line in form.urls.splitlines() if line.strip() and stays(_typed_source(line))
    )
    path = form.path if any(stays(path) for path in dropped_paths(form.path)) else ""
    if form.pasted_urls:
        pasted = "\n".join(url for url in form.pasted_urls if stays(url))
    else:
        pasted = form.pasted if form.pasted.strip() and stays(PASTED_SOURCE) else ""
    kept = replace(form, urls=urls, path=path, pasted=pasted, problem=_problem(summary))
    if kept.is_empty:
        return None if not summary.failed else replace(form, problem=kept.problem)
    return kept


def form_after_error(form: ImportForm, error: str) -> ImportForm:
    """The whole form again, when the import stopped before reading it (a store it cannot write)."""
    return replace(form, problem=f"The import stopped: {error}")


def _problem(summary: ImportSummary) -> str:
    """What went wrong, for the top of the form: each failure (the first few) with its reason."""
    failed = summary.failed
    what = [f"{counted(len(failed), 'source')} failed"] if failed else []
    if summary.cancelled:
        what.append("the import was cancelled")
    stored = f" ({counted(len(summary.stored), 'article')} imported)" if summary.stored else ""
    todo = (
        "correct or retry them here"
        if failed and not summary.cancelled
        else "what it did not take in is here"
    )
    first = f"{' and '.join(what)}{stored}: {todo}."
    lines = [first[0].upper() + first[1:]]
    lines += [f"\u2022 {event.source}: {event.reason}" for event in failed[:FAILURES_SHOWN]]
    if len(failed) > FAILURES_SHOWN:
        lines.append(f"\u2026 and {len(failed) - FAILURES_SHOWN} more")
    return "\n".join(lines)
