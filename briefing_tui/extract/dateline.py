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


def find(text: str) -> re.Match[str] | None:
    """The dateline at the start of the story (after any leading white space), if it has one."""
    return DATELINE.match(text, len(text) - len(text.lstrip()))
