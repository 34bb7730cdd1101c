"""Which rows a pane shows: the incremental text filter and actor narrowing."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Protocol, TypeVar

from briefing_tui.core.text import TYPOGRAPHIC_TO_ASCII


class Searchable(Protocol):
    @property
    def haystack(self) -> str: ...


class ActorLinked(Searchable, Protocol):
    @property
    def actor_ids(self) -> frozenset[str]: ...


RowT = TypeVar("RowT", bound=Searchable)
LinkedT = TypeVar("LinkedT", bound=ActorLinked)


def search_text(text: str) -> str:
    """Text as a filter compares it: casefolded, typographic quotes and dashes as typed (\u2019 as '),
    accents dropped ("sanchez" finds "S\u00e1nchez")."""
    if text.isascii():
        return text.casefold()
    folded = text.translate(TYPOGRAPHIC_TO_ASCII).casefold()
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))


def normalize_query(query: str) -> str:
    """Whitespace-trimmed and folded as the rows' haystacks are; an empty result means "no filter"."""
    return " ".join(search_text(query).split())


def filter_rows(rows: Sequence[RowT], query: str) -> list[RowT]:
    """Rows whose text contains every word of ``query`` (case-insensitive)."""
    words = normalize_query(query).split()
    if not words:
        return list(rows)
    if len(words) == 1:
        word = words[0]
        return [r for r in rows if word in r.haystack]
    return [r for r in rows if all(w in r.haystack for w in words)]


def narrow_to_actor(rows: Sequence[LinkedT], actor_id: str | None) -> list[LinkedT]:
    """Rows the actor takes part in (speaks, is addressed, meets); all rows when None."""
    if actor_id is None:
        return list(rows)
    return [r for r in rows if actor_id in r.actor_ids]


def warm(rows: Sequence[Searchable]) -> None:
    """Compute every row's haystack now (off the UI thread) so the first keystroke is fast."""
    for row in rows:
        _ = row.haystack
