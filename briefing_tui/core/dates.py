"""Publication dates as the rest of briefing keeps them: ISO strings at the precision known.

Sources give dates in many shapes (page metadata, RFC 822 feed dates, a
dateline at the top of a saved text). Everything here keeps the publisher's
own calendar day: converting to UTC first turns a Thursday 00:30 +02:00
story into a Wednesday one.
"""

from __future__ import annotations

import re
from datetime import date, datetime

# Never 2023 of 20231024; 2023/10/24 and 2023.10.24 as 2023-10-24, not as the year alone.
_ISO_PREFIX = re.compile(r"^\s*(\d{4})(?:([-/.])(\d{2})(?:\2(\d{2}))?)?(?!\d)")
_MONTHS = {
    name: index
    for index, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+"
_MONTH = r"(?P<month>[a-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_DATE_LINE_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"^(?:{_WEEKDAY})?{_MONTH}\s+{_DAY},?\s+{_YEAR}$",  # Sat. Jun 22nd, 2024 / June 22, 2024
        rf"^(?:{_WEEKDAY})?{_DAY}\s+{_MONTH},?\s+{_YEAR}$",  # Saturday 22 June 2024
        r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$",  # 2024-06-22
    )
)


_TRAILING_TIME = re.compile(
    r"[\s,@-]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:[a-z]{2,5}|[+-]\d{2}:?\d{2}))?\s*$",
    re.IGNORECASE,
)


# "Published: 10 February 2024", "*Posted on Feb 10, 2024 at 10:00*", "Date: 2024-02-10": a line that
# says which date it is, Markdown emphasis or a quote marker around it.
_DATE_LABEL = re.compile(
    r"^[\s*_>]*(?:(?:first\s+)?published|posted|dated?|publication\s+date|release\s+date)"
    r"(?:\s+(?:on|at))?\s*[:\-\u2013\u2014|]?\s*(?P<date>.*?)[\s*_]*$",
    re.IGNORECASE,
)
_AT_TIME = re.compile(r"\s+at(?=\s+\d{1,2}:\d{2})", re.IGNORECASE)
_DATE_LABEL_LINE_MAX = 100  # a label, a spelled-out date and a time; and the lazy match stays short


def labelled_date_line(line: str) -> str | None:
    """The date of a line that names itself a publication date ("Published 10 February 2024"), else None.
    An "Updated" line is not one: it says when the page changed, not when the story ran."""
    if len(line) > _DATE_LABEL_LINE_MAX:
        return None
    match = _DATE_LABEL.match(line)
    if match is None or len(match["date"]) > 60:
        return None
    stated = _TRAILING_TIME.sub("", _AT_TIME.sub("", match["date"]))
    return date_line(stated)


def normalize_date(value: str) -> str:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` checked against the calendar; ValueError otherwise."""
    text = value.strip()
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not match:
        raise ValueError(f"not a date like 2023-10-24: {value!r}")
    year, month, day = match.groups()
    date(int(year), int(month or 1), int(day or 1))  # raises ValueError for 2023-02-30
    return text


def iso_date_prefix(value: str | None) -> str | None:
    """The calendar date at the start of an ISO timestamp (page metadata), keeping its own day."""
    if not value:
        return None
    match = _ISO_PREFIX.match(value)
    if not match:
        return None
    year, _separator, month, day = match.groups()
    text = "-".join(part for part in (year, month, day) if part)
    try:
        return normalize_date(text)
    except ValueError:
        return None


def feed_date(raw: str | None) -> str | None:
    """The publisher's calendar day of a date a source states: RFC 822 (RSS, e-mail), RFC 3339
    (Atom), ISO, or spelled out with or without a time (a feed's entry, front matter, a sidecar)."""
    if not raw:
        return None
    from email.utils import parsedate_to_datetime  # pulls in socket: only when a feed is read

    raw = raw.strip()
    try:
        return parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    # Not RFC 822 nor ISO: a date without its time, or spelled out ("Thursday, October 26, 2023 - 10:00").
    return iso_date_prefix(raw) or date_line(_TRAILING_TIME.sub("", raw))


def date_line(line: str) -> str | None:
    """The date a line consists of ("Sat. Jun 22nd, 2024", "22 June 2024", "2024-06-22"), else None."""
    text = line.strip()
    if len(text) > 40:
        return None
    for pattern in _DATE_LINE_PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        month_text = match["month"]
        month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.lower())
        if month is None:
            continue
        try:
            return date(int(match["year"]), month, int(match["day"])).isoformat()
        except ValueError:
            return None
    return None
