"""Rich renderings for the command line.

Article text, titles, names and error reasons are untrusted: every cell is
built with :func:`plain`, a ``rich.text.Text`` that is never parsed as
markup (and whose terminal escapes were stripped when the text entered
the domain).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from briefing_tui.core.models import Counts, Extraction, Meeting
from briefing_tui.core.names import article_name
from briefing_tui.dashboard.summary import counted, counts_phrase

if TYPE_CHECKING:
    from rich.progress import ProgressColumn

    from briefing_tui.dashboard.rows import ArticleRow
    from briefing_tui.importer import ImportEvent

NONE = Text("-", style="dim")
COMPACT_BELOW = 100  # columns
LIST_WIDTH = 140  # briefing list's lines stop there, however wide the terminal


def plain(value: object, style: str = "") -> Text:
    """A cell that shows ``value`` literally ('[b]' stays '[b]'); None becomes a dim dash."""
    if value is None or value == "":
        return NONE.copy()
    return Text(str(value), style=style)


# The import's progress in the dashboard theme's calm blue and green (textual-dark's primary and
# success), not Rich's default pink-red, which reads as an error while nothing has failed.
PROGRESS_STYLE = "#0178d4"
PROGRESS_DONE_STYLE = "#4ebf71"


def progress_bar_column() -> ProgressColumn:
    from rich.progress import BarColumn

    return BarColumn(
        style="bar.back",
        complete_style=PROGRESS_STYLE,
        finished_style=PROGRESS_DONE_STYLE,
        pulse_style=PROGRESS_STYLE,
    )


UNFOLDED = 1_000_000  # a console this wide folds no cell: output piped on keeps each value on one line


def console(*, stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False, emoji=False)


def is_piped(out: Console) -> bool:
    """Output going on to another program or a file (``| grep``, ``> import.log``), which has no
    width to fit: addresses and titles are printed whole, unless $COLUMNS asks for a width."""
    import os

    return not out.is_terminal and "COLUMNS" not in os.environ


def unfold_if_piped(out: Console) -> bool:
    """Whether ``out`` is piped on (``is_piped``); if so, made so wide that no cell is folded."""
    piped = is_piped(out)
    if piped:
        out.width = UNFOLDED
    return piped


def _table(title: str, *columns: str, numbers: tuple[str, ...] = (), expand: bool = True) -> Table:
    """A borderless table. Text columns fold long words and share the width by their weight
    (``"name:2"`` is twice as wide as ``"kind"``; ``"kind:0"`` never wraps); ``numbers`` are right-aligned.
    ``expand=False``: each column as wide as its widest cell (printed to an ``UNFOLDED`` console)."""
    table = Table(title=Text(title, style="bold"), title_justify="left", box=box.SIMPLE_HEAD, expand=expand)
    for column in columns:
        name, _, weight = column.partition(":")
        ratio = int(weight or 1)
        table.add_column(name, overflow="fold", ratio=ratio or None, no_wrap=not ratio)
    for column in numbers:
        table.add_column(column, justify="right", no_wrap=True)
    return table


def _when(meeting: Meeting) -> str | None:
    if meeting.start and meeting.end and meeting.end != meeting.start:
        dates = f"{meeting.start} to {meeting.end}"
    else:
        dates = meeting.start
    if meeting.date_text and dates:
        return f"{dates} ({meeting.date_text})"
    return dates or meeting.date_text


def extraction_summary(extraction: Extraction, *, unfolded: bool = False) -> RenderableType:
    """What ``briefing extract --format text`` shows: the article, then one table per kind of item.
    ``unfolded`` (output piped on, printed to an ``UNFOLDED`` console): each column as wide as its
    widest cell, so that a name, quote or place stays whole on its line for grep."""
    article = extraction.article
    names = {a.id: a.name for a in extraction.actors}

    def named(ids: Iterable[str]) -> str:
        return ", ".join(names.get(i, i) for i in ids)

    header = Text()
    header.append(article_name(article), style="bold")
    header.append("\npublished ")
    header.append(article.published)
    if article.published_assumed:
        header.append(" (assumed)", style="yellow")
    for label, value in (("source", article.source), ("url", article.url)):
        if value:
            header.append(f"\n{label} ")
            header.append(value)
    header.append(
        f"\n{counted(len(extraction.actors), 'actor')}, {counted(len(extraction.statements), 'statement')}, "
        f"{counted(len(extraction.meetings), 'meeting')}, {counted(len(extraction.timexes), 'date')}",
        style="dim",
    )

    actors = _table(
        "Actors", "name:2", "kind:0", "role:2", "affiliation:2", "also called:3", expand=not unfolded
    )
    for a in extraction.actors:
        actors.add_row(
            plain(a.name, "bold"),
            plain(a.kind),
            plain(a.role),
            plain(a.affiliation),
            plain(", ".join(a.aliases)),
        )

    statements = _table("Statements", "speaker:2", "kind:0", "words:6", "to:2", "date:0", expand=not unfolded)
    for s in extraction.statements:
        words = f"\u201c{s.text}\u201d" if s.kind == "direct" else s.text
        statements.add_row(
            plain(s.speaker, "bold"),
            plain(s.kind),
            plain(words),
            plain(named(s.addressee_ids)),
            plain(s.date),
        )

    meetings = _table("Meetings", "kind:0", "status:0", "when:3", "who:4", "where:2", expand=not unfolded)
    for m in extraction.meetings:
        meetings.add_row(
            plain(m.kind),
            plain(m.status),
            plain(_when(m)),
            plain(named(m.participant_ids)),
            plain(m.location),
        )

    timexes = _table("Dates", "as written:0", "resolved:0", numbers=("at",), expand=not unfolded)
    for t in extraction.timexes:
        timexes.add_row(plain(t.text), plain(t.value), plain(f"{t.start}-{t.end}"))

    sections = [
        t if t.row_count else Text(f"{t.title}: none found", style="dim")
        for t in (actors, statements, meetings, timexes)
    ]
    return Group(header, *sections)


def import_report(
    outcomes: Iterable[ImportEvent], after: Counts, *, width: int | None = 120
) -> RenderableType:
    """One row per source with its outcome, then what the store gained by them: the changes of
    this import's own writes, not the store's counts before and after (another import running
    at the same time adds to those), then the store's counts now.

    Below 100 columns the count columns get short headings, leaving the
    sources and titles room to be read. ``width=None`` (output piped on, printed to an
    ``UNFOLDED`` console) folds nothing: a source's address stays on one line for grep.
    """
    from briefing_tui.importer import (  # only import needs them
        ALREADY_IMPORTED,
        ArticleStored,
        SourceAdded,
        SourceFailed,
        SourceSkipped,
    )

    compact = width is not None and width < COMPACT_BELOW
    counts = ("act", "stm", "mtg") if compact else ("actors", "statements", "meetings")
    table = _table(
        "Import", "source:2", "status:0", "article or reason:3", numbers=counts, expand=width is not None
    )
    assumed = False
    known = (
        0  # feed entries already stored: counted in one line, not a row each (a feed read daily has dozens)
    )
    added = Counts()
    for event in outcomes:
        match event:
            case SourceSkipped(reason=reason) if reason == ALREADY_IMPORTED:
                known += 1
            case ArticleStored(source=source, article=article, result=result, note=note):
                added += result.change
                status = plain("replaced" if result.replaced else "imported", "green")
                title = plain(article_name(article))
                title.append(f"\npublished {article.published}", style="dim")
                if article.published_assumed:
                    assumed = True
                    title.append(" (assumed)", style="yellow")
                if note:
                    title.append(f"\n{note}", style="dim")
                table.add_row(
                    plain(source),
                    status,
                    title,
                    plain(result.actors),
                    plain(result.statements),
                    plain(result.meetings),
                )
            case SourceAdded(source=source, page_articles=articles) if articles:
                what = plain(f"{articles} articles from one page, each stored as its own")
                table.add_row(plain(source), plain("read", "green"), what, NONE, NONE, NONE)
            case SourceFailed(source=source, reason=reason):
                table.add_row(plain(source), plain("failed", "bold red"), plain(reason), NONE, NONE, NONE)
            case SourceSkipped(source=source, reason=reason):
                table.add_row(plain(source), plain("skipped", "yellow"), plain(reason), NONE, NONE, NONE)
    totals = Text("added: ")
    totals.append(_delta(added))
    if known:
        entries = "1 feed entry" if known == 1 else f"{known} feed entries"
        totals.append(f"\nskipped {entries} already in the store")
    totals.append(
        f"\nstore now: {counts_phrase(after)}",
        style="dim",
    )
    if assumed:
        totals.append(
            "\nan (assumed) date was not stated by the source, and 'Thursday' or 'next month' were read "
            "against it: give --published YYYY-MM-DD, or correct it in the app (d on the article)",
            style="yellow",
        )
    return Group(table, totals) if table.row_count else totals


def _delta(added: Counts) -> str:
    parts = []
    for noun in ("article", "actor", "statement", "meeting"):
        change = getattr(added, f"{noun}s")
        parts.append(f"{change:+d} {noun}{'' if abs(change) == 1 else 's'}" if change else f"0 {noun}s")
    return ", ".join(parts)


def info_table(path: Path, exists: bool, counts: Counts, version: str) -> RenderableType:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    state = "" if exists else " (not created yet: the first import creates it)"
    grid.add_row("store", plain(f"{path}{state}"))
    for name in ("articles", "actors", "statements", "meetings"):
        grid.add_row(name, plain(getattr(counts, name)))
    grid.add_row("version", plain(f"briefing {version}"))
    return grid


def article_list(rows: Sequence[ArticleRow], *, width: int | None = 80) -> RenderableType:
    """``briefing list``: one line per article, newest first; long titles and sources end in an ellipsis.

    The id comes first and is never cut, so it can be copied into ``briefing delete``.
    Lines are laid out here as Rich lays out ``_article_table`` (which a test holds it
    to), at a small part of its cost: a table of 3,000 rows took Rich some 2.5 s.
    Terminals too narrow for every column get that table itself. ``width=None`` (output
    piped to another program, which has no columns to fit) cuts nothing.
    """
    headings = ("id", "published", "title", "source", *_count_headings(width or COMPACT_BELOW))
    cells = [_list_cells(row) for row in rows]
    fixed = [  # id, published and the counts: as wide as their widest cell, with their padding
        max(minimum, len(headings[i]), *(cells_of[i].cell_len for cells_of in cells)) + pad
        for i, minimum, pad in ((0, 20, 1), (1, 11, 2), (4, 0, 2), (5, 0, 1))
    ]
    if width is None:
        title, source = (max(len(headings[i]), *(c[i].cell_len for c in cells)) + 2 for i in (2, 3))
    else:
        flexible = min(width, LIST_WIDTH) - sum(fixed)
        title = max(3, math.ceil(3 * flexible / 4))  # ratio 3:1 with padding, as rich.table distributes it
        source = max(3, flexible - title)
        if title + source > flexible:  # no room for title and source: Rich's collapsing rules apply
            return _article_table(rows, width=width)
    widths = (fixed[0] - 1, fixed[1] - 2, title - 2, source - 2, fixed[2] - 2, fixed[3] - 1)
    lines = [_list_line([Text(h, style="bold") for h in headings], widths)]
    lines += [_list_line(row_cells, widths) for row_cells in cells]
    return Text("\n").join(lines)


def _count_headings(width: int) -> tuple[str, str]:
    return ("statements", "meetings") if width >= COMPACT_BELOW else ("stm", "mtg")


def _list_cells(row: ArticleRow) -> list[Text]:
    article = row.article
    published = plain(article.published)
    if article.published_assumed:
        published.append("?", style="yellow")
    ident = plain(article.id)
    ident.stylize("bold")
    return [
        ident,
        published,
        plain(article_name(article)),
        plain(article.source),
        plain(row.statements),
        plain(row.meetings),
    ]


def _list_line(cells: list[Text], widths: tuple[int, ...]) -> Text:
    """One line: cells cut to their column (an ellipsis when cut), numbers to the right, two spaces apart."""
    line = Text(no_wrap=True, end="")
    for index, (cell, cell_width) in enumerate(zip(cells, widths, strict=True)):
        cell = cell.copy()
        cell.truncate(cell_width, overflow="ellipsis")
        if index:
            line.append("  ")
        if index >= 4:
            line.append(" " * (cell_width - cell.cell_len))
            line.append_text(cell)
        else:
            line.append_text(cell)
            line.append(" " * (cell_width - cell.cell_len))
    return line


def _article_table(rows: Sequence[ArticleRow], *, width: int = 80) -> Table:
    """``article_list`` as a Rich table: the reference for its layout, and what very narrow terminals get."""
    table = Table(box=None, padding=(0, 1), pad_edge=False, width=min(width, LIST_WIDTH))
    table.add_column("id", no_wrap=True, style="bold", min_width=20)
    table.add_column("published", no_wrap=True, min_width=11)
    table.add_column("title", no_wrap=True, overflow="ellipsis", ratio=3)
    table.add_column("source", no_wrap=True, overflow="ellipsis", ratio=1, max_width=24)
    stm, mtg = _count_headings(width)
    table.add_column(stm, justify="right", no_wrap=True)
    table.add_column(mtg, justify="right", no_wrap=True)
    for row in rows:
        table.add_row(*_list_cells(row))
    return table
