"""Stage meetings: calls, visits, meetings, talks, summits and conferences between actors.

Each sentence is searched for trigger words (:mod:`meetingcues`); the trigger's
form says where its participants are, read with :mod:`meetingactors`: subject
and objects of "met with", the whole clause for "in a telephone call", the
traveller and the destination for "traveled to". Dates come from the
sentence's timexes and status from the words around the trigger and the date
(:mod:`meetingdates`); place from the destination or an "in X" phrase.
Mentions of one event across sentences are then merged, so that "an expected
visit to Washington this week" and "Wang will be in Washington Thursday to
Saturday" give one visit.

This module keeps the stage's entry point :func:`find` and its passes over the whole
document (the lead's place and day, places carried over, "their meeting", a body's
members, returns, what is worth keeping). The candidates of one sentence come from
:mod:`meetingsentences`, their participants from :mod:`meetingparticipants`; the
merging rules live in :mod:`meetingmerge`, the candidate itself in :mod:`meetingfound`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache

from briefing_tui.extract import dateline
from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.datewords import DAYS_LONG, count_of
from briefing_tui.extract.document import Document, MeetingCandidate, Timex
from briefing_tui.extract.gates import any_in
from briefing_tui.extract.lexicon.countries import CAPITALS, NAMES, country_of
from briefing_tui.extract.meetingactors import ActorIndex, place_named_at
from briefing_tui.extract.meetingdates import DateIndex
from briefing_tui.extract.meetingfound import Found
from briefing_tui.extract.meetingmerge import (
    GENERIC,
    MERGE_WINDOW,
    TRIP_BEFORE,
    absorb,
    is_headline,
    merge_events,
    sides_of,
    title_line,
)
from briefing_tui.extract.meetingsentences import sentence_candidates
from briefing_tui.extract.tokens import sentence_tokens

_SITTINGS = ("meeting", "talks", "call", "summit", "conference")  # what "the meeting" may be told again as

_LEAD_REACH = 3  # sentences after the first event's within which a dated event is the story's lead

_LEAD_KINDS = frozenset(("meeting", "talks", "conference", "summit"))
_LANDS = frozenset(NAMES.values())


def _lead_place(doc: Document, found: list[Found], filed: re.Match[str], opening: int) -> None:
    """ "ASTANA - X and Y met on May 20": a meeting told with no place in the story's lead sentence,
    right after its dateline, was held where the story was filed. Not one of sides all from elsewhere
    ("YEREVAN - Turkish and Georgian ministers discussed ...": a home agency reports a sitting abroad)."""
    place = filed.group(1).strip().title()
    land = country_of(place)
    for f in found:
        if f.evidence_end <= opening:
            continue  # a headline's or a photo caption's, told before the dateline
        if f.evidence_start > opening:
            break  # only the lead sentence, the one the dateline opens
        if f.location is None and f.kind in _LEAD_KINDS and f.status == "past" and not f.spoke:
            # ("ISLAMABAD - X spoke with the British Foreign Secretary": where the story is filed, not
            # where a talk with no place was held: it was a call)
            # (every side a land, none the filing one; a body's seat hosts others: "BRUSSELS - NATO's chief met")
            sides = {_side(doc, i) for i in f.participants}
            if land and sides and land not in sides and all(side in _LANDS for side in sides):
                continue
            f.location = place


# "at/on the sidelines of the 33rd AU summit in Addis Ababa": the gathering the story's talks are held at
_SIDELINES = twin(r"\bsidelines?\s+of\s+[^.;\n]{0,100}?\s(?:in|at)\s+(?=(?:the\s+)?[A-Z])")
_GATHERING_KINDS = frozenset(("summit", "conference"))
_TALK_KINDS = frozenset(("meeting", "talks"))


def _gathering_place(doc: Document, actors: ActorIndex, found: list[Found], opening: int) -> None:
    """A story that opens on a gathering with its place ("held talks on the sidelines of the AU summit in
    Addis Ababa", "the final day of the Summit of the Americas, held in Lima") tells the talks and
    meetings that follow, with no place, date or status of their own, as held there."""
    text = doc.text
    lead_end = min(len(text), opening + 600)
    place, at, status, day = None, -1, "past", None
    side = (
        _SIDELINES.search(text, opening, lead_end) if text.find("sideline", opening, lead_end) >= 0 else None
    )
    if side:
        place, at = place_named_at(actors, side.end(), min(len(text), side.end() + 80)), side.start()
        lead = next((f for f in found if f.evidence_start <= at < f.evidence_end), None)
        if lead is not None:
            status, day = lead.status, lead.start
    else:
        lead = next(
            (f for f in found if f.evidence_start < lead_end and f.kind in _GATHERING_KINDS and f.location),
            None,
        )
        if lead is not None and not lead.earlier:
            place, at, status, day = lead.location, lead.evidence_start, lead.status, lead.start
    if not place:
        return
    for f in found:
        if (
            f.evidence_start >= at
            and f.location is None
            and f.kind in _TALK_KINDS
            and f.status == status
            and not (f.earlier or f.quoted or f.host)
            and (f.start is None or day is None or f.start == day)
        ):
            f.location = place


def _visit_place(found: list[Found], i: int) -> str | None:
    """The place of the visit an event belongs to: one told in the few events before it, by one of its
    parties, whose days hold the event's date ("Kang and Wang will meet on Wednesday", during Wang's
    visit on Wednesday and Thursday) or that the event names ("during his visit")."""
    f = found[i]
    if f.location:
        return None
    # "X is on a visit to Cyprus ... X held separate meetings with A and B": undated talks of the
    # traveller, told as the visit's, were held there
    # (not a host's: "hopes to host X" receives at home; nor "the meeting" told again: its own event's)
    undated = not f.start and f.kind in GENERIC and not (f.earlier or f.host or f.theirs)
    if not (f.start or f.during_visit or undated):
        return None
    if undated and not f.during_visit:
        # only when the story's trips of those parties go to one place ("visit Serbia ... talks with
        # the Surinamese president": the trips named differ, the talks' place is not told)
        trips = [
            prev
            for prev in found[max(0, i - MERGE_WINDOW) : i]
            if prev.kind == "visit" and prev.location and set(prev.participants) & set(f.participants)
        ]
        places = {t.location for t in trips}
        if len(places) == 1 and all(t.status == f.status and not t.earlier for t in trips):
            return trips[-1].location
        return None
    for prev in reversed(found[max(0, i - 6) : i]):
        if prev.kind != "visit" or not prev.location or not set(prev.participants) & set(f.participants):
            continue
        if f.during_visit:
            return prev.location
        if (
            prev.start
            and f.start
            and prev.status == f.status
            and prev.start <= f.start <= (prev.end or prev.start)
        ):
            return prev.location
    if f.during_visit:
        # "X met Y during a trip to Saudi Arabia": the trip told after it, in the same sentence
        for after in found[i + 1 : i + 3]:
            if after.sentence != f.sentence:
                break
            if after.kind == "visit" and after.location and set(after.participants) & set(f.participants):
                return after.location
    return None


def _carry_over(doc: Document, found: list[Found]) -> list[Found]:
    """ "X visited Kyiv yesterday. While in Kyiv, X met Y": an undated event takes the date (and
    place) of the event just before it, in the same or the previous sentence, that shares an actor.
    (An event told on in later sentences, "His first meeting was with Y. The talks with Y ...", counts
    from the sentence it is first told in.)"""
    starts = [s.start for s in doc.sentences]
    for i, f in enumerate(found):
        f.location = f.location or _visit_place(found, i)
        if f.start and f.location:
            continue
        told = min(f.sentence, bisect.bisect_right(starts, f.evidence_start) - 1)
        for prev in reversed(found[max(0, i - 4) : i]):
            if told - prev.sentence > 1:
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
                if f.end is None and f.kind != "visit":
                    f.end = f.start  # a meeting on the day a visit begins (its end unknown) lasts that day
            f.location = f.location or prev.location
            break
    return found


# "has arrived in Kabul", "landed in Hanoi", "touched down at the airport": a trip told by its arrival
_ARRIVAL = twin(r"\b(?:arriv(?:ed|es|ing)|landed|touched\s+down)\b")
# "a day-long visit", "a one-day working visit": a stay of that one day; "a three-day visit": of three
_ONE_DAY = twin(r"(?i)\b(?:day-long|one-day|single-day)\b")
_STAY_LENGTH = twin(rf"(?i)\b{DAYS_LONG}\b")
_ARRIVAL_NEWS_DAYS = 1  # a sitting this many days before publication (or on it) is the story's day


def _news_day_sitting(
    doc: Document, found: list[Found], trip: Found, travellers: set[int]
) -> tuple[Found, date] | None:
    """The sitting that dates an undated trip, and its day: the travellers' dated one-day sittings of the
    trip's status among ``found`` must all fall on one day, the story's news day (publication or
    the day before); two days among them, or an older one, date nothing."""
    sittings = [
        f
        for f in found
        if f.kind in GENERIC
        and f.start is not None
        and len(f.start) == 10
        and f.end in (None, f.start)
        and f.status == trip.status
        and not f.earlier
        and travellers.intersection(f.participants)
    ]
    if not sittings or any(f.start != sittings[0].start for f in sittings):
        return None
    sitting = sittings[0]
    held = _days_of(sitting.start, sitting.start)
    if held is None or not 0 <= (doc.published - held[0]).days <= _ARRIVAL_NEWS_DAYS:
        return None
    return sitting, held[0]


def _arrival_day(doc: Document, found: list[Found]) -> list[Found]:
    """ "X on Thursday met Y ... X has arrived in Kabul for a day-long visit", "X has arrived in Tehran.
    X was received Saturday morning by Y": an arrival told with no day of its own, next to a sitting of
    the traveller told with the story's day (publication or the day before), was that day; the stay
    lasts the length told with it. The arrival's own sentence and the ones just before and after only,
    and one day among their sittings (two give no one day)."""
    for trip in found:
        if (
            trip.kind != "visit"
            or trip.start is not None
            or trip.status != "past"
            or trip.earlier
            or not _ARRIVAL.search(doc.text, trip.evidence_start, trip.evidence_end)
        ):
            continue
        travellers = {i for i in trip.participants if doc.entities[i].kind == "person"}
        # the sentences just before and after the arrival's (a sitting told on across sentences counts
        # from where it is first told)
        lo = doc.sentences[max(0, trip.sentence - 1)].start
        hi = doc.sentences[min(len(doc.sentences) - 1, trip.sentence + 1)].end
        nearby = [f for f in found if lo <= f.evidence_start < hi]
        found_day = _news_day_sitting(doc, nearby, trip, travellers)
        if found_day is None:
            continue
        sitting, day = found_day
        length = 1
        if not _ONE_DAY.search(doc.text, trip.evidence_start, trip.evidence_end):
            m = _STAY_LENGTH.search(doc.text, trip.evidence_start, trip.evidence_end)
            if m is not None:
                length = count_of(m.group(1))
        trip.start, trip.date_text, trip.timex = sitting.start, sitting.date_text, sitting.timex
        trip.end = (day + timedelta(days=min(length, 31) - 1)).isoformat()
    return found


# "X is on a visit to Y", "is visiting Y", "is in Y": a stay under way, begun on a day the story need not tell
_TRIP_UNDER_WAY = twin(
    r"(?i)\b(?:is|are)\s+(?:now\s+|currently\s+|already\s+|still\s+)?(?:on\s+(?:a|an|his|her|their)\b|visiting\b|in\s+(?=[A-Z]))"
)
# "a recent visit", "his previous trip", "the last tour": a trip before the story's
# ("A day earlier, he travelled to Y": told against another time, which may be no day the story gives)
_EARLIER_TRIP = twin(
    r"(?i)\b(?:(?:recent|previous|last|past|former)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour|stop)|earlier|previously)\b"
)


def _sitting_day_visits(doc: Document, found: list[Found]) -> list[Found]:
    """ "X met Y in Helsinki on Thursday ... X's stop in Finland comes after the summit": a past visit to a
    land told with no time of its own (no arrival: see :func:`_arrival_day`; nor one under way, "is on a
    visit", begun on an untold day, unless told as a trip of one day) took place on the day of the
    traveller's sittings with the land's people, when the story tells them all on one day, its news day
    (publication or the day before)."""
    visits = [
        f for f in found if f.kind == "visit" and f.start is None and f.status == "past" and not f.earlier
    ]
    if not visits:
        return found  # most stories: every visit dated, or none told
    # trips under way or of several days, and each traveller's hosts in a land: found once, not for
    # every visit again (a page of many visits cost their square)
    stays = [
        g
        for g in found
        if g.kind == "visit"
        and (
            _TRIP_UNDER_WAY.search(doc.text, g.evidence_start, g.evidence_end)
            or _several_days(doc.text, g.evidence_start, g.evidence_end)
        )
    ]
    hosts: dict[tuple[frozenset[int], str], list[Found]] = {}
    for trip in visits:
        lands = {doc.entities[i].name for i in trip.participants if doc.entities[i].kind == "country"}
        travellers = {i for i in trip.participants if doc.entities[i].kind == "person"}
        lo, hi = trip.evidence_start, trip.evidence_end
        if len(lands) != 1 or not travellers or _EARLIER_TRIP.search(doc.text, lo, hi):
            continue
        land = next(iter(lands))
        # ("X, who is on a day-long visit to Y, met Z": a stay of one day under way is on that day)
        one_day = _ONE_DAY_TRIP.search(doc.text, lo, hi) is not None
        if not one_day and any(travellers.intersection(g.participants) for g in stays):
            continue  # "X is on a five-day visit to India": the trip began on a day untold
        # held with the land's people: a host of the land visited
        key = (frozenset(travellers), land)
        hosted = hosts.get(key)
        if hosted is None:
            hosted = hosts[key] = [
                f for f in found if any(j not in travellers and _side(doc, j) == land for j in f.participants)
            ]
        found_day = _news_day_sitting(doc, hosted, trip, travellers)
        if found_day is None:
            continue
        sitting = found_day[0]
        # a time of its own told ("A day earlier, he travelled to Y"); a trip of one day may share its
        # sitting's ("X, on a day-long visit to Y, met Z on Friday"), one of more days begins on a day untold
        told = {id(sitting.timex)} if one_day else set()
        if any(lo <= t.start < hi and id(t) not in told for t in doc.timexes):
            continue
        # (a trip of that one day: the story tells no other day of it)
        trip.start, trip.end, trip.date_text, trip.timex = (
            sitting.start,
            sitting.start,
            sitting.date_text,
            sitting.timex,
        )
    return found


# "a day-long visit", "a one-day working visit", "a day's state visit": a trip of that one day
_ONE_DAY_TRIP = twin(
    r"(?i)\b(?:day-?long|one-day|single-day|a\s+day['\u2019]s)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour|stay)"
)


def _one_day_sittings(doc: Document, found: list[Found]) -> list[Found]:
    """ "X arrived in Ghana on Wednesday for a day's state visit ... Both leaders are expected to hold
    talks": a sitting of the traveller with the land's people, told after a dated trip of one day with no
    day of its own, is held on that day (past or still ahead on it)."""
    for trip in found:
        if (
            trip.kind != "visit"
            or trip.start is None
            or len(trip.start) != 10
            or trip.end not in (None, trip.start)
            or trip.earlier
            or not _ONE_DAY_TRIP.search(doc.text, trip.evidence_start, trip.evidence_end)
        ):
            continue
        lands = {doc.entities[i].name for i in trip.participants if doc.entities[i].kind == "country"}
        travellers = {i for i in trip.participants if doc.entities[i].kind == "person"}
        for f in found:
            if (
                f.kind in GENERIC
                and f.start is None
                and f.evidence_start > trip.evidence_start
                and not f.earlier
                and travellers.intersection(f.participants)
                and any(j not in travellers and _side(doc, j) in lands for j in f.participants)
            ):
                f.start, f.end, f.date_text, f.timex = trip.start, trip.start, trip.date_text, trip.timex
    return found


# "a three-day visit", "his five-day official trip" (not "after a two-day summit": another event's length)
_TRIP_LENGTH = twin(rf"(?i)\b{DAYS_LONG}\s+(?:[\w-]+\s+){{0,2}}(?:visit|trip|tour|stay)")


def _several_days(text: str, lo: int, hi: int) -> bool:
    """Is a trip of more than one day told in ``text[lo:hi]`` ("a three-day visit")?"""
    m = _TRIP_LENGTH.search(text, lo, hi)
    if m is None:
        return False
    return count_of(m.group(1)) > 1


# "The meeting was attended by A, B and C": the others at the sitting just told
_ATTENDED_BY = twin(
    r"\s*(?:The|This|That|Their|Both)\s+(?:[\w-]+\s+)?(?:meeting|talks|call|audience|session|discussions?)\s+"
    r"(?:was|were)\s+(?:also\s+)?attended\s+by\s+"
)
# "A and B were also in the meeting", "A also attended the talks": people, then the sitting told before,
# named again by its definite noun at the sentence's end
_PRESENT_AT = twin(
    r"\s(?:(?:was|were)\s+(?:also\s+)?(?:present\s+)?(?:in|at)|also\s+(?:attended|joined|took\s+part\s+in))"
    r"\s+the\s+(?:meeting|talks)[\s.]*$"
)
_ATTENDED_REACH = 8  # sentences after the sitting within which "The meeting was attended by" is its


def _attendees(doc: Document, actors: ActorIndex, found: list[Found]) -> list[Found]:
    """ "X received Y ... The meeting was attended by A, the Minister of Defence, and B", "A and B were also in
    the meeting": the people a sentence so names took part in the meeting, talks or call told last before
    it (and the sentence tells no sitting of its own)."""
    text = doc.text
    if text.find("attended by") < 0 and text.find(" the meeting") < 0 and text.find(" the talks") < 0:
        return found  # most stories
    for index, s in enumerate(doc.sentences):
        m = _ATTENDED_BY.match(text, s.start, s.end)
        present = None if m is not None else _PRESENT_AT.search(text, s.start, s.end)
        if m is None and present is None:
            continue
        # the last past event before it ("was attended": not "the next meeting will be held in Muscat")
        # (an event with no party named is the sitting told again: "The meeting saw an exchange of views")
        told = next(
            (f for f in reversed(found) if f.sentence < index and f.status == "past" and f.participants), None
        )
        if (
            told is None
            or index - told.sentence > _ATTENDED_REACH
            or told.kind not in (*GENERIC, "call")
            or len(told.participants) < 2  # "met with businesspersons": no sitting of named sides to join
        ):
            continue
        if m is not None:
            _join_people(told, actors, m.end(), s.end)
        elif present is not None:
            _join_people(told, actors, s.start, present.start())
            found = [
                f
                for f in found
                if f.sentence != index
                or f.kind not in GENERIC
                or not set(f.participants) <= set(told.participants)
            ]
    return found


def _join_people(told: Found, actors: ActorIndex, start: int, end: int) -> None:
    """The people named between ``start`` and ``end`` take part in ``told`` too, each once."""
    people = [
        a.entity for a in actors.between(start, end) if a.entity is not None and actors.kind(a) == "person"
    ]
    told.participants += [p for p in dict.fromkeys(people) if p not in told.participants]


# "The summit will (also) be attended by A and B", "Among the attendees are A, B and C", "Other notable attendees
# include A": the people at a gathering of many parties told just before
_GATHERING_ATTENDEES = twin(
    r"\s*(?:(?:The|This|That)\s+(?:[\w-]+\s+){0,2}(?:summit|conference|forum|session|meeting|gathering)\s+"
    r"(?P<aux>was|were|is|will(?:\s+also)?\s+be)\s+(?:also\s+)?attended\s+by"
    r"|Among\s+(?:the\s+)?(?:attendees|participants)\s+(?P<among>are|were|will\s+be)"
    r"|(?:Other\s+)?(?:notable\s+|prominent\s+)?(?:attendees|participants)\s+(?P<incl>include|included|are|were))\s+"
)
_GATHERING_REACH = 3  # sentences after the gathering within which its attendees are listed


def _gathering(doc: Document, f: Found) -> bool:
    """A gathering of many parties with its own details: a summit or conference, or a body's sitting, named,
    placed or dated (not "his first summit", said in passing: a person alone, no details)."""
    own = bool(f.title or f.location or f.start)
    if not f.participants:
        return own and f.kind in (*GENERIC, "summit", "conference")  # "Ministers met in Tokyo on Monday"
    body = any(doc.entities[i].kind == "organization" for i in f.participants)
    return (body or f.kind in ("summit", "conference")) and (own or body)


def _still_on(doc: Document, f: Found) -> bool:
    """Do the gathering's own days run to the news day or past it ("the August 22 to 24 summit", told on
    the 22nd): attendees still to come may join it, whatever tense told it."""
    last = f.end or f.start
    return last is not None and len(last) == 10 and last >= doc.published.isoformat()


def _gathering_attendees(doc: Document, actors: ActorIndex, found: list[Found]) -> list[Found]:
    """ "X will attend the SADC summit in Harare ... Among the attendees are A, B and C": the people a sentence
    opening so lists take part in the gathering told last before it, of the time the sentence tells."""
    text = doc.text
    if text.find("ttend") < 0 and text.find("articipants") < 0:
        return found  # most stories
    for index, s in enumerate(doc.sentences):
        m = _GATHERING_ATTENDEES.match(text, s.start, s.end)
        if m is None:
            continue
        verb = (m.group("aux") or m.group("among") or m.group("incl")).replace(" also", "")
        past = verb in ("was", "were", "included")
        told = next((f for f in reversed(found) if f.sentence < index and _gathering(doc, f)), None)
        if (
            told is None
            or index - told.sentence > _GATHERING_REACH
            or (past and told.status != "past")
            or (verb == "will be" and told.status == "past" and not _still_on(doc, told))
        ):
            continue
        _join_people(told, actors, m.end(), s.end)
        # "The summit will be attended by A and B": the sentence's own candidate is that gathering
        found = [
            f
            for f in found
            if f is told or f.sentence != index or not set(f.participants) <= set(told.participants)
        ]
    return found


_GATHERING_NOUN = twin(r"\b(?:summit|conference)\b")  # a gathering told by its lower-case noun
# "the summit", "the conference's": a gathering named by its bare noun, the one the story told before
_TOLD_AGAIN = twin(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:summit|conference)(?:['\u2019]s)?\b")


# a clause of its own after a gathering's words, telling why or what else ("after X issued a warrant",
# "because Y imposed sanctions"; not "which Y hosted": the gathering's own host)
_LATER_CLAUSE = twin(r"\b(?:after|because|since|although|though|but|while)\b")


def _bodies_named(doc: Document, actors: ActorIndex, found: list[Found]) -> list[Found]:
    """ "the Bucharest summit declared that Ukraine would become a NATO member", "the Extraordinary Summit
    ..., read by the ECOWAS Commission President", "his attendance at the X Institute's Asia Summit": a
    gathering told by its own words, dated or placed, with no party read from its trigger, is held by the
    bodies its sentence names; not where the sentence tells a second gathering ("a summit of APEC in Bali
    and the East Asia Summit in Brunei"), nor a body whose gathering of that kind is told elsewhere."""
    for f in found:
        if (
            f.participants
            or not (f.kind in _GATHERING_KINDS or f.title)
            or not (f.start or f.location)
            or f.press
            or f.again
            or (f.title is not None and f.title.lower().startswith(("press", "news")))
        ):
            continue
        s = doc.sentences[f.sentence]
        if f.title is None and (
            _GATHERING_NOUN.search(doc.text, s.start, s.end) is None
            or _TOLD_AGAIN.search(doc.text, s.start, s.end) is not None
        ):
            # "Trade between ASEAN Summit economies": no gathering's noun of its own, only a body's name;
            # "drafting the summit's conclusions on Wednesday": the one told before, its day not told
            continue
        if any(o is not f and o.sentence == f.sentence and _gathering(doc, o) for o in found):
            continue  # two gatherings in one sentence: whose body is whose is not told
        # (a body whose gathering of that kind and day is told elsewhere: this is that one, told again)
        held = {
            i
            for o in found
            if o is not f and o.kind == f.kind and (not o.start or not f.start or o.start == f.start)
            for i in o.participants
        }
        # (up to a clause that follows the gathering's words: "scrapped plans to attend last year's summit
        # in X after the Y Court issued a warrant" names Y as the reason, no party)
        named = doc.text.find(f.title, s.start, s.end) if f.title else -1
        noun = _GATHERING_NOUN.search(doc.text, s.start, s.end) if named < 0 else None
        at = named if named >= 0 else noun.start() if noun else s.start
        later = _LATER_CLAUSE.search(doc.text, at, s.end)
        bodies = [
            m.entity
            for m in actors.between(s.start, later.start() if later else s.end)
            if m.entity is not None and m.entity not in held and actors.kind(m) == "organization"
        ]
        f.participants = list(dict.fromkeys(bodies))
    return found


def _host_land_place(doc: Document, found: list[Found]) -> list[Found]:
    """ "Misri arrived in Kathmandu on a two-day visit ... He paid a courtesy call on President Paudel":
    a traveller's meeting or talks with no place, with someone of the land the traveller's trip goes to
    (the trip of the same status, its days holding the sitting's), was held there, at the finest place
    the story's trips there name (a city over its country)."""
    trips = [f for f in found if f.kind == "visit" and f.location and not (f.earlier or f.partial or f.claim)]
    if not trips:
        return found
    for f in found:
        if (
            (f.location and " and " not in f.location)
            or f.kind not in GENERIC
            or f.earlier
            or len(f.participants) < 2
        ):
            continue  # (a tour's "Suriname and Serbia", lent to the sitting, is no one place)
        people = [i for i in f.participants if doc.entities[i].kind == "person"]
        for traveller in people:
            own = doc.entities[traveller].affiliation
            hosts = {doc.entities[i].affiliation for i in people if i != traveller} - {None, own}
            places = [
                t.location
                for t in trips
                if hosts
                and traveller in t.participants
                and t.status == f.status
                and _days_hold(t, f)
                and any(
                    doc.entities[c].kind == "country" and doc.entities[c].name in hosts
                    for c in t.participants
                )
            ]
            if places:
                # "a visit to Suriname and Serbia": a tour's places together name none; the host's land does
                single = [p for p in places if " and " not in p] or [
                    doc.entities[i].affiliation or "" for i in people if doc.entities[i].affiliation in hosts
                ]
                f.location = min(single, key=lambda p: (p in NAMES, -len(p)))
                break
    return found


_STAY_REACH = 4  # sentences after a sitting in a city within which the traveller's next sitting is told
_STAY_DAYS = 2  # days apart within which two sittings of a traveller in one land are one stay
_STAY_EVENTS_BACK = 4  # events back in which to look for the traveller's last placed sitting


def _stay_place(doc: Document, found: list[Found]) -> list[Found]:
    """ "X and Swedish Prime Minister Y met in Helsinki on Monday ... On Tuesday, Y is to meet Prime
    Minister Z": a traveller's sitting with no place, with hosts all of one land, told soon after a sitting
    of the same traveller in a city of that land (a day or two apart, or undated in the next sentence), is
    held in that city: the stay goes on. Not an earlier sitting, nor one with a host of another land or a
    city of another land."""
    for i, f in enumerate(found):
        if f.location or f.kind not in GENERIC or f.earlier or f.spoke or len(f.participants) < 2:
            continue  # ("On Tuesday, X spoke with Y": with no place told, a call)
        people = [j for j in f.participants if doc.entities[j].kind == "person"]
        for traveller in people:
            own = doc.entities[traveller].affiliation
            hosts = {doc.entities[j].affiliation for j in people if j != traveller}
            if own is None or len(hosts) != 1 or None in hosts or own in hosts:
                continue
            land = hosts.pop()
            before = next(
                (
                    g
                    for g in reversed(found[max(0, i - _STAY_EVENTS_BACK) : i])
                    if traveller in g.participants and g.kind in (*GENERIC, "visit") and g.location
                ),
                None,
            )
            if (
                before is None
                or before.earlier
                or f.sentence - before.sentence > _STAY_REACH
                or before.location in NAMES
                or _place_country(before.location) != land
            ):
                continue
            days = _days_of(before.start, before.end), _days_of(f.start, f.end)
            if days[1] is None and f.sentence - before.sentence > 1:
                continue  # ("will hold talks again", told further on with no day: anywhere, any time)
            if (
                days[0]
                and days[1]
                and max((days[1][0] - days[0][1]).days, (days[0][0] - days[1][1]).days) > _STAY_DAYS
            ):
                continue  # (a day or two after, or before: not "Last year, X met Y")
            f.location = before.location
            break
    return found


# "on the sidelines of the UN General Assembly", "on the margins of the AU summit", "on the fringes of":
# a sitting held at a gathering, wherever that gathering is
_ASIDE_OF = twin(r"\b(?:[Ss]idelines?|[Mm]argins?|[Ff]ringes?)\s+of\b")
_ASIDE_DAYS = 3  # days apart within which a party's placed event tells where the party was at the gathering
_SAME_PLACE_DAYS = 1  # days apart within which a party's placed event tells where a dated sitting was held
_PLACED_KINDS = (*GENERIC, "conference")


# a building's words: a place that names one is a venue, where one sitting stood, not the city of a day
_BUILDING_WORDS = frozenset(
    ("Ministry", "Office", "House", "Palace", "Palacio", "Building", "Hotel", "Hall", "Centre", "Center")
    + ("Residence", "Complex", "Headquarters", "Secretariat", "Parliament", "Senate", "Assembly", "Airport")
)


def _city_like(place: str) -> bool:
    """ "Kazan", "New York", "Jubilee House, Accra": a place that names its city (a short name with no
    building's word, alone or last after a venue), not a venue alone ("the Ministry of Finance")."""
    words = place.rpartition(", ")[2].split()
    return len(words) <= 3 and not _BUILDING_WORDS.intersection(words)


def _party_city(
    doc: Document, found: list[Found], f: Found, reach: int, dated: bool, cities_only: bool = False
) -> str | None:
    """The one city where the story puts a sitting's parties (its persons) in events of the same status,
    at most ``reach`` days apart from it (with ``dated``, both must be dated); None if none or several.
    Not a country (news names the city), a tour's places, nor an earlier event; with ``cities_only``,
    not a venue alone."""
    people = {i for i in f.participants if doc.entities[i].kind == "person"}
    days = _days_of(f.start, f.end)
    if not people or (dated and days is None):
        return None
    cities = set()
    for g in found:
        if (
            g is f
            or not g.location
            or g.location in NAMES
            or " and " in g.location
            or g.earlier
            or g.status != f.status
            or not people.intersection(g.participants)
            or (cities_only and not _city_like(g.location))
        ):
            continue
        held = _days_of(g.start, g.end)
        if dated and held is None:
            continue
        if days and held and max((held[0] - days[1]).days, (days[0] - held[1]).days) > reach:
            continue
        cities.add(g.location)
    return cities.pop() if len(cities) == 1 else None


def _aside_place(doc: Document, found: list[Found]) -> list[Found]:
    """ "The EAM is in New York for the UNGA ... met X in New York ... also held a meeting with Y on the
    sidelines of the 78th UNGA": a sitting told on the sidelines (margins, fringes) of a gathering, with no
    place of its own, was held where the story puts its parties at the gathering: the one city of their
    other events of the same status, a few days apart at most (the gathering's, a sitting there, the trip
    to it). A gathering of its sentence named after "sidelines of", unplaced, is placed there too."""
    text = doc.text
    if not any_in(text, ("ideline", "argin", "ringe"), 0, len(text)):
        return found  # most stories: nothing held on the sidelines
    for f in found:
        if f.location or f.kind not in _PLACED_KINDS or f.earlier or f.spoke:
            continue
        if _ASIDE_OF.search(text, f.evidence_start, f.evidence_end) is None:
            continue
        city = _party_city(doc, found, f, _ASIDE_DAYS, dated=False)
        if city is None:
            continue
        f.location = city
        for g in found:
            # "On the sidelines of the AU summit, X also discussed with Y": the summit named is there too
            if g.sentence == f.sentence and g.location is None and g.kind in _GATHERING_KINDS:
                aside = _ASIDE_OF.search(text, g.evidence_start, g.evidence_end)
                if aside is not None and not g.earlier:
                    g.location = f.location
    return found


def _same_day_place(doc: Document, found: list[Found]) -> list[Found]:
    """ "X arrived in Kazan on Tuesday ... In a series of bilateral talks on Tuesday, X hailed ...": a dated
    sitting with no place of its own was held in the one city where the story puts its parties on that
    day or the next or last (a trip's, a sitting's, a gathering's place): one is in one place a day."""
    for f in found:
        if f.location or f.kind not in _PLACED_KINDS or f.earlier or f.spoke or f.start is None:
            continue
        # (a day's city, not a venue: "met X at the Ministry of Finance ... also met Y" may be elsewhere)
        f.location = _party_city(doc, found, f, _SAME_PLACE_DAYS, dated=True, cities_only=True)
    return found


def _place_country(place: str) -> str | None:
    """The country a place is in, by the lexicon: "Warsaw", "Kyiv, Ukraine" (None when unknown)."""
    return next((c for part in reversed(place.split(", ")) if (c := country_of(part.strip()))), None)


def _land_told(doc: Document, f: Found) -> str | None:
    """The country an event is placed in by its country alone ("a visit to Belarus"), or, for a trip told
    with no place name ("on a day-long visit to the island nation", "visiting X met Y"), the one country
    among its parties: where a city the story names with its sittings may place it."""
    if f.location:
        return NAMES.get(f.location)
    if f.kind != "visit":
        return None
    lands = [doc.entities[i].name for i in f.participants if doc.entities[i].kind == "country"]
    return NAMES.get(lands[0], lands[0]) if len(lands) == 1 else None


def _visit_city(doc: Document, actors: ActorIndex, found: list[Found]) -> list[Found]:
    """ "Pompeo arrived in Poland on Tuesday ... told reporters in Warsaw after talks with X": a visit told
    by its country alone was to the one city of that country where the story puts its traveller's other
    events of the same status (and days)."""
    for trip in found:
        if trip.kind != "visit" or trip.earlier:
            continue
        country = _land_told(doc, trip)
        if country is None:
            continue
        travellers = {i for i in trip.participants if doc.entities[i].kind == "person"}
        cities = {
            f.location
            for f in found
            if f is not trip
            and f.location
            and f.location not in NAMES
            and f.status == trip.status
            and not f.earlier
            and travellers.intersection(f.participants)
            and _days_hold(trip, f)
            and _place_country(f.location) == country
        }
        if len(cities) == 1:
            trip.location = cities.pop()
        elif not cities and trip.location:
            trip.location = _arrival_city(doc, actors, trip, country) or trip.location
    return found


# "arrived in Osaka", "arrived at the airport in Hanoi", "arrives in Kathmandu": where a traveller landed
_ARRIVED_IN = twin(r"\barriv(?:ed|es|ing)\s+(?:at\s+(?:the\s+)?[^,;.\n]{1,60}?\s+)?in\s+(?=(?:the\s+)?[A-Z])")


def _arrival_city(doc: Document, actors: ActorIndex, trip: Found, country: str) -> str | None:
    """ "Xi, who arrived in Osaka earlier in the day, is making his first visit to Japan", "arrived at the
    airport in Hanoi, beginning a two-day visit to Vietnam": a visit told by its country went to the city
    its own sentence lands the traveller in (one the lexicon does not put in another land)."""
    text = doc.text
    lo, hi = trip.evidence_start, trip.evidence_end
    if text.find("arriv", lo, hi) < 0:
        return None  # most trips: no arrival told with them
    arrived = _ARRIVED_IN.search(text, lo, hi)
    if arrived is None:
        return None
    city = place_named_at(actors, arrived.end(), hi)
    if not city or city in NAMES or _place_country(city) not in (None, country):
        return None
    told = text.find(country, lo, hi)  # (the land's visit told after a trip before: "from a visit to X")
    if told >= 0 and TRIP_BEFORE.search(text, max(lo, told - 50), told) is not None:
        return None
    return city


# offices held in the land of the post: "Ambassador", "High Commissioner", "Charge d'Affaires", "Consul
# General", "Apostolic Nuncio", "Defence Attache" (not "envoy": a special envoy travels)
_RESIDENT_ENVOY = twin(r"(?i)mbassador|high\s+commissioner|d['\u2019]affaires|consul|nuncio|attach")


# "visiting Chinese Vice Premier ": the adjective, then the guest's title, right before the guest's name
_VISITING_BEFORE = twin(r"\b[Vv]isiting\s+(?:[\w.'\u2019-]+\s+){0,4}$")


def _received_guest(doc: Document, actors: ActorIndex, found: list[Found]) -> list[Found]:
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
        if _RESIDENT_ENVOY.search(guests[0].role or ""):
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


def _visiting_guests(doc: Document, actors: ActorIndex, found: list[Found]) -> list[Found]:
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
        if e.kind != "person" or not e.affiliation or _RESIDENT_ENVOY.search(e.role or ""):
            continue
        index = doc.sentence_at(m.start)
        s = doc.sentences[index]
        sitting = next(
            (f for f in found if f.sentence == index and f.kind in _SITTINGS and guest in f.participants),
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


def _filed_city(doc: Document, filed: re.Match[str] | None, found: list[Found]) -> list[Found]:
    """ "NEW DELHI, May 10 (ANI): X, on an official visit to India, met Y": an event told by its country
    alone, in a story filed from that country's capital, was held there (the city the story is about;
    not for an earlier one: "his last visit to India" may have gone anywhere; nor for one dated away from
    the filing: "met in India last year", "a summit in China in July" may be held in any city)."""
    if filed is None:
        return found
    city = filed.group(1).strip()
    city = city.title() if city.isupper() else city
    land = CAPITALS.get(city)
    if land is None:
        return found
    today = (doc.published, doc.published)
    for f in found:
        held = _days_of(f.start, f.end)
        if held and max(held[0] - today[1], today[0] - held[1]).days > _SAME_STAY_DAYS:
            continue
        if f.location and NAMES.get(f.location) == land and not f.earlier:
            f.location = city
    return found


# each land's capitals, as the lexicon spells them ("Brasilia", "Brasília")
_CAPITALS_OF: dict[str, list[str]] = {}
for _city, _land in CAPITALS.items():
    _CAPITALS_OF.setdefault(_land, []).append(_city)


def _capital_named(doc: Document, found: list[Found]) -> list[Found]:
    """ "Foreign Minister X arrived in Minsk ... X's visit to Belarus": an event told by its country alone,
    in a story that puts someone in that country's capital ("in Minsk", "to Minsk", "at the Minsk"), was
    held there: news names the capital where leaders meet, the country where it sums up the trip."""
    text = doc.text
    told: _Told | None = None  # built once, if any event needs it
    put: dict[str, list[int]] = {}  # capital -> where "in/to/at" it starts: each text searched once
    for f in found:
        land = _land_told(doc, f)
        if land is None or f.earlier:
            continue
        told = told or _Told(doc)
        people = {i for i in f.participants if doc.entities[i].kind == "person"}
        named = {
            city
            for city in _CAPITALS_OF.get(land, ())
            if city in text and any(_tells_of(doc, pos, people, told, f) for pos in _put_in(text, city, put))
        }
        if len(named) == 1:
            f.location = named.pop()
    return found


# "in ", "to the ", "at  ": what may come before a capital where the story puts someone (_put_in). Its
# characters are those of the three words and "the", and white space: no capital starts or holds them.
_PUT_BEFORE = re.compile(r"\b(?:in|to|at)\s+(?:the\s+)?\Z")
_PUT_LETTERS = frozenset("intoahe")
_BOUNDARY = re.compile(r"\b")


def _put_in(text: str, city: str, put: dict[str, list[int]]) -> list[int]:
    """Where "in Minsk", "to the Minsk", "at  Minsk" start in ``text``: the matches of _PUT_BEFORE
    followed by the name and a word boundary, found once per pass in ``put``. Each place the name is
    told is read back over the characters that may come before it, instead of trying a pattern at every
    offset of the text."""
    starts = put.get(city)
    if starts is not None:
        return starts
    starts = put[city] = []
    at = text.find(city)
    while at >= 0:
        end = at + len(city)
        lo = at
        while lo > 0 and (text[lo - 1] in _PUT_LETTERS or text[lo - 1].isspace()):
            lo -= 1
        before = _PUT_BEFORE.search(text, lo, at) if _BOUNDARY.match(text, end) else None
        if before is not None:
            starts.append(before.start())
        at = text.find(city, end if before else at + 1)
    return starts


class _Told:
    """What each sentence names and dates, indexed once: a capital named in every sentence of a long
    text must not cost a scan of all mentions and dates each time."""

    def __init__(self, doc: Document) -> None:
        self.entities: dict[int, set[int]] = {}
        for m in doc.mentions:
            self.entities.setdefault(m.sentence, set()).add(m.entity)
        self.timexes: dict[int, list[Timex]] = {}
        for t in doc.timexes:
            k = doc.sentence_at(t.start)
            if k >= 0 and doc.sentences[k].start <= t.start < doc.sentences[k].end:
                self.timexes.setdefault(k, []).append(t)


def _tells_of(doc: Document, pos: int, people: set[int], told: _Told, f: Found) -> bool:
    """Whether the sentence at ``pos`` names one of ``people`` (someone else's sitting in the capital
    puts no one of this event there), at no time apart from the event's ("will visit Russia in June ...
    met X in Moscow last year": that stay was another; "travel to Riyadh on 9 October" for talks on the
    10th is the same trip)."""
    k = doc.sentence_at(pos)
    if k >= 0 and not (doc.sentences[k].start <= pos < doc.sentences[k].end):
        k = -1  # (between sentences: no sentence's mentions)
    if people.isdisjoint(told.entities.get(k, ())):
        return False
    held = _days_of(f.start, f.end)
    if held is None:
        return True
    for t in told.timexes.get(k if k >= 0 else len(doc.sentences) - 1, ()):
        day = _days_of(t.value, None)
        if day and max(day[0] - held[1], held[0] - day[1]).days > _SAME_STAY_DAYS:
            return False
    return True


_SAME_STAY_DAYS = 7  # a date this near an event's days may tell the same trip (the arrival the day before)
_ISO_PREFIX = twin(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@lru_cache(maxsize=1024)
def _days_of(first: str | None, last: str | None) -> tuple[date, date] | None:
    """The first and last day a year, month or day (or a span of them) may cover; None if not a date.
    (Cached: every pass asks it of the same few dates, each event's against each sentence's.)"""
    a = _ISO_PREFIX.fullmatch(first or "")
    b = _ISO_PREFIX.fullmatch(last or first or "")
    if a is None or b is None:
        return None
    try:
        lo = date(int(a[1]), int(a[2] or 1), int(a[3] or 1))
        y, mo = int(b[1]), int(b[2] or 12)
        hi = date(y, mo, int(b[3])) if b[3] else date(y + mo // 12, mo % 12 + 1, 1) - timedelta(days=1)
    except ValueError:
        return None
    return lo, hi


def _days_hold(trip: Found, f: Found) -> bool:
    """No clash between a sitting's day (or month) and its trip's days, at the precision both tell."""
    if not (trip.start and f.start):
        return True
    k = min(len(trip.start), len(f.start))
    return trip.start[:k] <= f.start[:k] <= (trip.end or trip.start)[:k]


def _spoken_calls(found: list[Found]) -> list[Found]:
    """ "Trudeau spoke today with X", "Trump spoke with A and B": talk told with no place of its own
    nor of a visit it belongs to (and no sitting in person around it) was a call: leaders who meet
    are told to have met, somewhere."""
    for f in found:
        if f.spoke and f.kind == "meeting" and f.location is None and not f.during_visit:
            f.kind = "call"
    return found


# "Colombo, March 30: ...", "TEHRAN, Apr. 18 (MNA) -", "Pune [India], May 10 (ANI):": a day the story
# opens on, right after its place
_DATED_OPENING = twin(r"\s*[A-Z][\w .'-]{1,30}(?:\s\[[A-Z][\w .'-]{1,30}\])?,\s*$")
_DATED_CLOSE = re.compile(r"\s*(?::|\(|[\u2014\u2013-])")
_OPENING_REACH = 1  # sentences after the dated one within which the lead event is told


_LEDE_SENTENCES = 3  # the story's first sentences, where its lead (and so its news day) is told
_WORDED_DATE = re.compile(r"[A-Za-z]{3}")  # "Thursday", "Feb. 6": not a stamp's "29.04.2014"
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_LEDE_WORDS = 5  # lower-case words besides the date that make a sentence of news
_NEWS_DAYS = 1  # a lead day on publication or the day before is the story's news day


def _lede_timex(doc: Document, first: Timex | None) -> Timex | None:
    """ "Japan and South Korea agreed Thursday that ..." (no dated dateline): the news day a lead
    sentence tells, the first date told in a sentence of the story's first ones (past a page's date
    lines), when an exact day on publication or the day before (a story's news day)."""
    if first is None:
        return None
    k0 = doc.sentence_at(first.start)
    if k0 < 0:
        return None
    # (sentences of news only count: a photo's credit line or a byline between the date line and the
    # lede is none: "John Key \u00a9 Getty Images", "By Jane Roe")
    told_before, counted = 0, k0
    for t in doc.timexes:
        if t.start < first.start:
            continue
        k = doc.sentence_at(t.start)
        if k < 0:
            return None
        while counted < k:
            told_before += _is_news(doc, doc.sentences[counted].start, doc.sentences[counted].end)
            counted += 1
        if k - k0 >= _LEDE_SENTENCES and told_before >= _LEDE_SENTENCES - 1:
            return None
        s = doc.sentences[k]
        told = doc.text[s.start : t.start] + " " + doc.text[t.end : s.end]
        if not _WORDED_DATE.search(t.text) or len(_LOWER_WORD.findall(told)) < _LEDE_WORDS:
            continue  # a page's date line, no sentence told: "2022-09-24 16:35", "Date 15 November 2022"
        day = _days_of(t.value, None)
        if (
            day is None
            or day[0] != day[1]
            or t.end_value is not None
            or not 0 <= (doc.published - day[0]).days <= _NEWS_DAYS
        ):
            return None
        # (one day only: "July 29 (Agency) -- the talks on July 28" gives no one news day)
        others = [
            u
            for u in doc.timexes
            if s.start <= u.start < s.end and u is not t and u.value and len(u.value) == 10
        ]
        return None if others else t
    return None


def _is_news(doc: Document, start: int, end: int) -> bool:
    """Does ``text[start:end]`` tell something in words (a sentence, not a credit line or a byline)?"""
    return len(_LOWER_WORD.findall(doc.text, start, end)) >= _LEDE_WORDS


def _news_day(doc: Document) -> tuple[Timex, bool] | None:
    """The story's news day: a dated dateline's day, else the lede's (:func:`_lede_timex`; then True)."""
    stamp = dateline.stamp_end(doc.text)  # (a page's date stamp before the dateline is none of its own)
    t = next((t for t in doc.timexes if t.start >= stamp), None)
    if (
        t is None
        or t.value is None
        or len(t.value) != 10
        or t.start > stamp + 40
        or not _DATED_OPENING.fullmatch(doc.text, stamp, t.start)
        or not _DATED_CLOSE.match(doc.text, t.end)
        or t.value > doc.published.isoformat()
    ):
        t = _lede_timex(doc, t)
        return None if t is None else (t, True)
    return t, False


# "earlier in the day", "later in the day", "later that day": the day the story tells of, not the page's
_DAY_ANAPHOR = twin(r"(?i)(?:earlier|later)\s+(?:in|on)\s+the\s+day|later\s+that\s+day")


def _day_anaphors(doc: Document, found: list[Found], news: Timex) -> None:
    """ "Xi, who arrived in Osaka earlier in the day, ...", in a story of Thursday's events published on
    Friday: a day told as the story's own ("earlier in the day") is its news day, not the publication's."""
    published = doc.published.isoformat()
    if news.value is None or news.value == published:
        return  # most stories: the news day is the page's
    for f in found:
        if f.timex is not None and f.start == published and _DAY_ANAPHOR.fullmatch(f.timex.text):
            f.start = news.value
            if f.end == published:
                f.end = news.value


def _opening_day(doc: Document, found: list[Found]) -> list[Found]:
    """ "Colombo, March 30: ... Minister X paid a courtesy call on President Y at the Palace": the
    story's first event, past and with no date of its own, told in the sentence the dated dateline
    opens or the next, was held on that day (a day not after publication). With no dated dateline,
    the lede's news day (:func:`_lede_timex`) dates a sitting of two parties told in the headline or
    the sentence after the lede, or one a page's stamp dated."""
    if not found or not doc.timexes:
        return found
    news = _news_day(doc)
    if news is None:
        return found
    t, lede = news
    _day_anaphors(doc, found, t)
    stamp = dateline.stamp_end(doc.text)
    first = next((i for i, s in enumerate(doc.sentences) if s.end > t.end), 0)
    # the first sitting, past a visit its sentence tells first ("X called on Y, who is in India on a visit")
    lead = next((f for f in found if f.sentence == found[0].sentence and f.kind != "visit"), found[0])
    # "date 2024-02-24 X meets Y ... X on Friday told Y": a page's stamp dates the lead only when the
    # story's words tell no earlier day for it
    # (a lede's day that an event of the lede has is that event's: the lead told again merges with it,
    # or is another: "At a meeting on May 4 with X, ...")
    if lede and any(f.timex is t for f in found):
        return found
    stamped = lede and lead.timex is not None and lead.timex.end <= stamp and t.value < (lead.start or "")
    if (
        lead.sentence - first <= _OPENING_REACH
        and (lead.start is None or stamped)
        and lead.status == "past"
        and lead.kind in (*GENERIC, "call")
        and not lead.earlier
        # (a lead's day: for a sitting of two parties told in the headline or the sentence after the
        # lead's, not one its own sentence leaves undated: "met X in Rome, where he arrived on Monday")
        and (not lede or (len(lead.participants) >= 2 and lead.sentence != first))
    ):
        lead.start = lead.end = t.value
        lead.date_text, lead.timex = t.text, t
    return found


def _lead_day(doc: Document, found: list[Found]) -> list[Found]:
    """ "Abiy conferred with leaders at the summit today ... Abiy and Kiir exchanged views on ...": a
    meeting or talks told later with no date, with the status of the story's dated lead event, is one
    of the lead's sittings and held on its day, when its parties are the lead's (or their countries)
    or the lead names one party only (the others a group: "leaders of various countries"). Not one
    told as earlier ("had first met"), nor a meeting with someone else ("met Lavrov on Monday. ...
    met Scholz": two meetings, the second's day untold)."""
    if not found:
        return found
    first = found[0].sentence
    lead = next(
        (
            f
            for f in found
            if f.sentence - first <= _LEAD_REACH
            and f.participants
            and f.start
            and len(f.start) == 10
            and f.end in (None, f.start)
            and f.status == "past"
        ),
        None,
    )
    if lead is None:
        return found
    parties = set(lead.participants)
    if lead.kind != "visit":
        # "conferred with leaders at the AU summit today", "held discussions with four Asean leaders
        # today": the body (holding the summit, or standing for its leaders) is no party of the sittings
        # on its sidelines; its one named attendee is
        parties = {i for i in parties if doc.entities[i].kind != "organization"} or parties
    elif lead.kind == "visit":
        # "landed in Washington on Wednesday ... X and Y exchanged views": the land visited is where the
        # traveller's sittings are, no party of them
        parties = {i for i in parties if doc.entities[i].kind != "country"} or parties
    sides = {_side(doc, i) for i in parties} - {None}
    # "held discussions with four Asean leaders at the Asean Summit in X today": a named gathering's place
    # is that of the sittings on its sidelines (not a lead meeting's room or a city of one sitting)
    gathering = lead.kind in ("summit", "conference") or lead.title is not None
    told: set[tuple[frozenset[int], str]] = set()  # the parties (and status) of meetings and talks so far
    for f in found:
        if f.kind not in GENERIC:
            continue
        own = (frozenset(f.participants), f.status)
        if f.start is None and len(own[0]) >= 2 and own in told:
            continue  # "met Obama at Blair House on Thursday ... Obama and Ruto exchanged views": that meeting's
        told.add(own)
        if (
            f.start is None
            and f is not lead
            and f.sentence > lead.sentence
            and f.kind in ("meeting", "talks")
            and f.status == lead.status
            and not f.earlier
            and parties & set(f.participants)
            and (len(parties) == 1 or all(i in parties or _side(doc, i) in sides for i in f.participants))
        ):
            f.start, f.end, f.date_text, f.timex = lead.start, lead.start, lead.date_text, lead.timex
            if f.location is None and gathering and not f.spoke:
                f.location = lead.location  # on the sidelines of the lead's gathering: held where it was
    return found


# "X also met Y", "X also held talks with Y": a further sitting of the one just told, on that trip
_ALSO_SITTING = twin(
    r"\balso\s+(?:(?:met|meets|meet)\b|(?:held|holds|hold|had|has)\s+(?:a\s+|separate\s+|bilateral\s+)*(?:talks|meetings?)\b)"
)


def _also_day(doc: Document, found: list[Found]) -> list[Found]:
    """ "X met Y in Moscow on May 26. X also held talks with Z.": a meeting or talks told with no date of
    its own by "also", right after a dated sitting (in the sentence before) of one of its parties and
    with its status, was held on that sitting's day(s). Only when exactly one dated sitting is told in
    that sentence (two give no one day), and not one told as earlier."""
    told_in: dict[int, list[Found]] = {}  # sentence -> the events before this one told there
    for f in found:
        before = told_in.get(f.sentence - 1, [])
        told_in.setdefault(f.sentence, []).append(f)
        if (
            f.start is not None
            or f.kind not in GENERIC
            or f.earlier
            or not before
            or "also" not in doc.text[f.evidence_start : f.evidence_end]
            or not _ALSO_SITTING.search(doc.text, f.evidence_start, f.evidence_end)
        ):
            continue
        dated = [g for g in before if g.start is not None and len(g.start) == 10]
        if len(dated) != 1 or len(before) != len(dated):
            continue
        g = dated[0]
        if g.kind in GENERIC and g.status == f.status and set(g.participants) & set(f.participants):
            f.start, f.end, f.date_text, f.timex = g.start, g.end, g.date_text, g.timex
    return found


_LEND_REACH = 3  # sentences from an undated sitting within which a dated retelling of it is told


def _lend_days(doc: Document, found: list[Found]) -> list[Found]:
    """ "X will travel to Oslo to meet Y. X will hold talks there on Monday", "X to meet Y (headline) ...
    her meeting with the minister on Friday": a dated event told with fewer parties (one, or none
    named) than an undated one of its kind and status a few sentences away (or in the headline), all
    of them among its parties or their countries, is that event told again: its day is the undated
    one's. Not an event told as earlier, nor one of several told apart ("met A and B": one each), nor
    a further sitting ("X also met business leaders on Friday")."""
    for i, f in enumerate(found):
        if (
            f.start is None
            or len(f.participants) >= 2
            or f.earlier
            or f.each
            or f.kind not in (*GENERIC, "call")
            or _ALSO_SITTING.search(doc.text, f.evidence_start, f.evidence_end)
        ):
            continue  # ("X also met business leaders on Friday": a further sitting, see _also_day)
        near = [*reversed(found[max(0, i - 6) : i]), *found[i + 1 : i + 4]]
        for u in near:
            if abs(f.sentence - u.sentence) > _LEND_REACH and not is_headline(doc, u.sentence):
                continue
            if u.sentence == f.sentence:
                continue
            if u.status != f.status or not (u.kind == f.kind or (u.kind in GENERIC and f.kind in GENERIC)):
                continue
            # (the nearest event of its kind only: a dated one between is the one told again, or none)
            sides = set(u.participants) | {_side(doc, j) for j in u.participants}
            if (
                u.start is None
                and not (u.earlier or u.each)
                and len(u.participants) >= 2
                and all(j in sides or doc.entities[j].name in sides for j in f.participants)
            ):
                u.start, u.end, u.date_text, u.timex = f.start, f.end, f.date_text, f.timex
            break
    return found


# "The three-day tour comes after ...", "During the two-day meeting, ministers will ...", "at the end of
# the two-day gathering": an event named again by its length, with an article or an owner (an event told
# before, not a new one; not "her last three-day visit": another)
_TOLD_LENGTH = twin(
    r"(?i)\b(?:the|his|her|their|its|this)\s+(?:(?!(?:last|previous|recent|earlier|past|former|next)\s)[\w-]+\s+)?"
    + DAYS_LONG
    + r"\s+(?:[\w-]+\s+){0,2}?(?:(?P<trip>visit|trip|tour|stay|journey)"
    r"|meeting|summit|conference|gathering|talks|session|forum)s?\b"
)
_LENGTH_REACH = 3  # sentences after a dated event within which its length told again is its
_OTHER_TIME_BEFORE = twin(r"(?i)\b(?:ahead\s+of|before|prior\s+to|after|following|since)\s+$")
# Where _TOLD_LENGTH can match: its every character is a word character, white space or a hyphen, and it
# holds a count's "-day" or " day" (under (?i), "d", "a" and "y" meet only their two ASCII cases). The
# characters a match cannot hold cut the text into stretches; only a stretch holding such a "day" is searched.
_NOT_IN_LENGTH = re.compile(r"[^\w\s-]")


def _told_lengths(text: str) -> Iterator[re.Match[str]]:
    """``_TOLD_LENGTH.finditer(text)``, searched only in the stretches that may hold a match (scanning the
    whole text cost more than the rest of the pass: the pattern opens on no literal the engine can skip to)."""
    low = text.lower()
    if len(low) != len(text):  # a letter lower-cased to two ("\u0130"): offsets differ, search it all
        yield from _TOLD_LENGTH.finditer(text)
        return
    backwards: str | None = None  # the text reversed, to find where a stretch begins
    searched = 0  # where the last stretch searched ends
    day = low.find("day", 1)
    while day >= 0:
        if day > searched and low[day - 1] in "- ":
            if backwards is None:
                backwards = text[::-1]
            before = _NOT_IN_LENGTH.search(backwards, len(text) - day)
            start = len(text) - before.start() if before else 0
            after = _NOT_IN_LENGTH.search(text, day)
            searched = after.start() if after else len(text)
            yield from _TOLD_LENGTH.finditer(text, start, searched)
        day = low.find("day", max(day + 3, searched))


def _told_length(doc: Document, found: list[Found]) -> list[Found]:
    """ "X embarks on a trip to the Gulf on July 17 ... The three-day tour comes after ...": an event dated
    by its first day only, named again a few sentences on by its length ("the N-day tour", "during the
    two-day meeting"), lasts those days: a trip for a trip's noun, a gathering for a gathering's. The
    nearest such event told in the sentences before the noun's only (a length told in the event's own
    sentence is read with its trigger), and not one the noun is told against ("ahead of his two-day visit")."""
    for m in _told_lengths(doc.text):
        k = doc.sentence_at(m.start())
        if k < 0:
            continue
        trip = m.group("trip") is not None
        told = [
            f
            for f in found
            if f.evidence_end < m.start()
            and 0 < k - f.sentence <= _LENGTH_REACH
            and (f.kind == "visit") == trip
            and (trip or f.kind in (*GENERIC, "summit", "conference"))
        ]
        if not told or _OTHER_TIME_BEFORE.search(doc.text, max(0, m.start() - 24), m.start()):
            continue  # ("arrived tonight ahead of his two-day visit": the stay begins after the arrival)
        f = max(told, key=lambda f: f.evidence_start)
        first = _days_of(f.start, None)
        if f.earlier or first is None or first[0] != first[1] or f.end not in (None, f.start):
            continue
        days = count_of(m.group(1))
        if 2 <= days <= 31:
            f.end = (first[0] + timedelta(days=days - 1)).isoformat()
    return found


def _side(doc: Document, i: int) -> str | None:
    """The country an actor stands for: itself, or a person's affiliation."""
    e = doc.entities[i]
    return e.name if e.kind == "country" else e.affiliation


# Right after the traveller's name, up to the visit: "X's four-day official visit", "X, who is on a
# day-long visit", "X went to India on a four-day official visit"
_NAMED_VISIT = twin(
    r"(?:['\u2019]s|,?\s+(?:who\s+)?(?:is|was|are|were|went\s+(?:to\s+)?(?:[A-Z][\w-]*\s+){1,3}?)\s*"
    r"(?:currently\s+|now\s+)?(?:on|for))\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?visit\b"
)


def _lone_visits(doc: Document, actors: ActorIndex, found: list[Found]) -> list[Found]:
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
        if _RESIDENT_ENVOY.search(traveller.role or "") or not any(
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


def _fill_visits(found: list[Found]) -> list[Found]:
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


def _their_event(found: list[Found]) -> list[Found]:
    """ "X hosted Y. During their meeting, ...", "Following the meeting held in London on 22 January":
    a definite event with fewer than two parties named is the one just told, in the same or the
    previous sentence (two parties, same status, a kind it may stand for); it adds its date and place."""
    out: list[Found] = []
    for f in found:
        if f.again:
            told = next(
                (
                    o
                    for o in reversed(out)
                    if o.kind in _SITTINGS
                    and o.status == f.status
                    and (not f.participants or set(o.participants) & set(f.participants))
                ),
                None,
            )
            if told is not None:
                # "X received Y in Ramallah. During the meeting, X briefed Y on the situation in Gaza":
                # the sitting just told; the places and people the sentence names are what was discussed
                if not told.start and f.start:
                    told.start, told.end, told.date_text, told.timex = f.start, f.end, f.date_text, f.timex
                if told.location is None and f.location and told.kind != "call":
                    told.location = f.location  # "During the meeting, held in Abu Dhabi, ...": where it sat
                if f.kind == "call" and told.kind in GENERIC and told.location is None:
                    told.kind = "call"  # "X spoke with Y ... During the conversation,": the talk was a call
                continue
        prev = out[-1] if out else None
        if (
            f.theirs
            and prev is not None
            and len(prev.participants) >= 2
            and (f.sentence - prev.sentence <= 1 or (f.participants and f.sentence - prev.sentence <= 3))
            and prev.status == f.status
            and (f.kind == prev.kind or (f.kind in GENERIC and prev.kind in ("meeting", "talks", "summit")))
            and set(f.participants) <= set(prev.participants)
            and not (f.start and prev.start and f.start != prev.start)
        ):
            kind = prev.kind
            absorb(prev, f)
            prev.kind = kind
            continue
        if f.pair:
            f.participants = list(f.pair)  # no event just told: the two people just named
        elif f.them and not f.participants:
            # "The two leaders ... agreed to schedule a meeting between them": the two of the last sitting
            two = next(
                (o for o in reversed(out[-3:]) if o.kind != "visit" and len(o.participants) == 2), None
            )
            if two is not None and f.sentence - two.sentence <= 4:
                f.participants = list(two.participants)
        if (
            f.kind == "call"
            and not f.participants
            and prev is not None
            and prev.kind in GENERIC
            and len(prev.participants) >= 2
            and prev.location is None
            and prev.status == f.status
            and f.sentence - prev.sentence <= 4
        ):
            # "X engaged his counterpart Y ... the issues were discussed over the phone": a call
            prev.kind = "call"
            continue
        out.append(f)
    return out


# "The regional leaders last met in August", "Its foreign ministers will meet in Riga": a sentence
# whose subject is the members of a body told before, by their rank alone
_MEMBERS_MEET = twin(
    r"\s*(?:The|Its|Their|Bloc|Member)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<rank>leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|ministers)\s+"
    r"(?:(?:had|have|will|would|last|first|also|again|previously|recently|then|are\s+to)\s+){0,2}"
    r"(?:met|meet|gathered|gather|convened|convene)\b"
)
_MEMBERS_REACH = 6  # sentences after the body's event within which "the leaders" are still its members


def _members_meet(doc: Document, found: list[Found]) -> list[Found]:
    """ "X will attend the SADC summit in Kinshasa ... The regional leaders last met in August 2021 in
    Lilongwe": an event with no party named, whose subject is the leaders (or ministers) alone, is a
    sitting of the body (a named organization) that the nearest event told before it includes; leaders
    meeting is a summit."""
    for i, f in enumerate(found):
        if f.participants:
            continue
        s = doc.sentences[f.sentence]
        m = _MEMBERS_MEET.match(doc.text, s.start, s.end)
        if m is None:
            continue
        for prev in reversed(found[max(0, i - 4) : i]):
            if f.sentence - prev.sentence > _MEMBERS_REACH:
                break
            bodies = [j for j in prev.participants if doc.entities[j].kind == "organization"]
            if bodies:
                f.participants = bodies
                if m.group("rank") != "ministers" and f.kind in GENERIC:
                    f.kind = "summit"
                break
    return found


def _refine_days(doc: Document, found: list[Found], quoted: list[Found]) -> list[Found]:
    """A quoted event's exact day dates the event of its kind told before it, outside quotes, with its
    status and a party in common (or the same countries: "a bilateral meeting between Indonesia and
    Australia on March 21" for the two ministers' meeting), that has no date or its month or year only
    ("in May" ... "on May 23rd 2024")."""
    for q in quoted:
        assert q.start is not None
        for f in reversed(found):
            if f.evidence_start > q.evidence_start:
                continue
            if (
                f.kind == q.kind
                and f.status == q.status
                and (not f.start or (len(f.start) < len(q.start) and q.start.startswith(f.start)))
                and (f.end is None or f.end == f.start)
                and (set(f.participants) & set(q.participants) or _same_country_sides(doc, f, q))
            ):
                f.start, f.end, f.date_text, f.timex = q.start, q.end, q.date_text, q.timex
                f.location = f.location or q.location
                break
    return found


# "The Prime Minister will return to Australia on Friday, 15 July": the traveller's going back, in a
# sentence of its own after the trip, told at the sentence's head with the day right after it
_RETURN_LATER = twin(
    r"\b(?:will|is\s+to|is\s+due\s+to|plans?\s+to|is\s+scheduled\s+to|is\s+expected\s+to)\s+"
    r"(?:then\s+)?(?:return|fly\s+back|head\s+back)\s+"
    r"(?:home|to\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s+(?:on\s+)?"
)
_RETURN_HEAD = 40  # characters from the sentence's start to "will return": a short subject only
_RETURN_REACH = 6  # sentences after the trip's within which its return is told
_TRIP_DAYS = 31  # a return later than this many days after the trip begins is some other journey


def _return_later(doc: Document, found: list[Found], dates: DateIndex) -> list[Found]:
    """ "X will travel to Fiji on Wednesday, 13 July ... The Prime Minister will return to Australia
    on Friday, 15 July": a later sentence saying the traveller goes back on a day ends the upcoming
    trip told last before it, when that trip has a first day and no other end, and the return falls
    soon after it."""
    if not any(
        f.kind == "visit" and f.status == "upcoming" and f.start and len(f.start) == 10 for f in found
    ) or ("return" not in doc.text and "back" not in doc.text):
        return found
    for index, s in enumerate(doc.sentences):
        head_end = min(s.end, s.start + _RETURN_HEAD + 60)
        if not any_in(doc.text, ("return", "back"), s.start, head_end):
            continue  # the words every _RETURN_LATER match holds
        m = _RETURN_LATER.search(doc.text, s.start, head_end)
        if m is None or m.start() - s.start > _RETURN_HEAD:
            continue
        day = next((t for t in dates.around(m.end(), s.end) if t.start == m.end()), None)
        if day is None or day.value is None or len(day.value) != 10:
            continue
        trip = next((f for f in reversed(found) if f.sentence < index and f.kind == "visit"), None)
        if (
            trip is None
            or index - trip.sentence > _RETURN_REACH
            or trip.status != "upcoming"
            or trip.start is None
            or len(trip.start) != 10
            or trip.end not in (None, trip.start)
            or not any(doc.entities[i].kind == "person" for i in trip.participants)
        ):
            continue
        gap = (date.fromisoformat(day.value) - date.fromisoformat(trip.start)).days
        if 0 < gap <= _TRIP_DAYS:
            trip.end = day.value
    return found


def _same_country_sides(doc: Document, a: Found, b: Found) -> bool:
    sa, sb = sides_of(doc, a), sides_of(doc, b)
    return sa is not None and sa == sb and len(sa) >= 2


def _people_over_their_countries(doc: Document, f: Found) -> list[int]:
    """ "held talks with Algerian President X": the country of talks, a summit or a call whose own person
    takes part is told by that person (a visit keeps the country it goes to, a meeting the sides it is
    told by: "a meeting of the ministers of A and B")."""
    if f.kind in ("visit", "meeting"):
        return f.participants
    people = [doc.entities[i] for i in f.participants if doc.entities[i].kind == "person"]
    if len(people) < 2:
        return f.participants  # "agreed, as Macron and the UK did": a country may stand for a side
    sides = {e.affiliation for e in people}
    kept = [
        i for i in f.participants if not (doc.entities[i].kind == "country" and doc.entities[i].name in sides)
    ]
    return kept if len(kept) >= 2 else f.participants


# "on the sidelines of the", "on the margins of a": a gathering that frames the sentence's other meeting
_SIDELINES = twin(r"\b(?:sidelines|margins)\s+of\s+(?:the|a|an)\b")


# "met with families of", "is scheduled to meet representatives of": a sitting with people told by whom
# they stand for, not by name (not officials, members, reporters: a routine or a press event)
_MET_GROUP = twin(
    r"\b(?:met|meet|meets)\s+(?:with\s+)?(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:families|relatives|representatives|delegates|elders)\b"
)


def _worth_keeping(doc: Document, f: Found) -> bool:
    """Two actors meet; a single actor only for a named or dated event ("the ECOWAS Summit, held on July 3")."""
    if len(f.participants) >= 2:
        return True
    if f.kind == "visit" and f.participants and f.location:
        return True  # "Kerry traveled to the Middle East": a named traveller and a place
    if len(f.participants) != 1 or (f.kind == "conference" and f.press):
        return False  # "X told a news conference": one speaker and reporters, no meeting of actors
    if (
        f.kind == "meeting"
        and doc.entities[f.participants[0]].kind == "person"
        and doc.entities[f.participants[0]].named  # (not "the UN envoy" alone: no party to report)
        and _MET_GROUP.search(doc.text, f.evidence_start, f.evidence_end) is not None
    ):
        return True  # "X met with families of the hostages": a person and a group no name tells
    if (
        f.kind in ("meeting", "summit")
        and doc.entities[f.participants[0]].kind == "organization"
        and _SIDELINES.search(doc.text, f.evidence_start, f.evidence_end) is not None
    ):
        return True  # "met on the sidelines of a NATO summit": the body's sitting framing another is held
    if (
        f.kind == "summit"
        and f.title is not None
        and f.body == f.participants[0]
        and doc.entities[f.body].kind == "organization"
    ):
        # "ECOWAS ... at the end of its Extraordinary Summit": the body's own summit, told by its name (not "a
        # NATO summit would not settle it": one named in passing)
        return True
    body = doc.entities[f.participants[0]]
    if f.kind == "meeting" and body.kind == "organization":
        # "NATO ministers gather in Brussels on Feb. 12", "... will hold a meeting in Riga": a body meets
        # "there will be a meeting of the Officials Committee on 22 February": a dated one to come too
        # "the 11th meeting of the Joint Committee held on October 27, 2022": a numbered sitting told by its
        # day (not "there was a meeting of X on DATE"); "X Foreign Ministers Meet in Manila": a headline's
        # placed sitting of a body, the story's own event (not "Leaders gather at the ICC": the venue's name)
        return (
            bool(f.location)
            and (
                bool(f.start)
                or f.status == "upcoming"
                or (
                    title_line(doc, f.sentence)  # (a title: no full stop; not a one-sentence story)
                    and is_headline(doc, f.sentence)
                    and f.location != body.name
                    and f.location not in body.aliases
                )
            )
        ) or (bool(f.start) and (f.status == "upcoming" or (f.numbered and len(f.start) == 10)))
    if f.title is not None and _attends_title(doc, f):
        return True  # "the minister will attend the Munich Security Conference": a person at a named event
    return (f.title is not None or f.kind in ("summit", "conference")) and bool(f.start or f.location)


# "will attend the", "took part in the", "addressed the": a person present at the named event that follows
_ATTENDS_TITLE = twin(
    r"(?i)\b(?:attend(?:s|ed|ing)?|participat(?:e|es|ed|ing)\s+in|t(?:ake|akes|ook|aking)\s+part\s+in"
    r"|address(?:es|ed|ing)?)\s+(?:the\s+)?$"
)


def _attends_title(doc: Document, f: Found) -> bool:
    """Is the one participant a person the sentence says attends the event by its name?"""
    if doc.entities[f.participants[0]].kind != "person" or not f.title:
        return False
    s = doc.sentences[f.sentence]
    pos = doc.text.find(f.title, s.start, s.end)
    return pos > 0 and _ATTENDS_TITLE.search(doc.text, max(s.start, pos - 40), pos) is not None


def _no_record_claims(doc: Document, found: list[Found]) -> list[Found]:
    """ "X is in the US on a working visit ... X is the first African leader to visit the White House":
    the record is said of the trip told elsewhere (by a person it names), never a trip of its own."""
    travellers = {
        i
        for f in found
        if f.kind == "visit" and not f.claim
        for i in f.participants
        if doc.entities[i].kind == "person"
    }
    return [f for f in found if not (f.claim and travellers.intersection(f.participants))]


def _repeats(doc: Document, found: list[Found]) -> list[Found]:
    """One item per event: a candidate with the same kind, sides, status and days as an earlier one, told
    in the same words (a photo caption printed twice) or from the same evidence start (a lead's meeting
    that _spoken_calls made the call told beside it), is that one (a repeat counts as a false item)."""
    seen: dict[tuple[object, ...], Found] = {}
    out: list[Found] = []
    for f in found:
        event = (f.kind, frozenset(f.participants), f.status, f.start, f.end)
        # (a standfirst printed again as the body's first sentence differs by its full stop alone)
        words = (*event, doc.text[f.evidence_start : f.evidence_end].rstrip(". "))
        twin = seen.get(words) or seen.get((*event, f.evidence_start))
        if twin is None:
            seen[words] = seen[(*event, f.evidence_start)] = f
            out.append(f)
        elif twin.location is None:
            twin.location = f.location
    return out


def find(doc: Document) -> None:
    """Fill ``doc.meetings``: one candidate per real event, participants as entity indexes."""
    actors = ActorIndex(doc)
    found: list[Found] = []
    dates = DateIndex(doc.timexes)
    filed = dateline.filed_at(doc.text)
    # (a dateline past a page's stamp names the place only: the sentence it opens keeps the stamp's day)
    opened = dateline.find(doc.text) if filed is not None and dateline.stamp_end(doc.text) else filed
    opening = opened.end() if opened else 0
    for index, tokens in enumerate(sentence_tokens(doc)):
        # (lines wholly above the dateline, a headline or a photo's caption, are read as they stand)
        at = opening if doc.sentences[index].end > opening else 0
        found.extend(sentence_candidates(doc, actors, index, tokens, dates, at, found))
    if filed is not None and found:
        _lead_place(doc, found, filed, filed.end())
    if found:
        _gathering_place(doc, actors, found, opening)
    quoted = [f for f in found if f.quoted]
    told = [f for f in found if not f.quoted] if quoted else found
    if any(f.claim for f in told):
        told = _no_record_claims(doc, told)
    events = _their_event(told)
    if any(not f.participants for f in events):
        events = _bodies_named(doc, actors, events)
    events = _one_day_sittings(
        doc,
        _sitting_day_visits(
            doc,
            _arrival_day(
                doc, _carry_over(doc, _fill_visits(_lone_visits(doc, actors, _members_meet(doc, events))))
            ),
        ),
    )
    events = _lend_days(doc, merge_events(doc, _also_day(doc, _lead_day(doc, _opening_day(doc, events)))))
    if "day" in doc.text:
        events = _told_length(doc, events)
    events = _aside_place(
        doc,
        _visit_city(
            doc,
            actors,
            _stay_place(
                doc, _host_land_place(doc, _gathering_attendees(doc, actors, _attendees(doc, actors, events)))
            ),
        ),
    )
    events = _capital_named(
        doc,
        _filed_city(
            doc,
            filed,
            _same_day_place(doc, _visiting_guests(doc, actors, _received_guest(doc, actors, events))),
        ),
    )
    doc.meetings = [
        MeetingCandidate(
            kind=f.kind,
            status=f.status,  # type: ignore[arg-type]
            evidence_start=f.evidence_start,
            evidence_end=f.evidence_end,
            participants=_people_over_their_countries(doc, f),
            location=f.location,
            start=f.start,
            end=f.end,
            date_text=f.date_text,
            title=f.title,
        )
        for f in _repeats(doc, _refine_days(doc, _return_later(doc, _spoken_calls(events), dates), quoted))
        if _worth_keeping(doc, f)
    ]
