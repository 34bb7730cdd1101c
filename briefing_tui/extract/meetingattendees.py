"""Who else takes part in a meeting, told in sentences of their own after it.

"The meeting was attended by A and B", a gathering's listed attendees, the bodies a gathering told
with no party belongs to, and "the regional leaders last met" (a body's members): each adds parties
to an event told before. Separate from :mod:`meetingparticipants`, which reads the participants of
one trigger's own clause.
"""

from __future__ import annotations

from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.document import Document
from briefing_tui.extract.meetingactors import ActorIndex
from briefing_tui.extract.meetingfound import Found
from briefing_tui.extract.meetingmerge import GENERIC
from briefing_tui.extract.meetingplaces import GATHERING_KINDS

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


def attendees(doc: Document, actors: ActorIndex, found: list[Found]) -> list[Found]:
    """ "X received Y ... The meeting was attended by A, the Minister of Defence, and B", "A and B were also in
    the meeting": the people a sentence so names took part in the meeting, talks or call told last before
    it (and the sentence tells no sitting of its own)."""
    text = doc.text
    if text.find("attended by") < 0 and text.find(" the meeting") < 0 and text.find(" the talks") < 0:
        return found  # most stories
    for index, s in enumerate(doc.sentences):
        # (each pattern only where the words it must hold are: most sentences hold neither)
        m = _ATTENDED_BY.match(text, s.start, s.end) if text.find("attended", s.start, s.end) >= 0 else None
        present = (
            _PRESENT_AT.search(text, s.start, s.end)
            if m is None and _ends_with_sitting(text, s.start, s.end)
            else None
        )
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


def _ends_with_sitting(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` end with "meeting" or "talks", then only white space and full stops? (What
    _PRESENT_AT's end asks: its ``[\\s.]*$``; ``str.isspace`` is the white space of ``\\s``.)"""
    while end > start and (text[end - 1].isspace() or text[end - 1] == "."):
        end -= 1
    return text.endswith(_SITTING_NOUNS, start, end)


_SITTING_NOUNS = ("meeting", "talks")  # the nouns _PRESENT_AT ends with


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


def gathering_attendees(doc: Document, actors: ActorIndex, found: list[Found]) -> list[Found]:
    """ "X will attend the SADC summit in Harare ... Among the attendees are A, B and C": the people a sentence
    opening so lists take part in the gathering told last before it, of the time the sentence tells."""
    text = doc.text
    if text.find("ttend") < 0 and text.find("articipants") < 0:
        return found  # most stories
    for index, s in enumerate(doc.sentences):
        # (every match holds "attended", "attendees" or "participants": most sentences hold none)
        if text.find("ttend", s.start, s.end) < 0 and text.find("articipants", s.start, s.end) < 0:
            continue
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


def bodies_named(doc: Document, actors: ActorIndex, found: list[Found]) -> list[Found]:
    """ "the Bucharest summit declared that Ukraine would become a NATO member", "the Extraordinary Summit
    ..., read by the ECOWAS Commission President", "his attendance at the X Institute's Asia Summit": a
    gathering told by its own words, dated or placed, with no party read from its trigger, is held by the
    bodies its sentence names; not where the sentence tells a second gathering ("a summit of APEC in Bali
    and the East Asia Summit in Brunei"), nor a body whose gathering of that kind is told elsewhere."""
    for f in found:
        if (
            f.participants
            or not (f.kind in GATHERING_KINDS or f.title)
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


# "The regional leaders last met in August", "Its foreign ministers will meet in Riga": a sentence
# whose subject is the members of a body told before, by their rank alone
_MEMBERS_MEET = twin(
    r"\s*(?:The|Its|Their|Bloc|Member)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<rank>leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|ministers)\s+"
    r"(?:(?:had|have|will|would|last|first|also|again|previously|recently|then|are\s+to)\s+){0,2}"
    r"(?:met|meet|gathered|gather|convened|convene)\b"
)
_MEMBERS_REACH = 6  # sentences after the body's event within which "the leaders" are still its members


def members_meet(doc: Document, found: list[Found]) -> list[Found]:
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
