"""Candidate meetings of one sentence: each trigger telling an event becomes a :class:`Found`.

``sentence_candidates`` keeps or drops each trigger of :mod:`meetingcues` (remote calls, habits,
topics, quoted, earlier and record-claim events), takes its participants from
:mod:`meetingparticipants`, its date from :mod:`meetingdates` (its last day from :mod:`meetingends`),
its status from :mod:`meetingstatus` and its place from the words around it, then folds the twins
of one sentence together. Separate from the stage's passes over the whole document
(:mod:`meetings`), which see the candidates only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.dateline import stamp_end
from briefing_tui.extract.document import Document, Mention, Timex
from briefing_tui.extract.lexicon.countries import CAPITALS, NAMES
from briefing_tui.extract.meetingactors import (
    IN_PLACE,
    ActorIndex,
    capital_in_name,
    countries_of_place,
    location_near,
    object_mentions,
    object_stop,
    office_holder,
    opening_subject,
    place_named_at,
    possessor,
    sides_before,
    subject_group,
    trim_place,
)
from briefing_tui.extract.meetingasides import outside_asides, timed_by_own_clause
from briefing_tui.extract.meetingcues import URGE_AFTER, Hit, find_hits, keyword_windows
from briefing_tui.extract.meetingdates import DateIndex, pick_timex
from briefing_tui.extract.meetingends import length_span, paired_end, range_text, return_end
from briefing_tui.extract.meetingfound import Found
from briefing_tui.extract.meetingmerge import GENERIC, merge_same_sentence
from briefing_tui.extract.meetingparticipants import (
    BARE_TALK_VERB,
    PREPARE_BEFORE,
    SECOND_SITTINGS,
    SPOKE_WITH,
    TO_BY,
    VISIT_NOUN,
    WITH_OBJECTS,
    attendees_before,
    by_traveller,
    described_subject,
    followed_by,
    meetings_with,
    participants_of,
    protagonist_of,
    second_predicate_subject,
    taken,
    trip_owner_of,
    two_sides,
)
from briefing_tui.extract.meetingproposals import negated, ruled_out
from briefing_tui.extract.meetingstatus import date_status, meeting_status
from briefing_tui.extract.tense import tense_near
from briefing_tui.extract.tokens import Token

_ZONE = 500  # characters looked at on either side of a trigger: bounded work on endless sentences

# a sitting held over the phone or a video link is a call; not one "held virtually" ("met virtually", "a meeting of
# the X held virtually"): a remote sitting told as a meeting, as the news calls it (and "virtually" is often
# "almost": "virtually no progress")
_REMOTE = twin(  # the lookahead turns most positions away at once
    r"(?i)\b(?=[bov])(?:(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone|by\s+video(?:\s*link|\s*conference)?"
    r"|video\s+(?:call|conference))\b"
)
_FOR_TALKS = twin(r"[^,;.]{0,60}?\bfor\s+(?:[\w-]+\s+)?talks\b")
# "welcome X for a state visit", "will host X on his first trip to Asia"
_FOR_VISIT = twin(
    r"[^,;.]{0,80}?\b(?:for\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour)"
    r"|on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:trip|tour|outing))\b",
    re.I,
)
# "welcoming President X to the White House", "welcomed X to Beijing": the guest come to the host's place
_WELCOME_TO = re.compile(r"[^,;.]{0,80}?\sto\s+(?:the\s+)?(?=[A-Z])")
_FOR_SUMMIT = twin(r"[^,;.]{0,50}?\bfor\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}summit\b", re.I)
_MEDIUM = twin(
    r"(?i)\b(?:(?:tele)?phone|telephonic|video(?:conference)?)\b"
)  # inside a cue: "held phone talks"
_ITINERARY = twin(
    r"\s*(?:On\s+[^,;]{3,40}?,?\s+)?[Ii]n\s+(?:the\s+)?(?P<place>[A-Z][\w.'-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w.'-]*){0,4})"
    r"(?:\s*\([^()]{1,30}\))?(?:\s+on\s+[^,;]{3,40}?)?\s*,"
)
_ITINERARY_OPENINGS = ("On", "In", "in")  # what _ITINERARY can open with (after white space)

# A dateline opening a later paragraph (after a headline and summary), with its agency and date in
# brackets: "MOSCOW (Agency / Wire - 25th November, 2021) ...". Its agency and date are no event's.
_INNER_DATELINE = twin(
    r"\s*[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][A-Za-z .]{1,20}?)?\s*"
    r"\((?=[^()\n]{0,80}\d{4}\))[^()\n]{3,80}\)\s*(?:[\u2014\u2013-]{1,2}\s*)?"
)
_THEIR = twin(r"(?i)\b(?:their|the)\s+(?:[a-z-]+\s+)?[a-z]+$")  # "their meeting", "the talks"
# "The top diplomats of the two nations held a meeting", "both sides met": the parties just told
# ("the leaders of the countries will continue negotiations": the leaders of the two sides just told)
# ("The heads of state met on the sidelines of ...": the leaders just told, as the subject right before
# the verb; not "The leaders last met in 2021", an earlier sitting of whoever they are)
# "and attended a meeting of the X", "who are in Y to attend the X's Ministerial meeting": a sitting its
# subject goes to, not one held with whoever the clause names as met
_ATTENDED_BEFORE = twin(r"\battend(?:s|ed|ing)?\s+(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){0,4}$")
_THE_TWO = twin(
    r"(?i)\b(?:(?:the\s+(?:two|pair)|both|the\s+(?:leaders|presidents|heads\s+of\s+state)\s+of\s+the\s+"
    r"(?:countries|nations))\s+(?:[\w'\u2019-]+\s+){0,5}"  # ("the two countries' leaders")
    r"|(?-i:T)he\s+(?:leaders|presidents|premiers|heads\s+of\s+(?:state|government))\s+(?:also\s+)?)$"
)
# "The two presidents were also scheduled to hold a joint press conference": the pair just named holds the
# sitting the noun names
_THE_TWO_HOLD = twin(
    r"(?i)\b(?:the\s+two|both)\s+(?:[\w'\u2019-]+\s+){1,6}?(?:hold|held|holding|give|gave|giving)\s+"
    r"(?:a|an|their)\s+(?:[\w-]+\s+){0,2}$"
)
# "received an Iranian delegation": a country's delegation, told by its adjective, is the guest
_GUEST_DELEGATION = twin(r"\s+an?\s+(?:high-level\s+|senior\s+)?[A-Z][\w.-]*\s+(?:[a-z-]+\s+)?delegation\b")
# "agreed to schedule a meeting between them": the two parties told just before, after the noun
_BETWEEN_THEM = twin(r"\s+(?:between|among)\s+them(?:selves)?\b")
# "a meeting between the two foreign ministers": the two people told just before, after the noun (not
# "between the two countries", whose sides may be lands)
_BETWEEN_THE_TWO = twin(
    r"\s+between\s+the\s+two\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:leaders|ministers|presidents|premiers|counterparts|officials|diplomats|envoys|men|women|heads\s+of\s+state)"
    r"\b(?!['\u2019])"
)
# "They met at the AU headquarters on Tuesday": a plural pronoun as the verb's subject, right before it
_THEY = twin(r"\b[Tt]hey\s+(?:(?:also|had|have|last|first|then|later|again|will|would)\s+){0,2}$")

# "During the meeting, X briefed Y", "After the talks, X thanked Y": an opening phrase naming the event
# by its noun alone, the comma right after it (the sentence's people are those of what happened then)
_AGAIN_OPENING = re.compile(r"\s*(?:During|After|Following|At|In|Throughout)\s+the\s+[a-z]+")
# (or "During the meeting held at the Palace ...": the sitting told again with where it was held)
_AGAIN_CLOSE = re.compile(r"\s*,|\s+(?:held|hosted|that\s+took\s+place|which\s+took\s+place)\s+(?:at|in)\s")
# "X during the conversation expressed ...": the same, inside the clause, when no party or detail follows
_AGAIN_INSIDE = twin(r"(?i)during\s+the\s+(?:conversation|meeting|talks|call)")
_AGAIN_DETAIL = twin(
    r"(?i)\s*(?:with|between|of|among|held|in|on|at|that|which|hosted|chaired|to|by|this|last|next|in)\b"
)

# "received Monday evening a phone call", "held on Tuesday talks with": the next trigger right after the
# date, with only its article (and an adjective or two) between, is the verb's object (one event, the same day)
_OBJECT_NEXT = re.compile(r"\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2})?")
_OWN_DATE = re.compile(r"\s*(?:(?:on|in|this|next|late|early|from)\s+)?")  # "meet on Wednesday"
# "hold talks ... to prepare a visit to Japan in April": a date after a trigger's place is that
# trigger's and no earlier one's (a meeting told after it, "to attend a meeting", may share it)
# ("the visit of President X to Budapest on February 2": the traveller named between)
_OWN_PLACED_DATE = twin(
    r"\s*(?:of\s+(?:[A-Z][\w.'-]*\s+){1,5})?(?:to|in)\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){1,3}(?:in|on|this|next)\s+"
)
# a visit's place and day told at once after it: "a State Visit to the United States on May 23rd"
_DAY_AFTER = twin(r"[^\"]{0,80}?\b(?:on|from)\s+(?:\w+\s+)?\d")

_DONE_BEFORE = twin(r"(?i)\b(?:after|having)\s+$")

# "had first met", "their last meeting", "had previously held talks": an event from before the story's
_EARLIER_BEFORE = twin(
    r"(?i)\b(?:had(?!\s+(?:a|an|talks|discussions|meetings|several|two|three|separate)\s)|first|last"
    r"|previous(?:ly)?|earlier|once|former|ago|since|prior|past)\b[^,;.]*$"
)
_EARLIER_OPENING = twin(r"\s*(?:Previously|Before\s+that|In\s+the\s+past)\b")
# "This is X's first visit to Y", "will be the first visit by", "is making his first trip abroad": a record
# the story's own event sets, told by a copula (or "making") before "first"; not an earlier event
_FIRST_OF_THIS = twin(
    r"(?i)\b(?:is|are|was|will\s+be|would\s+be|marks|marked|making)\s+(?:[\w.'\u2019-]+\s+){0,3}?$"
)

# "paid his first official visit to X", "on her first trip abroad": an owner's "first" before a trip names
# the story's own trip (a record it sets), not one from before ("had first visited" is)
_OWN_FIRST = twin(r"(?i)\b(?:his|her|their|its)\s+$")

# an opening "Prior to <event> ... , " phrase up to the last comma before the trigger
_LANDMARK_PHRASE = twin(r"\b(?:[Pp]rior\s+to|[Aa]head\s+of)\b[^;.]{0,160},\s+(?=[^,]*$)")
# a sentence opening "Before Tuesday's meeting with X, ...": the event it names came after the main clause's
# ("Aside from his meeting with X, Y also had lunch with Z": another event, told beside the clause's)
_BEFORE_OPENING = re.compile(
    r"\s*(?:Before|Prior\s+to|Ahead\s+of|Aside\s+from|Apart\s+from|Besides|In\s+addition\s+to)\s+[^,;.]{3,120},"
)
# "During his visit to X from May 2 to 4, Y will call on Z": the trip told in the opening phrase is
# one event, the main clause (whose subject follows the phrase) another, held during it
_DURING_OPENING = twin(
    r"\s*(?:During|While\s+on|In\s+the\s+course\s+of)\s+"
    r"(?:his|her|their|the|this|that|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['\u2019]s)\s+"
    r"(?:[\w-]+\s+){0,2}(?:visit|trip|stay|tour)\b[^,;.]{0,100},"
)

_RECORD_CLAIM = twin(
    r"(?i)\b(?:it|this|that)\s+(?:will\s+be|would\s+be|is|was|marks|marked)\s+(?:his|her|their|its|the)\s+"
    r"(?:[\w-]+\s+)?first\s+(?:[\w-]+\s+){0,2}$"
)
# "Buhari is the first African leader to visit the White House": a record the trip sets, said of it
_FIRST_TO = twin(
    r"(?i)\b(?:is|was|be|been|became|becomes)\s+the\s+first\s+(?:[\w-]+\s+){1,5}to\s+(?:\w+\s+)?$"
)

# "discussed trade with X", "conferred with X", "exchanged views with X": talk told by a verb naming no kind of
# sitting (one the sentence names otherwise, "during their meeting", is what was held)
_TALKED_OVER = re.compile(r"discuss|confer|exchang", re.I)

_PASSIVE_BEFORE = twin(r"(?i)\b(?:was|were|is|are|be|been|being)\s+(?:\w+\s+)?$")


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


# "the two ministers will", "both leaders will also", "the two Foreign Secretaries will": a pair of people
# ("the two countries' leaders will discuss", "the two leaders are expected to discuss": a sitting to come)
_TWO_PEOPLE = twin(
    r"(?i)\b(?:the\s+two|both)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:ministers|leaders|men|women|presidents|premiers"
    r"|secretaries|counterparts|officials|diplomats|envoys|heads\s+of\s+state)\s+"
    r"(?:will|(?:are|were)\s+(?:also\s+)?(?:expected|scheduled|set|due)\s+to)\s+(?:also\s+)?$"
)


def _talked_together(actors: ActorIndex, hit: Hit, lo: int) -> bool:
    """A bare "discussed"/"talked"/"spoke" is a trigger only after two sides named as its subject ("X and his
    counterpart Y", "X of Ecuador and Y of Colombia") and not in the passive ("the issues were discussed
    during the call"): other uses talk about topics and would cut the zones of the triggers around them."""
    text = actors.doc.text
    if not BARE_TALK_VERB.fullmatch(text, hit.start, hit.end):
        return True
    if text.startswith(("discuss ", "review "), hit.start):
        # "the two ministers will discuss trade": only the two people just named, told as a pair
        return _TWO_PEOPLE.search(text, max(lo, hit.start - 60), hit.start) is not None
    if not text.startswith("discussing", hit.start) and _PASSIVE_BEFORE.search(
        text, max(lo, hit.start - 25), hit.start
    ):
        return False  # (not "have been discussing": the progressive)
    return text.find("counterpart", max(lo, hit.start - 150), hit.start) >= 0 or bool(
        two_sides(actors, lo, hit)
    )


# the verbs that may tell the last leg of a trip, home: arrivals, "proceed/go on to", "end his tour in"
# ("was in Lima on Wednesday", said of a Peruvian: at home)
_HOMEWARD = twin(r"(?i)arriv|land|proceed|go|went|mov|continu|end|conclud|wrap|(?:is|was|are|were)\s")
# "X is in Vietnam to meet leaders": a stay told by a form of "be" (meetingcues), only ever a person's
_STAY = twin(r"(?:is|was|are|were)\s")


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


_HABITUAL = twin(
    r"(?i)\b(?:invariably|always|routinely|regularly|usually|habitually|frequently|constantly)\b[^,;.]*$"
)
# "X, who came to Iran to attend the Tehran Forum, met Y": a named event told in a relative clause
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which)\s[^,;]*$")
_RELATIVE_BEFORE = twin(r",\s+(?:who|which)\s+(?:\w+\s+){0,2}$")
_DISCUSSED_BEFORE = twin(r"(?i)\bdiscuss(?:es|ed|ing)?\s[^;.]*$")
# talked about, not held: "to discuss the agenda for the", "preparations for the"
_TOPIC_BEFORE = twin(r"(?i)\b(?:discuss\w*|agenda|prepar\w*|results\s+of)\b[^,;.]*$")

# "greeted X on Twitter": a message posted online, where no one is received (the clause's own words only)
_PLATFORMS = r"(?:Twitter|Facebook|Instagram|Telegram|Weibo|WeChat|LinkedIn|social\s+media)\b"
# (not past a second verb: "received X at the palace and posted pictures on Facebook" met X)
_ONLINE = twin(
    r"(?:(?!\band\s+(?:then\s+|later\s+|also\s+)?(?:[a-z]+ed|wrote|took|put|said|went)\b)[^,;.\n]){0,80}?"
    r"\b(?:on|via)\s+" + _PLATFORMS
)
_PLATFORM = twin(_PLATFORMS)
_ON_VIA = twin(r"\b(?:on|via)\s+$")
# "took to Twitter to greet X": the post told before the verb
_ONLINE_BEFORE = twin(r"\bt(?:ook|ake|akes|aking)\s+to\s+" + _PLATFORMS + r"\s+to\s+$")
# "received the Nobel Prize from X", "received the Order of Merit by decree": a thing, not a guest (but
# "received a delegation from Kenya", "a Kenyan delegation led by X": people, who come from or are led by)
_RECEIVED_FROM = twin(
    r"(?!\s+(?:an?|the|his|her|their)\s+(?:[\w.'\u2019-]+\s+){0,3}?delegations?\b)"
    r"[^,;.]{0,80}?\b(?:from|(?<!\bled\s)(?<!\bheaded\s)by)\b"
)

# where such a list goes on after a ";" or an apposition's comma: "; of Brazil, B", ", the President of C"
# a courtesy call (the "call on" trigger), or one paid: "paid courtesy calls on A and B", "pay a call to A"
_CALL_ON = re.compile(r"call(?:ed|s)?\s+(?:on|to)\s*$")
# "made calls to A and B", "received calls on Monday from A and B": several calls, one with each
_CALLS_EACH = twin(r"calls\s+(?:[\w ]+\s+)?(?:to|from)\s*$")
# "a joint call", "a conference call with A and B": one call with all of them
_ONE_CALL = twin(r"(?i)\b(?:joint|conference|trilateral|three-way|group)\s+(?:(?:phone|video)\s+)?call")
_AND_WITH = re.compile(
    # (a lower-case word may come before the name: "with former President X", "with ex-Premier X")
    r",?\s+(?:and|as\s+well\s+as)\s+(?:also\s+|then\s+|later\s+)?with\s+(?=(?:the\s+)?(?:[a-z][\w-]*[\s-])?[A-Z])"
)  # "..., and with B", "A and B, as well as with C": the preposition said again, another sitting
_EACH_WORD = twin(r"(?i)\b(?:separate|bilateral|individual|one-on-one|respective)\b")
# "held separate meetings on Monday, holding talks with ...": a participle clause after sittings told one each
_EACH_BEFORE = twin(
    r"(?i)\b(?:separate|bilateral|individual|one-on-one)\s+(?:meetings|talks)\b[^.;:]{0,120},\s+"
    r"(?:holding|having|including)\s+$"
)

_BODY_EVENTS = frozenset(("summit", "conference", "meeting"))
# the bare nouns of a body's sitting (meetingcues): "the NATO meeting", "the General Assembly session"
_BARE_SITTING = twin(r"(?i)(?:meeting|session)s?")
# between a body's name and the gathering it holds: "the NATO summit", "the SCO foreign ministers' meeting"
# ("the APEC leaders' meeting": the body's mention may take in its members, up to the apostrophe; "the G20
# Foreign Ministers meeting": the apostrophe may be left out)
_BODY_GAP = re.compile(
    # ("the Asia-Pacific Economic Cooperation (APEC) leaders' meeting": its acronym in brackets)
    r"(?:\s+\([A-Z][\w.&-]{1,10}\))?['\u2019]?\s+(?:(?:leaders|heads\s+of\s+state|(?:foreign\s+|defen[cs]e\s+|finance\s+|trade\s+)?ministers)"
    r"['\u2019]?\s+"
    r"|(?:annual|special|informal|extraordinary|emergency|ministerial|leaders)\s+){0,2}"
)
_BODY_DETERMINER = twin(
    # "The G7 summit in Berlin ...": the sentence may open with the determiner
    r"(?:\b(?:[Tt]he|[Aa]n?|[Tt]his|[Nn]ext|[Ll]ast|[Ii]ts|[Tt]heir)|['\u2019]s)\s+(?:(?:[a-z]+|\d+(?:st|nd|rd|th))\s+){0,2}$"
)


# "A and B attended the annual bilateral consultation meeting": a sitting attended by the subject, right before
_ATTENDED_SITTING = twin(
    r"\b(?:attend(?:s|ed|ing)?|t(?:ake|akes|ook|aking)\s+part\s+in|participat(?:e|es|ed|ing)\s+in)\s+"
    r"(?:the|a|an|their)\s+(?:[\w'\u2019-]+\s+){0,4}$"
)


def _attended_together(actors: ActorIndex, hit: Hit, lo: int) -> list[Mention]:
    """ "A and B attended the annual consultation meeting": a bare sitting noun whose subject, two or more
    people coordinated right before the verb of attending, all take part in it (one attendee alone tells no
    meeting of actors); "A and B's meeting in Lima": two or more owners of the noun, a person among them."""
    text = actors.doc.text
    verb = _ATTENDED_SITTING.search(text, max(lo, hit.start - 70), hit.start)
    if verb is None:
        if (
            text.find("'", max(lo, hit.start - 20), hit.start) < 0
            and text.find("\u2019", max(lo, hit.start - 20), hit.start) < 0
        ):
            return []  # no possessive right before: most bare nouns
        owners = possessor(actors, lo, hit.start)
        people = {m.entity for m in owners if actors.kind(m) == "person"}
        return owners if people and len({m.entity for m in owners}) >= 2 else []
    group = subject_group(actors, lo, verb.start())
    people = [m for m in group if actors.kind(m) == "person"]
    return group if len({m.entity for m in people}) >= 2 else []


# "the summit in Jakarta in April, which X attended", ", which was attended by X": attendees told after it
_WHICH_ATTENDED = twin(r"[^,;:.\"]{0,60}?,\s+which\s+(?:(?:was|were)\s+(?:also\s+)?attended\s+by\s+)?")
_ATTENDED_VERB = twin(r"\s+(?:also\s+)?attended\b")


def _attended_after(doc: Document, actors: ActorIndex, hit: Hit, hi: int) -> list[int]:
    """The people a relative clause right after a gathering says attend it ("the summit in Jakarta, which
    X attended", "the conference, which was attended by A and B")."""
    text = doc.text
    if text.find("which", hit.end, hi) < 0 or text.find("attended", hit.end, hi) < 0:
        return []  # most gatherings: no such clause
    which = _WHICH_ATTENDED.match(text, hit.end, hi)
    if which is None:
        return []
    if text.endswith("by ", which.start(), which.end()):
        stop = object_stop(text, which.end(), hi)
        people = object_mentions(actors, which.end(), stop)
    else:
        verb = _ATTENDED_VERB.search(text, which.end(), min(hi, which.end() + 80))
        people = subject_group(actors, which.end(), verb.start()) if verb else []
        if people and people[0].start != which.end():
            people = []  # "which the press attended with X": the one attending opens the clause
    return [m.entity for m in people if m.entity is not None and actors.kind(m) == "person"]


def _body_before(actors: ActorIndex, hit: Hit, lo: int) -> Mention | None:
    """ "attend the G7 summit", "the SCO foreign ministers' meeting": an organization named right before a
    gathering, as its modifier, is the body whose members gather."""
    start = max(lo, hit.start - 80)
    before = actors.between(start, hit.start)
    if not before:
        return None
    m = before[-1]
    text = actors.doc.text
    if len(before) > 1 and text.startswith("(", m.start - 1):
        m = before[-2]  # "the Asia-Pacific Economic Cooperation (APEC) summit": the name before its acronym
    if (
        actors.kind(m) != "organization"
        or not _BODY_GAP.fullmatch(text, m.end, hit.start)
        or not (
            _BODY_DETERMINER.search(text, max(start, m.start - 30), m.start)
            or text.startswith(("the ", "The "), m.start)  # "the APEC leaders": the determiner in the mention
        )
    ):
        return None
    return m


# "opened its thirty-second regular session", "has put off its Extraordinary Summit": the owner's own sitting
_ITS_BEFORE = twin(r"\b[Ii]ts\s+(?:[\w'\u2019-]+\s+){0,3}$")


def _its_body(doc: Document, actors: ActorIndex, hit: Hit, lo: int) -> Mention | None:
    """ "The Council opened its annual session", "The bloc has put off its summit", "... Its next Summit will
    be held in May": a gathering owned by "its" is held by the body "its" stands for (as coreference read
    it), or else by the last body the clause names before it."""
    text = doc.text
    start = max(lo, hit.start - 40)
    if text.find("ts ", start, hit.start) < 0:
        return None  # most gatherings: no "its" before them
    its = _ITS_BEFORE.search(text, start, hit.start)
    if its is None:
        return None
    bodies = [m for m in actors.between(lo, its.start() + 3) if actors.kind(m) == "organization"]
    return bodies[-1] if bodies else None


def _one_each(
    actors: ActorIndex, mentions: list[Mention], hit: Hit, calls: bool = False
) -> list[list[int]] | None:
    """ "separate meetings with A, B and C", "his meetings with A, B and C": the owners' meeting with each
    person listed (the plural tells sittings apart; one sitting with them all is "a meeting with").
    ``calls``: "called on A, B and C", "made calls to A and B": a call is paid on each in turn."""
    guests = [m for m in mentions if m.start >= hit.end and actors.kind(m) == "person"]
    if not guests and _EACH_WORD.search(actors.doc.text, max(0, hit.start - 24), hit.end):
        # "bilateral talks with leaders from A, B and C": one sitting with each country's side
        guests = [m for m in mentions if m.start >= hit.end and actors.kind(m) == "country"]
    people = list(dict.fromkeys(m.entity for m in guests if m.entity is not None))
    if len(people) < 2:
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


def _one_each_side(actors: ActorIndex, mentions: list[Mention], hit: Hit) -> list[list[int]] | None:
    """ "spoke with Canadian PM A and Mexican President B", "phoned A and B": a leader talking to people
    of different countries, told as one act, made a call to each (people of one side: one talk)."""
    doc = actors.doc
    guests = list(
        dict.fromkeys(
            m.entity
            for m in mentions
            if m.start >= hit.end and m.entity is not None and actors.kind(m) == "person"
        )
    )
    if len(guests) < 2:
        return None
    sides = [doc.entities[g].affiliation for g in guests]
    if None in sides or len(set(sides)) < len(sides):
        return None
    return _one_each(actors, mentions, hit, calls=True)


_SPOKE_WITH = twin(r"(?:spok|speak|talk)\w*\s+(?:\w+\s+)?with\b")  # "spoke today with X"
# "spoke with X on the sidelines of the summit", "at a dinner", "during his visit": talk told as in person
_IN_PERSON = twin(
    r"(?i)\b(?:sidelines?|margins?|fringes?|in\s+person|face[\s-]to[\s-]face|visit\w*|trip|tour|summit"
    r"|conference|forum|dinner|lunch(?:eon)?|breakfast|gala|ceremony|reception|meeting|session|talks|met"
    r"|arriv\w*|hosted|welcomed|received)\b"
)


# "the Pacific Islands Forum Leaders' Meeting", "the G20 leaders' meeting" (not "the Women Leaders meeting",
# "the two leaders' meeting": a group's, a pair's)
_LEADERS_NOUN = twin(
    r"(?i)(?<!women\s)(?<!youth\s)(?<!business\s)(?<!religious\s)(?<!traditional\s)(?<!community\s)"
    r"(?<!party\s)(?<!opposition\s)(?<!two\s)(?<!both\s)\bleaders['\u2019]?\s+(?:meetings?|retreat|conference|forum)\b"
)
# "the 38th regular meeting of the Conference of Heads of Government", "a meeting of heads of state of X",
# "the 12th Meeting of the Council of Heads of Member States"; "the Forum was held in Suva and was attended by
# the Heads of State", "... attended by leaders of 15 nations"
_HEADS_OF_AFTER = twin(
    r"(?i)\s+(?:of\s+)?(?:the\s+)?(?:[\w'\u2019()-]+\s+){0,6}?heads?\s+of\s+(?:(?:member\s+)?states?|government)\b"
    r"|[^.;:\"]{0,80}?\battended\s+by\s+(?:the\s+)?(?:heads?\s+of\s+(?:state|government)|leaders)\b"
)


def _leaders_gathering(text: str, hit: Hit) -> bool:
    """Is the meeting one of the leaders (heads of state or government) of a group: a summit?"""
    # (an event's title may come first: "the Pacific Islands Forum Leaders meeting", "X Leaders' Conference")
    reach = hit.end + (30 if hit.form == "event" else 1)
    if text.find("eaders", max(0, hit.start - 25), reach) >= 0 and _LEADERS_NOUN.search(
        text, max(0, hit.start - 25), reach
    ):
        return True
    if (
        text.find("eads of", hit.end, hit.end + 120) < 0
        and text.find("attended by", hit.end, hit.end + 100) < 0
    ):
        return False  # most meetings: no heads of anything after them
    of = hit.end - 3 if text.endswith(" of", hit.start, hit.end) else hit.end
    return _HEADS_OF_AFTER.match(text, of, hit.end + 120) is not None


# "conferred with X, in the presence of Minister Y and senior officials": others at the sitting
_PRESENCE = re.compile(r",?\s+in\s+the\s+presence\s+of\s+")


def _present(actors: ActorIndex, hit: Hit, hi: int) -> list[Mention]:
    """The people named after "in the presence of" in the trigger's clause (the list up to its end)."""
    text = actors.doc.text
    m = _PRESENCE.search(text, hit.end, hi)
    if m is None:
        return []
    return [
        a
        for a in object_mentions(actors, m.end(), object_stop(text, m.end(), hi))
        if actors.kind(a) == "person"
    ]


_PLACE_THEN_WITH = twin(r"\s+in\s+(?:[A-Z][\w'\u2019.-]*\s+){1,3}with\s+")  # "met in Pristina with X"
_IN_PLACE = twin(r"\b(?:in|at)\s+(?=(?:the\s+)?[A-Z])")


def _conjunct_places(actors: ActorIndex, hit: Hit, hi: int) -> list[tuple[int, int, str | None]]:
    """The parts of "met in Pristina with A, and then with B in Belgrade" (split at each ", and with"),
    each with the place it names ("in"/"at" a name), if any."""
    text = actors.doc.text
    parts: list[tuple[int, int, str | None]] = []
    start = hit.start
    for m in [*_AND_WITH.finditer(text, hit.end, hi), None]:
        end = m.start() if m is not None else hi
        at = _IN_PLACE.search(text, start, end)
        parts.append((start, end, place_named_at(actors, at.end(), end) if at else None))
        if m is not None:
            start = m.end()
    return parts


def _place_of(
    actors: ActorIndex, guest: int, parts: list[tuple[int, int, str | None]], hit: Hit
) -> str | None:
    """The place of the part that names ``guest`` first after the trigger."""
    named = next((m for m in actors.between(hit.end, parts[-1][1]) if m.entity == guest), None)
    if named is None:
        return None
    return next((place for start, end, place in parts if start <= named.start < end), None)


_HOST_AT = twin(r"\w+\s+(?:at|in)\s+(?=(?:the\s+|his\s+|her\s+)?[A-Z])")  # "received at the Palace"


_CLAUSE_BREAK = re.compile(r";|,\s+(?:but|and|while|although|though)\b")

# "his trips to Kenya in July 2015 and once more in July 2018": one trip for each date told
_PLURAL_TRIPS = twin(r"(?i)(?:trips|visits|journeys|tours)\b")


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


def _each_on_its_day(
    actors: ActorIndex, found: Found, mentions: list[Mention], near: list[Timex], hit: Hit, hi: int
) -> list[Found]:
    """ "will meet A on Monday and B the next day", "met A on Monday and B on Wednesday": the objects of one
    verb, each told with a day of its own right after it, are sittings apart, each on its day (not "met A
    and B on Monday": one day for both; nor "met A, B's envoy, on Monday": a party with no day of its own)."""
    objects = [m for m in mentions if m.start >= hit.end and m.entity is not None]
    if len(objects) < 2:
        return []
    days = [t for t in near if t.value and t.start >= objects[0].end and t.end <= hi]
    if len(days) < len(objects):
        return []
    told: list[tuple[int, Timex]] = []
    for k, m in enumerate(objects):
        upto = objects[k + 1].start if k + 1 < len(objects) else hi
        day = next((t for t in days if m.end <= t.start < upto), None)
        if day is None:
            return []
        told.append((m.entity, day))  # type: ignore[arg-type]
    if len({day.value for _, day in told}) < len(told) or len({e for e, _ in told}) < len(told):
        return []
    hosts = [i for i in found.participants if i not in {e for e, _ in told}]
    if not hosts:
        return []
    return [
        replace(
            found,
            participants=[*hosts, e],
            start=day.value,
            end=day.value,
            date_text=day.text,
            timex=day,
            each=True,
        )
        for e, day in told
    ]


def _welcomed_to(actors: ActorIndex, hit: Hit, end: int) -> bool:
    """ "welcoming President X to the White House": "to" and a name right after the guest welcomed."""
    m = _WELCOME_TO.match(actors.doc.text, hit.end, min(end, hit.end + 80))
    if m is None:
        return False
    to = actors.doc.text.rfind(" to", hit.end, m.end())
    return any(g.end == to and actors.kind(g) == "person" for g in actors.between(hit.end, to + 1))


_SPOKE_TO = re.compile(r"spoke\s+(?:\S+\s+){0,3}?to\s")

# "will fly to Washington for talks with X", "a visit to Mombasa to meet with X": the sitting the trip is for
_TRIP_PURPOSE = twin(r"[^,;.:\"]{0,80}?\s(?:for|to)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}")


def _for_the_trip(text: str, trip_end: int, hit: Hit) -> bool:
    """Is the trigger the purpose of the trip told just before it in the clause (its place then the
    sitting's)?"""
    if hit.start - trip_end > 100 or hit.start < trip_end:
        return False
    if text.startswith("to ", hit.start):  # "to meet with X": the "to" opens the trigger
        return _TRIP_PURPOSE.fullmatch(text, trip_end, hit.start + 3) is not None
    return _TRIP_PURPOSE.fullmatch(text, trip_end, hit.start) is not None


_ORDINAL_BEFORE = twin(
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


_CALLED = re.compile(r"called\s+")  # the "called X today" trigger
# after the one called: a time, a purpose, a place or the clause's end (not "a liar", "'dangerous'", "'s")
_CALLED_AFTER = twin(
    r"\s*(?:[,.;:]|$|(?:today|yesterday|tonight|on|this|last|late|early|earlier|to|and|from|about|after|before"
    # "has called X several times since": how often
    r"|over|by|for|at|in|shortly|again|twice|back|repeatedly|(?:several|many|multiple|numerous|three|four)\s+times)\b)"
)
_CALLED_TITLE = twin(r"(?:the\s+)?(?:[A-Z][\w.'-]*\s+){0,5}")  # "called Israeli Prime Minister X"


def _called_person(actors: ActorIndex, hit: Hit, mentions: list[Mention]) -> bool:
    """ "called Israeli Prime Minister X today": the first actor after "called", right after it or its
    title, is a person, and what follows the name goes on as a call's clause does."""
    text = actors.doc.text
    after = next((m for m in mentions if m.start >= hit.end), None)
    return (
        after is not None
        and actors.kind(after) == "person"
        and _CALLED_TITLE.fullmatch(text, hit.end, after.start) is not None
        and _CALLED_AFTER.match(text, after.end) is not None
    )


def _remote(text: str, start: int, end: int) -> bool:
    """_REMOTE in ``text[start:end]``; plain ASCII text without its words is let go without running it."""
    segment = text[start:end]
    if segment.isascii():
        low = segment.lower()
        if "phone" not in low and "video" not in low:
            return False
    return _REMOTE.search(text, start, end) is not None


# "Heads of State and Government": a class of people, read by the mentions as a body "State and Government"
_HEADS_OF = twin(r"(?i)\bheads?\s+of\s+$")


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


def _holders_for_sides(doc: Document, mentions: list[Mention], participants: list[int], lo: int) -> list[int]:
    """ "Greek and Turkish leaders met", "the foreign ministers of A and B held talks": each side told by
    its unnamed office holders is the person of the article who holds that office, if there is one."""
    text = doc.text
    out = list(participants)
    for m in mentions:
        person = office_holder(doc, text, m, lo)
        if person is not None and m.entity in out:
            at = out.index(m.entity)
            if person in out:
                del out[at]
            else:
                out[at] = person
    return out


def sentence_candidates(
    doc: Document,
    actors: ActorIndex,
    index: int,
    tokens: list[Token],
    dates: DateIndex,
    opening: int,
    told_before: list[Found],
) -> list[Found]:
    """The events one sentence names. ``opening``: where the story's words begin, after its dateline,
    whose place and date are not an event's; ``told_before``: the candidates of the sentences before (whose
    latest visit's traveller a travel trigger may need, looked up once, at the first one)."""
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
        hits = [
            h
            for h in hits
            if _talked_together(actors, h, s.start)
            # "discussed meeting in person": a bare noun with no body named before it is no trigger, and
            # must not cut short the zone of the trigger before it
            and not (
                h.form == "noun"
                and _BARE_SITTING.fullmatch(text, h.start, h.end)
                and _body_before(actors, h, s.start) is None
                and _its_body(doc, actors, h, s.start) is None
                and not _attended_together(actors, h, s.start)
            )
        ]
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
                    if k + 1 < len(hits) and (
                        _FOR_TALKS.match(text, t.end, hits[k + 1].end)
                        or _OBJECT_NEXT.fullmatch(text, t.end, hits[k + 1].start)
                    ):
                        # "met in August for talks on X": the talks are that meeting, same date;
                        # "received Monday evening a phone call from X": the call is the verb's object
                        continue
                    owner[id(t)] = k
                elif _OWN_PLACED_DATE.fullmatch(text, h.end - 2 if by_traveller(text, h) else h.end, t.start):
                    placed[id(t)] = k  # ("the visit of X to Y on DATE": read from its "of")
    # the end of the last travel trigger, the place it reaches and the people who travel
    trip: tuple[int, str, list[int]] | None = None
    landmark_end = -1  # where an opening "Before the meeting with X," phrase ends
    traveller: list[Mention | None] = []  # the traveller of a recent visit, once a travel trigger asks
    during_end = -1  # where an opening "During his visit to X," phrase ends
    if text.startswith(("Before", "Prior", "Ahead", "Aside", "Apart", "Besides", "In addition"), s.start):
        phrase = _BEFORE_OPENING.match(text, s.start, s.end)
        landmark_end = phrase.end() if phrase else -1
    elif text.startswith(("During", "While", "In the"), s.start):
        phrase = _DURING_OPENING.match(text, s.start, s.end)
        landmark_end = during_end = phrase.end() if phrase else -1
    for n, hit in enumerate(hits):
        partial = False
        quoted = text.count('"', s.start, hit.start) % 2 == 1
        speaker = _first_person_speaker(doc, hit) if quoted else None
        if speaker is not None:
            quoted = False  # "I will meet with X," said Y: the speaker's own sitting, told by them
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
            or (
                # "It was the first meeting between the two ministers", "followed talks between the two
                # leaders in Tehran": the two people named just before, told after the noun
                hit.form == "noun"
                and _BETWEEN_THE_TWO.match(
                    text, hit.end - 8 if text.endswith("between", hit.start, hit.end) else hit.end
                )
                is not None
            )
            or (
                hit.form == "noun"
                # (most nouns: neither "two" nor "both" before them)
                and text.find("two ", max(lo, hit.start - 90), hit.start)
                + text.find("oth ", max(lo, hit.start - 90), hit.start)
                > -2
                and _THE_TWO_HOLD.search(text, max(lo, hit.start - 90), hit.start) is not None
            )
        )
        if not two and not actors.any_between(lo, hi):
            continue
        trip_owner = None
        if hit.form == "travel":
            if not traveller:
                traveller.append(trip_owner_of(actors, told_before, index))
            trip_owner = traveller[0]
        mentions, place = participants_of(doc, actors, hit, lo, hi, trip_owner)
        if (
            hit.form == "verb"
            and hit.kind in SECOND_SITTINGS
            and mentions
            and mentions[0].start > hit.start
            and not any(actors.kind(m) == "person" for m in actors.between(lo, hit.start))
            and actors.kind(mentions[0]) == "person"
            and described_subject(text, lo, hit.start)
        ):
            # "X met A on Monday. The Caribbean diplomat also met with B": the described subject is the one
            # whose sitting was just told
            lead = protagonist_of(actors, told_before, index)
            if lead is not None and all(m.entity != lead.entity for m in mentions):
                mentions = [lead, *mentions]
        body = (
            _body_before(actors, hit, lo)
            if hit.form == "noun"
            and hit.kind in _BODY_EVENTS
            # "the White House meeting between A and B": the parties are named, what stands before is where
            and not text.endswith(("between", "among"), hit.start, hit.end)
            else None
        )
        holder = (
            _its_body(doc, actors, hit, lo)
            if body is None and hit.form in ("noun", "event") and hit.kind in _BODY_EVENTS
            else None
        )
        if hit.form == "noun" and _BARE_SITTING.fullmatch(text, hit.start, hit.end):
            together = _attended_together(actors, hit, lo) if body is None and holder is None else []
            if body is None and holder is None and not together:
                continue  # "a meeting", "the session": a sitting only where a body is named before it
            # the body, and whoever the clause says attends (not "talks with B at the X meeting": B)
            mentions = together
        if body is not None and all(m.entity != body.entity for m in mentions):
            mentions = [*mentions, body]
        if body is not None:
            # "X will attend the G20 foreign ministers' meeting": the one attending the body's sitting
            mentions += [m for m in attendees_before(actors, lo, body.start) if m not in mentions]
        elif holder is not None:
            # "The Council opened its annual session": the holder's own (no attendee before its name)
            mentions = mentions if any(m.entity == holder.entity for m in mentions) else [*mentions, holder]
            body = holder
        if hit.form in ("verb", "noun") and text.find("presence of", hit.end, hi) >= 0:
            mentions = mentions + _present(actors, hit, hi)  # "..., in the presence of Minister X"
        if hit.guest and text.find(" on ", hit.end, hi) + text.find(" via ", hit.end, hi) > -2:
            # "received X at the palace and posted pictures on Facebook": where it was posted is no party
            mentions = [
                m
                for m in mentions
                if not (
                    _PLATFORM.fullmatch(text, m.start, m.end)
                    and _ON_VIA.search(text, max(lo, m.start - 5), m.start)
                )
            ]
        participants = _distinct(doc, mentions)
        if any(m.entity is not None and actors.kind(m) == "country" for m in mentions):
            participants = _holders_for_sides(doc, mentions, participants, lo)
        if trip is not None and trip[2] and hit.form == "noun" and _for_the_trip(text, trip[0], hit):
            # "A will meet B in Lima before heading to Quito for talks with C": the talks are the trip's
            # purpose, held by its traveller A with those named after the place it reaches (not B, named before)
            at = text.find(trip[1], trip[0], hit.start)
            reached = at + len(trip[1]) if at >= 0 else trip[0]  # the trip's place is no party
            after = _distinct(doc, [m for m in mentions if m.start >= reached])
            participants = [*trip[2], *(i for i in after if i not in trip[2])]
        if speaker is not None:
            if not participants:
                continue
            participants = [speaker, *(i for i in participants if i != speaker)]
        if _SPOKE_TO.match(text, hit.start) and not _addressed_leader(actors, hit, mentions):
            continue  # "spoke to Reuters", "spoke to CNN's X": an interview, not a call
        if _CALLED.fullmatch(text, hit.start, hit.end) and not _called_person(actors, hit, mentions):
            continue  # "called X a liar", "called X 'dangerous'", "a group called Y": naming, no call
        if hit.guest and text.startswith("call", hit.start) and URGE_AFTER.match(text, hit.end, hi):
            continue  # "called on Moscow to pull back": an appeal
        if (
            hit.guest
            and not any(
                actors.kind(m) == "person" and not text.startswith(("'s", "\u2019s"), m.end)
                for m in mentions
                if m.start > hit.start
            )
            and not _GUEST_DELEGATION.match(text, hit.end)
        ):
            continue  # "Qatar hosts the base", "welcomed Reed's remarks": hosting a meeting needs a named guest
        if hit.guest and (
            _ONLINE.match(text, hit.end, hi)
            or _ONLINE_BEFORE.search(text, max(lo, hit.start - 40), hit.start)
        ):
            continue  # "greeted X on Twitter", "welcomed X's election on Facebook": a post, no guest
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
                and not (mentions and mentions[0].start < lo)  # "The delegation will travel to": its leader
                and not (VISIT_NOUN.match(text, hit.start, hit.end) and TO_BY.match(text, hit.end, hi))
                and not (mentions and mentions[0].start > hit.end and opening_subject(actors, lo, hit, hi))
            ):
                continue  # nobody named travels
            participants += [c for c in countries_of_place(actors, place) if c not in participants]
            if _STAY.match(text, hit.start) and not any(
                doc.entities[p].kind == "person" for p in participants
            ):
                continue  # "Chile is in Europe for the long run": no traveller
            if _HOMEWARD.match(text, hit.start) and _home_trip(doc, participants):
                # "Marcos arrived in Manila", "will end his tour in Paris" (said of a French leader): back
                # home, not visiting (only verbs that may end a trip: a visitor's affiliation may be guessed
                # from the host country, which would drop "X visited Dhaka")
                continue
        if hit.form in ("noun", "event"):
            participants += [c for c in sides_before(actors, hit) if c not in participants]
            participants += [i for i in _attended_after(doc, actors, hit, hi) if i not in participants]
        kind = hit.kind
        if kind == "call" and text.find("ourtesy", hit.start, hit.end) >= 0:
            kind = "meeting"  # "received courtesy calls from A and B": a courtesy call is paid in person
        if kind == "meeting" and (
            (hit.form == "noun" and text.endswith("summit ", max(0, hit.start - 7), hit.start))
            or (hit.form == "verb" and text.find("summit meeting", hit.start, hit.end) >= 0)
            or (
                hit.form == "event"
                and text[max(hit.start, hit.end - 14) : hit.end].lower() == "summit meeting"
            )
        ):
            # "summit meetings with ASEAN", "to hold a summit meeting with X", "the A-B Summit Meeting": a summit
            kind = "summit"
        if (
            kind in ("meeting", "conference")
            and hit.form in ("noun", "event")
            and _leaders_gathering(text, hit)
        ):
            kind = "summit"  # "the Forum Leaders' Meeting", "the meeting of the Heads of Government of X"
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
        found.talk = BARE_TALK_VERB.fullmatch(text, hit.start, hit.end) is not None or (
            hit.kind == "talks" and hit.form == "verb" and _TALKED_OVER.match(text, hit.start) is not None
        )
        found.spoke = (
            kind == "meeting"
            and hit.form == "verb"
            and _SPOKE_WITH.match(text, hit.start) is not None
            and _IN_PERSON.search(text, lo, s.end) is None  # the whole clause on: "... during the X Meeting"
        )
        found.body = body.entity if body is not None else None
        found.attended = (
            hit.form in ("noun", "event")
            and text.find("ttend", max(lo, hit.start - 40), hit.start) >= 0
            and _ATTENDED_BEFORE.search(text, max(lo, hit.start - 40), hit.start) is not None
        )
        found.briefing = hit.kind == "conference" and text.startswith(("press", "news"), hit.start)
        found.press = found.briefing and not text.endswith(
            "joint ", max(0, hit.start - 6), hit.start
        )  # held by two
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
            if trip is not None and hit.form == "noun" and _for_the_trip(text, trip[0], hit):
                place_lo = max(
                    place_lo, trip[0]
                )  # "... before heading to Quito for talks": not a place before
            if (
                text.find("rior to", place_lo, hit.start) >= 0
                or text.find("head of", place_lo, hit.start) >= 0
            ):
                # "Prior to the forum on March 22 in Nusa Dua, Bali, X is to meet Y": the forum's place
                landmark = _LANDMARK_PHRASE.search(text, place_lo, hit.start)
                place_lo = landmark.end() if landmark else place_lo
            found.location = place or location_near(doc, actors, hit, place_lo, zone_hi)
            if found.location is None and hit.guest and hit.end - hit.start > 12:
                # "received at the Ministry in Muscat this morning X": the place inside the trigger's words
                # (also in a passive's: "was received on Monday at the Elysee by X")
                # (the first "at"/"in" that names a place: "received, at the Ministry's headquarters in Abu
                # Dhabi, X": a possessive venue names none, the city after it does)
                at = _HOST_AT.match(text, hit.start, hit.end)
                ats = [at] if at else IN_PLACE.finditer(text, hit.start, hit.end)
                found.location = next(
                    filter(None, (place_named_at(actors, a.end(), hit.end) for a in ats)), None
                )
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
        t = pick_timex(text, near, hit)  # a day inside the trigger's own words included
        if t is not None and t.value is not None:
            found.timex = t
            found.date_text, end_value = range_text(doc, near, t)
            end_value = (
                end_value
                or paired_end(text, near, t, kind in ("meeting", "talks", "call"))
                or return_end(text, near, t)
            )
            span = None if end_value else length_span(text, hit.start, hit.end, lo, t.value, kind == "visit")
            found.start, found.end = span or (t.value, end_value or t.value)
            # ("arrived in Islamabad on Thursday": an arrival told with its day is an event of that day,
            # its end that day too, as readers date it)
        if kind not in ("visit", "call") and (found.start or len(found.participants) > 1):
            # "in 2008, the Bucharest summit" (in Romania): the capital a dated gathering, or one of two
            # parties, is named after (one said in passing, "the Warsaw summit will weigh it", stays unplaced)
            city = capital_in_name(text, hit)
            if city and (found.location is None or NAMES.get(found.location) == CAPITALS[city]):
                found.location = city
        found.status = meeting_status(doc, hit, lo, hi, found.start, found.timex)
        if (
            found.status == "proposed"
            and found.timex is not None
            and timed_by_own_clause(text, hit, found.timex)
        ):
            # "invited them to the summit, which will be held on May 7": the summit is set, not proposed
            found.status = date_status(doc, found.start, None)
        if found.status != "past" and found.timex is not None and found.timex.end <= stamp_end(text):
            # "date 2022-11-28 X is scheduled to welcome Y": the page's stamp dates a lead event done, not
            # one still ahead (its day is not told)
            found.timex = found.start = found.end = found.date_text = None
            found.status = meeting_status(doc, hit, lo, hi, None, None)
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
        if (found.status != "proposed" and negated(text, hit)) or ruled_out(text, hit):
            continue  # "Moscow was not planning any talks", "X refused to meet Y": no event to report
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
        earlier = _EARLIER_BEFORE.search(text, max(lo, hit.start - 50), hit.end)  # "had first held talks"
        found.earlier = (
            earlier is not None
            and not (
                text.startswith("first", earlier.start())
                and _EARLIER_BEFORE.search(text, earlier.start() + 5, hit.end) is None
                and (
                    _FIRST_OF_THIS.search(text, max(lo, earlier.start() - 60), earlier.start()) is not None
                    or (
                        hit.kind == "visit"
                        and _OWN_FIRST.search(text, max(lo, earlier.start() - 8), earlier.start()) is not None
                    )
                )
            )
        ) or _EARLIER_OPENING.match(text, s.start, hit.start) is not None
        if quoted:
            # "... during a State Visit to the US on May 23rd 2024," said X: only ever the exact day of
            # a visit told before (a quote is the speaker's account, never an event of its own)
            if found.start and len(found.start) == 10:
                found.quoted = True
                out.append(found)
            continue
        conjunct_places = None
        if meetings_with(text, hit):
            # ("held meetings with A and B, as well as with C": a long list, each sitting told apart)
            pairs = _one_each(actors, mentions, hit, calls=_AND_WITH.search(text, hit.end, s.end) is not None)
        elif (
            (hit.guest and _CALL_ON.search(text, hit.start, hit.end))
            or (hit.kind == "call" and _CALLS_EACH.search(text, hit.start, hit.end))
            or (
                text.endswith("with", hit.start, hit.end)
                and text.endswith("ing ", max(lo, hit.start - 4), hit.start)
                and _EACH_BEFORE.search(text, max(lo, hit.start - 200), hit.start) is not None
            )
        ):
            # "made calls to A and B": one each; "held bilateral meetings on the sidelines, holding talks with
            # A, B and C": the clause tells the separate sittings just announced
            pairs = _one_each(actors, mentions, hit, calls=True)
        elif (
            hit.form == "verb"
            and (kind == "call" or _SPOKE_WITH.match(text, hit.start))
            and not _ONE_CALL.search(text, max(lo, hit.start - 30), hi)
        ):
            pairs = _one_each_side(actors, mentions, hit)
        elif (
            hit.form == "verb"
            and hit.kind in ("meeting", "talks")
            and (
                text.endswith("with", hit.start, hit.end)
                or WITH_OBJECTS.match(text, hit.end)
                or _PLACE_THEN_WITH.match(text, hit.end)  # "met in Pristina with A, and then with B"
            )
            and text.find(" with ", hit.end + 4, hi) >= 0
            and _AND_WITH.search(text, hit.end, hi) is not None
        ):
            pairs = _one_each(actors, mentions, hit, calls=True)  # "meet with A, and with B": one each
            conjunct_places = _conjunct_places(actors, hit, hi) if pairs else None
        elif hit.form == "verb" and text.find("respectively", hit.end, hi) >= 0:
            pairs = _each_subject(actors, mentions, hit)
        else:
            pairs = None
        if pairs:
            for pair in pairs:
                own = replace(found, participants=pair, each=True)
                if conjunct_places:
                    # "met in Pristina with A, and then with B in Belgrade": each sitting where its part says
                    own.location = _place_of(actors, pair[-1], conjunct_places, hit) or own.location
                out.append(own)
        elif (
            found.timex is not None
            and hit.form == "verb"
            and hit.kind in GENERIC
            and (apart := _each_on_its_day(actors, found, mentions, near, hit, hi))
        ):
            out.extend(apart)
        elif found.timex is not None and _PLURAL_TRIPS.match(text, hit.start, hit.end):
            out.extend(_trip_each_date(text, found, near, hit, hi))
        else:
            out.append(found)
        if hit.form == "travel" and found.location:
            trip = (
                hit.end,
                found.location,
                [i for i in found.participants if doc.entities[i].kind == "person"],
            )
    return ([stop] if stop else []) + merge_same_sentence(out, text)


_SCARE_QUOTED = re.compile(r'"[^".,;:!?"]{1,40}"')


# "I will meet with", "I also held a bilateral meeting with", "I met": the quote's speaker is the subject
_I_BEFORE = re.compile(
    r"(?:^|[\s\"])I\s+(?:(?:will|would|shall|also|then|later|have|had|am|was|just|recently)\s+){0,3}$"
)


def _first_person_speaker(doc: Document, hit: Hit) -> int | None:
    """The speaker of the quoted words a first-person meeting verb is told in ("I will also meet X,"
    she added), when the statements stage found who said them."""
    if hit.form != "verb" or not _I_BEFORE.search(doc.text, max(0, hit.start - 40), hit.start):
        return None
    return next(
        (st.speaker for st in doc.statements if st.start <= hit.start < st.end and st.speaker is not None),
        None,
    )


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


# the lookups of _THE_TWO, cheaply
_TWO_OR_BOTH = twin(
    r"\b(?:[Tt]he\s+(?:two|pair)|[Bb]oth|[Tt]he\s+(?:leaders|presidents|heads\s+of\s+state)\s+of\s+the\s+"
    r"(?:countries|nations)|The\s+(?:leaders|presidents|premiers|heads\s+of\s+(?i:state|government))"
    r"(?=\s+(?!of\b)[a-z]))\s"
)


_PAIR_REACH = 4  # sentences back within which "the two" are the people last named


def _pair_before(doc: Document, actors: ActorIndex, index: int) -> list[int] | None:
    """The two people the nearest sentence before that names two names ("Trudeau congratulated Trump.
    The two men spoke by phone"; "... between Presidents A and B. The envoy prepared it. Both presidents
    met in May": a sentence naming one person is passed over, one naming more than two ends the search)."""
    for back in range(index - 1, max(-1, index - 1 - _PAIR_REACH), -1):
        prev = doc.sentences[back]
        people = list(
            dict.fromkeys(
                m.entity
                for m in actors.between(prev.start, prev.end)
                if m.entity is not None and actors.kind(m) == "person"
            )
        )
        if len(people) == 2:
            return people
        if len(people) > 2:
            return None  # three or more named: which two is not told
    return None


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
_DURING_VISIT = twin(
    r"(?i)\b(?:during|while\s+on|in\s+the\s+course\s+of)\s+(?:his|her|their|the|this|that|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}(?:visit|trip|stay|tour)\b"
)
