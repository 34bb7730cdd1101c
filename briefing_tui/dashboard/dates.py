"""Partial ISO dates ("2023-10-26", "2023-11", "2023") and labels relative to an as-of day.

An article that says "next month" names a month, not a day, so every date
here is a span of days; labels compare spans, never invented days.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from briefing_tui.core.text import counted


@dataclass(frozen=True, slots=True)
class DaySpan:
    """The first and last day a partial date can mean, and how precise it was."""

    first: date
    last: date
    precision: str  # "day", "month" or "year"


def parse_partial(value: str | None) -> DaySpan | None:
    """``"2023-10-26"``, ``"2023-10"`` or ``"2023"`` as a span; None for anything else."""
    if not value:
        return None
    parts = value.strip()[:10].split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 1:
            return DaySpan(date(numbers[0], 1, 1), date(numbers[0], 12, 31), "year")
        if len(numbers) == 2:
            year, month = numbers
            last_day = calendar.monthrange(year, month)[1]
            return DaySpan(date(year, month, 1), date(year, month, last_day), "month")
        if len(numbers) == 3:
            day = date(*numbers)
            return DaySpan(day, day, "day")
    except ValueError:
        return None
    return None


def parse_day(value: str) -> date:
    """A full ISO day typed by a person; ValueError with a readable message otherwise."""
    text = value.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date: use YYYY-MM-DD, e.g. 2023-10-24") from None


def meeting_span(start: str | None, end: str | None) -> DaySpan | None:
    """The days a meeting covers: from its start's first day to its end's (or start's) last day."""
    first = parse_partial(start)
    if first is None:
        return parse_partial(end)
    last = parse_partial(end) or first
    return DaySpan(first.first, max(first.last, last.last), first.precision)


def _months_between(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + (b.month - a.month)


def _direction(count: int, phrase: str) -> str:
    return f"in {phrase}" if count > 0 else f"{phrase} ago"


def _day_label(days: int) -> str:
    """Days from the as-of day to an event (negative: in the past)."""
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    size = abs(days)
    if size < 14:
        phrase = counted(size, "day")
    elif size < 60:
        phrase = counted(size // 7, "week")
    elif size < 730:
        phrase = counted(round(size / 30.44), "month")
    else:
        phrase = counted(round(size / 365.25), "year")
    return _direction(days, phrase)


def _calendar_label(count: int, unit: str) -> str:
    """Months or years from the as-of one: "this month", "next year", "in 3 months", "2 years ago"."""
    named = {0: f"this {unit}", 1: f"next {unit}", -1: f"last {unit}"}
    return named.get(count) or _direction(count, counted(abs(count), unit))


def relative_label(span: DaySpan | None, as_of: date) -> str:
    """How far ``span`` is from ``as_of``, at the precision the text gave."""
    if span is None:
        return "date unknown"
    if span.first <= as_of <= span.last and span.precision == "day" and span.first != span.last:
        return "under way"
    if span.precision == "day":
        if span.first > as_of:
            return _day_label((span.first - as_of).days)
        if span.last < as_of:
            return _day_label((span.last - as_of).days)
        return "today"
    if span.precision == "month":
        months = _months_between(as_of, span.first)
        if abs(months) >= 24:  # as a day two years off reads: "4 years ago", not "52 months ago"
            return _direction(months, counted(round(abs(months) / 12), "year"))
        return _calendar_label(months, "month")
    return _calendar_label(span.first.year - as_of.year, "year")


PASSED_UNCONFIRMED = "date passed, not confirmed"


def has_passed(span: DaySpan | None, as_of: date) -> bool:
    """True when every day the span can mean is before ``as_of``."""
    return span is not None and span.last < as_of


def local_time_label(stamp: str | None) -> str | None:
    """An ISO timestamp (``2026-11-28T08:28:57+00:00``, how imports are stamped) in local time, to the minute."""
    if not stamp:
        return None
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp  # not ours: shown as it is
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")
