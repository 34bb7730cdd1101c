"""Visits the story tells without a trip word for them: guests received, "visiting" guests, "X's visit".

A guest of another land received by a host, a person called "visiting", a visit named by its
traveller with no place: each becomes (or dates) a visit candidate, so that the trip is reported
once. Separate from :mod:`meetingparticipants`, which reads the visit of one trigger's words; these
passes compare the story's candidates to find the trips it tells no other way.
"""

from __future__ import annotations

from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.document import Document
from briefing_tui.extract.lexicon.countries import NAMES, country_of
from briefing_tui.extract.meetingactors import ActorIndex
from briefing_tui.extract.meetingfound import Found
from briefing_tui.extract.meetingmerge import GENERIC, MERGE_WINDOW, SITTINGS

# offices held in the land of the post: "Ambassador", "High Commissioner", "Charge d'Affaires", "Consul
# General", "Apostolic Nuncio", "Defence Attache" (not "envoy": a special envoy travels)
RESIDENT_ENVOY = twin(r"(?i)mbassador|high\s+commissioner|d['\u2019]affaires|consul|nuncio|attach")


# Right after the traveller's name, up to the visit: "X's four-day official visit", "X, who is on a
# day-long visit", "X went to India on a four-day official visit"
_NAMED_VISIT = twin(
    r"(?:['\u2019]s|,?\s+(?:who\s+)?(?:is|was|are|were|went\s+(?:to\s+)?(?:[A-Z][\w-]*\s+){1,3}?)\s*"
    r"(?:currently\s+|now\s+)?(?:on|for))\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?visit\b"
)


def lone_visits(doc: Document, actors: ActorIndex, found: list[Found]) -> list[Found]:
    """ "signed nine deals during Prime Minister X's four-day official visit, which began Monday", "She
    described X's two-day visit as ...", "X, who is on a day-long visit to the island nation, met Y": a
    visit named with no place, of a traveller whose trip is told nowhere else, went to the one other side
    the sentence names (a country, or the side of a person named with the traveller); else it stays
    partial, only ever a date for a visit told elsewhere."""
    lone = [f for f in found if f.partial and f.participants and not f.earlier]
    if not lone:
        return found  # most stories: every visit named with its place
    told = {i for f in found if f.kind == "visit" and not f.partial for i in f.participants}
    for f in lone:
        traveller = doc.entities[f.participants[0]]
        if traveller.index in told or traveller.kind != "person" or not traveller.affiliation:
            continue
        if RESIDENT_ENVOY.search(traveller.role or "") or not any(
            m.entity == traveller.index
            and m.kind == "person"
            and _NAMED_VISIT.match(doc.text, m.end, f.evidence_end)
            for m in doc.mentions_in(f.evidence_start, f.evidence_end)
        ):
            continue  # "his visit", "the visit": whose, a pronoun or a guess may not tell
        sides = {
            e.name if e.kind == "country" else e.affiliation
            for m in doc.mentions_in(f.evidence_start, f.evidence_end)
            if m.entity is not None
            and (e := doc.entities[m.entity]).kind in ("country", "person")
            and not actors.is_modifier(m)
        } - {None, traveller.affiliation}
        if len(sides) != 1:
            continue
        land = sides.pop()
        f.partial = False
        f.participants = [traveller.index, actors.country_entity(land)]
        told.add(traveller.index)
    return found


def fill_visits(found: list[Found]) -> list[Found]:
    """ "Biden's visit, planned for July 13-14": a visit named with no place dates the last visit, told
    before, of the same traveller with the same status; it is never an event of its own."""
    out: list[Found] = []
    for f in found:
        if not f.partial:
            out.append(f)
            continue
        if not f.start or not f.participants:
            continue
        prev = next(
            (
                o
                for o in reversed(out[-MERGE_WINDOW:])
                if o.kind == "visit" and o.status == f.status and f.participants[0] in o.participants
            ),
            None,
        )
        if prev is not None and not prev.start:
            prev.start, prev.end, prev.date_text, prev.timex = f.start, f.end, f.date_text, f.timex
    return out


# "visiting Chinese Vice Premier ": the adjective, then the guest's title, right before the guest's name
_VISITING_BEFORE = twin(r"\b[Vv]isiting\s+(?:[\w.'\u2019-]+\s+){0,4}$")


def received_guest(doc: Document, actors: ActorIndex, found: list[Found]) -> list[Found]:
    """ "Czech Prime Minister X received Slovak PM Y at the Kramar Villa in Prague": a guest of another land
    received by a host of the land where the sitting is, with no trip of the guest's told, came on a
    visit there (to the city the sitting names)."""
    added: list[Found] = []
    for f in found:
        if not f.host or f.kind not in GENERIC or f.earlier:
            continue
        parts = f.location.split(", ") if f.location else []
        city = next((p for p in reversed(parts) if country_of(p) and p not in NAMES), None)
        land = country_of(city) if city else None  # (a land told alone may be a title's: "X of Norway")
        people = [doc.entities[i] for i in f.participants if doc.entities[i].kind == "person"]
        visiting = land is None and doc.text.find("isiting ", f.evidence_start, f.evidence_end) >= 0
        if visiting:
            # "Visiting Chinese Vice Premier X called on Prime Minister Y at his residence": the guest is
            # told as visiting; the land is the host's (the one of two sides the guest is not)
            sides = {e.affiliation for e in people if e.affiliation}
            visitors = {
                e.affiliation
                for e in people
                if e.affiliation
                and any(
                    _VISITING_BEFORE.search(doc.text, max(f.evidence_start, m.start - 50), m.start)
                    for m in doc.mentions
                    if m.entity == e.index and f.evidence_start <= m.start < f.evidence_end
                )
            }
            hosts = sides - visitors
            land = hosts.pop() if len(sides) == 2 and len(hosts) == 1 else None
        guests = [e for e in people if e.affiliation and e.affiliation != land]
        if land is None or len(guests) != 1 or not any(e.affiliation == land for e in people):
            continue
        if people[0] is guests[0] and not visiting:
            continue  # the subject, the one receiving, is the host, not a guest
        if RESIDENT_ENVOY.search(guests[0].role or ""):
            continue  # an ambassador (a high commissioner, a consul) lives in the land of the post: not visiting
        guest = guests[0].index
        if any(o.kind == "visit" and guest in o.participants for o in found):
            continue  # the guest's trip is told
        visit = Found(
            "visit", f.sentence, f.evidence_start, f.evidence_end, [guest, actors.country_entity(land)]
        )
        visit.status, visit.location = f.status, city or land
        visit.start, visit.end, visit.date_text, visit.timex = f.start, f.end, f.date_text, f.timex
        added.append(visit)
    if not added:
        return found
    return sorted(found + added, key=lambda f: f.evidence_start)


# "while visiting President X", "was visiting", "after visiting": the verb, whose object is the one visited
_VISITING_VERB = twin(
    r"(?i)\b(?:is|was|are|were|be|been|while|when|whilst|after|before|during|on|upon|by|of|for|from|in|since)\s+$"
)


def visiting_guests(doc: Document, actors: ActorIndex, found: list[Found]) -> list[Found]:
    """ "talks held with visiting Kuwaiti Foreign Minister X in Washington", "Aoun relayed to visiting
    French Foreign Minister X ...": a person called "visiting" is on a visit to the land of the one of
    another side the sentence names with them (the sitting's other party, else the only other side
    named), when no trip of theirs is told; it takes the sitting's status and place."""
    text = doc.text
    if text.find("isiting ") < 0:
        return found  # most stories: nobody called visiting
    travellers = {i for f in found if f.kind == "visit" for i in f.participants}
    added: list[Found] = []
    for m in doc.mentions:
        guest = m.entity
        if guest is None or guest in travellers:
            continue
        at = text.rfind("isiting ", max(0, m.start - 50), m.start)
        if (
            at < 1
            or not _VISITING_BEFORE.search(text, at - 1, m.start)
            or text.find(" and ", at, m.start) >= 0
        ):
            continue  # ("visiting President A and Foreign Minister B": only A is called visiting)
        if _VISITING_VERB.search(text, max(0, at - 14), at - 1):
            continue
        e = doc.entities[guest]
        if e.kind != "person" or not e.affiliation or RESIDENT_ENVOY.search(e.role or ""):
            continue
        index = doc.sentence_at(m.start)
        s = doc.sentences[index]
        sitting = next(
            (f for f in found if f.sentence == index and f.kind in SITTINGS and guest in f.participants),
            None,
        )
        others = (
            sitting.participants
            if sitting is not None
            else [o.entity for o in doc.mentions_in(s.start, s.end) if o.entity is not None]
        )
        hosts = {
            doc.entities[i].affiliation
            for i in others
            if doc.entities[i].kind == "person" and doc.entities[i].affiliation not in (None, e.affiliation)
        }
        if len(hosts) != 1:
            continue
        travellers.add(guest)
        visit = Found("visit", index, s.start, s.end, [guest, actors.country_entity(hosts.pop())])
        if sitting is not None:
            visit.status, visit.location = sitting.status, sitting.location
        added.append(visit)
    if not added:
        return found
    return sorted(found + added, key=lambda f: f.evidence_start)
