"""Where a meeting was held when its own sentence does not say: places read across the story.

The lead's place from the dateline, a gathering's place for the talks held at it, a visit's place
for the sittings told during it (and its date for the undated event just after it), the land a
traveller's trip goes to, a stay in one city going on, and the city where the story puts a sitting's
parties. Separate from :mod:`meetingactors`, which reads a place in the words around one trigger:
these passes see built candidates (:class:`Found`) and lend one event's place to another.
"""

from __future__ import annotations

import bisect
import re

from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.document import Document
from briefing_tui.extract.gates import any_in
from briefing_tui.extract.lexicon.countries import NAMES, country_of
from briefing_tui.extract.meetingactors import ActorIndex, place_named_at
from briefing_tui.extract.meetingcities import place_country
from briefing_tui.extract.meetingfound import Found, actor_side, days_hold, days_of
from briefing_tui.extract.meetingmerge import GENERIC, MERGE_WINDOW

_LEAD_KINDS = frozenset(("meeting", "talks", "conference", "summit"))
_LANDS = frozenset(NAMES.values())


def lead_place(doc: Document, found: list[Found], filed: re.Match[str], opening: int) -> None:
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
            sides = {actor_side(doc, i) for i in f.participants}
            if land and sides and land not in sides and all(side in _LANDS for side in sides):
                continue
            f.location = place


# "on the sidelines of the", "on the margins of a": a gathering that frames the sentence's other meeting
# (meetings' _worth_keeping reads it too). gathering_place reads its place right after it: db6738a gave
# gathering_place a pattern of its own, up to the "in/at" before the place ("at/on the sidelines of the
# 33rd AU summit in Addis Ababa"), r"\bsidelines?\s+of\s+[^.;\n]{0,100}?\s(?:in|at)\s+(?=(?:the\s+)?[A-Z])",
# under the same module-level name, which f4f2c26's later one in meetings.py (this one) replaced at import;
# the split keeps the pattern that ran.
SIDELINES = twin(r"\b(?:sidelines|margins)\s+of\s+(?:the|a|an)\b")
GATHERING_KINDS = frozenset(("summit", "conference"))
_TALK_KINDS = frozenset(("meeting", "talks"))


def gathering_place(doc: Document, actors: ActorIndex, found: list[Found], opening: int) -> None:
    """A story that opens on a gathering with its place ("held talks on the sidelines of the AU summit in
    Addis Ababa", "the final day of the Summit of the Americas, held in Lima") tells the talks and
    meetings that follow, with no place, date or status of their own, as held there."""
    text = doc.text
    lead_end = min(len(text), opening + 600)
    place, at, status, day = None, -1, "past", None
    side = (
        SIDELINES.search(text, opening, lead_end) if text.find("sideline", opening, lead_end) >= 0 else None
    )
    if side:
        place, at = place_named_at(actors, side.end(), min(len(text), side.end() + 80)), side.start()
        lead = next((f for f in found if f.evidence_start <= at < f.evidence_end), None)
        if lead is not None:
            status, day = lead.status, lead.start
    else:
        lead = next(
            (f for f in found if f.evidence_start < lead_end and f.kind in GATHERING_KINDS and f.location),
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


def carry_over(doc: Document, found: list[Found]) -> list[Found]:
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


def host_land_place(doc: Document, found: list[Found]) -> list[Found]:
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
                and days_hold(t, f)
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


def stay_place(doc: Document, found: list[Found]) -> list[Found]:
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
                or place_country(before.location) != land
            ):
                continue
            days = days_of(before.start, before.end), days_of(f.start, f.end)
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
    days = days_of(f.start, f.end)
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
        held = days_of(g.start, g.end)
        if dated and held is None:
            continue
        if days and held and max((held[0] - days[1]).days, (days[0] - held[1]).days) > reach:
            continue
        cities.add(g.location)
    return cities.pop() if len(cities) == 1 else None


def aside_place(doc: Document, found: list[Found]) -> list[Found]:
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
            if g.sentence == f.sentence and g.location is None and g.kind in GATHERING_KINDS:
                aside = _ASIDE_OF.search(text, g.evidence_start, g.evidence_end)
                if aside is not None and not g.earlier:
                    g.location = f.location
    return found


def same_day_place(doc: Document, found: list[Found]) -> list[Found]:
    """ "X arrived in Kazan on Tuesday ... In a series of bilateral talks on Tuesday, X hailed ...": a dated
    sitting with no place of its own was held in the one city where the story puts its parties on that
    day or the next or last (a trip's, a sitting's, a gathering's place): one is in one place a day."""
    for f in found:
        if f.location or f.kind not in _PLACED_KINDS or f.earlier or f.spoke or f.start is None:
            continue
        # (a day's city, not a venue: "met X at the Ministry of Finance ... also met Y" may be elsewhere)
        f.location = _party_city(doc, found, f, _SAME_PLACE_DAYS, dated=True, cities_only=True)
    return found
