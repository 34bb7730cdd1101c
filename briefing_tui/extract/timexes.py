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
from bisect import bisect_left
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from briefing_tui.extract.datewords import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)
from briefing_tui.extract.document import Document, Timex
from briefing_tui.extract.spans import longest_first
from briefing_tui.extract.tense import tense_near
from briefing_tui.extract.timexcontext import Candidate, Context, iso, safe_date
from briefing_tui.extract.timexpatterns import (
    AGO,
    AND_GAP,
    APPOSITION_GAP,
    BETWEEN_BEFORE,
    DAY_BEFORE_WEEKDAY,
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
    OF_GAP,
    ORDINAL_DAY,
    PAREN_CLOSE,
    PAREN_GAP,
    RANGE_GAP,
    SAME_DAY_WORDS,
    THIS_YEAR,
    WEEKDAY,
    WEEKDAY_FULL,
    YEAR_ALONE,
    cased,
)
from briefing_tui.extract.timexrules import ALL_RULES, ANCHORS, NUMBER_RULES, RuleFunction, rule_mask
from briefing_tui.extract.tokens import tokenize

# -- assembly --------------------------------------------------------------------------


def _link_ranges(text: str, cands: list[Candidate], published: str) -> None:
    """'Thursday to Saturday', 'between June 1 and June 3': the first end carries the second as end_value."""
    for a, b in zip(cands, cands[1:], strict=False):
        if a.kind != b.kind or a.kind not in ("weekday", "day", "month", "year") or a.end_value:
            continue
        gap = text[a.end : b.start]
        if (
            a.kind == "weekday"
            and a.value
            and b.value
            and b.value < a.value
            and a.value > published
            and a.weekday is not None
            and b.weekday is not None
            and AND_GAP.fullmatch(gap)
        ):
            # "will meet on Monday and Tuesday": days still to come are listed in order, the second after
            # the first (past ones may each be the last of its name: "met on Monday and Wednesday")
            b.value = iso(date.fromisoformat(a.value) + timedelta(days=(b.weekday - a.weekday) % 7))
        if not (
            RANGE_GAP.fullmatch(gap)
            or (AND_GAP.fullmatch(gap) and BETWEEN_BEFORE.search(text, max(0, a.start - 12), a.start))
        ):
            continue
        if a.kind == "weekday" and a.value and a.weekday is not None and b.weekday is not None:
            b.value = iso(date.fromisoformat(a.value) + timedelta(days=(b.weekday - a.weekday) % 7))
        if a.value and b.value and b.value > a.value:
            a.end_value = b.value


def _join_day_ranges(text: str, cands: list[Candidate]) -> list[Candidate]:
    """ "June 30 to July 6", "March 30-April 1": a range of calendar days told with two month names
    is one expression, as "June 4 to 6" is; the linked pair becomes one candidate."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if (
            b is not None
            and a.kind == "day"
            and b.kind == "day"
            and a.end_value is not None
            and a.end_value == b.value
            and b.end_value is None
            and RANGE_GAP.fullmatch(text, a.end, b.start)
        ):
            out.append(Candidate(a.start, b.end, a.value, a.end_value, kind="day"))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


# "In the evening, X will host Y.": a sentence opened by a part of the day, with no date of its own
_PART_OF_DAY_OPENING = re.compile(r"In\s+the\s+(?:morning|afternoon|evening)(?=,)")
_PART_OF_DAY_REACH = 2  # sentences back to the day it continues


def _part_of_day_after(doc: Document, kept: list[Candidate]) -> list[Candidate]:
    """ "- Thursday: talks with X. In the evening, he will host Y.": a sentence opened by a part of the
    day, with no date of its own, goes on with the day of the sentence just before (one of the last
    two that gives a full date); it is that day's evening."""
    text = doc.text
    starts = [c.start for c in kept]
    added: list[Candidate] = []
    for k, s in enumerate(doc.sentences):
        m = _PART_OF_DAY_OPENING.match(text, s.start)
        if m is None:
            continue
        i = bisect_left(starts, s.start)
        if i < len(kept) and kept[i].start < s.end:
            continue  # a date of its own: "In the evening on Monday"
        lo = doc.sentences[max(0, k - _PART_OF_DAY_REACH)].start
        before = [c for c in kept[:i] if c.start >= lo]
        if before and before[-1].value and len(before[-1].value) == 10 and before[-1].end_value is None:
            added.append(Candidate(m.start(), m.end(), before[-1].value, kind="relative"))
    if not added:
        return kept
    return sorted(kept + added, key=lambda c: c.start)


def _weekday_of(value: str | None) -> int | None:
    """The weekday of a full ISO date value, else None."""
    if value is None or len(value) != 10:
        return None
    return date.fromisoformat(value).weekday()


def _merge_appositions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """One expression for a date and the weekday or day word set beside it that agrees with it.

    "Nov. 15, Friday", "Monday (July 28)", "today 23rd January 2024", "22nd Thursday, February 2024":
    a reader sees one date, told twice. A weekday that does not fall on the date stays apart.
    "July 19 of this year": a day or month and the year it is in, one date.
    """
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if b is not None and not a.end_value and not b.end_value:
            gap = text[a.end : b.start]
            if a.kind == "day" and b.kind == "weekday" and _weekday_of(a.value) == b.weekday:
                if APPOSITION_GAP.fullmatch(gap):  # "Nov. 15, Friday"
                    out.append(Candidate(a.start, b.end, a.value, kind="day"))
                    i += 2
                    continue
                close = PAREN_CLOSE.match(text, b.end) if PAREN_GAP.fullmatch(gap) else None
                if close:  # "July 28 (Monday)"
                    out.append(Candidate(a.start, close.end(), a.value, kind="day"))
                    i += 2
                    continue
            if a.kind == "weekday" and b.kind == "day" and _weekday_of(b.value) == a.weekday:
                close = PAREN_CLOSE.match(text, b.end) if PAREN_GAP.fullmatch(gap) else None
                if close:  # "Monday (July 28)"
                    out.append(Candidate(a.start, close.end(), b.value, kind="day"))
                    i += 2
                    continue
            named = _day_word_weekday(text, a, b, gap)
            if named is not None:
                out.append(Candidate(a.start, named[0], named[1], kind="day"))
                i += 2
                continue
            if (
                a.kind == "relative"
                and b.kind == "day"
                and a.value == b.value
                and text[a.start : a.end].lower() in SAME_DAY_WORDS
                and APPOSITION_GAP.fullmatch(gap)
            ):  # "today 23rd January 2024"
                out.append(Candidate(a.start, b.end, b.value, kind="day"))
                i += 2
                continue
            if (
                a.kind in ("day", "month")
                and a.value
                and b.kind == "relative"
                and b.value
                and len(b.value) == 4
            ):
                year_of = OF_GAP.fullmatch(text, a.end, b.start) and THIS_YEAR.fullmatch(text, b.start, b.end)
                value = b.value + a.value[4:]
                if year_of and (len(value) != 10 or safe_date(*map(int, value.split("-")))):
                    out.append(Candidate(a.start, b.end, value, kind=a.kind))  # "July 19 of this year"
                    i += 2
                    continue
            if a.kind == "weekday" and b.kind == "month" and b.value and len(b.value) == 7:
                lead = DAY_BEFORE_WEEKDAY.search(text, max(0, a.start - 8), a.start)
                if lead and APPOSITION_GAP.fullmatch(gap) and text[b.end - 4 : b.end].isdigit():
                    d = safe_date(int(b.value[:4]), int(b.value[5:]), int(lead.group("day")))
                    if d is not None and d.weekday() == a.weekday:  # "22nd Thursday, February 2024"
                        out.append(Candidate(lead.start(), b.end, iso(d), kind="day"))
                        i += 2
                        continue
        out.append(a)
        i += 1
    return out


def _day_word_weekday(text: str, a: Candidate, b: Candidate, gap: str) -> tuple[int, str] | None:
    """ "discussed today, Thursday," on a page dated Friday: a translated wire story written the day
    before it was posted. A day word and the weekday (or full date) set beside it that falls a day
    off: one expression, on the named day (its end and value); None when they agree or are no pair."""
    if a.kind != "relative" or b.kind not in ("weekday", "day") or a.value is None or len(a.value) != 10:
        return None
    if b.kind == "weekday" and b.weekday is None or b.kind == "day" and (not b.value or len(b.value) != 10):
        return None
    if text[a.start : a.end].lower() not in SAME_DAY_WORDS:
        return None
    if APPOSITION_GAP.fullmatch(gap):
        end = b.end
    else:
        close = PAREN_CLOSE.match(text, b.end) if PAREN_GAP.fullmatch(gap) else None
        if close is None:
            return None
        end = close.end()  # "today (Thursday)"
    day = date.fromisoformat(a.value)
    for shift in (-1, 1):
        other = iso(day + timedelta(days=shift))
        if other == b.value if b.kind == "day" else (day + timedelta(days=shift)).weekday() == b.weekday:
            return end, other  # ("today, Thursday 4 May": the day told in full, a day off too)
    return None


_QUOTE_OPENERS = "\u201c"
_QUOTE_CLOSERS = "\u201d"
_SPOKEN_DAY_REACH = 3  # days before publication a reported event's day may lie
_PARAGRAPH_REACH = 3000  # characters a quote may have opened before a date


# "He will also travel to Riyadh on the same day": the day last told, a few sentences back at most.
# (also "earlier in the day", "later that day", "that same day": the same day, told from another hour;
# "in the day" with no day told before it is the day of the report)
_SAME_DAY = re.compile(
    r"\b(?:(?:[Oo]n\s+)?(?:[Tt]he|[Tt]hat)\s+same\s+day"
    r"|(?:[Ee]arlier|[Ll]ater)\s+(?:that|on\s+the\s+same|(?P<today>in\s+the))\s+day)\b"
    r"(?!\s+(?:as|that|of|when)\b)"
)
_SAME_DAY_HINTS = ("same day", "that day", "in the day")
_SAID_ON = re.compile(r"\b(?:said|says|announced|reported|stated|added|told\s+\w+)\s+(?:on\s+)?$")
_SAME_DAY_REACH = 400  # characters back to the day it repeats
_SAME_DAY_FAR_REACH = 1500  # ... when the day just before it is still ahead and it is told in the past


# "A day earlier, ...", "two days later", "the next day": a shift from the day last told
_DAY_SHIFT = re.compile(
    r"\b(?:(?P<n>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree)\s+days?\s+(?P<dir>earlier|later)"
    r"|[Tt]he\s+(?P<word>previous|next|following)\s+day(?!\s+of\b)"
    r"|[Tt]he\s+day\s+(?P<side>before|after)(?=\s*[,.;]))\b"
)
_DAY_SHIFT_WORDS = ("day earlier", "days earlier", "day later", "days later", "previous day", "next day")
_DAY_SHIFT_WORDS_2 = ("following day", "day before", "day after")
# "on Monday, the same day Trump took office": the same day told again beside it, no date of its own
_APPOSED = re.compile(r"[ \t]*,[ \t]*$")


def _same_day(text: str, kept: list[Candidate], published: date) -> list[Candidate]:
    """ "on the same day", "later that day": the calendar day of the date told just before it (not "the
    same day as X"); "a day earlier", "the next day": that day shifted."""
    added: list[Candidate] = []
    found = [(m, 0) for m in _SAME_DAY.finditer(text)] if any(w in text for w in _SAME_DAY_HINTS) else []
    if any(w in text for w in _DAY_SHIFT_WORDS) or any(w in text for w in _DAY_SHIFT_WORDS_2):
        found += [(m, _shift(m)) for m in _DAY_SHIFT.finditer(text)]
    for m, shift in found:
        before = [
            c
            for c in kept
            if c.end <= m.start()
            and m.start() - c.end <= _SAME_DAY_REACH
            and not _SAID_ON.search(text, max(0, c.start - 24), c.start)  # "officials said on Tuesday"
        ]
        if (
            before
            and before[-1].value
            and before[-1].value > published.isoformat()
            and tense_near(text, m.start(), m.end()) == "past"
        ):
            # "X will fly to Washington on Thursday. X held talks with Y the previous day": a day told
            # in the past is not counted from a day still ahead, but from the last one not after
            # publication (further back: the story's own event)
            before = [
                c
                for c in kept
                if c.end <= m.start()
                and m.start() - c.end <= _SAME_DAY_FAR_REACH
                and c.value
                and c.value <= published.isoformat()
                and not _SAID_ON.search(text, max(0, c.start - 24), c.start)
            ]
        if m.re is _SAME_DAY and m.group("today"):
            # "in the day" is the story's day: the last day told (a year or a range is no day: "agreed to
            # meet later this year. Earlier in the day, X met Y"), or the day of the report
            before = [c for c in before if c.value and len(c.value) == 10 and not c.end_value]
            if not before:
                added.append(Candidate(m.start(), m.end(), iso(published), kind="relative"))
                continue
        if not before or not before[-1].value or len(before[-1].value) != 10 or before[-1].end_value:
            continue
        if shift == 0 and _APPOSED.match(text, before[-1].end, m.start()):
            continue
        value = iso(date.fromisoformat(before[-1].value) + timedelta(days=shift))
        added.append(Candidate(m.start(), m.end(), value, kind="relative"))
    return longest_first(kept + added) if added else kept


# "He will then travel to the UAE from 21 to 22.": a range of days with no month, after a place's name,
# closing its clause. The month is that of the date told just before it, when these days follow it.
_BARE_DAY_RANGE = re.compile(
    r"(?<=[A-Za-z.)]) from[ \t]+(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)?[ \t]*(?:to|-|\u2013)[ \t]*"
    r"(?P<day2>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)?(?=[ \t]*[.;,](?!\d)|[ \t]*$)"
)
_PLACE_BEFORE = re.compile(r"\b[A-Z][\w.'\u2019-]*$")  # the word before "from": a name
_BARE_RANGE_REACH = 600  # characters back to the date whose month it shares


def _bare_day_ranges(text: str, kept: list[Candidate]) -> list[Candidate]:
    """ "visits Riyadh from October 17 to 20 ... He will travel to UAE from 21 to 22.": the month of a
    day range told without one is that of the full date just before it, when its days come after."""
    added: list[Candidate] = []
    i = text.find(" from ")
    while i >= 0:
        m = _BARE_DAY_RANGE.match(text, i) if text[i + 6 : i + 7].isdigit() else None
        i = text.find(" from ", i + 6)
        if m is None:
            continue
        day, day2 = int(m.group("day")), int(m.group("day2"))
        if day2 <= day or not _PLACE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        before = [c for c in kept if c.end <= m.start() and m.start() - c.end <= _BARE_RANGE_REACH]
        last = before[-1] if before else None
        if last is None or last.kind != "day" or not last.value or len(last.value) != 10:
            continue
        told = date.fromisoformat(last.end_value or last.value)
        first, second = safe_date(told.year, told.month, day), safe_date(told.year, told.month, day2)
        if first is None or second is None or first <= told:
            continue
        added.append(Candidate(m.start("day"), m.end(), iso(first), iso(second), kind="day"))
    return longest_first(kept + added) if added else kept


def _shift(m: re.Match[str]) -> int:
    """Days from the day last told: -1 for "a day earlier", "the previous day", 2 for "two days later"."""
    if m.group("n"):
        n = NUMBER_WORDS[m.group("n").lower()]
        return -n if m.group("dir") == "earlier" else n
    if m.group("word"):
        return -1 if m.group("word") == "previous" else 1
    return -1 if m.group("side") == "before" else 1


def _in_quote(text: str, pos: int) -> bool:
    """Is ``pos`` inside a direct quote opened earlier in its paragraph?"""
    lo = max(0, pos - _PARAGRAPH_REACH)
    para = text[text.rfind("\n", lo, pos) + 1 or lo : pos]
    curly = sum(para.count(c) for c in _QUOTE_OPENERS) - sum(para.count(c) for c in _QUOTE_CLOSERS)
    return curly > 0 or para.count('"') % 2 == 1


def _date_quoted_today(ctx: Context, cands: list[Candidate]) -> None:
    """ "'Our talks today were useful,' Tusk said", in a story of a meeting held the day before:
    "today" in a quote is the day the words were spoken, the day of the event the story reports.

    That day is the last one told before the quote among the few days before publication, when
    no weekday or day word outside quotes puts the story on publication day itself.
    """
    if not any(c.kind == "relative" and ctx.text[c.start : c.end].lower() == "today" for c in cands):
        return
    published = ctx.published
    first = published - timedelta(days=_SPOKEN_DAY_REACH)
    spoken: str | None = None
    for c in cands:
        if c.kind not in ("relative", "weekday", "day") or c.value is None or len(c.value) != 10:
            continue
        quoted = _in_quote(ctx.text, c.start)
        if c.kind == "relative" and quoted and spoken and c.value == published.isoformat():
            if ctx.text[c.start : c.end].lower() == "today":
                c.value = spoken
            continue
        if quoted:
            continue
        day = date.fromisoformat(c.value)
        if c.kind != "day" and day == published:
            return  # the story is of publication day: its quotes' "today" is that day
        if first <= day < published:
            spoken = c.value


_WEEK_AFTER_GAP = re.compile(r"[ \t]*,?[ \t]*(?:of[ \t]+)?")  # "Friday next week", "Friday of next week"


def _place_in_next_week(ctx: Context, cands: list[Candidate]) -> None:
    """'Wang will visit next week. His talks on Wednesday ...': a weekday that no modifier or past
    verb places, told in the sentence of "next week" (after it) or in the one after, is that week's."""
    doc = ctx.doc
    week_sentence = -2
    monday = doc.published + timedelta(days=7 - doc.published.weekday())
    for a, b in zip(cands, cands[1:], strict=False):
        if (
            b.next_week
            and a.free_weekday is not None
            and a.weekday is not None
            and _WEEK_AFTER_GAP.fullmatch(ctx.text, a.end, b.start)
        ):
            a.value = iso(monday + timedelta(days=a.weekday))  # "on Friday next week"
    for c in cands:
        if c.next_week:
            week_sentence = doc.sentence_at(c.start)
        elif (
            c.free_weekday not in (None, "past")
            and c.weekday is not None
            and week_sentence >= 0
            and doc.sentence_at(c.start) - week_sentence <= 1
            and (c.free_weekday != "perfect" or ctx.tense(c.start, c.end, left_only=True) is None)
        ):
            c.value = iso(monday + timedelta(days=c.weekday))


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
_MDY_HINT = re.compile(rf"{_MONTH_WORD}(?:\.?\s+|\.)[0-9]")
_DMY_HINT = re.compile(rf"\d(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH_WORD}")
_MONTH_YEAR_HINT = re.compile(rf"{_MONTH_WORD}\.?(?:\s+of)?,?\s+(?:1[6-9]|20)\d\d")
_MONTH_ALONE_HINT = re.compile(rf"{MONTH_FULL}\b(?!\s*\d)")
_MONTH_PREMOD_HINT = re.compile(
    rf"{MONTH_FULL}(?:['\u2019]s\s+(?:[a-z][\w-]*\s+){{0,2}}?)?\s*(?:{EVENT_NOUNS}|{NAMED_EVENT})\b"
)
_WEEKDAY_HINT = re.compile(rf"{WEEKDAY_FULL}\b")
_ORDINAL_DAY_HINT = re.compile(r"n\s+the\s+\d")
_ISO_HINT = re.compile(r"[-/][01]\d[-/][0-3]\d(?<=[12]\d\d\d[-/][01]\d[-/][0-3]\d)")
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
# the list of _Hits the group's capitalised words go to: an anchor token is found from its group's
# first word with str.find, a C loop over the text that costs a small fraction of any regex scan
# (the regex engine restarts at every candidate position).
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
    for head, words, kind in _ANCHOR_GROUPS:
        i = find(head)
        while i >= 0:
            if i == 0 or low[i - 1] not in _LETTERS:
                if _anchor_word_ends(low, i, words):
                    chunks.append(i)
                # a rule's word may end where its window does, so what follows does not count here
                if kind == "agos" or (kind and text[i] in _CAPITALS):
                    getattr(hits, kind).append(i)
            i = find(head, i + 1)
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
    if "day" in text:
        kept = _same_day(text, kept, doc.published)
    if " from " in text:
        kept = _bare_day_ranges(text, kept)
    _place_in_next_week(ctx, kept)
    _date_quoted_today(ctx, kept)
    kept = _merge_appositions(text, kept)
    _link_ranges(doc.text, kept, doc.published.isoformat())
    kept = _join_day_ranges(doc.text, kept)
    if "In the " in text:
        kept = _part_of_day_after(doc, kept)
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
