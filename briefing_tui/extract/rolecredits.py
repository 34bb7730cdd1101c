"""Roles the roles stage reads from an article's credits: writers, translators, photographers.

A name alone on its line near the top ("By X, GNA") is the reporter, one after "Translation:"
the translator; a name after a picture credit ("(AP Photo/X)", "Photo by X/agency") is a
photographer, with the agency as affiliation.

Separate because these come from the layout of bylines and captions, not from titles.
"""

from __future__ import annotations

import re

from briefing_tui.extract.document import Document, Mention
from briefing_tui.extract.lexicon import orgs

# A writer's line: the name alone on a line near the top, maybe after "By", maybe followed by
# the place, the agency or the time of filing ("By X, GNA"; "X, Abuja"; "X - 18 March 2016 10:43").
_BYLINE = re.compile(
    r"[ \t]*(?:By[ \t]+)?(?P<name>[^\n]+?)[ \t]*(?:[,|][ \t]*[A-Z][\w .]{0,30}|[ \t]+[-\u2013\u2014\u2022|][ \t]*\d[^\n]{0,40})?[ \t]*"
)
BYLINE_SENTENCES = 4  # the headline, the byline, perhaps a dek
_BYLINE_MAX = 90  # characters: a longer line is a sentence, not a byline
_TRANSLATOR = re.compile(r"(?:Translation|Translated by)\s*:?\s*$")


def byline(doc: Document, m: Mention) -> str | None:
    """A name alone on its line as the article's writer ("reporter"), or its translator."""
    text = doc.text
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line_end = len(text) if line_end < 0 else line_end
    if (
        _TRANSLATOR.search(text, max(line_start, m.start - 20), m.start)
        and not text[m.end : line_end].strip()
    ):
        return "translator"
    if m.sentence >= BYLINE_SENTENCES or line_end - line_start > _BYLINE_MAX:
        return None
    found = _BYLINE.fullmatch(text, line_start, line_end)
    if found is None or found.start("name") != m.start or found.end("name") != m.end:
        return None
    # a writer has a full name and is not what the story is about ("Putin" alone is a headline)
    name = m.text.split()
    if len(name) < 2 or text.count(name[-1]) > 1:
        return None
    return "reporter"


# A picture credit right before a name: "(AP Photo/X)", "Photo: RNZ / X", "THE CANADIAN PRESS/X".
_PHOTO_CREDIT = re.compile(
    r"(?:\b(?P<agency>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}) Photo|\bPhotos?: *(?P<source>[A-Z][\w.&' -]{1,30}?)"
    r"|(?:^|[\s(])(?P<caps>[A-Z][A-Z.&']+(?: [A-Z][A-Z.&']+){0,3})) */ *$"
)


# "Photo by X", "Photo: Finnish government by X": a photographer named after "by" (see _person)
PHOTO_BY = re.compile(r"\b(?:Photos?|Pictures?|Photograph)(?::\s*(?P<source>[^\n.:\]]{2,40}?))?\s+by\s+$")
PHOTO_BY_REACH = 60
_AFTER_SLASH = re.compile(r"\s*/\s*([\w.&-]+(?: [A-Z][\w.&-]*){0,3})")
# a bracketed credit with an agency the lexicon knows: "(Xinhua/Rao Aimin)"
_KNOWN_CREDIT = re.compile(r"[(\[]\s*(?P<word>[A-Z][\w.&'-]+(?: [A-Z][\w.&'-]+){0,2}) */ *$")


def credit_after(doc: Document, end: int) -> str | None:
    """The agency after a photographer's name ("X/chinadaily.com.cn"), else None."""
    found = _AFTER_SLASH.match(doc.text, end)
    return found.group(1) if found else None


def photo_credit(doc: Document, start: int) -> str | None:
    """The agency of a photographer credited right before ``start``, as the lexicon names it."""
    found = _PHOTO_CREDIT.search(doc.text, max(0, start - 40), start)
    if found is None:
        known = _KNOWN_CREDIT.search(doc.text, max(0, start - 40), start)
        entry = orgs.KNOWN.get(known.group("word")) if known else None
        return entry[0] if entry else None
    agency = (found.group("agency") or found.group("source") or found.group("caps")).strip()
    known = orgs.KNOWN.get(agency)
    if known:
        return known[0]
    return agency.title() if agency.isupper() and len(agency) > 5 else agency
