"""Readings of a trigger's words that correct the tense its nearest verb gives.

A trip set out today, a departure ahead, a record ("the first leader to visit"), a same-day report
still ahead, an itinerary's next stop, an event noun's own past clause, a week told ahead or back, a
frame ("during a meeting on Monday"), a stay under way, the purpose of a past move, "looking forward
to". Separate from :mod:`meetingstatus`, whose ``meeting_status`` runs them in its order.
"""

from __future__ import annotations

import bisect
import re

from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.document import Document, Timex
from briefing_tui.extract.meetingcues import Hit
from briefing_tui.extract.meetingdates import CLAUSE_BREAK
from briefing_tui.extract.meetingends import CLAUSE_COMMA
from briefing_tui.extract.meetingproposals import CLAUSE_STOP
from briefing_tui.extract.tense import future_word_in, scheduled_verb

YEAR = re.compile(r"\b\d{4}\b")


# "travels to Brussels today", "on Tuesday begins a tour": a setting out told in the present, a schedule of the
# day (not "arrives", "concludes": the traveller is there, or the stay ends)
_SETS_OUT = twin(
    r"\b(?:travels|flies|heads|departs|leaves|goes|jets|begins|starts|embarks|sets\s+off|sets\s+out)\b"
)


def visit_begun_today(text: str, lo: int, hit: Hit) -> bool:
    """ "arrived today to begin a three-day visit", "concludes his visit today", "arrives today for a visit":
    is a visit of the publication day told with no word of a plan (only a purpose's "to" or a present
    "arrives")? It is under way when the story is filed, so begun. Not "will visit X today", "is set to
    arrive today", "is embarking on a trip today", "travels to X today": those are still ahead."""
    window_lo = max(lo, hit.start - 120)
    return (
        not future_word_in(text, window_lo, hit.end)
        and not departing(text, lo, hit)
        and _SETS_OUT.search(text, window_lo, hit.end) is None
    )


# "heads to Washington", "is heading for Oslo", "is embarking on a trip to", "embarks on a tour of", "has set
# off for": a departure told in the present (or just done), opening the trip; "was headed to Cairo": on the way
_DEPARTING = twin(
    r"\b(?:(?:head(?:s|ing)|(?:is|are|was|were)\s+headed)\s+(?:(?:off|out)\s+)?(?:to|for)"
    r"|embark(?:s|ing)\s+on\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:trip|tour|visit|journey)"
    r"|(?:sets|setting|has\s+set|have\s+set)\s+(?:off|out)\s+(?:to|for))\b"
)
_DEPARTING_REACH = 60  # characters from the departure's first word to the trip's trigger


def departing(text: str, lo: int, hit: Hit) -> bool:
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
            and not CLAUSE_COMMA.search(text, m.end(), hit.start)
            and text.find(" for ", m.end(), hit.start) >= 0
        )
        or (hit.form == "travel" and not CLAUSE_COMMA.search(text, m.end(), hit.start))
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
RECORD_WORD_AT = twin(r"(?i)" + _RECORD_WORD)
_RECORD_AHEAD = twin(
    r"(?i)\b(?:will|would|shall|could|may|might|to)\s+(?:(?:also|then|now|soon)\s+)?(?:be|become)\s+$"
)


def record_tense(text: str, lo: int, hit_start: int) -> str | None:
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


def same_day_ahead(text: str, hit: Hit, lo: int, hi: int, dated: Timex) -> bool:
    """On the story's own day, is the trigger told as still ahead: a trip verb in the simple present
    dated by a day's name ("X travels to Brussels today"), or a plan in the past ("was set to open")?"""
    if (
        scheduled_verb(text, hit.start)
        and _DAY_NAME.search(dated.text)
        and not YEAR.search(dated.text)
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
        m is not None and CLAUSE_STOP.search(text, min(m.end(), hit.start), max(m.start(), hit.end)) is None
    )


# "Then X goes to Warsaw", "From there, X flies to Y", "X then meets Y": a trip's next stop told in the
# simple present after a word of sequence is a schedule (an undated headline in the present is a report)
_ITINERARY = twin(
    r"(?i)\b(?:then|afterwards|thereafter|subsequently|from\s+there|after\s+that)\b,?\s+"
    r"(?:(?:[A-Z][\w.'\u2019-]*|the|his|her|their)\s+){0,4}(?:then\s+)?"
    r"(?-i:travels|flies|heads|goes|leaves|returns|moves|continues|proceeds|meets|visits|hosts|holds|attends"
    r"|tours)\b"
)


def itinerary_next(text: str, lo: int, hit: Hit) -> bool:
    """Does a word of sequence and a simple-present verb of travel or meeting lead up to the trigger?"""
    low = text[lo : hit.end].lower()
    if "then" not in low and "there" not in low and "after" not in low and "subsequently" not in low:
        return False  # most clauses have none of the words: let go without running the pattern
    return any(m.end() > hit.start for m in _ITINERARY.finditer(text, lo, hit.end))


# "last week", "earlier this week", "next weekend", "later this week": a time with no day to give (no
# value), whose first word still tells whether it lies before or after the report
_WEEK_BACK = ("last", "earlier", "past", "previous")
_WEEK_AHEAD = ("next", "later", "coming", "this coming", "the coming", "the next")


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


def own_past_clause(text: str, hit: Hit, hi: int) -> bool:
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


def week_direction(doc: Document, hit: Hit, hi: int) -> bool | None:
    """True or False when an event noun's own undated time, told just after it in its clause ("the talks
    in Oman last week", "his visit to Kyiv next week"), lies ahead or behind; None when none is told."""
    timexes = doc.timexes
    i = bisect.bisect_left(timexes, hit.end, key=lambda t: t.start)
    if i == len(timexes):
        return None
    t = timexes[i]
    if t.value is not None or t.start >= hi or t.start - hit.end > 80:
        return None
    if CLAUSE_STOP.search(doc.text, hit.end, t.start):
        return None
    low = t.text.lower()
    if low.startswith(_WEEK_AHEAD):
        return True
    if low.startswith(_WEEK_BACK):
        return False
    return None


# "looking forward to meeting X at the ... Meeting": a wish for what is ahead, however long its object
_LOOKING_FORWARD = twin(r"\blook(?:s|ing)?\s+forward\s+to\b")


# verbs of talking about something: what follows them is a topic ("discussed the need for a truce")
# "urged Y to stop during a meeting", "the invitation came in the course of talks": an event named as the
# time of another act was held (or will be), whatever wish that act tells
_FRAME_BEFORE = twin(
    r"(?i)\b(?:during|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of)\s+(?:[\w'\u2019-]+\s+){0,3}$"
)
_FRAME_LEAD = twin(r"(?i)(?:during|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of)\b")


def frame_start(text: str, window_lo: int, hit: Hit) -> int | None:
    """Where "during" (or "in the course of", "on the sidelines of") naming the trigger as another act's
    time begins: the trigger's own words, or the few words before it."""
    if _FRAME_LEAD.match(text, hit.start):
        return hit.start
    if text.find("during", window_lo, hit.start) < 0 and text.find(" of ", window_lo, hit.start) < 0:
        return None
    m = _FRAME_BEFORE.search(text, window_lo, hit.start)
    return m.start() if m else None


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


def begun_stay(doc: Document, hit: Hit, lo: int, hi: int) -> bool:
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
    if stay is None or CLAUSE_BREAK.search(text, stay.end(), hit.start):
        return False
    if future_word_in(text, stay.start(), hit.end):
        return False  # "is in Japan and will attend the summit"
    comma = CLAUSE_COMMA.search(text, hit.end, hi)
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
    r"(?i)\b(?P<verb>travell?ed|flew|went|came|visited|arrived|headed|proceeded|returned|rushed|drove|sailed)\b"
    r"[^,;:.!?\"\u201c\u201d]{0,60}$"
)


def past_purpose(text: str, lo: int, hit: Hit) -> bool:
    """Is the trigger the purpose or next step of a past move ("visited Lima to meet X", "then proceeded
    to hold talks")? Then the move tells it as done, not ahead."""
    at = hit.start + 3 if text.startswith(("to ", "To "), hit.start) else hit.start
    to = _PURPOSE_TO.search(text, max(lo, at - 40), at)
    if to is None:
        return False
    move = _PAST_MOVE.search(text, max(lo, to.start() - 70), to.start())
    # (no plan between: "flew to Lima and will travel to Quito to meet X", "arrived on Monday and was
    # expected to meet X": read from the move's verb, its match runs on to the "to")
    return move is not None and not future_word_in(text, move.end("verb"), to.start())


def looked_forward_to(text: str, lo: int, hi: int) -> bool:
    """Does "looking forward to" stand in ``text[lo:hi]`` (the trigger's clause before it)?"""
    return text.find("forward", lo, hi) >= 0 and _LOOKING_FORWARD.search(text, lo, hi) is not None
