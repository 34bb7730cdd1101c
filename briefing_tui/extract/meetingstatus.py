"""Whether a meeting happened, will happen or is only proposed: ``meeting_status``, ``date_status``.

``meeting_status`` reads the trigger's words in order: a past date written with its year, a photo's
caption, what is prepared for or ahead of, a wish or an unset date (:mod:`meetingproposals`), then the
tense of the trigger's clause and its corrections (:mod:`meetingtenses`); ``date_status`` weighs a
tense against the date and the publication day. Separate from :mod:`meetingdates`, which picks the
date weighed here.
"""

from __future__ import annotations

from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.document import Document, Timex
from briefing_tui.extract.meetingcues import Hit
from briefing_tui.extract.meetingproposals import (
    EVENT_NOUN,
    agreed_undated,
    date_unset,
    proposed,
    proposed_outside_asides,
    unfixed_time,
    weighed,
)
from briefing_tui.extract.meetingtenses import (
    RECORD_WORD_AT,
    YEAR,
    begun_stay,
    departing,
    frame_start,
    itinerary_next,
    looked_forward_to,
    own_past_clause,
    past_purpose,
    record_tense,
    same_day_ahead,
    visit_begun_today,
    week_direction,
)
from briefing_tui.extract.tense import (
    felt_before,
    first_cue,
    first_cue_outside_asides,
    future_word_in,
    plan_verb,
    tense_near,
    tense_within,
)

# A condition after the trigger ("would also visit Bamako if invited"): the event is only proposed.
# (also "contingent on his re-election", "depending on the situation", "provided that ...")
_CONDITION_AFTER = twin(
    r"(?i)\b(?:if|unless|(?:contingent|conditional|dependent)\s+(?:on|upon)|depending\s+on|provided\s+that)\b"
)
_CONDITION_WORDS = ("if", "unless", "contingent", "conditional", "dependent", "depending", "provided")
# "at a time to be agreed on", "on a date yet to be set": not fixed yet (looked for only after " to be ")
_UNSET_DATE = twin(
    r"(?i)\b(?:time|date)s?\s+(?:yet\s+)?to\s+be\s+(?:agreed|set|fixed|determined|decided|worked\s+out)\b"
)
# A trigger that opens with a verb's bare form after "and" is not in the past tense: "He will
# call on the Crown Prince and hold discussions with the minister" (the noun "his visit" is not one).
_BARE_FORM = twin(r"(?i)(?:(?:and|also|then|later)\s+)*(?:meet|visit|hold|travel|host|attend)\b")
# (the words between may be a title and a possessive name: "ahead of U.S. President Donald Trump's visit";
# "on the eve of his visit" says the same)
# "to prepare for the", "preparations for a", "in preparation for the leaders'": right before the event prepared for
_PREPARE_FOR = twin(r"(?i)\b(?:prepare|prepares|preparing|preparations?)\s+for\s+(?:[\w.'\u2019-]+\s+){0,4}$")
_AHEAD_OF = twin(r"(?i)\b(?:ahead\s+of|prior\s+to|on\s+the\s+eve\s+of)\s+(?:[\w.'\u2019-]+\s+){0,4}$")
# "is on a working visit", "are currently on their tour": a stay under way, reported as begun (past),
# whatever the sentence goes on to say of it ("... where he will attend the summit")
_UNDER_WAY = twin(
    r"(?i)\b(?:is|are)\s+(?:now\s+|currently\s+|already\s+)?on\s+(?:a|an|his|her|their|this)\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
# (only adjectives between: "said earlier that his trip will go ahead" is another clause)
_PAST_EVENT = twin(
    r"(?i)\b(?:recent|previous|earlier|past)\s+"
    r"(?:(?!(?:that|this|his|her|their|its|the|a|an|and|to|of)\s)[\w-]+\s+){0,2}$"
)


# "X expects to meet Y", "said he expected to visit": the subject's own expectation (not the passive "is
# expected to meet", a schedule reported)
# ("expected" only after a pronoun: "an adviser expected to meet the emir" is the passive, reduced)
_EXPECTS_TO = twin(
    r"(?i)(?<!\bnot\s)(?<!\balso\s)\b(?:expects|expecting|(?:he|she|they|we|I)\s+expected)\s+to\s+(?:$|(?=[a-z]+\s*$))"
)


def _bare_after_and(text: str, hit: Hit) -> bool:
    """'... and hold discussions', 'and meet': a verb's bare form coordinated with an earlier verb."""
    if not _BARE_FORM.match(text, hit.start, hit.end):
        return False
    return text.startswith("and", hit.start) or text[max(0, hit.start - 5) : hit.start].rstrip().endswith(
        " and"
    )


# "a plan which would see X travel to", "a deal that could see Y visit": a hypothetical's outcome, its words
# running on to the trigger (not "will see X travel": an outcome set)
_WOULD_SEE = twin(r"(?i)\b(?:would|could|might)\s+see\s+(?:[^\s,;:.!?\"]+\s+){1,20}$")
# ... the trigger its bare verb, or the trip's purpose after it ("would see X travel to Tokyo for talks")
_FOR_PURPOSE = twin(r"\bfor\s+(?:a\s+|an\s+)?$")


def _would_see(text: str, lo: int, hit: Hit) -> bool:
    """Is the trigger what a plan or deal would bring about ("which would see X visit Oslo")?"""
    if text.find(" see ", lo, hit.start) < 0:
        return False  # most windows
    if not _BARE_FORM.match(text, hit.start, hit.end) and not _FOR_PURPOSE.search(
        text, hit.start - 8, hit.start
    ):
        return False
    return _WOULD_SEE.search(text, lo, hit.start) is not None


def _title_report(doc: Document, hit: Hit) -> bool:
    """ "EU leaders visit Kyiv and meet Zelensky": a title (no full stop) told in the simple present, no
    cue before its bare verb, reports what was done as its first verb does (not "X to visit Y and meet Z",
    nor "X will visit Y and meet Z")."""
    s = doc.sentences[doc.sentence_at(hit.start)]
    tail = doc.text[s.start : s.end].rstrip()
    return (
        bool(tail)
        and tail[-1] not in ".!?\"\u201d'\u2019"
        and tense_near(doc.text, hit.start, hit.start, s.start, hit.start) is None
    )


def meeting_status(
    doc: Document, hit: Hit, lo: int, hi: int, start: str | None, dated: Timex | None = None
) -> str:
    """Proposed, upcoming or past. ``dated``: the timex giving ``start``; a date with its year written
    out ("in March 2015") that lies before publication is past, whatever wish or verb is near."""
    text = doc.text
    if (
        start
        and dated is not None
        and YEAR.search(dated.text)
        and start < doc.published.isoformat()[: len(start)]
    ):
        return "past"
    if text.find("(", lo, hi) >= 0 and _CAPTION_SIDE.search(text, lo, hi) and not _told_ahead(text, lo, hi):
        # a photo's caption, told in the present: "X (R) shakes hands with Y at their talks" shows what was done
        return date_status(doc, start, "past")
    if text.find("forward", max(lo, hit.start - 80), hit.start) >= 0 and _FORWARD_TO_OTHERS.search(
        text, max(lo, hit.start - 80), hit.start
    ):
        # "is looking forward to having X meet Y at the summit": the speaker's wish for others' meeting
        return "proposed"
    window_lo = max(lo, hit.start - 90)
    landmark = (
        _AHEAD_OF.search(text, window_lo, hit.start)
        # (a headline's capitals too: "Talks on Trade Ahead of Key Summit")
        if text.find("head", window_lo, hit.start) >= 0
        or text.find("rior", window_lo, hit.start) >= 0
        or text.find(" eve ", window_lo, hit.start) >= 0
        or text.find(" Eve ", window_lo, hit.start) >= 0
        else None
    )
    if landmark:
        if landmark.end() == hit.start and not (start and start < doc.published.isoformat()[: len(start)]):
            # "arrived on Sunday ahead of his meeting with X": what is ahead has not happened yet
            # (unless its date is past); the wish words before "ahead of" are the other event's
            return "proposed" if proposed(text, hit.start, hit.end) else "upcoming"
        window_lo = (
            landmark.end()
        )  # "arranged at the invitation of X ahead of a summit": the wish is the visit's
    prepared = (
        _PREPARE_FOR.search(text, window_lo, hit.start)
        if text.find("repar", window_lo, hit.start) >= 0  # (also "Preparations for", a headline's)
        and not (start and start <= doc.published.isoformat()[: len(start)])
        else None
    )
    if prepared is not None:
        # "visiting Ankara to prepare for the tripartite summit", "in preparation for the leaders' meeting":
        # what is prepared for has not happened yet (unless its day is today or past: "today's summit")
        return "proposed" if proposed(text, prepared.start(), hit.end) else "upcoming"
    frame = frame_start(text, window_lo, hit)
    if frame is not None:
        window_lo = frame  # "X urged Y to stop during a meeting on Monday": the wish is the urging's
    nominal = start is None and _nominal(text, hit, lo)
    ahead = week_direction(doc, hit, hi) if nominal else None
    if ahead is False:
        return "past"  # "preparing to resume negotiations after the talks in Oman last week"
    if (nominal or _nominal(text, hit, lo)) and own_past_clause(text, hit, hi):
        # "will build on the discussion he had with X", "the dinner that lasted two hours": the event
        # noun's own clause tells it as held, whatever the main verb
        return date_status(doc, start, "past")
    if (
        hit.form == "noun"
        and text.find("ed ", max(window_lo, hit.start - 50), hit.start) >= 0
        and _HELD_OR_ATTENDED.search(text, max(window_lo, hit.start - 50), hit.start)
    ):
        # "are willing to engage, and their ministers attended a meeting in Bangkok": the noun's own verb
        # tells it as held; a wish in a clause before is that clause's
        return date_status(doc, start, "past")
    topic = None
    if hit.form == "adverbial" and hit.start - window_lo > 12:
        # "A and B discussed the need for a ceasefire in a phone call": a wish after a verb of talking
        # is what the call was about; the call itself is told as held (a wish before it still counts)
        for topic in _TOPIC_VERB.finditer(text, max(lo, hit.start - 160), hit.start):  # noqa: B007
            pass
    if topic is not None:
        if proposed_outside_asides(text, window_lo, max(window_lo, topic.start())) or proposed(
            text, hit.start, hit.end
        ):
            return "proposed"
    elif proposed_outside_asides(text, window_lo, hit.end):
        return "proposed"
    if start is None and agreed_undated(text, hit, max(window_lo, hit.start - 50), hi):
        return "proposed"
    if (
        start is None
        and text.find("expect", max(window_lo, hit.start - 40), hit.start) >= 0
        and _EXPECTS_TO.search(text, max(window_lo, hit.start - 40), hit.start + 3)
    ):
        return "proposed"  # "X expects to meet Y in the near future": X's own hope, no time set
    if start is None and date_unset(text, window_lo, hit, hi):
        return "proposed"
    if weighed(text, window_lo, hit, hi, start):
        return "proposed"
    if _would_see(text, max(lo, hit.start - 160), hit):
        # "a plan which would see X and Y travel to Tokyo": what a plan would bring, not set
        return "proposed"
    after = text[hit.end : hi].lower()
    if (
        any(map(after.__contains__, _CONDITION_WORDS))
        and _CONDITION_AFTER.search(text, hit.end, hi)
        or (text.find(" to be ", hit.end, hi) >= 0 and _UNSET_DATE.search(text, hit.end, hi))
    ):
        return "proposed"
    if start is None and unfixed_time(text, hit, hi):
        return "proposed"  # "agreed to visit the country as soon as possible", "when it's convenient"
    if EVENT_NOUN.match(text, hit.start) and _PAST_EVENT.search(
        text, max(window_lo, hit.start - 40), hit.start
    ):
        return date_status(doc, start, "past")
    if (
        hit.form == "travel"
        and text.find(" on ", window_lo, hit.start) >= 0
        and _UNDER_WAY.search(text, window_lo, hit.start)
    ):
        return date_status(doc, start, "past")
    if (
        (text.find(" come", hit.end, hi) >= 0 or text.find(" came", hit.end, hi) >= 0)
        and EVENT_NOUN.match(text, hit.start)
        and _COMES_AS.match(text, hit.end, min(hi, hit.end + 160))
        and not _NOUN_AHEAD.search(text, max(lo, hit.start - 40), hit.start)
    ):
        # "The meeting between X and Y comes as the two sides aim to ...": the story's event set against
        # its background, told as held (a day told ahead still rules)
        return date_status(doc, start, "past")
    # the trigger's own words first ("will meet", "visited"): a clause further left may be another verb's
    own = tense_within(text, hit.start, hit.end)
    if (
        own == "future"
        and text.startswith("to ", hit.start)
        and felt_before(text, max(lo, hit.start - 40), hit.start, hi)
    ):
        own = "past"  # "she was glad | to meet X": the feeling's "be" tells the sitting as held
    if RECORD_WORD_AT.search(text, max(lo, hit.start - 80), hit.start):
        own = record_tense(text, max(lo, hit.start - 80), hit.start) or own
    if own is None and _bare_after_and(text, hit) and not _title_report(doc, hit):
        own = "future"
    if (own is None or (own == "past" and text.startswith("headed", hit.start))) and departing(text, lo, hit):
        own = "future"  # ("was headed to Cairo": the trigger's own "-ed" is no past once "was" stands before it)
    # "X on Tuesday begins a tour": a dated trip told in the simple present is a schedule, not a
    # report (the news tells what is done in the past tense); undated, it may be a headline's
    tense = own or tense_near(text, hit.start, hit.start, lo, hi, progressive=True, scheduled=bool(start))
    if tense is None and text.find(" and ", max(lo, hit.start - 80), hit.start) >= 0:
        leg = _GAPPED_LEG.search(text, max(lo, hit.start - 80), hit.start)
        if leg is not None:
            # "will travel to Brussels to meet X, and then to Washington to sit in talks": the leg's verb is
            # left out, the first leg's (the clause's first cue) is its own
            tense = tense_within(text, lo, leg.start())
    if tense is None and (
        text.find(" is ", max(lo, hit.start - 80), hit.start) >= 0
        or text.find(" are ", max(lo, hit.start - 80), hit.start) >= 0
    ):
        stay = _STAYING.search(text, max(lo, hit.start - 80), hit.start)
        if stay is not None and tense_near(text, stay.end(), stay.end(), stay.end(), hit.start) is None:
            tense = "present"  # "X is in Pyongyang for talks with Y": under way
    if (
        tense != "future"
        and start
        and dated is not None
        and start == doc.published.isoformat()
        and same_day_ahead(text, hit, lo, hi, dated)
    ):
        tense = "future"
    if dated is not None and start and len(start) < 10:
        # "discussing Trump's visit to China later this year": a time told from the report's own
        # (the year or month holds publication) is ahead or behind whatever the clause's verb
        told = dated.text.lower()
        if told.startswith(("later this", "later in the", "later in this")):
            tense = "future"
        elif told.startswith(("earlier this", "earlier in the", "earlier in this")):
            tense = "past"
    if start is None and tense in ("present", "future") and begun_stay(doc, hit, lo, hi):
        tense = "past"  # "X is visiting Chile", "is in Japan to attend the summit": under way, so begun
    if tense == "present":
        # a schedule told in the present: not over yet
        tense = "future"
    if tense == "future" and own is None and hit.kind in ("meeting", "talks") and past_purpose(text, lo, hit):
        # "flew to Lima to meet X", "then proceeded to hold talks": the purpose of a past move, held (not a
        # gathering: "arrived to attend the summit" may come before it opens)
        tense = "past"
    if own is None and tense != "future" and looked_forward_to(text, max(lo, hit.start - 160), hit.start):
        tense = "future"  # "is looking forward to meeting X at the ... summit in Tokyo": still ahead
    if (
        tense is None
        and text.find("nclude", max(lo, hit.start - 160), hit.start) >= 0
        and _AGENDA_INCLUDES.search(text, max(lo, hit.start - 160), hit.start)
    ):
        tense = "future"  # "X's agenda for Wednesday includes a meeting with Y": a programme, still ahead
    if tense is None and text.find("including", max(lo, hit.start - 30), hit.start) >= 0:
        listed = _LISTED_IN.search(text, max(lo, hit.start - 30), hit.start)
        if listed is not None:
            # "are expected to tour the region, including visits to X and Y": the events listed take the
            # tense of the clause they are listed in
            tense = first_cue(text, lo, listed.start())
    if (
        tense == "future"
        and start
        and start < doc.published.isoformat()[: len(start)]
        and not future_word_in(text, max(lo, hit.start - 120), hit.end)
    ):
        # "Last month, three leaders travelled to Kyiv to meet X", "was in the country on January 18
        # to hold talks": a past date, and no future word but the purpose's "to": the event is past
        tense = "past"
    if (
        start is None
        and tense != "future"
        and own is None
        and itinerary_next(text, max(lo, hit.start - 60), hit)
    ):
        tense = "future"  # "Then Merz goes to Warsaw", "X then travels to Y": the next stop of a trip ahead
    if ahead and tense != "future":
        tense = "future"  # "officials discussed his visit to Kyiv next week": still ahead
    if (
        tense is None
        and hit.start - lo > 80
        and not _AFTER_THE.search(text, max(lo, hit.start - 24), hit.start)
    ):
        # "X is scheduled to arrive at the White House at 4 p.m. local time for a meeting with Y": names and
        # phrases put the sentence's verb beyond the words read near the trigger; its first cue tells (not
        # of an event the main one is told after: "will witness the signing after the talks"), a relative
        # aside's verb left out ("X, who was joined by Y, will raise trade at the meeting")
        tense = first_cue_outside_asides(text, lo, hit.start)
    if (
        tense == "future"
        and hit.kind == "visit"
        and start == doc.published.isoformat()
        and visit_begun_today(text, lo, hit)
    ):
        tense = "past"  # "arrived today to begin a three-day visit": under way when the story is filed
    return date_status(doc, start, tense)


# "Wang's visit", "the trip", "their tour": a travel word told as a noun (no tense of its own)
_DETERMINER_BEFORE = twin(
    r"(?i)(?:\b(?:the|a|an|his|her|their|its|this|that)|['\u2019]s)\s+(?:[\w-]+\s+){0,2}$"
)


def _nominal(text: str, hit: Hit, lo: int) -> bool:
    """Is the trigger an event noun (no verb whose tense could place it)?"""
    if hit.form in ("noun", "event"):
        return True
    # ("the meeting with X": a verb's "-ing" form after a determiner is the noun)
    return (
        hit.form in ("travel", "verb")
        and _DETERMINER_BEFORE.search(text, max(lo, hit.start - 30), hit.start) is not None
    )


# ... but "looking forward to having X meet Y", "to seeing X visit": a wish that others meet, not set
_FORWARD_TO_OTHERS = twin(
    r"(?i)\blook(?:s|ed|ing)?\s+forward\s+to\s+(?:having|seeing)\s+(?:[\w'\u2019.-]+\s+){1,5}$"
)


# "attended a Thai-brokered meeting", "had held the talks": a past verb whose object is the event noun (not
# "would have attended", "if they held", "to have hosted": unreal or still wished)
_HELD_OR_ATTENDED = twin(
    r"(?<!\bhave\s)(?<!\bif\s)(?<!\bto\s)\b(?:attended|held|hosted|chaired|convened)\s+"
    r"(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\w-]+\s+){0,2}$"
)
# ", including visits to X", ", including a meeting with Y": events listed after the clause that tells them
_LISTED_IN = twin(r",\s+including\s+(?:[\w-]+\s+){0,2}$")
# a programme told in the present: "the agenda for Wednesday includes", "his itinerary also includes"
_AGENDA_INCLUDES = twin(
    r"(?i)\b(?:agenda|itinerary|schedule|programme|program)\b[^.;:!?\"]{0,60}?\b(?:also\s+)?includes?\b"
)
# a photo caption's marks of where its people stand: "(R)", "(L)", "(2nd L)", "(left)", "(centre)"
_CAPTION_SIDE = twin(
    r"\((?:\d(?:st|nd|rd|th)\s+)?(?:[LRC]|left|right|cent(?:er|re))(?:,\s*(?:[LRC]|left|right))?\)"
)

# a word that puts a caption's scene ahead ("will", "is due to"; not the "next" of "stands next to")
_AHEAD_WORD = twin(r"(?i)\b(?:will|shall|would|is\s+to|are\s+to|expected|scheduled|due)\b")
# ... or "plan(s)" as the verb ("X (R) plans to visit"; not the noun: "discuss the peace plan", "their plans")
_PLAN_WORD = twin(r"(?i)(?P<before>[\w'\u2019]*)[^\w\s]*\s+plans?\s+(?P<following>\w+)")


def _told_ahead(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` hold a word that puts a caption's scene ahead?"""
    if _AHEAD_WORD.search(text, lo, hi):
        return True
    if text.find("plan", lo, hi) < 0:
        return False  # most captions: no plan told
    return any(
        plan_verb(m.group("before"), m.group("following").lower()) for m in _PLAN_WORD.finditer(text, lo, hi)
    )


# the event noun's own predicate setting it against its background: "... comes as", "came amid", "comes
# days after" (its noun phrase may run on: "the meeting between X and Y comes as")
_COMES_AS = twin(
    r"[^,;:.\"\n]{0,120}?\s(?:comes?|came)\s+(?:(?:just|only|barely)\s+)?"
    r"(?:as|amid|after|days\s+after|weeks\s+after|a\s+(?:day|week)\s+after|on\s+the\s+heels\s+of|at\s+a\s+time)\b"
)
# ... unless told as ahead before it: "the planned meeting", "next week's talks will"
_NOUN_AHEAD = twin(
    r"(?i)\b(?:will|shall|would|planned|proposed|upcoming|forthcoming|coming|expected|scheduled|possible"
    r"|potential|next|future)\b"
)

# a further leg of a trip with its verb left out: ", and then to Washington to", "and later to Rome for"
_GAPPED_LEG = twin(
    r"\s+and\s+(?:then\s+|later\s+|also\s+|afterwards\s+)?(?:on\s+)?to\s+(?:the\s+)?[A-Z][\w.'\u2019-]*"
    r"(?:\s+[A-Z][\w.'\u2019-]*)*\s+(?:to|for)\s+(?:[\w-]+\s+){0,3}$"
)


_TOPIC_VERB = twin(
    r"\b(?:discussed|talked\s+about|reviewed|addressed|raised|stressed|emphasi[sz]ed|underlined|underscored"
    r"|highlighted|exchanged\s+views\s+on)\b"
)


# a stay told in the present: "X is in Moscow", "are currently in Kyiv" (not "is on a working visit",
# which _UNDER_WAY reports as begun)
_STAYING = twin(r"\b(?:is|are)\s+(?:now\s+|currently\s+|already\s+)?in\s+(?=[A-Z])")


_AFTER_THE = twin(r"(?i)\b(?:after|following)\s+(?:the|their|his|her|its)\s+(?:[\w-]+\s+)?$")


def date_status(doc: Document, start: str | None, tense: str | None) -> str:
    """Upcoming or past: the tense, checked against the date where the two agree or the tense is silent."""
    published = doc.published.isoformat()
    if start and len(start) >= 7:
        if start > published[: len(start)]:
            return "upcoming"  # a date still to come has not happened, whatever verb is nearest
        if start < published[: len(start)] and tense != "future":
            return "past"
    return "upcoming" if tense == "future" else "past"
