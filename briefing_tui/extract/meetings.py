"""Stage meetings: calls, visits, meetings, talks, summits and conferences between actors.

Each sentence is searched for trigger words (:mod:`meetingcues`); the trigger's
form says where its participants are (subject and objects of "met with", the
whole clause for "in a telephone call", the traveller and the destination for
"traveled to"). Dates come from the sentence's timexes, status from the words
around the trigger and the date, place from the destination or an "in X"
phrase. Mentions of one event across sentences are then merged, so that
"an expected visit to Washington this week" and "Wang will be in Washington
Thursday to Saturday" give one visit.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from briefing_tui.extract.datewords import MONTHS, WEEKDAYS
from briefing_tui.extract.document import Document, Entity, MeetingCandidate, Mention, Timex
from briefing_tui.extract.lexicon.countries import country_of
from briefing_tui.extract.meetingcues import (
    ACTOR_FOLLOWERS_OK,
    EVENT_KINDS,
    OBJECT_STOP,
    PEOPLE_NOUNS,
    PERSON_AS_MODIFIER,
    PROPOSED,
    TRIGGER_WORDS,
    TRIGGERS,
    VERB_AFTER_SUBJECT,
    Form,
    Kind,
)
from briefing_tui.extract.spans import longest_first
from briefing_tui.extract.tense import tense_near
from briefing_tui.extract.tokens import Token, sentence_tokens

_ZONE = 500  # characters looked at on either side of a trigger: bounded work on endless sentences
_KEYWORD_LEFT = 90  # "following their brief telephone call", six capitalised words before "Summit"
_KEYWORD_RIGHT = 40
_MERGE_WINDOW = 40  # earlier candidates a new one is compared with when merging
_CLAUSE_START = re.compile(r"[;\"]")
_QUOTE = re.compile(r"\"")
_SIDES = re.compile(
    r"(?P<sides>[A-Z][\w.]*(?:-[A-Z][\w.]*(?:\s+of\s+[A-Z][\w.]*)?)+)(?:\s+[A-Za-z'-]+){0,5}?\s+"
    r"(?=(?:[A-Z][\w.'-]*\s+){0,6}(?:[Ss]ummit|[Cc]onference|[Mm]eeting|Ministerial|[Dd]ialogue|[Tt]alks|Forum)\b)"
)
_REMOTE = re.compile(
    r"(?i)\b(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone\b|\bby\s+video(?:\s*link|\s*conference)?\b"
    r"|\bvirtually\b|\bvideo\s+(?:call|conference)\b"
)
_OPENING = re.compile(
    r"\s*(?:During|On|In|After|Following|Before|Ahead\s+of|While\s+on)\s+(?:a|an|the|his|her)\b"
)
_ASIDE = re.compile(r",\s+(?:who|which|whose|where|when)\b[^,;\"]{0,200},")
_LOCATIVE_BEFORE = re.compile(r"(?i)\b(?:in|at|from|into|across|near)\s+(?:the\s+)?$")
_REPORTING_AFTER = re.compile(r"\s+(?:said|says|told|added|announced|stated|reported|wrote)\b")
_ITINERARY = re.compile(
    r"\s*(?:On\s+[^,;]{3,40}?,?\s+)?[Ii]n\s+(?:the\s+)?(?P<place>[A-Z][\w.'-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w.'-]*){0,4})"
    r"(?:\s*\([^()]{1,30}\))?(?:\s+on\s+[^,;]{3,40}?)?\s*,"
)
_YEAR_LEAD = re.compile(
    r"(?i)\b(?:in|since|by|during|until|till|before|after|from|through|throughout|of)\s+$"
)
_CONTENT_STOP = re.compile(r"\bthat\b|[;:\"]|\baccording\s+to\b")
_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")
_WITH_OBJECTS = re.compile(r"\s*(?:with|between)\s+", re.IGNORECASE)
_TO_PLACE = re.compile(r"\b(?:to|in|for)\s+(?=(?:the\s+)?[A-Z])")
_IN_PLACE = re.compile(r"\b(?:[Ii]n|[Aa]t)\s+(?=(?:the\s+)?[A-Z])")
_CALENDAR = frozenset(w.capitalize() for w in (*MONTHS, *WEEKDAYS))
_PLACE = re.compile(
    r"(?:the\s+)?(?P<place>[A-Z][\w.'-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w.'-]*){0,5}"
    r"(?:,\s+(?P<ext>[A-Z][\w.'-]*)(?![\w.'-]|\s+[A-Z]))?)"
)
_ATTEND = re.compile(
    r"\b(?:attend|attends|attended|attending|host|hosts|hosted|hosting|join|joins|joined|chair|chairs|"
    r"chaired|convene|convenes|convened|hold|holds|held|lead|leads|led|participate\s+in|participated\s+in|"
    r"took\s+part\s+in|take\s+part\s+in|at|to)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    kind: Kind
    form: Form
    title: str | None = None
    guest: bool = False


@dataclass(slots=True)
class _Found:
    """A candidate meeting while it is being built and merged."""

    kind: Kind
    sentence: int
    evidence_start: int
    evidence_end: int
    participants: list[int] = field(default_factory=list)
    status: str = "past"
    location: str | None = None
    timex: Timex | None = None
    date_text: str | None = None
    start: str | None = None
    end: str | None = None
    title: str | None = None


class _Actors:
    """Mentions that resolve to an entity, sorted, with range lookups in log time."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        ok = [m for m in doc.mentions if m.entity is not None and 0 <= m.entity < len(doc.entities)]
        self.mentions = sorted(ok, key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.mentions]

    def any_between(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, start)
        return i < len(self.starts) and self.starts[i] < end

    def between(self, start: int, end: int, overhang: bool = False) -> list[Mention]:
        """Mentions inside ``[start, end)`` (or only starting there, with ``overhang``), nested ones dropped."""
        i = bisect.bisect_left(self.starts, start)
        out: list[Mention] = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if (overhang or m.end <= end) and not (out and m.start < out[-1].end):
                out.append(m)
            i += 1
        return out

    def kind(self, m: Mention) -> str:
        return self.doc.entities[m.entity].kind  # type: ignore[index]

    def is_modifier(self, m: Mention) -> bool:
        """'UAE officials', 'U.S. commitment', 'Israel's actions': the actor names something else."""
        if self.kind(m) == "person":
            word = re.match(r"[ \t]+([A-Za-z]+)", self.doc.text[m.end : m.end + 30])
            return bool(word) and word.group(1).lower() in PERSON_AS_MODIFIER  # "the Biden administration"
        text = self.doc.text
        rest = text[m.end : m.end + 40]
        if rest.startswith(("'s", "'")):
            return True
        word = re.match(r"[ \t]+([A-Za-z]+)", rest)
        if not word:
            return False
        w = word.group(1)
        low = w.lower()
        if low in ACTOR_FOLLOWERS_OK or w in _CALENDAR or low in VERB_AFTER_SUBJECT:
            return False
        return not (w.islower() and len(low) > 4 and low.endswith("ed"))  # "Thailand agreed"

    def is_people_modifier(self, m: Mention) -> bool:
        """'senior Taliban representatives': the actor is the side the unnamed people speak for."""
        word = re.match(r"[ \t]+([A-Za-z]+)", self.doc.text[m.end : m.end + 40])
        return bool(word) and word.group(1).lower() in PEOPLE_NOUNS


class _Dates:
    """The document's timexes (in text order), looked up by range in log time."""

    def __init__(self, timexes: list[Timex]) -> None:
        self.timexes = timexes
        self.starts = [t.start for t in timexes]

    def around(self, start: int, end: int) -> list[Timex]:
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return [t for t in self.timexes[i:j] if t.end <= end]


# -- triggers --------------------------------------------------------------------------


def _windows(tokens: list[Token], lo: int, hi: int) -> list[tuple[int, int, set[str]]]:
    """Stretches of a sentence around trigger keywords, with the keywords; other text is never searched."""
    spans: list[tuple[int, int, set[str]]] = []
    for i, tok in enumerate(tokens):
        low = tok.low
        if low not in TRIGGER_WORDS:
            continue
        if low == "be" and (i + 1 >= len(tokens) or tokens[i + 1].low != "in"):
            continue
        start, end = max(lo, tok.start - _KEYWORD_LEFT), min(hi, tok.end + _KEYWORD_RIGHT)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]), spans[-1][2] | {low})
        else:
            spans.append((start, end, {low}))
    return spans


def _hits(text: str, windows: list[tuple[int, int, set[str]]]) -> list[_Hit]:
    """Trigger occurrences in one sentence's windows, longest first where they overlap."""
    found: list[_Hit] = []
    for lo, hi, keys in windows:
        for trig in TRIGGERS:
            if trig.keys.isdisjoint(keys):
                continue
            for m in trig.pattern.finditer(text, lo, hi):
                kind: Kind = trig.kind
                title = None
                if trig.form == "event":
                    if not text[m.start() : m.start("head")].strip():
                        continue  # a bare capitalised "Meeting" names no event
                    kind = EVENT_KINDS[m.group("head").lower()]
                    title = m.group(0).strip()
                found.append(_Hit(m.start(), m.end(), kind, trig.form, title, trig.guest))
    return longest_first(found)


# -- participants ----------------------------------------------------------------------


def _subject_group(actors: _Actors, lo: int, hi: int) -> list[Mention]:
    """The nearest actor before ``hi`` (a person if there is one) and those coordinated with it."""
    text = actors.doc.text
    left = [
        m
        for m in actors.between(lo, hi)
        if not actors.is_modifier(m) and not _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start)
    ]
    persons = [m for m in left if actors.kind(m) == "person"]
    pool = persons or left
    if not pool:
        return []
    group = [pool[-1]]
    for m in reversed(pool[:-1]):
        if _COORDINATION.fullmatch(text[m.end : group[-1].start]):
            group.append(m)
        else:
            break
    return group[::-1]


def _objects(actors: _Actors, start: int, stop: int, places: bool = False) -> list[Mention]:
    """Actors named between ``start`` and ``stop``; "in Doha, Qatar" is where, not who (unless ``places``)."""
    found = actors.between(start, stop, overhang=True)  # 'Josaia Voreqe "Frank" Bainimarama'
    if not places:
        text = actors.doc.text
        spots: list[tuple[int, int]] = []
        for m in _IN_PLACE.finditer(text, start, stop):
            pm = _PLACE.match(text, m.end(), stop)
            if pm:
                spots.append((m.start(), pm.end()))
        found = [m for m in found if not any(a <= m.start and m.end <= b for a, b in spots)]
    kept = [m for m in found if not actors.is_modifier(m) and not _is_reporter(actors.doc.text, m)]
    if not any(actors.kind(m) == "person" for m in kept):
        kept += [m for m in found if actors.is_modifier(m) and actors.is_people_modifier(m)]
        kept.sort(key=lambda m: m.start)
    return kept


def _opening_subject(actors: _Actors, lo: int, hit: _Hit, hi: int) -> list[Mention]:
    """ "During a visit to Kyiv on Monday, Blinken said ...": the traveller follows the opening phrase."""
    text = actors.doc.text
    if not _OPENING.match(text, lo, hit.start):
        return []
    comma = text.find(",", hit.end, hi)
    if comma < 0:
        return []
    after = actors.between(comma, min(hi, comma + 100))
    return [m for m in after if actors.kind(m) == "person"][:1]


def _is_reporter(text: str, m: Mention) -> bool:
    """ "..., Defense Secretary William Perry said": the one reporting, after a comma, is not a participant."""
    return bool(_REPORTING_AFTER.match(text, m.end)) and "," in text[max(0, m.start - 40) : m.start]


def _object_stop(text: str, start: int, hi: int) -> int:
    m = OBJECT_STOP.search(text, start, hi)
    return m.start() if m else hi


def _possessor(actors: _Actors, lo: int, start: int) -> list[Mention]:
    """ "Biden's meeting", "his call": the actor just before a noun trigger."""
    before = actors.between(max(lo, start - 80), start)
    if before:
        m = before[-1]
        gap = actors.doc.text[m.end : start]
        if re.fullmatch(r"(?:'s?)?\s+(?:[a-z-]+\s+){0,3}", gap) and (
            gap.startswith("'") or m.kind == "pronoun"
        ):
            return [m]
    return []


def _participants(
    doc: Document, actors: _Actors, hit: _Hit, lo: int, hi: int
) -> tuple[list[Mention], str | None]:
    """Participant mentions and, for travel, the place reached."""
    text = doc.text
    if hit.form == "travel":
        subject = _subject_group(actors, lo, hit.start) or _opening_subject(actors, lo, hit, hi)
        if not subject:
            return [], None  # "troops have arrived in Bosnia": nobody named travels
        dest = _TO_PLACE.search(
            text,
            hit.end - 3 if text[hit.end - 3 : hit.end] in (" to", " in") else hit.end,
            min(hi, hit.end + 80),
        )
        if hit.kind == "visit" and re.search(r"visit(?:s|ed|ing)?$", text[hit.start : hit.end], re.I):
            direct = re.match(r"\s+(?=(?:the\s+)?[A-Z])", text[hit.end : hit.end + 3])
            if direct:
                dest = direct  # "visited Kyiv": the destination follows at once
                place_at = hit.end + direct.end()
            else:
                place_at = dest.end() if dest else -1
        else:
            place_at = dest.end() if dest else -1
        if place_at < 0:
            return subject, None
        place = _place_at(actors, place_at, hi)
        stop = _object_stop(text, place_at, hi)
        return subject + _objects(actors, place_at, stop, places=True), place
    if hit.form == "adverbial":
        cm = _CONTENT_STOP.search(text, hit.end, hi)
        stop = cm.start() if cm else hi
        inside = actors.between(lo, stop)
        persons = [m for m in inside if actors.kind(m) == "person"]
        with_objects: list[Mention] = []
        w = _WITH_OBJECTS.match(text, hit.end)
        if w:
            comma = text.find(",", w.end(), stop)
            end = _object_stop(text, w.end(), comma if comma >= 0 else stop)
            with_objects = _objects(actors, w.end(), end)
        return persons + with_objects, None
    if hit.form == "event":
        inside = actors.between(hit.start, hit.end)
        extra: list[Mention] = []
        if _ATTEND.search(text, max(lo, hit.start - 60), hit.start):
            extra = _subject_group(actors, lo, hit.start)
        after = re.match(
            r",?\s*(?:hosted\s+by|with|between|convened\s+by|chaired\s+by)\s+", text[hit.end : hit.end + 30]
        )
        if after:
            s = hit.end + after.end()
            extra += _objects(actors, s, _object_stop(text, s, hi))
        return extra + inside, None
    w = _WITH_OBJECTS.match(text, hit.end)
    tail = w.end() if w else hit.end
    objects = _objects(actors, tail, _object_stop(text, tail, hi))
    if hit.form == "verb":
        return _subject_group(actors, lo, hit.start) + objects, None
    if text[hit.start : tail].lower().rstrip().endswith("between"):
        return objects, None  # "a meeting between Biden and Xi"
    owner = _possessor(actors, lo, hit.start)
    return (owner or _subject_group(actors, lo, hit.start)) + objects, None


def _countries_of_place(doc: Document, place: str | None) -> list[int]:
    """ "Kuwait City", "Kyiv, Ukraine", "Washington": the country reached, as an entity (added if new)."""
    if not place:
        return []
    names = dict.fromkeys(c for part in (place, *place.split(", ")) if (c := country_of(part.strip())))
    out: list[int] = []
    for name in names:
        index = next((e.index for e in doc.entities if e.kind == "country" and e.name == name), None)
        if index is None:
            index = len(doc.entities)
            doc.entities.append(Entity(index=index, kind="country", name=name))
        out.append(index)
    return out


def _sides_before(doc: Document, hit: _Hit) -> list[int]:
    """ "an Israel-Palestine peace conference", "the U.S.-Kuwait Strategic Dialogue": the sides named in front."""
    text = doc.text
    m = _SIDES.search(text, max(0, hit.start - 80), hit.end)
    if not m or m.end("sides") > hit.end:
        return []
    out: list[int] = []
    for part in m.group("sides").split("-"):
        name = country_of(part.strip())
        index = None
        if name:
            index = _countries_of_place(doc, part.strip())[0]
        else:
            index = next((e.index for e in doc.entities if part in (e.name, *e.aliases)), None)
        if index is not None and index not in out:
            out.append(index)
    return out if len(out) >= 2 else []


def _trim_place(place: str) -> str | None:
    words = place.split()
    while words and words[-1].strip(",.") in _CALENDAR:
        words.pop()
    while words and words[0] in ("The", "In", "At"):
        words.pop(0)
    out = " ".join(words).rstrip(",.")
    return out or None


def _place_at(actors: _Actors, pos: int, hi: int) -> str | None:
    """The place named at ``pos``: "Kyiv, Ukraine" but not "Paris, Macron" (a person after the comma)."""
    pm = _PLACE.match(actors.doc.text, pos, hi)
    if not pm:
        return None
    place = pm.group("place")
    ext = pm.start("ext")
    if ext >= 0 and any(actors.kind(m) == "person" for m in actors.between(ext, pm.end())):
        place = actors.doc.text[pm.start("place") : ext].rstrip(", ")
    return _trim_place(place)


def _location(doc: Document, actors: _Actors, hit: _Hit, lo: int, hi: int) -> str | None:
    """ "in San Francisco", "In the United Arab Emirates, ...": the first place named around the trigger."""
    text = doc.text
    for start, end in ((hit.end, hi), (lo, hit.start)):
        for m in _IN_PLACE.finditer(text, start, end):
            place = _place_at(actors, m.end(), hi)
            if place and place.split()[0] not in _CALENDAR and not place[:1].isdigit():
                return place
    return None


# -- dates and status ------------------------------------------------------------------


def _pick_timex(text: str, sentence_timexes: list[Timex], hit: _Hit) -> Timex | None:
    """The date nearest the trigger; the end of a range stands for the range's start.

    A bare year used as a modifier ("the 1991 Paris Agreements") dates something else.
    """
    usable = [
        t
        for t in sentence_timexes
        if t.value is not None
        and (
            len(t.value) > 4
            or not t.text[:1].isdigit()
            or _YEAR_LEAD.search(text, max(0, t.start - 16), t.start)
        )
    ]
    if not usable:
        return None
    best = min(usable, key=lambda t: min(abs(t.start - hit.end), abs(hit.start - t.end)))
    for t in sentence_timexes:
        if t.end_value is not None and t.end_value == best.value and t.end <= best.start:
            return t
    return best


def _outside_asides(text: str, timexes: list[Timex], hit: _Hit) -> list[Timex]:
    """Dates in a relative clause (", who arrived late Tuesday,") belong to that clause, not the trigger's."""
    if not timexes:
        return timexes
    lo, hi = min(timexes[0].start, hit.start), max(timexes[-1].end, hit.end)
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text, max(0, lo - 200), hi + 200)]
    asides = [(a, b) for a, b in asides if not (a <= hit.start < b)]
    return [t for t in timexes if not any(a <= t.start < b for a, b in asides)]


def _range_text(doc: Document, sentence_timexes: list[Timex], t: Timex) -> tuple[str, str | None]:
    if t.end_value:
        for u in sentence_timexes:
            if u.start >= t.end and u.value == t.end_value:
                return doc.text[t.start : u.end], t.end_value
    return t.text, t.end_value


def _status(doc: Document, hit: _Hit, lo: int, hi: int, start: str | None) -> str:
    text = doc.text
    window_lo = max(lo, hit.start - 90)
    if PROPOSED.search(text, window_lo, hit.end):
        return "proposed"
    tense = tense_near(text, hit.start, hit.start, lo, hi)
    return _date_status(doc, start, tense)


def _date_status(doc: Document, start: str | None, tense: str | None) -> str:
    """Upcoming or past: the tense, checked against the date where the two agree or the tense is silent."""
    published = doc.published.isoformat()
    if start and len(start) >= 7:
        if start > published[: len(start)] and tense != "past":
            return "upcoming"
        if start < published[: len(start)] and tense != "future":
            return "past"
    return "upcoming" if tense == "future" else "past"


# -- assembly --------------------------------------------------------------------------


def _distinct(doc: Document, mentions: list[Mention]) -> list[int]:
    return list(dict.fromkeys(m.entity for m in mentions if m.entity is not None))


def _sentence_candidates(
    doc: Document,
    actors: _Actors,
    index: int,
    tokens: list[Token],
    dates: _Dates,
) -> list[_Found]:
    s = doc.sentences[index]
    if not actors.any_between(s.start, s.end):
        return []  # nobody to meet
    stop = _itinerary_stop(doc, actors, index, dates)
    windows = _windows(tokens, s.start, s.end)
    hits = _hits(doc.text, windows) if windows else []
    if not hits:
        return [stop] if stop else []
    quotes = [m.start() for m in _QUOTE.finditer(doc.text, s.start, s.end)]
    out: list[_Found] = []
    for n, hit in enumerate(hits):
        if bisect.bisect_left(quotes, hit.start) % 2:
            continue  # inside quoted words: a question, a slogan, someone else's account
        lo = max(s.start, hit.start - _ZONE)
        clause = list(_CLAUSE_START.finditer(doc.text, lo, hit.start))
        if clause:
            lo = clause[-1].end()
        hi = min(s.end, hit.end + _ZONE, hits[n + 1].start if n + 1 < len(hits) else s.end)
        if not actors.any_between(lo, hi):
            continue
        mentions, place = _participants(doc, actors, hit, lo, hi)
        participants = _distinct(doc, mentions)
        if hit.guest and not any(actors.kind(m) == "person" for m in mentions if m.start > hit.start):
            continue  # "Qatar hosts the base": hosting a meeting needs a named guest
        if hit.form == "travel":
            if place is None and not mentions[1:]:
                continue  # "travel restrictions", "the visit was useful": no destination, no visit
            if not actors.any_between(lo, hit.start):
                continue  # nobody named travels
            participants += [c for c in _countries_of_place(doc, place) if c not in participants]
        if hit.form in ("noun", "event"):
            participants += [c for c in _sides_before(doc, hit) if c not in participants]
        kind = hit.kind
        if kind in ("meeting", "talks") and hit.form != "event" and _REMOTE.search(doc.text, hit.start, hi):
            kind = "call"  # "spoke with Netanyahu by phone", "held talks by video link"
        found = _Found(kind, index, s.start, s.end, participants, title=hit.title)
        found.location = place or _location(
            doc, actors, hit, max(s.start, hit.start - _ZONE), min(s.end, hit.end + _ZONE)
        )
        near = _outside_asides(
            doc.text, dates.around(max(s.start, hit.start - _ZONE), min(s.end, hit.end + _ZONE)), hit
        )
        t = _pick_timex(doc.text, near, hit)
        if t is not None and t.value is not None:
            found.timex = t
            found.date_text, end_value = _range_text(doc, near, t)
            found.start, found.end = t.value, end_value or t.value
        found.status = _status(doc, hit, lo, hi, found.start)
        out.append(found)
    return ([stop] if stop else []) + _merge_same_sentence(out)


def _itinerary_stop(doc: Document, actors: _Actors, index: int, dates: _Dates) -> _Found | None:
    """ "In Fiji on February 12, Secretary Blinken will ...": a dated stop on a trip is a visit.

    The sentence opens with "In <place>" and a date (before or after it); the
    first person named after that opening is the visitor, unless the place is
    their own country.
    """
    s = doc.sentences[index]
    text = doc.text
    m = _ITINERARY.match(text, s.start, min(s.end, s.start + 160))
    if not m:
        return None
    opening = dates.around(s.start, m.end())
    dated = [t for t in opening if t.value and len(t.value) == 10]
    place = _trim_place(m.group("place"))
    countries = _countries_of_place(doc, place) if dated and place else []
    if not countries:
        return None
    visitor = next(
        (a for a in actors.between(m.end(), min(s.end, m.end() + 80)) if actors.kind(a) == "person"), None
    )
    if visitor is None or visitor.entity is None:
        return None
    entity = doc.entities[visitor.entity]
    if entity.affiliation and entity.affiliation in {doc.entities[c].name for c in countries}:
        return None  # at home, not visiting
    t = dated[0]
    found = _Found("visit", index, s.start, s.end, [visitor.entity, *countries], location=place)
    found.timex, found.start, found.end = t, t.value, t.end_value or t.value
    found.date_text = t.text
    tense = tense_near(text, visitor.end, visitor.end, s.start, s.end)
    found.status = _date_status(doc, found.start, tense)
    return found


def _carry_over(found: list[_Found]) -> list[_Found]:
    """ "X visited Kyiv yesterday. While in Kyiv, X met Y": an undated event takes the date (and
    place) of the event just before it, in the same or the previous sentence, that shares an actor."""
    for i, f in enumerate(found):
        if f.start and f.location:
            continue
        for prev in reversed(found[max(0, i - 4) : i]):
            if f.sentence - prev.sentence > 1:
                break
            if (
                prev.kind != "visit"
                or prev.status != f.status
                or not set(prev.participants) & set(f.participants)
            ):
                continue
            if f.start and f.start != prev.start:
                break
            if not f.start and prev.start:
                f.start, f.end, f.date_text, f.timex = prev.start, prev.end, prev.date_text, prev.timex
            f.location = f.location or prev.location
            break
    return found


def _merge_same_sentence(found: list[_Found]) -> list[_Found]:
    """Two triggers of one kind in one sentence are one event ("will host X for the Trilateral Meeting")."""
    out: list[_Found] = []
    for f in found:
        twin = next((o for o in reversed(out[-_MERGE_WINDOW:]) if _same_sentence_event(o, f)), None)
        if twin is None:
            out.append(f)
            continue
        if twin.kind != f.kind:
            big, small = (f, twin) if len(f.participants) > len(twin.participants) else (twin, f)
            kind = small.kind if small.title and big.kind == "meeting" else big.kind
            twin.kind = kind
        _absorb(twin, f)
    return out


def _same_sentence_event(a: _Found, b: _Found) -> bool:
    pa, pb = set(a.participants), set(b.participants)
    if a.kind == b.kind:
        return bool(pa & pb) or len(pa) <= 1 or len(pb) <= 1
    if "visit" in (a.kind, b.kind):
        return False
    return pa <= pb or pb <= pa


def _absorb(into: _Found, other: _Found) -> None:
    into.participants = list(dict.fromkeys(into.participants + other.participants))
    into.location = into.location or other.location
    into.title = into.title or other.title
    if other.start and (not into.start or len(other.start) > len(into.start)):
        into.start, into.end, into.date_text, into.timex = (
            other.start,
            other.end,
            other.date_text,
            other.timex,
        )
        if into.status != "proposed" or other.status == "proposed":
            into.status = other.status
    if other.sentence - into.sentence == 1:
        into.evidence_end = max(into.evidence_end, other.evidence_end)
        into.sentence = other.sentence


def _same_event(a: _Found, b: _Found) -> bool:
    if a.kind != b.kind or (a.status == "proposed") != (b.status == "proposed"):
        return False
    if a.start and b.start and (a.start, a.end) != (b.start, b.end):
        return False
    if a.location and b.location and not (a.location in b.location or b.location in a.location):
        return False
    pa, pb = set(a.participants), set(b.participants)
    return len(pa) >= 2 and len(pb) >= 2 and (pa <= pb or pb <= pa)


def _merge_events(found: list[_Found]) -> list[_Found]:
    out: list[_Found] = []
    for f in found:
        twin = next((o for o in reversed(out[-_MERGE_WINDOW:]) if _same_event(o, f)), None)
        if twin:
            _absorb(twin, f)
        else:
            out.append(f)
    return out


def _worth_keeping(f: _Found) -> bool:
    """Two actors meet; a single actor only for a named or dated event ("the ECOWAS Summit, held on July 3")."""
    if len(f.participants) >= 2:
        return True
    if f.kind == "visit" and f.participants and f.location:
        return True  # "Kerry traveled to the Middle East": a named traveller and a place
    return (
        len(f.participants) == 1
        and (f.title is not None or f.kind in ("summit", "conference"))
        and bool(f.start or f.location)
    )


def find(doc: Document) -> None:
    """Fill ``doc.meetings``: one candidate per real event, participants as entity indexes."""
    actors = _Actors(doc)
    found: list[_Found] = []
    dates = _Dates(doc.timexes)
    for index, tokens in enumerate(sentence_tokens(doc)):
        found.extend(_sentence_candidates(doc, actors, index, tokens, dates))
    doc.meetings = [
        MeetingCandidate(
            kind=f.kind,
            status=f.status,  # type: ignore[arg-type]
            evidence_start=f.evidence_start,
            evidence_end=f.evidence_end,
            participants=f.participants,
            location=f.location,
            start=f.start,
            end=f.end,
            date_text=f.date_text,
            title=f.title,
        )
        for f in _merge_events(_carry_over(found))
        if _worth_keeping(f)
    ]
