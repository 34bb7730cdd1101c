"""The days events take from the story around them: its news day, its lead, retellings of one event.

The story's news day (a dated opening, a lede's date) dates the lead's undated events; a dated event
lends its day to the undated sittings of it told near it ("also met", a dated retelling), and a
quoted event's exact day dates the same event told outside quotes. Separate from
:mod:`meetingtripdays`, which dates trips by their sittings, arrivals and lengths.
"""

from __future__ import annotations

import re

from briefing_tui.extract import dateline
from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.document import Document, Timex
from briefing_tui.extract.meetingfound import Found, actor_side, days_of
from briefing_tui.extract.meetingmerge import GENERIC, is_headline, sides_of, title_line
from briefing_tui.extract.meetingstatus import date_status
from briefing_tui.extract.meetingtripdays import stay_told
from briefing_tui.extract.tense import tense_within

_LEAD_REACH = 3  # sentences after the first event's within which a dated event is the story's lead


# "Colombo, March 30: ...", "TEHRAN, Apr. 18 (MNA) -", "Pune [India], May 10 (ANI):": a day the story
# opens on, right after its place
_DATED_OPENING = twin(r"\s*[A-Z][\w .'-]{1,30}(?:\s\[[A-Z][\w .'-]{1,30}\])?,\s*$")
_DATED_CLOSE = re.compile(r"\s*(?::|\(|[\u2014\u2013-])")
_OPENING_REACH = 1  # sentences after the dated one within which the lead event is told


_LEDE_SENTENCES = 3  # the story's first sentences, where its lead (and so its news day) is told
_WORDED_DATE = re.compile(r"[A-Za-z]{3}")  # "Thursday", "Feb. 6": not a stamp's "29.04.2014"
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_LEDE_WORDS = 5  # lower-case words besides the date that make a sentence of news
_NEWS_DAYS = 1  # a lead day on publication or the day before is the story's news day


def _lede_timex(doc: Document, first: Timex | None) -> Timex | None:
    """ "Japan and South Korea agreed Thursday that ..." (no dated dateline): the news day a lead
    sentence tells, the first date told in a sentence of the story's first ones (past a page's date
    lines), when an exact day on publication or the day before (a story's news day)."""
    if first is None:
        return None
    k0 = doc.sentence_at(first.start)
    if k0 < 0:
        return None
    # (sentences of news only count: a photo's credit line or a byline between the date line and the
    # lede is none: "John Key \u00a9 Getty Images", "By Jane Roe")
    told_before, counted = 0, k0
    for t in doc.timexes:
        if t.start < first.start:
            continue
        k = doc.sentence_at(t.start)
        if k < 0:
            return None
        while counted < k:
            told_before += _is_news(doc, doc.sentences[counted].start, doc.sentences[counted].end)
            counted += 1
        if k - k0 >= _LEDE_SENTENCES and told_before >= _LEDE_SENTENCES - 1:
            return None
        s = doc.sentences[k]
        told = doc.text[s.start : t.start] + " " + doc.text[t.end : s.end]
        if not _WORDED_DATE.search(t.text) or len(_LOWER_WORD.findall(told)) < _LEDE_WORDS:
            continue  # a page's date line, no sentence told: "2022-09-24 16:35", "Date 15 November 2022"
        day = days_of(t.value, None)
        if (
            day is None
            or day[0] != day[1]
            or t.end_value is not None
            or not 0 <= (doc.published - day[0]).days <= _NEWS_DAYS
        ):
            return None
        # (one day only: "July 29 (Agency) -- the talks on July 28" gives no one news day)
        others = [
            u
            for u in doc.timexes
            if s.start <= u.start < s.end and u is not t and u.value and len(u.value) == 10
        ]
        return None if others else t
    return None


def _is_news(doc: Document, start: int, end: int) -> bool:
    """Does ``text[start:end]`` tell something in words (a sentence, not a credit line or a byline)?"""
    return len(_LOWER_WORD.findall(doc.text, start, end)) >= _LEDE_WORDS


def _news_day(doc: Document) -> tuple[Timex, bool] | None:
    """The story's news day: a dated dateline's day, else the lede's (:func:`_lede_timex`; then True)."""
    stamp = dateline.stamp_end(doc.text)  # (a page's date stamp before the dateline is none of its own)
    t = next((t for t in doc.timexes if t.start >= stamp), None)
    if (
        t is None
        or t.value is None
        or len(t.value) != 10
        or t.start > stamp + 40
        or not _DATED_OPENING.fullmatch(doc.text, stamp, t.start)
        or not _DATED_CLOSE.match(doc.text, t.end)
        or t.value > doc.published.isoformat()
    ):
        t = _lede_timex(doc, t)
        return None if t is None else (t, True)
    return t, False


# "earlier in the day", "later in the day", "later that day", "this morning": the day the story tells of,
# not the page's
_DAY_ANAPHOR = twin(
    r"(?i)(?:earlier|later)\s+(?:in|on)\s+the\s+day|later\s+that\s+day|this\s+(?:morning|afternoon|evening)"
)


def _day_anaphors(doc: Document, found: list[Found], news: Timex) -> None:
    """ "Xi, who arrived in Osaka earlier in the day, ...", "X met Y this morning", in a story of Thursday's
    events published on Friday: a day told as the story's own ("earlier in the day", "this morning") is
    its news day, not the publication's."""
    published = doc.published.isoformat()
    if news.value is None or news.value == published:
        return  # most stories: the news day is the page's
    for f in found:
        if f.timex is not None and f.start == published and _DAY_ANAPHOR.fullmatch(f.timex.text):
            f.start = news.value
            if f.end == published:
                f.end = news.value


def opening_day(doc: Document, found: list[Found]) -> list[Found]:
    """ "Colombo, March 30: ... Minister X paid a courtesy call on President Y at the Palace": the
    story's first event, past and with no date of its own, told in the sentence the dated dateline
    opens or the next, was held on that day (a day not after publication). With no dated dateline,
    the lede's news day (:func:`_lede_timex`) dates a sitting of two parties told in the headline or
    the sentence after the lede, or one a page's stamp dated."""
    if not found or not doc.timexes:
        return found
    news = _news_day(doc)
    if news is None:
        return found
    t, lede = news
    _day_anaphors(doc, found, t)
    stamp = dateline.stamp_end(doc.text)
    first = next((i for i, s in enumerate(doc.sentences) if s.end > t.end), 0)
    # the first sitting, past a visit its sentence tells first ("X called on Y, who is in India on a visit")
    lead = next((f for f in found if f.sentence == found[0].sentence and f.kind != "visit"), found[0])
    # "date 2024-02-24 X meets Y ... X on Friday told Y": a page's stamp dates the lead only when the
    # story's words tell no earlier day for it
    # (a lede's day that an event of the lede has is that event's: the lead told again merges with it,
    # or is another: "At a meeting on May 4 with X, ...")
    if lede and any(f.timex is t for f in found):
        return found
    stamped = lede and lead.timex is not None and lead.timex.end <= stamp and t.value < (lead.start or "")
    if (
        lead.sentence - first <= _OPENING_REACH
        and (lead.start is None or stamped)
        and lead.status == "past"
        and lead.kind in (*GENERIC, "call")
        and not lead.earlier
        # (a lead's day: for a sitting of two parties told in the headline or the sentence after the
        # lead's, not one its own sentence leaves undated: "met X in Rome, where he arrived on Monday")
        and (not lede or (len(lead.participants) >= 2 and lead.sentence != first))
    ):
        lead.start = lead.end = t.value
        lead.date_text, lead.timex = t.text, t
    if lede:
        _lede_sittings(doc, found, t, first)
    return found


_LEDE_REACH = 2  # sentences either side of the lede's dated one whose undated sittings are of its day


def _lede_sittings(doc: Document, found: list[Found], t: Timex, first: int) -> None:
    """ "Abe and Obama met at the White House. ... The ministry said on Friday ... The two leaders then held
    talks": sittings told past and with no date of their own in the story's opening sentences, a sentence or
    two from the one whose day is the story's news day (publication or the day before), were held that day,
    as news tells its day's events. Not the dated sentence's own (its day may be another clause's), nor a
    headline's or a subheading's, nor one told as earlier or in a sentence telling a stay of several days
    (on one of its days); and none when another exact day is told between them and the news day (that day
    may be theirs)."""
    days = [u for u in doc.timexes if u is not t and u.value is not None and len(u.value) == 10]
    for f in found:
        if (
            f.start is not None
            or f.status != "past"
            or f.kind not in (*GENERIC, "call")
            or f.earlier
            or not f.participants
            or f.sentence == first
            or abs(f.sentence - first) > _LEDE_REACH
            or (f.sentence < first and is_headline(doc, f.sentence))
            or title_line(doc, f.sentence)
        ):
            continue
        s = doc.sentences[f.sentence]
        if stay_told(doc.text, s.start, s.end):
            continue  # "X, who is in Colombo on a two-day visit, met Y": on a day of the stay untold
        lo, hi = (t.end, f.evidence_start) if f.sentence > first else (f.evidence_end, t.start)
        if any(lo <= u.start < hi for u in days):
            continue
        f.start = f.end = t.value
        f.date_text, f.timex = t.text, t


def lead_day(doc: Document, found: list[Found]) -> list[Found]:
    """ "Abiy conferred with leaders at the summit today ... Abiy and Kiir exchanged views on ...": a
    meeting or talks told later with no date, with the status of the story's dated lead event, is one
    of the lead's sittings and held on its day, when its parties are the lead's (or their countries)
    or the lead names one party only (the others a group: "leaders of various countries"). Not one
    told as earlier ("had first met"), nor a meeting with someone else ("met Lavrov on Monday. ...
    met Scholz": two meetings, the second's day untold)."""
    if not found:
        return found
    first = found[0].sentence
    lead = next(
        (
            f
            for f in found
            if f.sentence - first <= _LEAD_REACH
            and f.participants
            and f.start
            and len(f.start) == 10
            and f.end in (None, f.start)
            and f.status == "past"
        ),
        None,
    )
    if lead is None:
        return found
    parties = set(lead.participants)
    if lead.kind != "visit":
        # "conferred with leaders at the AU summit today", "held discussions with four Asean leaders
        # today": the body (holding the summit, or standing for its leaders) is no party of the sittings
        # on its sidelines; its one named attendee is
        parties = {i for i in parties if doc.entities[i].kind != "organization"} or parties
    elif lead.kind == "visit":
        # "landed in Washington on Wednesday ... X and Y exchanged views": the land visited is where the
        # traveller's sittings are, no party of them
        parties = {i for i in parties if doc.entities[i].kind != "country"} or parties
    sides = {actor_side(doc, i) for i in parties} - {None}
    # "held discussions with four Asean leaders at the Asean Summit in X today": a named gathering's place
    # is that of the sittings on its sidelines (not a lead meeting's room or a city of one sitting)
    gathering = lead.kind in ("summit", "conference") or lead.title is not None
    told: set[tuple[frozenset[int], str]] = set()  # the parties (and status) of meetings and talks so far
    for f in found:
        if f.kind not in GENERIC:
            continue
        own = (frozenset(f.participants), f.status)
        if f.start is None and len(own[0]) >= 2 and own in told:
            continue  # "met Obama at Blair House on Thursday ... Obama and Ruto exchanged views": that meeting's
        told.add(own)
        if (
            f.start is None
            and f is not lead
            and f.sentence > lead.sentence
            and f.kind in ("meeting", "talks")
            and f.status == lead.status
            and not f.earlier
            and parties & set(f.participants)
            and (
                len(parties) == 1 or all(i in parties or actor_side(doc, i) in sides for i in f.participants)
            )
        ):
            f.start, f.end, f.date_text, f.timex = lead.start, lead.start, lead.date_text, lead.timex
            if f.location is None and gathering and not f.spoke:
                f.location = lead.location  # on the sidelines of the lead's gathering: held where it was
    return found


# "X also met Y", "X also held talks with Y": a further sitting of the one just told, on that trip
_ALSO_SITTING = twin(
    r"\balso\s+(?:(?:met|meets|meet)\b|(?:held|holds|hold|had|has)\s+(?:a\s+|separate\s+|bilateral\s+)*(?:talks|meetings?)\b)"
)


def also_day(doc: Document, found: list[Found]) -> list[Found]:
    """ "X met Y in Moscow on May 26. X also held talks with Z.": a meeting or talks told with no date of
    its own by "also", right after a dated sitting (in the sentence before) of one of its parties and
    with its status, was held on that sitting's day(s). Only when exactly one dated sitting is told in
    that sentence (two give no one day), and not one told as earlier."""
    told_in: dict[int, list[Found]] = {}  # sentence -> the events before this one told there
    for f in found:
        before = told_in.get(f.sentence - 1, [])
        told_in.setdefault(f.sentence, []).append(f)
        if (
            f.start is not None
            or f.kind not in GENERIC
            or f.earlier
            or not before
            or "also" not in doc.text[f.evidence_start : f.evidence_end]
            or not _ALSO_SITTING.search(doc.text, f.evidence_start, f.evidence_end)
        ):
            continue
        dated = [g for g in before if g.start is not None and len(g.start) == 10]
        if len(dated) != 1 or len(before) != len(dated):
            continue
        g = dated[0]
        if g.kind in GENERIC and g.status == f.status and set(g.participants) & set(f.participants):
            f.start, f.end, f.date_text, f.timex = g.start, g.end, g.date_text, g.timex
    return found


_LEND_REACH = 3  # sentences from an undated sitting within which a dated retelling of it is told


def lend_days(doc: Document, found: list[Found]) -> list[Found]:
    """ "X will travel to Oslo to meet Y. X will hold talks there on Monday", "X to meet Y (headline) ...
    her meeting with the minister on Friday": a dated event told with fewer parties (one, or none
    named) than an undated one of its kind and status a few sentences away (or in the headline), all
    of them among its parties or their countries, is that event told again: its day is the undated
    one's. Not an event told as earlier, nor one of several told apart ("met A and B": one each), nor
    a further sitting ("X also met business leaders on Friday"). A retelling that names nobody and so
    makes no candidate ("Both sides praised Wednesday's call", "The meeting, held on Sunday, ...",
    :func:`_retellings`) lends its day the same way."""
    retold = _retellings(doc, found)
    events = sorted([*found, *retold], key=lambda f: f.evidence_start) if retold else found
    pseudo = {id(f) for f in retold}
    for i, f in enumerate(events):
        if (
            f.start is None
            or len(f.participants) >= 2
            or f.earlier
            or f.each
            or (f.kind not in (*GENERIC, "call") and id(f) not in pseudo)
            or _ALSO_SITTING.search(doc.text, f.evidence_start, f.evidence_end)
        ):
            continue  # ("X also met business leaders on Friday": a further sitting, see also_day)
        near = [*reversed(events[max(0, i - 6) : i]), *events[i + 1 : i + 4]]
        for u in near:
            if abs(f.sentence - u.sentence) > _LEND_REACH and not is_headline(doc, u.sentence):
                continue
            if u.sentence == f.sentence:
                continue
            if u.status != f.status or not _kinds_agree(u, f):
                continue
            # (the nearest event of its kind only: a dated one between is the one told again, or none)
            sides = set(u.participants) | {actor_side(doc, j) for j in u.participants}
            if (
                u.start is None
                and not (u.earlier or u.each)
                and len(u.participants) >= 2
                and all(j in sides or doc.entities[j].name in sides for j in f.participants)
            ):
                u.start, u.end, u.date_text, u.timex = f.start, f.end, f.date_text, f.timex
                if u.kind == "visit" and id(f) in pseudo:
                    # "X visited Y to hold talks with Z. Friday's visit ...": a visit of one day, its
                    # sittings told with it held on that day
                    for g in found:
                        if (
                            u.evidence_start <= g.evidence_start < u.evidence_end
                            and g.kind in GENERIC
                            and g.start is None
                            and set(g.participants) & set(u.participants)
                        ):
                            g.start, g.end, g.date_text, g.timex = f.start, f.end, f.date_text, f.timex
            break
    return found


def _kinds_agree(u: Found, f: Found) -> bool:
    if u.kind == f.kind or (u.kind in GENERIC and f.kind in GENERIC):
        return True
    # ("Wednesday's call" for "X and Y held talks": a sitting named by no party is any sitting told
    # of two sides, talk in person or on the line)
    return not f.participants and u.kind in _TALK_KINDS and f.kind in _TALK_KINDS


_TALK_KINDS = (*GENERIC, "call")
# "Wednesday's call", "Friday’s state visit", "Sunday's bilateral meeting": a day owning a sitting's noun
# (not one told as another: "their last meeting", "Friday's press conference")
_DAY_OWNS = twin(
    r"['\u2019]s\s+(?!(?:last|previous|earlier|first|next|press|news)\b)(?:[a-z-]+\s+){0,2}?"
    r"(call|conversation|meeting|talks|discussions|visit|summit)\b"
)
# "The meeting, held at the palace on Sunday, ...", "The talks on Saturday ...", "The call was made on
# Wednesday": a definite sitting opening its sentence, then its day
_THE_SITTING = twin(
    r"(?:The|This)\s+(?!(?:last|previous|earlier|first|next|press|news)\b)(?:[a-z-]+\s+){0,2}?"
    r"(call|conversation|meeting|talks|discussions|visit|summit)\b"
)
_HELD_ON = twin(
    r"(?:,?\s+(?:(?:which|that)\s+)?(?:(?:was|were)\s+)?(?:held|organi[sz]ed|convened|made|took\s+place"
    r"|happened)\b[^,;:.\"\u201c\u201d]{0,60}?)?\s+(?:on\s+)?"
)
_NOUN_KINDS = {"conversation": "call", "discussions": "talks"}
# A retelling that goes on to name a party or a purpose ("Sunday's meeting of the party board", "the
# call on Monday by the unions", "Monday's call for a strike"): another sitting, or a demand, not the
# sitting told before; a call "to" someone or to do something likewise ("Monday's call to end the strike")
_NAMES_MORE = twin(r"\s*,?\s*(?:by|of|with|between|among|for)\b")
_CALL_TO = twin(r"\s+to\b")


def _retellings(doc: Document, found: list[Found]) -> list[Found]:
    """The dated retellings of a sitting that name no party, in sentences that tell no sitting of their
    own: a day owning the noun ("Wednesday's call"), or a definite noun opening the sentence with its
    day ("The meeting, held at the palace on Sunday, ..."), and naming no one after it (see
    :data:`_NAMES_MORE`). Each is a candidate with no participants, its status by its day (and the
    sentence's tense on the page's day)."""
    text = doc.text
    told: dict[int, list[Found]] = {}
    for f in found:
        told.setdefault(f.sentence, []).append(f)
    out: list[Found] = []
    for t in doc.timexes:
        if t.value is None or len(t.value) != 10 or t.end_value is not None:
            continue
        k = doc.sentence_at(t.start)
        if k < 0 or any(g.timex is t for g in told.get(k, ())):
            continue
        s = doc.sentences[k]
        m = _DAY_OWNS.match(text, t.end, s.end) if text.startswith(("'s", "\u2019s"), t.end) else None
        after = m.end() if m is not None else t.end  # what follows the retelling's noun, or its day
        if m is None and text.startswith(("The ", "This "), s.start) and t.start - s.start < 100:
            m = _THE_SITTING.match(text, s.start, t.start)
            if m is not None and not _HELD_ON.fullmatch(text, m.end(), t.start):
                m = None
        if m is None or _names_more(text, m, after, s.end):
            continue
        kind = _NOUN_KINDS.get(m.group(1), m.group(1))
        f = Found(kind, k, s.start, s.end)  # type: ignore[arg-type]
        if any(_kinds_agree(g, f) for g in told.get(k, ())):
            continue  # the sentence's own sitting of that kind: dated there, or lent by it
        f.start = f.end = t.value
        f.date_text, f.timex = t.text, t
        f.status = date_status(doc, t.value, tense_within(text, s.start, s.end))
        told.setdefault(k, []).append(f)
        out.append(f)
    return out


def _names_more(text: str, m: re.Match[str], after: int, end: int) -> bool:
    """Whether a retelling's noun (``m``) goes on, at ``after``, to name a party or a purpose."""
    if _NAMES_MORE.match(text, after, end):
        return True
    return m.group(1) in ("call", "conversation") and _CALL_TO.match(text, m.end(), end) is not None


def refine_days(doc: Document, found: list[Found], quoted: list[Found]) -> list[Found]:
    """A quoted event's exact day dates the event of its kind told before it, outside quotes, with its
    status and a party in common (or the same countries: "a bilateral meeting between Indonesia and
    Australia on March 21" for the two ministers' meeting), that has no date or its month or year only
    ("in May" ... "on May 23rd 2024")."""
    for q in quoted:
        assert q.start is not None
        for f in reversed(found):
            if f.evidence_start > q.evidence_start:
                continue
            if (
                f.kind == q.kind
                and f.status == q.status
                and (not f.start or (len(f.start) < len(q.start) and q.start.startswith(f.start)))
                and (f.end is None or f.end == f.start)
                and (set(f.participants) & set(q.participants) or _same_country_sides(doc, f, q))
            ):
                f.start, f.end, f.date_text, f.timex = q.start, q.end, q.date_text, q.timex
                f.location = f.location or q.location
                break
    return found


def _same_country_sides(doc: Document, a: Found, b: Found) -> bool:
    sa, sb = sides_of(doc, a), sides_of(doc, b)
    return sa is not None and sa == sb and len(sa) >= 2


# "a joint press conference after the talks", "said at a news conference following their meeting", "After the
# talks the two presidents gave a press conference": a conference told as held right after a sitting named
# again by a definite noun
_AFTER_SITTING = twin(
    r"(?i)\b(?:after|following)\s+(?:the|their|these|those)\s+(?:[a-z-]+\s+)?(?:talks|meetings?|negotiations"
    r"|discussions)\b"
)
_AFTER_REACH = 6  # sentences before the conference's within which the sitting it follows is told


def after_sitting_day(doc: Document, found: list[Found]) -> list[Found]:
    """ "X and Y held talks on Thursday ... The two presidents were also scheduled to hold a joint press
    conference after the talks": a conference of two or more parties with no date of its own, told as held
    after "the talks" (or "the meeting"), was held on the day of the last sitting told before it (a few
    sentences back at most) with one of them, when its parties are all that sitting's and it has one exact day
    (a conference follows its talks that day)."""
    for f in found:
        if (
            f.kind != "conference"
            or f.start is not None
            or f.earlier
            or len(f.participants) < 2
            or not _AFTER_SITTING.search(doc.text, f.evidence_start, f.evidence_end)
        ):
            continue
        parties = set(f.participants)
        sitting = next(
            (
                g
                for g in reversed(found)
                if g.evidence_start < f.evidence_start
                and g.kind in GENERIC
                and 0 <= f.sentence - g.sentence <= _AFTER_REACH
                and parties & set(g.participants)
            ),
            None,
        )
        if (
            sitting is not None
            and parties <= set(sitting.participants)
            and sitting.start is not None
            and len(sitting.start) == 10
            and sitting.end in (None, sitting.start)
            and not sitting.earlier
        ):
            f.start = f.end = sitting.start
            f.date_text, f.timex = sitting.date_text, sitting.timex
    return found
