"""When a meeting is: the trigger's date among its sentence's timexes (``pick_timex``).

The date nearest the trigger, unless it belongs to something else the sentence tells: a noun it
modifies ("the May 9 elections"), a saying's day, an invitation, a past clause, a quote, a landmark,
another event, a deadline or a topic. ``DateIndex`` finds a sentence's timexes. Whether the event
happened is read in :mod:`meetingstatus`, its last day in :mod:`meetingends`, asides in
:mod:`meetingasides`.
"""

from __future__ import annotations

import bisect
import re

from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.dateline import stamp_end
from briefing_tui.extract.datewords import word_set
from briefing_tui.extract.document import Timex
from briefing_tui.extract.meetingcues import Hit
from briefing_tui.extract.tense import tense_near, tense_within

# Dates that belong to something else than the event named in their sentence: "since he took
# office in October", "since 2018" (a span's start). A dateline's date is left out by the caller.
# ("his first since winning the vote with 81.31% and taking office on November 26": a long "since" clause,
# up to a comma or a clause's stop)
_SINCE_BEFORE = twin(r"(?i)\bsince\s+(?:[^\s,;:\"\u201c\u201d]+\s+){0,20}$")


def since_date(text: str, t: Timex) -> bool:
    """Is ``t`` told in a "since" clause ("the first visit since she took office in May"): where a span
    begins, no event's day?"""
    return _SINCE_BEFORE.search(text, max(0, t.start - 160), t.start) is not None


# A date right after a speech verb dates the saying, not the event: "said on Thursday that ...".
# (also through the medium told between: "wrote in a Twitter post on Monday", "said in a statement on
# Friday"; not a place: "said in Moscow today at a meeting with X" tells one occasion)
# (with a lookahead on the first letters of its verbs, as the triggers': most positions are turned away before
# the verbs are tried)
_SAID_BEFORE = twin(
    r"(?i)\b(?=[acpstw])(?:said|says|told\s+(?:reporters|journalists)|announced|added|stated|confirmed|wrote|tweeted"
    r"|posted)\s+(?:(?:in|on)\s+(?:a|an|his|her|its|their|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:statement|post|interview|tweet|message|letter|briefing|release)\s+)?"
    r"(?:(?:on|late|early|earlier|later)\s+){0,2}$"
)
# ... or right before one: "Blinken on Sunday said he had met ...".
# The same holds for a verb of reaction: "The office on Sunday rejected reports about a recent meeting"
# dates the rejection; the meeting it is about happened before.
_SAID_AFTER = twin(
    # (an auxiliary or adverb may come between: "Blinken on Thursday had said", "on Monday also told")
    r"(?i)\s*(?:(?:had|has|have|also|again|further|later|then|publicly|reportedly)\s+){0,2}(?:said|says|told|announced|stated|confirmed|added|rejected|denied|dismissed|welcomed"
    r"|condemned|critici[sz]ed|revealed|disclosed|insisted|warned|urged|defended|praised|hailed"
    # "X and Y Friday agreed to broker a summit in April": the day of agreeing, not the summit's
    r"|(?:agreed|decided|pledged|promised|vowed)\s+to\s+(?:hold|broker|convene|organi[sz]e|arrange|schedule"
    r"|host|meet|set\s+up|plan))\b"
)
_YEAR_LEAD = twin(r"(?i)\b(?:in|since|by|during|until|till|before|after|from|through|throughout|of)\s+$")


# "... in #Jeddah. https://t.co/x — Saudi Gazette (@Saudi_Gazette) June 7, 2023": an embedded post's
# signature dates the posting, not the event the post tells of
_TWEET_SIGNED = twin(r"\(@\w{1,15}\)\s*$")


_STAMP_REACH = 24  # characters: where a page's leading date stamp may begin

# "OSLO [8 July 2021] - ", "(Office of X, Kingstown - Friday, 9 July 2021) - ", "OSLO (July 8) - ": a date
# closing a line's opening bracket (or an agency's after it), then the dash or colon that ends a dateline
_FILED_CLOSE = twin(r"[ \t]*(?:\([A-Za-z .]{1,30}\)[ \t]*|[)\]][ \t]*)(?:[\u2014\u2013-]{1,2}|:)[ \t]")
_FILED_REACH = 120  # characters from the line's start to the filing date
_FILED_WORDS = twin(r"[.!?][ \t]+[A-Z]|\b(?:is|are|was|were|has|have|had|will|said|says)\b")


def _filing_date(text: str, t: Timex, hit: Hit) -> bool:
    """Is ``t`` the filing date of a dateline opening its line ("OSLO [8 July 2021] - "), the trigger after
    it?"""
    close = _FILED_CLOSE.match(text, t.end)
    if close is None or close.end() > hit.start:
        return False
    line = text.rfind("\n", 0, t.start) + 1
    return t.start - line <= _FILED_REACH and not _FILED_WORDS.search(text, line, t.start)


class DateIndex:
    """The document's timexes (in text order), looked up by range in log time."""

    def __init__(self, timexes: list[Timex]) -> None:
        self.timexes = timexes
        self.starts = [t.start for t in timexes]

    def around(self, start: int, end: int) -> list[Timex]:
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return [t for t in self.timexes[i:j] if t.end <= end]


def pick_timex(text: str, sentence_timexes: list[Timex], hit: Hit) -> Timex | None:
    """The date nearest the trigger; the end of a range stands for the range's start.

    A bare year used as a modifier ("the 1991 Paris Agreements") dates something else.
    """
    usable = [
        t
        for t in sentence_timexes
        if t.value is not None
        and (
            len(t.value) > 4
            or not t.text[:1].isdigit()
            or _YEAR_LEAD.search(text, max(0, t.start - 16), t.start)
        )
        and not _dates_something_else(text, t, hit)
        and not _landmark_date(text, t, hit)
        and not _other_event_date(text, t, hit)
        and not _across_quote(text, t, hit)
        and not _modifies_noun(text, t, hit)
        and not _set_for_other(text, t, hit)
        and not _date_of_saying(text, t, hit)
        and not _past_clause_date(text, t, hit)
        and not _TWEET_SIGNED.search(text, max(0, t.start - 20), t.start)
    ]
    if usable and usable[0].end <= hit.start and text.find("agree", max(0, hit.start - 50), hit.start) >= 0:
        agreed = AGREED_TO.search(text, max(0, hit.start - 50), hit.start)
        if agreed:
            # "last month X had agreed to meet Y", "on Friday agreed to hold a summit in April": a date
            # before the agreeing is the agreement's, not the meeting's
            usable = [t for t in usable if t.start >= agreed.end()]
    if usable and usable[0].end <= hit.start:
        asked = _asked_to(text, hit)
        if asked is not None:
            # "X on Monday invited Y to visit", "the invitation extended by X on Monday to visit": a date
            # before the asking, or inside its phrase, is the asking's, not the event's
            usable = [t for t in usable if t.start >= asked]
    if len(usable) > 1 and (
        (usable[0].start < _STAMP_REACH and stamp_end(text) >= usable[0].end)
        or _filing_date(text, usable[0], hit)
    ):
        # "date 2024-07-05 X received Y on Thursday", "OSLO [8 July 2021] - X met Y on Tuesday": a page's
        # date stamp, or the filing date of a line's dateline, dates the lead event only when the sentence
        # tells no other day for it
        usable = usable[1:]
    if not usable:
        return None
    inside = next((t for t in usable if hit.start < t.start and t.end < hit.end), None)
    if inside is not None:
        return inside  # "in a Jan. 12 call", "during a Monday call": a day inside the trigger's words
    if len(usable) > 1 and usable[-1].start >= hit.end:
        # "arrived on Tuesday, beginning a visit that will last until November 25": the day after
        # "until" ends the stay; another date told with it is the start
        bounded = [
            t
            for t in usable
            if t.start >= hit.end and UNTIL_BEFORE.search(text, max(0, t.start - 16), t.start)
        ]
        if bounded and len(bounded) < len(usable):
            usable = [t for t in usable if t not in bounded]
    best = min(usable, key=lambda t: min(abs(t.start - hit.end), abs(hit.start - t.end)))
    if (
        best.end <= hit.start
        and usable[-1].start >= hit.end
        and (
            _AND_THEN.search(text, best.end, hit.start)
            or text.startswith(("after ", "following "), hit.start)
        )
    ):
        # "arrived in Moscow on Thursday and held a meeting with X ... on Friday": the first date is the
        # first predicate's, the one told after the trigger its own (not "ahead of Friday's vote")
        after = next(t for t in usable if t.start >= hit.end)
        if not text.startswith(("'s", "\u2019s"), after.end) and not _BOUND_BEFORE.search(
            text, max(0, after.start - 16), after.start
        ):
            best = after
    for t in sentence_timexes:
        if t.end_value is not None and t.end_value == best.value and t.end <= best.start:
            return t
    return best


# "after a July 26 coup", "since the March 3 vote": a date between an article and a lower-case noun
# names that noun's event (the trigger may be the noun: "the March 3 meeting", "a Monday morning call")
# (not after "on": "on the March 3 anniversary" is the day itself)
_ARTICLE_BEFORE = twin(r"(?<!\bon )(?<!\bOn )\b(?:[Aa]n?|[Tt]he)\s+$")
_LANDMARK_BEFORE = twin(
    r"(?i)\b(?:ahead\s+of|prior\s+to|before|after|following|since|until|in\s+the\s+run-up\s+to)\s+(?:the|a|an)\s+$"
)
_NOUN_AFTER = twin(r" (?:[a-z]+ ){0,2}?([a-z][a-z-]+)\b")
_NOT_NOUNS = frozenset(
    ("and", "or", "to", "in", "on", "at", "of", "for", "from", "with", "by", "as", "when", "where", "until")
)


def _modifies_noun(text: str, t: Timex, hit: Hit) -> bool:
    """Is ``t`` told as a modifier of a noun other than the trigger ("a July 26 coup")?"""
    following = text[t.end + 1 : t.end + 2]
    if not text.startswith(" ", t.end) or not following.isalpha():
        return False  # most dates: no word right after them
    if not _ARTICLE_BEFORE.search(text, max(0, t.start - 8), t.start):
        return False
    if t.end <= hit.start <= t.end + 30 or hit.start < t.start < hit.end:
        # "the March 3 meeting", "a Monday morning call", a trigger read with its article ("in a Jan. 12
        # call"): the trigger's own date
        return False
    if following.isupper():
        # "comes ahead of the October European Council": the date of the named event the trigger is
        # told against (not the one it is held at: "will meet X at the October European Council")
        return (
            not t.text[:1].isdigit()
            and len(t.value or "") == 7
            and _LANDMARK_BEFORE.search(text, max(0, t.start - 30), t.start) is not None
        )
    noun = _NOUN_AFTER.match(text, t.end, t.end + 30)
    return noun is not None and noun.group(1) not in _NOT_NOUNS


# "to rally support for the summit set for May", "the vote scheduled for November", "a deal tentatively
# due in June": a date after a noun and a participle of timing (a reduced relative clause) is that
# noun's; an auxiliary before the participle ("is expected on Friday") makes it the clause's own verb
_SET_FOR = twin(
    r"(?i)\b([\w-]+)\s+(?:(?:now|already|still|originally|initially|[a-z]+ly)\s+)?"
    r"(?:set|scheduled|rescheduled|slated|planned|due|expected|(?:to\s+be|being)\s+held|taking\s+place"
    r"|to\s+take\s+place|signed|reached|adopted|approved|passed|concluded"
    # "head of a council founded in 2019", "the new board elected in January": someone chosen, or something
    # set up, on that day
    r"|(?:re-?)?elected|appointed|named|formed|founded|established)\s+(?:(?:for|in|on|at)\s+)?(?:(?:the\s+)?(?:early|late|mid|end\s+of)\s+)?$"
)
_NOT_NOUN_BEFORE = word_set(
    "is are was were be been being am has have had will would shall should can could may might must "
    "it he she they we i you who which that what this these those there also not and or but to due set "
    "scheduled slated planned expected"
)
# "flew to Rome for the summit set for Friday", "will meet X, with talks set for Friday": a trip told
# as made for that event, or with it, takes its date (not one inside a purpose clause: "to rally
# support for the summit set for May", nor the topic: "talks with X on the deal due in June")
_FOR_WITH = twin(
    r"(?i)\b(?:for|with|at|attend(?:s|ed|ing)?|join(?:s|ed|ing)?)\s+"
    r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:(?!(?:of|on|about|over|in|to|from|regarding)\b)[\w-]+\s+){0,3}$"
)
_INFINITIVE = twin(r"\bto\s+(?!(?:the|a|an|his|her|their|its)\b)[a-z]+\b")


def _set_for_other(text: str, t: Timex, hit: Hit) -> bool:
    """Is ``t`` told after the trigger as the date another noun is "set for" / "scheduled for"?"""
    if t.start < hit.end or t.start - hit.end > 200:
        return False
    lo = max(hit.end, t.start - 60)
    m = _SET_FOR.search(text, lo, t.start)
    if m is None or m.group(1).lower() in _NOT_NOUN_BEFORE:
        return False
    if m.start(1) < hit.end:
        return False  # "the talks set for Friday": the trigger's own date
    if CLAUSE_BREAK.search(text, hit.end, m.start(1)) or text.find(",", m.end(1), m.end()) >= 0:
        return False
    purpose = _FOR_WITH.search(text, max(hit.end, m.start(1) - 60), m.start(1))
    return purpose is None or _INFINITIVE.search(text, hit.end, purpose.start()) is not None


# "On Monday, Peskov told reporters that X will visit", "Earlier in the day, the ministry said Y met Z":
# a date opening the clause whose verb is one of saying dates the saying; the event is told in what
# was said (after "that", or a new subject), not in a phrase of the saying ("told X during talks")
_SAYING_AFTER = twin(
    r"[\s,]*(?:[\w.'\u2019-]+\s+){0,6}?(?:said|says|told|announced|stated|confirmed|added|noted|revealed"
    r"|disclosed|insisted|warned|explained|stressed|reiterated|indicated|declared)\s+"
    r"(?:(?:reporters|journalists|the\s+press|(?:in|on)\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?)\s+)?"
    r"(?:that\b|(?:he|she|they|it|we|I)\b|[A-Z])"
)
_SAYING_REACH = 120  # characters between the date and the trigger


# "said at a news conference on Wednesday that ...", "told reporters in Beijing on Monday that ...": a
# date closing the phrases of a verb of saying, right before "that" and the reported words
_SAYING_BEFORE = twin(
    r"(?i)\b(?:said|says|told|announced|stated|confirmed|added|noted|revealed|disclosed|insisted|warned"
    r"|explained|stressed|reiterated|indicated|declared|wrote|tweeted|posted|informed|assured)\b"
    r"[^.;:\"\n\u201c\u201d]{0,80}$"
)
_THAT_AFTER = twin(r"\s*,?\s*that\b")


# "invited Y on Monday to", "the invitation extended by X on Monday to", "urged Y to": a verb or noun of
# asking whose infinitive is the trigger (not "at the invitation of X": a visit going ahead)
_ASKED_TO = twin(
    r"(?i)\b(?:invit(?:e|es|ed|ing|ation)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on"
    r"|encourag(?:e|es|ed|ing))\b(?:[^.;:\"\u201c\u201d]|(?<=[A-Z])\.){0,100}?\bto\s+$"
)
_AT_INVITATION = twin(r"(?i)\b(?:at|on|upon)\s+(?:the|his|her|their|an|a)\s+(?:[\w-]+\s+)?$")


def _asked_to(text: str, hit: Hit) -> int | None:
    """Where the verb or noun of asking whose infinitive the trigger is ends; None if there is none."""
    end = hit.start + 3 if text.startswith("to ", hit.start) else hit.start
    lo = max(0, end - 130)
    low = text[lo:end].lower()
    if (
        "invit" not in low
        and "urg" not in low
        and "ask" not in low
        and "call" not in low
        and "encourag" not in low
    ):
        return None  # most triggers: no such word before them
    m = None
    for m in _ASKED_TO.finditer(text, lo, end):  # noqa: B007 (the last one is wanted)
        pass
    if m is None or m.end() != end or _AT_INVITATION.search(text, max(0, m.start() - 30), m.start()):
        return None
    return m.end()


def _date_of_saying(text: str, t: Timex, hit: Hit) -> bool:
    """Is ``t`` told before a verb of saying whose reported words hold the trigger ("On Monday, X said
    that ..."), or after one, right before "that" ("X said in Rome on Monday that ...")?"""
    if t.end > hit.start or hit.start - t.end > _SAYING_REACH:
        return False
    m = _SAYING_AFTER.match(text, t.end, hit.start)
    if m is not None and CLAUSE_BREAK.search(text, t.end, m.end()) is None:
        return True
    return (
        _THAT_AFTER.match(text, t.end, hit.start) is not None
        and _SAYING_BEFORE.search(text, max(0, t.start - 100), t.start) is not None
    )


_ON_ONLY = re.compile(r"\s*(?:on\s+)?")
_PAST_REACH = 120  # characters between a trigger and a date told after it in another clause


def _past_clause_date(text: str, t: Timex, hit: Hit) -> bool:
    """ "will meet X, elected in March, in Kyiv", "will meet X who arrived on Monday", "will visit Kyiv, a
    city bombed on Monday": a trigger told ahead, and a past verb between it and a date after it: the
    date is that verb's."""
    if t.start < hit.end or t.start - hit.end > _PAST_REACH:
        return False
    own = tense_within(text, hit.start, hit.end) or tense_near(
        text, hit.start, hit.start, max(0, hit.start - 80), hit.start
    )
    if own != "future":
        return False
    # (a past verb inside an aside closed before the date is the aside's: "X, who was elected in
    # March, on Friday" leaves the date to the trigger)
    closed = text.rfind(",", hit.end, t.start)
    if closed >= 0 and _ON_ONLY.fullmatch(text, closed + 1, t.start):
        return False
    return tense_near(text, t.start, t.start, hit.end, t.start) == "past"


_QUOTE_MARK = re.compile('["\u201c\u201d]')


def _across_quote(text: str, t: Timex, hit: Hit) -> bool:
    """ "'I plan on going in February,' he said while welcoming X for a meeting": one quote mark (or an
    odd number) between a date and the trigger puts one inside quoted words and the other outside."""
    lo, hi = (t.end, hit.start) if t.end <= hit.start else (hit.end, t.start)
    if lo >= hi:
        return False
    marks = [m.start() for m in _QUOTE_MARK.finditer(text, lo, hi)]
    if len(marks) % 2 == 0:
        return False
    # 'held "regular political consultations" on Wednesday': a short term in quote marks at the
    # trigger is a name, not quoted words (its marks do not count)
    for term in _QUOTED_TERM.finditer(text, max(0, hit.start - 40), min(len(text), hit.end + 40)):
        if term.start() < hit.end and hit.start < term.end():
            marks = [i for i in marks if i not in (term.start(), term.end() - 1)]
    return len(marks) % 2 == 1


# a few words in quote marks, no punctuation inside: '"regular political consultations"', '“strategic talks”'
_QUOTED_TERM = twin(r"[\"\u201c](?:[\w'\u2019-]+ ){0,4}[\w'\u2019-]+[\"\u201d]")


# A second predicate joined by "and" right before the trigger: "arrived on Monday and met", "and held a";
# or an event told as done before the main verb: "on Monday flew home after attending the summit", "left
# on Friday following talks" (the main verb's day is not the event's when the event tells its own after it)
_AND_THEN = twin(
    r"\band\s+(?:(?:also|then|later|subsequently)\s+)?"
    r"(?:[a-z]+\s+(?:(?:also|then|a|an|the|his|her|their|talks|meetings?)\s+)*)?$"
    r"|\b(?:after|following)\s+(?:[a-z]+ing\s+)?(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w'\u2019-]+\s+){0,3}$"
)


_BOUND_BEFORE = twin(r"(?i)\b(?:ahead\s+of|before|after|prior\s+to|until|till|since|by)\s+$")


# "Prior to the Bali Process forum on March 22-23, X is to meet Y": a date inside an opening "ahead of /
# prior to <event>" phrase is that event's (the trigger stands outside the phrase)
_LANDMARK_DATE = twin(
    r"(?i)\b(?:ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to)\s+(?:the\s+)?[^,;.\"]{0,60}?\s+"
    r"(?:on|in|from|this|next)\s+$"
)


def _landmark_date(text: str, t: Timex, hit: Hit) -> bool:
    """Is ``t`` the date of an event named after "ahead of"/"prior to", other than the trigger itself?"""
    lo = max(0, t.start - 90)
    low = text[lo : t.start].lower()
    if "ahead" not in low and "prior" not in low and "run-up" not in low:
        return False  # most dates are let go without running the pattern
    m = _LANDMARK_DATE.search(text, lo, t.start)
    return m is not None and not (m.start() <= hit.start < t.start)


# "will visit Kyiv following a call with X on Monday", "the trip follows a similar visit by X last month":
# a date after another event named as the one before the trigger's is that event's
_OTHER_EVENT_BETWEEN = twin(
    r"(?i)\b(?:follow(?:s|ed|ing)?|c(?:omes|ame)\s+after|after|since|prior\s+to|ahead\s+of)\s+"
    r"(?:(?:a|an|the|his|her|their|its|this|that|last|similar|recent|previous|earlier|first|phone|telephone"
    r"|video|brief|lengthy|long|official|state|working)\s+)*"
    r"(?:visit|trip|tour|call|meeting|talks|summit|conversation|conference)s?\b"
    # "arrived on his first visit after taking the oath of office last month", "even after failing to attend
    # this year's parade": a deed told as done before, by its gerund (not an arrival: "met X after arriving
    # on Monday" is that day's)
    r"|\b(?:after|following)\s+(?:(?:not|never|first)\s+)?(?!(?:arriv|land|reach|touch)ing\b)[a-z]{3,}ing\b"
    # "a lunch held to finalise preparations for the meeting between X and Y tomorrow": the date of
    # the event being prepared, told after it
    r"|\b(?:preparations?\s+for|prepar(?:e|es|ed|ing)\s+(?:for\s+)?|organi[sz](?:e|es|ed|ing)"
    r"|arrang(?:e|es|ed|ing))\s+(?:(?:a|an|the|his|her|their|its|this|that|next|upcoming|coming|planned"
    r"|forthcoming|official|state|working)\s+)*"
    r"(?:visit|trip|tour|meeting|talks|summit|conference)s?\b"
)
# "During the week-long tour from Tuesday, X will hold talks": the day a longer stay starts is the stay's
_STAY_FROM = twin(
    r"(?i)\b(?:during|in\s+the\s+course\s+of|on)\s+(?:(?:his|her|their|the|this|a|an)\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:visit|trip|tour|stay)\s+(?:[^,;.\"]{0,40}?\s)?(?:from|starting|beginning)\s+$"
)


# "spoke in November after the vote and Trudeau invited him to visit": a clause with its own subject
# and verb, opened by "and" between a date and the trigger, parts the date from it
_NEW_CLAUSE = twin(r"\b(?:and|but)\s+(?:[A-Z][\w'.-]*\s+){1,3}(?:also\s+)?[a-z]{3,}ed\b")


def _other_event_date(text: str, t: Timex, hit: Hit) -> bool:
    """Is ``t`` the date of another event than the trigger: one the trigger "follows" (told after it,
    before the date), an earlier clause's ("spoke in November and X invited him to visit"), or the
    longer stay whose first day an opening "during the tour from Tuesday" gives?"""
    if t.start >= hit.end:
        if t.start - hit.end > 160:
            return False
        low = text[hit.end : t.start].lower()
        if (
            "follow" not in low
            and "after" not in low
            and "since" not in low
            and "prior" not in low
            and "ahead" not in low
            and "prepar" not in low
            and "organi" not in low
            and "arrang" not in low
        ):
            return False  # most gaps hold none of the words: let go without running the pattern
        return _OTHER_EVENT_BETWEEN.search(text, hit.end, t.start) is not None
    if (
        hit.start - t.end <= 200
        and text.find("and", t.end, hit.start) + text.find("but", t.end, hit.start) > -2
        and _NEW_CLAUSE.search(text, t.end, hit.start)
    ):
        return True
    lo = max(0, t.start - 90)
    if (
        text.find("from", lo, t.start) < 0
        and text.find("start", lo, t.start) < 0
        and text.find("beginn", lo, t.start) < 0
    ):
        return False
    m = _STAY_FROM.search(text, lo, t.start)
    return m is not None and not (m.start() <= hit.start < t.start)


# "met X to discuss a plan to cut emissions by 2030", "with whom he will discuss ending hunger by 2025":
# a deadline ("by" a date) set for an infinitive told after the trigger is that aim's, not the sitting's
_DEADLINE_BY = twin(r"(?i)\bby\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$")
_AIM_BETWEEN = twin(r"\bto\s+(?!(?:the|a|an|his|her|their|its|be|meet|visit|hold|attend)\b)[a-z]{3,}\b")


def _deadline_of_aim(text: str, t: Timex, hit: Hit) -> bool:
    """Is ``t`` a deadline ("by 2030") for an aim told in an infinitive between the trigger and it?"""
    if t.start <= hit.end or t.start - hit.end > 200:
        return False
    if not _DEADLINE_BY.search(text, max(0, t.start - 20), t.start):
        return False  # most dates: no "by" before them
    return _AIM_BETWEEN.search(text, hit.end, t.start) is not None


# "met X on Saturday to discuss salvaging their summit with Y", "on Monday discussed the coming talks": an
# event named as what is discussed takes no date told before the verb of discussing (the discussion's);
# not one framed as where the discussing was done ("discussed trade in a phone call")
_DISCUSSING = twin(r"(?i)\b(?:discuss(?:ed|es|ing)?|talk(?:ed|s|ing)?\s+about)\b")
_FRAMED_BEFORE = twin(
    r"(?i)\b(?:in|during|at|over|by|via)\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\w-]+\s+){0,2}$"
)
_TOPIC_REACH = 160  # characters from the date to the trigger
_TRIP_NOUN_BEFORE = twin(r"(?:\b(?:a|an|the|his|her|their|its)|['\u2019]s)\s+(?:[\w-]+\s+){0,2}$")


def _date_of_discussing(text: str, t: Timex, hit: Hit) -> bool:
    """Is ``t`` told before a verb of discussing whose topic holds the trigger ("met on Saturday to discuss
    salvaging the summit")?"""
    if t.end > hit.start or hit.start - t.end > _TOPIC_REACH or hit.form in ("adverbial", "verb"):
        return False
    if hit.form == "travel" and not _TRIP_NOUN_BEFORE.search(text, max(0, hit.start - 40), hit.start):
        return False  # a trip told by its verb ("and visited the port") is a predicate, no topic
    if text.find("discuss", t.end, hit.start) < 0 and text.find("talk", t.end, hit.start) < 0:
        return False  # most gaps: no verb of discussing
    verb = None
    for verb in _DISCUSSING.finditer(text, t.end, hit.start):  # noqa: B007 (the last one is wanted)
        pass
    if verb is None or CLAUSE_BREAK.search(text, verb.end(), hit.start):
        return False
    return _FRAMED_BEFORE.search(text, verb.end(), hit.start) is None


# "toured a plant damaged by a missile strike last month", "met families of soldiers killed in an attack on
# Monday": a date closing a phrase of harm done (a participle, then by/in what did it) is that harm's
_HARM_BEFORE = twin(
    r"(?i)\b(?:damaged|destroyed|hit|struck|killed|wounded|injured|bombed|shelled|flattened|razed|devastated"
    r"|ravaged|flooded|burned|burnt)\s+(?:by|in|during)\s+(?:(?:a|an|the|its|their|last)\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:on\s+|in\s+)?$"
)
_HARM_WORDS = (
    "damag",
    "destr",
    "hit ",
    "struck",
    "kill",
    "wound",
    "injur",
    "bomb",
    "shell",
    "flatten",
    "raze",
    "devast",
    "ravag",
    "flood",
    "burn",
)


def _date_of_harm(text: str, t: Timex, hit: Hit) -> bool:
    """Is ``t`` told closing a phrase of harm done ("damaged by a missile strike last month"), the
    trigger outside it?"""
    lo = max(0, t.start - 80)
    low = text[lo : t.start].lower()
    if not any(w in low for w in _HARM_WORDS):
        return False  # most dates: no word of harm before them
    m = _HARM_BEFORE.search(text, lo, t.start)
    return m is not None and not m.start() <= hit.start < t.start


# "X said after his meeting with Y that he had promised in 2012 to ...": the "that" of a verb of saying told
# before it, then a subject (not "the meeting that took place on Monday": a relative clause of the trigger)
_THAT_REPORTED = twin(r"\sthat\s+(?:he|she|they|it|we|I|you|the|this|his|her|their|[A-Z])")


_REPORT_REACH = 240  # characters from the trigger to a date in the reported clause after it


def _reported_after(text: str, t: Timex, hit: Hit) -> bool:
    """Is ``t`` told after the trigger inside the reported clause of a verb of saying whose phrases hold the
    trigger ("said after meeting Y that he had promised in 2012 to")?"""
    if t.start < hit.end or t.start - hit.end > _REPORT_REACH:
        return False
    gap = text.find(" that ", hit.end, t.start)
    if gap <= hit.end or _THAT_REPORTED.match(text, gap) is None:
        return False  # most dates after a trigger: no "that" between
    if CLAUSE_BREAK.search(text, hit.end, t.start):
        return False
    return (
        _SAYING_BEFORE.search(text, max(0, gap - 100), gap) is not None
        or _REPORTED_BEFORE.search(text, max(0, gap - 40), gap) is not None
    )


# "during the talks, it was reported that ...": the passive report of what the sitting brought
_REPORTED_BEFORE = twin(r"(?i)\b(?:was|were|is|are|been)\s+reported\s*,?$")


def _dates_something_else(text: str, t: Timex, hit: Hit) -> bool:
    if (
        _deadline_of_aim(text, t, hit)
        or _date_of_discussing(text, t, hit)
        or _date_of_harm(text, t, hit)
        or _reported_after(text, t, hit)
    ):
        return True
    since = _SINCE_BEFORE.search(text, max(0, t.start - 160), t.start)
    if since is not None and not since.start() < hit.start < t.start:
        # (the trigger told inside the "since" clause is its own event: "the first visit since X visited
        # Busan in November 2023")
        return True
    if _SAID_BEFORE.search(text, max(0, t.start - 80), t.start):
        return True
    said = _SAID_AFTER.match(text, t.end)
    # (not the trigger itself: "X on Thursday welcomed President Y" dates the welcome, a meeting)
    return said is not None and not (hit.guest and t.end <= hit.start < said.end())


# "arrived on Thursday for a visit at the White House until Saturday": a later day after "until" in
# the same clause, no other date between, ends the stay begun on ``t``
UNTIL_BEFORE = twin(r"(?i)\b(?:until|till|through)\s+(?:on\s+)?$")
CLAUSE_BREAK = re.compile(r"[;:\n\"\u201c\u201d]")


# "has agreed to meet X", "agreed to hold three joint sessions": a meeting agreed on, with no time set
# (the trigger may hold the "to": "agreed | to meet")
AGREED_TO = twin(r"(?i)\bagree(?:d|s)?\s+(?:in\s+principle\s+)?(?:to\s+(?:[\w-]+\s+){0,4})?$")
