"""The one message an import ends with, however many sources it had."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.core.names import article_name
from briefing_tui.core.text import counted

if TYPE_CHECKING:  # the importer loads its parsers: keep the dashboard's start cheap
    from collections.abc import Sequence

    from briefing_tui.core.models import Counts
    from briefing_tui.importer import ArticleStored, ImportSummary
    from briefing_tui.store.repository import Migration

MAX_FAILURES_LISTED = 5


def counts_phrase(counts: Counts) -> str:
    """'1 article, 23 actors, 17 statements, 7 meetings'."""
    return ", ".join(
        counted(getattr(counts, f"{noun}s"), noun) for noun in ("article", "actor", "statement", "meeting")
    )


def upgrade_text(migration: Migration) -> str:
    """What opening a store of an older briefing did to it, and where the copy taken first is:
    the command line and the dashboard say the same."""
    return (
        f"upgraded the store {migration.path}, written by an older briefing (format version "
        f"{migration.from_version}), to format version {migration.to_version}: "
        f"{counted(migration.articles, 'article')}, each now in a file of its own; "
        f"the store as it was is kept in {migration.backup}"
    )


def found_text(stored: Sequence[ArticleStored]) -> str | None:
    """What was read from the articles stored: for one, its name and its items ("“Talks in
    Lisbon”: 4 actors, 2 statements, 3 meetings."), for several their statements and meetings
    and the actors new to the store; None for none. An article read to no statement and no
    meeting (a page of links, a paywall's teaser) shows as such at once."""
    if not stored:
        return None
    if len(stored) == 1:
        (event,) = stored
        found = event.result
        items = f"{counted(found.actors, 'actor')}, {counted(found.statements, 'statement')}"
        return f"\u201c{article_name(event.article)}\u201d: {items}, {counted(found.meetings, 'meeting')}."
    statements = sum(event.result.statements for event in stored)
    meetings = sum(event.result.meetings for event in stored)
    new_actors = sum(event.result.new_actors for event in stored)
    actors = "1 actor new to the store" if new_actors == 1 else f"{new_actors} actors new to the store"
    return f"In them: {counted(statements, 'statement')}, {counted(meetings, 'meeting')}; {actors}."


def import_summary_text(summary: ImportSummary) -> tuple[str, str]:
    """(message, severity): counts, then up to five failures with their reasons."""
    from briefing_tui.importer import ALREADY_IMPORTED  # loaded already: an import just ran

    stored = len(summary.stored)
    noted = [event for event in summary.stored if event.note]  # updated versions and reprints of stored ones
    replaced = sum(1 for event in summary.stored if event.result.replaced and not event.note)
    updated = sum(1 for event in noted if event.result.replaced)
    if stored and replaced == stored:  # nothing new: say so, or the person looks for an article already there
        lines = [f"Read {counted(stored, 'article')} again, already stored: replaced."]
    else:
        also = [f"{replaced} already stored: replaced"] if replaced else []
        if updated:
            also.append(f"{counted(updated, 'updated version')} of stored ones")
        if len(noted) > updated:  # another outlet's copy, kept beside the stored one
            also.append(f"{counted(len(noted) - updated, 'reprint')} of stored ones, kept beside them")
        lines = [f"Imported {counted(stored, 'article')}" + (f" ({'; '.join(also)})" if also else "") + "."]
    found = found_text(summary.stored)
    if found:
        lines.append(found)
    lines += [
        f"\u2022 {page.source}: {page.page_articles} articles from one page"
        for page in summary.pages[:MAX_FAILURES_LISTED]
    ]
    lines += [f"\u2022 {event.source}: {event.note}" for event in noted[:MAX_FAILURES_LISTED]]
    assumed = sum(1 for event in summary.stored if event.article.published_assumed)
    if assumed:  # a paste, a bare text file: relative dates were read against a guess
        dates, were = ("publication date", "was") if assumed == 1 else ("publication dates", "were")
        lines.append(
            f"{assumed} {dates} {were} not stated and {'is' if assumed == 1 else 'are'} assumed (marked *), "
            f"and 'Thursday' or 'next month' were read against {'it' if assumed == 1 else 'them'}: "
            "d on the article in Articles corrects it."
        )
    if summary.skipped:
        lines.append(f"{len(summary.skipped)} skipped.")
        # Feed entries imported before are routine; any other reason is news to the person.
        telling = [s for s in summary.skipped if s.reason != ALREADY_IMPORTED][:MAX_FAILURES_LISTED]
        lines += [f"\u2022 {skipped.source}: {skipped.reason}" for skipped in telling]
    if summary.cancelled:
        lines.append("Cancelled.")
    if summary.failed:
        listed = summary.failed[:MAX_FAILURES_LISTED]
        lines.append(f"{len(summary.failed)} failed:")
        lines += [f"\u2022 {failure.source}: {failure.reason}" for failure in listed]
        if len(summary.failed) > len(listed):
            lines.append(f"\u2026 and {len(summary.failed) - len(listed)} more")
    if not summary.failed:
        return "\n".join(lines), "information"
    return "\n".join(lines), "warning" if stored else "error"
