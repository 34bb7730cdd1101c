"""The dateline that opens a news story ("KYIV, Ukraine (AP) — "): where it was filed and when.

Its place is not a participant of what the story reports, its date not the date of an event in it.
"""

from __future__ import annotations

import re

from briefing_tui.extract.lexicon.countries import CAPITALS, country_of

# "KYIV, Ukraine (AP) —", "BEIJING, April 16 (Reuters) -", "WASHINGTON —": the place a story is filed from
# (its capitals may bear accents: "BOGOTÁ —", "HÀ NỘI —");
# "NEW DELHI, March 3 (PTI):", "KUALA LUMPUR:": a colon in place of the dash (see ``find`` for the bare one)
DATELINE = re.compile(
    r"(?:[A-Z][A-Z ]{2,30}\n+)?"  # a one-word heading before it ("ANALYSIS")
    # the place in capitals; in ordinary case only with a date and an agency after it ("New Delhi, Mar 3 (IANS)"),
    # a date and a dash or colon ("Mexico City, November 24 -- ", "Nairobi, 3 May - ", "Pune, May 10 :"), its
    # country in brackets between ("Pune [India], May 10 (ANI):"), or a colon alone ("Jakarta: "; see _is_place)
    r"([A-Z\u00c0-\u00de][A-Z\u00c0-\u00d6\u00d8-\u00de\u1ea0-\u1ef8 .'-]{2,30}?|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?=:\s|(?:\s\[[A-Z][A-Za-z .'-]{2,30}\])?,\s*(?:"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([A-Za-z .]{1,30}\)"
    r"|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\s*(?:[\u2014\u2013-]{1,2}|:)\s(?!\s*\d))))"
    r"(?:\s\[[A-Z][A-Za-z .'-]{2,30}\])?"  # "[India]": the country, as wire copy brackets it
    r"(?:,\s*([A-Z][A-Za-z .'-]{2,30}?))?"
    r"(,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?"  # "April 16", "3 February"
    # a dash ("(Reuters) -Mexican": glued to the story) or a colon after it, or only a space after the agency
    r"\s*(\([A-Za-z .]{1,30}\))?\s*(?:[\u2014\u2013-]{1,2}\s|(?<=\)\s)[\u2014\u2013-]{1,2}(?=[A-Z])|(:)\s|(?<=\))\s)"
    # the filing date after the dash, closed by a colon: "APIA, SAMOA – SATURDAY 09 SEPTEMBER 2017: "
    r"(?:(?:[A-Z][A-Za-z]{2,8},?\s+)?(?:\d{1,2}\s+[A-Z][A-Za-z]{2,8}\.?|[A-Z][A-Za-z]{2,8}\.?\s+\d{1,2},?)"
    r"\s+\d{4}\s*:\s)?"
)


# a line opening in capitals ("BEIJING, ..."), or in ordinary case, which the pattern takes only with a
# date and an agency after the place ("Mexico City, November 24 (RHC)-- ", after a photo caption)
_LINE_START = re.compile(r"\n[ \t]*(?=[A-Z])")
_HEAD_REACH = 400  # characters: a headline, a byline or a page's date line may come before it


# " date 2024-07-05 Prime Minister X met ...": a page's date stamp before the story's words (the day it
# was filed or saved), as scraped pages carry it; like a dateline's date, it dates no event in the story
_STAMP = re.compile(r"\s*(?:[Dd]ate[d:]?\s+)?\d{4}-[01]\d-[0-3]\d\s")


def stamp_end(text: str) -> int:
    """Where a leading date stamp ("date 2024-07-05 ") ends; 0 when the text opens with none."""
    m = _STAMP.match(text)
    return m.end() if m else 0


def find(text: str) -> re.Match[str] | None:
    """The dateline that opens the story, at its start or at the start of a line after its headline."""
    found = DATELINE.match(text, len(text) - len(text.lstrip()))
    if found and _is_place(found):
        return found
    for line in _LINE_START.finditer(text, 0, _HEAD_REACH):
        found = DATELINE.match(text, line.end())
        if found and _is_place(found):
            return found
    return None


def filed_at(text: str) -> re.Match[str] | None:
    """Where the story was filed, also past a page's date stamp (" date 2024-07-05 BEIJING (Reuters) - "):
    the place of a meeting the lead tells with none. (The home-side guesses read ``find`` alone: a
    stamped page is often a foreign outlet's copy, filed far from the side it writes for.)"""
    at = stamp_end(text)
    if at:
        found = DATELINE.match(text, at)
        if found and _is_place(found):
            return found
    return find(text) or _wire_line(text, at)


# The wire datelines DATELINE leaves, each with a wire's marks after a known capital or country: a date
# with its year ("Freetown, October 13, 2023 - ", "Quito, 18 March 2022 (TDI): ", "Addis Ababa February
# 6/2022 /ENA/ "), an agency in brackets or between slashes ("Hanoi, (VNA) - ", "Ulaanbaatar /MONTSAME/. ",
# "Chisinau, July 10 /MOLDPRES/- ", "Santiago, Nov 27 (EFE).- ", "BEIJING, November 9. /TASS/. "), or a bare
# day and month before the story's first capital ("Rome, April 6 Italian Prime Minister ...", as some wires
# print it)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
# ("July 19th": some wires write the day as an ordinal)
_DAY_MONTH = rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_MONTH})"
# (an agency's name is capitalised, whatever the line's case: "Iran (not Israel) was ..." opens a sentence)
_AGENCY = r"(?-i:\([A-Z][A-Za-z.]{0,20}(?: [A-Z][A-Za-z.]{0,20}){0,3}\)|/[A-Z][A-Za-z]{1,15}/)"
_WIRE_LINE = re.compile(
    r"([A-Z][A-Za-z'-]+(?:\s[A-Z][A-Za-z'-]+){0,2})"  # the place ("Addis Ababa", "HARARE")
    r"(?:,\s*[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2}(?=,))?"  # its country: "Canberra, Australia, ..."
    rf"(?:,?\s*(?:(?P<day>{_DAY_MONTH})(?P<year>(?:,?\s+|/)\d{{4}})?(?:\.?,?\s*(?P<agency>{_AGENCY}))?"
    rf"|(?P<wire>{_AGENCY})))"
    r"\.?\s*(?P<close>[\u2014\u2013-]{1,2}|:)?\s+(?=\S)",
    re.IGNORECASE,
)
# "OTTAWA\u2014Prime Minister ...", "HAVANA\u2013Foreign ministers ...": a place in capitals, its dash glued
# to the story's first word
_GLUED_LINE = re.compile(r"([A-Z][A-Z'-]+(?:\s[A-Z][A-Z'-]+){0,2})[\u2014\u2013](?=[A-Z][a-z])")
_WIRE_REACH = 600  # characters: a page's menus and headline may come before it


def _wire_line(text: str, stamp: int = 0) -> re.Match[str] | None:
    """A wire's dateline (see _WIRE_LINE) at the text's start, a line's or right after a page's date stamp
    (``stamp``: where it ends), its place a known capital or country: a bare day and month counts only
    before a capital-led word, as no sentence opens so."""
    starts = [stamp] if stamp else []
    starts.append(len(text) - len(text.lstrip()))
    starts += [m.end() for m in _LINE_START.finditer(text, 0, _WIRE_REACH)]
    for at in starts:
        found = _WIRE_LINE.match(text, at) or _GLUED_LINE.match(text, at)
        if found is None:
            continue
        place = found.group(1)
        place = place.title() if place.isupper() else place
        if place not in CAPITALS and country_of(place) is None:
            continue
        if found.re is _GLUED_LINE or any(found.group(g) for g in ("year", "agency", "wire", "close")):
            return found
        if text[found.end() : found.end() + 1].isupper():
            return found
    return None


def _is_place(found: re.Match[str]) -> bool:
    """A bare "WORD:" with no date or agency is a dateline only when the word is a known place
    ("KUALA LUMPUR:"), not a label ("UPDATE:", "WATCH:"); in ordinary case only a capital ("Jakarta: "), as a
    headline may open on a country's name ("Iran: talks to resume")."""
    bare_colon = found.group(5) and not found.group(3) and not found.group(4)
    if not bare_colon:
        return True
    place = found.group(1).strip()
    if not place.isupper():
        return place in CAPITALS
    return country_of(place.title()) is not None
