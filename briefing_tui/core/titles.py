"""The title a text without a stated one is given: its first heading, else its first line.

One rule for two places: a text source names a new article by it, and the store reads an old
record's title as guessed when it is what this rule gives (see ``store.shards.article_from_doc``).
"""

from __future__ import annotations

import re

from briefing_tui.core.dates import date_line

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")
_TITLE_MAX = 150
_TITLE_LINES = 40  # a title is looked for near the top only


def title_from(lines: list[str]) -> str | None:
    """The first Markdown heading, else the first line when it reads like a headline, else its first words."""
    for line in lines[:_TITLE_LINES]:
        heading = _HEADING.match(line)
        if heading:
            return heading.group(1)
    first = next((line.strip() for line in lines[:_TITLE_LINES] if line.strip()), None)
    if first is None:
        return None
    if len(first) <= _TITLE_MAX and not first.endswith((".", "!", "?", "\u201d", '"', ":")):
        return first
    words = first.split()
    return " ".join(words[:12]) + ("\u2026" if len(words) > 12 else "")


def dateline_and_rest(body: str) -> tuple[str | None, list[str]]:
    """The date a first line that is only a date gives, and the lines a title is looked for in
    (those after such a line, else all)."""
    lines = body.split("\n")
    first_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    guess = date_line(lines[first_index]) if first_index is not None else None
    return guess, lines[first_index + 1 :] if guess else lines


def guessed_title(body: str) -> str | None:
    """The title a text without one is given: its first heading or first line, after a dateline."""
    return title_from(dateline_and_rest(body)[1])
