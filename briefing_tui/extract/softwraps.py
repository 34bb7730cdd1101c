"""Hard-wrapped prose read as the paragraphs it was wrapped from, offsets kept.

Text files, Markdown notes, e-mails and pasted text are often wrapped at a fixed width (72 or 80
columns): a sentence then runs over line breaks, and every stage that reads a line as a unit (a
headline, a dateline, a block quote, the end of a sentence) would misread it. A break is a soft wrap
when the next line's first word would not have fitted on the line before it at the text's width,
which is how wrappers decide to break; such a break becomes a space, so the text keeps its length.

Only text that reads as wrapped is touched: several soft wraps, most line breaks inside paragraphs
being soft, at a width that wrapped text uses (40 to 150 columns). One paragraph per line (web pages, feeds)
has lines far longer than that and is left as it is, and so are lists, headings and quoted lines.

Text wrapped at uneven widths (pasted from an e-mail client or a PDF, lines of 55 to 75 columns) has no
one width to tell its wraps by; there a break is soft when the next line goes on in lowercase, when the
line ends on a comma or a word no clause ends on, or when a full line ends on no stop before a name, in
a text where most full lines go on in lowercase. A headline, a crosshead, a dateline, a line before a
word that opens sentences and a list's parallel items keep their breaks.
"""

from __future__ import annotations

import re

_WIDEST_WRAP = 150  # columns: wider "lines" are paragraphs, not wrapped text
_NARROWEST_WRAP = 40  # ... and narrower ones a block of short lines (a letterhead, an address)
_MIN_SOFT = 3  # soft wraps a text needs before it counts as wrapped
_SOFT_SHARE = 0.6  # ... and the share of its in-paragraph line breaks they must be
# a line that opens a list item, a heading, a quoted or table line, or a rule: its break is meant
_OWN_LINE = re.compile(r"[ \t]*(?:[-*+\u2022>#|=_]|\d{1,3}[.)][ \t])")
_RAGGED_SHARE = 0.4  # share of a ragged text's full-width breaks that must go on in lowercase
# Words a clause never ends on: a line ending on one goes on in the next
_JOINING = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "into",
        "over",
        "about",
        "after",
        "before",
        "between",
        "against",
        "during",
        "under",
        "and",
        "or",
        "but",
        "nor",
        "that",
        "as",
        "than",
        "who",
        "which",
        "whose",
        "whom",
        "his",
        "her",
        "its",
        "their",
        "our",
        "your",
        "this",
        "these",
        "those",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "not",
    ]
)
# Abbreviations a line may end on in mid-sentence ("Mr.", "Gen.", "Oct."), before a name or a day
_MID_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "capt",
        "prof",
        "st",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
# Words that open sentences far more often than they go on a name or a phrase ("The", "In", "He"):
# before one, a line's break may end a headline or a paragraph, so only a joining word or a comma
# joins it
_OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "With",
        "As",
        "After",
        "Before",
        "But",
        "And",
        "Or",
        "So",
        "Yet",
        "If",
        "When",
        "While",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Here",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "However",
        "Meanwhile",
        "Also",
        "Still",
    ]
)
# a line's end with no stop: its last word's letter or digit, after any closing marks
_OPEN_END = re.compile(r"[\w%][)\]\u2019\u201d'\"]*$")


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
    first = next(i for i, line in enumerate(lines) if line.strip())
    soft = [
        i
        for i in inner
        if _is_soft(lines[i], lines[i + 1], width)
        and not _listed(lines[i], lines[i + 1])
        and not _headline(lines, i, first)
    ]
    if len(soft) < _MIN_SOFT or len(soft) < _SOFT_SHARE * len(inner):
        soft = []
    if len(soft) < len(inner):  # wrapped at uneven widths: no one width tells all its wraps
        ragged = _ragged_wraps(lines, inner)
        soft = sorted(
            set(soft).union(i for i in ragged if _goes_on(lines[i]) or not _own_break(lines, i, first))
        )
    if not soft:
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


def _ragged_wraps(lines: list[str], inner: list[int]) -> list[int]:
    """The soft breaks of prose hard-wrapped at uneven widths (pasted from an e-mail or a PDF, broken
    at 60 to 75 columns), where no one width tells a wrap: a break whose next line goes on in
    lowercase, or after a word no clause ends on or a comma, from a line as long as wrapped lines are;
    or a break after a full line that ends on no stop, in a paragraph's middle, before a capital. Only
    text where most full lines go on in lowercase counts as wrapped; a line far shorter than the text's
    wrapped lines (a byline, an address, a paragraph's end) and a paragraph's first line before a
    capital (a headline over its story) keep their breaks, as lists, headings and quoted lines do."""
    full = [
        i
        for i in inner
        if _fit(lines[i], lines[i + 1]) >= _NARROWEST_WRAP
        and len(lines[i].rstrip()) <= _WIDEST_WRAP
        and not _OWN_LINE.match(lines[i])
        and not _OWN_LINE.match(lines[i + 1])
    ]
    lower = [i for i in full if lines[i + 1].lstrip()[:1].islower()]
    if len(lower) < _MIN_SOFT or len(lower) < _RAGGED_SHARE * len(full):
        return []
    fits = sorted(_fit(lines[i], lines[i + 1]) for i in lower)
    # the narrowest width the text was wrapped at, but for a stray few; widths in a PDF's proportional
    # type vary by a sixth or so, and a few lines show only a few of them
    least = min(fits[len(fits) // 20], int(0.85 * fits[len(fits) // 2]))
    soft = []
    for i in full:
        line, following = lines[i].rstrip(), lines[i + 1].lstrip()
        last = line.rsplit(None, 1)[-1].lower()
        if (
            following[:1].islower()
            or _goes_on(line)
            or last.rstrip(".") in _MID_ABBREVIATIONS
            and last.endswith(".")
        ):
            soft.append(i)
        elif _fit(line, following) >= least and _OPEN_END.search(line):
            soft.append(i)  # "... Foreign Minister\nRiyad al-Maliki": a full line in a sentence
    return soft


def _goes_on(line: str) -> bool:
    """A line that ends on a comma or a word no clause ends on: the sentence goes on after it."""
    line = line.rstrip().rstrip("\u2019\u201d'\")")
    return line.endswith(",") or line.rsplit(None, 1)[-1].lower() in _JOINING


def _own_break(lines: list[str], i: int, first: int) -> bool:
    """Whether the break after line ``i`` is meant, though a wrap could have made it: before a line
    that opens in lowercase never; else after the text's first line (a headline's place) or a crosshead
    in title case (unless either opens on a dateline's place in capitals), before a word that opens
    sentences ("The", "He"), a dateline's place in capitals, or the same first word as the line's own (a
    list's items: "Minister of X, A" / "Minister of Y, B")."""
    line, following = lines[i].strip(), lines[i + 1].strip()
    if following[:1].islower():
        return False
    nxt = following.split(None, 1)[0]
    opens_block = not (i and lines[i - 1].strip()) and not _shouted(line.split(None, 1)[0])
    if opens_block and (i == first or _title_case(line)):
        return True  # a headline, a crosshead (a dateline's lede goes on)
    return nxt in _OPENERS or _shouted(nxt) or _listed(line, following)


def _headline(lines: list[str], i: int, first: int) -> bool:
    """The text's first line in title case over a line that opens on a capital ("Ministers Agree To
    Meet Again In Lima" / "The foreign ministers ..."): a headline, however wide (the widest line of a
    short text sets its width, so any next word would seem not to fit)."""
    line = lines[i]
    return (
        i == first
        and _title_case(line)
        and not lines[i + 1].lstrip()[:1].islower()
        and not _goes_on(line)
        and not _shouted(line.split(None, 1)[0])
    )


def _listed(line: str, following: str) -> bool:
    """Two lines that open on the same two words, the first capitalised, and each set a name off by a
    comma or a colon: a list's items ("Minister of X, A" / "Minister of Y, B"), never a wrap."""
    words = line.split(None, 2)[:2]
    return (
        len(words) == 2
        and words[0][:1].isupper()
        and following.split(None, 2)[:2] == words
        and all(", " in x or ": " in x for x in (line, following))
    )


def _fit(line: str, following: str) -> int:
    """The columns ``line`` would take with ``following``'s first word on it: the least width that
    could have wrapped it there."""
    return len(line.rstrip()) + 1 + len(following.split(None, 1)[0])


def _title_case(line: str) -> bool:
    """A headline's or a crosshead's capitals: every word of four letters or more capitalised, as a
    sentence seldom has them ("Talks With Beijing Resume")."""
    words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    return len(words) > 1 and all(w[:1].isupper() for w in words)


def _shouted(word: str) -> bool:
    """A word in capitals opening a line ("BEIJING, May 7 -"): a dateline's place, no sentence's."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)
