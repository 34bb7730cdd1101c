"""Whether a meeting is only proposed, or no event at all.

Proposed: a wish, invitation or offer before the trigger ("would like to visit", "invited X to
visit"), a meeting agreed with no time ("at some point"), a date unset or hoped for, a plan weighed.
No event: a negation ("did not meet") or a refusal or cancellation ("refused to meet", "cancelled a
visit"). Separate from :mod:`meetingstatus`, which asks these before it reads the tense.
"""

from __future__ import annotations

import re

from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.gates import trie_pattern
from briefing_tui.extract.meetingasides import ASIDE
from briefing_tui.extract.meetingcues import PROPOSED, PROPOSED_STEMS, Hit
from briefing_tui.extract.meetingdates import AGREED_TO

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
# "Kozak's recent visit to Berlin", "their previous meeting": the noun names an event already held
EVENT_NOUN = twin(r"(?i)(?:visit|trip|tour|meeting|talk|summit|conference|call|conversation|discussion)s?\b")
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
CLAUSE_STOP = twin(r"[,;:\"]|\b(?:where|which|who|that|while|when|as|but)\b")


# Any of PROPOSED_STEMS, in one scan of the lowered window (a search per stem scanned it ~40 times); as a
# trie, each position tests one set of letters, not every stem
_PROPOSED_STEM = re.compile(trie_pattern(sorted(PROPOSED_STEMS)))


def proposed(text: str, start: int, end: int) -> bool:
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


def proposed_outside_asides(text: str, start: int, end: int) -> bool:
    """PROPOSED in ``text[start:end]`` outside the relative asides closed there: "X, who had urged Y to
    join him, is due to meet Z on Wednesday" (the aside's wish is its own clause's, not the trigger's)."""
    if not proposed(text, start, end):
        return False
    # (an aside may open before ``start``, the window cut inside it: "Macron, who on Sunday attended a
    # forum aimed at seeking peace, will meet X", the wish word within the window, its "who" not)
    opened = max(0, start - _ASIDE_REACH)
    if text.find("wh", opened, end) < 0:
        return True  # no aside (each opens on "wh", after a comma and any spaces): most windows
    pos = start
    for m in ASIDE.finditer(text, opened, end):
        if m.end() <= pos or text[m.end() - 1] != ",":
            continue  # one closed before the window, or by the sentence's end (which holds the trigger)
        if m.start() > pos and proposed(text, pos, m.start()):
            return True
        pos = m.end()
    return proposed(text, pos, end)


_ASIDE_REACH = 200  # characters before the window an aside closed inside it may open (its body's longest)


# "Invited to France as part of the forum, X ...": a participle opening the sentence, its phrase closed by a
# comma before the main clause (not "Invited leaders may attend")
_INVITED_OPENING = re.compile(r"\s+(?:to|by)\s[^.;:\"]{1,160}?,\s")
# "a floral offering", "the wreath offering": an article (and an adjective) before it, the noun
_NOUN_OFFERING = twin(r"(?i)\b(?:a|an|the|their|his|her)\s+(?:[a-z-]+\s+)?$")
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


def unfixed_time(text: str, hit: Hit, hi: int) -> bool:
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


def agreed_undated(text: str, hit: Hit, lo: int, hi: int) -> bool:
    """Is the trigger an event agreed to ("agreed to meet X") with no time told for it, not even a loose one?"""
    if text.find("agree", lo, hit.start) < 0 or not AGREED_TO.search(text, lo, hit.start):
        return False
    if not text.startswith("to ", hit.start) and text.find("to ", lo, hit.start) < 0:
        return False  # "agreed | meetings": no verb agreed to
    return _SOME_TIME.search(text, lo, hi) is None


def date_unset(text: str, lo: int, hit: Hit, hi: int) -> bool:
    """Is the (undated) trigger's time told as not set, or the trigger a verb of a hoped-for clause?"""
    if text.find("hop", max(lo, hit.start - 90), hit.start) >= 0 and _HOPED_FOR.search(
        text, max(lo, hit.start - 90), hit.start
    ):
        return True
    if text.find("not", lo, hi) < 0 and text.find("n't", lo, hi) < 0 and text.find("no ", lo, hi) < 0:
        return False  # every unset time it knows has a negation: most clauses are let go at once
    return _DATE_UNSET.search(text, lo, hi) is not None


def weighed(text: str, lo: int, hit: Hit, hi: int, start: str | None) -> bool:
    """Is the trigger only weighed or called off ("considering a visit"), or, undated, still in the works?"""
    before = max(lo, hit.start - 40)
    if _WEIGHED_BEFORE.search(text, before, hit.start):
        return True
    if text.find(" be", hit.end, hi) >= 0 and EVENT_NOUN.match(text, hit.start):
        final = _NOT_FINAL.search(text, hit.end, min(hi, hit.end + 90))
        if (
            final is not None
            and CLAUSE_STOP.search(text, hit.end, final.start()) is None
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
        and EVENT_NOUN.match(text, hit.start) is not None
        and works.start() - hit.end <= 60
        and CLAUSE_STOP.search(text, hit.end, works.start()) is None
    )


def negated(text: str, hit: Hit) -> bool:
    """Is the trigger negated by the few words before it ("not planning any talks")?"""
    lo = max(0, hit.start - 40)
    low = text[lo : hit.start].lower()
    if "no" not in low and "never" not in low and "n't" not in low:
        return False  # every negation it knows has one of these: most windows are let go at once
    return _NEGATED.search(text, lo, hit.start) is not None


# "would have spoken with him", "could have visited Oslo", "should not have met X": a past that did not
# happen, right before the trigger's participle (not "would have talks with X": the noun, no participle)
_UNREAL_PAST = twin(
    r"(?i)\b(?:would|could|might|should)(?:n't|\s+not)?\s+have\s+(?:(?:already|also|never|probably)\s+)?$"
)


def ruled_out(text: str, hit: Hit) -> bool:
    """Was the event refused or left unsettled right before its trigger ("refused to meet X"), or told as
    what would have been ("would have spoken with him")?"""
    lo = max(0, hit.start - 60)
    low = text[lo : hit.start].lower()
    if "have" in low and hit.form in ("verb", "travel") and _UNREAL_PAST.search(text, lo, hit.start):
        return True
    if (
        "refus" not in low
        and "no " not in low
        and "cancel" not in low
        and " off " not in low
        and "scrap" not in low
    ):
        return False  # every such phrase has one of these: most windows are let go at once
    return _RULED_OUT.search(text, lo, hit.start) is not None
