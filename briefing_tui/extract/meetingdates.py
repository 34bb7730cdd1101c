"""When a meeting is and whether it happened: the trigger's date among the sentence's timexes, and its status."""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.dateline import stamp_end
from briefing_tui.extract.datewords import DAY_COUNT, DAYS_LONG, count_of, word_set
from briefing_tui.extract.document import Document, Timex
from briefing_tui.extract.gates import trie_pattern
from briefing_tui.extract.meetingcues import PROPOSED, PROPOSED_STEMS, Hit
from briefing_tui.extract.tense import first_cue, future_word_in, scheduled_verb, tense_near, tense_within

# (never across a sentence's end: a full stop after a lower-case word or a digit, or a line break);
# a "who"/"which" clause may run to the sentence's end: ", which was upgraded in 2011."
_ASIDE_BODY = r"(?:[^,;\"\n.]|\.(?!\s)|(?<![a-z0-9]{2})\.){0,200}"
_ASIDE = twin(
    r",\s+(?:(?:who|which|whose)\b" + _ASIDE_BODY + r"(?:,|\.(?=\s|$))|(?:where|when)\b" + _ASIDE_BODY + r",)"
)


# A negation just before the trigger, in its clause: "was not planning any talks", "did not meet",
# "has no plans to visit", "no talks are scheduled". Such an event is not reported as one.
_NEGATED = twin(
    r"(?i)(?:\b(?:not|never|no\s+plans?\s+to)|n't)(?:\s+[a-z]+){0,2}\s+$|\bno\s+$"
    r"|\bnot\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$"  # "and not an informal EU summit"
)
# A refusal or a failed deal right before the trigger: "refused to meet X", "refuses to hold talks with
# X", "No agreement on meeting with X". What one side would not do, or the sides could not settle, is no
# event, not even a proposed one ("refused to say whether X would meet Y" stays: a verb between). A milder
# "declined to meet X" stays proposed (PROPOSED): the door is left open. (A trigger may begin at its "to":
# "refuses | to meet".)
_RULED_OUT = twin(
    r"(?i)(?:\brefus(?:e|es|ed|ing)(?:\s+to(?:\s+(?:hold|have|attend|meet|join))?)?"
    r"|\bno\s+(?:agreement|consensus|deal)\s+(?:was\s+reached\s+)?(?:on|over|about)"
    r"(?:\s+(?:a|an|the|any|holding))?"
    # "has cancelled a visit to China", "abruptly cancelled a planned visit to", "called off his trip to": an
    # event given up is none (a postponed one stays: it is still to come)
    r"|\b(?:cancel+(?:s|ed|ing)?|call(?:s|ed|ing)?\s+off|scrap(?:s|ped|ping)?|cancel+ation\s+of)\s+"
    r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:(?:planned|scheduled|proposed|expected|upcoming|official"
    r"|state|working|long-planned|[\w-]+-day)\s+){0,2})\s*$"
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
# Dates that belong to something else than the event named in their sentence: "since he took
# office in October", "since 2018" (a span's start). A dateline's date is left out by the caller.
# ("his first since winning the vote with 81.31% and taking office on November 26": a long "since" clause,
# up to a comma or a clause's stop)
_SINCE_BEFORE = twin(r"(?i)\bsince\s+(?:[^\s,;:\"\u201c\u201d]+\s+){0,20}$")
# A date right after a speech verb dates the saying, not the event: "said on Thursday that ...".
# (also through the medium told between: "wrote in a Twitter post on Monday", "said in a statement on
# Friday"; not a place: "said in Moscow today at a meeting with X" tells one occasion)
_SAID_BEFORE = twin(
    r"(?i)\b(?:said|says|told\s+(?:reporters|journalists)|announced|added|stated|confirmed|wrote|tweeted"
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
# "Kozak's recent visit to Berlin", "their previous meeting": the noun names an event already held
_EVENT_NOUN = twin(r"(?i)(?:visit|trip|tour|meeting|talk|summit|conference|call|conversation|discussion)s?\b")
# (only adjectives between: "said earlier that his trip will go ahead" is another clause)
_PAST_EVENT = twin(
    r"(?i)\b(?:recent|previous|earlier|past)\s+"
    r"(?:(?!(?:that|this|his|her|their|its|the|a|an|and|to|of)\s)[\w-]+\s+){0,2}$"
)
# The event's time is not set: "did not indicate when the meeting may take place", "dates of the
# visit have not been discussed yet", "no date has been set". An undated event so told is proposed.
_DATE_UNSET = twin(
    r"(?i)\b(?:(?:did|does|do|has|have|had)\s*n(?:o|')t\s+(?:yet\s+)?(?:say|said|indicate|indicated|specify"
    r"|specified|give|given|announce|announced|disclose|disclosed|reveal|revealed|set|mention|mentioned)\s+when"
    r"|dates?\s+(?:of|for)\s+[^.;:\"]{0,80}?\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:set|fixed"
    r"|discussed|agreed|decided|determined|announced|finali[sz]ed)"
    r"|no\s+dates?\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:set|fixed|agreed|decided|announced))\b"
)
# "expressed hope that he will have the opportunity to visit Muscat": the trigger is the verb of the
# hoped-for clause, a wish
_HOPED_FOR = twin(
    r"(?i)\bhop(?:e|es|ed|ing)\s+that\s+(?:[\w'-]+\s+){1,4}(?:will|would|can|could|shall)\s+"
    r"(?:(?:soon|be\s+able\s+to|have\s+(?:the|an)\s+(?:[\w-]+\s+)?(?:opportunity|chance)\s+to)\s+)?$"
)
# Verbs that hold an event as only thought of, or called off, right before it: "is considering a visit
# to Kyiv", "mulling a trip", "called off his meeting with X"
_WEIGHED_BEFORE = twin(
    # (not "considered the talks a success": the past forms judge an event)
    r"(?i)\b(?:consider(?:s|ing)|mull(?:s|ing)|weigh(?:s|ing)|contemplat(?:es|ing)"
    r"|explor(?:e|es|ed|ing)\s+(?:the\s+)?(?:possibility|idea)\s+of|call(?:s|ed|ing)?\s+off"
    r"|scrap(?:s|ped|ping)?|shelv(?:e|es|ed|ing)"
    r"|(?:eager|keen)\s+to)\s+"  # "is eager to visit Africa": a wish
    r"(?:(?:a|an|the|his|her|their|its|possible|planned|proposed|new|another)\s+)*$"
)
# ... or, after it, told as still being worked on: "a meeting between X and Y is in the works",
# "talks are being arranged", "the visit is under discussion"
_IN_THE_WORKS = twin(
    r"(?i)\b(?:is|was|are|were)\s+(?:still\s+|now\s+)?(?:in\s+the\s+works|being\s+(?:arranged|planned"
    r"|prepared|worked\s+out|discussed|considered)|under\s+(?:discussion|consideration))\b"
)
# ... or told as not yet final, dated or not: "Xi's visit to Seoul in October is very likely to be
# finalized", "the trip is yet to be announced formally", "the date has not yet been confirmed"
_NOT_FINAL = twin(
    r"(?i)\b(?:is|are|was|were|has|have|had|remains?|remained)\s+(?:(?:still|now|very|most|highly|quite)\s+)?"
    r"(?:(?:yet|still)\s+to\s+be|(?:un)?likely\s+to\s+be|not\s+(?:yet\s+)?been|to\s+be)\s+"
    r"(?:formally\s+|officially\s+|publicly\s+)?(?:finali[sz]ed|confirmed|announced|approved|fixed|decided)\b"
)
# (not the event's date: "the dates of the meeting have not been announced" tells an event ahead)
_DATE_OF = twin(r"(?i)\b(?:dates?|timing|time|venue)\s+(?:of|for)\s+(?:the\s+|a\s+|their\s+|his\s+|her\s+)?$")
_CLAUSE_STOP = twin(r"[,;:\"]|\b(?:where|which|who|that|while|when|as|but)\b")
_YEAR = re.compile(r"\b\d{4}\b")
_YEAR_LEAD = twin(r"(?i)\b(?:in|since|by|during|until|till|before|after|from|through|throughout|of)\s+$")


# "... in #Jeddah. https://t.co/x — Saudi Gazette (@Saudi_Gazette) June 7, 2023": an embedded post's
# signature dates the posting, not the event the post tells of
_TWEET_SIGNED = twin(r"\(@\w{1,15}\)\s*$")


_STAMP_REACH = 24  # characters: where a page's leading date stamp may begin


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
        agreed = _AGREED_TO.search(text, max(0, hit.start - 50), hit.start)
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
    if len(usable) > 1 and usable[0].start < _STAMP_REACH and stamp_end(text) >= usable[0].end:
        # "date 2024-07-05 X received Y on Thursday": a page's date stamp dates the lead event only when
        # the sentence tells no other day for it
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
            if t.start >= hit.end and _UNTIL_BEFORE.search(text, max(0, t.start - 16), t.start)
        ]
        if bounded and len(bounded) < len(usable):
            usable = [t for t in usable if t not in bounded]
    best = min(usable, key=lambda t: min(abs(t.start - hit.end), abs(hit.start - t.end)))
    if best.end <= hit.start and usable[-1].start >= hit.end and _AND_THEN.search(text, best.end, hit.start):
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
    r"|to\s+take\s+place|signed|reached|adopted|approved|passed|concluded)\s+(?:(?:for|in|on|at)\s+)?(?:(?:the\s+)?(?:early|late|mid|end\s+of)\s+)?$"
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
    if _CLAUSE_BREAK.search(text, hit.end, m.start(1)) or text.find(",", m.end(1), m.end()) >= 0:
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
    if m is not None and _CLAUSE_BREAK.search(text, t.end, m.end()) is None:
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


# A second predicate joined by "and" right before the trigger: "arrived on Monday and met", "and held a"
_AND_THEN = twin(
    r"\band\s+(?:(?:also|then|later|subsequently)\s+)?"
    r"(?:[a-z]+\s+(?:(?:also|then|a|an|the|his|her|their|talks|meetings?)\s+)*)?$"
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
    if verb is None or _CLAUSE_BREAK.search(text, verb.end(), hit.start):
        return False
    return _FRAMED_BEFORE.search(text, verb.end(), hit.start) is None


def _dates_something_else(text: str, t: Timex, hit: Hit) -> bool:
    if _deadline_of_aim(text, t, hit) or _date_of_discussing(text, t, hit):
        return True
    since = _SINCE_BEFORE.search(text, max(0, t.start - 160), t.start)
    if since is not None and not since.start() < hit.start < t.start:
        # (the trigger told inside the "since" clause is its own event: "the first visit since X visited
        # Busan in November 2023")
        return True
    if _SAID_BEFORE.search(text, max(0, t.start - 80), t.start):
        return True
    return _SAID_AFTER.match(text, t.end) is not None


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
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text, max(0, lo - 200), hi + 200)]
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
    if verb is None or not _ASIDE_EVENT_NOUN.search(text, max(0, hit.end - 16), hit.end):
        return False  # (the trigger is an event noun: "the visit", "talks")
    if at == hit.end:
        return True  # "the summit, which will be held on May 7", "the visit, which began Monday"
    if not _NOUN_TO_ASIDE.fullmatch(text, hit.end, at):
        return False
    # a phrase between: the gathering the sitting is held at ("at the summit in Oslo, which is set for
    # May"), or a place or topic timed by a verb of holding ("the summit in Oslo, which will be held");
    # a verb of beginning may tell of a building ("talks at the hotel, which opened in 1990"): only after
    # a gathering's noun, or a trip's destination ("his visit to Chile, which began on Sunday")
    if verb.group("held") or _ASIDE_EVENT_NOUN.search(text, max(0, at - 16), at):
        return True
    return _TO_PLACE.fullmatch(text, hit.end, at) is not None


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


def range_text(doc: Document, sentence_timexes: list[Timex], t: Timex) -> tuple[str, str | None]:
    if t.end_value:
        for u in sentence_timexes:
            if u.start >= t.end and u.value == t.end_value:
                return doc.text[t.start : u.end], t.end_value
    return t.text, t.end_value


# "on Wednesday and Thursday", "Monday through Wednesday": two days naming one stay's first and last
_DAY_PAIR = re.compile(r"\s*(?:and|through|to|until|till|-|\u2013)\s+(?:on\s+)?")
_PAIR_REACH = 14  # days: two dates further apart than this are two events, not one stay
# "a six-day visit", "the 2-day summit": the trigger's own length, in days
# (also the compound written with a plural, "his four-days state visit"; not "two days after the talks")
_LENGTH = twin(rf"(?i)\b{DAYS_LONG}\b")
# "concluded his two-day visit on Sunday": the day told ends the stay
# (also "at the end of his two-day visit to Moscow on Friday", "wrapping up a three-day tour on Sunday")
_CONCLUDED = twin(
    r"(?i)\b(?:conclud(?:ed|es|ing)|end(?:ed|s|ing)|complet(?:ed|es|ing)|wrap(?:ped|s|ping)\s+up"
    r"|w(?:ound|inds|inding)\s+up|round(?:ed|s|ing)\s+off|at\s+the\s+(?:end|close|conclusion)\s+of)"
    r"\s+(?:(?:his|her|their|its|the|a|an)\s+)?$"
)


# "the three-day visit to China ends on Saturday": the day told after the stay's own verb of ending
_ENDS_AFTER = twin(
    r"(?:\s+(?:to|in)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})?\s+(?:will\s+)?"
    r"(?:ends?|ended|conclude[sd]?|close[sd]?|wrap(?:s|ped)?\s+up)\b"
)


def _day(value: str | None) -> date | None:
    if value is None or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def paired_end(text: str, sentence_timexes: list[Timex], t: Timex, sitting: bool = False) -> str | None:
    """ "His visit on Wednesday and Thursday": the day named right after ``t`` (joined by "and",
    "to", "through") ends its span, when both are days and the second falls soon after the first.
    ``sitting``: the event is a meeting, talks or a call, which a trip's length does not stretch."""
    return (
        _next_day(text, sentence_timexes, t, 12, _DAY_PAIR)
        or _length_end(text, t, sitting)
        or _until_end(text, sentence_timexes, t)
    )


# "arrived on Thursday for a visit at the White House until Saturday": a later day after "until" in
# the same clause, no other date between, ends the stay begun on ``t``
_UNTIL_BEFORE = twin(r"(?i)\b(?:until|till|through)\s+(?:on\s+)?$")
# characters between the two dates ("arrived on X in the capital, beginning a visit that will last until Y")
_UNTIL_GAP = 120
_CLAUSE_BREAK = re.compile(r"[;:\n\"\u201c\u201d]")


def _until_end(text: str, sentence_timexes: list[Timex], t: Timex) -> str | None:
    """The day after "until" told a little after ``t``, when both are days and it falls soon after."""
    first = _day(t.value)
    if first is None:
        return None
    nxt = next((u for u in sentence_timexes if u.start >= t.end), None)
    if nxt is None or nxt.start - t.end > _UNTIL_GAP or _CLAUSE_BREAK.search(text, t.end, nxt.start):
        return None
    if not _UNTIL_BEFORE.search(text, max(t.end, nxt.start - 12), nxt.start):
        return None
    second = _day(nxt.value)
    return nxt.value if second is not None and 0 < (second - first).days <= _PAIR_REACH else None


# "arrived on Thursday on a two-day visit", "from Dec 16 for three days": a length told right after the day
# (also past the destination: "left this morning for Malabo \u2013 Equatorial Guinea for a three-day visit")
_LENGTH_AFTER = twin(
    r"(?i)(?:\s+(?:for|to|in)\s+(?-i:[A-Z][\w.'\u2019-]*)(?:[ \t]+(?:[\u2013\u2014-][ \t]+)?(?-i:[A-Z][\w.'\u2019-]*)){0,4})?"
    # (or the stay it opens: "arrived in Hanoi on May 4, beginning a three-day visit")
    r"\s*,?\s*(?:(?:on|for|beginning|starting|to\s+begin|to\s+start)\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+)?"
    + DAYS_LONG
    + r"\b"
    r"|for\s+" + DAY_COUNT + r"\s+days\b)"
)
# "for three days from Dec 16": ... or right before it
_LENGTH_BEFORE = twin(r"(?i)\bfor\s+" + DAY_COUNT + r"\s+days\s+(?:from|starting|beginning)\s+(?:on\s+)?$")


# the noun a told length is given: "a three-day (official) visit" is the trip's
_TRIP_AFTER = twin(r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stay|journey)\b")
# what a "beginning/starting a three-day ..." clause may open: a stay, or a gathering held over those days
_STAY_AFTER = twin(
    r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stay|journey|summit|conference|meeting|talks|session|forum"
    r"|consultations|dialogue)s?\b"
)
_OPENS = twin(r"(?i)\b(?:beginning|starting|begin|start)\s")


def _length_end(text: str, t: Timex, sitting: bool = False) -> str | None:
    """The last day of a stay whose first day is ``t`` and whose length in days is told next to it.
    ``sitting``: "met X on Monday, on a three-day visit": the trip lasts three days, the meeting one."""
    first = _day(t.value)
    if first is None:
        return None
    m = _LENGTH_AFTER.match(text, t.end, t.end + 50)
    if m is not None and sitting and _TRIP_AFTER.match(text, m.end()):
        return None
    if m is not None and _OPENS.search(m.group()) and (sitting or not _STAY_AFTER.match(text, m.end())):
        # "arrived on Monday, beginning a three-day visit": the clause tells the stay begun, not a sitting
        # held that day, and only a stay or gathering ("starting his five-day fast" lasts no trip)
        return None
    if m is None:
        if text.find("days", max(0, t.start - 40), t.start) < 0:
            return None
        m = _LENGTH_BEFORE.search(text, max(0, t.start - 40), t.start)
    if m is None:
        return None
    days = count_of(next(g for g in m.groups() if g))
    if not 2 <= days <= 31:
        return None
    return (first + timedelta(days=days - 1)).isoformat()


def _next_day(
    text: str, sentence_timexes: list[Timex], t: Timex, gap: int, between: re.Pattern[str]
) -> str | None:
    """The day told next after ``t``, when at most ``gap`` characters that ``between`` fully matches
    separate them and it falls soon after ``t``'s day."""
    first = _day(t.value)
    if first is None:
        return None
    for u in sentence_timexes:
        if u.start < t.end:
            continue
        if u.start - t.end > gap or not between.fullmatch(text, t.end, u.start):
            return None
        second = _day(u.value)
        if second is not None and 0 < (second - first).days <= _PAIR_REACH:
            return u.value
        return None
    return None


# "travel on Feb. 7 and return home on Feb. 9", "arrives Monday, leaving on Wednesday": the day the
# traveller goes back ends the stay (only the words between the two dates are read)
_RETURN_BETWEEN = twin(
    r"(?i)\s*,?\s*(?:and|before|then|,)?\s*(?:(?:will|would|is\s+to|plans?\s+to|is\s+due\s+to)\s+)?"
    r"(?:return|come\s+back|fly\s+back|head\s+back|go\s+back|leav|depart)\w*\s+"
    r"(?:home\s+|to\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s+)?(?:on\s+)?"
)


def return_end(text: str, sentence_timexes: list[Timex], t: Timex) -> str | None:
    """ "will travel on Feb. 7 and return home on Feb. 9": the next day told after ``t`` with a verb of
    going back between them ends the stay, when both are days and the second falls soon after."""
    return _next_day(text, sentence_timexes, t, 60, _RETURN_BETWEEN)


# "a tour of Asia lasting ten days", "a visit that will last three days": the length told after the noun,
# in its clause (not another event's: "met X ahead of a summit lasting three days")
_LASTING = twin(
    r"(?i)(?:(?!\b(?:ahead|before|after|following|prior|until|since)\b)[^,.;:\"\n\u201c\u201d]){0,60}?\b(?:lasting|(?:that|which)\s+(?:will\s+|is\s+to\s+)?lasts?)\s+"
    + DAY_COUNT
    + r"\s+days\b"
)


# the trip's own clause up to "on/for a N-day visit" (no comma between: "..., on a visit" may be another's)
_ON_LENGTH = twin(
    r"[^,;:.\"\n\u201c\u201d]{0,60}?\b(?:on|for)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?"
    + DAYS_LONG
    + r"\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stay)\b"
)


def length_span(
    text: str, hit_start: int, hit_end: int, lo: int, start: str | None, trip: bool = False
) -> tuple[str, str] | None:
    """ "a six-day visit ... beginning Sunday": the first and last days of a stay of told length, from
    the day told; "concluded his two-day visit on Sunday": that day is the last one, the span ends there.
    The length is looked for only in the trigger's own words and the few just before them."""
    first = _day(start)
    if first is None:
        return None
    window_lo = max(lo, hit_start - 30)
    m = None
    if text.find("day", window_lo, hit_end) >= 0:
        for m in _LENGTH.finditer(text, window_lo, hit_end):  # noqa: B007 (the last one is wanted)
            pass
    if m is None and trip and text.find("day", hit_end, hit_end + 90) >= 0:
        # "will on Tuesday lead a delegation to Russia on a three-day visit", "arrives in X on an official
        # two-day trip on November 26": a trip's length told in its clause, after its destination
        m = _ON_LENGTH.match(text, hit_end)
    if m is None and text.find("days", hit_end, hit_end + 90) >= 0:
        lasting = _LASTING.match(text, hit_end)
        if lasting is None:
            return None
        # "begins a tour of the Middle East and India lasting 10 days": a length the trigger's noun is given
        days = count_of(lasting.group(1))
        return (
            (first.isoformat(), (first + timedelta(days=days - 1)).isoformat()) if 2 <= days <= 31 else None
        )
    if m is None or _CLAUSE_COMMA.search(text, m.end(), hit_start):
        # ("X, who is on a two-day visit, called on Y on Monday", "During a three-day tour, X met Y": a
        # length told before a comma is the stay's, not the sitting's)
        return None
    days = count_of(m.group(1))
    if not 2 <= days <= 31:
        return None
    if _CONCLUDED.search(text, max(lo, m.start() - 40), m.start()) or _ENDS_AFTER.match(text, hit_end):
        return (first - timedelta(days=days - 1)).isoformat(), first.isoformat()
    return first.isoformat(), (first + timedelta(days=days - 1)).isoformat()


# Any of PROPOSED_STEMS, in one scan of the lowered window (a search per stem scanned it ~40 times); as a
# trie, each position tests one set of letters, not every stem
_PROPOSED_STEM = re.compile(trie_pattern(sorted(PROPOSED_STEMS)))


def _proposed(text: str, start: int, end: int) -> bool:
    """PROPOSED in ``text[start:end]``; plain ASCII text without any of its stems is let go without running it.
    "laid a floral offering": the noun (a gift laid down) offers no event."""
    segment = text[start:end]
    if segment.isascii() and not _PROPOSED_STEM.search(segment.lower()):
        return False
    for m in PROPOSED.finditer(text, start, end):
        word = m.group()
        if word.lower() == "offering" and _NOUN_OFFERING.search(text, max(0, m.start() - 24), m.start()):
            continue
        if word == "Invited" and _INVITED_OPENING.match(text, m.end()):
            continue  # "Invited to Paris for the forum, X is meeting Y": an invitation taken up
        return True
    return False


def _proposed_outside_asides(text: str, start: int, end: int) -> bool:
    """PROPOSED in ``text[start:end]`` outside the relative asides closed there: "X, who had urged Y to
    join him, is due to meet Z on Wednesday" (the aside's wish is its own clause's, not the trigger's)."""
    if not _proposed(text, start, end):
        return False
    if text.find("wh", start, end) < 0:
        return True  # no aside (each opens on "wh", after a comma and any spaces): most windows
    pos = start
    for m in _ASIDE.finditer(text, start, end):
        if text[m.end() - 1] != ",":
            continue  # one closed by the sentence's end holds the trigger
        if _proposed(text, pos, m.start()):
            return True
        pos = m.end()
    return _proposed(text, pos, end)


# "Invited to France as part of the forum, X ...": a participle opening the sentence, its phrase closed by a
# comma before the main clause (not "Invited leaders may attend")
_INVITED_OPENING = re.compile(r"\s+(?:to|by)\s[^.;:\"]{1,160}?,\s")
# "a floral offering", "the wreath offering": an article (and an adjective) before it, the noun
_NOUN_OFFERING = twin(r"(?i)\b(?:a|an|the|their|his|her)\s+(?:[a-z-]+\s+)?$")


# "X expects to meet Y", "said he expected to visit": the subject's own expectation (not the passive "is
# expected to meet", a schedule reported)
# ("expected" only after a pronoun: "an adviser expected to meet the emir" is the passive, reduced)
_EXPECTS_TO = twin(
    r"(?i)(?<!\bnot\s)(?<!\balso\s)\b(?:expects|expecting|(?:he|she|they|we|I)\s+expected)\s+to\s+(?:$|(?=[a-z]+\s*$))"
)


# "has agreed to meet X", "agreed to hold three joint sessions": a meeting agreed on, with no time set
# (the trigger may hold the "to": "agreed | to meet")
_AGREED_TO = twin(r"(?i)\bagree(?:d|s)?\s+(?:in\s+principle\s+)?(?:to\s+(?:[\w-]+\s+){0,4})?$")
# ... unless a time, however loose, is told: "agreed to meet soon", "in the coming days", "later this month"
_SOME_TIME = twin(r"(?i)\b(?:soon|shortly|coming|later|next|early|earliest)\b")


# A time not fixed, told after the trigger: "as soon as possible", "at an early date", "at the earliest
# opportunity", "at a mutually convenient time", "when it's convenient for both", "when conditions allow"
_UNFIXED_TIME = twin(
    r"(?i)\b(?:as\s+soon\s+as\s+(?:possible|practicable|feasible|conditions\s+(?:allow|permit))"
    r"|at\s+(?:an|the)\s+earl(?:y|iest)\s+(?:possible\s+)?(?:date|opportunity|convenience|time)"
    r"|at\s+(?:a|the)\s+(?:mutually\s+)?(?:convenient|suitable|agreed)\s+(?:time|date)"
    r"|(?:when|whenever)\s+(?:it\s+is|it's|it\s+becomes)\s+(?:convenient|possible|feasible|appropriate)"
    r"|(?:when|once)\s+(?:conditions|circumstances)\s+(?:allow|permit))\b"
)
_UNFIXED_WORDS = ("soon as", "earl", "convenient", "suitable", "agreed time", "agreed date", "when", "once")
_UNFIXED_REACH = 120  # characters after the trigger
_OTHER_CLAUSE = re.compile(r"[;:\n\"\u201c\u201d]|,\s+(?:and|but|while|as|who|which|where)\s")


def _unfixed_time(text: str, hit: Hit, hi: int) -> bool:
    """Is the (undated) trigger told, in its clause, as held at a time not yet fixed?"""
    stop = min(hi, hit.end + _UNFIXED_REACH)
    low = text[hit.end : stop].lower()
    if not any(map(low.__contains__, _UNFIXED_WORDS)):
        return False  # most clauses: none of the words
    m = _UNFIXED_TIME.search(text, hit.end, stop)
    if m is None:
        return False
    # (the phrase itself may be quoted: 'agreed to visit the country "as soon as possible"')
    end = m.start() - 1 if text[m.start() - 1 : m.start()] in ('"', "\u201c") else m.start()
    return _OTHER_CLAUSE.search(text, hit.end, end) is None


def _agreed_undated(text: str, hit: Hit, lo: int, hi: int) -> bool:
    """Is the trigger an event agreed to ("agreed to meet X") with no time told for it, not even a loose one?"""
    if text.find("agree", lo, hit.start) < 0 or not _AGREED_TO.search(text, lo, hit.start):
        return False
    if not text.startswith("to ", hit.start) and text.find("to ", lo, hit.start) < 0:
        return False  # "agreed | meetings": no verb agreed to
    return _SOME_TIME.search(text, lo, hi) is None


def _date_unset(text: str, lo: int, hit: Hit, hi: int) -> bool:
    """Is the (undated) trigger's time told as not set, or the trigger a verb of a hoped-for clause?"""
    if text.find("hop", max(lo, hit.start - 90), hit.start) >= 0 and _HOPED_FOR.search(
        text, max(lo, hit.start - 90), hit.start
    ):
        return True
    if text.find("not", lo, hi) < 0 and text.find("n't", lo, hi) < 0 and text.find("no ", lo, hi) < 0:
        return False  # every unset time it knows has a negation: most clauses are let go at once
    return _DATE_UNSET.search(text, lo, hi) is not None


def _weighed(text: str, lo: int, hit: Hit, hi: int, start: str | None) -> bool:
    """Is the trigger only weighed or called off ("considering a visit"), or, undated, still in the works?"""
    before = max(lo, hit.start - 40)
    if _WEIGHED_BEFORE.search(text, before, hit.start):
        return True
    if text.find(" be", hit.end, hi) >= 0 and _EVENT_NOUN.match(text, hit.start):
        final = _NOT_FINAL.search(text, hit.end, min(hi, hit.end + 90))
        if (
            final is not None
            and _CLAUSE_STOP.search(text, hit.end, final.start()) is None
            and not _DATE_OF.search(text, max(0, hit.start - 20), hit.start)
        ):
            return True  # the event noun's own predicate: "the visit is yet to be announced"
    if start is not None or (
        text.find(" being ", hit.end, hi) < 0
        and text.find(" the works", hit.end, hi) < 0
        and text.find(" under ", hit.end, hi) < 0
    ):
        return False
    works = _IN_THE_WORKS.search(text, hit.end, hi)
    # only as the event noun's own predicate: "a meeting between X and Y is in the works", not a later
    # clause's ("met X in Rome, where a deal was being discussed")
    return (
        works is not None
        and _EVENT_NOUN.match(text, hit.start) is not None
        and works.start() - hit.end <= 60
        and _CLAUSE_STOP.search(text, hit.end, works.start()) is None
    )


def negated(text: str, hit: Hit) -> bool:
    """Is the trigger negated by the few words before it ("not planning any talks")?"""
    lo = max(0, hit.start - 40)
    low = text[lo : hit.start].lower()
    if "no" not in low and "never" not in low and "n't" not in low:
        return False  # every negation it knows has one of these: most windows are let go at once
    return _NEGATED.search(text, lo, hit.start) is not None


def ruled_out(text: str, hit: Hit) -> bool:
    """Was the event refused or left unsettled right before its trigger ("refused to meet X")?"""
    lo = max(0, hit.start - 60)
    low = text[lo : hit.start].lower()
    if (
        "refus" not in low
        and "no " not in low
        and "cancel" not in low
        and " off " not in low
        and "scrap" not in low
    ):
        return False  # every such phrase has one of these: most windows are let go at once
    return _RULED_OUT.search(text, lo, hit.start) is not None


def _bare_after_and(text: str, hit: Hit) -> bool:
    """'... and hold discussions', 'and meet': a verb's bare form coordinated with an earlier verb."""
    if not _BARE_FORM.match(text, hit.start, hit.end):
        return False
    return text.startswith("and", hit.start) or text[max(0, hit.start - 5) : hit.start].rstrip().endswith(
        " and"
    )


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
        and _YEAR.search(dated.text)
        and start < doc.published.isoformat()[: len(start)]
    ):
        return "past"
    if (
        text.find("(", lo, hi) >= 0
        and _CAPTION_SIDE.search(text, lo, hi)
        and not _AHEAD_WORD.search(text, lo, hi)
    ):
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
        if text.find("ahead", window_lo, hit.start) >= 0
        or text.find("prior", window_lo, hit.start) >= 0
        or text.find(" eve ", window_lo, hit.start) >= 0
        else None
    )
    if landmark:
        if landmark.end() == hit.start and not (start and start < doc.published.isoformat()[: len(start)]):
            # "arrived on Sunday ahead of his meeting with X": what is ahead has not happened yet
            # (unless its date is past); the wish words before "ahead of" are the other event's
            return "proposed" if _proposed(text, hit.start, hit.end) else "upcoming"
        window_lo = (
            landmark.end()
        )  # "arranged at the invitation of X ahead of a summit": the wish is the visit's
    prepared = (
        _PREPARE_FOR.search(text, window_lo, hit.start)
        if text.find("prepar", window_lo, hit.start) >= 0
        and not (start and start <= doc.published.isoformat()[: len(start)])
        else None
    )
    if prepared is not None:
        # "visiting Ankara to prepare for the tripartite summit", "in preparation for the leaders' meeting":
        # what is prepared for has not happened yet (unless its day is today or past: "today's summit")
        return "proposed" if _proposed(text, prepared.start(), hit.end) else "upcoming"
    frame = _frame_start(text, window_lo, hit)
    if frame is not None:
        window_lo = frame  # "X urged Y to stop during a meeting on Monday": the wish is the urging's
    nominal = start is None and _nominal(text, hit, lo)
    ahead = _week_direction(doc, hit, hi) if nominal else None
    if ahead is False:
        return "past"  # "preparing to resume negotiations after the talks in Oman last week"
    if (nominal or _nominal(text, hit, lo)) and _own_past_clause(text, hit, hi):
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
        if _proposed_outside_asides(text, window_lo, max(window_lo, topic.start())) or _proposed(
            text, hit.start, hit.end
        ):
            return "proposed"
    elif _proposed_outside_asides(text, window_lo, hit.end):
        return "proposed"
    if start is None and _agreed_undated(text, hit, max(window_lo, hit.start - 50), hi):
        return "proposed"
    if (
        start is None
        and text.find("expect", max(window_lo, hit.start - 40), hit.start) >= 0
        and _EXPECTS_TO.search(text, max(window_lo, hit.start - 40), hit.start + 3)
    ):
        return "proposed"  # "X expects to meet Y in the near future": X's own hope, no time set
    if start is None and _date_unset(text, window_lo, hit, hi):
        return "proposed"
    if _weighed(text, window_lo, hit, hi, start):
        return "proposed"
    after = text[hit.end : hi].lower()
    if (
        any(map(after.__contains__, _CONDITION_WORDS))
        and _CONDITION_AFTER.search(text, hit.end, hi)
        or (text.find(" to be ", hit.end, hi) >= 0 and _UNSET_DATE.search(text, hit.end, hi))
    ):
        return "proposed"
    if start is None and _unfixed_time(text, hit, hi):
        return "proposed"  # "agreed to visit the country as soon as possible", "when it's convenient"
    if _EVENT_NOUN.match(text, hit.start) and _PAST_EVENT.search(
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
        and _EVENT_NOUN.match(text, hit.start)
        and _COMES_AS.match(text, hit.end, min(hi, hit.end + 160))
        and not _NOUN_AHEAD.search(text, max(lo, hit.start - 40), hit.start)
    ):
        # "The meeting between X and Y comes as the two sides aim to ...": the story's event set against
        # its background, told as held (a day told ahead still rules)
        return date_status(doc, start, "past")
    # the trigger's own words first ("will meet", "visited"): a clause further left may be another verb's
    own = tense_within(text, hit.start, hit.end)
    if _RECORD_WORD_AT.search(text, max(lo, hit.start - 80), hit.start):
        own = _record_tense(text, max(lo, hit.start - 80), hit.start) or own
    if own is None and _bare_after_and(text, hit) and not _title_report(doc, hit):
        own = "future"
    if own is None and _departing(text, lo, hit):
        own = "future"
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
        and _same_day_ahead(text, hit, lo, hi, dated)
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
    if start is None and tense in ("present", "future") and _begun_stay(doc, hit, lo, hi):
        tense = "past"  # "X is visiting Chile", "is in Japan to attend the summit": under way, so begun
    if tense == "present":
        # a schedule told in the present: not over yet
        tense = "future"
    if (
        tense == "future"
        and own is None
        and hit.kind in ("meeting", "talks")
        and _past_purpose(text, lo, hit)
    ):
        # "flew to Lima to meet X", "then proceeded to hold talks": the purpose of a past move, held (not a
        # gathering: "arrived to attend the summit" may come before it opens)
        tense = "past"
    if own is None and tense != "future" and _looked_forward_to(text, max(lo, hit.start - 160), hit.start):
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
        and _itinerary_next(text, max(lo, hit.start - 60), hit)
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
        # of an event the main one is told after: "will witness the signing after the talks")
        tense = first_cue(text, lo, hit.start)
    if (
        tense == "future"
        and hit.kind == "visit"
        and start == doc.published.isoformat()
        and _visit_begun_today(text, lo, hit)
    ):
        tense = "past"  # "arrived today to begin a three-day visit": under way when the story is filed
    return date_status(doc, start, tense)


# "travels to Brussels today", "on Tuesday begins a tour": a setting out told in the present, a schedule of the
# day (not "arrives", "concludes": the traveller is there, or the stay ends)
_SETS_OUT = twin(
    r"\b(?:travels|flies|heads|departs|leaves|goes|jets|begins|starts|embarks|sets\s+off|sets\s+out)\b"
)


def _visit_begun_today(text: str, lo: int, hit: Hit) -> bool:
    """ "arrived today to begin a three-day visit", "concludes his visit today", "arrives today for a visit":
    is a visit of the publication day told with no word of a plan (only a purpose's "to" or a present
    "arrives")? It is under way when the story is filed, so begun. Not "will visit X today", "is set to
    arrive today", "is embarking on a trip today", "travels to X today": those are still ahead."""
    window_lo = max(lo, hit.start - 120)
    return (
        not future_word_in(text, window_lo, hit.end)
        and not _departing(text, lo, hit)
        and _SETS_OUT.search(text, window_lo, hit.end) is None
    )


# "heads to Washington", "is heading for Oslo", "is embarking on a trip to", "embarks on a tour of", "has set
# off for": a departure told in the present (or just done), opening the trip
_DEPARTING = twin(
    r"\b(?:head(?:s|ing)\s+(?:(?:off|out)\s+)?(?:to|for)"
    r"|embark(?:s|ing)\s+on\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:trip|tour|visit|journey)"
    r"|(?:sets|setting|has\s+set|have\s+set)\s+(?:off|out)\s+(?:to|for))\b"
)
_DEPARTING_REACH = 60  # characters from the departure's first word to the trip's trigger


def _departing(text: str, lo: int, hit: Hit) -> bool:
    """Is the trigger a departure told in the present, or in its clause after one ("President X heads to
    Washington, will meet Y", "X is embarking on a trip to the Gulf on Monday", "X heads to Oslo for
    talks")? The traveller is on the way or about to go: the stay and its sittings are still ahead. (A past
    departure, "left for", is told by its own past verb; "heads of state" is no departure.)"""
    window_lo = max(lo, hit.start - _DEPARTING_REACH)
    if (
        text.find("head", window_lo, hit.end) < 0
        and text.find("mbark", window_lo, hit.end) < 0
        and text.find(" set", window_lo, hit.end) < 0
    ):
        return False  # most trips: no departure verb before them
    return any(
        m.end() >= hit.start
        # a sitting after it is the trip's purpose ("heads to Oslo for talks"); not the place the
        # traveller heads to ("before heading to the UN meeting": a gathering told as a destination)
        or (
            hit.form != "travel"
            and not _CLAUSE_COMMA.search(text, m.end(), hit.start)
            and text.find(" for ", m.end(), hit.start) >= 0
        )
        or (hit.form == "travel" and not _CLAUSE_COMMA.search(text, m.end(), hit.start))
        for m in _DEPARTING.finditer(text, window_lo, hit.end + 4)
    )


# "became the first foreign leader to visit X", "X, the first minister to meet Y since 2018, said": a record
# that the event sets is told of an event held (or under way); its infinitive is no purpose ahead. Only a
# record still to be set looks forward: "will be the first leader to visit", "is set to become the first"
_RECORD_WORD = "first"
# The words between name the record holder ("foreign leader", "head of state in a decade"); a clause of its
# own with a verb that governs the infinitive is a plan, no record: "the first time X is due to meet Y",
# "the first time the sides have agreed to hold talks"
_RECORD_TO = twin(
    r"(?i)\bthe\s+"
    + _RECORD_WORD
    + r"\s+(?:(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|shall|can|could|may|might|must|that"
    r"|who|which|due|set|slated|scheduled|expected|likely|going|able|plans?|planned|planning|agreed|hopes?"
    r"|hoped|wants?|wanted|intends?|intended|invited|asked|allowed|ready|willing|poised)\b)[\w'\u2019-]+\s+)"
    r"{1,6}?to\s+(?:(?:ever|officially|formally|personally)\s+)?$"
)
# the gate before it: the word every _RECORD_TO match holds, under the same flags ("The First", "FIRST")
_RECORD_WORD_AT = twin(r"(?i)" + _RECORD_WORD)
_RECORD_AHEAD = twin(
    r"(?i)\b(?:will|would|shall|could|may|might|to)\s+(?:(?:also|then|now|soon)\s+)?(?:be|become)\s+$"
)


def _record_tense(text: str, lo: int, hit_start: int) -> str | None:
    """The tense of an event told as a record it sets ("was the first X to visit"); None if it is not one."""
    # (the trigger may hold its own "to": "to meet")
    m = _RECORD_TO.search(text, lo, hit_start + 3 if text.startswith("to ", hit_start) else hit_start)
    if m is None:
        return None
    return "future" if _RECORD_AHEAD.search(text, max(0, m.start() - 40), m.start()) else "past"


# "The summit was set to open on Monday", "X was due to meet Y today": a plan told from the past,
# in a story of the event's own day, is still ahead when written
_PAST_FUTURE = twin(
    r"(?i)\b(?:was|were)\s+(?:(?:still|originally|initially)\s+)?(?:set|due|scheduled|slated|expected|poised"
    r"|going)\s+to\b"
)
# a weekday or a day word ("today", "tonight"), not a month's day: a caption's "Sept. 30" is a report's
_DAY_NAME = twin(
    r"(?i)\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)


# a caption's date stamp after its last full stop, closing the line or followed by the photo's credit
_CAPTION_STAMP = twin(
    r"\.[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2},[ \t]+\d{4}[ \t]*(?:\||$)",
    re.M,
)


def _same_day_ahead(text: str, hit: Hit, lo: int, hi: int, dated: Timex) -> bool:
    """On the story's own day, is the trigger told as still ahead: a trip verb in the simple present
    dated by a day's name ("X travels to Brussels today"), or a plan in the past ("was set to open")?"""
    if (
        scheduled_verb(text, hit.start)
        and _DAY_NAME.search(dated.text)
        and not _YEAR.search(dated.text)
        and not _CAPTION_STAMP.match(text, dated.end)
    ):
        # (a photo's caption, "X arrives in Muscat, Monday, Oct. 2, 2017", tells a year; or stamps it after
        # its full stop: "X meets Y in Lima Sunday. Dec. 2, 2018 | Photo: ...")
        return True
    window_lo, window_hi = max(lo, hit.start - 60), min(hi, hit.end + 80)
    if text.find(" to ", window_lo, window_hi) < 0:
        return False
    m = _PAST_FUTURE.search(text, window_lo, window_hi)
    return (
        m is not None and _CLAUSE_STOP.search(text, min(m.end(), hit.start), max(m.start(), hit.end)) is None
    )


# "Then X goes to Warsaw", "From there, X flies to Y", "X then meets Y": a trip's next stop told in the
# simple present after a word of sequence is a schedule (an undated headline in the present is a report)
_ITINERARY = twin(
    r"(?i)\b(?:then|afterwards|thereafter|subsequently|from\s+there|after\s+that)\b,?\s+"
    r"(?:(?:[A-Z][\w.'\u2019-]*|the|his|her|their)\s+){0,4}(?:then\s+)?"
    r"(?-i:travels|flies|heads|goes|leaves|returns|moves|continues|proceeds|meets|visits|hosts|holds|attends"
    r"|tours)\b"
)


def _itinerary_next(text: str, lo: int, hit: Hit) -> bool:
    """Does a word of sequence and a simple-present verb of travel or meeting lead up to the trigger?"""
    low = text[lo : hit.end].lower()
    if "then" not in low and "there" not in low and "after" not in low and "subsequently" not in low:
        return False  # most clauses have none of the words: let go without running the pattern
    return any(m.end() > hit.start for m in _ITINERARY.finditer(text, lo, hit.end))


# "last week", "earlier this week", "next weekend", "later this week": a time with no day to give (no
# value), whose first word still tells whether it lies before or after the report
_WEEK_BACK = ("last", "earlier", "past", "previous")
_WEEK_AHEAD = ("next", "later", "coming", "this coming", "the coming", "the next")


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


# "the discussion he had with X", "the talks that lasted two hours", "the summit with X held in Y": a
# relative clause (or a participle) of the event noun in the past. Not "to be held", "that he had
# sought", "that X will host".
_OWN_PAST = twin(
    r"(?:[^,;:.!?\"\n]{0,60}?\s)??"
    r"(?:(?:that|which)\s+(?:(?:he|she|they|we|it|the\s+two|[A-Z][\w.'\u2019-]*)\s+){0,3}|(?:he|she|they|we)\s+)"
    r"(?:also\s+)?(?:had(?!\s+[a-z]+(?:ed|en|ght|wn)\b)|held|took\s+place|lasted|ended|concluded|happened"
    r"|occurred|(?:was|were)\s+held|hosted|chaired)\b"
    r"|(?:[^,;:.!?\"\n]{0,40}?\s)??(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)"
    r"(?<!\bwere\s)(?<!\bwill\s)(?<!\bto\s)held\s+(?:in|on|at|last|earlier|by)\b"
)


def _own_past_clause(text: str, hit: Hit, hi: int) -> bool:
    """Is an event noun followed, in its own phrase, by a relative clause or participle in the past?"""
    stop = min(hi, hit.end + 80)
    low = text[hit.end : stop]
    if not any(
        w in low
        for w in (
            "had",
            "held",
            "took",
            "lasted",
            "ended",
            "concluded",
            "happened",
            "occurred",
            "hosted",
            "chaired",
        )
    ):
        return False  # most event nouns have none of the verbs after them
    return _OWN_PAST.match(text, hit.end, stop) is not None


def _week_direction(doc: Document, hit: Hit, hi: int) -> bool | None:
    """True or False when an event noun's own undated time, told just after it in its clause ("the talks
    in Oman last week", "his visit to Kyiv next week"), lies ahead or behind; None when none is told."""
    timexes = doc.timexes
    i = bisect.bisect_left(timexes, hit.end, key=lambda t: t.start)
    if i == len(timexes):
        return None
    t = timexes[i]
    if t.value is not None or t.start >= hi or t.start - hit.end > 80:
        return None
    if _CLAUSE_STOP.search(doc.text, hit.end, t.start):
        return None
    low = t.text.lower()
    if low.startswith(_WEEK_AHEAD):
        return True
    if low.startswith(_WEEK_BACK):
        return False
    return None


# ... but "looking forward to having X meet Y", "to seeing X visit": a wish that others meet, not set
_FORWARD_TO_OTHERS = twin(
    r"(?i)\blook(?:s|ed|ing)?\s+forward\s+to\s+(?:having|seeing)\s+(?:[\w'\u2019.-]+\s+){1,5}$"
)
# "looking forward to meeting X at the ... Meeting": a wish for what is ahead, however long its object
_LOOKING_FORWARD = twin(r"\blook(?:s|ing)?\s+forward\s+to\b")


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


# verbs of talking about something: what follows them is a topic ("discussed the need for a truce")
# "urged Y to stop during a meeting", "the invitation came in the course of talks": an event named as the
# time of another act was held (or will be), whatever wish that act tells
_FRAME_BEFORE = twin(
    r"(?i)\b(?:during|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of)\s+(?:[\w'\u2019-]+\s+){0,3}$"
)
_FRAME_LEAD = twin(r"(?i)(?:during|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of)\b")
# a photo caption's marks of where its people stand: "(R)", "(L)", "(2nd L)", "(left)", "(centre)"
_CAPTION_SIDE = twin(
    r"\((?:\d(?:st|nd|rd|th)\s+)?(?:[LRC]|left|right|cent(?:er|re))(?:,\s*(?:[LRC]|left|right))?\)"
)

# a word that puts a caption's scene ahead ("will", "is due to"; not the "next" of "stands next to")
_AHEAD_WORD = twin(r"(?i)\b(?:will|shall|would|is\s+to|are\s+to|expected|scheduled|due|plans?)\b")

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


def _frame_start(text: str, window_lo: int, hit: Hit) -> int | None:
    """Where "during" (or "in the course of", "on the sidelines of") naming the trigger as another act's
    time begins: the trigger's own words, or the few words before it."""
    if _FRAME_LEAD.match(text, hit.start):
        return hit.start
    if text.find("during", window_lo, hit.start) < 0 and text.find(" of ", window_lo, hit.start) < 0:
        return None
    m = _FRAME_BEFORE.search(text, window_lo, hit.start)
    return m.start() if m else None


_TOPIC_VERB = twin(
    r"\b(?:discussed|talked\s+about|reviewed|addressed|raised|stressed|emphasi[sz]ed|underlined|underscored"
    r"|highlighted|exchanged\s+views\s+on)\b"
)


# a stay told in the present: "X is in Moscow", "are currently in Kyiv" (not "is on a working visit",
# which _UNDER_WAY reports as begun)
_STAYING = twin(r"\b(?:is|are)\s+(?:now\s+|currently\s+|already\s+)?in\s+(?=[A-Z])")


# An undated stay under way, or told in the past with its purpose: "X is visiting Chile", "is paying an
# official visit to Brussels", "is currently in Tokyo, attending the forum", "are in the country to attend
# the summit", "was in town to attend the summit". News reports such an event as begun (past).
_STAY_UNDER_WAY = twin(
    r"\b(?:is|are|was|were)\s+(?:(?:now|currently|already|also|still|presently)\s+)?"
    r"(?:visiting|touring|attending|(?:paying|making|undertaking)\s+(?:a|an|his|her|their)\b"
    r"|in\s+(?:[A-Z]|the\s+(?:country|city|capital|region|kingdom)\b|town\b))"
)
_STAY_REACH = 100  # characters from the stay's verb to the trigger
# a loose time ahead told after the trigger in its clause: "is visiting Chile next week", "soon"
_AHEAD_AFTER = twin(r"(?i)\b(?:soon|shortly|later|coming|next|upcoming|forthcoming|tomorrow|tonight)\b")
_CLAUSE_COMMA = re.compile(r"[,;:\"\n\u201c\u201d]")


def _begun_stay(doc: Document, hit: Hit, lo: int, hi: int) -> bool:
    """Is the (undated) trigger a stay under way, or the purpose of one, with no word or time ahead?"""
    text = doc.text
    window_lo = max(lo, hit.start - _STAY_REACH)
    low = text[window_lo : hit.end]
    if " is " not in low and " are " not in low and " was " not in low and " were " not in low:
        return False  # most triggers: no stay told before them
    stay = None
    for m in _STAY_UNDER_WAY.finditer(text, window_lo, hit.end):
        if m.start() < hit.start:
            stay = m
    if stay is None or _CLAUSE_BREAK.search(text, stay.end(), hit.start):
        return False
    if future_word_in(text, stay.start(), hit.end):
        return False  # "is in Japan and will attend the summit"
    comma = _CLAUSE_COMMA.search(text, hit.end, hi)
    if _AHEAD_AFTER.search(text, hit.end, comma.start() if comma else hi):
        return False  # "is visiting Chile next week"
    published = doc.published.isoformat()
    i = bisect.bisect_left(doc.timexes, stay.start(), key=lambda t: t.start)
    # "is making a visit to Japan this weekend": a loose time, or a date ahead, in the sentence
    return not any(
        t.value is None or t.value > published[: len(t.value)] for t in doc.timexes[i:] if t.start < hi
    )


# the "to" of a purpose or a next step right before the trigger (or its first word): "to meet", "to hold
# private talks"
_PURPOSE_TO = twin(r"(?i)\bto\s+(?:(?:hold|have)\s+(?:[\w-]+\s+){0,2})?$")
# a past verb of going or moving on, its clause running to that "to": "flew to Lima on Monday", "visited
# Lima", "then proceeded", "went on" (not a plan: "is due to fly to Lima to meet X" has no past form)
_PAST_MOVE = twin(
    r"(?i)\b(?:travell?ed|flew|went|came|visited|arrived|headed|proceeded|returned|rushed|drove|sailed)\b"
    r"[^,;:.!?\"\u201c\u201d]{0,60}$"
)


def _past_purpose(text: str, lo: int, hit: Hit) -> bool:
    """Is the trigger the purpose or next step of a past move ("visited Lima to meet X", "then proceeded
    to hold talks")? Then the move tells it as done, not ahead."""
    at = hit.start + 3 if text.startswith(("to ", "To "), hit.start) else hit.start
    to = _PURPOSE_TO.search(text, max(lo, at - 40), at)
    if to is None:
        return False
    move = _PAST_MOVE.search(text, max(lo, to.start() - 70), to.start())
    # (no plan between: "flew to Lima and will travel to Quito to meet X")
    return move is not None and not future_word_in(text, move.end(), to.start())


def _looked_forward_to(text: str, lo: int, hi: int) -> bool:
    """Does "looking forward to" stand in ``text[lo:hi]`` (the trigger's clause before it)?"""
    return text.find("forward", lo, hi) >= 0 and _LOOKING_FORWARD.search(text, lo, hi) is not None


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
