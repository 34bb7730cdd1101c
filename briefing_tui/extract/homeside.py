"""The countries an article names as sides and its home side: which country mentions are destinations,
topics or reported words rather than sides (:class:`Sides`), who visits which country (:class:`Visits`), the
dateline's country, and whether a person is named with a nationality (the foreigners of a story are marked).
Kept apart because both the context affiliations and the matching of a bare "the president" need the home side.
"""

from __future__ import annotations

import bisect
import re

from briefing_tui.extract import dateline
from briefing_tui.extract.affiliationsources import government_led
from briefing_tui.extract.document import Document, Entity, Mention
from briefing_tui.extract.lexicon import orgs
from briefing_tui.extract.lexicon.countries import CAPITALS, NAMES, country_of
from briefing_tui.extract.lexicon.titles import TITLE_HEADS, is_office_word
from briefing_tui.extract.lexicon.words import PLACES
from briefing_tui.extract.personregistry import SUBJECT_LOOKBACK

# A country named as a destination or venue ("stops in Albania", "in Doha, Qatar", "travel to Kuwait").
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|into|visit|visited|visiting|visits)|(?:travel\w*|trip|visits?|went|go|goes|flew|delegation|journey)\s+to)"
    r"\s+(?:the\s+)?(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?,\s+)?$"
)
# The country an envoy is posted to ("the Mexican ambassador to Chile"): the receiving state, no side.
_POSTED_TO = re.compile(
    r"\b(?:[Aa]mbassador|[Ee]nvoy|[Hh]igh\s+[Cc]ommissioner|[Cc]onsul(?:\s+[Gg]eneral)?)s?\s+to\s+(?:the\s+)?$"
)
_CITY_COMMA = re.compile(r"\b([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?),\s+(?:the\s+)?$")
COUNTRY_NAMES = frozenset(NAMES.values())


# "the former minister from Laos": a country after a person's noun is where they are from, theirs alone
_FROM_AFTER = re.compile(r"\b([a-z][\w-]*)\s+from\s+(?:the\s+)?$")


def _origin_of_person(text: str, start: int) -> bool:
    """Whether the country at ``start`` follows "<office> from" ("the deputy minister from Laos")."""
    if not text.endswith(("from ", "the "), max(0, start - 5), start):
        return False  # most countries
    found = _FROM_AFTER.search(text, max(0, start - 40), start)
    return found is not None and is_office_word(found.group(1))


class Sides:
    """The countries an article names as a side (not a destination or topic), judged only when a
    person's affiliation needs them: the searches behind that are the dearest work here."""

    def __init__(self, doc: Document, explicit: dict[int, str | None]) -> None:
        self.doc = doc
        self.explicit = explicit
        self.side: dict[int, bool] = {}  # named as no destination, topic, origin or speech tag's country
        self.guest: dict[int, bool] = {}  # a received party's country
        self.free: dict[int, list[int]] = {}  # sentence -> its countries not inside a name span
        self.home_found: list[str | None] = []
        span_end = -1  # mentions are in text order: a country inside the latest name span is its premodifier
        for i, m in enumerate(doc.mentions):
            if m.kind in ("person", "role", "organization") and m.name is None:
                span_end = max(span_end, m.end)
            elif m.kind == "country" and m.affiliation and m.end > span_end:
                self.free.setdefault(m.sentence, []).append(i)

    def is_side(self, i: int) -> bool:
        return self._named_as_side(i) and not self._guest(i)

    def _named_as_side(self, i: int) -> bool:
        """Named as no destination, topic, origin ("the minister from X") or speech tag's country."""
        found = self.side.get(i)
        if found is None:
            m = self.doc.mentions[i]
            found = self.side[i] = (
                not _is_destination(self.doc, m)
                and not _origin_of_person(self.doc.text, m.start)
                and not _is_topic(self.doc, m)
                and not _in_speech_tag(self.doc, m)
                and not _COMPOUND_AFTER.match(self.doc.text, m.end)
            )
        return found

    def _guest(self, i: int) -> bool:
        found = self.guest.get(i)
        if found is None:
            found = self.guest[i] = _is_guest_party(self.doc, self.doc.mentions[i])
        return found

    def countries_in(self, sentence: int, at: int) -> set[str]:
        """The sides a sentence names for a person named at ``at``: a received party's country
        ("received a Chinese delegation") only for those named after it (the party's own), not its host."""
        mentions = self.doc.mentions
        return {
            mentions[i].affiliation  # type: ignore[misc]
            for i in self.free.get(sentence, ())
            if self._named_as_side(i) and (mentions[i].end <= at or not self._guest(i))
        }

    def counts(self) -> dict[str, int]:
        """Mentions of each country as a side, counting its state bodies ("Downing Street")."""
        counts: dict[str, int] = {}
        named: set[str] = set()  # countries the text names itself
        for i, m in enumerate(self.doc.mentions):
            if m.affiliation and (
                (m.kind == "organization" and m.affiliation in COUNTRY_NAMES)
                or (m.kind == "country" and self.is_side(i))
            ):
                counts[m.affiliation] = counts.get(m.affiliation, 0) + 1
            if m.affiliation and (m.kind == "country" or m.name in orgs.GOVERNMENT):
                named.add(m.affiliation)
        # another body's country from the lexicon corroborates a side but never founds one: "Labour"
        # is a party in more than one country, and names none the text does not (a state organ,
        # "Downing Street", does)
        return {c: n for c, n in counts.items() if c in named}

    def home(self) -> str | None:
        """The article's home side (found once): see :func:`article_home`."""
        if not self.home_found:
            self.home_found.append(article_home(self.doc, self))
        return self.home_found[0]


# A visit before the country it goes to ("his visit to Japan", "plans to visit Turkey", "arrived in Seoul",
# "upon his arrival in Seoul").
_VISIT_TO = re.compile(
    r"\b(?:(?:visit|visits|visited|visiting|trip|travel|travels|travelled|traveled|journey|tour|"
    r"arrive|arrives|arrived|arriving|arrival)\s+(?:to|in)|visit|visits|visited|visiting)\s+(?:the\s+)?$"
)
# A visit named after the country it goes to ("Lapid's Turkey visit", "her Japan trip").
_VISIT_NOUN = re.compile(r"\s+(?:state\s+)?(?:visit|trip|tour)\b")
# An active invitation or request whose object, not its subject, makes the visit ("has been invited
# on a visit" is the subject's own).
_INVITES = re.compile(r"\b(?:invit|ask|urg|encourag)\w*\s+(?!on\b|to\b|for\b|by\b)[\w'-]")
_MEETS = re.compile(
    r"\b(?:met|meet|meets|meeting|talks|audience|received|hosted|welcomed|called\s+on|with)\b"
)
_ESCORT = re.compile(r"\baccompan|\bjoined\b|\bdelegation\b")


class Visits:
    """Who visits which country, found once when a person would take the article's home side: a
    visitor to the home country is a guest there ("President X's visit to South Korea" in a Seoul
    story), and one met during another's visit abroad is a host of that country ("X had an audience
    with Emperor Y during his visit to Japan"), neither of the home side."""

    def __init__(self, doc: Document, sides: Sides) -> None:
        self.doc = doc
        self.sides = sides
        # sentence -> (visitor, country, the mention making the visit: a he/she is resolved only later)
        self.found: dict[int, list[tuple[int, str, Mention]]] | None = None

    def _find(self) -> dict[int, list[tuple[int, str, Mention]]]:
        doc = self.doc
        actors: dict[int, list[Mention]] = {}  # sentence -> its people and he/she, in text order
        for m in doc.mentions:
            if (m.kind in ("person", "role") and m.entity is not None) or (
                m.kind == "pronoun" and m.text.lower() in _VISITOR_PRONOUNS
            ):
                actors.setdefault(m.sentence, []).append(m)
        found: dict[int, list[tuple[int, str, Mention]]] = {}
        for m in doc.mentions:
            if m.kind != "country" or not m.affiliation or m.sentence not in actors:
                continue
            after = _VISIT_NOUN.match(doc.text, m.end)
            if after:
                at = m.start
            else:
                lo = max(0, m.start - 40)
                if not _may_end_with(doc.text[lo : m.start].rstrip(), _VISIT_ENDS):
                    continue
                before = _VISIT_TO.search(doc.text, lo, m.start)
                if before is None:
                    continue
                at = before.start()
            owner = next((a for a in reversed(actors[m.sentence]) if a.end <= at), None)
            if owner is None or _INVITES.search(doc.text, owner.end, at):
                continue  # "X invited the president-elect to visit Canada": the guest is not X
            visitor = self._antecedent(owner, actors)
            if visitor is not None:
                found.setdefault(m.sentence, []).append((visitor, m.affiliation, owner))
        return found

    def _antecedent(self, m: Mention, actors: dict[int, list[Mention]]) -> int | None:
        """A person's own entity; for he/his, the subject of the sentence or of one shortly before."""
        if m.kind != "pronoun":
            return m.entity
        for sentence in range(m.sentence, max(-1, m.sentence - SUBJECT_LOOKBACK), -1):
            subject = next(
                (a for a in actors.get(sentence, ()) if a.kind != "pronoun" and a.start < m.start), None
            )
            if subject is not None:
                return subject.entity
        return None

    def home_for(self, e: Entity, first: Mention) -> str | None:
        """The home side for ``e`` unless they visit it, or are met during a visit to another country
        (then that country)."""
        home = self.sides.home()
        if home is None:
            return None
        if self.found is None:
            self.found = self._find()
        if not self.found:
            return home
        for sentence in {self.doc.mentions[i].sentence for i in e.mentions}:
            if any(v == e.index and c == home for v, c, _ in self.found.get(sentence, ())):
                return None
        for visitor, country, owner in self.found.get(first.sentence, ()):
            if visitor == e.index or country == home:
                continue
            mentions = self.doc.mentions
            met = next(
                (
                    mentions[i]
                    for i in self.doc.entities[visitor].mentions
                    if mentions[i].sentence == first.sentence
                ),
                owner,  # "upon her arrival in X, she was welcomed by": the pronoun stands for the visitor
            )
            lo, hi = sorted((met.end, first.start))
            between = self.doc.text[lo:hi]
            if _MEETS.search(between) and not _ESCORT.search(between):
                return country  # met abroad, not brought along
        return home


_VISITOR_PRONOUNS = frozenset({"he", "she", "his", "her"})
_VISIT_ENDS = ("to", "in", "visit", "visits", "visited", "visiting")


def _is_destination(doc: Document, m: Mention) -> bool:
    """A country named as where someone goes or is ("stops in Albania", "travel to Kyiv, Ukraine",
    "and Warsaw, Poland", "his Turkey visit", "ambassador to Chile"), which says nothing about whose side a person is on."""
    if _VISIT_NOUN.match(doc.text, m.end):
        return True
    lo = max(0, m.start - 40)
    if not _may_end_with(doc.text[lo : m.start].rstrip(), _DESTINATION_ENDS):
        return False
    if _LOCATIVE.search(doc.text, lo, m.start) or _POSTED_TO.search(doc.text, lo, m.start):
        return True
    city = _CITY_COMMA.search(doc.text, lo, m.start)
    return bool(city) and (city.group(1) in CAPITALS or city.group(1) in PLACES)


# A party received or met, told by its country: "received a Chinese trade delegation", "met a
# delegation from Kenya", "greeted the Japanese delegates". The country is the guests', no side of
# the host's (the guests' own leader, "a delegation led by X", is placed by the words about them).
_PARTY_NOUN = r"(?:delegations?|delegates|officials|visitors|guests|counterparts?|envoys?)\b"
# the verb, then the guests' article and up to two lowercase words ("a large", "the visiting")
_GUEST_LEAD = r"\b(?:receiv|welcom|host|greet|meet)\w*\s+(?:with\s+)?|\bmet\s+(?:with\s+)?"
_GUEST_WORDS = r"(?:(?:an?|the)\s+)?(?:(?!(?:that|and|or|as|by|to|on|in|of|for)\s)[a-z][\w-]*\s+){0,2}"
_GUEST_BEFORE = re.compile(r"(?:" + _GUEST_LEAD + r")" + _GUEST_WORDS + r"$")
_GUEST_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+)?" + _PARTY_NOUN)
_GUEST_FROM = re.compile(r"(?:" + _GUEST_LEAD + r")" + _GUEST_WORDS + _PARTY_NOUN + r"\s+from\s+(?:the\s+)?$")
# The people met told by their offices and countries: "met the foreign ministers of Britain and France",
# "held talks with the leaders of Japan and Korea", "who met the prime minister of Spain". Each country
# (the list's later ones too) is theirs, no side of who met them.
_GUEST_OFFICE_OF = re.compile(
    r"(?:"
    + _GUEST_LEAD
    + r"|\b(?:talks|meetings?|calls?|conversations?)\s+with\s+)"
    + _GUEST_WORDS
    + r"(?P<office>[a-z]+)\s+of\s+(?:the\s+)?(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$"
)
_GUEST_OFFICES = TITLE_HEADS | frozenset(
    ("leader", "leaders", "head", "heads", "counterpart", "counterparts", "officials", "representatives")
)
_GUEST_OFFICE_REACH = 100  # characters back to the verb: "met the foreign ministers of Britain, Italy and "


def _is_guest_party(doc: Document, m: Mention) -> bool:
    """A country that tells a received party: its adjective before the party's noun, right after a
    verb of receiving or meeting ("welcomed an Iranian delegation"), after "<party> from", or after
    the offices of the people met ("met the foreign ministers of Britain and France")."""
    lo = max(0, m.start - 60)
    if _GUEST_AFTER.match(doc.text, m.end):
        return _GUEST_BEFORE.search(doc.text, lo, m.start) is not None
    tail = doc.text[lo : m.start].rstrip()
    if _may_end_with(tail, ("from",)):
        return _GUEST_FROM.search(doc.text, lo, m.start) is not None
    if not _may_end_with(tail, ("of", "and", ",")):
        return False
    found = _GUEST_OFFICE_OF.search(doc.text, max(0, m.start - _GUEST_OFFICE_REACH), m.start)
    return found is not None and found.group("office") in _GUEST_OFFICES


# The last words _LOCATIVE and _CITY_COMMA, or _TOPIC_BEFORE, can match before a country (besides
# "the"): searching a pattern anchored at the end tries every start in its window, so a cheap test
# of how the text ends skips most searches.
_DESTINATION_ENDS = ("in", "at", "to", "visit", "visited", "visiting", "visits", ",")
_TOPIC_ENDS = ("on", "about", "over", "against", "toward", "towards", "regarding")
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})  # IGNORECASE's matches beyond lower()


def _may_end_with(tail: str, ends: tuple[str, ...]) -> bool:
    """Whether ``tail`` (right-stripped) ends with one of ``ends``, alone or before a separate "the"."""
    if tail.endswith("the"):
        rest = tail[:-3]
        if not rest[-1:].isspace():
            return False
        tail = rest.rstrip()
    return tail.endswith(ends)


def _dateline_country(doc: Document) -> str | None:
    """The country of the story's dateline: its officials are usually named without a nationality."""
    m = dateline.find(doc.text)
    if not m:
        return None
    region = m.group(2)
    if region:
        found = country_of(region.strip())
        if found:
            return found
    city = m.group(1).strip()
    return country_of(city.title()) or country_of(city)


# The preposition or verb before a country that makes it what is talked about, not a side.
_TOPIC_BEFORE = re.compile(
    r"\b(?:on|about|over|against|toward|towards|regarding)\s+(?:the\s+)?$", re.IGNORECASE
)


# A country right before one of these nouns names a matter, not a side.
_TOPIC_NOUN = re.compile(r"\s+(?:conflict|war|crisis|question|issue|dispute)\b")


def _is_topic(doc: Document, m: Mention) -> bool:
    """A country inside quoted words, in the reported content of a speech verb ("warned that Europe
    must reduce its dependence on Chinese supplies") or after "on"/"about" names a topic."""
    if m.sentence < 0 or m.sentence >= len(doc.sentences):
        return False
    s = doc.sentences[m.sentence]
    text = doc.text
    if m.start > s.start and text.count('"', s.start, m.start) % 2 == 1:
        return True
    if text.find("that", s.start, m.start) >= 0 and _REPORTED.search(text[s.start : m.start]):
        return True
    if _TOPIC_NOUN.match(text, m.end):
        return True  # "the ongoing Israel conflict": the country qualifies what is talked about
    lo = max(s.start, m.start - 30)
    tail = text[lo : m.start].rstrip()
    if not _may_end_with((tail if tail.isascii() else tail.translate(_FOLD)).lower(), _TOPIC_ENDS):
        return False
    return _TOPIC_BEFORE.search(text, lo, m.start) is not None


# A sentence's closing speech tag with an unnamed speaker: ", a Nigerian presidential spokesperson
# said", ", the Chinese foreign ministry said"; the country in it is the speaker's, no side of the
# people the sentence tells of.
_TAG_BEFORE = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}$")
_TAG_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){1,4}\s+(?:said|says|told|added|stated|wrote)\b")


# "the U.S.-backed opposition leader", "a Paris-based envoy": a country joined by a hyphen to a lowercase
# word tells who backs someone or where they work, not their side (as "Russia-backed", read as one word)
_COMPOUND_AFTER = re.compile(r"-[a-z]")


def _in_speech_tag(doc: Document, m: Mention) -> bool:
    """Whether a country mention is in a closing speech tag (", an Egyptian official said")."""
    return (
        m.start > 2
        and _TAG_BEFORE.search(doc.text, max(0, m.start - 40), m.start) is not None
        and _TAG_AFTER.match(doc.text, m.end) is not None
    )


_REPORTED = re.compile(
    r"\b(?:said|says|say|warned|warns|added|stressed|noted|argued|insisted|told\s+\w+|believes?|"
    r"claimed|announced|urged|agreed)\s+that\b"
)


def article_home(doc: Document, sides: Sides) -> str | None:
    """The article's home side: its dateline's country, else :func:`_home_country`."""
    here = _dateline_country(doc)
    return _home_country(doc, sides, here) if here else _home_country(doc, sides)


def _home_country(doc: Document, sides: Sides, here: str | None = None) -> str | None:
    """The article's own side: the affiliation of the first person it places without marking their
    nationality (the foreigners in a story are the ones marked), else the country it names most as
    a side (not a destination or topic), counting its state bodies, if one stands out.

    ``here``, the dateline's country, is the home unless the story marks all its people as
    foreigners beside someone it leaves unmarked and names first: a press pool travelling with its
    leader files from abroad ("NEW YORK - President X met US President Y")."""
    marked = [m.start for m in doc.mentions if m.kind == "country"]  # in text order
    bodies = [m for m in doc.mentions if m.kind == "organization" and m.affiliation in COUNTRY_NAMES]
    firsts: list[tuple[int, str]] = []
    plain: set[int] = set()  # sentences naming someone without a nationality
    flagged: list[tuple[str, list[int]]] = []  # a marked person's country, the sentences naming them
    lead = len(doc.text)  # where the first person placed in a country is named
    for e in doc.entities:
        if e.kind != "person" or not e.named or not e.mentions:
            continue
        country = sides.explicit.get(e.index)
        at = [doc.mentions[i].sentence for i in e.mentions if doc.mentions[i].kind in ("person", "role")]
        if nationality_marked(doc, e, marked) or _body_apposed(doc, e, bodies):
            if country in COUNTRY_NAMES:
                flagged.append((country, at))  # type: ignore[arg-type]
                lead = min(lead, min(doc.mentions[i].start for i in e.mentions))
        else:
            plain.update(at)
            if country in COUNTRY_NAMES:
                firsts.append((min(doc.mentions[i].start for i in e.mentions), country))  # type: ignore[arg-type]
    # "US Secretary Blinken met External Affairs Minister Jaishankar": a country that marks its
    # people beside someone left unmarked is the visitors' side, not the article's own
    foreign = {c for c, at in flagged if plain.intersection(at)}
    if here is not None:
        if firsts and here in foreign and all(c != here for _, c in firsts) and min(firsts)[0] < lead:
            return min(firsts)[1]  # the story's protagonist, unmarked, is of another country
        return here
    if firsts:
        return min(firsts)[1]
    counts = {c: n for c, n in sides.counts().items() if c not in foreign}
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None  # no country stands out: one passing mention is no home
    return max(counts, key=lambda c: counts[c])


_APPOSED_BODY = re.compile(r",\s+(?:the\s+|a\s+)?")


def _body_apposed(doc: Document, e: Entity, bodies: list[Mention]) -> bool:
    """Placed by a state body in their apposition ("X, the State Department spokesperson"): as
    marked as a nationality, so such a spokesperson does not make their country the article's own."""
    if not bodies:
        return False
    starts = [b.start for b in bodies]
    for i in e.mentions:
        m = doc.mentions[i]
        if m.kind != "person" or not m.affiliation:
            continue
        k = bisect.bisect_left(starts, m.end)
        if (
            k < len(bodies)
            and bodies[k].affiliation == m.affiliation
            and _APPOSED_BODY.fullmatch(doc.text, m.end, bodies[k].start)
        ):
            return True
    return False


def nationality_marked(doc: Document, e: Entity, marked: list[int]) -> bool:
    """Named with a nationality ("French President Emmanuel Macron", "the French president, X"):
    the foreigners in a story are. A description matched to them only by its office ("Indian
    Minister of External Affairs" in a quoted post) is no naming."""
    for i in e.mentions:
        m = doc.mentions[i]
        if m.kind == "role" and m.ref is None:
            continue
        end = (m.head_start or m.start) if m.kind == "person" else m.end  # "the French president, X"
        k = bisect.bisect_left(marked, m.start)
        if m.kind in ("person", "role") and k < len(marked) and marked[k] < end:
            return True
        if m.kind == "person" and (m.affiliation or e.affiliation) and _of_country_beside(doc, m, marked, k):
            return True
        if m.kind == "person" and _country_possessive(doc.text, m.start):
            return (
                True  # "Saudi Arabia's King Salman": the possessive marks the country as a premodifier does
            )
        if m.kind == "person" and m.affiliation and government_led(doc, m.start) == m.affiliation:
            return (
                True  # "the leadership in Tokyo under Prime Minister X": placed by the government they lead
            )
    return False


# A possessive of up to four capitalised words right before a name ("Saudi Arabia's King X").
_POSSESSOR = re.compile(r"((?:[A-Z][\w.-]*\s){0,3}[A-Z][\w.-]*)'s\s+$")


def _country_possessive(text: str, start: int) -> bool:
    """Whether a country's possessive ("Saudi Arabia's ") comes right before ``start``, not
    another's ("French President Macron's "): the words it owns name its national."""
    if text[start - 3 : start - 1] != "'s":
        return False
    m = _POSSESSOR.search(text, max(0, start - 40), start)
    if m is None:
        return False
    words = m.group(1).split()
    return any(country_of(" ".join(words[w:])) for w in range(len(words)))


_NAME_COMMA = re.compile(r"[^,;\n]{1,40},\s*")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_OF_AFTER = re.compile(r"\s+(?:[IVX]+\s+)?of\s+(?:the\s+)?")  # "King X II of Y": a regnal number between


def _of_country_beside(doc: Document, m: Mention, marked: list[int], k: int) -> bool:
    """A holder named with "of <country>" ("the Presidents of Colombia, X"; "X of Brazil and Y of
    Haiti"): as marked as a nationality before the name."""
    text = doc.text
    if k > 0:
        c = marked[k - 1]
        if _NAME_COMMA.fullmatch(text, c, m.start) and _OF_BEFORE.search(text, max(0, c - 8), c):
            return True
    return k < len(marked) and _OF_AFTER.fullmatch(text, m.end, marked[k]) is not None
