"""Stage 1: length-preserving normalisation.

Every character keeps its offset, so spans found in the cleaned text point at
the same characters in the article as given. Typographic quotes and dashes
become their ASCII forms one for one; page furniture (share bars, "Read More"
teasers, comment-form boilerplate, shortcodes, a leading saved-on date line)
is blanked out with spaces, keeping its newlines; so are Markdown's marks and
list bullets (``markdownsyntax``); the line breaks of hard-wrapped prose become spaces (``softwraps``).
"""

from __future__ import annotations

import re
from datetime import date

from briefing_tui.core.text import TYPOGRAPHIC_TO_ASCII
from briefing_tui.extract.markdownsyntax import blank_list_markers, blank_markdown
from briefing_tui.extract.softwraps import join_soft_wraps
from briefing_tui.extract.timexcontext import safe_date

# The typographic map as (character, replacement) pairs: a ``replace`` per character present is
# far cheaper than ``translate`` on non-ASCII text, and gives the same string (every
# replacement is ASCII, outside the map's keys).
_CHAR_PAIRS = tuple((chr(k), v) for k, v in TYPOGRAPHIC_TO_ASCII.items())

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?"
# A line that is only a date ("Sat. Jun 22nd, 2024", "Monday, May 18, 2015", "2024-06-22").
_DATE_LINE = re.compile(
    rf"^[ ]*(?:{_WEEKDAY}[ ]+)?(?:{_MONTH}[ ]+\d{{1,2}}(?:st|nd|rd|th)?,?[ ]+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ ]+{_MONTH},?[ ]+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})[ ]*$"
)

# Boilerplate lines, by their opening words (whole line blanked).
_FURNITURE = re.compile(
    r"""^[ ]*(?:
        \[[^\]\n]{0,300}\][ ]*$                                   # a lone [shortcode ...] line
      | (?:read|see|also[ ]read|more|related|recommended|watch|listen)[ ]?(?:more|also|next|now)?[ ]?:.*   # "Read More: ..." teasers
      | (?:leave[ ]a[ ](?:reply|comment)|post[ ]a[ ]comment|add[ ]a[ ]comment)\b.*
      | your[ ]email[ ]address[ ]will[ ]not[ ]be[ ]published.*
      | required[ ]fields[ ]are[ ]marked.*
      | (?:share|tweet|email|print|pin)[ ](?:this|on|via)\b.{0,80}$
      | (?:share|subscribe|sign[ ]up|follow[ ]us|click[ ]here|advertisement|sponsored(?:[ ]content)?)\b[^.!?"]{0,80}$
      | (?:filed[ ]under|tags?|categories|posted[ ]in)[ ]?:.*
      | (?:copyright|\(c\)|©).{0,120}$
      | all[ ]rights[ ]reserved\.?[ ]*$
      | (?:skip[ ]to[ ](?:main[ ])?content|back[ ]to[ ]top|cookie[ ]settings)\b.{0,60}$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# A copyright line not opening with the sign: "All Right Reserved © Site 2016", "Site © 2019" (looked for
# only in lines holding the sign or "reserved": most lines hold neither)
_RIGHTS_LINE = re.compile(
    r"[^\n.!?]{0,40}(?:©|\ball[ ]rights?[ ]reserved[ ]*(?:[.©]|$)).{0,120}$", re.IGNORECASE
)
_LINE = re.compile(r"[^\n]+")


_MONTH_NUMBERS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_DATE_PARTS = re.compile(r"(\d{4})-(\d{2})-(\d{2})|([A-Za-z]{3})[a-z]*\.?|(\d{1,4})")


def _line_date(line: str) -> date | None:
    year = month = day = None
    for m in _DATE_PARTS.finditer(line):
        if m.group(1):
            return safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m.group(4) and m.group(4).lower() in _MONTH_NUMBERS:
            month = _MONTH_NUMBERS[m.group(4).lower()]
        elif m.group(5):
            n = int(m.group(5))
            if n > 31:
                year = n
            else:
                day = n
    return safe_date(year, month, day) if year and month and day else None


def _is_stray_date_line(line: str, published: date | None) -> bool:
    """A leading date line that is not the article's dateline (e.g. the day the page was saved)."""
    if not _DATE_LINE.match(line):
        return False
    return published is None or _line_date(line) != published


def _clean_line(line: str, first: bool, published: date | None) -> str:
    if len(line) > 2000:  # long lines are prose, not furniture; skip the patterns
        return line
    if (
        _FURNITURE.match(line)
        or (first and _is_stray_date_line(line, published))
        or (("©" in line or "eserved" in line or "ESERVED" in line) and _RIGHTS_LINE.match(line))
    ):
        return " " * len(line)
    return line


def clean(text: str, published: date | None = None) -> str:
    """Normalise quotes/dashes and blank page furniture; ``len(clean(t)) == len(t)``.

    A first line that is only a date is kept when it is the publication date (a
    dateline) and blanked otherwise (a page-save date would mislead date resolution).
    """
    if not text:
        return ""
    for char, plain in _CHAR_PAIRS:
        if char in text:
            text = text.replace(char, plain)
    out: list[str] = []
    pos = 0
    first = True
    for m in _LINE.finditer(text):
        out.append(text[pos : m.start()])
        line = m.group(0)
        if first and not line.strip():
            out.append(line)
        else:
            out.append(_clean_line(line, first, published))
            first = False
        pos = m.end()
    out.append(text[pos:])
    return blank_list_markers(join_soft_wraps(blank_markdown("".join(out))))
