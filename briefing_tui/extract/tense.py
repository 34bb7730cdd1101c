"""Is a date expression talked about in the past or the future?

A weekday or a month named without a year is resolved backwards or forwards
from the publication date depending on the verbs around it. The nearest tense
cue in the same clause decides, looking left first ("will meet Thursday",
"said Monday"), then right ("On Friday, fishermen rescued ...").
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import Literal

from briefing_tui.extract.datewords import word_set

# "present" only when asked for (``progressive=True``): a present progressive ("is being held",
# "are meeting") tells an arrangement of today or of the days ahead.
Tense = Literal["past", "future", "present"]

# (not a part of a hyphened compound: "closed-door talks", "a long-awaited visit", "UN-backed" tell no tense)
_WORD = re.compile(r"(?<![A-Za-z-])[A-Za-z]+(?:'[A-Za-z]+)?(?![A-Za-z-])")
_CLAUSE_STOP = re.compile(r"[;:\n\"\u201c\u201d]")
# ", the White House has announced": a trailing report has its own tense, not the clause's
_REPORT_AFTER = re.compile(
    r",\s+(?:the\s+|a\s+)?(?:[A-Z][\w.'-]*\s+){1,5}(?:has\s+|have\s+|had\s+)?"
    r"(?:said|says|announced|announces|told|reported|reports|stated|confirmed|added)\b"
)
_QUOTE_MARKS = '"\u201c\u201d'
_MAX_TOKENS = 12
_MAX_NAMED_TOKENS = 30  # words read on the right, names included
_WINDOW = 160

FUTURE_WORDS = word_set(
    """
    will 'll shall should would could might wo expected expects expect expecting planned scheduled upcoming
    next forthcoming intended slated tomorrow envisioned envisaged preparing preparation preparations
    """
)
# "is to travel", "set to meet", "plans to visit", "due to arrive": future only before "to".
_FUTURE_BEFORE_TO = word_set(
    "is are am set going due was were plans plan planning hopes hope aims aim intends intend wants"
    # a wish told in the past still looks ahead: "she wanted to support the presidency from January"
    " wanted hoped wished intended aimed"
    # a likelihood looks ahead: "is likely to be finalized", "seems poised to sign"
    " likely unlikely poised"
)

# A present progressive: "is being held", "are meeting on Friday". Its "-ing" word, after a present
# "be", makes the clause's time now or ahead, whatever participle ("hosted by ...") stands further left.
_BE_PRESENT = word_set("is are am")
# "are both due in Malta", "is also due at the summit": a word of degree or scope between "be" and "due"
_BE_ADVERBS = word_set("both all also still now")
_BE_PRESENT_OR_ADVERB = _BE_PRESENT | _BE_ADVERBS
# "is headed to Cairo", "were headed for the talks": a journey under way (as "is heading"), its end ahead
_BE_BEFORE_HEADED = word_set("is are was were")
_HEADED = "headed"
_PROGRESSIVE = word_set(
    """
    being visiting meeting travelling traveling attending holding hosting signing speaking discussing
    opening launching returning arriving leaving departing flying heading addressing joining chairing
    convening resuming voting testifying paying making undertaking conducting touring staying wrapping
    """
)

# A trip or meeting told in the simple present of the third person, "Wong travels to Fiji Thursday",
# "the minister meets Rabuka on Friday": a schedule, of today or the days ahead (the news tells what
# is done in the past tense). Not nouns: "his visits on Monday", "heads of state".
# (also "leaves for Kyiv on Sunday", "returns home on Friday", "wraps up the tour on Monday"; not the
# verbs a photo caption tells in the present: "X holds a press conference with Y, Thursday, June 2")
_SCHEDULED = word_set(
    "travels flies heads departs arrives visits meets hosts begins embarks starts leaves returns goes lands "
    "jets concludes wraps"
    # an event's own opening: "the summit opens Monday", "parliament convenes on Tuesday"
    " opens convenes resumes ends closes"
)
_NOT_BEFORE_SCHEDULED = word_set("the his her their its our two three several many of and recent")


def scheduled_verb(text: str, start: int) -> bool:
    """Is the word at ``start`` a trip or meeting verb in the simple present ("travels", "meets"), not
    a noun after a determiner ("his visits")?"""
    m = _WORD.match(text, start)
    if m is None or m.group() not in _SCHEDULED:
        return False
    before = text[max(0, start - 30) : start].split()
    return not before or before[-1].lower() not in _NOT_BEFORE_SCHEDULED


# Verbs of a try or a refusal before "to": what they govern fell at their own time, not after it
# ("failed to attend on Friday" tells a past Friday; "agreed to meet on Monday" looks ahead)
_TRIED_BEFORE_TO = word_set(
    "failed refused declined managed tried attempted neglected failing refusing declining trying attempting"
)
# Feelings before "to", and the past forms of "be" that tell them as felt (not "be", of "will be glad to
# meet X"; nor "is", of "is pleased to visit Oslo next week"), words of degree between: "has been very
# pleased to meet"
_GLAD_BEFORE_TO = word_set("pleased glad happy delighted honoured honored proud thrilled privileged")
_BE_FELT = word_set("was were been")
_DEGREE = word_set("very so really most extremely deeply truly particularly especially")


# A time still ahead told after the sitting: "said she was glad to meet X next week" reports an "I am glad
# to meet X next week", the feeling's "was" only the report's
_AHEAD_AFTER = re.compile(r"(?i)\b(?:next|tomorrow|later|coming|upcoming|soon)\b")


def _felt(words: list[str], i: int, text: str, end: int, hi: int) -> bool:
    """Is ``words[i]`` a feeling told as felt ("was glad", "has been very pleased"), before a "to" whose
    sitting ends at ``end`` (a "was" or "were", not "been", only with no time ahead told after it)?"""
    if i < 1 or words[i].lower() not in _GLAD_BEFORE_TO:
        return False
    j = i - 1
    while j > 0 and words[j].lower() in _DEGREE:
        j -= 1
    be = words[j].lower()
    if be not in _BE_FELT:
        return False
    return be == "been" or not _AHEAD_AFTER.search(text, end, _clause_end(text, end, hi))


def felt_before(text: str, lo: int, start: int, hi: int) -> bool:
    """Do the words of ``text[lo:start]`` end on a feeling told as felt ("she was glad | to meet X"), with
    no time ahead told after ``start`` (up to ``hi``)?"""
    words = _WORD.findall(text, lo, start)
    return _felt(words, len(words) - 1, text, start, hi)


# Base verbs that, after "to", put an event ahead: "agreed to meet on Monday".
_EVENT_VERBS = word_set(
    "visit meet travel attend hold host sign speak discuss begin start open launch return arrive leave depart "
    "fly head address join chair convene resume vote testify broker organize organise arrange schedule"
    # "agreed to send his minister to Washington on Monday": a sending still to be done
    " send dispatch"
    # "a mission of three presidents to go to Bamako": a trip still to be made
    " go"
    # "decided to continue the talks in April": going on with them is still ahead
    " continue"
)

PAST_WORDS = word_set(
    """
    said told met spoke was were had did went came made took gave held saw began left sent wrote brought
    found led paid fell rose struck won lost knew thought became broke chose drew drove fought flew got
    grew hid kept laid meant ran rang sat sold shot shook sang sank slept spent stood stole swore taught
    threw understood woke wore withdrew sought bought caught dealt felt heard built ago last earlier
    previously already yesterday
    """
)
# Irregular past participles, which tell a past event as the "-ed" ones do: "proposals drawn up on
# Saturday", "the decision taken on Monday", "a speech given on Friday" (after "be" they are passive
# and let the auxiliary decide, as the "-ed" ones). Not "known", "seen" (mostly "known as", "seen as").
_PAST_PARTICIPLES = word_set(
    "drawn taken given written chosen shown spoken broken driven stolen sworn thrown beaten begun frozen"
)
# A plan told with its object, not its infinitive: "plans a trip", "is planning talks with X" (not the past
# "planned a visit", nor the noun: "the plan the two sides signed")
_PLANS_OBJECT = word_set("plans planning")
_OBJECT_DETERMINERS = word_set("a an another his her their its talks visits meetings")
# ... read as the verb only with no determiner, possessive, preposition or adjective in front: "its plans a
# year ago", "the government's plans a decade in the making", "under plans a minister unveiled" name the
# noun (a possessive's "s" stands alone after a curly apostrophe)
_BEFORE_NOUN_PLANS = word_set(
    """
    the a an its his her their our my your these those such no any some all of under with for about on in
    by from against over into without to new old earlier original initial previous current latest future s
    """
)


def _opens_noun(before: str) -> bool:
    """Does ``before`` put the noun "plan(s)" after it ("its", "the government's", "under", "new")?"""
    low = before.lower()
    return low in _BEFORE_NOUN_PLANS or low.endswith("'s")


def plans_as_noun(token: str, before: str, following: str | None) -> bool:
    """Is ``token`` ("plans", "planning"), before an object's determiner (``following``: "a", "an",
    "his"), the noun after ``before``, the word in front of it? ("plans to" looks ahead either way.)"""
    return following in _OBJECT_DETERMINERS and token.lower() in _PLANS_OBJECT and _opens_noun(before)


def plan_verb(before: str, following: str | None) -> bool:
    """Is "plan(s)" between ``before`` and ``following`` the verb that looks ahead: its infinitive or its
    object after it ("X plans to visit", "plans a trip"; not "the peace plan in Lima"), and no word before
    it that makes it the noun ("their plans to build", "a plan to widen the port")?"""
    return (following == "to" or following in _OBJECT_DETERMINERS) and not _opens_noun(before)


# "said his visit in May would ...": a verb of saying, then the subject of the reported clause (no "that")
_SAYS = word_set("said says")
_WAS = word_set("was were")
_SCHEDULED_AFTER_WAS = word_set("expected scheduled slated due")
_SUBJECT_OPENERS = word_set("the his her their its")
# "looked ahead to", "is looking forward to": the verb's own tense is not that of what it looks to
_LOOK = word_set("look looks looked looking")
_LOOK_AHEAD = word_set("ahead forward")
# Words ending in -ed that are not past-tense verbs, or that look forward.
_NOT_PAST_ED = word_set(
    """
    united hundred need needed indeed proceed succeed exceed speed seed feed breed embed shed bed red wed
    creed greed steed weed limited interested concerned related detailed armed advanced unprecedented
    expected scheduled planned proposed anticipated slated intended supposed renewed increased
    unarmed heated talented
    """
)


# A present tense in a relative clause ("the fair, which runs until November 30") says the time
# is still current or ahead, whatever past verb the main clause has.
_PRESENT_WORDS = word_set(
    "is are runs lasts continues remains ends starts begins opens closes expires stays falls"
)
_RELATIVE = word_set("which who")
# "has been arranged for Monday": the arranging is done, the event's time is not told by it
_ARRANGED = word_set(
    """
    arranged confirmed agreed approved finalized finalised organized organised announced decided fixed
    set booked postponed rescheduled moved delayed invited
    """
)
# A capitalised "-ed" word opens the sentence ("Asked on Friday whether ..."): a past participle
# clause, if a preposition or adverb follows it (names such as "Mohammed bin" are not verbs).
_AFTER_OPENING_ED = word_set("on by about in at for with to after during from earlier late last")


def _opening_past(token: str, following: str | None) -> bool:
    low = token.lower()
    return (
        token[:1].isupper()
        and len(low) >= 5
        and low.endswith("ed")
        and low not in _NOT_PAST_ED
        and following in _AFTER_OPENING_ED
    )


@lru_cache(maxsize=8192)
def _cue(token: str, following: str | None) -> Tense | None:
    low = token.lower()
    if low.endswith("'ll"):
        return "future"
    if low in FUTURE_WORDS or token == "may":
        return "future"
    if low in _FUTURE_BEFORE_TO and following == "to":
        return "future"
    if low in _PLANS_OBJECT and following in _OBJECT_DETERMINERS:
        return (
            "future"  # "plans a visit to Oslo on Monday", "is planning a meeting with X": the plan's object
        )
    if following == "for" and low in ("set", "due"):
        return "future"  # "the talks are set for Friday", "is due for a vote on Monday"
    if low == "to" and following in _EVENT_VERBS:
        return "future"  # headline future: "Blinken to visit China on Sunday"
    if (low == "comes" and following == "after") or (
        low == "follows" and following is not None and following not in _NOT_FOLLOWED
    ):
        # "the deal comes after talks in May", "it follows a meeting in July": what it comes after came
        # first, whatever the tense of the report (not "a second round follows in May": its own time)
        return "past"
    if low in PAST_WORDS or low in _PAST_PARTICIPLES:
        return "past"
    if token.islower() and len(low) >= 5 and low.endswith("ed") and low not in _NOT_PAST_ED:
        return "past"
    return None


_AHEAD = "ahead"  # a word whose cue depends on the word after it
_CUE_BY_NEXT_WORD = word_set("to comes follows")
# after "follows", words of its own time or manner, no event followed: "a vote follows in May", "follows suit"
_NOT_FOLLOWED = word_set("in on at from soon later next shortly immediately suit closely this")
# "due to the breakdown", "due to his illness": after "due to", a determiner opens a cause, not a plan
_CAUSE_AFTER_TO = word_set("the a an his her its their this that these those our my your")


@lru_cache(maxsize=8192)
def _word_cue(token: str) -> str | None:
    """The cue of a word on its own, or ``_AHEAD`` for "is" (to), "plans" (to), "to" (visit)."""
    low = token.lower()
    if low in _FUTURE_BEFORE_TO or low in _CUE_BY_NEXT_WORD:
        return _AHEAD
    return _cue(token, None)


def _clause_start(text: str, start: int, lo: int, window: int = _WINDOW) -> int:
    """Where the clause holding ``start`` begins: after the last clause stop within ``window``."""
    lo = max(lo, start - window)
    stops = list(_CLAUSE_STOP.finditer(text, lo, start))
    # a short quoted name ('the "Quad" summit') is no clause of its own: step over its two quote marks
    while len(stops) >= 2 and _short_quote(text, stops[-2], stops[-1]):
        del stops[-2:]
    return stops[-1].end() if stops else lo


def clause_start(text: str, start: int, lo: int, window: int) -> int:
    """Where the clause holding ``start`` begins, looking back at most ``window`` characters."""
    return _clause_start(text, start, lo, window)


def _short_quote(text: str, first: re.Match[str], last: re.Match[str]) -> bool:
    """Two quote marks around at most three words, no punctuation: a name or term in quotes."""
    if first.group() not in _QUOTE_MARKS or last.group() not in _QUOTE_MARKS:
        return False
    inner = text[first.end() : last.start()]
    return 0 < len(inner) <= 30 and inner.count(" ") <= 2 and not any(c in inner for c in ",.;:!?")


def _clause_end(text: str, end: int, hi: int) -> int:
    hi = min(hi, end + _WINDOW)
    stop = _CLAUSE_STOP.search(text, end, hi)
    hi = stop.start() if stop else hi
    if text.find(",", end, hi) < 0:
        return hi  # no comma: no trailing report
    report = _REPORT_AFTER.search(text, end, hi)
    return report.start() if report else hi


def _right_cue(
    text: str, end: int, hi: int, progressive: bool = False, names_free: bool = True, scheduled: bool = False
) -> Tense | None:
    """The first cue among the words after ``end``, read one at a time: it is usually the first or second.
    ``names_free``: capitalised words (names) do not count towards the words read; ``scheduled``: a trip
    verb in the simple present right after the date ("X on Tuesday begins a tour") is a schedule."""
    pending: str | None = None  # a word whose cue waits for the next word
    before_pending = ""
    previous = ""
    counted = 0
    for m in islice(_WORD.finditer(text, end, hi), _MAX_NAMED_TOKENS):
        token = m.group()
        if (
            scheduled
            and counted < 2
            and token in _SCHEDULED
            and previous.lower() not in _NOT_BEFORE_SCHEDULED
        ):
            return "present"
        if token[0].islower() or not names_free:
            counted += 1  # a name ("the President of Cyprus, Mr Nicos Anastasiades") is read, not counted
            if counted > _MAX_TOKENS:
                break
        if progressive and previous.lower() in _BE_PRESENT and token.lower() in _PROGRESSIVE:
            return "present"
        if token == _HEADED and previous.lower() in _BE_BEFORE_HEADED:
            return "future"  # "was headed to Cairo for talks": on the way, the talks ahead
        if pending is not None:
            if pending == "due" and before_pending in _BE_PRESENT_OR_ADVERB and token.lower() in _DUE_PLACE:
                after = _WORD.search(text, m.end(), hi)
                if _due_somewhere(token.lower(), after.group().lower() if after else None):
                    return "future"  # "is due in Beijing on Sunday"
            if pending.lower() == "due" and token.lower() == "to":
                pending = "due to"  # its cue waits for one word more
                previous = token
                continue
            if pending.lower() in _WAS:
                if token.lower() in _BE_ADVERBS:
                    continue  # "was also expected": the word after the adverb decides
                if token.lower() in _SCHEDULED_AFTER_WAS:
                    # "was also expected in Qatar", "were scheduled to hold a press conference": a plan told
                    # from a past report, still ahead for it
                    return "future"
            if pending == "due to":
                if token.lower() not in _CAUSE_AFTER_TO:
                    return "future"  # "due to arrive"
            elif not plans_as_noun(pending, before_pending, token.lower()) and not (
                pending == "to" and before_pending in _TRIED_BEFORE_TO
            ):
                # ("even after failing to attend the summit": the attempt's "to", as on the left)
                cue = _cue(pending, token.lower())
                if cue:
                    return cue
            pending = None
        cue = _word_cue(token)
        if cue is _AHEAD:
            pending = token
            before_pending = previous.lower()
        elif cue == "past" and previous.lower() in ("be", "being"):
            pass  # a passive participle ("to be finalized", "will be held"): not a past tense
        elif cue == "past" and _participle_aside(text, m.start(), m.end()):
            pass  # "On Wednesday, X, accompanied by Y, will attend": an aside's participle, the verb decides
        elif cue and not (previous == "been" and token.lower() in _ARRANGED):
            return cue  # type: ignore[return-value]
        previous = token
    if pending == "due to":
        return "future"
    return _cue(pending, None) if pending is not None else None


# ", accompanied by his wife,", ", flanked by aides,": a participle opening an aside, with its agent
_ASIDE_OPEN = re.compile(r",[ \t]*$")
_BY_AFTER = re.compile(r"[ \t]+by\b")


def _participle_aside(text: str, start: int, end: int) -> bool:
    """Is the word at ``text[start:end]`` a participle opening an aside (", accompanied by X,")?"""
    return (
        _BY_AFTER.match(text, end) is not None
        and _ASIDE_OPEN.search(text, max(0, start - 3), start) is not None
    )


# "is due in Beijing on Sunday", "are due back home on Friday": expected somewhere, ahead (not "is due
# in part to the storm": a cause)
_DUE_PLACE = word_set("in at back here there home")
_NOT_PLACE_AFTER_IN = word_set("part large no")


def _be_present_before(left: list[str], i: int) -> bool:
    """Is ``left[i]`` ("due") told after a present "be", one word of degree between at most ("are both
    due")?"""
    if i > 0 and left[i - 1].lower() in _BE_PRESENT:
        return True
    return i > 1 and left[i - 1].lower() in _BE_ADVERBS and left[i - 2].lower() in _BE_PRESENT


def _due_somewhere(place: str | None, then: str | None) -> bool:
    """After "is due": does ``place`` (and the word after it) tell where someone is expected?"""
    return place in _DUE_PLACE and not (place == "in" and then in _NOT_PLACE_AFTER_IN)


# ", who is here on a two-day visit," / ", which was held in Oslo,": a relative clause closed before the
# date is an aside about a name; its verb is its own, the date's clause goes on after it
_CLOSED_RELATIVE = re.compile(r",[ \t]+(?:who|which)\b[^,;:\"\n\u201c\u201d]{1,120},")


# A date of the "since" phrase's own between it and the date read ("since 2019 on Monday"): a year or
# a day's number, a month, a weekday
_SINCE = re.compile(r"\b[Ss]ince\b")
_SINCE_REACH = 400  # characters back: past the words tense_near reads
_DATE_WORD = re.compile(
    r"\b(?:\d{1,4}|(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday)\b"
)


def _dated_since(text: str, clause: int, start: int) -> bool:
    """Whether the last "since" of ``text[clause:start]`` is followed by a date of its own before ``start``:
    then it looks back to that date, not to the one at ``start``."""
    since = None
    for since in _SINCE.finditer(text, max(clause, start - _SINCE_REACH), start):  # noqa: B007 (the last one)
        pass
    return since is not None and _DATE_WORD.search(text, since.end(), start) is not None


def _left_words(text: str, clause: int, start: int) -> list[str]:
    """The words of ``text[clause:start]``, less those of relative clauses closed before ``start``."""
    if text.find(", wh", clause, start) < 0:
        return _WORD.findall(text, clause, start)  # most clauses: no relative aside
    words: list[str] = []
    at = clause
    for m in _CLOSED_RELATIVE.finditer(text, clause, start):
        words += _WORD.findall(text, at, m.start())
        at = m.end()
    return words + _WORD.findall(text, at, start)


def future_word_in(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold a word that puts its clause ahead ("will", "expected", "is to"),
    beyond a bare "to meet" (a headline's future, or a purpose: "travelled to Kyiv to meet X")?"""
    previous: str | None = None
    for m in _WORD.finditer(text, start, end):
        low = m.group().lower()
        if previous is not None and previous in _FUTURE_BEFORE_TO and low == "to":
            return True
        if low in FUTURE_WORDS or low.endswith("'ll") or m.group() == "may":
            return True
        previous = low
    return False


def first_cue(text: str, start: int, end: int) -> Tense | None:
    """The first cue among the first words of ``text[start:end]``, across clause stops: the tense a
    whole sentence is told in ("In the evening, the premier will host ...": future)."""
    return _right_cue(text, start, end, names_free=False)


def first_cue_outside_asides(text: str, start: int, end: int) -> Tense | None:
    """``first_cue``, less the relative clauses closed in ``text[start:end]``: "The President, who was
    joined by X, will raise trade at the meeting" is told ahead by its main verb, not the aside's."""
    if text.find(", wh", start, end) < 0:
        return first_cue(text, start, end)  # most sentences: no relative aside
    at = start
    for m in _CLOSED_RELATIVE.finditer(text, start, end):
        cue = _right_cue(text, at, m.start(), names_free=False)
        if cue is not None:
            return cue
        at = m.end()
    return _right_cue(text, at, end, names_free=False)


def tense_within(text: str, start: int, end: int) -> Tense | None:
    """The first cue among the words of ``text[start:end]``, up to a clause stop: a trigger's own
    auxiliary ("will meet"). Equals ``tense_near(text, start, start, start, end)``, without its
    empty left side."""
    return _right_cue(text, start, _clause_end(text, start, end))


def tense_near(
    text: str,
    start: int,
    end: int,
    lo: int = 0,
    hi: int | None = None,
    progressive: bool = False,
    scheduled: bool = False,
) -> Tense | None:
    """The tense of the clause around ``text[start:end]``, within ``[lo, hi)`` (its sentence).

    The words on the right are read only when needed: most clauses have their cue on the left.
    With ``progressive``, a present progressive ("is being held") gives "present"; with ``scheduled``
    too, a trip told in the simple present ("travels to Fiji Thursday"), asked for a weekday only (a
    month's day told so may be one just past: "the forum meets on 12 October").
    """
    if hi is None:
        hi = len(text)
    clause = _clause_start(text, start, lo)
    words = _left_words(text, clause, start)
    left = words[-_MAX_TOKENS:]
    present = False
    for i in range(len(left) - 1, -1, -1):
        token = left[i]
        if token == "that":
            break  # "said earlier that his trip will go on": the words before "that" are another clause's
        low = token.lower()
        if low == "since":
            if _dated_since(text, clause, start):
                continue  # "her first visit since 2019 on Monday": the since has its own date, not this one
            return "past"  # "his first trip since taking office in March": "since" looks back, whatever verb
        if (
            low in _LOOK_AHEAD
            and i > 0
            and left[i - 1].lower() in _LOOK
            and (left[i + 1].lower() if i + 1 < len(left) else None) == "to"
        ):
            return "future"  # "looked ahead to the talks in Paris on Tuesday": what is looked to is ahead
        if progressive and i > 0 and token.lower() in _PROGRESSIVE and left[i - 1].lower() in _BE_PRESENT:
            return "present"
        if token == _HEADED and i > 0 and left[i - 1].lower() in _BE_BEFORE_HEADED:
            return "future"  # "is headed to Washington on Monday": the Monday ahead
        if token == "due" and _be_present_before(left, i):
            if i + 1 < len(left):
                place, then = left[i + 1].lower(), left[i + 2].lower() if i + 2 < len(left) else None
            else:
                nxt = _WORD.findall(text, end, min(hi, end + 40))[:2]
                place, then = (nxt[0].lower() if nxt else None), (nxt[1].lower() if len(nxt) > 1 else None)
            if _due_somewhere(place, then):
                return "future"
        if (
            scheduled
            and token in _SCHEDULED
            and i > 0
            and left[i - 1].lower() not in _NOT_BEFORE_SCHEDULED
            and (i + 1 == len(left) or left[i + 1] != "of")
        ):
            return "present"
        if token in _PRESENT_WORDS:
            present = True
        elif present and token in _RELATIVE:
            return "future"  # "..., which runs until November 30": the time is still to run
        cue = _word_cue(token)
        if cue is _AHEAD:
            if i + 1 < len(left):
                following: str | None = left[i + 1].lower()
            else:
                first = _WORD.search(text, end, _clause_end(text, end, hi))
                following = first.group().lower() if first else None
            cue = None if i > 0 and plans_as_noun(token, left[i - 1], following) else _cue(token, following)
            if low == "due" and following == "on" and not (i > 0 and left[i - 1].lower() in _WAS):
                cue = "future"  # "the summit due on Monday": expected then (not "was due on Monday")
            if (
                cue
                and token.lower() == "due"
                and following == "to"
                and i + 2 < len(left)
                and left[i + 2].lower() in _CAUSE_AFTER_TO
            ):
                cue = None  # "is due to the breakdown of talks": a cause, not a time ahead
        if cue == "future" and token == "to" and _felt(left, i - 1, text, end, hi):
            # "has been pleased to meet X", "was glad to visit Seoul": a feeling about a sitting held, told
            # by the "be" before it ("will be glad to meet X" reads on to its "will"; "was glad to meet X
            # next week" is a report of a sitting ahead)
            return "past"
        if cue == "future" and token == "to" and i > 0 and left[i - 1].lower() in _TRIED_BEFORE_TO:
            # "failed to attend the rally on Friday", "after refusing to sign it on Monday": the attempt's
            # time, told by its own verb (or, for a gerund, by the words further left), not one ahead
            if left[i - 1].lower().endswith("ed"):
                return "past"
            continue
        if cue == "past" and i > 0 and left[i - 1].lower() in ("be", "being"):
            continue  # a passive participle ("will be held"): the auxiliary further left decides
        if (
            cue == "past"
            and i + 1 < len(left)
            and left[i + 1] == "by"
            and text.find(f", {token} by ", clause, start) >= 0
        ):
            continue  # "talks, mediated by Oman, on Saturday": a participle aside, the main verb decides
        if i > 0 and left[i - 1].lower() == "been" and token.lower() in _ARRANGED and cue != "future":
            continue  # "has been arranged" tells when it was arranged, not when the event falls
        if (
            cue == "past"
            and low in _SAYS
            and i + 1 < len(left)
            and left[i + 1].lower() in _SUBJECT_OPENERS
            and _right_cue(text, end, _clause_end(text, end, hi)) == "future"
        ):
            return "future"  # "said his visit in early May would tackle trade": the reported clause's verb
        if cue:
            return cue  # type: ignore[return-value]
        if (
            i == 0
            and clause == lo
            and len(words) <= _MAX_TOKENS
            and _opening_past(token, left[1].lower() if len(left) > 1 else None)
        ):
            return "past"  # "Asked on Friday whether he would go, ...": the sentence opens in the past
    # (a date's own clause: "X on Tuesday begins a tour"; a trigger's, asked with an empty span, keeps
    # its simple present for a caption's "X arrives in Muscat, Monday, Oct. 2, 2017")
    return _right_cue(text, end, _clause_end(text, end, hi), progressive, scheduled=scheduled and start < end)
