"""The timexes rules: one function per date pattern, turning a regex match into a candidate.

Also the rule tables (which pattern calls which function) and the anchor words that call
for each group of rules. Separate from the passes that then link, merge and correct the
candidates (:mod:`timexassembly`) and from the search over the text (:mod:`timexes`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from briefing_tui.extract.datewords import (
    EUROPEAN_MONTHS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    SEASONS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    month_number,
    weekday_number,
)
from briefing_tui.extract.tense import Tense, tense_near
from briefing_tui.extract.timexcontext import (
    Candidate,
    Context,
    day_number,
    iso,
    month_iso,
    resolve_month,
    resolve_month_day,
    resolve_weekday,
    safe_date,
    shift_month,
)
from briefing_tui.extract.timexpatterns import (
    A_MONTH,
    AGO,
    CAPITALISED_BEFORE,
    CLOCK_BEFORE,
    DAY_DOT_MONTH,
    DMY,
    EVENT_NOUNS,
    GENERIC_TODAY_AFTER,
    ISO,
    LINE_END,
    MDY,
    MONTH_ALONE,
    MONTH_BARE,
    MONTH_FULL_WORD,
    MONTH_PREMOD,
    MONTH_YEAR,
    NAME_MONTHS,
    NAMED_DAY_BEFORE,
    NAMED_EVENT,
    NAMES_PLAN,
    NOT_YEAR_BEFORE,
    NUMERIC,
    ORDINAL_DAY,
    PERFECT_AFTER,
    RELATIVE_DAY,
    RELATIVE_UNIT,
    SCHEDULED_FOR,
    SURNAME_MONTHS,
    TODAY_LABEL_AFTER,
    WEEKDAY,
    YEAR_ALONE,
)

# -- rules: match -> candidate ---------------------------------------------------------


_FORMER_PLAN = re.compile(
    r"(?i)\b(?:originally|initially|previously)\s+(?:been\s+)?(?:planned|scheduled|set|slated|due|expected)"
    r"\s+(?:to\s+[a-z]+\s+)?(?:for|on)\s+$"
)


# "the June 12 summit", "the much-awaited Nov. 3 vote": a day premodifying an event noun after a
# determiner (at most two words between), as MONTH_PREMOD's months do; the verb before it, if one
_DETERMINER_BEFORE_EVENT_DAY = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}$"
)
_EVENT_AFTER_DAY = re.compile(rf"[ \t]+(?:[a-z][\w-]*[ \t]+)?(?:{EVENT_NOUNS}|{NAMED_EVENT})\b")
_WORD_BEFORE = re.compile(r"[A-Za-z]+[ \t]+$")
_EVENT_DAY_NEAR = 62  # days from publication an event's day, told against its clause's tense, may lie


def _event_day_near(m: re.Match[str], ctx: Context, told: date) -> date | None:
    """A day premodifying an event noun names an event of its own, which a verb further left does not
    place: in a past clause ("saw Trump cancel the June 12 meeting") the next such day, in a future one
    ("will debate the June 30 attack", read on July 3) the last such day, when that is near publication,
    rather than the ``told`` one a year off that the clause's tense gives. Not when the verb right before
    the event places it ("won the March 3 election")."""
    if _EVENT_AFTER_DAY.match(ctx.text, m.end()) is None:
        return None
    det = _DETERMINER_BEFORE_EVENT_DAY.search(ctx.text, max(0, m.start() - 40), m.start())
    near = safe_date(told.year + (1 if told < ctx.published else -1), told.month, told.day)
    if det is None or near is None or abs((near - ctx.published).days) > _EVENT_DAY_NEAR:
        return None
    verb = _WORD_BEFORE.search(ctx.text, max(0, det.start() - 30), det.start())
    if verb is not None and tense_near(ctx.text, det.start(), det.start(), verb.start(), det.start()):
        return None
    return near


def _placed_by_tense(day: date, published: date, tense: Tense | None) -> bool:
    """Whether the clause's tense put the day on its side of publication, before it for a past clause,
    after it for a future one: an event named by its day may lie on the other (``_event_day_near``)."""
    return (tense == "past" and day < published) or (tense == "future" and day > published)


def _from_month_day(m: re.Match[str], ctx: Context) -> Candidate | None:
    month = month_number(m.group("mon"))
    if month is None:
        return None
    groups = m.groupdict()
    if groups.get("sep") and not m.group("year"):
        return None  # "4-May" with no year: a page's stamp has all three
    if groups.get("day0"):  # "9 to 12 October": the range's first day comes first
        day, day2 = day_number(groups["day0"]), m.group("day")
    else:
        day, day2 = day_number(m.group("day")), groups.get("day2")
    wd = weekday_number(m.group("wd")) if m.group("wd") else None
    year_text = m.group("year") or groups.get("year2")
    if year_text:
        start_date = safe_date(int(year_text), month, day)
    else:
        tense = ctx.tense(m.start(), m.end())
        published = ctx.published
        if tense == "future" and _FORMER_PLAN.search(ctx.text, max(0, m.start() - 60), m.start()):
            # "was originally planned for September 4 but has been postponed": a schedule since changed, its
            # day as likely behind as ahead
            tense = None
        elif tense != "future" and ctx.looks_ahead(m.start()):
            # "met to prepare the talks on May 3": after the recent meeting, so from a month back
            published, tense = published - A_MONTH, "future"
        last = day_number(day2) if day2 else day
        start_date = resolve_month_day(month, day, published, tense, wd, max(1, last - day + 1))
        if wd is None and start_date is not None and _placed_by_tense(start_date, ctx.published, tense):
            start_date = _event_day_near(m, ctx, start_date) or start_date
    if start_date is None:
        return None
    end_value = None
    if day2:
        end_date = safe_date(start_date.year, month, day_number(day2))
        if end_date is None or end_date <= start_date:
            if groups.get("day0"):
                return None  # "12 to 9 October": the day before the month stands alone, read without it
            return Candidate(m.start(), m.end("year") if m.group("year") else m.end("day"), iso(start_date))
        end_value = iso(end_date)
    return Candidate(m.start(), m.end(), iso(start_date), end_value, kind="day")


def _from_ordinal_day(m: re.Match[str], ctx: Context) -> Candidate | None:
    day = int(m.group("day"))
    p = ctx.published
    start = m.start("the")  # "the 3rd": the preposition stays out, as with other dates
    if m.group("rel"):
        y, mon = shift_month(p.year, p.month, {"last": -1, "next": 1}.get(m.group("rel"), 0))
        d = safe_date(y, mon, day)
        return Candidate(start, m.end(), iso(d), kind="day") if d else None
    tense = ctx.tense(start, m.end())
    found = [d for delta in (-2, -1, 0, 1, 2) if (d := safe_date(*shift_month(p.year, p.month, delta), day))]
    if tense in ("future", "present"):
        found = [d for d in found if d >= p]
    elif tense == "past":
        found = [d for d in found if d <= p]
    return Candidate(start, m.end(), iso(min(found, key=lambda d: abs((d - p).days))), kind="day")


_DIGIT_DOT_BEFORE = re.compile(r"\d\.$")


def _from_iso(m: re.Match[str], ctx: Context) -> Candidate | None:
    if m.start() > 0 and ctx.text[m.start() - 1] == "/":
        return None  # "example.com/2018/07/10/news/...": the folders of a link's path, not a date told
    if m.group("sep") == "." and (
        NOT_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
        or _DIGIT_DOT_BEFORE.search(ctx.text, max(0, m.start() - 2), m.start())
    ):
        return None  # "version 2023.10.16", "firmware 4.2023.10.16" (the tail of a longer dotted number)
    d = safe_date(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
    return Candidate(m.start(), m.end(), iso(d), kind="day") if d else None


_RECENT = 62  # days from publication: a reading this near is a recent day ...
_NEAR_ENOUGH = 31  # ... and is taken when it is this much nearer publication than the other one


def read_numeric_date(
    a: int, b: int, year: int, sep: str, weekday: int | None, published: date, day_first: bool | None
) -> date | None:
    """The date "a/b/year" (or "a.b.year") names, or None when the reading cannot be told.

    Slashes are month first in the US and day first almost everywhere else, so both readings
    stand until something decides: the weekday printed beside the date, a number over 12, the
    order the document's other slashed dates show (``day_first``), or publication (news is
    about recent days: a reading within two months of publication is taken when the other one
    lies a month or more further away).
    Dots are day first everywhere; dashes are read as slashes.
    """
    readings = [safe_date(year, a, b)] if sep in "/-" else []
    readings = [d for d in (*readings, safe_date(year, b, a)) if d is not None]
    readings = list(dict.fromkeys(readings))
    if weekday is not None:
        readings = [d for d in readings if d.weekday() == weekday] or readings
    if len(readings) < 2:
        return readings[0] if readings else None
    if day_first is not None:
        return readings[1] if day_first else readings[0]
    near, far = sorted(readings, key=lambda d: abs((d - published).days))
    near_days, far_days = abs((near - published).days), abs((far - published).days)
    if near_days <= _RECENT and far_days - near_days >= _NEAR_ENOUGH:
        return near
    return None


def _from_numeric(m: re.Match[str], ctx: Context) -> Candidate | None:
    if NOT_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None  # "version 1.2.2019"
    wd = weekday_number(m.group("wd")) if m.group("wd") else None
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    d = read_numeric_date(a, b, year, m.group("sep"), wd, ctx.published, ctx.day_first())
    if d is None and (safe_date(year, a, b) or safe_date(year, b, a)) is None:
        return None  # "45/12/2020" is not a date at all
    return Candidate(m.start(), m.end(), iso(d) if d else None, kind="day")


def _from_day_dot_month(m: re.Match[str], ctx: Context) -> Candidate | None:
    word = m.group("mon").lower()
    month = EUROPEAN_MONTHS.get(word) or month_number(word)
    d = safe_date(int(m.group("year")), month, int(m.group("day"))) if month else None
    return Candidate(m.start(), m.end(), iso(d), kind="day") if d else None


def _from_month_year(m: re.Match[str], ctx: Context) -> Candidate | None:
    month = month_number(m.group("mon"))
    if month is None:
        return None
    return Candidate(m.start(), m.end(), month_iso(int(m.group("year")), month), kind="month")


def _month_value(month: int, ctx: Context, start: int, end: int) -> str:
    """A month with no year or modifier: by its clause's tense, unless a phrase before it looks ahead
    (then the first such month from the one before publication: the event it governs is recent)."""
    tense = ctx.tense(start, end)
    if tense != "future" and ctx.looks_ahead(start):
        return resolve_month(month, ctx.published - A_MONTH, "future", None)
    return resolve_month(month, ctx.published, tense, None)


_PREMOD_VERB_REACH = 24  # characters before an event's month a verb that places the event may stand in
_PREMOD_NEAR_MONTHS = 4  # an event's month this close to publication is the nearest one, whatever the tense


def _months_off(value: str, published: date) -> int:
    """How many months a "YYYY-MM" value lies from publication's month, either way."""
    return abs(int(value[:4]) * 12 + int(value[5:7]) - (published.year * 12 + published.month))


def _from_month_premod(m: re.Match[str], ctx: Context) -> Candidate | None:
    group = "pmon" if m.group("pmon") else "mon"
    if group == "pmon" and m.group("adj") and m.group("pmon").lower() in SURNAME_MONTHS:
        return None
    month = month_number(m.group(group))
    if month is None:
        return None
    start, end = m.start(group), m.end(group)
    nearest = resolve_month(month, ctx.published, None, None)
    if (
        _months_off(nearest, ctx.published) <= _PREMOD_NEAR_MONTHS
        and tense_near(ctx.text, m.start(), m.start(), max(0, m.start() - _PREMOD_VERB_REACH), m.start())
        is None
    ):
        # "will discuss the results of the May elections", "thanked X for its support until the November
        # summit": the month names an event of its own, which a verb further off does not place; the
        # nearest such month is the one meant (a verb right before it does: "preparing for the May summit").
        # Five or six months off, the nearest is a coin toss ("since the May elections, X has ..." told in
        # December): the clause's tense decides there, as for any month.
        return Candidate(start, end, nearest, kind="month")
    return Candidate(start, end, _month_value(month, ctx, start, end), kind="month")


def _from_month_alone(m: re.Match[str], ctx: Context) -> list[Candidate] | None:
    """A month after a preposition or modifier, and the months listed after it ("in May, June and July")."""
    month = month_number(m.group("mon"))
    if month is None:
        return None
    if (
        m.group("trig").lower() == "for"
        and m.group("mon").lower() in NAME_MONTHS
        and not SCHEDULED_FOR.search(ctx.text, max(0, m.start() - 24), m.start())
    ):
        return None
    mod = m.group("mod")
    start = m.start() if mod else m.start("mon")
    if m.group("trig").lower() == "of":
        part = _PART_OF_MONTH.search(ctx.text, max(0, m.start() - 24), m.start() + 3)
        start = part.start() if part else start  # "the last week of July": one expression, the month's
    tense = None if mod in ("last", "next", "this") else ctx.tense(start, m.end("mon"))
    published = ctx.published
    if mod not in ("last", "next", "this") and tense != "future" and ctx.looks_ahead(start):
        published, tense = published - A_MONTH, "future"  # "to prepare the visit in January"
    found = [Candidate(start, m.end("mon"), resolve_month(month, published, tense, mod), kind="month")]
    for w in MONTH_FULL_WORD.finditer(ctx.text, m.start("more"), m.end("more")):
        later = month_number(w.group())
        if later is not None:  # the modifier was the first month's ("late May and June")
            found.append(
                Candidate(w.start(), w.end(), resolve_month(later, published, tense, None), kind="month")
            )
    return found


def _from_month_bare(m: re.Match[str], ctx: Context) -> Candidate | None:
    start = m.start()
    if CAPITALISED_BEFORE.search(ctx.text, max(0, start - 24), start):
        return None
    month = month_number(m.group("mon"))
    if month is None:
        return None
    return Candidate(start, m.end(), _month_value(month, ctx, start, m.end()), kind="month")


_BY_BEFORE = re.compile(r"\b[Bb]y\s+$")
_SAME_DAY_BEFORE = re.compile(r"(?i)\b(?:earlier|later)\s+$")


def _from_weekday(m: re.Match[str], ctx: Context) -> Candidate | None:
    wd = weekday_number(m.group("wd"))
    if wd is None or (
        m.group("mod") is None and NAMED_DAY_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    ):
        return None
    end = m.end("part") if m.group("part") else m.end("wd")
    mod = m.group("mod")
    tense = (
        ctx.tense(m.start(), end, scheduled=True)
        if mod is None or mod.lower() in ("this", "coming")
        else None
    )
    same_day = mod is None and _SAME_DAY_BEFORE.search(ctx.text, max(0, m.start() - 9), m.start())
    if same_day:
        # "will sit down with X later Friday", "said earlier Friday": told on that very day, the day of
        # writing, whatever the verb (the such day nearest publication: a page dated the evening before
        # or the morning after is still about that Friday)
        tense = "past"
    elif mod is None and tense in (None, "past") and ctx.looks_ahead(m.start(), ahead_of=tense is None):
        # "we look forward to our meeting on Friday"; with no verb's tense in the clause, "it comes
        # ahead of a council meeting on Friday": an event still to come
        tense = "future"
    if tense is None and mod is None and _BY_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start()):
        # "to fold the bills into one by Friday": a deadline, with no verb's tense to place it, is ahead
        tense = "future"
    d = resolve_weekday(wd, ctx.published, tense, mod)
    if same_day:
        d = ctx.published + timedelta(days=(wd - ctx.published.weekday() + 3) % 7 - 3)
    free = None
    if mod is None:
        free = tense or "none"
        if tense == "past" and PERFECT_AFTER.match(ctx.text, end):
            free = "perfect"
    return Candidate(m.start(), end, iso(d), kind="weekday", weekday=wd, free_weekday=free)


_TWO_DAYS_BEFORE = re.compile(r"(?i)\bthe\s+day\s+(after|before)\s+$")


def _from_relative_day(m: re.Match[str], ctx: Context) -> Candidate | None:
    word = "yesterday" if m.group("lastnight") else (m.group("word") or "today").lower()
    if word == "today" and not m.group("part") and GENERIC_TODAY_AFTER.match(ctx.text, m.end()):
        return None
    if _page_label(m, ctx.text):
        return None
    shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    clock = CLOCK_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    start = clock.start() if clock else m.start()  # "at 10.25 pm tomorrow": the hour is part of it
    if shift and not m.group("lastnight"):
        two = _TWO_DAYS_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
        if two and (two.group(1).lower() == "after") == (shift > 0):
            shift, start = 2 * shift, two.start()  # "the day after tomorrow", "the day before yesterday"
    return Candidate(start, m.end(), iso(ctx.published + timedelta(days=shift)), kind="relative")


def _page_label(m: re.Match[str], text: str) -> bool:
    """ "Today: 19 June 2025", "Today's Press Releases": a label of the page, opening a line, not a day told."""
    start = m.start()
    return (
        text.startswith("Today", start)
        and m.end() == start + 5
        and not text[text.rfind("\n", 0, start) + 1 : start].strip()
        and TODAY_LABEL_AFTER.match(text, m.end()) is not None
    )


def _from_relative_unit(m: re.Match[str], ctx: Context) -> Candidate | None:
    rel = (m.group("rel") or m.group("rel3") or "this").lower()
    if rel.endswith("coming"):
        rel = "next"  # "the coming month"
    unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
    delta = {"last": -1, "next": 1}.get(rel, 0)
    p = ctx.published
    value: str | None = None
    if unit == "month":
        value = month_iso(*shift_month(p.year, p.month, delta))
    elif unit == "year":
        value = f"{p.year + delta:04d}"
    elif unit in SEASONS and unit != "winter":
        first = SEASONS[unit]
        if delta < 0:
            value = f"{p.year if p.month >= first + 3 else p.year - 1:04d}"
        elif delta > 0:
            value = f"{p.year if p.month < first else p.year + 1:04d}"
        else:
            value = f"{p.year:04d}"
    next_week = unit == "week" and rel == "next" and not m.group("pre")
    return Candidate(m.start(), m.end(), value, kind="relative", next_week=next_week)


def _from_ago(m: re.Match[str], ctx: Context) -> Candidate | None:
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    unit = m.group("unit").lower()
    p = ctx.published
    value: str | None = None
    if n is not None:
        if unit == "day":
            value = iso(p - timedelta(days=n))
        elif unit == "month":
            value = month_iso(*shift_month(p.year, p.month, -n))
        elif unit == "year":
            value = f"{max(p.year - n, 0):04d}"
    return Candidate(m.start(), m.end(), value, kind="relative")


def _from_year(m: re.Match[str], ctx: Context) -> Candidate | None:
    if NOT_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None
    text = ctx.text
    if NAMES_PLAN.match(text, m.end()) or (
        LINE_END.match(text, m.end()) and not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
    ):
        return None
    year = int(m.group("year"))
    start = m.start()
    if not m.group("mod") and text.find("of", max(0, start - 4), start) >= 0:
        part = _PART_OF_YEAR.search(text, max(0, start - 30), start)
        start = part.start() if part else start  # "by the end of 2011": one expression, the year's
    end_value = None
    if m.group("year2"):
        y2 = m.group("year2")
        end_year = int(y2) if len(y2) == 4 else year // 100 * 100 + int(y2)
        if end_year <= year:
            return Candidate(start, m.end("year"), f"{year:04d}", kind="year")
        end_value = f"{end_year:04d}"
    return Candidate(start, m.end(), f"{year:04d}", end_value, kind="year")


# "the last week of July", "the first days of May", "the end of June": a part of a month told before it
_PART_OF_MONTH = re.compile(
    r"(?i)\b(?:the\s+)?(?:(?:first|second|third|fourth|last|final|closing|opening)\s+"
    r"(?:week|weekend|days|fortnight|half)|beginning|start|end|middle|close)\s+(?=of\s)"
)


# "the end of 2011", "the first half of 2024": a part of the year told before it belongs to the expression
_PART_OF_YEAR = re.compile(
    r"(?i)\b(?:the\s+)?(?:end|beginning|start|middle|close|turn|(?:first|second)\s+half)\s+of\s+$"
)


RuleFunction = Callable[[re.Match[str], Context], Candidate | list[Candidate] | None]
_Rule = tuple[re.Pattern[str], RuleFunction]
_MONTH_RULES: tuple[_Rule, ...] = (
    (MDY, _from_month_day),
    (DMY, _from_month_day),
    (MONTH_YEAR, _from_month_year),
    (MONTH_ALONE, _from_month_alone),
    (MONTH_PREMOD, _from_month_premod),  # (before the bare month: an event's month, same span, goes first)
    (MONTH_BARE, _from_month_bare),
)
_WEEKDAY_RULES: tuple[_Rule, ...] = (
    (MDY, _from_month_day),
    (DMY, _from_month_day),
    (WEEKDAY, _from_weekday),
)
NUMBER_RULES: tuple[_Rule, ...] = (
    (ISO, _from_iso),
    (ORDINAL_DAY, _from_ordinal_day),
    (NUMERIC, _from_numeric),
    (DMY, _from_month_day),
    (DAY_DOT_MONTH, _from_day_dot_month),
    (YEAR_ALONE, _from_year),
)
_DAY_WORD_RULES: tuple[_Rule, ...] = ((RELATIVE_DAY, _from_relative_day),)
_UNIT_RULES: tuple[_Rule, ...] = ((RELATIVE_UNIT, _from_relative_unit), (AGO, _from_ago))

ALL_RULES: tuple[_Rule, ...] = tuple(
    dict.fromkeys(_MONTH_RULES + _WEEKDAY_RULES + NUMBER_RULES + _DAY_WORD_RULES + _UNIT_RULES)
)


def rule_mask(rules: tuple[_Rule, ...]) -> int:
    return sum(1 << ALL_RULES.index(r) for r in rules)


# Which rules an anchor word calls for (a bit mask over ALL_RULES): only those run on the text around it.
ANCHORS: dict[str, int] = {
    **dict.fromkeys([*MONTHS, *MONTH_ABBREVIATIONS], rule_mask(_MONTH_RULES)),
    **dict.fromkeys([*WEEKDAYS, *WEEKDAY_ABBREVIATIONS], rule_mask(_WEEKDAY_RULES)),
    **dict.fromkeys(
        ["today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night"],
        rule_mask(_DAY_WORD_RULES),
    ),
    **dict.fromkeys(["week", "weekend", "month", "year", *SEASONS, "ago"], rule_mask(_UNIT_RULES)),
}
