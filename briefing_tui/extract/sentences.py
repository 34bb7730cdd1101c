"""Stage 2: sentences and paragraphs.

A blank line ends a paragraph; a single newline does too when the line before
it is short or ends a sentence (headings, datelines, one-line paragraphs), so
hard-wrapped prose stays whole. Inside a paragraph a sentence ends at . ! or ?
(with any closing quotes or brackets after it) when the next word starts a new
sentence, except after abbreviations, initials, and inside a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing_tui.extract.document import Document, Sentence
from briefing_tui.extract.lexicon.words import FUNCTION_WORDS
from briefing_tui.extract.quotes import double_quotes_in

# Abbreviations that never end a sentence when a capitalised word follows ("Dr. Smith", "Oct. 7").
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "sens",
        "rep",
        "reps",
        "gov",
        "gen",
        "lt",
        "col",
        "capt",
        "maj",
        "sgt",
        "adm",
        "cmdr",
        "gov",
        "st",
        "mt",
        "ft",
        "rev",
        "hon",
        "amb",
        "pres",
        "messrs",
        "mme",
        "mlle",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "approx",
        "dept",
        "univ",
        "ave",
        "blvd",
        "rd",
        "est",
        "ca",
        "cf",
        "vs",
        "v",
        "al",
        # given names written short ("Mohd. Ali"): Muhammad ('Md.' is also Maryland: _MAYBE_FINAL)
        "mohd",
        "muhd",
    ]
)
_NUMBER_ABBREVIATIONS = frozenset(["no", "nos", "vol", "art", "fig"])
# Abbreviations that may also end a sentence: split when a typical sentence opener follows.
# "Md." is Muhammad written short ("Md. Touhid Hossain") or Maryland ("Rockville, Md. The ...")
_MAYBE_FINAL = frozenset(["jr", "sr", "inc", "corp", "co", "ltd", "bros", "etc", "llc", "plc", "md"])
_SENTENCE_OPENERS = FUNCTION_WORDS
# Web names' suffixes that are no English word: one glued to a stop ends a name, not a sentence.
_WEB_SUFFIXES = frozenset(["com", "net", "org", "gov", "edu", "info", "biz"])

# A terminator (. ! ? with any closing quotes or brackets) followed by a space or the end:
# only these can end a sentence ("U.S.-China", "3.5" and "example.com" cannot), and a
# single one glued to a capitalised word after a word of two letters or more ("markets.The
# envoy", a lost space or paragraph break; not "U.S.The", "e.g.The" or "example.Com/x").
# Spelled to start with a character class, so the regex engine scans for it in C instead
# of trying a match at every position; the glued case is checked there too.
# Glued to an opening quote mark too ('reforms."Under a new plan, ...'): the count of marks before it
# tells an opening mark (even) from a closing one (odd, inside a quotation: no boundary).
# The glued word may be possessive ('Trump.Trudeau's aide') or the pronoun 'I' or article 'A'; the stop
# may follow a closing quote or bracket ('the "deal".The envoy', '(in May).Talks'). A web name's
# suffix is not a word ('Amazon.Com said': see _is_boundary).
_GLUED = r"(?<=[A-Za-z][a-z][.!?]|[a-z0-9][\"')][.!?])(?=\"?(?:[A-Z][a-z]+(?:'s)?|[AI])[\s,;:])"
_TERMINATOR = re.compile(r"[.!?](?:[.!?]*[\"')\]]*(?=\s|\Z)|" + _GLUED + ")")
# The same in a paragraph without ! or ?: a single first character is found faster still.
_STOP = re.compile(r"\.(?:[.!?]*[\"')\]]*(?=\s|\Z)|" + _GLUED + ")")
_CLOSERS = "\"')]"
_DASHES = ("-", "\u2013", "\u2014")  # a dash after a full stop opens a credit line or a new turn
# The word before a full stop, read backwards from the stop: matched on the reversed
# window, so the regex starts at the stop instead of searching the window from its left.
_WORD_BEFORE_REVERSED = re.compile(r"\.([A-Za-z](?:[A-Za-z.\-']*[A-Za-z])?)")
_NEXT_WORD = re.compile(r"\s*([\"'(\[]?)([^\s\"'(\[]*)")
_SHORT_LINE = 70
_SHORT_WRAP = 30  # a wrapped line is longer than this; shorter ones ending 'on', 'of' are still headings
# words no heading or sentence ends on: a line stopping on one goes on in the next line
_JOINING_WORDS = frozenset(
    re.split(
        " ",
        "a an the of on in at to for with by from and or but as than into onto about over under between"
        " among during after before via per its his her their our",
    )
)
# Longer than every abbreviation above: such a word before a full stop ends the sentence.
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS | _NUMBER_ABBREVIATIONS | _MAYBE_FINAL))


def split(doc: Document) -> None:
    """Fill ``doc.sentences`` (in text order, non-overlapping, trimmed)."""
    text = doc.text
    out: list[Sentence] = []
    for paragraph, (start, end) in enumerate(_blocks(text)):
        for s, e in _split_block(text, start, end, doc.original):
            out.append(Sentence(len(out), s, e, paragraph))
    doc.sentences = out


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of paragraphs: runs of lines a newline does not separate."""
    block_start = -1
    pos = 0
    last_line = ""
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped:
            if block_start >= 0:
                yield block_start, line_start - 1
                block_start = -1
            continue
        if block_start >= 0 and _ends_block(last_line, stripped):
            yield block_start, line_start - 1
            block_start = -1
        if block_start < 0:
            block_start = line_start
        last_line = line
    if block_start >= 0:
        yield block_start, len(text)


def _ends_block(last_line: str, next_line: str) -> bool:
    """Does a single newline between ``last_line`` and ``next_line`` end the paragraph?"""
    last_line = last_line.rstrip()
    if last_line[-1] in ".!?:\"'":
        return True
    if len(last_line) < _SHORT_LINE:
        # a short line is a heading, unless it stops on a word that needs one after it: hard-wrapped
        # prose ('will meet the Pope on' / 'Monday in Rome, ...')
        return last_line.rsplit(None, 1)[-1] not in _JOINING_WORDS or len(last_line) < _SHORT_WRAP
    return not next_line[0].islower()


def _split_block(text: str, start: int, end: int, original: str | None = None) -> Iterator[tuple[int, int]]:
    """Yield the trimmed (start, end) of each sentence of the paragraph ``text[start:end]``.

    Terminators inside a quotation do not count. Quotation marks alternate open and
    close, so a terminator is inside one when an odd number of them come before its end.
    With an odd number, one mark has no partner, and an unclosed quotation must not
    swallow the rest of the paragraph: the marks are paired by their shape (quotes.py),
    and only the quotations that close hold terminators (unless the last mark closes a
    terminator after another mark: then the count goes on, see _ignored).
    """
    quotes = text.count('"', start, end)
    # the marks paired by shape when one has no partner (``None``: counted in turn)
    closed = _closed_quotes(text, start, end, original) if quotes % 2 and _ignored(text, start, end) else None
    marks = 0  # quotation marks in text[start:counted]
    counted = start
    sent_start = start
    exclaims = text.find("!", start, end) >= 0 or text.find("?", start, end) >= 0
    for m in (_TERMINATOR if exclaims else _STOP).finditer(text, start, end):
        term_start, term_end = m.span()
        # a stop glued to a quotation mark and a capital: the mark closes the sentence's quotation
        # when one is open ('... the border."Three ministers'), else it opens the next sentence's
        glued = term_end < end and text[term_end] == '"'
        if closed is not None:
            while closed and closed[0][1] < term_end:
                closed.pop(0)  # a quotation closed before this terminator ends
            if glued and closed and closed[0][1] == term_end:
                closed.pop(0)
                term_end += 1
            elif closed and closed[0][0] < term_start:
                continue
        elif quotes:
            marks += text.count('"', counted, term_end)
            if glued and marks % 2:
                marks += 1
                term_end += 1
            counted = term_end
            if marks % 2:
                continue
        if not _is_boundary(text, term_start, term_end, start, end):
            continue
        span = _trim(text, sent_start, term_end)
        if span:
            yield span
        sent_start = term_end
    span = _trim(text, sent_start, end)
    if span:
        yield span


def _closed_quotes(text: str, start: int, end: int, original: str | None) -> list[tuple[int, int]]:
    """(opening, closing) marks of the double quotations of ``text[start:end]`` that close."""
    return [(q.open, q.close) for q in double_quotes_in(text, original, start, end) if q.closed]


def _ignored(text: str, start: int, end: int) -> bool:
    """Is the paragraph's last quotation mark (an odd one) left out of the quotation count?

    It is, unless it closes a terminator after another mark (``."" ``): scanning left to
    right such a mark is read with the terminator, not on its own.
    """
    last = text.rfind('"', start, end)
    before = last
    while before > start and text[before - 1] in _CLOSERS:
        before -= 1
    if before == start or text[before - 1] not in ".!?":
        return True
    return '"' not in text[before:last]


def _trim(text: str, s: int, e: int) -> tuple[int, int] | None:
    """``(s, e)`` without surrounding whitespace, or None when nothing else is left."""
    chunk = text[s:e]
    stripped = chunk.lstrip()
    if not stripped:
        return None
    return s + len(chunk) - len(stripped), s + len(chunk.rstrip())


def _is_boundary(text: str, term_start: int, term_end: int, start: int, end: int) -> bool:
    """Does the terminator at ``text[term_start:term_end]`` (followed by a space) end a sentence?

    ``start`` and ``end`` delimit the paragraph: neither look-around crosses it.
    """
    opener, word = _NEXT_WORD.match(text, term_end, min(end, term_end + 60)).groups()
    first = word[:1]
    if not first:
        return True
    if not (first.isupper() or first.isdigit() or opener or word in _DASHES):  # '... said. - Reuters'
        return False  # "... said Tuesday. he" and "etc. and": a lowercase word continues
    if not text[term_end].isspace() and word.rstrip(",;:").lower() in _WEB_SUFFIXES:
        return False  # glued to a web name's suffix: 'Amazon.Com said', 'the site.Net'
    if text[term_start] != "." or text.startswith("..", term_start):
        return True
    before = _WORD_BEFORE_REVERSED.match(text[max(start, term_start - 40) : term_start + 1][::-1])
    if not before:
        return True
    prev = before.group(1)
    if "." in prev:
        # U.S., a.m., D.C.: only before a typical sentence opener
        return word.rstrip(",;:") in _SENTENCE_OPENERS
    if len(prev) > _LONGEST_ABBREVIATION:
        return True
    if len(prev) == 1 and prev.isupper():
        return False  # an initial: "J. Smith", "Antony J. Blinken"
    if prev == "tR":
        return False  # "the Rt. Hon. X", "the Rt. Rev. Y": a style's grade ("RT." is a broadcaster)
    low = prev[::-1].lower()
    if low in _NUMBER_ABBREVIATIONS:
        return not first.isdigit()  # "No. 5" but "He said no. She left."
    if low in _ABBREVIATIONS:
        return False
    if low in _MAYBE_FINAL:
        return word.rstrip(",;:") in _SENTENCE_OPENERS
    return True
