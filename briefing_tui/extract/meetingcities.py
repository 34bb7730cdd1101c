"""The city of a meeting told by its country alone ("a visit to Belarus"): a city the story names.

The one city of that country where the story puts the traveller's other events, the city the
traveller's own sentence lands them in, the capital the story is filed from, or the capital it puts
someone in. Separate from :mod:`meetingplaces`, whose passes give a place to events told with none:
these only make a country's place finer.
"""

from __future__ import annotations

import re

from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.document import Document, Timex
from briefing_tui.extract.lexicon.countries import CAPITALS, NAMES, country_of
from briefing_tui.extract.meetingactors import ActorIndex, place_named_at
from briefing_tui.extract.meetingfound import Found, days_hold, days_of
from briefing_tui.extract.meetingmerge import TRIP_BEFORE


def place_country(place: str) -> str | None:
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


def visit_city(doc: Document, actors: ActorIndex, found: list[Found]) -> list[Found]:
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
            and days_hold(trip, f)
            and place_country(f.location) == country
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
    if not city or city in NAMES or place_country(city) not in (None, country):
        return None
    told = text.find(country, lo, hi)  # (the land's visit told after a trip before: "from a visit to X")
    if told >= 0 and TRIP_BEFORE.search(text, max(lo, told - 50), told) is not None:
        return None
    return city


def filed_city(doc: Document, filed: re.Match[str] | None, found: list[Found]) -> list[Found]:
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
        held = days_of(f.start, f.end)
        if held and max(held[0] - today[1], today[0] - held[1]).days > _SAME_STAY_DAYS:
            continue
        if f.location and NAMES.get(f.location) == land and not f.earlier:
            f.location = city
    return found


# each land's capitals, as the lexicon spells them ("Brasilia", "Brasília")
_CAPITALS_OF: dict[str, list[str]] = {}
for _city, _land in CAPITALS.items():
    _CAPITALS_OF.setdefault(_land, []).append(_city)


def capital_named(doc: Document, found: list[Found]) -> list[Found]:
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
    held = days_of(f.start, f.end)
    if held is None:
        return True
    for t in told.timexes.get(k if k >= 0 else len(doc.sentences) - 1, ()):
        day = days_of(t.value, None)
        if day and max(day[0] - held[1], held[0] - day[1]).days > _SAME_STAY_DAYS:
            return False
    return True


_SAME_STAY_DAYS = 7  # a date this near an event's days may tell the same trip (the arrival the day before)
