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
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from briefing_tui.extract import dateline
from briefing_tui.extract.document import Document, MeetingCandidate, Mention, Timex
from briefing_tui.extract.meetingactors import (
    ActorIndex,
    countries_of_place,
    location_near,
    opening_subject,
    place_named_at,
    sides_before,
    trim_place,
)
from briefing_tui.extract.meetingcues import URGE_AFTER, Hit, find_hits, keyword_windows
from briefing_tui.extract.meetingdates import (
    DateIndex,
    date_status,
    length_span,
    meeting_status,
    negated,
    outside_asides,
    paired_end,
    pick_timex,
    range_text,
    return_end,
)
from briefing_tui.extract.meetingfound import Found
from briefing_tui.extract.meetingmerge import (
    GENERIC,
    MERGE_WINDOW,
    absorb,
    merge_events,
    merge_same_sentence,
    sides_of,
)
from briefing_tui.extract.meetingparticipants import (
    BARE_TALK_VERB,
    PREPARE_BEFORE,
    SECOND_SITTINGS,
    SPOKE_WITH,
    TO_BY,
    VISIT_NOUN,
    WITH_OBJECTS,
    by_traveller,
    followed_by,
    meetings_with,
    participants_of,
    second_predicate_subject,
    taken,
    trip_owner_of,
    two_sides,
)
from briefing_tui.extract.tense import tense_near
from briefing_tui.extract.tokens import Token, sentence_tokens

_ZONE = 500  # characters looked at on either side of a trigger: bounded work on endless sentences

_REMOTE = re.compile(  # the lookahead turns most positions away at once
    r"(?i)\b(?=[bov])(?:(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone|by\s+video(?:\s*link|\s*conference)?"
    r"|virtually|video\s+(?:call|conference))\b"
)
_FOR_TALKS = re.compile(r"[^,;.]{0,60}?\bfor\s+(?:[\w-]+\s+)?talks\b")
# "welcome X for a state visit", "will host X on his first trip to Asia"
_FOR_VISIT = re.compile(
    r"[^,;.]{0,80}?\b(?:for\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour)"
    r"|on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:trip|tour|outing))\b",
    re.I,
)
# "welcoming President X to the White House", "welcomed X to Beijing": the guest come to the host's place
_WELCOME_TO = re.compile(r"[^,;.]{0,80}?\sto\s+(?:the\s+)?(?=[A-Z])")
_FOR_SUMMIT = re.compile(r"[^,;.]{0,50}?\bfor\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}summit\b", re.I)
_MEDIUM = re.compile(
    r"(?i)\b(?:(?:tele)?phone|telephonic|video(?:conference)?)\b"
)  # inside a cue: "held phone talks"
_ITINERARY = re.compile(
    r"\s*(?:On\s+[^,;]{3,40}?,?\s+)?[Ii]n\s+(?:the\s+)?(?P<place>[A-Z][\w.'-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w.'-]*){0,4})"
    r"(?:\s*\([^()]{1,30}\))?(?:\s+on\s+[^,;]{3,40}?)?\s*,"
)
_ITINERARY_OPENINGS = ("On", "In", "in")  # what _ITINERARY can open with (after white space)

# A dateline opening a later paragraph (after a headline and summary), with its agency and date in
# brackets: "MOSCOW (Agency / Wire - 25th November, 2021) ...". Its agency and date are no event's.
_INNER_DATELINE = re.compile(
    r"\s*[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][A-Za-z .]{1,20}?)?\s*"
    r"\((?=[^()\n]{0,80}\d{4}\))[^()\n]{3,80}\)\s*(?:[\u2014\u2013-]{1,2}\s*)?"
)
_THEIR = re.compile(r"(?i)\b(?:their|the)\s+(?:[a-z-]+\s+)?[a-z]+$")  # "their meeting", "the talks"
# "The top diplomats of the two nations held a meeting", "both sides met": the parties just told
_THE_TWO = re.compile(r"(?i)\b(?:the\s+(?:two|pair)|both)\s+(?:[\w-]+\s+){0,5}$")
# "agreed to schedule a meeting between them": the two parties told just before, after the noun
_BETWEEN_THEM = re.compile(r"\s+(?:between|among)\s+them(?:selves)?\b")
# "They met at the AU headquarters on Tuesday": a plural pronoun as the verb's subject, right before it
_THEY = re.compile(r"\b[Tt]hey\s+(?:(?:also|had|have|last|first|then|later|again|will|would)\s+){0,2}$")

# "During the meeting, X briefed Y", "After the talks, X thanked Y": an opening phrase naming the event
# by its noun alone, the comma right after it (the sentence's people are those of what happened then)
_AGAIN_OPENING = re.compile(r"\s*(?:During|After|Following|At|Throughout)\s+the\s+[a-z]+")
# (or "During the meeting held at the Palace ...": the sitting told again with where it was held)
_AGAIN_CLOSE = re.compile(r"\s*,|\s+(?:held|hosted|that\s+took\s+place|which\s+took\s+place)\s+(?:at|in)\s")
# "X during the conversation expressed ...": the same, inside the clause, when no party or detail follows
_AGAIN_INSIDE = re.compile(r"(?i)during\s+the\s+(?:conversation|meeting|talks|call)")
_AGAIN_DETAIL = re.compile(
    r"(?i)\s*(?:with|between|of|among|held|in|on|at|that|which|hosted|chaired|to|by|this|last|next|in)\b"
)
_SITTINGS = ("meeting", "talks", "call", "summit", "conference")  # what "the meeting" may be told again as
_OWN_DATE = re.compile(r"\s*(?:(?:on|in|this|next|late|early|from)\s+)?")  # "meet on Wednesday"
# "hold talks ... to prepare a visit to Japan in April": a date after a trigger's place is that
# trigger's and no earlier one's (a meeting told after it, "to attend a meeting", may share it)
# ("the visit of President X to Budapest on February 2": the traveller named between)
_OWN_PLACED_DATE = re.compile(
    r"\s*(?:of\s+(?:[A-Z][\w.'-]*\s+){1,5})?(?:to|in)\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){1,3}(?:in|on|this|next)\s+"
)
# a visit's place and day told at once after it: "a State Visit to the United States on May 23rd"
_DAY_AFTER = re.compile(r"[^\"]{0,80}?\b(?:on|from)\s+(?:\w+\s+)?\d")

_DONE_BEFORE = re.compile(r"(?i)\b(?:after|having)\s+$")

# "had first met", "their last meeting", "had previously held talks": an event from before the story's
_EARLIER_BEFORE = re.compile(
    r"(?i)\b(?:had|first|last|previous(?:ly)?|earlier|once|former|ago|since|prior|past)\b[^,;.]*$"
)
_EARLIER_OPENING = re.compile(r"\s*(?:Previously|Before\s+that|In\s+the\s+past)\b")
_LEAD_REACH = 3  # sentences after the first event's within which a dated event is the story's lead
# an opening "Prior to <event> ... , " phrase up to the last comma before the trigger
_LANDMARK_PHRASE = re.compile(r"\b(?:[Pp]rior\s+to|[Aa]head\s+of)\b[^;.]{0,160},\s+(?=[^,]*$)")
# a sentence opening "Before Tuesday's meeting with X, ...": the event it names came after the main clause's
_BEFORE_OPENING = re.compile(r"\s*(?:Before|Prior\s+to|Ahead\s+of)\s+[^,;.]{3,120},")
# "During his visit to X from May 2 to 4, Y will call on Z": the trip told in the opening phrase is
# one event, the main clause (whose subject follows the phrase) another, held during it
_DURING_OPENING = re.compile(
    r"\s*(?:During|While\s+on|In\s+the\s+course\s+of)\s+"
    r"(?:his|her|their|the|this|that|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['\u2019]s)\s+"
    r"(?:[\w-]+\s+){0,2}(?:visit|trip|stay|tour)\b[^,;.]{0,100},"
)

_RECORD_CLAIM = re.compile(
    r"(?i)\b(?:it|this|that)\s+(?:will\s+be|would\s+be|is|was|marks|marked)\s+(?:his|her|their|its|the)\s+"
    r"(?:[\w-]+\s+)?first\s+(?:[\w-]+\s+){0,2}$"
)
# "Buhari is the first African leader to visit the White House": a record the trip sets, said of it
_FIRST_TO = re.compile(
    r"(?i)\b(?:is|was|be|been|became|becomes)\s+the\s+first\s+(?:[\w-]+\s+){1,5}to\s+(?:\w+\s+)?$"
)

_PASSIVE_BEFORE = re.compile(r"(?i)\b(?:was|were|is|are|be|been|being)\s+(?:\w+\s+)?$")


def _home_trip(doc: Document, participants: list[int]) -> bool:
    """One traveller and only their own country reached ("the President arrived back in his capital"):
    a return home, not a visit."""
    people = [doc.entities[p] for p in participants if doc.entities[p].kind == "person"]
    places = [doc.entities[p].name for p in participants if doc.entities[p].kind == "country"]
    return (
        len(people) == 1
        and len(places) == len(participants) - 1 > 0
        and people[0].affiliation is not None
        and all(name == people[0].affiliation for name in places)
    )


def _talked_together(actors: ActorIndex, hit: Hit, lo: int) -> bool:
    """A bare "discussed"/"talked"/"spoke" is a trigger only after two sides named as its subject ("X and his
    counterpart Y", "X of Ecuador and Y of Colombia") and not in the passive ("the issues were discussed
    during the call"): other uses talk about topics and would cut the zones of the triggers around them."""
    text = actors.doc.text
    if not BARE_TALK_VERB.fullmatch(text, hit.start, hit.end):
        return True
    if _PASSIVE_BEFORE.search(text, max(lo, hit.start - 25), hit.start):
        return False
    return text.find("counterpart", max(lo, hit.start - 150), hit.start) >= 0 or bool(
        two_sides(actors, lo, hit)
    )


# the verbs that may tell the last leg of a trip, home: arrivals, "proceed/go on to", "end his tour in"
_HOMEWARD = re.compile(r"(?i)arriv|land|proceed|go|went|mov|continu|end|conclud|wrap")


def _medium_of(text: str, before: Hit, hit: Hit) -> bool:
    """ "held talks with X over the phone": a bare "by phone" after another sitting's trigger in the same
    clause is how that one was held (its kind becomes call), not a second event."""
    return (
        hit.form == "adverbial"
        and text.startswith(("by", "over"), hit.start)
        and before.kind in ("meeting", "talks", "call")
        and before.form != "event"
        and hit.start - before.end < 150
        and not any(c in text[before.end : hit.start] for c in ";.")
    )


_HABITUAL = re.compile(
    r"(?i)\b(?:invariably|always|routinely|regularly|usually|habitually|frequently|constantly)\b[^,;.]*$"
)
# "X, who came to Iran to attend the Tehran Forum, met Y": a named event told in a relative clause
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which)\s[^,;]*$")
_RELATIVE_BEFORE = re.compile(r",\s+(?:who|which)\s+(?:\w+\s+){0,2}$")
_DISCUSSED_BEFORE = re.compile(r"(?i)\bdiscuss(?:es|ed|ing)?\s[^;.]*$")
# talked about, not held: "to discuss the agenda for the", "preparations for the"
_TOPIC_BEFORE = re.compile(r"(?i)\b(?:discuss\w*|agenda|prepar\w*|results\s+of)\b[^,;.]*$")

# "received the Nobel Prize from X", "received the Order of Merit by decree": a thing, not a guest
_RECEIVED_FROM = re.compile(r"[^,;.]{0,80}?\b(?:from|by)\b")
_ARRIVAL = re.compile(r"arriv|land", re.I)

# where such a list goes on after a ";" or an apposition's comma: "; of Brazil, B", ", the President of C"
_CALL_ON = re.compile(r"call(?:ed)?\s+on\b")  # a courtesy call (the "call on" trigger)
_AND_WITH = re.compile(
    r",?\s+and\s+(?:also\s+|then\s+|later\s+)?with\s+(?=(?:the\s+)?[A-Z])"
)  # "..., and with B"
_EACH_WORD = re.compile(r"(?i)\b(?:separate|bilateral|individual|one-on-one|respective)\b")

_BODY_EVENTS = frozenset(("summit", "conference", "meeting"))
# between a body's name and the gathering it holds: "the NATO summit", "the SCO foreign ministers' meeting"
_BODY_GAP = re.compile(
    r"\s+(?:(?:leaders|heads\s+of\s+state|(?:foreign\s+|defen[cs]e\s+|finance\s+)?ministers)['\u2019]\s+"
    r"|(?:annual|special|informal|extraordinary|emergency|ministerial|leaders)\s+){0,2}"
)
_BODY_DETERMINER = re.compile(
    # "The G7 summit in Berlin ...": the sentence may open with the determiner
    r"(?:\b(?:[Tt]he|[Aa]n?|[Tt]his|[Nn]ext|[Ll]ast|[Ii]ts|[Tt]heir)|['\u2019]s)\s+(?:(?:[a-z]+|\d+(?:st|nd|rd|th))\s+){0,2}$"
)


def _body_before(actors: ActorIndex, hit: Hit, lo: int) -> Mention | None:
    """ "attend the G7 summit", "the SCO foreign ministers' meeting": an organization named right before a
    gathering, as its modifier, is the body whose members gather."""
    start = max(lo, hit.start - 80)
    before = actors.between(start, hit.start)
    if not before:
        return None
    m = before[-1]
    text = actors.doc.text
    if (
        actors.kind(m) != "organization"
        or not _BODY_GAP.fullmatch(text, m.end, hit.start)
        or not _BODY_DETERMINER.search(text, max(start, m.start - 30), m.start)
    ):
        return None
    return m


def _one_each(
    actors: ActorIndex, mentions: list[Mention], hit: Hit, calls: bool = False
) -> list[list[int]] | None:
    """ "separate meetings with A, B and C", "his meetings with A and B": the owners' meeting with each
    person listed (a long list after a plain "meetings" may be a round of sessions with them all).
    ``calls``: "called on A, B and C", "made calls to A and B": a call is paid on each in turn."""
    guests = [m for m in mentions if m.start >= hit.end and actors.kind(m) == "person"]
    if not guests and _EACH_WORD.search(actors.doc.text, max(0, hit.start - 24), hit.end):
        # "bilateral talks with leaders from A, B and C": one sitting with each country's side
        guests = [m for m in mentions if m.start >= hit.end and actors.kind(m) == "country"]
    people = list(dict.fromkeys(m.entity for m in guests if m.entity is not None))
    if len(people) < 2:
        return None
    if (
        len(people) > 2
        and not calls
        and not _EACH_WORD.search(actors.doc.text, max(0, hit.start - 24), hit.end)
    ):
        return None
    owners = list(dict.fromkeys(m.entity for m in mentions if m.start < hit.start and m.entity is not None))
    if not owners:
        return None
    return [owners + [p] for p in people if p not in owners]


def _each_subject(actors: ActorIndex, mentions: list[Mention], hit: Hit) -> list[list[int]] | None:
    """ "Premier A and Chairman B will also meet with X respectively": each person of the subject meets
    the one object on their own."""
    subjects = list(
        dict.fromkeys(
            m.entity
            for m in mentions
            if m.start < hit.start and m.entity is not None and actors.kind(m) == "person"
        )
    )
    objects = list(dict.fromkeys(m.entity for m in mentions if m.start >= hit.end and m.entity is not None))
    if len(subjects) < 2 or len(objects) != 1 or objects[0] in subjects:
        return None
    return [[p, objects[0]] for p in subjects]


_CLAUSE_BREAK = re.compile(r";|,\s+(?:but|and|while|although|though)\b")

# "his trips to Kenya in July 2015 and once more in July 2018": one trip for each date told
_PLURAL_TRIPS = re.compile(r"(?i)(?:trips|visits|journeys|tours)\b")


def _trip_each_date(text: str, found: Found, near: list[Timex], hit: Hit, hi: int) -> list[Found]:
    """A plural trip noun and two or more dates after it, in its clause: one trip on each date."""
    own = found.timex
    assert own is not None
    later = [
        t
        for t in near
        if t.value and t.start > own.end and t.end <= hi and t.value != own.value and t.start > hit.end
    ]
    if not later or own.start < hit.end:
        return [found]
    found.each = True
    return [found] + [replace(found, start=t.value, end=t.value, date_text=t.text, timex=t) for t in later]


def _welcomed_to(actors: ActorIndex, hit: Hit, end: int) -> bool:
    """ "welcoming President X to the White House": "to" and a name right after the guest welcomed."""
    m = _WELCOME_TO.match(actors.doc.text, hit.end, min(end, hit.end + 80))
    if m is None:
        return False
    to = actors.doc.text.rfind(" to", hit.end, m.end())
    return any(g.end == to and actors.kind(g) == "person" for g in actors.between(hit.end, to + 1))


_SPOKE_TO = re.compile(r"spoke\s+(?:\S+\s+){0,3}?to\s")

# "will fly to Washington for talks with X", "a visit to Mombasa to meet with X": the sitting the trip is for
_TRIP_PURPOSE = re.compile(
    r"[^,;.:\"]{0,80}?\s(?:for|to)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}"
)


def _for_the_trip(text: str, trip_end: int, hit: Hit) -> bool:
    """Is the trigger the purpose of the trip told just before it in the clause (its place then the
    sitting's)?"""
    if hit.start - trip_end > 100 or hit.start < trip_end:
        return False
    if text.startswith("to ", hit.start):  # "to meet with X": the "to" opens the trigger
        return _TRIP_PURPOSE.fullmatch(text, trip_end, hit.start + 3) is not None
    return _TRIP_PURPOSE.fullmatch(text, trip_end, hit.start) is not None


_ORDINAL_BEFORE = re.compile(
    r"(?i)\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)


def _addressed_leader(actors: ActorIndex, hit: Hit, mentions: list[Mention]) -> bool:
    """ "spoke to President X", "spoke to the President of Chile, X": the first actor addressed is a person
    (a country may name their office first), with no body before them (a newspaper, a channel)."""
    text = actors.doc.text
    after = text.find(" to ", hit.start, hit.end) + 3  # may be inside the cue: "spoke to X by phone"
    if not any(m.start > after and actors.kind(m) == "person" for m in mentions):
        return False
    for m in actors.between(after, after + 120):
        kind = actors.kind(m)
        if kind == "person":
            return True
        if kind != "country":
            return False
    return False


def _remote(text: str, start: int, end: int) -> bool:
    """_REMOTE in ``text[start:end]``; plain ASCII text without its words is let go without running it."""
    segment = text[start:end]
    if segment.isascii():
        low = segment.lower()
        if "phone" not in low and "video" not in low and "virtually" not in low:
            return False
    return _REMOTE.search(text, start, end) is not None


# "Heads of State and Government": a class of people, read by the mentions as a body "State and Government"
_HEADS_OF = re.compile(r"(?i)\bheads?\s+of\s+$")


def _distinct(doc: Document, mentions: list[Mention]) -> list[int]:
    text = doc.text
    return list(
        dict.fromkeys(
            m.entity
            for m in mentions
            if m.entity is not None
            and not (
                text.startswith(("State", "Government"), m.start)
                and _HEADS_OF.search(text, max(0, m.start - 10), m.start)
            )
        )
    )


def _sentence_candidates(
    doc: Document,
    actors: ActorIndex,
    index: int,
    tokens: list[Token],
    dates: DateIndex,
    opening: int,
    trip_owner: Mention | None = None,
) -> list[Found]:
    """The events one sentence names. ``opening``: where the story's words begin, after its dateline,
    whose place and date are not an event's; ``trip_owner``: the traveller of a recent visit."""
    s = doc.sentences[index]
    # "the two men spoke by phone": the two people named in the sentence before may be all it has
    if not actors.any_between(s.start, s.end) and (
        index == 0 or not _TWO_OR_BOTH.search(doc.text, s.start, s.end)
    ):
        return []  # nobody to meet
    text = doc.text
    if text[s.start : s.start + 4].lstrip()[:2].isupper():
        inner = _INNER_DATELINE.match(text, s.start, min(s.end, s.start + 160))
        if inner:
            opening = max(opening, inner.end())
    # most sentences open neither with "In"/"On" nor with white space: no itinerary stop, no call
    stop = (
        _itinerary_stop(doc, actors, index, dates)
        if text.startswith(_ITINERARY_OPENINGS, s.start) or text[s.start : s.start + 1].isspace()
        else None
    )
    windows = keyword_windows(tokens, s.start, s.end)
    hits = find_hits(doc.text, windows) if windows else []
    if hits:
        hits = [h for h in hits if _talked_together(actors, h, s.start)]
        if len(hits) > 1:
            hits = [h for k, h in enumerate(hits) if not (k and _medium_of(text, hits[k - 1], h))]
    if not hits:
        return [stop] if stop else []
    out: list[Found] = []
    # "meet on Wednesday ... the summit": a date right after a trigger is that trigger's, no other's
    owner: dict[int, int] = {}
    placed: dict[int, int] = {}  # dates after a trigger's place: kept from earlier triggers only
    if len(hits) > 1:
        for k, h in enumerate(hits):
            for t in dates.around(h.end, h.end + 90):
                if t.start <= h.end + 24 and _OWN_DATE.fullmatch(text, h.end, t.start):
                    if k + 1 < len(hits) and _FOR_TALKS.match(text, t.end, hits[k + 1].end):
                        continue  # "met in August for talks on X": the talks are that meeting, same date
                    owner[id(t)] = k
                elif _OWN_PLACED_DATE.fullmatch(text, h.end - 2 if by_traveller(text, h) else h.end, t.start):
                    placed[id(t)] = k  # ("the visit of X to Y on DATE": read from its "of")
    trip: tuple[int, str] | None = None  # the end of the last travel trigger and the place it reaches
    landmark_end = -1  # where an opening "Before the meeting with X," phrase ends
    during_end = -1  # where an opening "During his visit to X," phrase ends
    if text.startswith(("Before", "Prior", "Ahead"), s.start):
        phrase = _BEFORE_OPENING.match(text, s.start, s.end)
        landmark_end = phrase.end() if phrase else -1
    elif text.startswith(("During", "While", "In the"), s.start):
        phrase = _DURING_OPENING.match(text, s.start, s.end)
        landmark_end = during_end = phrase.end() if phrase else -1
    for n, hit in enumerate(hits):
        partial = False
        quoted = text.count('"', s.start, hit.start) % 2 == 1
        if quoted and not (
            hit.kind in ("visit", "meeting", "talks")
            and _DAY_AFTER.match(text, hit.end, min(s.end, hit.end + 100))
        ):
            continue  # inside quoted words: a question, a slogan, someone else's account
        lo = max(s.start, opening, hit.start - _ZONE)
        # the clause opens after the last ";" or quote mark before the trigger
        lo = max(lo - 1, text.rfind(";", lo, hit.start), _quote_before(text, lo, hit.start)) + 1
        if hit.start >= landmark_end > 0:
            lo = max(lo, landmark_end)  # the main clause's subject follows the opening phrase
        hi = min(s.end, hit.end + _ZONE, hits[n + 1].start if n + 1 < len(hits) else s.end)
        two = index > 0 and (
            (
                hit.form in ("verb", "adverbial")
                and _THE_TWO.search(text, max(lo, hit.start - 60), hit.start) is not None
            )
            or (
                # "The two leaders also agreed to schedule a meeting between them": the subject further off
                hit.form == "noun"
                and _BETWEEN_THEM.match(
                    text, hit.end - 8 if text.endswith("between", hit.start, hit.end) else hit.end
                )
                is not None
                and _TWO_OR_BOTH.search(text, lo, hit.start) is not None
            )
        )
        if not two and not actors.any_between(lo, hi):
            continue
        mentions, place = participants_of(
            doc, actors, hit, lo, hi, trip_owner if hit.form == "travel" else None
        )
        body = (
            _body_before(actors, hit, lo)
            if hit.form == "noun"
            and hit.kind in _BODY_EVENTS
            # "the White House meeting between A and B": the parties are named, what stands before is where
            and not text.endswith(("between", "among"), hit.start, hit.end)
            else None
        )
        if body is not None and all(m.entity != body.entity for m in mentions):
            mentions = [*mentions, body]
        participants = _distinct(doc, mentions)
        if _SPOKE_TO.match(text, hit.start) and not _addressed_leader(actors, hit, mentions):
            continue  # "spoke to Reuters", "spoke to CNN's X": an interview, not a call
        if hit.guest and text.startswith("call", hit.start) and URGE_AFTER.match(text, hit.end, hi):
            continue  # "called on Moscow to pull back": an appeal
        if hit.guest and not any(
            actors.kind(m) == "person" and not text.startswith(("'s", "\u2019s"), m.end)
            for m in mentions
            if m.start > hit.start
        ):
            continue  # "Qatar hosts the base", "welcomed Reed's remarks": hosting a meeting needs a named guest
        if hit.guest and text.startswith("rec", hit.start) and _RECEIVED_FROM.match(text, hit.end, hi):
            continue  # "received the Nobel Prize from X": a thing received, not a guest
        if (
            hit.form == "travel"
            and text.find("first", max(lo, hit.start - 40), hit.start) >= 0
            and _RECORD_CLAIM.search(text, max(lo, hit.start - 60), hit.start)
        ):
            continue  # "it will be her first ever visit to Europe": said of a trip told elsewhere
        if hit.form == "travel":
            if place is None and len(participants) < 2:  # one traveller, however often named
                if not mentions or hit.kind != "visit" or not VISIT_NOUN.match(text, hit.start, hit.end):
                    continue  # "travel restrictions", "the visit was useful": no destination, no visit
                partial = True  # "Biden's visit, planned for July 13-14": a visit told before, dated here
            elif place is None and not any(m.start > hit.start for m in mentions):
                # "officials, including A and B, have visited various African countries": travellers
                # with nowhere named they reached (nor anyone visited)
                continue
            if (
                not actors.any_between(lo, hit.start)
                and not by_traveller(text, hit)
                and not taken(actors, hit)
                and not (trip_owner is not None and trip_owner in mentions)
                and not (VISIT_NOUN.match(text, hit.start, hit.end) and TO_BY.match(text, hit.end, hi))
                and not (mentions and mentions[0].start > hit.end and opening_subject(actors, lo, hit, hi))
            ):
                continue  # nobody named travels
            participants += [c for c in countries_of_place(actors, place) if c not in participants]
            if _HOMEWARD.match(text, hit.start) and _home_trip(doc, participants):
                # "Marcos arrived in Manila", "will end his tour in Paris" (said of a French leader): back
                # home, not visiting (only verbs that may end a trip: a visitor's affiliation may be guessed
                # from the host country, which would drop "X visited Dhaka")
                continue
        if hit.form in ("noun", "event"):
            participants += [c for c in sides_before(actors, hit) if c not in participants]
        kind = hit.kind
        if (
            kind == "meeting"
            and hit.form == "noun"
            and text.endswith("summit ", max(0, hit.start - 7), hit.start)
        ):
            kind = "summit"  # "summit meetings with ASEAN": the meetings are a summit's
        if (
            kind == "meeting"
            and hit.form == "verb"
            and text.find(" talks", hit.end, min(s.end, hit.end + 80)) >= 0
            and _FOR_TALKS.match(text, hit.end, s.end)
        ):
            kind = "talks"  # "met Rishi Sunak for talks in No 10", "will host X for talks"
        if (
            hit.guest
            and hit.form == "verb"
            and (
                _FOR_VISIT.match(text, hit.end, min(s.end, hit.end + 120))
                or (text.startswith("welcom", hit.start) and _welcomed_to(actors, hit, s.end))
            )
        ):
            kind = "visit"  # "to welcome President X for a state visit": the guest's visit, hosted
        if (
            kind == "meeting"
            and hit.form == "verb"
            and text.startswith(("gather", "convene"), hit.start)
            and _FOR_SUMMIT.match(text, hit.end, min(s.end, hit.end + 80))
        ):
            kind = "summit"  # "EU leaders gathered in Brussels for a summit": the summit's sitting
        if (
            kind in ("meeting", "talks")
            and hit.form != "event"
            and (_remote(text, hit.start, hi) or _MEDIUM.search(text, hit.start, hit.end))
        ):
            # "spoke with Netanyahu by phone", "held talks by video link", "held phone talks",
            # "held a telephone conversation with"
            kind = "call"
        if hit.start >= during_end > 0 and len(participants) < 2 and hit.form != "travel":
            # "During Blinken's visit, Tuggar will hold talks": with the traveller the phrase names
            trip_found = next((f for f in reversed(out) if f.landmark and f.kind == "visit"), None)
            if trip_found is not None:
                participants += [
                    p
                    for p in trip_found.participants
                    if p not in participants and doc.entities[p].kind == "person"
                ]
        found = Found(kind, index, s.start, s.end, participants, title=hit.title)
        found.host = hit.guest
        found.numbered = _ORDINAL_BEFORE.search(text, max(lo, hit.start - 24), hit.start) is not None
        found.followed = followed_by(text, lo, hit) or (
            hit.form == "verb"
            and hit.kind in SECOND_SITTINGS
            and not SPOKE_WITH.match(text, hit.start)  # "met X in Berlin and spoke with Y there": one sitting
            and bool(second_predicate_subject(actors, lo, hit))
        )
        found.talk = BARE_TALK_VERB.fullmatch(text, hit.start, hit.end) is not None
        found.body = body.entity if body is not None else None
        found.press = (
            hit.kind == "conference"
            and text.startswith(("press", "news"), hit.start)
            and not text.endswith("joint ", max(0, hit.start - 6), hit.start)  # held by two
        )
        found.relative = (
            hit.form == "travel"
            and _RELATIVE_BEFORE.search(text, max(lo, hit.start - 30), hit.start) is not None
        ) or (
            hit.form == "event"
            and text.find("wh", max(lo, hit.start - 120), hit.start) >= 0
            and _RELATIVE_CLAUSE.search(text, max(lo, hit.start - 120), hit.start) is not None
        )
        found.partial = partial
        found.topic = (
            hit.form in ("event", "noun")
            and _TOPIC_BEFORE.search(text, max(lo, hit.start - 60), hit.start) is not None
        )
        if (
            hit.form == "noun"
            and hit.kind == "talks"
            and text.startswith("talks", hit.start)
            and (hit.end - hit.start == 5 or text.endswith("between", hit.start, hit.end))
            and _DISCUSSED_BEFORE.search(text, max(lo, hit.start - 100), hit.start)
        ):
            # "discussed issues, including the Iran-US talks", "to discuss resuming peace talks between
            # A and B": talks talked about, not held
            continue
        # up to the sentence's end: the visit named there is a trigger of its own, where ``hi`` stops
        reach = min(s.end, hit.end + 120)
        found.during_visit = hit.form != "travel" and (
            hit.start >= during_end > 0
            or (
                text.find("visit", hit.end, reach) + text.find("trip", hit.end, reach) > -2
                and _DURING_VISIT.search(text, hit.end, reach) is not None
            )
        )
        found.them = two and hit.form == "noun"
        found.theirs = len(participants) < 2 and (
            found.them  # "a meeting between them"
            or _THEIR.search(text, max(lo, hit.start - 20), hit.end) is not None
            or _THE_TWO.search(text, max(lo, hit.start - 60), hit.start) is not None
            or (hit.form != "noun" and _THEY.search(text, max(lo, hit.start - 30), hit.start) is not None)
        )
        if two and found.theirs:
            found.pair = _pair_before(doc, actors, index)
        zone_lo, zone_hi = max(s.start, opening, hit.start - _ZONE), min(s.end, hit.end + _ZONE)
        if kind != "call":  # a call happens on a line: an "in Seoul" nearby is another event's place
            # from the clause's start: a place in quoted words before it is the quote's
            # "will travel to Tirana, Albania, where he will meet Rama": there, unless the clause says
            where = text.find(", where", trip[0], hit.start) if trip is not None else -1
            place_lo = max(zone_lo, lo, where)
            if (
                text.find("rior to", place_lo, hit.start) >= 0
                or text.find("head of", place_lo, hit.start) >= 0
            ):
                # "Prior to the forum on March 22 in Nusa Dua, Bali, X is to meet Y": the forum's place
                landmark = _LANDMARK_PHRASE.search(text, place_lo, hit.start)
                place_lo = landmark.end() if landmark else place_lo
            found.location = place or location_near(doc, actors, hit, place_lo, zone_hi)
            if (
                found.location is None
                and trip is not None
                and (where >= 0 or _for_the_trip(text, trip[0], hit))
            ):
                found.location = trip[1]
        near = outside_asides(text, dates.around(zone_lo, zone_hi), hit)
        if owner:
            near = [t for t in near if owner.get(id(t), n) == n]
        if placed:
            near = [t for t in near if placed.get(id(t), n) <= n]
        if text.startswith("invit", hit.start):
            # "on Friday, X thanked Y for inviting him", "invited X to Turkey, but January did not fit":
            # the invitation's own day, or another clause's, is not the visit's
            near = [
                t for t in near if t.start > hit.end and _CLAUSE_BREAK.search(text, hit.end, t.start) is None
            ]
        t = pick_timex(text, near, hit)
        if t is not None and t.value is not None:
            found.timex = t
            found.date_text, end_value = range_text(doc, near, t)
            end_value = end_value or paired_end(text, near, t) or return_end(text, near, t)
            span = None if end_value else length_span(text, hit.start, hit.end, lo, t.value)
            found.start, found.end = span or (t.value, end_value or t.value)
            if hit.form == "travel" and not (end_value or span) and _ARRIVAL.match(text, hit.start):
                found.end = None  # "arrived in Islamabad on Thursday": the day a stay begins, not its end
        found.status = meeting_status(doc, hit, lo, hi, found.start, found.timex)
        if found.start and text.startswith("invit", hit.start):
            found.status = date_status(doc, found.start, None)  # a dated invitation: the visit is set
        prepared = (
            PREPARE_BEFORE.search(text, max(lo, hit.start - 40), hit.start) if hit.form == "travel" else None
        )
        if (
            prepared
            and not _DONE_BEFORE.search(text, max(lo, prepared.start() - 10), prepared.start())
            and not (
                prepared.group().split(None, 1)[0].lower().endswith("ed")
                and found.start
                and found.start < doc.published.isoformat()[: len(found.start)]
            )
        ):
            # a trip being prepared is still to come (not one "after arranging" it, nor one "arranged"
            # for a day now past: those are told as done)
            found.status = date_status(doc, found.start, "future")
        if found.status != "proposed" and negated(text, hit):
            continue  # "Moscow was not planning any talks": no event to report
        if found.start is None and _HABITUAL.search(text, max(lo, hit.start - 60), hit.start):
            continue  # "is invariably in the focus of his talks with ...": a habit, no one event
        found.landmark = hit.end <= landmark_end
        found.claim = (
            hit.form == "travel"
            and text.find("first", max(lo, hit.start - 60), hit.start) >= 0
            and _FIRST_TO.search(text, max(lo, hit.start - 80), hit.start) is not None
        )
        found.again = (
            hit.form in ("noun", "adverbial")
            and (hit.kind in GENERIC or hit.kind == "call")
            and (
                (
                    hit.end - s.start < 40
                    and _AGAIN_OPENING.fullmatch(text, s.start, hit.end) is not None
                    and _AGAIN_CLOSE.match(text, hit.end) is not None
                )
                or (
                    hit.form == "adverbial"
                    and _AGAIN_INSIDE.fullmatch(text, hit.start, hit.end) is not None
                    and _AGAIN_DETAIL.match(text, hit.end) is None
                )
            )
        )
        found.earlier = (
            _EARLIER_BEFORE.search(text, max(lo, hit.start - 50), hit.end)
            is not None  # "had first held talks"
            or _EARLIER_OPENING.match(text, s.start, hit.start) is not None
        )
        if quoted:
            # "... during a State Visit to the US on May 23rd 2024," said X: only ever the exact day of
            # a visit told before (a quote is the speaker's account, never an event of its own)
            if found.start and len(found.start) == 10:
                found.quoted = True
                out.append(found)
            continue
        if meetings_with(text, hit):
            pairs = _one_each(actors, mentions, hit)
        elif (
            hit.guest and text.startswith("call", hit.start) and _CALL_ON.match(text, hit.start, hit.end)
        ) or (hit.kind == "call" and text.endswith("calls to", hit.start, hit.end)):
            pairs = _one_each(actors, mentions, hit, calls=True)  # "made calls to A and B": one each
        elif (
            hit.form == "verb"
            and hit.kind in ("meeting", "talks")
            and (text.endswith("with", hit.start, hit.end) or WITH_OBJECTS.match(text, hit.end))
            and text.find(" with ", hit.end + 4, hi) >= 0
            and _AND_WITH.search(text, hit.end, hi) is not None
        ):
            pairs = _one_each(actors, mentions, hit, calls=True)  # "meet with A, and with B": one each
        elif hit.form == "verb" and text.find("respectively", hit.end, hi) >= 0:
            pairs = _each_subject(actors, mentions, hit)
        else:
            pairs = None
        if pairs:
            for pair in pairs:
                out.append(replace(found, participants=pair, each=True))
        elif found.timex is not None and _PLURAL_TRIPS.match(text, hit.start, hit.end):
            out.extend(_trip_each_date(text, found, near, hit, hi))
        else:
            out.append(found)
        if hit.form == "travel" and found.location:
            trip = (hit.end, found.location)
    return ([stop] if stop else []) + merge_same_sentence(out)


_SCARE_QUOTED = re.compile(r'"[^".,;:!?"]{1,40}"')


def _quote_before(text: str, lo: int, end: int) -> int:
    """The last quote mark before ``end`` that opens or closes quoted words; a short quoted phrase inside
    the clause ('will visit Kyiv "in the next few" days following a call') does not end it."""
    q = text.rfind('"', lo, end)
    while q >= 0:
        opening = text.rfind('"', lo, q)
        if opening < 0 or not _SCARE_QUOTED.fullmatch(text, opening, q + 1):
            return q
        if text.count('"', lo, opening) % 2:
            return q  # the pair found is a closing and an opening quote: real quoted words end at q
        q = text.rfind('"', lo, opening)
    return q


_TWO_OR_BOTH = re.compile(r"\b(?:[Tt]he\s+(?:two|pair)|[Bb]oth)\s")  # the lookups of _THE_TWO, cheaply


def _pair_before(doc: Document, actors: ActorIndex, index: int) -> list[int] | None:
    """The two people the sentence before names ("Trudeau congratulated Trump. The two men spoke by
    phone"), if it names exactly two."""
    prev = doc.sentences[index - 1]
    people = list(
        dict.fromkeys(
            m.entity
            for m in actors.between(prev.start, prev.end)
            if m.entity is not None and actors.kind(m) == "person"
        )
    )
    return people if len(people) == 2 else None


def _itinerary_stop(doc: Document, actors: ActorIndex, index: int, dates: DateIndex) -> Found | None:
    """ "In Fiji on February 12, Secretary Blinken will ...": a dated stop on a trip is a visit.

    The sentence opens with "In <place>" and a date (before or after it); the
    first person named after that opening is the visitor, unless the place is
    their own country. Called only for sentences that open with _ITINERARY_OPENINGS
    or white space (what _ITINERARY can match).
    """
    s = doc.sentences[index]
    text = doc.text
    m = _ITINERARY.match(text, s.start, min(s.end, s.start + 160))
    if not m:
        return None
    opening = dates.around(s.start, m.end())
    dated = [t for t in opening if t.value and len(t.value) == 10]
    place = trim_place(m.group("place"))
    countries = countries_of_place(actors, place) if dated and place else []
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
    found = Found("visit", index, s.start, s.end, [visitor.entity, *countries], location=place)
    found.timex, found.start, found.end = t, t.value, t.end_value or t.value
    found.date_text = t.text
    tense = tense_near(text, visitor.end, visitor.end, s.start, s.end)
    found.status = date_status(doc, found.start, tense)
    return found


# "during his visit", "while on the trip": the event is part of a visit told before
_DURING_VISIT = re.compile(
    r"(?i)\b(?:during|while\s+on|in\s+the\s+course\s+of)\s+(?:his|her|their|the|this|that|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}(?:visit|trip|stay|tour)\b"
)
_LEAD_KINDS = frozenset(("meeting", "talks", "conference", "summit"))


def _lead_place(found: list[Found], filed: re.Match[str], opening: int) -> None:
    """ "ASTANA - X and Y met on May 20": a meeting told with no place in the story's lead sentence,
    right after its dateline, was held where the story was filed."""
    for f in found:
        if f.evidence_start > opening or f.evidence_end <= opening:
            break  # only the lead sentence, the one the dateline opens
        if f.location is None and f.kind in _LEAD_KINDS and f.status == "past":
            f.location = filed.group(1).strip().title()


# "at/on the sidelines of the 33rd AU summit in Addis Ababa": the gathering the story's talks are held at
_SIDELINES = re.compile(r"\bsidelines?\s+of\s+[^.;\n]{0,100}?\s(?:in|at)\s+(?=(?:the\s+)?[A-Z])")
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


def _carry_over(found: list[Found]) -> list[Found]:
    """ "X visited Kyiv yesterday. While in Kyiv, X met Y": an undated event takes the date (and
    place) of the event just before it, in the same or the previous sentence, that shares an actor."""
    for i, f in enumerate(found):
        f.location = f.location or _visit_place(found, i)
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
                if f.end is None and f.kind != "visit":
                    f.end = f.start  # a meeting on the day a visit begins (its end unknown) lasts that day
            f.location = f.location or prev.location
            break
    return found


# "Colombo, March 30: ...", "TEHRAN, Apr. 18 (MNA) -": a day the story opens on, right after its place
_DATED_OPENING = re.compile(r"\s*[A-Z][\w .'-]{1,30},\s*$")
_DATED_CLOSE = re.compile(r"\s*(?::|\(|[\u2014\u2013-])")
_OPENING_REACH = 1  # sentences after the dated one within which the lead event is told


def _opening_day(doc: Document, found: list[Found]) -> list[Found]:
    """ "Colombo, March 30: ... Minister X paid a courtesy call on President Y at the Palace": the
    story's first event, past and with no date of its own, told in the sentence the dated dateline
    opens or the next, was held on that day (a day not after publication)."""
    if not found or not doc.timexes:
        return found
    t = doc.timexes[0]
    if (
        t.value is None
        or len(t.value) != 10
        or t.start > 40
        or not _DATED_OPENING.fullmatch(doc.text, 0, t.start)
        or not _DATED_CLOSE.match(doc.text, t.end)
        or t.value > doc.published.isoformat()
    ):
        return found
    first = next((i for i, s in enumerate(doc.sentences) if s.end > t.end), 0)
    lead = found[0]
    if (
        lead.sentence - first <= _OPENING_REACH
        and lead.start is None
        and lead.status == "past"
        and lead.kind in (*GENERIC, "call")
        and not lead.earlier
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
    if lead.kind in ("summit", "conference"):
        # "conferred with leaders at the AU summit today": the body holding the summit is no party of
        # the sittings on its sidelines; its one named attendee is
        parties = {i for i in parties if doc.entities[i].kind != "organization"} or parties
    elif lead.kind == "visit":
        # "landed in Washington on Wednesday ... X and Y exchanged views": the land visited is where the
        # traveller's sittings are, no party of them
        parties = {i for i in parties if doc.entities[i].kind != "country"} or parties
    sides = {_side(doc, i) for i in parties} - {None}
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
    return found


def _side(doc: Document, i: int) -> str | None:
    """The country an actor stands for: itself, or a person's affiliation."""
    e = doc.entities[i]
    return e.name if e.kind == "country" else e.affiliation


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
            and f.sentence - prev.sentence <= 1
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
_MEMBERS_MEET = re.compile(
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
_RETURN_LATER = re.compile(
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
        m = _RETURN_LATER.search(doc.text, s.start, min(s.end, s.start + _RETURN_HEAD + 60))
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


def _worth_keeping(doc: Document, f: Found) -> bool:
    """Two actors meet; a single actor only for a named or dated event ("the ECOWAS Summit, held on July 3")."""
    if len(f.participants) >= 2:
        return True
    if f.kind == "visit" and f.participants and f.location:
        return True  # "Kerry traveled to the Middle East": a named traveller and a place
    if len(f.participants) != 1 or (f.kind == "conference" and f.press):
        return False  # "X told a news conference": one speaker and reporters, no meeting of actors
    if f.kind == "meeting" and doc.entities[f.participants[0]].kind == "organization":
        # "NATO ministers gather in Brussels on Feb. 12", "... will hold a meeting in Riga": a body meets
        # "there will be a meeting of the Officials Committee on 22 February": a dated one to come too
        # "the 11th meeting of the Joint Committee held on October 27, 2022": a numbered sitting told by its
        # day (not "there was a meeting of X on DATE")
        return (bool(f.location) and (bool(f.start) or f.status == "upcoming")) or (
            bool(f.start) and (f.status == "upcoming" or (f.numbered and len(f.start) == 10))
        )
    if f.title is not None and _attends_title(doc, f):
        return True  # "the minister will attend the Munich Security Conference": a person at a named event
    return (f.title is not None or f.kind in ("summit", "conference")) and bool(f.start or f.location)


# "will attend the", "took part in the", "addressed the": a person present at the named event that follows
_ATTENDS_TITLE = re.compile(
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


def find(doc: Document) -> None:
    """Fill ``doc.meetings``: one candidate per real event, participants as entity indexes."""
    actors = ActorIndex(doc)
    found: list[Found] = []
    dates = DateIndex(doc.timexes)
    filed = dateline.find(doc.text)
    opening = filed.end() if filed else 0
    for index, tokens in enumerate(sentence_tokens(doc)):
        found.extend(
            _sentence_candidates(
                doc, actors, index, tokens, dates, opening, trip_owner_of(actors, found, index)
            )
        )
    if filed is not None and found:
        _lead_place(found, filed, opening)
    if found:
        _gathering_place(doc, actors, found, opening)
    quoted = [f for f in found if f.quoted]
    told = [f for f in found if not f.quoted] if quoted else found
    if any(f.claim for f in told):
        told = _no_record_claims(doc, told)
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
        for f in _refine_days(
            doc,
            _return_later(
                doc,
                merge_events(
                    doc,
                    _lead_day(
                        doc,
                        _opening_day(doc, _carry_over(_fill_visits(_members_meet(doc, _their_event(told))))),
                    ),
                ),
                dates,
            ),
            quoted,
        )
        if _worth_keeping(doc, f)
    ]
