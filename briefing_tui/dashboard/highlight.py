"""Where extracted items sit in an article's text, and how the text wraps on screen.

The article view draws only the lines in sight; these functions give it the
wrapped line offsets and the highlighted spans as plain numbers.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from briefing_tui.core.models import Meeting, Statement

EVIDENCE = "evidence"
QUOTE = "quote"
MEETING = "meeting"
CHOSEN = "chosen"  # the sentence of the item the article was opened from


@dataclass(frozen=True, slots=True, order=True)
class Highlight:
    start: int
    end: int
    kind: str


def _locate(text: str, needle: str, start: int | None, end: int | None) -> tuple[int, int] | None:
    """The offsets of ``needle``: the stored ones when they still match, else its first occurrence."""
    if start is not None and end is not None and 0 <= start < end <= len(text):
        return start, end
    if not needle:
        return None
    found = text.find(needle)
    return (found, found + len(needle)) if found >= 0 else None


def item_highlights(
    text: str, statements: Iterable[Statement], meetings: Iterable[Meeting]
) -> list[Highlight]:
    """Evidence sentences of statements and meetings, and each quote inside its sentence."""
    marks: list[Highlight] = []
    for m in meetings:
        place = _locate(text, m.evidence, m.evidence_start, m.evidence_end)
        if place:
            marks.append(Highlight(place[0], place[1], MEETING))
    for s in statements:
        place = _locate(text, s.evidence, s.evidence_start, s.evidence_end)
        if not place:
            continue
        marks.append(Highlight(place[0], place[1], EVIDENCE))
        quote = quote_span(text[place[0] : place[1]], s.text)
        if quote:
            marks.append(Highlight(place[0] + quote[0], place[0] + quote[1], QUOTE))
    return sorted(marks)


def chosen_highlight(text: str, item: Statement | Meeting) -> Highlight | None:
    """The sentence ``item`` was read from, marked apart from the others: the one the article
    was opened from (drawn last, over the other marks)."""
    place = _locate(text, item.evidence, item.evidence_start, item.evidence_end)
    return Highlight(place[0], place[1], CHOSEN) if place else None


def quote_span(evidence: str, quote: str) -> tuple[int, int] | None:
    """Where a statement's words sit inside its evidence sentence (case-insensitive).

    A line break counts as a space: in hard-wrapped text the quote was read across the break."""
    words = quote.strip().strip("\u201c\u201d\"'").strip().replace("\n", " ")
    if not words:
        return None
    found = evidence.replace("\n", " ").casefold().find(words.casefold())
    return (found, found + len(words)) if found >= 0 else None


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """(start, end) of each screen line when ``text`` wraps at ``width`` cells on word boundaries.

    Offsets index ``text``, so highlights map onto lines without copying. A wide character
    (Chinese, Japanese, Korean) takes two cells; a paragraph of one-cell characters, as
    article text overwhelmingly is, is wrapped by counting characters.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    position = 0
    for paragraph in text.split("\n"):
        start = position
        stop = position + len(paragraph)
        position = stop + 1
        if start == stop:
            lines.append((start, start))
        elif not paragraph.isascii() and any(cell_size(char) != 1 for char in paragraph):
            _wrap_cells(text, start, stop, width, lines)
            continue
        while start < stop:
            if stop - start <= width:
                lines.append((start, stop))
                break
            cut = text.rfind(" ", start, start + width + 1)
            if cut <= start:
                lines.append((start, start + width))
                start += width
            else:
                lines.append((start, cut))
                start = cut + 1
    return lines


def _wrap_cells(text: str, start: int, stop: int, width: int, lines: list[tuple[int, int]]) -> None:
    """``wrap_offsets`` for one paragraph with characters of other widths than one cell."""
    cells = 0  # the cells of text[start:index]
    space = -1  # the last space after start and before index, where the line may break
    index = start
    while index < stop:
        char = text[index]
        size = cell_size(char)
        if cells + size > width and index > start:
            if char == " ":  # the line is full just before a space: the space is the break
                lines.append((start, index))
                start = index + 1
            elif space > start:
                lines.append((start, space))
                start = space + 1
            else:  # one word longer than the line: cut it
                lines.append((start, index))
                start = index
            cells = sum(cell_size(char) for char in text[start:index])
            space = -1
            continue
        if char == " ":
            space = index
        cells += size
        index += 1
    if start < stop:
        lines.append((start, stop))


@lru_cache(maxsize=4096)
def cell_size(char: str) -> int:
    """The cells a character takes on a terminal: two when wide, none for a combining mark."""
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1
