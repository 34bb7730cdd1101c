"""Stage 2: sentences and paragraphs.

A blank line ends a paragraph; a single newline does too when the line before
it is short or ends a sentence (headings, datelines, one-line paragraphs), so
hard-wrapped prose stays whole. Inside a paragraph a sentence ends at . ! or ?
(with any closing quotes or brackets after it) when the next word starts a new
sentence, except after abbreviations, initials, and inside a quotation.
"""

from __future__ import annotations

import re

from briefing_tui.extract.document import Document, Sentence
from briefing_tui.extract.lexicon.words import FUNCTION_WORDS

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
    ]
)
_NUMBER_ABBREVIATIONS = frozenset(["no", "nos", "vol", "art", "fig"])
# Abbreviations that may also end a sentence: split when a typical sentence opener follows.
_MAYBE_FINAL = frozenset(["jr", "sr", "inc", "corp", "co", "ltd", "bros", "etc", "llc", "plc"])
_SENTENCE_OPENERS = FUNCTION_WORDS

_LINE = re.compile(r"[^\n]*\n?")
_EVENTS = re.compile(r'"|[.!?]+["\')\]]*')
_WORD_BEFORE = re.compile(r"([A-Za-z](?:[A-Za-z.\-']*[A-Za-z])?)\.?$")
_NEXT_WORD = re.compile(r"\s*([\"'(\[]?)([^\s\"'(\[]*)")
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}$")
_SHORT_LINE = 70


def split(doc: Document) -> None:
    """Fill ``doc.sentences`` (in text order, non-overlapping, trimmed)."""
    doc.sentences = []
    for paragraph, (start, end) in enumerate(_blocks(doc.text)):
        for s, e in _split_block(doc.text, start, end):
            doc.sentences.append(Sentence(len(doc.sentences), s, e, paragraph))


def _blocks(text: str):
    """Yield (start, end) of paragraphs: runs of lines a newline does not separate."""
    block_start: int | None = None
    block_end = last_line_start = 0
    for m in _LINE.finditer(text):
        if m.start() == m.end():
            break
        line = m.group(0).rstrip("\n")
        stripped = line.strip()
        if not stripped:
            if block_start is not None:
                yield block_start, block_end
                block_start = None
            continue
        if block_start is not None and _ends_block(text[last_line_start:block_end], stripped):
            yield block_start, block_end
            block_start = None
        if block_start is None:
            block_start = m.start()
        last_line_start = m.start()
        block_end = m.start() + len(line)
    if block_start is not None:
        yield block_start, block_end


def _ends_block(last_line: str, next_line: str) -> bool:
    """Does a single newline between ``last_line`` and ``next_line`` end the paragraph?"""
    last_line = last_line.rstrip()
    if last_line[-1] in ".!?:\"'" or len(last_line) < _SHORT_LINE:
        return True
    return not next_line[0].islower()


def _split_block(text: str, start: int, end: int):
    block = text[start:end]
    quotes = [m.start() for m in re.finditer('"', block)]
    unmatched = quotes[-1] if len(quotes) % 2 else -1
    in_quote = False
    sent_start = 0
    for m in _EVENTS.finditer(block):
        token = m.group(0)
        if token == '"':
            if m.start() != unmatched:
                in_quote = not in_quote
            continue
        closes = token.count('"')
        if closes and m.start() + token.index('"') != unmatched:
            in_quote = not in_quote if closes % 2 else in_quote
        if in_quote:
            continue
        if not _is_boundary(block, m.start(), m.end()):
            continue
        s, e = _trim(block, sent_start, m.end())
        if s < e:
            yield start + s, start + e
        sent_start = m.end()
    s, e = _trim(block, sent_start, len(block))
    if s < e:
        yield start + s, start + e


def _trim(block: str, s: int, e: int) -> tuple[int, int]:
    while s < e and block[s].isspace():
        s += 1
    while e > s and block[e - 1].isspace():
        e -= 1
    return s, e


def _is_boundary(block: str, term_start: int, term_end: int) -> bool:
    if term_end < len(block) and not block[term_end].isspace():
        return False  # "U.S.-China", "3.5", "example.com"
    nxt = _NEXT_WORD.match(block, term_end, min(len(block), term_end + 60))
    opener, word = (nxt.group(1), nxt.group(2)) if nxt else ("", "")
    first = word[:1]
    if not first:
        return True
    if not (first.isupper() or first.isdigit() or opener):
        return False  # "... said Tuesday. he" and "etc. and": a lowercase word continues
    if block[term_start] != "." or block[term_start : term_start + 2] == "..":
        return True
    window = block[max(0, term_start - 40) : term_start + 1]
    before = _WORD_BEFORE.search(window)
    if not before:
        return True
    prev = before.group(1)
    low = prev.lower()
    starter = word.rstrip(",;:") in _SENTENCE_OPENERS
    if len(prev) == 1 and prev.isupper():
        return False  # an initial: "J. Smith", "Antony J. Blinken"
    if _DOTTED.search(window) or "." in prev:
        return starter  # U.S., a.m., D.C.: only before a typical sentence opener
    if low in _NUMBER_ABBREVIATIONS:
        return not first.isdigit()  # "No. 5" but "He said no. She left."
    if low in _ABBREVIATIONS:
        return False
    if low in _MAYBE_FINAL:
        return starter
    return True
