"""The title a text without a stated one is given: its first heading, else its first line.

One rule for two places: a text source names a new article by it, and the store reads an old
record's title as guessed when it is what this rule gives (see ``store.shards.article_from_doc``).
"""

from __future__ import annotations

import re

from briefing_tui.core.dates import date_line, labelled_date_line

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")
_TITLE_MAX = 150
_TITLE_LINES = 40  # a title is looked for near the top only
_FULL_STOPS = ("\u3002", "\uff01", "\uff1f")  # the ideographic full stop, the full-width ! and ?
_WIDE_STOP = re.compile(f"[{''.join(_FULL_STOPS)}]")
_SENTENCE_END = re.compile(r"[\u3002\uff01\uff1f]|[.!?](?=\s)")
_CLIPPED = 60


def title_from(lines: list[str]) -> str | None:
    """The first Markdown heading, else the first line when it reads like a headline, else its first words."""
    for line in lines[:_TITLE_LINES]:
        heading = _HEADING.match(line)
        if heading:
            return heading.group(1)
    first = next((line.strip() for line in lines[:_TITLE_LINES] if line.strip()), None)
    if first is None:
        return None
    if len(first) <= _TITLE_MAX and not first.endswith((".", "!", "?", "\u201d", '"', ":", *_FULL_STOPS)):
        return first
    words = first.split()
    title = " ".join(words[:12]) + ("\u2026" if len(words) > 12 else "")
    if len(title) > _TITLE_MAX or _WIDE_STOP.search(title, 0, len(title) - 1):  # more than a sentence
        return _first_sentence(title)
    return title


def _first_sentence(line: str) -> str:
    """The start of a line of long words: Chinese and Japanese write sentences without spaces, so
    twelve words can be a paragraph. Its first sentence where that is short, else its first
    ``_CLIPPED`` characters."""
    stop = _SENTENCE_END.search(line, 0, _TITLE_MAX)
    if stop is not None:
        return line[: stop.end()]
    return line[:_CLIPPED].rstrip() + "\u2026"


_STATED_DATE_LINES = 6  # a "Published ..." line is looked for among the first lines only


def dateline_and_rest(body: str) -> tuple[str | None, list[str]]:
    """The date a first line that is only a date gives, and the lines a title is looked for in
    (those after such a line, else all; never a "Published ..." line)."""
    lines = body.split("\n")
    first_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    guess = date_line(lines[first_index]) if first_index is not None else None
    start = first_index + 1 if guess and first_index is not None else 0
    stated = _stated_date_index(lines)
    return guess, [line for index, line in enumerate(lines[start:], start) if index != stated]


def stated_date(body: str) -> str | None:
    """The publication date a line near the top says it is ("Published: 10 February 2024" under the
    headline): the text's own statement, where a bare date on the first line may be the day a page
    was saved."""
    lines = body.split("\n")
    index = _stated_date_index(lines)
    return None if index is None else labelled_date_line(lines[index])


def _stated_date_index(lines: list[str]) -> int | None:
    """The index of the first of the top lines that names itself a publication date."""
    seen = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if labelled_date_line(line):
            return index
        seen += 1
        if seen >= _STATED_DATE_LINES:
            return None
    return None


def guessed_title(body: str) -> str | None:
    """The title a text without one is given: its first heading or first line, after a dateline."""
    return title_from(dateline_and_rest(body)[1])
