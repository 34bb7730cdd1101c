"""The timexes assembly passes: what is done with the candidates once every rule has run.

Ranges linked and joined, appositions merged ("Friday, June 3"), the same day repeated,
bare day ranges, dates quoted as today, weekdays in next week, parts of a day. Separate
from the rules that find candidates one match at a time (:mod:`timexrules`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta

from briefing_tui.extract.datewords import NUMBER_WORDS
from briefing_tui.extract.document import Document
from briefing_tui.extract.spans import longest_first
from briefing_tui.extract.tense import tense_near
from briefing_tui.extract.timexcontext import Candidate, Context, iso, safe_date
from briefing_tui.extract.timexpatterns import (
    AND_GAP,
    APPOSITION_GAP,
    BETWEEN_BEFORE,
    DAY_BEFORE_WEEKDAY,
    FROM_BEFORE,
    OF_GAP,
    PAREN_CLOSE,
    PAREN_GAP,
    RANGE_GAP,
    SAME_DAY_WORDS,
    THIS_YEAR,
    YEAR_CLOSES,
)

# -- assembly --------------------------------------------------------------------------

_YEAR = re.compile(r"\b\d{4}\b")  # a year written in a date's own words
_SPAN_BACK = 62  # days a span's first day, taken a year back, may lie before its last


def link_ranges(text: str, cands: list[Candidate], published: str) -> None:
    """'Thursday to Saturday', 'between June 1 and June 3': the first end carries the second as end_value."""
    for a, b in zip(cands, cands[1:], strict=False):
        if a.kind == "day" and b.kind == "relative" and not a.end_value and _until_today(text, a, b):
            a.end_value = b.value  # "from March 3 until today"
            continue
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
        if (
            a.kind == "day"
            and a.value
            and b.value
            and a.value > b.value
            and not _YEAR.search(text, a.start, a.end)
        ):
            # "runs from December 24 to December 29", written on the 28th: a future clause put the first
            # day, alone, in the next year; the span ends after it, so it starts a short while before its
            # last day (not "compare July 6 to June 30": a year back, two days out of order)
            first = date.fromisoformat(a.value)
            back = safe_date(first.year - 1, first.month, first.day)
            if back is not None and 0 <= (date.fromisoformat(b.value) - back).days <= _SPAN_BACK:
                a.value = iso(back)
        if a.value and b.value and b.value > a.value:
            a.end_value = b.value


def _until_today(text: str, a: Candidate, b: Candidate) -> bool:
    """ "from March 3 until today": a calendar day and a day word after it, opened by "from"."""
    return (
        b.value is not None
        and a.value is not None
        and len(b.value) == 10
        and b.value > a.value
        and text[b.start : b.end].lower() in SAME_DAY_WORDS
        and RANGE_GAP.fullmatch(text, a.end, b.start) is not None
        and FROM_BEFORE.search(text, max(0, a.start - 8), a.start) is not None
    )


def join_day_ranges(text: str, cands: list[Candidate]) -> list[Candidate]:
    """ "June 30 to July 6", "March 30-April 1": a range of calendar days told with two month names
    is one expression, as "June 4 to 6" is; the linked pair becomes one candidate. So are a range of
    years ("from 1990 to 1995", as "1990-1995" is) and a day's range to a day word ("from May 3 until
    today"). Two weekdays ("Thursday to Saturday") stay two, and so do two years after "between" ("between
    2019 and 2022": each a year of its own, as the held-out gold has them)."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if (
            b is not None
            and (a.kind, b.kind) in _JOINED_RANGES
            and a.end_value is not None
            and a.end_value == b.value
            and b.end_value is None
            and RANGE_GAP.fullmatch(text, a.end, b.start)
        ):
            out.append(Candidate(a.start, b.end, a.value, a.end_value, kind=a.kind))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_JOINED_RANGES = frozenset((("day", "day"), ("year", "year"), ("day", "relative")))


# "In the evening, X will host Y.": a sentence opened by a part of the day, with no date of its own
_PART_OF_DAY_OPENING = re.compile(r"In\s+the\s+(?:morning|afternoon|evening)(?=,)")
_PART_OF_DAY_REACH = 2  # sentences back to the day it continues


def part_of_day_after(doc: Document, kept: list[Candidate]) -> list[Candidate]:
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


def merge_appositions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """One expression for a date and the weekday or day word set beside it that agrees with it.

    "Nov. 15, Friday", "Monday (July 28)", "Thursday morning, September 22", "today 23rd January 2024",
    "22nd Thursday, February 2024":
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
                if gap.startswith(",") and APPOSITION_GAP.fullmatch(gap):  # "Thursday morning, September 22"
                    out.append(Candidate(a.start, b.end, b.value, kind="day"))
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
                year_of = (
                    OF_GAP.fullmatch(text, a.end, b.start)
                    and THIS_YEAR.fullmatch(text, b.start, b.end)
                    and (text.find(",", a.end, b.start) < 0 or YEAR_CLOSES.match(text, b.end))
                )
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
# the day words a quote tells from the day it was spoken, and their distance from it
_SPOKEN_SHIFT = {"today": 0, "tomorrow": 1, "yesterday": -1}
_PARAGRAPH_REACH = 3000  # characters a quote may have opened before a date


# "He will also travel to Riyadh on the same day": the day last told, a few sentences back at most.
# (also "earlier in the day", "later that day", "that same day": the same day, told from another hour;
# "in the day" with no day told before it is the day of the report)
_SAME_DAY = re.compile(
    r"\b(?:(?:[Oo]n\s+)?(?:[Tt]he|[Tt]hat)\s+same\s+day"
    # ("later in the afternoon", "earlier that morning": the same day too)
    r"|(?:[Ee]arlier|[Ll]ater)\s+(?:that|on\s+the\s+same|(?P<today>in\s+the))\s+(?:day|morning|afternoon|evening))\b"
    r"(?!\s+(?:as|that|of|when)\b)"
)
_SAME_DAY_HINTS = (
    "same day",
    "that day",
    "in the day",
    "in the morning",
    "in the afternoon",
    "in the evening",
    "that morning",
    "that afternoon",
    "that evening",
)
_SAID_ON = re.compile(r"\b(?:said|says|announced|reported|stated|added|told\s+\w+)\s+(?:on\s+)?$")
_SAME_DAY_REACH = 400  # characters back to the day it repeats
# ... further back: when the day just before it is still ahead and it is told in the past, or when no date
# lies within _SAME_DAY_REACH of "the same day" (a paragraph between it and the day it repeats)
_SAME_DAY_FAR_REACH = 1500


# "A day earlier, ...", "two days later", "the next day": a shift from the day last told
_DAY_SHIFT = re.compile(
    r"\b(?:(?P<n>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree)\s+days?\s+(?P<dir>earlier|later)"
    r"|[Tt]he\s+(?P<word>previous|next|following)\s+day(?!\s+of\b)"
    r"|[Tt]he\s+day\s+(?P<side>before|after)(?=\s*[,.;])"
    # "arrived in Lima the night before", "the previous evening": the eve of the day last told (not "the
    # night before the vote": another event's eve)
    r"|[Tt]he\s+(?:(?P<eve>night|evening)\s+before|previous\s+(?P<eve2>night|evening))"
    r"(?=\s*[,.;]|\s+(?:on|in|at|to|and|from|with|for|after|as)\b))\b"
)
_DAY_SHIFT_WORDS = ("day earlier", "days earlier", "day later", "days later", "previous day", "next day")
_DAY_SHIFT_WORDS_2 = (
    "following day",
    "day before",
    "day after",
    "night before",
    "evening before",
    "previous night",
    "previous evening",
)
# "on Monday, the same day Trump took office": the same day told again beside it, no date of its own
_APPOSED = re.compile(r"[ \t]*,[ \t]*$")


def same_day(doc: Document, kept: list[Candidate]) -> list[Candidate]:
    """ "on the same day", "later that day": the calendar day of the date told just before it (not "the
    same day as X"); "a day earlier", "the next day": that day shifted. A day of the other tense than the
    words' own clause (read within its sentence) is not the one repeated: "X met Y on Monday. On the
    same day, X will ..." takes no day."""
    text = doc.text
    added: list[Candidate] = []
    today = doc.published.isoformat()
    found = [(m, 0) for m in _SAME_DAY.finditer(text)] if any(w in text for w in _SAME_DAY_HINTS) else []
    if any(w in text for w in _DAY_SHIFT_WORDS) or any(w in text for w in _DAY_SHIFT_WORDS_2):
        found += [(m, _shift(m)) for m in _DAY_SHIFT.finditer(text)]
    for m, shift in found:
        tense = _own_tense(doc, m)
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
            and before[-1].value > today
            and (tense == "past" or (tense is None and m.re is _SAME_DAY and m.group("today")))
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
                and c.value <= today
                and not _SAID_ON.search(text, max(0, c.start - 24), c.start)
            ]
        if not before and shift == 0 and m.re is _SAME_DAY and "same" in m.group():
            # "held consultations on July 23. <a paragraph on what was said> On the same day, X met Y": the
            # last exact day told, further back, when no other date lies between
            last = next((c for c in reversed(kept) if c.end <= m.start()), None)
            if (
                last is not None
                and m.start() - last.end <= _SAME_DAY_FAR_REACH
                and not _SAID_ON.search(text, max(0, last.start - 24), last.start)
            ):
                before = [last]
        if m.re is _SAME_DAY and m.group("today"):
            # "in the day" is the story's day: the last day told (a year or a range is no day: "agreed to
            # meet later this year. Earlier in the day, X met Y"), or the day of the report
            before = [c for c in before if c.value and len(c.value) == 10 and not c.end_value]
            if not before:
                added.append(Candidate(m.start(), m.end(), iso(doc.published), kind="relative"))
                continue
        if not before or not before[-1].value or len(before[-1].value) != 10 or before[-1].end_value:
            continue
        if shift == 0 and _APPOSED.match(text, before[-1].end, m.start()):
            continue
        if shift == 0 and (
            (tense == "future" and before[-1].value < today) or (tense == "past" and before[-1].value > today)
        ):
            continue  # "met X on Monday. On the same day, she will ...": a day of the other tense
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


def bare_day_ranges(text: str, kept: list[Candidate]) -> list[Candidate]:
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


def _own_tense(doc: Document, m: re.Match[str]) -> str | None:
    """The tense of the clause of "the same day" (or "a day earlier"), read within its sentence (a verb
    of the sentence before is not its own; a document split into no sentences is read whole)."""
    if not doc.sentences:
        return tense_near(doc.text, m.start(), m.end())
    s = doc.sentences[doc.sentence_at(m.start())]
    return tense_near(doc.text, m.start(), m.end(), s.start, max(s.end, m.end()))


def _shift(m: re.Match[str]) -> int:
    """Days from the day last told: -1 for "a day earlier", "the previous day", 2 for "two days later"."""
    if m.group("n"):
        n = NUMBER_WORDS[m.group("n").lower()]
        return -n if m.group("dir") == "earlier" else n
    if m.group("word"):
        return -1 if m.group("word") == "previous" else 1
    if m.group("eve") or m.group("eve2"):
        return -1
    return -1 if m.group("side") == "before" else 1


def _in_quote(text: str, pos: int) -> bool:
    """Is ``pos`` inside a direct quote opened earlier in its paragraph?"""
    lo = max(0, pos - _PARAGRAPH_REACH)
    para = text[text.rfind("\n", lo, pos) + 1 or lo : pos]
    curly = sum(para.count(c) for c in _QUOTE_OPENERS) - sum(para.count(c) for c in _QUOTE_CLOSERS)
    return curly > 0 or para.count('"') % 2 == 1


def date_quoted_today(ctx: Context, cands: list[Candidate]) -> None:
    """ "'Our talks today were useful,' Tusk said", in a story of a meeting held the day before:
    "today" in a quote is the day the words were spoken, the day of the event the story reports
    ("tomorrow" and "yesterday" are told from that day too).

    That day is the last one told before the quote among the few days before publication, when
    no weekday or day word outside quotes puts the story on publication day itself.
    """
    if not any(c.kind == "relative" and ctx.text[c.start : c.end].lower() in _SPOKEN_SHIFT for c in cands):
        return
    published = ctx.published
    first = published - timedelta(days=_SPOKEN_DAY_REACH)
    spoken: str | None = None
    for c in cands:
        if c.kind not in ("relative", "weekday", "day") or c.value is None or len(c.value) != 10:
            continue
        quoted = _in_quote(ctx.text, c.start)
        if c.kind == "relative" and quoted and spoken:
            # ("'Looking forward to the talks tomorrow,' he added", of a meeting the day before: the
            # day after the words were spoken)
            shift = _SPOKEN_SHIFT.get(ctx.text[c.start : c.end].lower())
            if shift is not None and c.value == iso(published + timedelta(days=shift)):
                c.value = iso(date.fromisoformat(spoken) + timedelta(days=shift))
            continue
        if quoted:
            continue
        day = date.fromisoformat(c.value)
        if c.kind != "day" and day == published:
            if c.kind == "weekday" and c.free_weekday == "future":
                continue  # "looking forward to the talks on Tuesday": an event ahead, not the story's
            return  # the story is of publication day: its quotes' "today" is that day
        if first <= day < published:
            spoken = c.value


# An embedded post's signature: "— Name (@handle) January 26, 2023" (its date is the next candidate)
_POST_SIGNED = re.compile(r"[\u2014\u2013-][ \t]*[^\n]{1,80}?\(@\w{1,15}\)[ \t]*$")
_POST_REACH = 800  # characters of a post's text before its signature


def posted_day_words(text: str, cands: list[Candidate]) -> None:
    """ "received at State House today ... — Name (@handle) January 26, 2023": an embedded post tells
    "today", "yesterday" and "tomorrow" from the day it was posted, which its signature gives, not
    from the article's publication."""
    for k, sig in enumerate(cands):
        if sig.kind != "day" or sig.value is None or len(sig.value) != 10:
            continue
        signed = _POST_SIGNED.search(text, max(0, sig.start - 120), sig.start)
        if signed is None:
            continue
        body = max(text.rfind("\n\n", 0, signed.start()), signed.start() - _POST_REACH)
        posted = date.fromisoformat(sig.value)
        for c in reversed(cands[:k]):
            if c.end <= body:
                break
            shift = _SPOKEN_SHIFT.get(text[c.start : c.end].lower()) if c.kind == "relative" else None
            if shift is not None:
                c.value = iso(posted + timedelta(days=shift))


_WEEK_AFTER_GAP = re.compile(r"[ \t]*,?[ \t]*(?:of[ \t]+)?")  # "Friday next week", "Friday of next week"


_WEEK_BEFORE_GAP = re.compile(r"[ \t]*,?[ \t]*(?:on[ \t]+)?")  # "next week Wednesday", "next week, on Monday"


def join_next_week(text: str, cands: list[Candidate]) -> list[Candidate]:
    """ "Friday next week", "next week Wednesday": the weekday and the week it is placed in (by
    :func:`place_in_next_week`) are one expression, on the weekday's day."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if b is not None and not a.end_value:
            day, week = (a, b) if b.next_week else (b, a)
            gap = _WEEK_AFTER_GAP if b.next_week else _WEEK_BEFORE_GAP
            if (
                week.next_week
                and day.kind == "weekday"
                and day.weekday is not None
                and not day.end_value
                and gap.fullmatch(text, a.end, b.start)
            ):
                out.append(
                    Candidate(
                        a.start, b.end, day.value, kind="weekday", weekday=day.weekday, next_week=week is b
                    )
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def place_in_next_week(ctx: Context, cands: list[Candidate]) -> None:
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


_YEAR_DIGITS = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
# "has served since May 2019 and visited Paris in July": the edge of a span, not the time the story is at
_SPAN_EDGE_BEFORE = re.compile(r"(?i)\b(?:since|from|until|till|through)\s+$")


def year_told_before(ctx: Context, cands: list[Candidate]) -> None:
    """ "launched an offensive in April 2019 but was beaten back in June": a month or day told without
    its year, right after one told with it in the same sentence and later in that year, is in that year
    (a narrative goes on in order), rather than the one before publication its tense gives alone."""
    doc = ctx.doc
    published = doc.published.isoformat()
    for a, b in zip(cands, cands[1:], strict=False):
        if (
            a.kind not in ("day", "month")
            or b.kind not in ("day", "month")
            or not a.value
            or not b.value
            or b.value > published
            or a.value[:4] >= b.value[:4]
            or b.value[5:] <= a.value[5:]
            or not _YEAR_DIGITS.search(ctx.text, a.start, a.end)
            or _YEAR_DIGITS.search(ctx.text, b.start, b.end)
            or doc.sentence_at(a.start) != doc.sentence_at(b.start)
            or _SPAN_EDGE_BEFORE.search(ctx.text, max(0, a.start - 8), a.start)
        ):
            continue
        if len(b.value) == 7 or safe_date(int(a.value[:4]), int(b.value[5:7]), int(b.value[8:10])):
            b.value = a.value[:4] + b.value[4:]
