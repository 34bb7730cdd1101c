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

# A writer's line: the name alone on a line near the top, maybe after "By" or "From", maybe followed
# by the place, the agency or the time of filing ("By X, GNA"; "From X, Abuja"; "X/Agencies";
# "By X, IANS, November 24, 2009"; "X - 18 March 2016 10:43").
# A credit's stamp may come first ("01 December 2021 - 11:24 X") and its agency after a dash ("By X –
# Trend:"); such a line or one opening "By" is the writer's a few lines further down too.
_BYLINE = re.compile(
    r"[ \t]*(?P<lead>(?:By|From)[ \t]+|\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}[ \t]*[-\u2013\u2014][ \t]*\d{1,2}:\d{2}[ \t]+)?"
    r"(?P<name>[^\n]+?)[ \t]*(?:[,|/][ \t]*[A-Z][\w .,]{0,40}"
    r"|[ \t]+[-\u2013\u2014\u2022|][ \t]*(?:\d[^\n]{0,40}|[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?[ \t]*:))?[ \t]*"
)
BYLINE_SENTENCES = 4  # the headline, the byline, perhaps a dek
_LED_BYLINE_SENTENCES = 8  # after a date line and a dateline's place too
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
    if m.sentence >= _LED_BYLINE_SENTENCES or line_end - line_start > _BYLINE_MAX:
        return None
    found = _BYLINE.fullmatch(text, line_start, line_end)
    if found is None or found.start("name") != m.start or found.end("name") != m.end:
        return None
    if m.sentence >= BYLINE_SENTENCES and found.group("lead") is None:
        return None
    # a writer has a full name and is not what the story is about ("Putin" alone is a headline)
    name = m.text.split()
    if len(name) < 2 or _told_again(text, name[-1]):
        return None
    return "reporter"


def _told_again(text: str, surname: str) -> bool:
    """Whether a byline's surname is written more than once, in any case ("SECRETARY KERRY" of a
    transcript's "John Kerry"), but for a middle name of another's (the writer's "Abdullahi" in "Said
    Abdullahi Deni", a capitalised word after it)."""
    told = re.finditer(rf"\b(?i:{re.escape(surname)})\b(?! [A-Z][a-z])", text)
    return next(told, None) is not None and next(told, None) is not None


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


# A caption's credit line: "Photo: X", "Credit: Belga/X/ POOL / AFP", "(Photo: MTI/Press Office/X)".
# The lead word, then sources joined by slashes, then the name (see credit_line).
_CREDIT_LEAD = re.compile(
    r"\b(?:Photos?|Photograph|Pictures?|Images?|Photo credit|Credit|Foto)\s*:\s*(?P<chain>(?:[^/\n:()]{1,40}/\s*){0,3})$"
)
_CREDIT_REACH = 100  # characters before the name on its line
# The sources after the name in a credit ("X/ POOL / AFP").
_CREDIT_TAIL = re.compile(r"(?:\s*/\s*[\w.&'-]+(?: [A-Z][\w.&'-]*){0,2}){1,3}")
# A wire's credit for its writers at the end of a story: "(Reporting by X; Editing by Y)".
_STAFF_CREDIT = re.compile(
    r"\b(?P<what>[Rr]eporting|[Ee]diting|[Ww]riting|[Ee]dited|[Ww]ritten|[Cc]ompiled)\s+by\s+$"
)
# Others in the same credit before the name: "Reporting by A and B, editing by X".
_CREDIT_LIST = re.compile(r"(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}\s*(?:,|and|&)\s*)+$")
_STAFF_ROLES = {"reporting": "reporter", "writing": "writer", "written": "writer", "compiled": "writer"}
# The wire a story comes from, in its dateline: "TOKYO (Reuters) -".
_WIRE_DATELINE = re.compile(r"\((?P<wire>[A-Z][\w.]{1,15}(?: [A-Z][\w.]{1,15})?)\)\s*[-\u2013\u2014]")
_WIRE_REACH = 300  # characters from the top where the dateline stands


def _known_source(parts: list[str]) -> str | None:
    """The first of a credit's sources the lexicon knows as a body, by its lexicon name."""
    for part in parts:
        entry = orgs.KNOWN.get(part.strip())
        if entry:
            return entry[0]
    return None


def _only_credited(text: str, name: str) -> bool:
    """Whether a name is written only in credits (a caption may be repeated): a photographer is not
    what the story is about ("Photo: X/Telegram" of a president X). Asked only of a credit's name."""
    return text.count(name.split()[-1]) <= _credited(text, name)


def _credited(text: str, name: str) -> int:
    """How often ``name`` is written in a credit: after a colon or a slash, or before a slash."""
    count = 0
    at = text.find(name)
    while at >= 0:
        before = text[max(0, at - 2) : at].rstrip()
        after = text[at + len(name) : at + len(name) + 2].lstrip()
        count += before[-1:] in (":", "/") or after[:1] == "/"
        at = text.find(name, at + len(name))
    return count


def credit_line(doc: Document, m: Mention) -> tuple[str, str | None] | None:
    """(role, affiliation) of a person named in a credit line, else None: a photographer after
    "Photo:"/"Credit:" (the agency a known source among the slashes around the name, else the
    last one before it), a reporter or editor in a wire's "(Reporting by X, editing by Y)" (the
    wire in the dateline), a photographer as "X / AGENCY" opening a caption line."""
    text = doc.text
    line_start = text.rfind("\n", max(0, m.start - _CREDIT_REACH), m.start) + 1
    before = text[max(line_start, m.start - _CREDIT_REACH) : m.start]
    if ":" in before:
        lead = _CREDIT_LEAD.search(before)
        if lead is not None and _only_credited(text, m.text):
            chain = [p.strip() for p in lead.group("chain").split("/") if p.strip()]
            tail = _CREDIT_TAIL.match(text, m.end)
            after = [p.strip() for p in tail.group(0).split("/") if p.strip()] if tail else []
            source = _known_source(after) or _known_source(chain)
            return "photographer", source or (after or chain or [None])[0]
    if "by" in before:
        listed = _CREDIT_LIST.search(before)
        upto = before[: listed.start()] if listed is not None else before
        staff = _STAFF_CREDIT.search(upto)
        if staff is not None:
            what = staff.group("what").lower()
            wire = _WIRE_DATELINE.search(text, 0, _WIRE_REACH)
            agency = _known_source([wire.group("wire")]) if wire else None
            return _STAFF_ROLES.get(what, "editor"), agency
    if line_start == m.start:
        tail = _CREDIT_TAIL.match(text, m.end)
        if (
            tail is not None
            and text.find("\n", tail.end(), tail.end() + 2) < 0
            and tail.end() < len(text)
            and _only_credited(text, m.text)
        ):
            # "X / GPO Israel's President ...": the credit opens the caption, the caption goes on
            first = tail.group(0).split("/")[1].strip().split()[0]
            if first.isupper() and len(first) >= 2:
                entry = orgs.KNOWN.get(first)
                return "photographer", entry[0] if entry else first
    return None


def credit(doc: Document, m: Mention, affiliation: str | None) -> tuple[str, str | None] | None:
    """(role, affiliation) of a person named in one of the page's credits, else None: a photo credit
    ("(AP Photo/X)", "[Photo by X/agency]", "Photo: X"), a wire's staff credit, a byline or a
    translator's line. ``affiliation`` is what the person's own words gave, kept over a credit's."""
    text = doc.text
    if "/" in text[max(0, m.start - 3) : m.start]:
        agency = photo_credit(doc, m.start)
        if agency:
            return "photographer", agency
    if text.startswith("by ", m.start - 3):
        by = PHOTO_BY.search(text, max(0, m.start - PHOTO_BY_REACH), m.start)
        if by is not None:  # "[Photo by X/agency]", "Photo: Finnish government by X"
            return "photographer", affiliation or (by.group("source") or "").strip() or credit_after(
                doc, m.end
            )
    credited = credit_line(doc, m)  # "Photo: X", "(Reporting by X, editing by Y)"
    if credited is not None:
        return credited[0], affiliation or credited[1]
    if text[m.start - 1 : m.start] == "(" and (found := _BRACKET_CREDIT.match(text, m.end)) is not None:
        # "(X/Pool photo via AP, File)", "(X/Reuters)": a caption's credit, the photographer first
        words = _CAPITALISED.findall(found.group("rest"))
        return "photographer", affiliation or _known_source(words[::-1])
    if (
        m.sentence < BYLINE_SENTENCES
        or text.find("Transl", m.start - 16 if m.start > 16 else 0, m.start) >= 0
    ):
        role = byline(doc, m)  # "By X, GNA" under the headline; "Translation: Y" at the end
        if role is not None:
            return role, affiliation
    return None


# The rest of a caption's bracketed credit after the photographer's name: a slash, then the picture's
# word or a wire ("/Pool photo via AP, File)", "/Keystone via AP)", "/AFP)").
_BRACKET_CREDIT = re.compile(
    r"\s*/\s*(?P<rest>[^()\n]{0,40}?(?:\b[Pp]hoto\b|\bvia\b|\bPool\b|\b(?:AP|AFP|Reuters|Getty Images)\b)[^()\n]{0,20})\)"
)
_CAPITALISED = re.compile(r"[A-Z][\w.&-]*")


def credited_only(doc: Document) -> set[int]:
    """The people named only in the page's credits (a writer's byline, a photographer, a wire's
    editor) who neither speak nor meet: page furniture, no actors of the story."""
    acting = doc.acting()
    mentions = doc.mentions
    return {
        e.index
        for e in doc.entities
        if e.kind == "person"
        and e.mentions
        and e.index not in acting
        and all(mentions[i].credit for i in e.mentions)
    }
