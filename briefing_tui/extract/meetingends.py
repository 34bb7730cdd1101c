"""Where a meeting's days end: a paired day, "until", a length told, a return.

"on Wednesday and Thursday", "until Friday", "a three-day visit", "concluded his two-day visit on
Sunday", "will return on Friday": the last day of the stay that the trigger's date opens, and
``range_text``, the words telling both. Separate from :mod:`meetingdates`, which picks the first day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.datewords import DAY_COUNT, DAYS_LONG, count_of
from briefing_tui.extract.document import Document, Timex
from briefing_tui.extract.meetingdates import CLAUSE_BREAK, UNTIL_BEFORE


def range_text(doc: Document, sentence_timexes: list[Timex], t: Timex) -> tuple[str, str | None]:
    if t.end_value:
        for u in sentence_timexes:
            if u.start >= t.end and u.value == t.end_value:
                return doc.text[t.start : u.end], t.end_value
    return t.text, t.end_value


# "on Wednesday and Thursday", "Monday through Wednesday": two days naming one stay's first and last
_DAY_PAIR = re.compile(r"\s*(?:and|through|to|until|till|-|\u2013)\s+(?:on\s+)?")
_PAIR_REACH = 14  # days: two dates further apart than this are two events, not one stay
# "a six-day visit", "the 2-day summit": the trigger's own length, in days
# (also the compound written with a plural, "his four-days state visit"; not "two days after the talks")
_LENGTH = twin(rf"(?i)\b{DAYS_LONG}\b")
# "concluded his two-day visit on Sunday": the day told ends the stay
# (also "at the end of his two-day visit to Moscow on Friday", "wrapping up a three-day tour on Sunday")
_CONCLUDED = twin(
    r"(?i)\b(?:conclud(?:ed|es|ing)|end(?:ed|s|ing)|complet(?:ed|es|ing)|wrap(?:ped|s|ping)\s+up"
    r"|w(?:ound|inds|inding)\s+up|round(?:ed|s|ing)\s+off|at\s+the\s+(?:end|close|conclusion)\s+of)"
    r"\s+(?:(?:his|her|their|its|the|a|an)\s+)?$"
)


# "the three-day visit to China ends on Saturday": the day told after the stay's own verb of ending
_ENDS_AFTER = twin(
    r"(?:\s+(?:to|in)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})?\s+(?:will\s+)?"
    r"(?:ends?|ended|conclude[sd]?|close[sd]?|wrap(?:s|ped)?\s+up)\b"
)


def _day(value: str | None) -> date | None:
    if value is None or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def paired_end(text: str, sentence_timexes: list[Timex], t: Timex, sitting: bool = False) -> str | None:
    """ "His visit on Wednesday and Thursday": the day named right after ``t`` (joined by "and",
    "to", "through") ends its span, when both are days and the second falls soon after the first.
    ``sitting``: the event is a meeting, talks or a call, which a trip's length does not stretch."""
    return (
        _next_day(text, sentence_timexes, t, 12, _DAY_PAIR)
        or _length_end(text, t, sitting)
        or _until_end(text, sentence_timexes, t)
    )


# characters between the two dates ("arrived on X in the capital, beginning a visit that will last until Y")
_UNTIL_GAP = 120


def _until_end(text: str, sentence_timexes: list[Timex], t: Timex) -> str | None:
    """The day after "until" told a little after ``t``, when both are days and it falls soon after."""
    first = _day(t.value)
    if first is None:
        return None
    nxt = next((u for u in sentence_timexes if u.start >= t.end), None)
    if nxt is None or nxt.start - t.end > _UNTIL_GAP or CLAUSE_BREAK.search(text, t.end, nxt.start):
        return None
    if not UNTIL_BEFORE.search(text, max(t.end, nxt.start - 12), nxt.start):
        return None
    second = _day(nxt.value)
    return nxt.value if second is not None and 0 < (second - first).days <= _PAIR_REACH else None


# "arrived on Thursday on a two-day visit", "from Dec 16 for three days": a length told right after the day
# (also past the destination: "left this morning for Malabo \u2013 Equatorial Guinea for a three-day visit")
_LENGTH_AFTER = twin(
    r"(?i)(?:\s+(?:for|to|in)\s+(?-i:[A-Z][\w.'\u2019-]*)(?:[ \t]+(?:[\u2013\u2014-][ \t]+)?(?-i:[A-Z][\w.'\u2019-]*)){0,4})?"
    # (or the stay it opens: "arrived in Hanoi on May 4, beginning a three-day visit")
    r"\s*,?\s*(?:(?:on|for|beginning|starting|to\s+begin|to\s+start)\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+)?"
    + DAYS_LONG
    + r"\b"
    r"|for\s+" + DAY_COUNT + r"\s+days\b)"
)
# "for three days from Dec 16": ... or right before it
_LENGTH_BEFORE = twin(r"(?i)\bfor\s+" + DAY_COUNT + r"\s+days\s+(?:from|starting|beginning)\s+(?:on\s+)?$")


# the noun a told length is given: "a three-day (official) visit" is the trip's
_TRIP_AFTER = twin(r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stay|journey)\b")
# what a "beginning/starting a three-day ..." clause may open: a stay, or a gathering held over those days
_STAY_AFTER = twin(
    r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stay|journey|summit|conference|meeting|talks|session|forum"
    r"|consultations|dialogue)s?\b"
)
_OPENS = twin(r"(?i)\b(?:beginning|starting|begin|start)\s")


def _length_end(text: str, t: Timex, sitting: bool = False) -> str | None:
    """The last day of a stay whose first day is ``t`` and whose length in days is told next to it.
    ``sitting``: "met X on Monday, on a three-day visit": the trip lasts three days, the meeting one."""
    first = _day(t.value)
    if first is None:
        return None
    m = _LENGTH_AFTER.match(text, t.end, t.end + 50)
    if m is not None and sitting and _TRIP_AFTER.match(text, m.end()):
        return None
    if m is not None and _OPENS.search(m.group()) and (sitting or not _STAY_AFTER.match(text, m.end())):
        # "arrived on Monday, beginning a three-day visit": the clause tells the stay begun, not a sitting
        # held that day, and only a stay or gathering ("starting his five-day fast" lasts no trip)
        return None
    if m is None:
        if text.find("days", max(0, t.start - 40), t.start) < 0:
            return None
        m = _LENGTH_BEFORE.search(text, max(0, t.start - 40), t.start)
    if m is None:
        return None
    days = count_of(next(g for g in m.groups() if g))
    if not 2 <= days <= 31:
        return None
    return (first + timedelta(days=days - 1)).isoformat()


def _next_day(
    text: str, sentence_timexes: list[Timex], t: Timex, gap: int, between: re.Pattern[str]
) -> str | None:
    """The day told next after ``t``, when at most ``gap`` characters that ``between`` fully matches
    separate them and it falls soon after ``t``'s day."""
    first = _day(t.value)
    if first is None:
        return None
    for u in sentence_timexes:
        if u.start < t.end:
            continue
        if u.start - t.end > gap or not between.fullmatch(text, t.end, u.start):
            return None
        second = _day(u.value)
        if second is not None and 0 < (second - first).days <= _PAIR_REACH:
            return u.value
        return None
    return None


# "travel on Feb. 7 and return home on Feb. 9", "arrives Monday, leaving on Wednesday": the day the
# traveller goes back ends the stay (only the words between the two dates are read)
_RETURN_BETWEEN = twin(
    r"(?i)\s*,?\s*(?:and|before|then|,)?\s*(?:(?:will|would|is\s+to|plans?\s+to|is\s+due\s+to)\s+)?"
    r"(?:return|come\s+back|fly\s+back|head\s+back|go\s+back|leav|depart)\w*\s+"
    r"(?:home\s+|to\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s+)?(?:on\s+)?"
)


def return_end(text: str, sentence_timexes: list[Timex], t: Timex) -> str | None:
    """ "will travel on Feb. 7 and return home on Feb. 9": the next day told after ``t`` with a verb of
    going back between them ends the stay, when both are days and the second falls soon after."""
    return _next_day(text, sentence_timexes, t, 60, _RETURN_BETWEEN)


# "a tour of Asia lasting ten days", "a visit that will last three days": the length told after the noun,
# in its clause (not another event's: "met X ahead of a summit lasting three days")
_LASTING = twin(
    r"(?i)(?:(?!\b(?:ahead|before|after|following|prior|until|since)\b)[^,.;:\"\n\u201c\u201d]){0,60}?\b(?:lasting|(?:that|which)\s+(?:will\s+|is\s+to\s+)?lasts?)\s+"
    + DAY_COUNT
    + r"\s+days\b"
)


# the trip's own clause up to "on/for a N-day visit" (no comma between: "..., on a visit" may be another's)
_ON_LENGTH = twin(
    r"[^,;:.\"\n\u201c\u201d]{0,60}?\b(?:on|for)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?"
    + DAYS_LONG
    + r"\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stay)\b"
)


def length_span(
    text: str, hit_start: int, hit_end: int, lo: int, start: str | None, trip: bool = False
) -> tuple[str, str] | None:
    """ "a six-day visit ... beginning Sunday": the first and last days of a stay of told length, from
    the day told; "concluded his two-day visit on Sunday": that day is the last one, the span ends there.
    The length is looked for only in the trigger's own words and the few just before them."""
    first = _day(start)
    if first is None:
        return None
    window_lo = max(lo, hit_start - 30)
    m = None
    if text.find("day", window_lo, hit_end) >= 0:
        for m in _LENGTH.finditer(text, window_lo, hit_end):  # noqa: B007 (the last one is wanted)
            pass
    if m is None and trip and text.find("day", hit_end, hit_end + 90) >= 0:
        # "will on Tuesday lead a delegation to Russia on a three-day visit", "arrives in X on an official
        # two-day trip on November 26": a trip's length told in its clause, after its destination
        m = _ON_LENGTH.match(text, hit_end)
    if m is None and text.find("days", hit_end, hit_end + 90) >= 0:
        lasting = _LASTING.match(text, hit_end)
        if lasting is None:
            return None
        # "begins a tour of the Middle East and India lasting 10 days": a length the trigger's noun is given
        days = count_of(lasting.group(1))
        return (
            (first.isoformat(), (first + timedelta(days=days - 1)).isoformat()) if 2 <= days <= 31 else None
        )
    if m is None or CLAUSE_COMMA.search(text, m.end(), hit_start):
        # ("X, who is on a two-day visit, called on Y on Monday", "During a three-day tour, X met Y": a
        # length told before a comma is the stay's, not the sitting's)
        return None
    days = count_of(m.group(1))
    if not 2 <= days <= 31:
        return None
    if _CONCLUDED.search(text, max(lo, m.start() - 40), m.start()) or _ENDS_AFTER.match(text, hit_end):
        return (first - timedelta(days=days - 1)).isoformat(), first.isoformat()
    return first.isoformat(), (first + timedelta(days=days - 1)).isoformat()


CLAUSE_COMMA = re.compile(r"[,;:\"\n\u201c\u201d]")
