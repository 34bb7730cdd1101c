"""Stage timexes: every date expression, with its offsets and a value resolved against publication.

Values are ISO strings at the precision the words give ("2023-10-26",
"2023-11" for "next month", "2023" for "this year"). Expressions that name
no calendar date at a precision the schema can hold ("this week", "two weeks
ago", "this weekend") are kept with value ``None``: they still belong on the
article's timeline. Ranges keep their start in ``value`` and their end in
``end_value``; a range between two complete expressions ("Thursday to
Saturday") stays two timexes, the first carrying the range's end, except
two calendar days joined by "to" or a dash ("June 30 to July 6", "March
30-April 1"): one expression, as "June 4 to 6" is.

Weekdays, and months or days given without a year, are resolved by the
tense of their clause (see :mod:`tense`): past → the latest such day on or
before publication, future → the next one after it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import cache
from typing import NamedTuple

from briefing_tui.extract.datewords import MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from briefing_tui.extract.document import Document, Timex
from briefing_tui.extract.gates import trie_pattern
from briefing_tui.extract.spans import longest_first
from briefing_tui.extract.timexassembly import (
    bare_day_ranges,
    date_quoted_today,
    join_day_ranges,
    join_next_week,
    link_ranges,
    merge_appositions,
    part_of_day_after,
    place_in_next_week,
    posted_day_words,
    same_day,
    year_told_before,
)
from briefing_tui.extract.timexcontext import Candidate, Context
from briefing_tui.extract.timexpatterns import (
    AGO,
    DAY_DOT_MONTH,
    DMY,
    EVENT_NOUNS,
    ISO,
    MDY,
    MONTH_ALONE,
    MONTH_BARE,
    MONTH_FULL,
    MONTH_PREMOD,
    MONTH_YEAR,
    NAMED_EVENT,
    NUMERIC,
    ORDINAL_DAY,
    WEEKDAY,
    WEEKDAY_FULL,
    YEAR_ALONE,
    cased,
)
from briefing_tui.extract.timexrules import ALL_RULES, ANCHORS, NUMBER_RULES, RuleFunction, rule_mask
from briefing_tui.extract.tokens import tokenize

# -- where to look ------------------------------------------------------------------------


class _Hits(NamedTuple):
    """Where anchors may be (offsets inside chunks to tokenize), and the words the rules hinge on."""

    chunks: list[int]
    months: list[int]  # capitalised month names' starts: the month of every rule match is one
    weekdays: list[int]  # weekday names starting with a capital
    agos: list[int]  # "ago" in any case


_LEFT_MARGIN = 32  # "the end of the year", "throughout March", "a few days ago"
_RIGHT_MARGIN = 64  # "Wednesday, September 22, 2015 to 25"
_DIGITS = frozenset("0123456789")
_NUMBER_MASK = rule_mask(NUMBER_RULES)


# Pieces of text every match of a rule contains, as the rule itself would match them there. A
# window without its rule's piece is not searched with the rule. Months and weekdays are only
# tried where _hits found one; the other pieces start with a literal, which the regex engine
# finds with a fast scan of the window.
_MONTH_WORD = rf"(?:{cased([*MONTHS, *MONTH_ABBREVIATIONS])})"
_MDY_HINT = re.compile(rf"{_MONTH_WORD}(?:\.?\s+(?:the\s+)?|\.)[0-9]")
_DMY_HINT = re.compile(rf"\d(?:st|nd|rd|th)?(?:(?:\s+of)?\s+|[/-]){_MONTH_WORD}")
_MONTH_YEAR_HINT = re.compile(rf"{_MONTH_WORD}\.?(?:\s+of)?,?\s+(?:1[6-9]|20)\d\d")
_MONTH_ALONE_HINT = re.compile(rf"{MONTH_FULL}\b(?!\s*\d)")
_MONTH_PREMOD_HINT = re.compile(
    rf"{MONTH_FULL}(?:['\u2019]s\s+(?:[a-z][\w-]*\s+){{0,2}}?)?\s*(?:{EVENT_NOUNS}|{NAMED_EVENT})\b"
)
_WEEKDAY_HINT = re.compile(rf"{WEEKDAY_FULL}\b")
_ORDINAL_DAY_HINT = re.compile(r"n\s+the\s+\d")
_ISO_HINT = re.compile(r"[-/.][01]\d[-/.][0-3]\d(?<=[12]\d\d\d[-/.][01]\d[-/.][0-3]\d)")
_NUMERIC_HINT = re.compile(r"[/.-](?<=[0-9][/.-])[0-9]\d?[/.-](?:1[6-9]|20)\d\d")
_DAY_DOT_MONTH_HINT = re.compile(r"\d\.[ \t]*[^\W\d_]{3,9}\.?[ \t]+(?:1[6-9]|20)\d\d")
_YEAR_20 = re.compile(r"20\d\d")
_YEAR_1X = re.compile(r"1[6-9]\d\d")


def _any_between(starts: list[int], lo: int, hi: int) -> bool:
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _matches_at(hint: re.Pattern[str], starts: list[int], text: str, lo: int, hi: int) -> bool:
    """Does ``hint`` match at one of ``starts`` (ascending) inside the window ``[lo, hi)``?"""
    for k in range(bisect_left(starts, lo), len(starts)):
        if starts[k] >= hi:
            return False
        if hint.match(text, starts[k], hi):
            return True
    return False


_Gate = Callable[[str, int, int, _Hits], object]
_GATES: dict[re.Pattern[str], _Gate] = {
    MDY: lambda text, lo, hi, hits: _matches_at(_MDY_HINT, hits.months, text, lo, hi),
    DMY: lambda text, lo, hi, hits: _any_between(hits.months, lo, hi) and _DMY_HINT.search(text, lo, hi),
    MONTH_YEAR: lambda text, lo, hi, hits: _matches_at(_MONTH_YEAR_HINT, hits.months, text, lo, hi),
    MONTH_ALONE: lambda text, lo, hi, hits: _matches_at(_MONTH_ALONE_HINT, hits.months, text, lo, hi),
    MONTH_BARE: lambda text, lo, hi, hits: _matches_at(MONTH_BARE, hits.months, text, lo, hi),
    MONTH_PREMOD: lambda text, lo, hi, hits: _matches_at(_MONTH_PREMOD_HINT, hits.months, text, lo, hi),
    WEEKDAY: lambda text, lo, hi, hits: _matches_at(_WEEKDAY_HINT, hits.weekdays, text, lo, hi),
    YEAR_ALONE: lambda text, lo, hi, hits: _YEAR_20.search(text, lo, hi) or _YEAR_1X.search(text, lo, hi),
    ISO: lambda text, lo, hi, hits: _ISO_HINT.search(text, lo, hi),
    DAY_DOT_MONTH: lambda text, lo, hi, hits: _DAY_DOT_MONTH_HINT.search(text, lo, hi),
    ORDINAL_DAY: lambda text, lo, hi, hits: _ORDINAL_DAY_HINT.search(text, lo, hi),
    NUMERIC: lambda text, lo, hi, hits: _NUMERIC_HINT.search(text, lo, hi),
    AGO: lambda text, lo, hi, hits: _any_between(hits.agos, lo, hi),
}


@cache
def _searches(mask: int) -> tuple[tuple[re.Pattern[str], _Gate | None, RuleFunction], ...]:
    """The rules an anchor mask calls for, in rule order, each with its gate."""
    return tuple(
        (pattern, _GATES.get(pattern), rule)
        for bit, (pattern, rule) in enumerate(ALL_RULES)
        if mask >> bit & 1
    )


# Anchor words grouped under the shortest one that begins them ("mon": mon, monday, month), with
# the list of _Hits the group's capitalised words go to. No head begins another (a longer one would
# begin with an anchor, so it would not be a head), so at most one head stands at any word start.
def _group_kind(head: str) -> str:
    if head in MONTHS or head in MONTH_ABBREVIATIONS:
        return "months"
    if head in WEEKDAYS or head in WEEKDAY_ABBREVIATIONS:
        return "weekdays"
    return "agos" if head == "ago" else ""


_ANCHOR_GROUPS: tuple[tuple[str, tuple[str, ...], str], ...] = tuple(
    (head, tuple(w for w in ANCHORS if w.startswith(head)), _group_kind(head))
    for head in sorted(ANCHORS)
    if not any(head.startswith(w) for w in ANCHORS if w != head)
)
_GROUP_OF_HEAD = {head.encode("ascii"): (words, kind) for head, words, kind in _ANCHOR_GROUPS}
# The heads where a word starts, searched in one pass over a copy of the lower-cased text in which
# every character but a-z is a space (non-ASCII ones first become "?"): a pattern opening with a
# space jumps from space to space and tries the heads there as a trie, one letter class at a time
# (not a str.find pass over the whole text for each of the 35 heads).
_HEAD_AT_WORD_START = re.compile(
    b" (" + trie_pattern(sorted(h for h, _, _ in _ANCHOR_GROUPS)).encode("ascii") + b")"
)
_NON_LETTERS_AS_SPACE = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_LETTERS_AND_DIGITS = _LETTERS | frozenset("0123456789")
_NON_SPACE = re.compile(r"\S*")
# A chunk that is one word or one number, with at most one mark after it: its token is plain to see.
_PLAIN_CHUNK = re.compile(r"[A-Za-z]+(?=[,.;:!?)\]\"]?$)|[0-9][0-9,.]*(?=[;:!?)\]\"]?$)")


def _lowered(text: str) -> str:
    """``text.lower()`` offset for offset (a character whose lower case is longer becomes NUL)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c) == 1 else "\0" for c in map(str.lower, text))
    return low


def _anchor_word_ends(low: str, i: int, words: tuple[str, ...]) -> bool:
    """Does one of ``words`` stand at ``low[i:]`` with no letter or digit after it?"""
    for w in words:
        end = i + len(w)
        if low.startswith(w, i) and (end == len(low) or low[end] not in _LETTERS_AND_DIGITS):
            return True
    return False


def _hits(doc: Document) -> _Hits:
    """Every ASCII digit, and every anchor word not inside a longer word (in the lower-cased text).

    The chunks around them are a superset of those holding anchor tokens: they are tokenized
    to find the tokens themselves. A sentence edge that is not at white space may cut a word
    into an anchor token, so the chunks at such edges are always looked at.
    """
    text = doc.text
    low = _lowered(text)
    find = low.find
    hits = _Hits([], [], [], [])
    chunks = hits.chunks
    for digit in "0123456789":
        i = find(digit)
        while i >= 0:
            chunks.append(i)
            i = find(digit, i + 1)
    # a head at low[i] after a non-letter (or at 0) is a space then the head at marked[i]
    marked = (b" " + low.encode("ascii", "replace")).translate(_NON_LETTERS_AS_SPACE)
    for m in _HEAD_AT_WORD_START.finditer(marked):
        i = m.start()
        words, kind = _GROUP_OF_HEAD[m.group(1)]
        if _anchor_word_ends(low, i, words):
            chunks.append(i)
        # a rule's word may end where its window does, so what follows does not count here
        if kind == "agos" or (kind and text[i] in _CAPITALS):
            getattr(hits, kind).append(i)
    n = len(text)
    for s in doc.sentences:
        if s.start > 0 and not text[s.start - 1].isspace():
            chunks.append(s.start)
        if s.end < n and s.end > s.start and not text[s.end].isspace():
            chunks.append(s.end - 1)
    chunks.sort()
    hits.months.sort()
    hits.weekdays.sort()
    return hits


def _anchor_tokens(doc: Document, hits: list[int]) -> Iterator[tuple[int, int, int]]:
    """(start, end, rule mask) of every anchor token, in text order.

    Only the chunks (between white space, inside a sentence) that hold a hit are tokenized:
    tokens never span white space, so a chunk alone is cut as its whole sentence would be.
    """
    text = doc.text
    rev = text[::-1]
    last = len(text) - 1
    sentences = doc.sentences
    si = 0
    done = 0
    for p in hits:
        if p < done:
            continue
        while si < len(sentences) and sentences[si].end <= p:
            si += 1
        if si == len(sentences):
            return
        s = sentences[si]
        if p < s.start:
            continue
        start = p
        if p > s.start and not text[p - 1].isspace():
            back = _NON_SPACE.match(rev, last - p, last - s.start + 1)  # the chunk's part before p, reversed
            start = p + 1 - (back.end() - back.start())
        done = _NON_SPACE.match(text, p, s.end).end()
        plain = _PLAIN_CHUNK.match(text, start, done)
        if plain:
            end = plain.end()
            rules = _NUMBER_MASK if text[start] in _DIGITS else ANCHORS.get(text[start:end].lower())
            if rules is not None:
                yield start, end, rules
            continue
        for tok in tokenize(text, start, done):
            rules = ANCHORS.get(tok.low)
            if rules is None and "-" in tok.low:  # "mid-December", "pre-Christmas"
                rules = ANCHORS.get(tok.low.rsplit("-", 1)[1])
            if rules is None:
                if tok.text[0] not in _DIGITS and tok.text[-1] not in _DIGITS:
                    continue
                rules = _NUMBER_MASK
            yield tok.start, tok.end, rules


def _windows(doc: Document, hits: list[int]) -> list[tuple[int, int, int]]:
    """Merged stretches of text around anchor tokens, with the rules they call for.

    Every date expression contains an anchor (a month, a weekday, a number,
    "today", "year", ...): the rest of the text is never searched.
    """
    spans: list[tuple[int, int, int]] = []
    n = len(doc.text)
    for start, end, rules in _anchor_tokens(doc, hits):
        lo, hi = max(0, start - _LEFT_MARGIN), min(n, end + _RIGHT_MARGIN)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]), spans[-1][2] | rules)
        else:
            spans.append((lo, hi, rules))
    return spans


# A page's closing list of other stories' headlines ("Top 10 media buzzwords of 2020"): four lines or more
# of a few words each, with no closing stop, up to the text's last line (any length, cut off or a label, but
# no sentence closed by a stop). Their dates are no dates of the story.
_HEADLINE_LINE = re.compile(r"[ \t]*[A-Z0-9\"'][^\n]{8,110}(?<![.:!?\"')])[ \t]*$")
_HEADLINES_MIN = 4
_STOP_AT_END = re.compile(r"[.!?\"']\s*$")


def _lines_back(text: str) -> Iterator[tuple[int, str]]:
    """(start, line) of the text's lines that hold more than white space, last first."""
    end = len(text)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if not text[start:end].isspace() and start < end:
            yield start, text[start:end]
        end = start - 1


def _trailing_headlines(text: str) -> int:
    """Where a closing list of headlines begins, or ``len(text)`` when the text ends with none."""
    lines = _lines_back(text)
    last = next(lines, None)
    if last is None or _STOP_AT_END.search(last[1]):
        return len(text)  # the text ends with a sentence of its own
    count, start = 0, len(text)
    for line_start, line in lines:
        if not (_HEADLINE_LINE.match(line) and 3 <= len(line.split()) <= 16):
            if line.rstrip().endswith(":"):
                return len(text)  # "The timetable:" introduces the story's own list, not other stories
            break
        count, start = count + 1, line_start
    return start if count >= _HEADLINES_MIN else len(text)


# A date set off at the end of its line ("Intifada far off | March 14, 2013 |", "Town hall reopens -
# March 14, 2013"): the day a linked page was posted, furniture of a list of links.
_SET_OFF_BEFORE = re.compile(r"(?:\||\s[-\u2013\u2014]|\u00b7)\s*$")
_SET_OFF_AFTER = re.compile(r"[\s|]*$")
_TIMETABLE_SHARE = 0.75  # of the list's lines that carry a date of their own


def _story_timetable(text: str, start: int, cands: list[Candidate]) -> bool:
    """Whether the closing list from ``start`` is the story's own timetable, not other stories'
    headlines: three lines in four or more carry a date in their own words ("April 2 - Experts meet in
    Geneva", "Ministers review the draft in May"), where a headline list has a date in a few titles
    only, or each set off at the line's end as the linked page's day."""
    lines = [(start + s, start + s + len(line)) for s, line in _lines_back(text[start:])]
    lines.reverse()  # in text order: each date's line is found by bisection, not by a walk over all lines
    starts = [lo for lo, _ in lines]
    dated: set[int] = set()
    for c in cands:
        if c.start < start:
            continue
        k = bisect_right(starts, c.start) - 1
        if k < 0 or c.start >= lines[k][1]:
            continue  # (between two lines: on a blank one)
        lo, hi = lines[k]
        if not (_SET_OFF_BEFORE.search(text, lo, c.start) and _SET_OFF_AFTER.match(text, c.end, hi)):
            dated.add(k)
    return len(dated) >= _TIMETABLE_SHARE * len(lines)


def find(doc: Document) -> None:
    """Fill ``doc.timexes`` in text order."""
    ctx = Context(doc)
    cands: list[Candidate] = []
    text = doc.text
    hits = _hits(doc)
    for lo, hi, mask in _windows(doc, hits.chunks):
        for pattern, gate, rule in _searches(mask):
            if gate is not None and not gate(text, lo, hi, hits):
                continue  # a piece of text every match of the rule contains is missing from the window
            for m in pattern.finditer(text, lo, hi):
                c = rule(m, ctx)
                if isinstance(c, list):
                    cands.extend(c)
                elif c is not None and c.end > c.start:
                    cands.append(c)
    kept = longest_first(cands)
    links = _trailing_headlines(text)
    if links < len(text) and not _story_timetable(text, links, kept):
        kept = [c for c in kept if c.start < links]
    if "day" in text:
        kept = same_day(doc, kept)
    if " from " in text:
        kept = bare_day_ranges(text, kept)
    place_in_next_week(ctx, kept)
    if "next week" in text:
        kept = join_next_week(text, kept)
    date_quoted_today(ctx, kept)
    if "(@" in text:
        posted_day_words(text, kept)
    kept = merge_appositions(text, kept)
    year_told_before(ctx, kept)
    link_ranges(doc.text, kept, doc.published.isoformat())
    kept = join_day_ranges(doc.text, kept)
    if "In the " in text:
        kept = part_of_day_after(doc, kept)
    doc.timexes = [
        Timex(
            start=c.start,
            end=c.end,
            text=doc.text[c.start : c.end],
            value=c.value,
            end_value=c.end_value,
            sentence=doc.sentence_at(c.start),
        )
        for c in kept
    ]
