"""Participants of one meeting trigger: who meets whom, who travels where.

``participants_of`` reads the trigger's form ("met with", "in a telephone call", "traveled to",
"will host", "a visit by") with :mod:`meetingactors` and gives the participant mentions and, for
travel, the place reached; ``trip_owner_of`` finds the traveller of the trip told just before.
Separate from :mod:`meetingsentences`, which decides whether a trigger is an event at all and
gives it its date, status and place.
"""

from __future__ import annotations

import re

from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.datewords import word_set
from briefing_tui.extract.document import Document, Mention
from briefing_tui.extract.lexicon.countries import CAPITALS
from briefing_tui.extract.meetingactors import (
    ActorIndex,
    object_mentions,
    object_stop,
    opening_subject,
    place_named_at,
    possessor,
    subject_after,
    subject_group,
)
from briefing_tui.extract.meetingcues import Hit
from briefing_tui.extract.meetingfound import Found

_TOPIC_VERB = twin(r"discuss|conferred", re.I)  # what follows is talked about, not talked with
_WITH_INSIDE = twin(r"\bwith\s+")
# "spoke with X by phone", "had spoken to X over the phone": the one spoken to is inside the cue
SPOKE_WITH = twin(r"(?:spok|speak|talk)\w*\s+(?:with|to)\s+", re.I)

# "to organize the visit", "are preparing Biden's trip": a trip prepared by others (a noun after the verb)
PREPARE_BEFORE = twin(
    r"(?i)\b(?:organi[sz]\w*|prepar(?:e|es|ed|ing|ations?\s+for)|arrang\w*|plan(?:s|ned|ning)?)\s+"
    r"(?:the|a|an|his|her|their|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}(?:'s|\u2019s))\s+(?:[\w-]+\s+)?$"
)

_TRIP_NOUN = twin(r"(?i)(?:visit|trip|tour|journey|stop|stopover)s?\b")
_OWNER_BEFORE = re.compile(r"['\u2019]s\s+(?:[a-z-]+\s+){0,2}$")  # "the minister's recent visit"
_OWNED_TRIP_BEFORE = re.compile(r"'s\s+(?:[a-z-]+\s+)?(?:visit|trip|tour|journey|stop|stopover)s?\s+$")
_OF_TRAVELLER = twin(r"(?:\s+(?:in|on|this|next)\s+[\w.]+(?:\s+\d{1,2})?)?\s+of\s+")

_HIS_BEFORE = twin(r"(?i)\b(?:his|her)\s+$")  # a possessive no person before it resolves

# a talk verb alone: "discussed", "talked" (not "discussed with", "talked by phone": triggers of their own)
BARE_TALK_VERB = re.compile(r"discuss(?:ed|es|ing)?|review|talked|conferred|spoke")


def _trip_includes(actors: ActorIndex, lo: int, hit: Hit, objects: list[Mention]) -> list[Mention]:
    """ "X's visit included a meeting with Y", "her trip will include talks with Y": the traveller meets Y."""
    if not objects:
        return []
    included = _TRIP_INCLUDES.search(actors.doc.text, max(lo, hit.start - 80), hit.start)
    return possessor(actors, lo, included.start()) if included is not None else []


def followed_by(text: str, lo: int, hit: Hit) -> bool:
    """ "X hosted A on Tuesday, followed by a meeting with B": the trigger is the subject's next sitting."""
    return text.find("by", max(lo, hit.start - 40), hit.start) >= 0 and bool(
        _FOLLOWED_BY.search(text, max(lo, hit.start - 40), hit.start)
    )


def two_sides(actors: ActorIndex, lo: int, hit: Hit) -> list[Mention]:
    """The persons coordinated as the subject right before ``hit`` when they are two sides: "X and his
    counterpart Y", or people of different, known affiliations ("the AU's X and German Chancellor Y");
    "Smith and Jones discussed the report", "Biden and Harris discussed" (one side) are no meeting."""
    group = [m for m in subject_group(actors, lo, hit.start) if actors.kind(m) == "person"]
    if len({m.entity for m in group}) < 2:
        return []
    if actors.doc.text.find("counterpart", group[0].end, group[-1].end) >= 0:
        return group
    if actors.doc.text.find(" visiting ", group[0].end, group[-1].start + 1) >= 0:
        return group  # "X and visiting Foreign Minister Y": a guest from elsewhere, another side
    sides = [actors.doc.entities[m.entity].affiliation for m in group]
    return group if None not in sides and len(set(sides)) > 1 else []


VISIT_NOUN = twin(r"(?i)visit$")
_NOUN_ENDS = re.compile(r"\s*[,;:.]")  # "During the visit, ...": the noun's phrase ends right after it

# "this trip", "the tour", "the three-nation journey": a trip told before, whose traveller goes on
_TRIP_ANAPHOR = twin(r"(?i)\b(?:this|the|that)\s+(?:[\w-]+\s+){0,2}?(?:trip|tour|journey)\b")
_TRIP_REACH = 4  # sentences after a visit within which "this trip" is that visit
_TOUR_VERB = twin(r"(?i)tour(?:s|ed|ing)?")  # "will tour Japan": the land toured follows at once
_TAKEN = twin(r"(?i)t(?:ak|ook)")  # "the trip will take him to Kenya": the one taken travels
_NUMBERED_STOP = twin(r"(?i)(?:stage|leg|stop|destination)\s")  # "his last stop will be Lima"


def trip_owner_of(actors: ActorIndex, found: list[Found], index: int) -> Mention | None:
    """The last mention of the traveller of the latest visit told in the few sentences before
    ``index`` (that visit's first person), or None."""
    doc = actors.doc
    for f in reversed(found[-6:]):
        if index - f.sentence > _TRIP_REACH:
            return None
        if f.kind != "visit" or f.sentence >= index:
            continue
        people = [p for p in f.participants if doc.entities[p].kind == "person"]
        if len(people) != 1:
            return None  # nobody, or a host beside the guest: whose trip it is is unclear
        person = people[0]
        before = doc.sentences[index].start
        return next(
            (
                m
                for m in reversed(actors.between(doc.sentences[f.sentence].start, before))
                if m.entity == person
            ),
            None,
        )
    return None


def protagonist_of(actors: ActorIndex, found: list[Found], index: int) -> Mention | None:
    """The last mention of the first party of the latest sitting or trip told in the two sentences before
    ``index``, when that party is a person (the one the story follows), or None."""
    doc = actors.doc
    for f in reversed(found[-6:]):
        if f.sentence >= index:
            continue
        if index - f.sentence > 2 or not f.participants:
            return None
        first = f.participants[0]
        if doc.entities[first].kind != "person":
            return None
        return next(
            (
                m
                for m in reversed(actors.between(doc.sentences[f.sentence].start, doc.sentences[index].start))
                if m.entity == first
            ),
            None,
        )
    return None


# "The Caribbean diplomat also met with", "Later in the day, the CS met with": an unnamed description of the
# one the story follows opens the clause (an opening phrase may stand before it)
_DESCRIBED_SUBJECT = twin(
    r"\s*(?:[A-Z][^,;:\"]{0,60},\s+(?:[^,;:\"]{1,40},\s+){0,2})?[Tt]he\s+"
    r"(?P<words>(?:[\w.'\u2019-]+\s+){0,2}?(?P<head>[\w.'\u2019-]+))\s+"
    r"(?:(?:also|then|later|has|had|will)\s+){0,2}"
)
# "The 73-year-old former deputy foreign minister from Laos also met": a longer description, told with where
# the one described comes from
_DESCRIBED_FROM = twin(
    r"\s*(?:[A-Z][^,;:\"]{0,60},\s+)?[Tt]he\s+"
    r"(?P<words>(?:[\w.'\u2019-]+\s+){0,4}?(?P<head>[\w.'\u2019-]+))\s+(?:from|of)\s+[A-Z][\w.'\u2019-]*\s+"
    r"(?:(?:also|then|later|has|had|will)\s+){0,2}"
)
# heads that describe no one person: a body, a side, a group
_NOT_ONE = word_set(
    "ministry government delegation council committee embassy office side team group party country nation "
    "state administration two both three four"
)


def described_subject(text: str, lo: int, start: int) -> bool:
    """Does the clause from ``lo`` to a trigger at ``start`` open with an unnamed description of one person
    ("the Caribbean diplomat also", "the CS")? Not a plural or a body ("the two countries", "the ministry")."""
    m = _DESCRIBED_SUBJECT.fullmatch(text, lo, start) or _DESCRIBED_FROM.fullmatch(text, lo, start)
    if m is None:
        return False
    head = m.group("head")
    words = m.group("words").lower().split()
    return not (
        any(w in _NOT_ONE for w in words)
        or (head.islower() and head.endswith("s") and not head.endswith("ss"))
    )


# between the one addressed and "by phone": nothing, or a day ("congratulated X on Friday by phone")
_ADDRESSED_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday)\s*,?\s*)?")

# "... and then flew to", "and will travel to", "and hoped to visit": a second predicate, its subject the clause's
_AND_PREDICATE = twin(
    r"\band\s+(?:(?:then|later|also|subsequently|afterwards|thereafter|will|would|is|was|to|hopes?|hoped|plans?"
    r"|planned|intends?|intended|expects?|expected|wants?|wanted|due|set)\s+)*"
    r"(?:(?:pay|pays|paid|make|makes|made)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+)?)?$"  # "and hoped to pay a visit"
)
# a verb between the clause's subject and the object named before "and": "met", "held talks with", "thanked"
_VERB_BETWEEN = twin(
    r"\b(?:[a-z]+ed|met|meets|meet|held|holds|hold|spoke|speaks|told|tells|saw|sees"
    # a verb in the present: "will call on B, and meet C", "receives B and holds talks with C"
    r"|calls?\s+on|receives?|welcomes?|visits?|hosts?|greets?|thanks?)\b"
)

# "A called on B and met C", "A received B and will also hold talks with C": a second sitting of the
# clause's subject, with someone else
SECOND_SITTINGS = frozenset(("meeting", "talks", "call"))


def second_predicate_subject(actors: ActorIndex, lo: int, hit: Hit) -> list[Mention]:
    """ "A met B in Lima and then flew to Brazil": the traveller of a predicate coordinated after an
    object is the clause's subject A, not B, the nearest name."""
    text = actors.doc.text
    # "..., and meet his counterpart": the trigger itself may open with the "and"
    stop = hit.start + 4 if text.startswith("and ", hit.start) else hit.start
    if text.find("and", max(lo, hit.start - 60), stop) < 0:
        return []
    group = subject_group(actors, lo, hit.start)
    if not group or not _AND_PREDICATE.search(text, group[-1].end, stop):
        return []
    gap = text[group[-1].end : hit.start]
    if "," in gap.removeprefix(",") or ";" in gap:
        return []  # "met B, who ... and will travel": another clause (not "met B, and then flew")
    first = subject_group(actors, lo, group[0].start)
    if not first or actors.kind(first[0]) != "person":
        return []
    between = text[first[-1].end : group[0].start]
    if "," in between or not _VERB_BETWEEN.search(between):
        return []  # "A and B will ...", "A, B ...": B is a subject too
    return first


# "... before heading to Montevideo", "after flying to Lima": a participle of travel after a time word
_PARTICIPLE_BEFORE = twin(r"\b(?:before|after|then|while|prior\s+to)\s+$")


def _participle_subject(actors: ActorIndex, lo: int, hit: Hit) -> list[Mention]:
    """ "A is due to meet B in Buenos Aires before heading to Montevideo": the traveller of a participle
    after "before"/"after" is the clause's subject A, named at its start, not B, the nearest name."""
    text = actors.doc.text
    if not text.endswith("ing", hit.start, text.find(" ", hit.start, hit.end)):
        return []
    if _PARTICIPLE_BEFORE.search(text, max(lo, hit.start - 12), hit.start) is None:
        return []
    first = next((m for m in actors.between(lo, hit.start) if actors.can_be_subject(m)), None)
    if first is None or actors.kind(first) != "person" or text[lo : first.start].strip():
        return []  # only a subject that opens the clause
    return subject_group(actors, lo, first.end)


def _opening_participle(
    actors: ActorIndex, lo: int, hit: Hit, hi: int, objects: list[Mention]
) -> list[Mention]:
    """ "Meeting Lai at the presidential office in Taipei, the senator X said ...": a participle that opens
    the sentence is done by the subject named right after its phrase's comma; none, no meeting."""
    text = actors.doc.text
    comma = text.find(",", hit.end, hi)
    if text[lo : hit.start].strip() or comma < 0:
        return []
    met = [m for m in objects if m.end <= comma and actors.kind(m) == "person"]
    subject = next(
        (m for m in actors.between(comma, min(hi, comma + 80)) if actors.kind(m) == "person"), None
    )
    return [subject, *met] if subject is not None and met else []


def _addressed_before(actors: ActorIndex, lo: int, hit: Hit) -> bool:
    """ "congratulated X by phone": "by phone" right after a named person (or one referred to) is a
    call with them; after "reporters", "reached" or a quote it is only how someone was reached."""
    near = actors.between(max(lo, hit.start - 60), hit.start)
    if not near or actors.kind(near[-1]) != "person":
        return False
    m = near[-1]
    return (
        _ADDRESSED_GAP.fullmatch(actors.doc.text, m.end, hit.start) is not None
        and actors.any_between(lo, m.start)  # someone else, before, did the calling
    )


def taken(actors: ActorIndex, hit: Hit) -> list[Mention]:
    """ "a tour taking him to Benin", "the trip will take her to Kenya": the person taken (named or a
    pronoun inside the trigger) is the traveller, whatever the subject (often the trip itself)."""
    if not _TAKEN.match(actors.doc.text, hit.start):
        return []
    return [m for m in actors.between(hit.start, hit.end) if actors.kind(m) == "person"][:1]


_PARTICIPLE_AFTER = twin(r"(?i)\b(?:after|before|while|when|upon)\s+$")  # "... after speaking with Z"
_ING = twin(r"[a-z]+ing\b")
# "Petro's visit included a scheduled meeting with X": the trip's owner holds the meeting (the match
# starts at the trip's noun, after the owner's "'s")
_TRIP_INCLUDES = twin(
    r"(?i)\b(?:visit|trip|tour|stay|itinerary|programme|program|agenda|schedule)\s+"
    r"(?:(?:will|would|also)\s+)*(?:include[sd]?|including|feature[sd]?|involve[sd]?)\s+"
    r"(?:(?:a|an|another|the)\s+)?(?:[\w-]+\s+){0,2}$"
)
# "hosted X on Tuesday, followed by a meeting with Y": the next sitting of the clause's subject
_FOLLOWED_BY = twin(r"(?i)\b(?:followed|succeeded)\s+by\s+(?:(?:a|an|another)\s+)?(?:[\w-]+\s+){0,2}$")

_VISIT_VERB = re.compile(r"visit(?:s|ed|ing)?$", re.I)
# "Israelis visiting Istanbul", "tourists visiting the city": a participle after a plain noun
_NOUN_BEFORE = twin(
    r"(?<![\w-])(?!(?:is|are|was|were|be|been|being|while|when|after|before|by|also|now|currently|and|of|"
    r"on|for|in|at|from|since|without|he|she|they|we|I)\s)[A-Za-z]+s\s+$"
)
# "the visit will ...", "his visit is ...": the noun is a clause's subject; what follows is said of it
_VISIT_SUBJECT = twin(r"\s+(?:will|would|is|was|has|had|could|should|may|might|can|must)\b")
_DIRECT_PLACE = re.compile(r"\s+(?=(?:the\s+)?[A-Z])")
_EVENT_WITH = re.compile(r",?\s*(?:with|between|(?:hosted|convened|chaired|presided\s+over)\s+by)\s+")
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?")  # between a named event and the body whose sitting it is
_CONTENT_STOP = twin(r"\bthat\b|[;:\"]|\baccording\s+to\b")
# "held separate meetings with A, the President of C, and B": one meeting with each person named
_MEETINGS_WITH = twin(
    r"(?i)(?:[\w-]+\s+){0,3}?(?:meetings|(?:separate|bilateral|individual|one-on-one)\s+talks)(?:\s+with\b)?$"
)

_LIST_GOES_ON = twin(r"(?:;\s+(?:and\s+)?(?:with\s+)?|,\s+)(?=(?:of|the)\s+(?:[\w-]+\s+){0,3}?[A-Z])")
# a title told in lower case ("special envoy of", "the foreign minister of"), a person's, unnamed yet
_COMMON_TITLE = twin(r"\s*(?:the\s+)?(?:[a-z][\w-]*\s+){1,3}of\b")
_CAPS_BETWEEN = twin(r"\s*(?:(?:[A-Z][\w.'-]*|of|for|and)\s+){0,6}")
_ACRONYM = twin(r"\s*\([A-Z][\w.&-]{1,10}\)(?=,)")
_SAYS_AFTER = twin(r",?\s+(?:said|says|told|added|noted|stated|wrote)\b")
WITH_OBJECTS = twin(r"\s*(?:with|between|among|amongst)\s+", re.IGNORECASE)
# ("a visit to neighbouring Kenya", "flew to war-torn Sudan": a word on the land may stand before its name)
_TO_PLACE = twin(
    r"\b(?:to|in|for)\s+(?:(?:neighbou?ring|friendly|fraternal|brotherly|landlocked"
    r"|[a-z]+-(?:torn|hit|ravaged|stricken|wracked|rich))\s+)?(?=(?:the\s+)?[A-Z])"
)
_IN_PLACE = twin(r"\bin\s+(?=(?:the\s+)?[A-Z])")
_ATTEND = twin(
    r"\b(?:attend|attends|attended|attending|host|hosts|hosted|hosting|join|joins|joined|chair|chairs|"
    r"chaired|convene|convenes|convened|hold|holds|held|lead|leads|led|participate\s+in|participated\s+in|"
    # "will address a high-level session of X": a speaker before the sitting is present at it
    r"took\s+part\s+in|take\s+part\s+in|address|addresses|addressed|addressing|at|to)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# _ATTEND's verbs that say someone is present ("attend", "chair", "address"), not its bare "at"/"to"
_ATTENDING = twin(
    r"\b(?:attend(?:s|ed|ing)?|host(?:s|ed|ing)?|join(?:s|ed|ing)?|chair(?:s|ed|ing)?|convene[sd]?|convening"
    r"|participat(?:e|es|ed|ing)\s+in|t(?:ake|akes|ook|aking)\s+part\s+in|address(?:es|ed|ing)?"
    # "during his attendance at the UN General Assembly session"
    r"|(?:attendance|participation)\s+(?:at|in))\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _attendee(actors: ActorIndex, lo: int, hit: Hit, verb: int) -> list[Mention]:
    """The one a verb of attending at ``verb`` is said of: "A met B and attended a meeting of X" is A's (the
    clause's subject, the verb a second predicate after the object B), else the name right before it."""
    return second_predicate_subject(actors, lo, Hit(verb, hit.end, hit.kind, hit.form)) or subject_group(
        actors, lo, hit.start
    )


def attendees_before(actors: ActorIndex, lo: int, start: int) -> list[Mention]:
    """ "X will attend the NATO meeting", "X addressed the General Assembly session": the subject of a verb
    of attending right before the body's name (at ``start``) that opens a sitting's noun takes part in it."""
    if _ATTENDING.search(actors.doc.text, max(lo, start - 60), start) is None:
        # "arrived in Lima for the APEC leaders' meeting": the traveller goes there to attend
        # (not "held talks with B at the X meeting": B, named last, is no attendee told)
        # ("the G20 ministers": the article may open the body's mention)
        return _bound_for_at(actors, lo, start + 4 if actors.doc.text.startswith("the ", start) else start)
    return subject_group(actors, lo, start)


# "departs this afternoon for Suriname and the 43rd Caricom Summit", "is leaving for the annual X Summit",
# "arrived in Lima for the APEC Summit": the traveller goes to the named event, so attends it
_BOUND_FOR = twin(
    r"(?i)\b(?:depart(?:s|ed|ing)?|leav(?:e|es|ing)|left|head(?:s|ed|ing)?|fl(?:y|ies|ew|ying)"
    r"|travel(?:s|led|ed|ling|ing)?|arriv(?:e|es|ed|ing)|jet(?:s|ted|ting)?|set(?:s|ting)?\s+(?:off|out))\b"
    r"[^.;:!?\"\u201c\u201d]{0,70}?\bfor\s+(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s+and\s+)?"
    r"(?:the|a|an|this|next|its|their)\s+(?:[\w-]+\s+){0,2}$"
)
# between the traveller and the travel verb: "X, who departs", "X is leaving", "X will then fly"
_BOUND_GAP = twin(r"(?:,\s+who)?(?:\s+(?!and\b|but\b|or\b)[a-z]+){0,4}\s+")


def _bound_for(actors: ActorIndex, lo: int, hit: Hit) -> list[Mention]:
    """The traveller the travel verb before a named gathering is said of, named right before the verb
    (not "briefed the minister, Y, last week and would travel to ... for the Dialogue": Y stays)."""
    return _bound_for_at(actors, lo, hit.start)


def _bound_for_at(actors: ActorIndex, lo: int, start: int) -> list[Mention]:
    """:func:`_bound_for` for a gathering whose words begin at ``start``."""
    text = actors.doc.text
    if text.find("for", max(lo, start - 100), start) < 0:
        return []
    bound = _BOUND_FOR.search(text, max(lo, start - 100), start)
    if bound is None:
        return []
    group = subject_group(actors, lo, bound.start())
    if not group or not _BOUND_GAP.fullmatch(text, group[-1].end, bound.start()):
        return []
    return group


# "The delegation will then travel to", "A six-member delegation from X arrived", "The congressional
# delegation, made up of ten senators, met": a delegation is the clause's subject (no one named before it)
_DELEGATION_SUBJECT = twin(
    r"(?:^|\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er))\s+(?:[\w-]+\s+){0,3}?delegations?"
    r"(?:\s+(?:from|of)\s+(?:the\s+)?[A-Z][^,;()]{0,40}?)?(?:\s*,[^,;]{1,80},|\s*\([^()]{0,40}\)|\s+on\s+\w+|\s+[a-z]+){0,4}\s*$"
)
# where a delegation told before names its leader: "a delegation led by X", "X will lead a delegation",
# "X arrived with a delegation", "X and a delegation of MPs"
_DELEGATION_LED = twin(r"delegations?\s+(?:[\w,-]+\s+){0,6}?(?:led|headed)\s+by\s+")
_LEADS_DELEGATION = twin(
    r"\b(?:led|leads?|leading|heads?|headed|heading|with|and)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?delegations?\b"
)
_DELEGATION_BACK = 3  # sentences before within which "the delegation" is one told there


def delegation_subject(actors: ActorIndex, lo: int, hit: Hit) -> list[Mention]:
    """ "X led a delegation to Y ... The delegation met Z": a delegation as the subject, with no actor
    named before the trigger, is its leader (told in the sentence or the few before) or, leader
    untold, the side it comes from ("a delegation from Myanmar arrived", "the Russian delegation")."""
    doc = actors.doc
    text = doc.text
    if text.find("delegation", lo, hit.start) < 0:
        return []  # most triggers
    np = _DELEGATION_SUBJECT.search(text, lo, hit.start)
    if np is None:
        return []
    own = [m for m in actors.between(np.start(), hit.start) if actors.kind(m) in ("country", "organization")]
    if text.startswith(("a", "A"), np.start()):
        return own[:1]  # "a delegation from X arrived": one told for the first time, no leader before
    index = doc.sentence_at(lo)
    back = doc.sentences[max(0, index - _DELEGATION_BACK)].start if index >= 0 else lo
    # the latest delegation told before (in this sentence, ahead of the subject, or the few before)
    for led in reversed(list(_DELEGATION_LED.finditer(text, back, np.start()))):
        after = [
            m
            for m in actors.between(led.end(), min(np.start(), led.end() + 80))
            if actors.kind(m) == "person"
        ]
        if after and after[0].start <= led.end() + 40:
            return after[:1]
    for leads in reversed(list(_LEADS_DELEGATION.finditer(text, back, np.start()))):
        k = doc.sentence_at(leads.start())
        start = doc.sentences[k].start if k >= 0 else back
        group = [m for m in subject_group(actors, start, leads.start()) if actors.kind(m) == "person"]
        if group:
            return group[:1]
    return own[:1]


def participants_of(
    doc: Document, actors: ActorIndex, hit: Hit, lo: int, hi: int, trip_owner: Mention | None = None
) -> tuple[list[Mention], str | None]:
    """Participant mentions and, for travel, the place reached. ``trip_owner``: a mention of the
    traveller of the trip told just before, for "this trip will include visits to X" (no one named)."""
    text = doc.text
    if hit.form == "travel":
        if text.startswith("visiting", hit.start) and _NOUN_BEFORE.search(
            text, max(lo, hit.start - 30), hit.start
        ):
            near = actors.between(max(lo, hit.start - 60), hit.start)
            if not (near and near[-1].end >= hit.start - 2 and actors.kind(near[-1]) == "person"):
                return (
                    [],
                    None,
                )  # "to protect Israelis visiting Istanbul": the tourists travel, not the subject
        if by_traveller(text, hit):
            return _visit_by(actors, hit, hi)
        if text.startswith("invit", hit.start):
            return _invited(actors, lo, hit, hi)
        if text.startswith(("dispatch", "sen"), hit.start):
            sent, place = _invited(actors, lo, hit, hi)
            return sent[:1], place  # the sender stays at home
        if PREPARE_BEFORE.search(text, max(lo, hit.start - 40), hit.start):
            subject = _prepared_trip(actors, hit, lo, hi)
        elif _TRIP_NOUN.match(text, hit.start) and _OWNER_BEFORE.search(
            text, max(lo, hit.start - 30), hit.start
        ):
            # "follows the Prime Minister's recent visit": the owner travels, whoever is named earlier
            subject = possessor(actors, lo, hit.start)
        else:
            subject = (
                taken(actors, hit)
                or second_predicate_subject(actors, lo, hit)
                or _participle_subject(actors, lo, hit)
            )
            subject = (
                subject
                or subject_group(actors, lo, hit.start)
                or opening_subject(actors, lo, hit, hi)
                or delegation_subject(actors, lo, hit)
            )
            if not subject and (
                _OWNED_TRIP_BEFORE.search(text, max(lo, hit.start - 40), hit.start)
                or _NUMBERED_STOP.match(text, hit.start)
            ):
                subject = possessor(actors, lo, hit.start)  # "Ramaphosa's final stop will be in Senegal"
        if not subject and VISIT_NOUN.match(text, hit.start, hit.end):
            subject = _traveller_after(actors, hit, hi)  # "the state visit to France by President Xi"
            country = _country_before_visit(actors, lo, hit) if not subject else None
            if country is not None and country.text not in CAPITALS:
                # "X's India visit began on Monday": the owner of the land's visit
                subject = [m for m in possessor(actors, lo, country.start) if actors.kind(m) == "person"]
        if (
            not subject
            and trip_owner is not None
            and _TRIP_ANAPHOR.search(text, lo, hit.end)
            and not _OWNER_BEFORE.search(text, max(lo, hit.start - 30), hit.start)
        ):
            subject = [trip_owner]  # "The first stage of this trip will be Cameroon": the trip told before
        if not subject:
            return [], None  # "troops have arrived in Bosnia": nobody named travels
        dest = _TO_PLACE.search(
            text,
            hit.end - 3
            if text[hit.end - 3 : hit.end] in (" to", " in")
            else hit.end - 4
            if text.endswith(" for", hit.start, hit.end)  # "departed for China"
            else hit.end,
            min(hi, hit.end + 80),
        )
        if hit.kind == "visit" and _VISIT_VERB.search(text[hit.start : hit.end]):
            # matched in place: a three-character slice hid the capital of "visit the United States"
            direct = _DIRECT_PLACE.match(text, hit.end)
            if _VISIT_SUBJECT.match(text, hit.end):
                # "the visit will add momentum to X-Y ties": the verb's "to X" is no destination,
                # but "the visit will take place in Paris" still names where
                dest = _IN_PLACE.search(text, hit.end, min(hi, hit.end + 80))
                place_at = dest.end() if dest else -1
            elif direct:
                dest = direct  # "visited Kyiv": the destination follows at once
                place_at = direct.end()
            else:
                place_at = dest.end() if dest else -1
        elif (
            text.endswith("tour of", hit.start, hit.end)
            or text.endswith("tours of", hit.start, hit.end)
            or _TOUR_VERB.fullmatch(text, hit.start, hit.end)
            or (_NUMBERED_STOP.match(text, hit.start) and not text.endswith(" in", hit.start, hit.end))
        ):
            direct = _DIRECT_PLACE.match(text, hit.end)  # "began a tour of the Gulf": the region toured
            place_at = direct.end() if direct else -1
        else:
            place_at = dest.end() if dest else -1
        if place_at >= 0 and VISIT_NOUN.match(text, hit.start, hit.end) and _NOUN_ENDS.match(text, hit.end):
            # "During the visit, X handed a letter to Y": the noun's phrase ends at once, no destination
            place_at = -1
        if place_at < 0 and VISIT_NOUN.match(text, hit.start, hit.end):
            place_at = _staying_in(text, lo, hit)
            if place_at < 0 and subject:
                # "Completing the UAE visit, X returned home": the land named before the noun, the
                # traveller after the opening phrase (not "his meetings with A and B during the Moscow visit");
                # "X began his first official India visit", "X's India visit comes ...": the land between
                # the traveller's possessive and the noun
                country = _country_before_visit(actors, lo, hit)
                if country is not None and subject[0].start > hit.end:
                    return subject + [country], country.text
                # (a land, not a capital: "Xi's Kathmandu visit" may be a stop told in passing)
                owner = (
                    possessor(actors, lo, country.start) if country and country.text not in CAPITALS else []
                )
                if owner and actors.kind(owner[0]) == "person":
                    return owner + [country], country.text
        if place_at < 0:
            return ([], None) if subject == [trip_owner] else (subject, None)  # a stop needs its place
        place = place_named_at(actors, place_at, hi)
        stop = object_stop(text, place_at, hi)
        return subject + object_mentions(actors, place_at, stop, places=True), place
    if BARE_TALK_VERB.fullmatch(text, hit.start, hit.end):
        # "X and his counterpart Y discussed ...": the two named as the subject, not the topics after
        return two_sides(actors, lo, hit), None
    if hit.form == "adverbial":
        if text.startswith(("by", "over"), hit.start) and not _addressed_before(actors, lo, hit):
            return [], None
        cm = _CONTENT_STOP.search(text, hit.end, hi)
        stop = cm.start() if cm else hi
        inside = actors.between(lo, stop)
        # "at the residence in Carlton Gardens": a name after "in"/"at" is a place, even typed a person
        # (a titled name is never a place: "congratulated the newly sworn in Prime Minister X")
        persons = [
            m
            for m in inside
            if actors.kind(m) == "person"
            and (
                actors.can_be_subject(m) or (m.role and m.head_start > m.start and not actors.is_modifier(m))
            )
        ]
        with_objects: list[Mention] = []
        w = WITH_OBJECTS.match(text, hit.end)
        if w:
            comma = text.find(",", w.end(), stop)
            end = object_stop(text, w.end(), comma if comma >= 0 else stop)
            with_objects = object_mentions(actors, w.end(), end)
        return persons + with_objects, None
    if hit.form == "event":
        inside = actors.between(hit.start, hit.end)
        extra: list[Mention] = []
        if _ATTEND.search(text, max(lo, hit.start - 60), hit.start):
            extra = subject_group(actors, lo, hit.start)
        else:
            extra = _bound_for(actors, lo, hit)
        after = _EVENT_WITH.match(text[hit.end : hit.end + 30])
        if after:
            s = hit.end + after.end()
            extra += object_mentions(actors, s, object_stop(text, s, hi))
        elif text.startswith(" of ", hit.end):
            # "an Extraordinary Summit of the Southern African Development Community": the body it is of
            body = next(iter(actors.between(hit.end, min(hi, hit.end + 90))), None)
            if (
                body is not None
                and actors.kind(body) == "organization"
                and _OF_BODY.fullmatch(text, hit.end, body.start) is not None
            ):
                extra.append(body)
        return extra + inside, None
    w = WITH_OBJECTS.match(text, hit.end)
    tail = w.end() if w else hit.end
    if hit.form in ("noun", "verb") and meetings_with(text, hit):
        return _meetings_list(actors, lo, hit, tail, hi), None
    if not w and _TOPIC_VERB.match(text, hit.start) and not text.endswith("with", hit.start, hit.end):
        # "discussed by phone Biden's visit": a topic follows; "discussed Gaza with Lavrov by phone"
        inner = _WITH_INSIDE.search(text, hit.start, hit.end)
        inside = object_mentions(actors, inner.end(), hit.end) if inner else []
        return subject_group(actors, lo, hit.start) + inside, None
    if (
        hit.form == "noun"
        and not w
        and (
            text.startswith(" and ", tail)
            or (
                _BRIEFING.match(text, hit.start)
                and not text.endswith("joint ", max(0, hit.start - 6), hit.start)
            )
        )
    ):
        # "for the APEC summit and Brazil for the G20 summit": the next conjunct, no party; "X in a press
        # conference mocked Y", "a news conference at the UN's offices": who faces reporters alone is named
        # before, anyone after (but "with Y") is what is said or where (not "a joint press conference ... with")
        objects = []
    else:
        objects = object_mentions(actors, tail, _named_after(actors, tail, object_stop(text, tail, hi), hi))
    followed = followed_by(text, lo, hit)
    if hit.form == "verb" or (followed and hit.form == "noun"):
        spoke = SPOKE_WITH.match(text, hit.start, hit.end)
        if spoke:
            objects = object_mentions(actors, spoke.end(), hit.end) + objects
        if (
            _PARTICIPLE_AFTER.search(text, max(lo, hit.start - 8), hit.start) and _ING.match(text, hit.start)
        ) or followed:
            # "X met Y in Belgrade after speaking with Z": the one speaking is the clause's subject, X
            first = next(
                (
                    m
                    for m in actors.between(lo, hit.start)
                    if actors.kind(m) == "person" and actors.can_be_subject(m)
                ),
                None,
            )
            if first is not None:
                return [first, *objects], None
        if text.startswith("Meeting ", hit.start):
            return _opening_participle(actors, lo, hit, hi, objects), None
        subject = (
            (second_predicate_subject(actors, lo, hit) if hit.kind in SECOND_SITTINGS else [])
            or subject_group(actors, lo, hit.start)
            or _trip_includes(actors, lo, hit, objects)
            or delegation_subject(actors, lo, hit)
        )
        if not subject and text.startswith("meeting", hit.start):
            subject = possessor(actors, lo, hit.start)  # "during Ardern's meeting with X": a noun, its owner
        if not subject and objects and _HIS_BEFORE.search(text, max(lo, hit.start - 12), hit.start):
            subject = _forward_owner(actors, lo, hit.start, objects[-1].end, hi)
        return subject + objects, None
    if text[hit.start : tail].lower().rstrip().endswith(("between", "among", "amongst")):
        # "a meeting between Biden and Xi", "a summit among the three leaders"; "Qatar hosted indirect talks
        # between A and B": the host of the sitting takes part too
        host = _HOSTED_BEFORE.search(text, max(lo, hit.start - 50), hit.start)
        return (subject_group(actors, lo, host.start()) if host else []) + objects, None
    if text.endswith("of", hit.start, hit.end):
        # "a meeting of the Council": the body's members meet, with whoever the clause says attends
        # or chairs it ("According to the ministry, a meeting of ..." names a reporter, not a member)
        attend = _ATTEND.search(text, max(lo, hit.start - 60), hit.start)
        if attend:
            return _attendee(actors, lo, hit, attend.start()) + objects, None
        return objects, None
    owner = possessor(actors, lo, hit.start) or _trip_includes(actors, lo, hit, objects)
    if not owner and _BRIEFING.match(text, hit.start) and _BRIEFING_OPENING.fullmatch(text, lo, hit.start):
        # "At a joint press conference (with X), Y and Z said": who faces reporters opens the main clause
        # (no "with": what follows the noun up to the comma is its day or place, nobody met)
        met = objects if w else []
        comma = text.find(",", met[-1].end if met else hit.end, min(hi, hit.end + 150))
        facing = subject_after(actors, comma + 1, hi) if comma >= 0 else []
        if len(facing) + len(met) >= 2:  # two sides at least: one speaker alone is no joint event
            return facing + met, None
    if not owner and (
        _SAID_AT.search(text, max(lo, hit.start - 160), hit.start)
        or (
            not _REPORTED_NOUN.search(text, max(lo, hit.start - 80), hit.start)
            and not _REPORTED_CLAUSE.search(text, max(lo, hit.start - 160), hit.start)
        )
    ):
        owner = subject_group(actors, lo, hit.start)
    if not owner and objects:
        # "After Monday's meetings with A and B, the envoy X said ...": X held them
        owner = opening_subject(actors, lo, hit, hi, after=objects[-1].end)
    elif not owner and objects and _HIS_BEFORE.search(text, max(lo, hit.start - 12), hit.start):
        owner = _forward_owner(actors, lo, hit.start, objects[-1].end, hi)
    return owner + objects, None


# a conference before reporters, and the opening phrase it stands in: "At a joint press conference",
# "Speaking at a news conference", "In a televised press conference"
_BRIEFING = twin(r"(?:press|news)\s")
_BRIEFING_OPENING = twin(
    r"\s*(?:(?:Speaking|Appearing)\s+(?:at|to)|At|In|During|Addressing)\s+(?:a|an|the|their|his|her)\s+"
    r"(?:[\w-]+\s+){0,3}"
)


# "X said the AU summit would discuss ...", "noted that the meeting was important": the event opens the
# clause reported, its reporter is no party (and no owner: "said his meeting" still has one)
_REPORTED_NOUN = twin(
    r"\b(?:said|says|noted|notes|added|stated|announced|confirmed|stressed|emphasi[sz]ed|believes|hoped|hopes"
    r"|told\s+(?:reporters|journalists|the\s+press|\w+))\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    r"(?:the|this|these|those|a|an)\s+(?:[\w.'\u2019-]+\s+){0,6}$"
)
# "X said the bloc's leaders would make an announcement before the summit concludes": the clause reported has
# a subject of its own, told by a noun; its reporter is no party of the event it tells further on (not "X
# said that he would attend the summit": the reporter, told again as the clause's subject)
_REPORTED_CLAUSE = twin(
    r"\b(?:said|says|noted|notes|added|stated|announced|confirmed|stressed|emphasi[sz]ed|believes|hoped|hopes"
    r"|told\s+(?:reporters|journalists|the\s+press))\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    r"(?:the|this|these|those|a|an)\s+(?:(?!(?:he|she|they|we|I|his|her|their|our|my)\s)[\w.'\u2019-]+\s+){0,20}$"
)

# "hosted indirect talks between", "will host a meeting between": the sitting's host, named before the verb
_HOSTED_BEFORE = twin(r"(?i)\bhost(?:s|ed|ing)?\s+(?:(?:a|an|the|fresh|new)\s+)?(?:[\w-]+\s+){0,2}$")
# "X stressed the need for restraint during Wednesday's talks with Y": the sitting is where the reporter
# said it (a phrase of the reporter's own clause: no verb of a clause reported between)
_SAID_AT = twin(
    r"\b(?:said|says|noted|notes|added|stated|stressed|emphasi[sz]ed|underlined|reiterated)\s+"
    r"(?:(?!(?:is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must|that)\s)"
    r"[\w.'\u2019-]+\s+){0,10}?(?:during|at|in|after|following|before|ahead\s+of)\s+"
    r"(?:the|a|an|his|her|their|(?-i:[A-Z])[a-z]+['\u2019]s)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


def _named_after(actors: ActorIndex, start: int, stop: int, hi: int) -> int:
    """ "welcomed by the presidents of both houses, the Deputy A and the Senator B": objects told by a
    common noun alone are named in the apposition after its comma; the list ends after that."""
    text = actors.doc.text
    if stop >= hi:
        return stop
    if not text.startswith(",", stop):
        acronym = _ACRONYM.match(text, stop, hi) if text.startswith(("(", " ("), stop) else None
        if acronym is None:
            return stop
        # "special envoy of the United Arab Emirates (UAE), Minister X": over the acronym
        held = _holder_after(actors, start, acronym.end(), hi)
        return held if held > acronym.end() else stop
    if actors.any_between(start, stop):
        return _apposed_holders(actors, _holder_after(actors, start, stop, hi), hi)
    more = _LIST_GOES_ON.match(text, stop, hi)
    return object_stop(text, more.end(), hi) if more else stop


# ", the President of the Riigikogu, X": the next office holder of a list, told title first
# (a short gloss in brackets after the body's name: "the Riigikogu (Parliament), X")
_APPOSED_HOLDER = re.compile(
    r",\s+(?:and\s+)?the\s+(?:[A-Za-z-]+\s+){1,4}?of\s+[^,;:.()\"]{2,80}?(?:\s*\([^()]{1,30}\))?,\s+(?=[A-Z])"
)


# ", the Emir of Qatar Sheikh X": the next office holder of a list, named with no comma before the name
_NEXT_HOLDER = re.compile(r",\s+(?:and\s+)?the\s+(?=[A-Z])")


def _apposed_holders(actors: ActorIndex, stop: int, hi: int) -> int:
    """ "met the President of Estonia, A, the Speaker of the Parliament, B, and the Minister of Defence,
    C": a list of office holders, each told by their title and then named, goes on past each comma
    (or with no comma before the name: "..., the Emir of Qatar Sheikh D, and ...")."""
    text = actors.doc.text
    while stop < hi and text.startswith(",", stop):
        m = _APPOSED_HOLDER.match(text, stop, hi)
        if m is None:
            holder = _NEXT_HOLDER.match(text, stop, hi)
            named = actors.between(stop + 1, min(hi, stop + 80), overhang=True)[:1] if holder else []
            if (
                not named
                or holder is None
                or named[0].start > holder.end()
                or actors.kind(named[0]) != "person"
                or _SAYS_AFTER.match(text, named[0].end)
            ):
                break
            stop = object_stop(text, named[0].end, hi)
            continue
        named = actors.between(m.end(), min(hi, m.end() + 60), overhang=True)[:1]
        if not named or named[0].start != m.end() or actors.kind(named[0]) != "person":
            break
        if _SAYS_AFTER.match(text, named[0].end):
            break  # ", the spokesman of the ministry, X said": a speaker
        stop = object_stop(text, named[0].end, hi)
    return stop


def _holder_after(actors: ActorIndex, start: int, stop: int, hi: int) -> int:
    """ "welcomed special envoy of the UAE, Minister X, to discuss": a title in lower case, of a
    country or body, is held by the person the apposition after its comma names (not "met envoys
    of Iran, Minister X said": a speaker)."""
    text = actors.doc.text
    if not _COMMON_TITLE.match(text, start, stop):
        return stop
    inside = actors.between(start, stop)
    if any(actors.kind(m) == "person" for m in inside):
        return stop
    after = actors.between(stop, min(hi, stop + 60), overhang=True)[:1]
    if (
        not after
        or actors.kind(after[0]) != "person"
        or not _CAPS_BETWEEN.fullmatch(text, stop + 1, after[0].start)
    ):
        return stop
    if _SAYS_AFTER.match(text, after[0].end):
        return stop
    return after[0].end


def meetings_with(text: str, hit: Hit) -> bool:
    """ "held separate meetings with", "bilateral meetings with": a plural "meetings" and its "with"."""
    if (
        not text.startswith("meetings", hit.end - 8)
        and not text.startswith("with", hit.end - 4)
        and not text.startswith("talks", hit.end - 5)
    ):
        return False  # most triggers: let go at once
    if _MEETINGS_WITH.fullmatch(text, hit.start, hit.end) is None:
        return False
    return text.endswith("with", hit.start, hit.end) or WITH_OBJECTS.match(text, hit.end) is not None


def _meetings_list(actors: ActorIndex, lo: int, hit: Hit, tail: int, hi: int) -> list[Mention]:
    """ "bilateral meetings with the Presidents of Colombia, A; of Brazil, B": the owner and the whole
    list, read on past a ";" or an apposition's comma that the list goes on after."""
    text = actors.doc.text
    stop = object_stop(text, tail, hi)
    while stop < hi:
        more = _LIST_GOES_ON.match(text, stop, hi)
        if more is None:
            break
        stop = object_stop(text, more.end(), hi)
    objects = object_mentions(actors, tail, stop)
    # "A met B in Lima and later held separate meetings with C and D": the clause's subject A holds them
    owner = (
        possessor(actors, lo, hit.start)
        or (second_predicate_subject(actors, lo, hit) if hit.form == "verb" else [])
        or subject_group(actors, lo, hit.start)
    )
    if not owner and objects:
        owner = opening_subject(actors, lo, hit, hi, after=objects[-1].end)
    return owner + objects


def _forward_owner(actors: ActorIndex, lo: int, start: int, after: int, hi: int) -> list[Mention]:
    """ "Sharing his thoughts on his meeting with Modi on Friday, Chief Minister Stalin said ...": a
    possessive left unresolved in a sentence's opening phrase (no comma before it) is the person who
    opens the main clause, the first named after the next comma (within a few words of it)."""
    text = actors.doc.text
    if text.find(",", lo, start) >= 0:
        return []
    comma = text.find(",", after, hi)
    while comma >= 0:
        near = actors.between(comma, min(hi, comma + 60))
        person = next((m for m in near if actors.kind(m) == "person" and m.entity is not None), None)
        if person is not None:
            return [person]
        comma = text.find(",", comma + 1, min(hi, comma + 60))
    return []


def _prepared_trip(actors: ActorIndex, hit: Hit, lo: int, hi: int) -> list[Mention]:
    """ "X and Y met to organize the visit in January of Z": those who prepare a trip do not make it;
    the traveller is its possessor ("Z's trip") or the person named after "of", if any."""
    owner = possessor(actors, lo, hit.start)
    if owner:
        return owner
    of = _OF_TRAVELLER.match(actors.doc.text, hit.end, min(hi, hit.end + 40))
    if of is None:
        return []
    return [m for m in actors.between(of.end(), min(hi, of.end() + 40)) if actors.kind(m) == "person"][:1]


_POSSESSIVES = frozenset(("his", "her", "their", "its"))  # "invited his counterpart": not the guest


def _invited(actors: ActorIndex, lo: int, hit: Hit, hi: int) -> tuple[list[Mention], str | None]:
    """ "Biden invited him to the White House on May 23": the one invited travels to the place after
    "to", where the host who invites receives them."""
    text = actors.doc.text
    dest = _TO_PLACE.search(text, hit.end, min(hi, hit.end + 70))
    if dest is None or not text.startswith("to", dest.start()):
        return [], None
    guests = [
        m
        for m in actors.between(hit.end, dest.start())
        if actors.kind(m) == "person" and text[m.start : m.end].lower() not in _POSSESSIVES
    ]
    if not guests:
        return [], None
    hosts = [m for m in subject_group(actors, lo, hit.start) if actors.kind(m) == "person"]
    return guests[:1] + hosts, place_named_at(actors, dest.end(), hi)


# "the visit to France by President Xi": the place first, the traveller after "by"
TO_BY = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][^,;:.]{0,50}?\s+by\s+(?=[A-Z])")


def _traveller_after(actors: ActorIndex, hit: Hit, hi: int) -> list[Mention]:
    """The person named right after the "by" that follows a visit's destination, if any."""
    m = TO_BY.match(actors.doc.text, hit.end, min(hi, hit.end + 80))
    if m is None:
        return []
    after = actors.between(m.end(), min(hi, m.end() + 60))[:1]
    return after if after and after[0].start == m.end() and actors.kind(after[0]) == "person" else []


def by_traveller(text: str, hit: Hit) -> bool:
    """ "a visit by X to Y", "the visit of X to Y" (not "a tour of the Gulf"): the traveller follows."""
    return text.endswith("by", hit.start, hit.end) or (
        text.endswith("of", hit.start, hit.end) and text.startswith("visit", hit.start)
    )


def _visit_by(actors: ActorIndex, hit: Hit, hi: int) -> tuple[list[Mention], str | None]:
    """ "a visit by Russian FM Lavrov to Bosnia": the traveller named after "by", the place after "to"
    (no place, no visit: "a visit by the minister" alone may be one told before)."""
    text = actors.doc.text
    # (past "for the Western Balkans", a traveller's title: "the envoy for the Western Balkans, X, to Kosovo")
    dest = next(
        (m for m in _TO_PLACE.finditer(text, hit.end, min(hi, hit.end + 120)) if not m[0].startswith("for")),
        None,
    )
    if dest is None or not text.startswith("to", dest.start()):
        return [], None
    by = [m for m in actors.between(hit.end, dest.start()) if actors.can_be_subject(m)]
    people = [m for m in by if actors.kind(m) == "person"]
    if not people:
        return [], None
    place = place_named_at(actors, dest.end(), hi)
    stop = object_stop(text, dest.end(), hi)
    return people[:1] + object_mentions(actors, dest.end(), stop, places=True), place


# "X is in China on his maiden visit", "is currently in Washington for a state visit", "was in Oslo on an
# official visit": the traveller's stay, told just before the visit noun (only its article and a few words
# between)
_STAYING_IN = twin(
    r"\b(?:is|was|are|were|be|been)\s+(?:(?:currently|now|already|still|also|again)\s+)?in\s+"
    r"(?=(?:the\s+)?[A-Z])"
)
_STAY_TO_VISIT = twin(r"[^,;:.\"]{1,60}?\s(?:on|for)\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,3}$")

_DETERMINER_BEFORE = twin(r"(?:\b(?:the|his|her|their|this|that|a|an)|['\u2019]s)\s+(?:[\w-]+\s+){0,2}$")


def _country_before_visit(actors: ActorIndex, lo: int, hit: Hit) -> Mention | None:
    """ "the UAE visit", "his three-day Kenya visit": a country right before the visit noun, after a
    determiner, is where the visit goes."""
    before = actors.between(max(lo, hit.start - 40), hit.start)
    if not before:
        return None
    m = before[-1]
    text = actors.doc.text
    if actors.kind(m) != "country" or text[m.end : hit.start] != " ":
        return None
    if not _DETERMINER_BEFORE.search(text, max(lo, m.start - 30), m.start):
        return None
    return m


def _staying_in(text: str, lo: int, hit: Hit) -> int:
    """Where the place of a stay ("is in China") opens, for a visit noun with no destination after it
    that the stay is "on" or "for" ("on his maiden visit"); -1 if there is none."""
    start = max(lo, hit.start - 90)
    at = text.rfind(" in ", start, hit.start)
    if at < 0:
        return -1  # most visits: no "in" before them
    m = None
    for m in _STAYING_IN.finditer(text, start, hit.start):  # noqa: B007 - the last one is wanted
        pass
    if m is None or not _STAY_TO_VISIT.fullmatch(text, m.end(), hit.start):
        return -1
    return m.end()
