"""Asides in a meeting's sentence, and whose dates they hold.

", who arrived late Tuesday," and "Wong, sworn in as prime minister on Wednesday night," tell of
someone named, not of the trigger, so their dates are left out (``outside_asides``); ", which will be
held on May 7" after the event's own noun times the event itself (``timed_by_own_clause``). Separate
from :mod:`meetingdates`, which weighs the dates left against the trigger's words; :mod:`meetingproposals`
reads the same asides to keep a wish inside one to its clause.
"""

from __future__ import annotations

from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.document import Timex
from briefing_tui.extract.meetingcues import Hit

# (never across a sentence's end: a full stop after a lower-case word or a digit, or a line break);
# a "who"/"which" clause may run to the sentence's end: ", which was upgraded in 2011."
_ASIDE_BODY = r"(?:[^,;\"\n.]|\.(?!\s)|(?<![a-z0-9]{2})\.){0,200}"
ASIDE = twin(
    r",\s+(?:(?:who|which|whose)\b" + _ASIDE_BODY + r"(?:,|\.(?=\s|$))|(?:where|when)\b" + _ASIDE_BODY + r",)"
)


_PLACE_OR_TIME_ASIDE = twin(r",\s+(?:where|when)\b")
# "..., where he will meet his counterpart, President X Y on Monday.": a name in apposition after the
# clause's comma, then the clause's own day (only names and the day's preposition between)
_APPOSED_NAME = twin(r"\s*(?:[A-Z][\w.'\u2019-]*\s+){1,6}(?:on\s+|this\s+|next\s+)?")


def outside_asides(text: str, timexes: list[Timex], hit: Hit) -> list[Timex]:
    """Dates in a relative clause (", who arrived late Tuesday,") belong to that clause, not the trigger's;
    a trigger inside one (", who has led talks with X, will visit on Monday") has only the clause's own."""
    if not timexes:
        return timexes
    lo, hi = min(timexes[0].start, hit.start), max(timexes[-1].end, hit.end)
    asides = [(m.start(), m.end()) for m in ASIDE.finditer(text, max(0, lo - 200), hi + 200)]
    own = next(((a, b) for a, b in asides if a <= hit.start < b), None)
    if own is not None and text[own[1] - 1] == ",":
        # (closed by a comma: the main clause goes on after it; one closed by the sentence's end may
        # hold the sentence's last words, read as the trigger's own)
        inside = [t for t in timexes if own[0] <= t.start < own[1]]
        if inside or not _PLACE_OR_TIME_ASIDE.match(text, own[0]):
            return inside
        after = next((t for t in timexes if t.start >= own[1]), None)
        if after is not None and _APPOSED_NAME.fullmatch(text, own[1], after.start):
            return [after]  # the comma closed a name's apposition, not the clause
        # "On Thursday, X will attend a session in the Senate, where he will meet its president, Y,":
        # a "where"/"when" clause tells what happens at the main clause's place and time
        asides = [(a, b) for a, b in asides if b <= own[0]]
        return [t for t in timexes if t.end <= own[0] and not any(a <= t.start < b for a, b in asides)]
    asides = [(a, b) for a, b in asides if not (a <= hit.start < b) and not _own_time_aside(text, hit, a)]
    if _ASIDE_OPENING_ALONE.search(text, max(0, lo - 160), hi + 130):
        asides += [
            m.span(1)
            for m in _PARTICIPLE_ASIDE.finditer(text, max(0, lo - 160), hi + 130)
            if not (m.start(1) <= hit.start < m.end(1))
        ]
    return [t for t in timexes if not any(a <= t.start < b for a, b in asides)]


# "the summit, which will be held on May 7", "his four-day visit, which began Monday", "the summit in
# Oslo, which is scheduled for November": a relative clause of the event noun whose verb holds or times it
# tells the event's own time (the noun may be the gathering the trigger is held at: "a meeting at the
# summit, which is set for May")
_OWN_TIME_ASIDE = twin(
    r",\s+(?:which|that)\s+(?:(?:is|are|was|were|will|would|has|have|had|be|been)\s+){0,2}"
    r"(?:(?:now|likely|tentatively|due\s+to)\s+)?"  # (not "originally planned for": the plan changed)
    r"(?:(?P<held>scheduled|rescheduled|slated|set|planned|held|to\s+be\s+held|t(?:ake|akes|ook|aking)\s+place)"
    r"|beg(?:in|ins|an|un)|start(?:s|ed)?|opens?|opened|runs?|ran|kick(?:s|ed)\s+off)\b"
)
# after a trip's destination: "which began on Sunday", "which is scheduled for May" (the trip's own time)
_TRIP_BEGUN = twin(
    r",\s+(?:which|that)\s+(?:(?:is|are|was|were|will|would|has|have|had|be|been)\s+){0,2}"
    r"(?:(?:now|likely|tentatively|due\s+to)\s+)?"
    r"(?:scheduled|rescheduled|slated|set|planned|beg(?:in|ins|an|un)|start(?:s|ed)?|kick(?:s|ed)\s+off)\b"
)
# between the trigger's noun and the clause: its own "in Oslo", "on Syria", "to Chile" phrase, or the
# gathering it is held at ("meeting at the upcoming X Summit in Y")
_NOUN_TO_ASIDE = twin(r"(?:\s+(?:in|on|of|to|with|between|at)\s+[^,;:.\"\u201c\u201d]{1,120}?)?")
_ASIDE_EVENT_NOUN = twin(
    r"(?i)(?:visit|trip|tour|meeting|talks|summit|conference|session|forum|consultations|dialogue)s?$"
)
# a trip's destination, all names: "visit to Chile", "trip to South Korea"
_TO_PLACE = twin(r"\s+to\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}")


def _own_time_aside(text: str, hit: Hit, at: int) -> bool:
    """Is the relative clause opening at ``at`` the trigger's own (or its gathering's), timing it?"""
    if at < hit.end or at - hit.end > 130:
        return False
    verb = _OWN_TIME_ASIDE.match(text, at)
    # (a trip's trigger may hold its "to": "trip to | Chile, which began on Friday")
    noun = hit.end - 3 if text.endswith(" to", hit.start, hit.end) else hit.end
    if verb is None or not _ASIDE_EVENT_NOUN.search(text, max(0, noun - 16), noun):
        return False  # (the trigger is an event noun: "the visit", "talks")
    if at == hit.end:
        return True  # "the summit, which will be held on May 7", "the visit, which began Monday"
    if not _NOUN_TO_ASIDE.fullmatch(text, noun, at):
        return False
    # a phrase between: the gathering the sitting is held at ("at the summit in Oslo, which is set for
    # May"), or a place or topic timed by a verb of holding ("the summit in Oslo, which will be held");
    # a verb of beginning may tell of a building ("talks at the hotel, which opened in 1990"): only after
    # a gathering's noun, or a trip's destination ("his visit to Chile, which began on Sunday")
    if _ASIDE_EVENT_NOUN.search(text, max(0, at - 16), at):
        return True
    if _TO_PLACE.fullmatch(text, noun, at) is not None:
        # (after a destination a clause of beginning or scheduling only: one of holding or opening tells of
        # the place, "to Chile, which held elections on Friday", "to the Palace Hotel, which opened in 1990")
        return _TRIP_BEGUN.match(text, at) is not None
    return bool(verb.group("held"))


def timed_by_own_clause(text: str, hit: Hit, t: Timex) -> bool:
    """Is ``t`` told in the trigger's own relative clause of holding or timing ("the summit, which will
    be held on May 7")? Such an event is set, whoever is invited to it."""
    if t.start <= hit.end or t.start - hit.end > 250:
        return False
    at = text.rfind(", ", hit.end, t.start)
    while at >= 0 and not text.startswith(("which", "that"), at + 2):
        at = text.rfind(", ", hit.end, at)
    return at >= 0 and _own_time_aside(text, hit, at)


# "Wong, sworn in as prime minister on Wednesday night, also spoke with X", "Y met Z, named premier on
# Monday, in Accra": an aside after a name, opened by a participle of a change in that person's office
# or state, tells of the person; its date is not the event's
_ASIDE_OPENING = (
    r",\s+(?:(?:newly|recently|just|only|first|later)\s+)?"
    r"(?:sworn|elected|re-elected|reelected|appointed|reappointed|named|inaugurated|installed|nominated"
    r"|chosen|born|ousted|deposed|released|freed|arrested|detained|indicted|convicted|sentenced|promoted"
    r"|dismissed|fired|sacked|replaced|confirmed|crowned|proclaimed|designated)\b"
)
_PARTICIPLE_ASIDE = twin(r"\b[A-Z][\w.'\u2019-]*(" + _ASIDE_OPENING + r"[^,;:\"\n\u201c\u201d]{0,120},)")
# the comma and participle alone, which every aside holds: a pattern opening with a literal comma is
# searched comma to comma, where the whole one restarts at every character
_ASIDE_OPENING_ALONE = twin(_ASIDE_OPENING)
