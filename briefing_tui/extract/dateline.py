"""The dateline that opens a news story ("KYIV, Ukraine (AP) — "): where it was filed and when.

Its place is not a participant of what the story reports, its date not the date of an event in it.
"""

from __future__ import annotations

import re

# "KYIV, Ukraine (AP) —", "BEIJING, April 16 (Reuters) -", "WASHINGTON —": the place a story is filed from
DATELINE = re.compile(
    r"(?:[A-Z][A-Z ]{2,30}\n+)?"  # a one-word heading before it ("ANALYSIS")
    r"([A-Z][A-Z .'-]{2,30}?)"
    r"(?:,\s*([A-Z][A-Za-z .'-]{2,30}?))?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\([A-Za-z .]{1,30}\))?\s*[\u2014\u2013-]{1,2}\s"
)


_LINE_START = re.compile(r"\n[ \t]*(?=[A-Z][A-Z])")
_HEAD_REACH = 400  # characters: a headline, a byline or a page's date line may come before it


def find(text: str) -> re.Match[str] | None:
    """The dateline that opens the story, at its start or at the start of a line after its headline."""
    found = DATELINE.match(text, len(text) - len(text.lstrip()))
    if found:
        return found
    for line in _LINE_START.finditer(text, 0, _HEAD_REACH):
        found = DATELINE.match(text, line.end())
        if found:
            return found
    return None
