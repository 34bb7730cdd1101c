"""Hard-wrapped prose read as the paragraphs it was wrapped from, offsets kept.

Text files, Markdown notes, e-mails and pasted text are often wrapped at a fixed width (72 or 80
columns): a sentence then runs over line breaks, and every stage that reads a line as a unit (a
headline, a dateline, a block quote, the end of a sentence) would misread it. A break is a soft wrap
when the next line's first word would not have fitted on the line before it at the text's width,
which is how wrappers decide to break; such a break becomes a space, so the text keeps its length.

Only text that reads as wrapped is touched: several soft wraps, most line breaks inside paragraphs
being soft, at a width that wrapped text uses (40 to 150 columns). One paragraph per line (web pages, feeds)
has lines far longer than that and is left as it is, and so are lists, headings and quoted lines.
"""

from __future__ import annotations

import re

_WIDEST_WRAP = 150  # columns: wider "lines" are paragraphs, not wrapped text
_NARROWEST_WRAP = 40  # ... and narrower ones a block of short lines (a letterhead, an address)
_MIN_SOFT = 3  # soft wraps a text needs before it counts as wrapped
_SOFT_SHARE = 0.6  # ... and the share of its in-paragraph line breaks they must be
# a line that opens a list item, a heading, a quoted or table line, or a rule: its break is meant
_OWN_LINE = re.compile(r"[ \t]*(?:[-*+\u2022>#|=_]|\d{1,3}[.)][ \t])")


def join_soft_wraps(text: str) -> str:
    """``text`` with each soft wrap's line break made a space (``len`` unchanged)."""
    if text.count("\n") < _MIN_SOFT:
        return text
    lines = text.split("\n")
    inner = [i for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]
    widths = [len(lines[i].rstrip()) for i in inner]
    wrapped = [w for w in widths if w <= _WIDEST_WRAP]
    if len(wrapped) < _MIN_SOFT or len(wrapped) < _SOFT_SHARE * len(widths):
        return text
    width = max(wrapped)
    if width < _NARROWEST_WRAP:
        return text
    soft = [i for i in inner if _is_soft(lines[i], lines[i + 1], width)]
    if len(soft) < _MIN_SOFT or len(soft) < _SOFT_SHARE * len(inner):
        return text
    breaks = []  # the offset of each line's "\n"
    offset = -1
    for line in lines:
        offset += len(line) + 1
        breaks.append(offset)
    pieces = []
    pos = 0
    for i in soft:
        pieces.append(text[pos : breaks[i]])
        pieces.append(" ")
        pos = breaks[i] + 1
    pieces.append(text[pos:])
    return "".join(pieces)


def _is_soft(line: str, following: str, width: int) -> bool:
    """Whether the break after ``line`` was forced by the width: ``following``'s first word did not fit."""
    if _OWN_LINE.match(line) or _OWN_LINE.match(following):
        return False
    body = line.rstrip()
    word = following.split(None, 1)[0]
    return len(body) + 1 + len(word) > width
