"""Merging rules of stage meetings: when two candidate meetings are one event.

Two triggers of one sentence (``merge_same_sentence``) and mentions of one event across sentences
(``merge_events``: kinds, titles, dates, places and sides that agree) are folded together with
``absorb``. Separate from the readers of sentences because these rules compare built candidates
(:class:`Found`) only, never the words around a trigger.
"""

from __future__ import annotations

from dataclasses import replace

from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.document import Document
from briefing_tui.extract.lexicon.countries import CAPITALS, NAMES, country_of
from briefing_tui.extract.lexicon.orgs import HEADS, KNOWN
from briefing_tui.extract.meetingactors import without_district
from briefing_tui.extract.meetingfound import Found, actor_side, days_of

MERGE_WINDOW = 40  # earlier candidates a new one is compared with when merging

GENERIC = ("meeting", "talks")  # kinds a plain "the meeting" may stand for
SITTINGS = ("meeting", "talks", "call", "summit", "conference")  # what "the meeting" may be told again as


def merge_same_sentence(found: list[Found], text: str) -> list[Found]:
    """Two triggers of one kind in one sentence are one event ("will host X for the Trilateral Meeting")."""
    out: list[Found] = []
    for f in found:
        twin = next((o for o in reversed(out[-MERGE_WINDOW:]) if _same_sentence_event(o, f, text)), None)
        if twin is None:
            out.append(f)
            continue
        if twin.kind == f.kind == "visit" and twin.location and f.location:
            # "arrived in Osaka ... his first visit to Japan": the trip's city over its country
            twin.location = _city_of_land(twin, f, text) or twin.location
        if "visit" in (twin.kind, f.kind) and twin.kind != f.kind:
            visit = twin if twin.kind == "visit" else f
            twin.kind, twin.location = "visit", visit.location or twin.location  # "will host X for a visit"
        elif twin.kind != f.kind and {twin.kind, f.kind} == set(GENERIC) and twin.talk != f.talk:
            # "X and Y discussed trade during their meeting": the sitting the noun names, not the verb's talks
            twin.kind = f.kind if twin.talk else twin.kind
        elif twin.kind != f.kind:
            big, small = (f, twin) if len(f.participants) > len(twin.participants) else (twin, f)
            kind = small.kind if small.title and big.kind == "meeting" else big.kind
            named = twin if twin.title else f
            if named.title and named.kind == "conference" and (f if named is twin else twin).kind == "summit":
                kind = "summit"  # "Leaders of the Pacific Islands Forum concluded their summit": a forum of leaders
            twin.kind = kind
        twin.talk = twin.talk and f.talk
        absorb(twin, f)
    if len(out) > 1 and any(f.briefing for f in out):
        _briefing_parties(out)
    if len(out) > 1:
        _gathering_days(out, text)
    return out


# "on the sidelines of a NATO summit", "at the G20 summit", "during the conference": a sitting held at a gathering
# (not one held somewhere else before or after it: "at the palace ahead of the summit")
_HELD_AT_GATHERING = twin(
    r"\b(?:on\s+the\s+(?:sidelines?|margins?|fringes?)\s+of|at|during)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!(?:ahead|before|after|following|prior|until|since)\b)[\w()'\u2019.-]+\s+){0,8}?"
    r"(?:[Ss]ummit|[Cc]onference)\b"
)


def _gathering_days(found: list[Found], text: str) -> None:
    """A sitting of two or more parties told with no day of its own as held at a dated summit or conference
    of its sentence ("met B on the sidelines of a summit in Vilnius in July") was held on the gathering's
    days: the date told after the gathering is the gathering's only because it comes last."""
    for f in found:
        if f.start is not None or f.kind not in GENERIC or len(f.participants) < 2:
            continue
        if _HELD_AT_GATHERING.search(text, f.evidence_start, f.evidence_end) is None:
            continue
        g = next(
            (g for g in found if g.kind in _GATHERINGS and g.start is not None and g.status == f.status), None
        )
        if g is not None:
            f.start, f.end, f.date_text, f.timex = g.start, g.end, g.date_text, g.timex


def _briefing_parties(found: list[Found]) -> None:
    """A joint press conference told with a sitting of its sentence and fewer than two parties of its own
    ("met X on Tuesday and the two later held a joint press conference") is held by the sitting's parties;
    a sitting told with no day beside a dated press conference ("held a news conference today ... after a
    closed-door meeting") was held that day."""
    for f in found:
        if not f.briefing or f.start is None:
            continue
        for o in found:
            if (
                not o.briefing
                and o.kind in GENERIC
                and o.start is None
                and set(o.participants) & set(f.participants)
            ):
                o.start, o.end, o.date_text, o.timex = f.start, f.end, f.date_text, f.timex
    for f in found:
        if not f.briefing or f.press or len(f.participants) >= 2:
            continue
        sitting = next(
            (
                o
                for o in found
                if not o.briefing
                and o.kind in GENERIC
                and len(o.participants) >= 2
                and set(f.participants) <= set(o.participants)
            ),
            None,
        )
        if sitting is not None:
            f.participants = list(sitting.participants)


# "after a visit to", "from a trip to", "following his three-day state visit to", "ahead of a visit to",
# "after visiting": a trip told before or after another one, not the one it is told with
TRIP_BEFORE = twin(
    r"\b(?:after|from|following|before|ahead\s+of|prior\s+to)\s+"
    r"(?:(?:a|an|his|her|their|the|its)\s+(?:[\w-]+\s+){0,4}|(?:visiting|touring)\s+)$"
)


def _city_of_land(a: Found, b: Found, text: str) -> str | None:
    """Of a trip to a country and a trip of fewer of its parties to a place no lexicon knows ("arrived in
    Osaka ... his first visit to Japan"), told in one sentence, the place: a city of that country (the
    lexicon knows capitals only). None for any other pair ("visit the AU headquarters, and visit
    Israel": the body is a party of its own trip, two trips; "arrived in Osaka after a visit to China":
    the land's trip is another, told as before or after the stay)."""
    land, city = (a, b) if a.location in NAMES else (b, a)
    if (
        land.location not in NAMES
        or not city.location
        or country_of(city.location) is not None
        or city.location in KNOWN
        or city.location.rsplit(" ", 1)[-1] in HEADS  # a body's seat: "the African Union headquarters"
        or not set(city.participants) < set(land.participants)
        or _trip_apart(text, land.location, land.evidence_start, land.evidence_end)
    ):
        return None
    return city.location


def _trip_apart(text: str, land: str, lo: int, hi: int) -> bool:
    """Is the land named in ``text[lo:hi]`` as the goal of a trip told before or after another ("after a
    visit to X", "ahead of his trip to X")?"""
    at = text.find(land, lo, hi)
    while at >= 0:
        if TRIP_BEFORE.search(text, max(lo, at - 50), at) is not None:
            return True
        at = text.find(land, at + len(land), hi)
    return False


def _same_sentence_event(a: Found, b: Found, text: str) -> bool:
    if a.partial or b.partial:
        return False  # a placeless visit only dates an earlier one
    if a.each or b.each:
        return False  # "meetings with A and B": one with each, none the sentence's other event
    if a.landmark != b.landmark:
        return False  # "Before the meeting with X, Y was welcomed by Z": two events
    if a.start and b.start and not (a.topic or b.topic or _dates_agree(a, b) or _days_overlap(a, b)):
        # "received X on Tuesday, after the summit of December 15 was called off": two days (not "met on
        # Friday to prepare the summit in November": a topic of the sitting, told within it)
        return False
    if a.briefing != b.briefing:
        return (
            False  # "will hold talks and later address a joint press conference": the talks, then the press
        )
    if (
        a.kind != b.kind
        and a.earlier != b.earlier
        and text.find("sidelines", a.evidence_start, a.evidence_end) < 0
    ):
        # "X and Y, who last met in Paris in June, are due at the summit on Friday": an event of another
        # kind told as before the story's is not the sentence's other event (but "last met on the
        # sidelines of a summit in May" is the sitting at that summit)
        return False
    if a.kind != b.kind and ((a.title and a.relative) or (b.title and b.relative)):
        return False  # "X, who came to attend the Forum, met Y": the main clause's meeting is apart
    if a.body is not None and b.body is not None and a.body != b.body:
        return False  # "visits to Peru for the APEC summit and Brazil for the G20 summit": two summits
    other = b if a.attended else a
    if a.attended != b.attended and other.kind in GENERIC and not other.host:
        # "met Y and attended a meeting of the X": the sitting attended is another event (not its host:
        # "will attend the X Ministerial Meeting, hosted by Y")
        return False
    pa, pb = set(a.participants), set(b.participants)
    if (
        a.kind == b.kind
        and a.kind != "visit"
        and a.location
        and b.location
        and not (a.location in b.location or b.location in a.location)
    ):
        return False  # "met Vucic in Belgrade after speaking with Kurti in Pristina": two meetings
    if (
        a.kind == b.kind == "visit"
        and a.location
        and b.location
        and not (a.location in b.location or b.location in a.location)
        and (min(len(pa), len(pb)) >= 2 or country_of(a.location) != country_of(b.location))
        # "arrived in Beijing on Monday for a state visit to China": one trip, its city and its country
        and not (
            (pa <= pb or pb <= pa)
            and country_of(a.location) is not None
            and country_of(a.location) == country_of(b.location)
        )
        and not (a.status == b.status and _city_of_land(a, b, text))
    ):
        # "X would visit Australia and Y was invited to China", "will visit the EU headquarters
        # ..., visit Germany": two trips (not "visit Paris ... a visit to France")
        return False
    if a.kind == b.kind:
        if (a.followed or b.followed) and min(len(pa), len(pb)) >= 2 and not (pa <= pb or pb <= pa):
            return False  # "hosted A on Tuesday, followed by a meeting with B": one host, two guests, two sittings
        return bool(pa & pb) or len(pa) <= 1 or len(pb) <= 1
    if {a.kind, b.kind} == {"meeting", "visit"}:
        # "Biden will host Ruto for a State Visit": the host's meeting is the visit, the hosts its parties
        host, visit = (a, b) if a.kind == "meeting" else (b, a)
        # (not "X received Y, who arrived in Kazakhstan": the guest's trip, told aside)
        return host.host and host.status == visit.status and bool(pa & pb) and not visit.relative
    if "visit" in (a.kind, b.kind) or "call" in (a.kind, b.kind):
        return False  # "spoke by phone and agreed to hold a summit in Seoul": two events
    if (a.topic and not pa) or (b.topic and not pb):
        return False  # "met Rutte to discuss the agenda for the Warsaw Summit": a topic, not this meeting
    if {a.kind, b.kind} & _GATHERINGS and _sitting_at_gathering(a, b, text):
        return False  # "X and Y will have their first meeting at the ASEAN Summit": two events
    return pa <= pb or pb <= pa


# "meeting at the upcoming X Summit", "talks on the sidelines of the Y Conference", "met on the margins of the Z
# forum": a sitting held at a gathering ("a rare meeting between A and B on the sidelines of a NATO summit": its
# parties may come first; not "met at the palace ahead of the summit": held elsewhere, before it)
_AT_GATHERING = twin(
    r"\b(?:meetings?|talks|met|meet)\s+(?:(?:at|during)\s+(?:the\s+)?|(?:(?:between|with)\s+[^,;:.\"]{1,100}?\s+)?"
    r"on\s+the\s+(?:sidelines?|margins?|fringes?)\s+of\s+(?:the\s+|a\s+|an\s+)?)"
    r"(?:(?!(?:ahead|before|after|following|prior|until|since)\b)[\w()'\u2019.-]+\s+){0,12}?"
    r"(?:[Ss]ummit|[Cc]onference|[Ff]orum)\b"
)
_GATHERINGS = frozenset(("summit", "conference"))


def _sitting_at_gathering(a: Found, b: Found, text: str) -> bool:
    """A meeting or talks of two or more parties told as held at a summit or conference in the same
    sentence: the sitting is held at the gathering, not the gathering itself."""
    if not ({a.kind, b.kind} & _GATHERINGS and {a.kind, b.kind} & set(GENERIC)):
        return False
    sitting = a if a.kind in GENERIC else b
    return len(sitting.participants) >= 2 and (
        _AT_GATHERING.search(text, sitting.evidence_start, sitting.evidence_end) is not None
    )


def absorb(into: Found, other: Found) -> None:
    into.participants = list(dict.fromkeys(into.participants + other.participants))
    into.location = _finer_place(into.location, other.location)
    into.title = into.title or other.title
    into.body = into.body if into.body is not None else other.body
    if other.start and (not into.start or len(other.start) > len(into.start)):
        into.start, into.end, into.date_text, into.timex = (
            other.start,
            other.end,
            other.date_text,
            other.timex,
        )
        if into.status != "proposed" or other.status == "proposed":
            into.status = other.status
    elif _trip_days(into, other):
        # "arrived in Male on Friday for a visit ... the two-day visit": the trip's days, from its arrival
        into.start, into.end, into.date_text, into.timex = (
            other.start,
            other.end,
            other.date_text,
            other.timex,
        )
    if other.sentence - into.sentence == 1:
        into.evidence_end = max(into.evidence_end, other.evidence_end)
        into.sentence = other.sentence


def _trip_days(day: Found, span: Found) -> bool:
    """A visit dated by its first day only (the arrival) and the same visit told with its days, which
    begin that day ("arrived on Sunday for a visit to India" and "the visit, from October 6-10")."""
    return (
        day.kind == span.kind == "visit"
        and day.start is not None
        and span.start is not None
        and len(day.start) == len(span.start) == 10
        and day.end in (None, day.start)
        and span.start == day.start
        and (span.end or span.start) > span.start
    )


def _finer_place(place: str | None, other: str | None) -> str | None:
    """The place of an event told twice: the first told, unless it is a country and the other a city
    of it ("a state visit to China" and "arrived in Beijing": Beijing)."""
    if not place or not other or place == other:
        return place or other
    country = NAMES.get(place)
    if country is None or NAMES.get(other) is not None or country_of(other) != country:
        return place
    return other


def _same_event(a: Found, b: Found) -> bool:
    """One event named twice: same kind and status ("his last visit" is not the visit he will make),
    no clashing dates or places, and one side's participants within the other's."""
    if _same_title(a, b):
        return True  # "to attend the Indian Ocean Conference ... thanked Bangladesh for hosting the Indian Ocean Conference"
    if a.body is not None and b.body is not None and a.body != b.body:
        return False  # "the APEC summit ... the G20 summit": gatherings of two bodies
    if a.status != b.status and not _summit_to_come(a, b):
        return False
    if _call_told_plainly(a, b):
        return True
    if (
        a.earlier != b.earlier
        and (a.start if a.earlier else b.start)
        and not (b.start if a.earlier else a.start)
    ):
        return False  # "is on a visit to Dhaka ... he first visited Dhaka in March": two trips
    if a.kind != b.kind and not (
        # (a summit of the same parties told again as their meeting, in another sentence: "the U.S.-EU
        # Summit ... we met"; not "their first meeting at the upcoming summit": a sitting held at it)
        (a.kind in GENERIC and b.kind in GENERIC or a.talk or b.talk or _summit_told_again(a, b))
        and len(a.participants) >= 2
        and set(a.participants) == set(b.participants)
    ):
        return False  # "have held talks ... It marked the first meeting between them": one sitting, two words
    if not _dates_agree(a, b):
        return False
    if a.location and b.location and not _places_agree(a.location, b.location):
        return False
    pa, pb = set(a.participants), set(b.participants)
    if a.kind in ("summit", "conference") and a.location and b.location:
        # a summit in one place, told again with other attendees: one summit (unless named apart)
        return not a.title or not b.title or a.title == b.title
    if (
        a.kind == "visit"
        and a.location
        and b.location
        and min(len(pa), len(pb)) == 1
        and (pa <= pb or pb <= pa)
    ):
        return True  # "Ruto invited to the White House" and "Biden invited Ruto to the White House on May 23"
    if a.kind == "call" and min(len(pa), len(pb)) == 1 and (pa <= pb or pb <= pa):
        return True  # "X spoke by phone with his counterpart on Tuesday ... X's call with Y": one call
    if (
        a.kind in ("summit", "conference")
        and (a.location is None) != (b.location is None)
        and min(len(pa), len(pb)) == 1
        and (pa <= pb or pb <= pa)
    ):
        # "X will attend the summit in Kinshasa ... X will attend the summit on Wednesday", "X will
        # attend the ASEAN summit ... X will be in Jakarta for the summit": one attendee, one summit
        return True
    if len(pa) == 1 and pa == pb:
        return a.location is not None and a.location == b.location  # "NATO ... in Riga", told twice
    return len(pa) >= 2 and len(pb) >= 2 and (pa <= pb or pb <= pa)


def _summit_told_again(a: Found, b: Found) -> bool:
    """A summit and a meeting or talks, each told in a sentence of its own: may be one sitting."""
    return a.sentence != b.sentence and {a.kind, b.kind} in ({"summit", "meeting"}, {"summit", "talks"})


def _summit_to_come(a: Found, b: Found) -> bool:
    """ "X remains committed to holding a summit with Y" and "to keep X's summit with Y on track": a summit
    of the same parties, wished for and to come, is one summit (its first telling's status kept; not a
    sitting: two leaders may meet more than once)."""
    return (
        a.kind == b.kind == "summit"
        and {a.status, b.status} == {"proposed", "upcoming"}
        and not (a.earlier or b.earlier)
        and set(a.participants) == set(b.participants)
    )


def _same_title(a: Found, b: Found) -> bool:
    """One named gathering of several words told twice, whatever each mention's tense, with no clash of
    dates or places."""
    return (
        a.title is not None
        and b.title is not None
        and a.kind == b.kind
        and " " in a.title
        and a.title.lower() == b.title.lower()
        and a.earlier == b.earlier
        and (_dates_agree(a, b) or _days_overlap(a, b))
        and not (a.location and b.location and not _places_agree(a.location, b.location))
    )


def _days_overlap(a: Found, b: Found) -> bool:
    """Both told by exact days that share one ("arrived on May 11 on a two-day visit to attend the X
    Conference", "the X Conference to be held on 12-13 May"): a trip's days lent to the gathering."""
    if not (a.start and b.start and len(a.start) == len(b.start) == 10):
        return False
    return a.start <= (b.end or b.start) and b.start <= (a.end or a.start)


def _call_told_plainly(a: Found, b: Found) -> bool:
    """ "Joly speaks with Blinken" (a headline) and "Joly had a call with Blinken": a plain meeting of the
    same two or more parties, with no place nor day of its own, is the call told without its medium
    (so are plain talks: "Minh talks with Pompeo" over "Minh and Pompeo held phone talks")."""
    if "call" not in (a.kind, b.kind) or {a.kind, b.kind} - {"call"} not in ({"meeting"}, {"talks"}):
        return False
    plain, call = (b, a) if a.kind == "call" else (a, b)
    return (
        plain.location is None
        and plain.start is None
        and len(plain.participants) >= 2
        and set(plain.participants) <= set(call.participants)
    )


def _dates_agree(a: Found, b: Found) -> bool:
    """No clash: the same span, one side's month or year holds the other's days ("a State Visit in
    May" and "the visit on May 23rd"), the vaguer one then being the same event told less precisely, or
    one side's single day falls within the other's days."""
    if not (a.start and b.start) or (a.start, a.end) == (b.start, b.end):
        return True
    vague, exact = (a, b) if len(a.start) < len(b.start) else (b, a)
    if len(vague.start) == len(exact.start):
        # "for talks" during a visit on Wednesday and Thursday, "are to meet on Wednesday": a day within
        # (not a trip: "Australia and Fiji, February 7-13" and "In Fiji on February 12" are two stops)
        span, day = (a, b) if (a.end or a.start) > a.start else (b, a)
        return _one_day_within(span, day) or _trip_days(day, span)
    if vague.end not in (None, vague.start):
        return False
    return exact.start.startswith(vague.start) and (exact.end or exact.start).startswith(vague.start)


def _places_agree(a: str, b: str) -> bool:
    """One place within the other's name, a country told by two of its names ("US", "United States"), or
    a country and its capital ("travels to Moscow", "traveled to Russia")."""
    if a in b or b in a or a.lower() == b.lower():  # "WHITE HOUSE" in a headline
        return True
    a, b = without_district(a), without_district(b)  # "Washington DC" is the capital
    ca, cb = _country_named(a), _country_named(b)
    if ca is not None and ca == cb:
        return True
    return (ca is not None and CAPITALS.get(b) == ca) or (cb is not None and CAPITALS.get(a) == cb)


def _country_named(place: str) -> str | None:
    """The country a place's name is, also an abbreviation whose last dot a sentence's end took ("in
    the U.S." read as "U.S")."""
    country = NAMES.get(place)
    if country is None and "." in place and not place.endswith("."):
        country = NAMES.get(place + ".")
    return country


def sides_of(doc: Document, f: Found) -> frozenset[str] | None:
    """The countries an event's parties stand for (a person by their affiliation), None if one has none."""
    out: set[str] = set()
    for i in f.participants:
        e = doc.entities[i]
        side = e.name if e.kind == "country" else e.affiliation
        if not side:
            return None
        out.add(side)
    return frozenset(out)


def _same_sides(doc: Document, a: Found, b: Found) -> bool:
    """ "a meeting of the foreign ministers of Estonia and the UK ... At the meeting with Truss, Liimets":
    one side's event told by its countries, the other's by its people from those countries."""
    if len(a.participants) < 2 or len(a.participants) != len(b.participants):
        return False  # one person for each country, no more
    if a.sentence == b.sentence:
        return False  # kept apart by the sentence's own reading ("will host X and Y for a trilateral")
    if a.kind != b.kind or a.status != b.status:
        return False
    countries = [all(doc.entities[i].kind == "country" for i in f.participants) for f in (a, b)]
    if countries[0] == countries[1]:
        return False  # both told by countries, or both by people: the ordinary rule decides
    if a.start and b.start and (a.start, a.end) != (b.start, b.end):
        return False
    if a.location and b.location and not _places_agree(a.location, b.location):
        return False
    sa, sb = sides_of(doc, a), sides_of(doc, b)
    return sa is not None and sa == sb and len(sa) >= 2


def _country_for_person(doc: Document, a: Found, b: Found) -> bool:
    """ "Minister Joly meets with French counterpart" (Joly and France, in the headline) and "Joly met Le
    Drian, France's minister": one sitting, one side told by its country, the other by its person of that
    country (the same people otherwise; kinds that may name one sitting, no clash of status, days or
    places)."""
    if (
        a.sentence == b.sentence
        or a.status != b.status
        or not (a.kind == b.kind or {a.kind, b.kind} <= set(GENERIC))
    ):
        return False
    # (the one told by its country must be the earlier, and a headline: the cheapest test, asked first)
    if not is_headline(doc, min(a.sentence, b.sentence)):
        return False
    if not _dates_agree(a, b) or (a.location and b.location and not _places_agree(a.location, b.location)):
        return False
    kinds = [[doc.entities[i].kind for i in f.participants] for f in (a, b)]
    told, named = (a, b) if kinds[0].count("country") > kinds[1].count("country") else (b, a)
    if told.sentence > named.sentence or not is_headline(doc, told.sentence):
        return False  # a headline's shorthand only ("meets French counterpart"), not a body's other sitting
    countries = {doc.entities[i].name for i in told.participants if doc.entities[i].kind == "country"}
    people = {i for i in told.participants if doc.entities[i].kind == "person"}
    if not countries or not people or len(people) + len(countries) != len(told.participants):
        return False
    others = set(named.participants) - people
    return (
        people < set(named.participants)
        and all(doc.entities[i].kind == "person" for i in others)
        and {doc.entities[i].affiliation for i in others} == countries
    )


def is_headline(doc: Document, index: int) -> bool:
    """Is sentence ``index`` a paragraph of its own at the story's top (its headline)? Also a line with no
    full stop among such lines above the story's first sentence (a page's furniture, then its headline
    and subheadings: "Popular Now", "X to visit Y", "X visit news")."""
    sentences = doc.sentences
    if index + 1 < len(sentences) and sentences[index + 1].paragraph == sentences[index].paragraph:
        return False
    return sentences[index].paragraph == 0 or index < leading_title_lines(doc)


def leading_title_lines(doc: Document) -> int:
    """How many sentences at the story's top are title lines (``title_line``), counted once per
    document: checked again for each headline asked about, a page of thousands of lines with no
    full stop cost their square."""
    counted, lines = doc.title_lines
    if counted != len(doc.sentences):
        lines = 0
        while lines < len(doc.sentences) and title_line(doc, lines):
            lines += 1
        doc.title_lines = (len(doc.sentences), lines)
    return lines


def title_line(doc: Document, index: int) -> bool:
    """Is sentence ``index`` a paragraph of its own with no final stop (a title, a label)?"""
    sentences = doc.sentences
    s = sentences[index]
    if (index and sentences[index - 1].paragraph == s.paragraph) or (
        index + 1 < len(sentences) and sentences[index + 1].paragraph == s.paragraph
    ):
        return False
    tail = doc.text[s.start : s.end].rstrip()
    return bool(tail) and tail[-1] not in ".!?\"\u201d'\u2019"


def _headline_again(doc: Document, head: Found, f: Found) -> bool:
    """ "X Visits Tonga: ..." (a headline, in the present) and "X arrives in Tonga today for a visit": the
    headline's undated event, read as past from its present tense, told again in the story is one event
    (the story's own words tell its status; not a dated lead sentence). A title line's "X to visit Y" is
    the story's undated "X is leading a mission to Y" (not its "X met Y in May", a sitting of its own, nor
    a lead sentence's "will send a delegation" and the story's "asked for talks": two events)."""
    return (
        head.status != f.status
        and (
            head.status == "past"
            or (head.status == "upcoming" and f.status == "past" and f.start is None and not f.earlier)
        )
        and head.start is None
        and head.sentence < f.sentence
        and is_headline(doc, head.sentence)
        and (head.status == "past" or title_line(doc, head.sentence))
        and _same_event(replace(head, status=f.status), f)
    )


def _told_apart(doc: Document, found: list[Found]) -> list[Found]:
    """ "FM in Washington for talks with A, B" and then "will meet A on Monday and B the next day": one event
    naming the parties that sittings told one each in another sentence hold between them is those sittings
    (a headline's tense aside)."""
    by_sentence: dict[int, list[Found]] = {}
    for f in found:
        if f.each:
            by_sentence.setdefault(f.sentence, []).append(f)
    kept: list[Found] = []
    for f in found:
        if not f.each and f.kind in GENERIC and len(f.participants) >= 3:
            parties = set(f.participants)
            headline = is_headline(doc, f.sentence)
            if any(
                len(group) >= 2
                and group[0].sentence != f.sentence
                and all((headline or g.status == f.status) and g.kind in GENERIC for g in group)
                and set().union(*(g.participants for g in group)) == parties
                for group in by_sentence.values()
            ):
                continue
        kept.append(f)
    return kept


def merge_events(doc: Document, found: list[Found]) -> list[Found]:
    if any(f.each for f in found):
        found = _told_apart(doc, found)
    out: list[Found] = []
    for f in found:
        twin = next(
            (
                o
                for o in reversed(out[-MERGE_WINDOW:])
                if _same_event(o, f)
                or _same_sides(doc, o, f)
                or _country_for_person(doc, o, f)
                or _headline_again(doc, o, f)
                or _named_again(doc, o, f)
                or _trip_under_way(doc, o, f)
            ),
            None,
        )
        if twin:
            if twin.talk and not f.talk:
                twin.kind, twin.talk = (
                    f.kind,
                    False,
                )  # "X and Y discussed ..." and then "their call": the call
                if f.kind == "call":
                    twin.location = f.location  # "discussed the war in Ukraine": a topic, no call's place
            elif f.talk and twin.kind == "call":
                f.location = None
            elif "call" in (twin.kind, f.kind) and not f.talk:
                twin.kind = "call"  # a plain meeting told again as a call: the call
            elif _one_day_within(twin, f):
                # "visit Seoul next week for talks" (the visit's days), "are to meet on Wednesday": the
                # sitting is the one told with its own day
                twin.kind, twin.start, twin.end, twin.date_text, twin.timex = (
                    f.kind,
                    f.start,
                    f.end,
                    f.date_text,
                    f.timex,
                )
            if {twin.kind, f.kind} == set(GENERIC) and _told_as_talks(
                doc, twin if twin.kind == "talks" else f
            ):
                # "X welcomed Y in Tehran ... X and Y held extensive talks": the sitting told as talks
                # (not "exchanged views", "discussed": verbs naming no kind of sitting)
                twin.kind = "talks"
            if twin.status != f.status and twin.kind == "visit" and _trip_under_way(doc, twin, f):
                twin.status = f.status = "past"  # the trip has begun: the status of the trip itself
            by_country = _country_for_person(doc, twin, f)
            if twin.status != f.status and is_headline(doc, twin.sentence) and title_line(doc, twin.sentence):
                # the story's words over the headline's tense (not over a lead told in a full sentence of its
                # own: "JEDDAH - X and Y have recommenced talks." is the story's words)
                twin.status = f.status
            absorb(twin, f)
            if by_country:
                # the country stood for its person: the person is the party
                twin.participants = [i for i in twin.participants if doc.entities[i].kind != "country"]
        else:
            out.append(f)
    return out


# "the talks between X and Y", "during his meeting with X", "at X and Y's talks": a sitting named by a definite
# noun with its parties, the one the story has told (not "their previous talks", "his next meeting with X": a
# sitting before or after it; not "after meeting X in Tokyo": a verb may tell another)
_NAMED_SITTING = twin(
    r"\b(?:(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er)\s+(?:(?!(?:previous|last|earlier|first|next|upcoming|another|"
    r"second|third|new|future|planned|proposed|possible|recent|former|latest|own)\b)[\w-]+\s+){0,2}?"
    r"(?:talks|meeting|discussions)\s+(?:between|with)"
    r"|[A-Z][\w-]+['\u2019]s\s+(?:talks|meeting|discussions)\s+(?:between|with)"
    r"|[A-Z][\w-]+\s+and\s+[A-Z][\w-]+['\u2019]s\s+(?:talks|meeting|discussions))\b"
)


def _named_again(doc: Document, told: Found, f: Found) -> bool:
    """ "X and Y held talks in Rome on Monday" and a later "Migration topped the agenda at X and Y's talks
    ... centres in Albania": the sitting of the same two or more parties named again by a definite noun
    is the one told, whatever place its sentence names besides (a topic's, another event's); nothing else
    about it may clash (kind of sitting, status, days, a sitting told as before the story's)."""
    return (
        told.kind in GENERIC
        and f.kind in GENERIC
        and f.sentence > told.sentence
        and len(told.participants) >= 2
        and _same_parties(doc, told, f)
        and told.status == f.status
        and told.earlier == f.earlier
        and _dates_agree(told, f)
        and told.location is not None
        and f.location is not None
        and not _places_agree(told.location, f.location)
        and _named_without_place(doc.text, f.evidence_start, f.evidence_end)
    )


# after a named sitting's noun, its parties' names and then "in/at" a capitalised word: the place the sitting
# itself was held ("the meeting between A and B in Prague", "A's talks with B at the Kremlin")
_OWN_PLACE = twin(
    r"(?:\s+(?:[A-Z][\w.'\u2019-]*|and|the|of|de|al|bin|van|von))*\s+(?:in|at)\s+(?:the\s+)?[A-Z]"
)


def _named_without_place(text: str, lo: int, hi: int) -> bool:
    """Is a sitting named by a definite noun in ``text[lo:hi]`` with no place of its own right after its
    parties ("at A and B's talks, with A praising the terminals in Croatia": the place is a topic's)? One
    told with its place ("the meeting between A and B in Prague, which ended in a row") is another
    sitting, held there."""
    return any(_OWN_PLACE.match(text, m.end(), hi) is None for m in _NAMED_SITTING.finditer(text, lo, hi))


def _same_parties(doc: Document, a: Found, b: Found) -> bool:
    """The same parties, a country beside its own person aside ("X and Y's talks" read with X's country)."""
    pa, pb = set(a.participants), set(b.participants)
    if not (pa <= pb or pb <= pa):
        return False
    small = pa if len(pa) <= len(pb) else pb
    sides = {actor_side(doc, i) for i in small if doc.entities[i].kind == "person"}
    return all(doc.entities[i].kind == "country" and doc.entities[i].name in sides for i in (pa ^ pb))


# "will visit again", "return to", "his next trip": a trip to come after the one told
_ANOTHER_TRIP = twin(r"\b(?:again|return(?:s|ing)?|next|another|second|third|later\s+this\s+year)\b")


def _trip_under_way(doc: Document, a: Found, b: Found) -> bool:
    """ "X arrived in India on Monday on a four-day visit" and "This will be X's first visit to India since
    2019": a trip begun (an arrival or a start told in the past, on a day of the last week or none) and
    told in the future in another sentence, by the same traveller to the same place, is one trip under way
    (not "will visit India again", "his next trip", one told with a day of its own, a trip before the
    story's, nor "will travel to Chile" and "traveled to Chile": a trip told whole, maybe another)."""
    if not (a.kind == b.kind == "visit") or {a.status, b.status} != {"past", "upcoming"}:
        return False
    past, coming = (a, b) if a.status == "past" else (b, a)
    if coming.start is not None or past.earlier or coming.earlier or a.sentence == b.sentence:
        return False
    if len(a.participants) < 2 or set(a.participants) != set(b.participants):
        return False
    if a.location and b.location and not _places_agree(a.location, b.location):
        return False
    if past.start is not None:
        days = days_of(past.start, past.end)
        if days is None or not 0 <= (doc.published - days[0]).days <= _UNDER_WAY_DAYS:
            return False
    return (
        _TRIP_BEGUN.search(doc.text, past.evidence_start, past.evidence_end) is not None
        and _TRIP_NAMED.search(doc.text, coming.evidence_start, coming.evidence_end) is not None
        and _ANOTHER_TRIP.search(doc.text, coming.evidence_start, coming.evidence_end) is None
    )


# "her visit to Peru", "the trip", "Talib's trip", "Ms. X's first visit": the trip named by a definite noun, the
# one told (not "will pay a state visit to Peru in the coming months", "expects to visit Peru once more": a
# verb or an indefinite noun may tell another trip)
_TRIP_NAMED = twin(
    r"\b(?:[Tt]he|[Tt]his|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.-]*['\u2019]s)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stay)\b"
)


_UNDER_WAY_DAYS = 7  # a trip begun this long before the story is still under way
# "arrived in", "arrives in", "began a trip", "is on a visit": a trip begun, not told whole ("traveled to X")
_TRIP_BEGUN = twin(
    r"\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed)\s+in|beg(?:an|ins|un)|start(?:s|ed)|(?:is|are)\s+(?:now\s+)?on)\b"
)


def _told_as_talks(doc: Document, f: Found) -> bool:
    """Is the talks candidate told by the word "talks" itself ("held talks", "for talks")?"""
    return not f.talk and doc.text.find("talks", f.evidence_start, f.evidence_end) >= 0


def _one_day_within(span: Found, day: Found) -> bool:
    """A meeting or talks on one day told after the same sitting dated by its visit's several days."""
    return (
        span.kind in GENERIC
        and day.kind in GENERIC
        and span.start is not None
        and day.start is not None
        and len(span.start) == len(day.start) == 10
        and (span.end or span.start) > span.start
        and day.end in (None, day.start)
        and span.start <= day.start <= (span.end or span.start)
    )
