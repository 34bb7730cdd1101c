"""One row per thing said: the same words of the same speaker, stored from several articles, shown once.

A wire story run by two outlets is kept as two articles (each with its own
provenance, see the importer), so the store holds each of its quotes twice.
The panes show such a quote once, with every article it came from; the store
keeps every copy as it is.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from briefing_tui.core.models import Statement
from briefing_tui.core.text import TYPOGRAPHIC_TO_ASCII

_EDGES = " \"'.,;:\u00a0"  # a quote cut before or after its closing comma or full stop


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(TYPOGRAPHIC_TO_ASCII)
    return " ".join(text.split()).strip(_EDGES).casefold()


def statement_key(statement: Statement) -> tuple[str, str]:
    """(speaker, words) as a reader compares them: the speaker's actor (or name, when the
    statement has no actor), and the words without case, spacing, typographic quotes and dashes,
    or the punctuation a quote is cut at."""
    speaker = statement.actor_id or f"name:{_plain(statement.speaker)}"
    return speaker, _plain(statement.text)


def group_repeats(statements: Iterable[Statement]) -> list[tuple[Statement, ...]]:
    """The statements with the same (speaker, words) together, in the order each was first met;
    the first of a group is the one a pane shows, the rest its copies."""
    groups: dict[tuple[str, str], list[Statement]] = {}
    for statement in statements:
        groups.setdefault(statement_key(statement), []).append(statement)
    return [tuple(group) for group in groups.values()]
