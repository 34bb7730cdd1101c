"""What the timexes rules work with: the candidate record, the document context, calendar arithmetic.

``Candidate`` is a date expression found but not yet kept; ``Context`` gives a rule the
publication date and the tense of a date's clause; the ``resolve_*`` functions place a day,
weekday or month given without a year against publication. Separate from the rules that
build candidates and the passes that merge them, which both rely on it."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta

from briefing_tui.extract.document import Document
from briefing_tui.extract.tense import Tense, clause_start, first_cue, tense_near
from briefing_tui.extract.timexpatterns import (
    AHEAD_OF,
    CLAUSE_EDGE,
    FAR_LEFT,
    FAR_LEFT_STEPS,
    FAR_LEFT_WORDS,
    LIST_ITEM,
    LIST_REACH,
    LOOKS_AHEAD,
    LOOKS_AHEAD_REACH,
    NUMERIC_DAY_FIRST,
    NUMERIC_MONTH_FIRST,
    PARTICIPLE_AFTER,
    TRAILING_ATTRIBUTION,
    WORD_START,
)

# -- candidates ------------------------------------------------------------------------


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    value: str | None
    end_value: str | None = None
    kind: str = "date"  # "weekday", "day", "month", "year", "relative"
    weekday: int | None = None
    next_week: bool = False  # the words "next week": weekdays told just after fall in that week
    # A weekday with no modifier: "future" or "none" as its clause's tense gave, "perfect" when a past
    # cue may only be a present perfect after it (to be read again), "past" when a past verb places it.
    free_weekday: str | None = None


# ", who was elected in March, on": a relative clause closed by a comma right before a date (the
# date's own clause goes on after it)
_ASIDE_BEFORE_DATE = re.compile(
    r",\s+(?:[^,;:\"\n]{0,60}?\s)?(?:who|which|whose|where)\b[^,;:\"\n]{0,120},\s*(?:on\s+|this\s+|next\s+)?$"
)
_ASIDE_REACH = 200  # characters back to the aside's opening comma
# "on Thursday to discuss trade": an infinitive of purpose right after the date
_PURPOSE_AFTER = re.compile(r"\s+to\s+[a-z]")
_LISTED_NAME = re.compile(r",\s+(?-i:[A-Z])")  # ", Interior Minister X and ...": the next name of a list
# "in Accra, Ghana, on Sunday": the comma that closes a name set off by commas opens no clause
# "issued after an extraordinary summit in Accra": "after" opening a noun's phrase, a preposition, no clause
_PREPOSITION_PHRASE = re.compile(r"(?:after|before|since|until|till)\s+(?:a|an|the|his|her|their|its)\s")
_NAME_CLOSED = re.compile(r",\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2},$")
# "in Kuching, the capital of Sarawak state, on Wednesday": a place's apposition set off by commas opens no
# clause (either of its commas)
_PLACE_APPOSITION = re.compile(
    r",\s+the\s+(?:[a-z-]+\s+)?(?:capital|city|town|port|seat)\s+of\s+[^,;:\"\n]{1,60},"
)
_PLACE_APPOSITION_REACH = 100  # characters back to the apposition's opening comma


class Context:
    """Publication date, text and sentence bounds; tense is computed only when a rule asks."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.published = doc.published
        self._day_first: bool | None | str = "unknown"

    def day_first(self) -> bool | None:
        """The order the document's plain slashed dates show ("25/12/2020": day first), if one."""
        if self._day_first == "unknown":
            dmy = NUMERIC_DAY_FIRST.search(self.text) is not None
            mdy = NUMERIC_MONTH_FIRST.search(self.text) is not None
            self._day_first = dmy if dmy != mdy else None
        return self._day_first  # type: ignore[return-value]

    def tense(self, start: int, end: int, left_only: bool = False, scheduled: bool = False) -> Tense | None:
        """The tense of the clause around ``text[start:end]``; with ``left_only``, of its words before;
        ``scheduled``: a weekday's, which a trip told in the simple present puts ahead."""
        lo, hi = 0, len(self.text)
        if self.doc.sentences:
            s = self.doc.sentences[self.doc.sentence_at(start)]
            lo, hi = s.start, max(s.end, end)
        tense = tense_near(
            self.text, start, end, lo, end if left_only else hi, progressive=True, scheduled=scheduled
        )
        if tense == "past" and not left_only:
            if TRAILING_ATTRIBUTION.match(self.text, end, hi):
                return self._far_left_tense(start, lo) or tense
            comma = self.text.rfind(",", end, hi)
            if (
                comma > end
                and TRAILING_ATTRIBUTION.match(self.text, comma, hi)
                and tense_near(self.text, start, end, lo, comma, progressive=True) is None
            ):
                # "will hold talks with X in Berlin on Tuesday after his inauguration, her spokesperson
                # said": a tail with no verb, then the closing attribution; the date's clause is further left
                return self._far_left_tense(start, lo) or tense
        if not left_only and self.text.find(",", max(lo, start - 8), start) >= 0:
            # "will meet X, who was elected in March, on Friday": the aside's verb is not the date's;
            # the clause it interrupts is read from before its opening comma
            aside = _ASIDE_BEFORE_DATE.search(self.text, max(lo, start - _ASIDE_REACH), start)
            if aside is not None:
                around = tense_near(
                    self.text, aside.start(), aside.start(), lo, aside.start(), True, scheduled
                )
                if around is not None:
                    return around
        if tense is None and not left_only and self.doc.sentences:
            listed = self._list_tense(start)
            if listed is not None:
                return listed
        if tense is None and not left_only:
            return self._long_clause_tense(start, lo)
        if (
            tense == "future"
            and not left_only
            and _PURPOSE_AFTER.match(self.text, end)
            and tense_near(self.text, start, end, lo, end, progressive=True) is None
        ):
            # "met with Prime Minister A and Foreign Affairs Minister B in Wellington on Thursday to
            # discuss ...": an infinitive of purpose after the date has the time of the verb it hangs on,
            # which a list of titled names put beyond the words read on the left
            return self._long_clause_tense(start, lo, names_listed=True) or tense
        return tense

    def _long_clause_tense(self, start: int, lo: int, names_listed: bool = False) -> Tense | None:
        """The tense of a long clause's verb, read left of the words :func:`tense_near` reads;
        ``names_listed``: a comma before a capital separates listed names ("met A, B and C"), no clauses."""
        # "X is slated to attend the summit among ... in Washington on Friday": a long
        # complement puts the clause's verb beyond the words tense_near reads. Read on to the
        # left up to the clause's edge ("before leaders gather ..." has its own, unmarked, verb).
        edge = clause_start(self.text, start, lo, FAR_LEFT)
        previous = edge
        for edge_match in CLAUSE_EDGE.finditer(self.text, edge, start):  # noqa: B007
            at = edge_match.start()
            if self.text[at] == "," and (
                _PLACE_APPOSITION.match(self.text, at)
                or _PLACE_APPOSITION.search(self.text, max(0, at - _PLACE_APPOSITION_REACH), at + 1)
            ):
                continue
            if names_listed and (
                _LISTED_NAME.match(self.text, edge_match.start())
                or _NAME_CLOSED.search(self.text, max(0, edge_match.start() - 40), edge_match.end())
                or _PREPOSITION_PHRASE.match(self.text, edge_match.start())
            ):
                continue
            previous, edge = edge, edge_match.end()
        if PARTICIPLE_AFTER.match(self.text, edge) and self.text[edge - 1] != ",":
            # "is expected to meet X before returning home on Monday": a participle clause has no
            # subject nor tense of its own, the verb it hangs on tells its time
            edge = previous
        if self.text.count(" ", edge, start) <= FAR_LEFT_WORDS:
            return None  # a short clause: tense_near has read all of it
        return self._far_left_tense(start, edge)

    def _list_tense(self, start: int) -> Tense | None:
        """A date on a list item with no verb ("- Friday: talks with X") takes the tense of the
        nearest sentence around the list that has one ("In the evening, Y will host ...")."""
        sentences = self.doc.sentences
        k = self.doc.sentence_at(start)
        if not self._opens_list_item(sentences[k].start):
            return None
        for step in range(1, LIST_REACH + 1):
            for j in (k + step, k - step):
                if 0 <= j < len(sentences):
                    tense = first_cue(self.text, sentences[j].start, sentences[j].end)
                    if tense is not None:
                        return tense
        return None

    def _opens_list_item(self, start: int) -> bool:
        """Whether the sentence at ``start`` is a list item: its line opens on a marker ("- Friday"), or
        did in the text as given (cleaning blanks a bullet: "\u2022 Friday" reads "  Friday")."""
        if LIST_ITEM.match(self.text, start):
            return True
        line = self.text.rfind("\n", 0, start) + 1
        if self.text[line:start].strip():
            return False
        original = self.doc.original
        while line < start and original[line] in " \t":
            line += 1
        return LIST_ITEM.match(original, line) is not None

    def _far_left_tense(self, start: int, lo: int) -> Tense | None:
        """The tense of the words before ``start``, read further back than :func:`tense_near` does.

        "X will host Y for a state visit ... in May, the White House has announced": the sentence's
        closing attribution tells when it was said; the date's own clause may begin far to the left.
        None when no word there has a tense (the attribution's past then stands).
        """
        words = [m.start() for m in WORD_START.finditer(self.text, max(lo, start - FAR_LEFT), start)]
        pos = start
        for _ in range(FAR_LEFT_STEPS):
            tense = tense_near(self.text, pos, pos, lo, pos, progressive=True)
            if tense is not None or not words:
                return tense
            k = bisect_left(words, pos) - FAR_LEFT_WORDS
            if k < 0 or words[k] <= lo:
                return None
            pos = words[k]
        return None

    def looks_ahead(self, start: int, ahead_of: bool = False) -> bool:
        """Is ``start`` inside a phrase that looks ahead ("to prepare the visit in ..."), with no
        past verb between that phrase and it? Such a date follows a recent event: it is to come.
        ``ahead_of``: "ahead of" and "prior to" count too (asked only of a clause with no tense: after
        a past verb, "deployed ahead of the protest on Friday" may tell a day gone by)."""
        lo = max(0, start - LOOKS_AHEAD_REACH)
        if self.doc.sentences:
            lo = max(lo, self.doc.sentences[self.doc.sentence_at(start)].start)
        last = None
        for last in LOOKS_AHEAD.finditer(self.text, lo, start):  # noqa: B007 (the last one is wanted)
            pass
        if ahead_of and (
            self.text.find("ahead of", lo, start) >= 0 or self.text.find("rior to", lo, start) >= 0
        ):
            after = last.end() if last is not None else lo
            for ahead in AHEAD_OF.finditer(self.text, after, start):  # noqa: B007 (the last one is wanted)
                last = ahead
        return last is not None and tense_near(self.text, start, start, last.end(), start) != "past"


def iso(d: date) -> str:
    return d.isoformat()


def month_iso(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_LEADING_DIGITS = re.compile(r"\d+")


def day_number(text: str) -> int:
    return int(_LEADING_DIGITS.match(text).group(0))  # type: ignore[union-attr]


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


# A page's date may run a day or two behind what it tells: a story filed late in one time zone is dated
# the next day in another, and an updated page carries the day of its update. A future clause's day that
# falls that little before publication is still this year's ("will meet on June 12", dated June 13),
# not the same day a year on.
_FUTURE_SLACK = timedelta(days=2)


def resolve_month_day(
    month: int, day: int, published: date, tense: Tense | None, weekday: int | None, days: int = 1
) -> date | None:
    """A day given without a year: the occurrence nearest publication that the tense and weekday allow;
    ``days``: the span's length when it is the first of several ("December 24 to 29")."""
    found = [
        d for y in (published.year - 1, published.year, published.year + 1) if (d := safe_date(y, month, day))
    ]
    if weekday is not None:
        # the weekday printed picks among the years nearest publication ("Tuesday, March 15" is the one
        # of them on a Tuesday); when none fits, the weekday is a slip or the page's date is far off:
        # the ordinary reading holds, never a year further away that the weekday happens to fit
        found = [d for d in found if d.weekday() == weekday] or found
    if tense == "future":
        # a future verb looks ahead from publication, as a weekday's and a month's do: the next such
        # day on or after it, less a page's usual lag ("will meet after the summit on October 30",
        # written in November, is next year's), never last week's; a span under way at publication is
        # this one ("runs from December 24 to 29", written on the 28th)
        found = [d for d in found if d + timedelta(days=days - 1) >= published - _FUTURE_SLACK] or found
    elif tense == "present":
        found = [d for d in found if d >= published - timedelta(days=7)] or found
    elif tense == "past":
        # a past verb may report a plan a few days ahead ("was floating March 16 as a date for the
        # visit") rather than tell of that day a year back: it rules out only days over two weeks ahead
        found = [d for d in found if d <= published + timedelta(days=14)] or found
    return min(found, key=lambda d: abs((d - published).days)) if found else None


def resolve_weekday(weekday: int, published: date, tense: Tense | None, modifier: str | None) -> date:
    """Past (the default in news) → latest such day on or before publication ("last Monday": before
    the day before it); future → the next such day from publication on, publication's own too ("next
    Monday": after it); "this Monday" with no tense → that day of publication's week (Monday to Sunday);
    present ("is being held on Friday") → the next such day from publication on, publication's own too."""
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7 or 7
    mod = (modifier or "").lower()
    if mod == "last":
        # the day before publication is "yesterday" or "on Monday": "last Monday", written on a
        # Tuesday, is the Monday of the week before
        return published - timedelta(days=back if back > 1 else back + 7)
    if tense == "present" and mod in ("", "this"):
        return published + timedelta(days=(weekday - published.weekday()) % 7)
    if mod in ("next", "coming"):
        return published + timedelta(days=ahead)
    if tense == "future" and mod != "past":
        # "will attend the forum on Monday", published on a Monday: that day (news of the day ahead)
        return published + timedelta(days=(weekday - published.weekday()) % 7)
    if tense is None and mod == "this":
        # "proposed hosting a summit this Thursday" (no verb's tense): the day of publication's week
        return published + timedelta(days=weekday - published.weekday())
    return published - timedelta(days=back)


def resolve_month(month: int, published: date, tense: Tense | None, modifier: str | None) -> str:
    mod = (modifier or "").lower()
    y, pm = published.year, published.month
    if mod == "last" or (tense == "past" and mod not in ("next", "this")):
        year = y if month < pm or (month == pm and mod != "last") else y - 1
    elif mod == "next" or tense in ("future", "present"):
        year = y if month > pm or (month == pm and mod != "next") else y + 1
    elif mod == "this":
        year = y
    else:  # no clue: the nearest such month
        year = y - 1 if month - pm > 6 else y + 1 if pm - month > 6 else y
    return month_iso(year, month)
