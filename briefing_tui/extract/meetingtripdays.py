"""The days of a trip that its own words do not date: arrivals, one-day trips, lengths, returns.

An arrival or a past visit takes the day of the traveller's sittings told with the story's news day,
a trip of one day lends its day to the sittings of it, a length told again ("the three-day visit")
ends a dated event, and "will return on Friday" ends an upcoming trip. Separate from
:mod:`meetingdates`, which picks one trigger's date among its sentence's timexes: these passes read
the dates of other candidates.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from datetime import date, timedelta

from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.datewords import DAYS_LONG, count_of
from briefing_tui.extract.document import Document
from briefing_tui.extract.gates import any_in
from briefing_tui.extract.meetingdates import DateIndex, since_date
from briefing_tui.extract.meetingfound import Found, actor_side, days_of
from briefing_tui.extract.meetingmerge import GENERIC

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
    held = days_of(sitting.start, sitting.start)
    if held is None or not 0 <= (doc.published - held[0]).days <= _ARRIVAL_NEWS_DAYS:
        return None
    return sitting, held[0]


def arrival_day(doc: Document, found: list[Found]) -> list[Found]:
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


def sitting_day_visits(doc: Document, found: list[Found]) -> list[Found]:
    """ "X met Y in Helsinki on Thursday ... X's stop in Finland comes after the summit": a past visit to a
    land told with no time of its own (no arrival: see :func:`arrival_day`; nor one under way, "is on a
    visit", begun on an untold day, unless told as a trip of one day) took place on the day of the
    traveller's sittings with the land's people, when the story tells them all on one day, its news day
    (publication or the day before)."""
    visits = [
        f for f in found if f.kind == "visit" and f.start is None and f.status == "past" and not f.earlier
    ]
    if not visits:
        return found  # most stories: every visit dated, or none told
    # trips under way or of several days: found once, not for every visit again (a page of many visits
    # cost their square)
    stays = [
        g
        for g in found
        if g.kind == "visit"
        and (
            _TRIP_UNDER_WAY.search(doc.text, g.evidence_start, g.evidence_end)
            or _several_days(doc.text, g.evidence_start, g.evidence_end)
        )
    ]
    # the sitting that dates a trip hangs on its travellers and land only (its status is past for all):
    # found once for all their trips there; the timexes inside a trip are found by bisection
    days: dict[tuple[frozenset[int], str], tuple[Found, date] | None] = {}
    timex_starts = [t.start for t in doc.timexes]  # in text order
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
        if key not in days:
            hosted = [
                f
                for f in found
                if any(j not in travellers and actor_side(doc, j) == land for j in f.participants)
            ]
            days[key] = _news_day_sitting(doc, hosted, trip, travellers)
        found_day = days[key]
        if found_day is None:
            continue
        sitting = found_day[0]
        # a time of its own told ("A day earlier, he travelled to Y"); a trip of one day may share its
        # sitting's ("X, on a day-long visit to Y, met Z on Friday"), one of more days begins on a day untold
        told = {id(sitting.timex)} if one_day else set()
        own = doc.timexes[bisect.bisect_left(timex_starts, lo) : bisect.bisect_left(timex_starts, hi)]
        # (not a "since" clause's in a sentence told of the trip: "It was his first visit to Y since X took
        # office in May" tells no day of it)
        opening = doc.sentences[trip.sentence].start
        of_trip = _IT_WAS.match(doc.text, opening, opening + 16) is not None
        if any(id(t) not in told and not (of_trip and since_date(doc.text, t)) for t in own):
            continue
        # (a trip of that one day: the story tells no other day of it)
        trip.start, trip.end, trip.date_text, trip.timex = (
            sitting.start,
            sitting.start,
            sitting.date_text,
            sitting.timex,
        )
    return found


# "It was his first visit to ...", "This is the third trip ...": a sentence told of the trip itself
_IT_WAS = twin(r"(?:It|This|That)\s+(?:was|is|marks|marked)\b")


# "a day-long visit", "a one-day working visit", "a day's state visit": a trip of that one day
_ONE_DAY_TRIP = twin(
    r"(?i)\b(?:day-?long|one-day|single-day|a\s+day['\u2019]s)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour|stay)"
)


def one_day_sittings(doc: Document, found: list[Found]) -> list[Found]:
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
                and any(j not in travellers and actor_side(doc, j) in lands for j in f.participants)
            ):
                f.start, f.end, f.date_text, f.timex = trip.start, trip.start, trip.date_text, trip.timex
    return found


# "a three-day visit", "his five-day official trip" (not "after a two-day summit": another event's length)
_TRIP_LENGTH = twin(rf"(?i)\b{DAYS_LONG}\s+(?:[\w-]+\s+){{0,2}}(?:visit|trip|tour|stay)")


def stay_told(text: str, lo: int, hi: int) -> bool:
    """Is a stay under way ("is on a visit", "is in Kabul") or of several days ("a two-day visit") told in
    ``text[lo:hi]``: its sittings fall on a day of it the story need not tell?"""
    return _TRIP_UNDER_WAY.search(text, lo, hi) is not None or _several_days(text, lo, hi)


def _several_days(text: str, lo: int, hi: int) -> bool:
    """Is a trip of more than one day told in ``text[lo:hi]`` ("a three-day visit")?"""
    m = _TRIP_LENGTH.search(text, lo, hi)
    if m is None:
        return False
    return count_of(m.group(1)) > 1


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


def told_length(doc: Document, found: list[Found]) -> list[Found]:
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
        first = days_of(f.start, None)
        if f.earlier or first is None or first[0] != first[1] or f.end not in (None, f.start):
            continue
        days = count_of(m.group(1))
        if 2 <= days <= 31:
            f.end = (first[0] + timedelta(days=days - 1)).isoformat()
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


def return_later(doc: Document, found: list[Found], dates: DateIndex) -> list[Found]:
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
