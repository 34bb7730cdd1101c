"""The candidate meeting of stage meetings while it is built and merged: :class:`Found`.

Kept apart, at the bottom, so that the readers of one sentence (:mod:`meetingsentences`,
:mod:`meetingparticipants`), the merging rules (:mod:`meetingmerge`) and the passes over the whole
document (:mod:`meetings` and the modules it runs) can all build and read candidates without
importing one another. The small readings those passes share live here too: the days a candidate's
dates cover (``days_of``, ``days_hold``) and the side an actor stands for (``actor_side``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.document import Document, Timex
from briefing_tui.extract.meetingcues import Kind


@dataclass(slots=True)
class Found:
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
    theirs: bool = False  # "their meeting": the parties are those of the event just told
    host: bool = False  # "will host X": a host receiving a guest
    partial: bool = False  # "his visit" with no place: only ever a date for a visit told before
    during_visit: bool = False  # "will call on X during his visit": held where that visit goes
    topic: bool = False  # "to discuss the agenda for the Warsaw Summit": the event is talked about
    relative: bool = False  # "received X, who arrived in Y on a visit": told in a relative clause
    quoted: bool = False  # a visit in quoted words: only gives the day of one told before
    earlier: bool = False  # "had first met", "their last meeting": an event before the story's
    pair: list[int] | None = None  # "the two men spoke": the two people the sentence before names
    landmark: bool = False  # named in an opening "Before X's meeting with Y," phrase: not the clause's event
    each: bool = False  # one of "meetings with A and B": not the same event as its siblings
    claim: bool = False  # "is the first leader to visit X": a record, the trip told elsewhere if at all
    again: bool = False  # "During the meeting, ...": the sitting told before, named again
    press: bool = False  # "a press conference": reporters are no party, it takes two actors
    briefing: bool = False  # "a (joint) press conference": held before reporters, apart from any sitting
    body: int | None = None  # "the G20 summit": the body whose gathering it is
    attended: bool = False  # "and attended a meeting of X": a sitting its subject goes to
    them: bool = False  # "the two leaders agreed to a meeting between them": the two of the event told before
    followed: bool = False  # "hosted A, followed by a meeting with B": a sitting after the clause's one
    numbered: bool = False  # "the 11th meeting of X": one of a body's numbered sittings
    talk: bool = False  # "X and Y discussed ...": a verb naming no kind of sitting, any one of the two sides
    spoke: bool = (
        False  # "X spoke with Y", told with nothing of a sitting in person: a call if no place is told
    )


_ISO_PREFIX = twin(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@lru_cache(maxsize=1024)
def days_of(first: str | None, last: str | None) -> tuple[date, date] | None:
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


def days_hold(trip: Found, f: Found) -> bool:
    """No clash between a sitting's day (or month) and its trip's days, at the precision both tell."""
    if not (trip.start and f.start):
        return True
    k = min(len(trip.start), len(f.start))
    return trip.start[:k] <= f.start[:k] <= (trip.end or trip.start)[:k]


def actor_side(doc: Document, i: int) -> str | None:
    """The country an actor stands for: itself, or a person's affiliation."""
    e = doc.entities[i]
    return e.name if e.kind == "country" else e.affiliation
