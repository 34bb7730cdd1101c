"""Stage meetings: calls, visits, meetings, talks, summits and conferences between actors.

Each sentence is searched for trigger words (:mod:`meetingcues`); the trigger's
form says where its participants are, read with :mod:`meetingactors`: subject
and objects of "met with", the whole clause for "in a telephone call", the
traveller and the destination for "traveled to". Dates come from the
sentence's timexes (:mod:`meetingdates`) and status from the words around the
trigger and the date (:mod:`meetingstatus`); place from the destination or an "in X" phrase.
Mentions of one event across sentences are then merged, so that "an expected
visit to Washington this week" and "Wang will be in Washington Thursday to
Saturday" give one visit.

This module keeps the stage's entry point :func:`find`, which runs the passes over the whole
document in order, and the passes that decide what is reported ("their meeting", talk told
as a call, repeats, what is worth keeping). The candidates of one sentence come from
:mod:`meetingsentences`, their participants from :mod:`meetingparticipants`; the other
passes live by what they give: places in :mod:`meetingplaces` and :mod:`meetingcities`,
days in :mod:`meetingtripdays` and :mod:`meetingstorydays`, visits told without a trip
word in :mod:`meetingvisits`, later-named parties in :mod:`meetingattendees`. The merging
rules live in :mod:`meetingmerge`, the candidate itself in :mod:`meetingfound`.
"""

from __future__ import annotations

from briefing_tui.extract import dateline
from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.document import Document, Entity, MeetingCandidate
from briefing_tui.extract.meetingactors import ActorIndex
from briefing_tui.extract.meetingattendees import attendees, bodies_named, gathering_attendees, members_meet
from briefing_tui.extract.meetingcities import capital_named, filed_city, visit_city
from briefing_tui.extract.meetingdates import DateIndex
from briefing_tui.extract.meetingfound import Found
from briefing_tui.extract.meetingmerge import GENERIC, SITTINGS, absorb, is_headline, merge_events, title_line
from briefing_tui.extract.meetingplaces import (
    SIDELINES,
    aside_place,
    carry_over,
    gathering_place,
    host_land_place,
    lead_place,
    same_day_place,
    stay_place,
)
from briefing_tui.extract.meetingsentences import sentence_candidates
from briefing_tui.extract.meetingstorydays import (
    after_sitting_day,
    also_day,
    lead_day,
    lend_days,
    opening_day,
    refine_days,
)
from briefing_tui.extract.meetingtripdays import (
    arrival_day,
    one_day_sittings,
    return_later,
    sitting_day_visits,
    told_length,
)
from briefing_tui.extract.meetingvisits import fill_visits, lone_visits, received_guest, visiting_guests
from briefing_tui.extract.tokens import sentence_tokens


def _spoken_calls(found: list[Found]) -> list[Found]:
    """ "Trudeau spoke today with X", "Trump spoke with A and B": talk told with no place of its own
    nor of a visit it belongs to (and no sitting in person around it) was a call: leaders who meet
    are told to have met, somewhere."""
    for f in found:
        if f.spoke and f.kind == "meeting" and f.location is None and not f.during_visit:
            f.kind = "call"
    return found


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
                    if o.kind in SITTINGS
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


def _guest_of_the_land(doc: Document, f: Found) -> None:
    """ "A met B, who is on his first visit to Kyiv", "A signed deals with his Angolan counterpart B during his
    visit to Kenya": no one visits their own land. A visit by one person of the land it goes to (a pronoun
    read as the wrong one) is made by the one person of another land its sentence names, if there is one."""
    if f.kind != "visit" or len(f.participants) != 2:
        return
    person, land = sorted(f.participants, key=lambda i: doc.entities[i].kind != "person")
    home = doc.entities[land].name
    if doc.entities[person].kind != "person" or doc.entities[land].kind != "country":
        return
    if doc.entities[person].affiliation != home:
        return
    s = doc.sentences[f.sentence]
    others = {
        m.entity
        for m in doc.mentions_in(s.start, s.end)
        if m.entity is not None
        and doc.entities[m.entity].kind == "person"
        and doc.entities[m.entity].affiliation not in (None, home)
    }
    if len(others) == 1:
        guest = others.pop()
        f.participants = [guest if i == person else i for i in f.participants]


# "met with families of", "is scheduled to meet representatives of": a sitting with people told by whom
# they stand for, not by name (not officials, members, reporters: a routine or a press event; not "leaders"
# at large: "met with business leaders", "met leaders at the summit"); "met with the Chinese president", "will
# meet Sri Lanka's prime minister", "meets with heads of state", "met with ambassadors": the other side's
# leadership, envoys or unnamed head (after a lower-case word or a possessive: "President X" is a name)
_MET_GROUP = twin(
    r"\b(?:met|meet|meets)\s+(?:with\s+)?(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:families|relatives|representatives|delegates|elders|leadership|ambassadors|envoys"
    r"|heads\s+of\s+(?:state|government)|(?<=[a-z]\s)(?:president|prime\s+minister|premier|king|emir|chancellor))\b"
)
# "The delegation met with X", "X met with a delegation from Y": a side's delegation, unnamed, is the other party
_DELEGATION_SITTING = twin(
    r"\b(?:met|meet|meets|meeting|talks|received|receiving)\s+(?:with\s+)?(?:an?|the)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"delegation\b"
    r"|\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'\u2019-]+\s+){0,3}?delegation\s+"
    r"(?:(?:will|would|also|then|later|has|had|have)\s+)*(?:met|meet|meets|held|holds|hold)\b"
)
# "Today I've met with X", "a summit meeting I had with X", "X, with whom I had talks": the one speaking is
# the other party, whom no name tells
_FIRST_PERSON_SITTING = twin(
    r"\bI(?:['\u2019]ve|\s+have|\s+had)?\s+(?:(?:also|just|already)\s+)?(?:met|had|held)\b"
)


# "The ECOWAS leaders met on Sunday", "Israel's Cabinet met Sunday": the body (or its people, in lower-case
# words) is the subject of the verb of meeting
_MEMBERS_MET = twin(r"(?:['\u2019]s)?(?:\s+[a-z][a-z-]*){0,3}?\s+(?:met|gathered|convened)\b")


def _members_met(doc: Document, f: Found, body: Entity) -> bool:
    """Is the body, or its people, the subject of "met" in the candidate's sentence (a sitting told as
    an act, not "there was a meeting of X on DATE")?"""
    s = doc.sentences[f.sentence]
    return any(
        s.start <= doc.mentions[i].start < s.end
        and _MEMBERS_MET.match(doc.text, doc.mentions[i].end, s.end) is not None
        for i in body.mentions
    )


# "visited the Police Training School", "will tour the Chow Kit Market": a site seen by a traveller alone is a
# stop on a trip, no visit between actors (a land, a city or a seat of government is one)
_SITE = twin(
    r"\b(?:School|Academy|College|University|Market|Hospital|Clinic|Museum|Factory|Plant|Temple|Mosque|Church"
    r"|Cathedral|Shrine|Memorial|Monument|Cemetery|Farm|Mall|Zoo|Stadium)\b(?:,|$)"
)


def _worth_keeping(doc: Document, f: Found) -> bool:
    """Two actors meet; a single actor only for a named or dated event ("the ECOWAS Summit, held on July 3")."""
    if len(f.participants) >= 2:
        return True
    if f.kind == "visit" and f.participants and f.location and _SITE.search(f.location) is None:
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
        f.kind in ("meeting", "talks", "summit", "call")
        and doc.entities[f.participants[0]].kind == "person"
        and _FIRST_PERSON_SITTING.search(doc.text, f.evidence_start, f.evidence_end) is not None
    ):
        return True  # "I've met with Minister X": the speaker and the one person named
    if (
        f.kind in ("meeting", "talks")
        and doc.entities[f.participants[0]].kind == "person"
        and _DELEGATION_SITTING.search(doc.text, f.evidence_start, f.evidence_end) is not None
    ):
        return True  # "the delegation will meet with President X": a person and a delegation
    if (
        f.kind in ("meeting", "summit")
        and doc.entities[f.participants[0]].kind == "organization"
        and SIDELINES.search(doc.text, f.evidence_start, f.evidence_end) is not None
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
        ) or (
            bool(f.start)
            and (f.status == "upcoming" or (f.numbered and len(f.start) == 10) or _members_met(doc, f, body))
        )
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
        lead_place(doc, found, filed, filed.end())
    if found:
        gathering_place(doc, actors, found, opening)
    quoted = [f for f in found if f.quoted]
    told = [f for f in found if not f.quoted] if quoted else found
    if any(f.claim for f in told):
        told = _no_record_claims(doc, told)
    events = _their_event(told)
    if any(not f.participants for f in events):
        events = bodies_named(doc, actors, events)
    events = one_day_sittings(
        doc,
        sitting_day_visits(
            doc,
            arrival_day(
                doc, carry_over(doc, fill_visits(lone_visits(doc, actors, members_meet(doc, events))))
            ),
        ),
    )
    events = lend_days(doc, merge_events(doc, also_day(doc, lead_day(doc, opening_day(doc, events)))))
    if any(f.kind == "conference" and f.start is None for f in events):
        events = after_sitting_day(doc, events)
    if "day" in doc.text:
        events = told_length(doc, events)
    events = aside_place(
        doc,
        visit_city(
            doc,
            actors,
            stay_place(
                doc, host_land_place(doc, gathering_attendees(doc, actors, attendees(doc, actors, events)))
            ),
        ),
    )
    events = capital_named(
        doc,
        filed_city(
            doc,
            filed,
            same_day_place(doc, visiting_guests(doc, actors, received_guest(doc, actors, events))),
        ),
    )
    kept = [
        f
        for f in _repeats(doc, refine_days(doc, return_later(doc, _spoken_calls(events), dates), quoted))
        if _worth_keeping(doc, f)
    ]
    for f in kept:
        _guest_of_the_land(doc, f)
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
        for f in kept
    ]
