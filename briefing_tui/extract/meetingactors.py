"""Who takes part in a meeting and where: actors around a trigger, read from the document's mentions.

Subjects are the nearest actor before a trigger and those coordinated with it;
objects are the actors after it up to the end of the object list; countries,
organizations and people's sides used as modifiers ("UAE officials"), places
("in Doha, Qatar") and trailing reporters (", Perry said") are told apart.
"""

from __future__ import annotations

import bisect
import re
from operator import attrgetter

from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.datewords import MONTHS, WEEKDAYS
from briefing_tui.extract.document import Document, Entity, Mention
from briefing_tui.extract.lexicon.countries import CAPITALS, DEMONYMS, NAMES, country_of
from briefing_tui.extract.lexicon.orgs import KNOWN
from briefing_tui.extract.lexicon.words import PLACES
from briefing_tui.extract.meetingcues import (
    ACTOR_FOLLOWERS_OK,
    OBJECT_STOP,
    PEOPLE_NOUNS,
    PERSON_AS_MODIFIER,
    VERB_AFTER_SUBJECT,
    Hit,
)

_SIDES = twin(
    r"(?P<sides>[A-Z][\w.]*(?:-[A-Z][\w.]*(?:\s+of\s+[A-Z][\w.]*)?)+)(?:\s+[A-Za-z'-]+){0,5}?\s+"
    r"(?=(?:[A-Z][\w.'-]*\s+){0,6}(?:[Ss]ummit|[Cc]onference|[Mm]eeting|Ministerial|[Dd]ialogue|[Tt]alks|Forum)\b)"
)


_OPENING = twin(
    # a paragraph's own dateline ("BRUSSELS - ") may come first
    r"\s*(?:[A-Z][A-Z.'-]{2,}(?:\s+[A-Z][A-Z.'-]+){0,2}\s*[-\u2013\u2014]{1,2}\s*)?"
    r"(?:During|On|In|After|Following|Before|Ahead\s+of|While\s+on"
    # "Completing the UAE visit, X returned", "Wrapping up a three-day visit to Chile, X said"
    r"|Completing|Concluding|Ending|Wrapping\s+up|Winding\s+up|Rounding\s+off|Capping|Starting|Beginning"
    r"|Kicking\s+off|Continuing)\s+(?:a|an|the|his|her|[A-Z][a-z]+['\u2019]s)(?!\w)"
    # "After talks with X, Y said", "In addition to talks with X, Y will ...": a plural sitting with no
    # article (matched up to the trigger, which is the sitting's noun)
    r"|(?:After|Following|Before|Ahead\s+of|During|In\s+addition\s+to|Besides|Apart\s+from)\s+$"
)


# (the lookahead on the words' first letters, as the triggers': most positions are turned away before the six
# words are tried, each a case-insensitive comparison)
_LOCATIVE_BEFORE = twin(r"(?i)\b(?=[afin])(?:in|at|from|into|across|near)\s+(?:the\s+)?$")


_REPORTING_AFTER = twin(r"\s+(?:said|says|told|added|announced|stated|reported|wrote)\b")


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
_PEOPLE_AFTER = re.compile(
    r"[ \t]+([A-Za-z][A-Za-z-]*)(?:[ \t]+([a-z]+))?"
)  # "NATO foreign ministers": one word between
# "Kenya's foreign affairs officials": a side owns the people, named by up to three lower-case words
_OWNED_PEOPLE = re.compile(r"['\u2019]s((?:[ \t]+[a-z][a-z-]*){1,3})")
# A speech or thought verb and "that": what follows is another clause, with its own subject.
_SAID_THAT = twin(
    r"\b(?:said|says|noted|notes|added|announced|stated|reported|confirmed|agreed|believes|expects|hopes"
    r"|adding|saying|noting|stressing"  # ", X said, adding that the two presidents will ...": X's clause ends
    r"|told\s+(?:\w+\s+){1,3}?)\s+"
    # "said on Monday that": the day it was said, between the verb and "that"
    r"(?:(?:on\s+)?(?:[A-Z][a-z]+day|yesterday|today|earlier)\s+)?that\b"
)
# "X said the chief executive may meet Y": with no "that", an unnamed subject told by its title alone
# (a title mention, lower-case words before a modal) still opens the reported clause; the speaker is not
# its subject (but "X said the delegation would visit": X may lead it)
_UNNAMED_SAYINGS = ("said", "says", "added", "announced", "stated", "confirmed")
_SAID_UNNAMED = twin(
    rf"\b(?:{'|'.join(_UNNAMED_SAYINGS)})(?=\s+(?:the|a)\s+(?:[a-z-]+\s+){{1,4}}?"
    r"(?:may|might|will|would|could|can|is|was|plans|hopes|intends)\s)"
)
# the verbs alone, looked for first: the engine skips to their first letters, which _SAID_UNNAMED's
# leading \b keeps it from doing (most clauses before a trigger hold none of them)
_UNNAMED_SAYING = re.compile("|".join(_UNNAMED_SAYINGS))
_POSSESSIVE_GAP = re.compile(r"(?:'s?)?\s+(?:[a-z-]+\s+){0,3}")
# "Regarding Mali, the ECOWAS leaders met ...": an opening phrase names the topic, not a subject
_TOPIC_OPENERS = ("Regarding", "Concerning", "As", "With", "On")  # the first words of _TOPIC_OPENING
_TOPIC_OPENING = twin(
    r"(?:Regarding|Concerning|As\s+(?:for|to|regards)|With\s+regard\s+to|On\s+the\s+(?:issue|question)\s+of)"
    r"\s[^,;:.\"]{1,60},\s+"
)


_COORDINATION = re.compile(
    # "Presidents X of Ecuador and Y of Colombia": the first one's country after the name, before "and"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}(?=\s*(?:,\s*)?and\s))?"
    r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)"
    # "X and Cambodia's Prime Minister Y", "X and the acting President Y", "X and visiting Chadian Minister
    # Y": the second one's title between
    # (after "and" only: "X, Foreign Ministry spokesperson Y said" is one more name in a list)
    # ("X and caretaker Foreign Minister Y", "X and outgoing President Y": a word on the office's term)
    r"(?:(?<=and\s)(?:the\s+|acting\s+|former\s+|interim\s+|deputy\s+|vice\s+|of\s+|visiting\s+|caretaker\s+"
    r"|outgoing\s+|incoming\s+|newly[\s-]+(?:appointed|elected)\s+)*"
    # "X and the Republic of Y": only "the" between; "X and United States (US) Secretary Y": an acronym aside
    r"(?:[A-Z][\w.-]*(?:'s|\u2019s)?\s+(?:\([A-Z]{2,6}\)\s+)?){0,5})?"
)


# "his Republic of Korea counterpart ", "her Albanian colleague, ": a possessive and the title of the
# person named next, after "and" (the owner named before it)
_THEIR_TITLE = twin(r"(?<=and\s)(?:his|her|their)\s+(?:[\w.'-]+\s+){0,4}?[\w.'-]+,?\s+")
# " adviser ": the lower-case rest of a title between a title word and the name it goes with
_TITLE_REST = twin(r"\s+(?:[a-z][\w-]*\s+){1,2}")


# "at 10 Downing Street": a house number opens a street's name ("Palacio de la Moneda": a Romance name's
# "de la" joins its words, as "of the" does)
_STREET_NUMBER = (
    r"\d{1,4}\s+(?=[A-Z][\w.'-]*\s+(?:[A-Z][\w.'-]*\s+)?(?:Street|Avenue|Road|Square|Boulevard|Lane|Drive)\b)"
)
# "in the agrotown of Rymdyuny", "in the port city of Aden": a settlement's common noun before its name
_SETTLEMENT = (
    r"(?:the\s+(?:[a-z]+\s+)?(?:city|town|agrotown|village|township|port|resort|capital|commune|municipality)"
    r"\s+of\s+"
    # "in the nation's capital, Abu Dhabi": the capital named after it (comma or not); "in the Himalayan kingdom's
    # capital of Thimphu": after "of"
    r"|the\s+(?:[A-Z][\w-]*\s+)?(?:nation|country|kingdom|emirate|state|republic)['\u2019]s\s+capital"
    r"(?:,?\s+|\s+of\s+)"
    # "in the capital Tehran", "in the capital, Tehran": the city named right after the common noun
    r"|the\s+capital,?\s+)"
)
_SETTLEMENT_AT = twin(_SETTLEMENT + r"(?=[A-Z])")
# a name's capital, also an accented one ("the Élysée Palace", "Çankaya", "Łódź")
_CAP = "[A-Z\u00c0-\u00d6\u00d8-\u00de\u0106\u010c\u0141\u015a\u015e\u0160\u017b\u017d]"
# "in"/"at" with the word boundary checked behind it: opening on a set of letters, the pattern lets the
# engine skip to them, where "\b(?:[Ii]n|[Aa]t)" was tried at every offset
IN_PLACE = twin(
    rf"[IiAa][nt](?<=\b[Ii]n|\b[Aa]t)\s+(?=(?:the\s+)?(?:{_STREET_NUMBER})?{_CAP}|{_SETTLEMENT}[A-Z])"
)


# Nouns whose "in X" places something other than a meeting: "the war in Yemen", "the crisis in Sudan",
# and the matters talked about, in lower case: "a unity government in Juba", "peace and stability in Mali"
# (not an office: "the Special Envoy for Peace in Fiji")
_SCENE_BEFORE = twin(
    r"(?i)\b(?:war|wars|conflict|conflicts|crisis|fighting|violence|unrest|situation|ceasefire|truce|elections?"
    r"|invest(?:ing|ment|ments)?|operations?|presence|troops|forces|attacks?|offensive"
    # ("the latest developments in Europe", "the situations in Gaza and Sudan": a topic's plural)
    r"|situations|crises|(?-i:developments|events"
    r"|government|integration|peace|stability|security|democracy|development|challenges|tensions"
    r"|cooperation))\s+$"
)
_EVENT_HEADS = frozenset(
    (
        "Summit",
        "Conference",
        "Meeting",
        "Ministerial",
        "Forum",
        "Dialogue",
        "Talks",
        "Consultation",
        "Consultations",
        "Session",
    )
)
_START = attrgetter("start")
_END = attrgetter("end")


CALENDAR = frozenset(w.capitalize() for w in (*MONTHS, *WEEKDAYS))


PLACE = twin(
    r"(?:the\s+)?(?P<place>(?:"
    + _STREET_NUMBER
    + r")?"
    + _CAP
    # (a particle between two capitalised words: "Rio de Janeiro", "Dar es Salaam")
    + r"[\w.'-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|es\s+|d(?:e|el|a|o|os|as|u|es)\s+(?:la\s+|las\s+|los\s+)?)?"
    + _CAP
    + r"[\w.'-]*){0,5}"
    # (not "Ljubljana, HH the Amir said": an honorific before its holder's title)
    r"(?:,\s+(?P<ext>[A-Z][\w.'-]*)(?![\w.'-]|\s+[A-Z]|\s+the\s))?)"
)


# "the Latvian capital Riga", "the port city Odesa", "the Andean country of Peru": the name after
# the common noun is the place
_PLACE_HEAD = re.compile(
    r"\s+(?:capital|city|town|port|port\s+city|region|province|state|country|nation|island\s+nation"
    r"|island|kingdom|emirate)(?:\s+of|,)?\s+(?=[A-Z])"  # "the Chinese capital, Beijing"
)
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


class ActorIndex:
    """Mentions that resolve to an entity, sorted, with range lookups in log time."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        known = len(doc.entities)
        ok = [m for m in doc.mentions if m.entity is not None and 0 <= m.entity < known]
        # by start, longest first: two stable sorts keyed in C, no Python key per mention
        ok.sort(key=_END, reverse=True)
        ok.sort(key=_START)
        self.mentions = ok
        self.starts = [m.start for m in self.mentions]
        # id of a mention -> is_modifier, can_be_subject: every trigger near a mention asks again
        self._modifier: dict[int, bool] = {}
        self._subject: dict[int, bool] = {}
        self._countries: dict[str, int] | None = None  # country name -> its entity, made when first asked
        self._titles: frozenset[int] | None = None  # where an unnamed title ("the chief executive") starts

    def title_at(self, pos: int) -> bool:
        """Whether a title without a name ("the director general"), resolved or not, starts at ``pos``."""
        if self._titles is None:
            self._titles = frozenset(m.start for m in self.doc.mentions if m.kind == "role")
        return pos in self._titles

    def country_entity(self, name: str) -> int:
        """The entity of a country (the first one of that name), added to the document if there is none."""
        if self._countries is None:
            self._countries = {}
            for e in self.doc.entities:
                if e.kind == "country":
                    self._countries.setdefault(e.name, e.index)
        index = self._countries.get(name)
        if index is None:
            index = self._countries[name] = len(self.doc.entities)
            self.doc.entities.append(Entity(index=index, kind="country", name=name))
        return index

    def any_between(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, start)
        return i < len(self.starts) and self.starts[i] < end

    def between(self, start: int, end: int, overhang: bool = False) -> list[Mention]:
        """Mentions inside ``[start, end)`` (or only starting there, with ``overhang``), nested ones dropped."""
        i = bisect.bisect_left(self.starts, start)
        out: list[Mention] = []
        for m in self.mentions[i : bisect.bisect_left(self.starts, end, i)]:
            if (overhang or m.end <= end) and not (out and m.start < out[-1].end):
                out.append(m)
        return out

    def kind(self, m: Mention) -> str:
        return self.doc.entities[m.entity].kind  # type: ignore[index]

    def is_modifier(self, m: Mention) -> bool:
        """'UAE officials', 'U.S. commitment', 'Israel's actions': the actor names something else."""
        known = self._modifier.get(id(m))
        if known is None:
            known = self._modifier[id(m)] = self._is_modifier(m)
        return known

    def can_be_subject(self, m: Mention) -> bool:
        """Neither a modifier nor a place ("in Kyiv", "at the UN")."""
        known = self._subject.get(id(m))
        if known is None:
            text = self.doc.text
            # a pronoun is never a place: "aside from his meeting with ..."
            known = (
                not self.is_modifier(m)
                and (m.kind == "pronoun" or not _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start))
                # "visits to Peru for the APEC summit", "headed to China for a state visit": a country gone
                # to for an event, or at the end of an opening phrase, is where, not who
                and not (
                    self.kind(m) == "country"
                    and text.endswith(" to ", max(0, m.start - 4), m.start)
                    and text.startswith((" for ", ","), m.end)  # "On a visit to Russia, X met Y"
                )
            )
            self._subject[id(m)] = known
        return known

    def _is_modifier(self, m: Mention) -> bool:
        if self.kind(m) == "person":
            if self.doc.text.startswith("'s ", m.end) and m.kind != "pronoun":
                return True  # "Trump's new secretary of state", "the PM's press secretary": an owner
            word = _NEXT_WORD.match(self.doc.text[m.end : m.end + 30])
            return bool(word) and word.group(1).lower() in PERSON_AS_MODIFIER  # "the Biden administration"
        text = self.doc.text
        rest = text[m.end : m.end + 40]
        if rest.startswith(("'s", "'")):
            return True
        word = _NEXT_WORD.match(rest)
        if not word:
            return False
        w = word.group(1)
        low = w.lower()
        if low in ACTOR_FOLLOWERS_OK or w in CALENDAR or low in VERB_AFTER_SUBJECT:
            return False
        return not (w.islower() and len(low) > 4 and low.endswith("ed"))  # "Thailand agreed"

    def is_people_modifier(self, m: Mention) -> bool:
        """'senior Taliban representatives', 'NATO foreign ministers': the actor is the side the unnamed
        people speak for."""
        owned = _OWNED_PEOPLE.match(self.doc.text, m.end, m.end + 50)
        if owned is not None:
            # "Peru and Chile's defence ministers": a side's people (not a person's aides; not "the
            # Government's official residence": only a plural names people there)
            nouns = [w for w in owned.group(1).split() if w in PEOPLE_NOUNS]
            return self.kind(m) != "person" and bool(nouns) and nouns[0].endswith("s")
        words = _PEOPLE_AFTER.match(self.doc.text, m.end, m.end + 40)
        if not words:
            return False
        first, second = words.group(1).lower(), words.group(2)
        # "AMISOM troop-contributing countries": one qualifier (maybe hyphenated) before the people
        return first in PEOPLE_NOUNS or (
            first.replace("-", "").isalpha() and bool(second) and second.lower() in PEOPLE_NOUNS
        )


def subject_group(actors: ActorIndex, lo: int, hi: int) -> list[Mention]:
    """The nearest actor before ``hi`` (a person if there is one) and those coordinated with it."""
    text = actors.doc.text
    said = [m.end() for m in _SAID_THAT.finditer(text, lo, hi)] if text.find("that", lo, hi) >= 0 else []
    if _UNNAMED_SAYING.search(text, lo, hi) is not None:
        said += [m.end() for m in _SAID_UNNAMED.finditer(text, lo, hi) if actors.title_at(m.end() + 1)]
    if said:
        lo = max(said)  # "the DFA noted that the two leaders will meet": the subject follows "that"
    elif text.startswith(_TOPIC_OPENERS, lo) and (topic := _TOPIC_OPENING.match(text, lo, hi)) is not None:
        lo = topic.end()
    inside = actors.between(lo, hi)
    left = [m for m in inside if actors.can_be_subject(m)]
    persons = [m for m in left if actors.kind(m) == "person"]
    pool = persons or left
    if not pool:  # "NATO foreign ministers will meet": the side the unnamed people speak for
        pool = [m for m in inside if actors.is_modifier(m) and actors.is_people_modifier(m)]
    elif not persons and inside[-1].start > pool[-1].start:
        # "Indian and Pakistani foreign ministers met": the last side, a modifier of the unnamed people,
        # ends a list of sides; it is read only so coordinated, else the list's last actor stays
        last = inside[-1]
        if (
            _COORDINATION.fullmatch(text, pool[-1].end, last.start)
            and actors.is_modifier(last)
            and actors.is_people_modifier(last)
        ):
            pool = [*pool, last]
    if not pool:
        return []
    group = [pool[-1]]
    anchor = group[-1].start  # where the next coordinated actor must end before
    for m in reversed(pool[:-1]):
        if _COORDINATION.fullmatch(text[m.end : anchor]):
            group.append(m)
            anchor = m.start
        elif m.kind == "pronoun" and _THEIR_TITLE.fullmatch(text, m.start, anchor):
            # "X and his Korean counterpart Y": the owner is X, named before "and"; go on from "his"
            anchor = m.start
        elif m.kind == "role" and _TITLE_REST.fullmatch(text, m.end, anchor):
            # "X and Bangladesh's Chief adviser Professor Y": a title word read alone is the start of the
            # next one's title (only lower-case words between); go on from it
            anchor = m.start
        else:
            break
    group.reverse()
    before = [m for m in pool if m.end <= group[0].start]
    if (
        before
        and text.startswith(",", group[-1].end)
        and _COMPANY_ASIDE.fullmatch(text, before[-1].end, group[0].start)
    ):
        # "Lajcak, in the company of A and B, met X": the subject named before the aside leads them
        group.insert(0, before[-1])
    return group


def subject_after(actors: ActorIndex, at: int, hi: int) -> list[Mention]:
    """The person opening the clause at ``at`` (capitalised title words at most before it) and the persons
    coordinated with it: "At a joint press conference, X and Y said ..." names the parties after the
    opening phrase, not inside it."""
    text = actors.doc.text
    after = actors.between(at, min(hi, at + 200))
    if not after or actors.kind(after[0]) != "person" or not _CLAUSE_HEAD.fullmatch(text, at, after[0].start):
        return []
    group = [after[0]]
    for m in after[1:]:
        if actors.kind(m) != "person" or not _COORDINATION.fullmatch(text, group[-1].end, m.start):
            break
        group.append(m)
    return group


_CLAUSE_HEAD = twin(r"\s*(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,4}")


# ", in the company of", "(today), accompanied by": an aside of who goes with the subject
_COMPANY_ASIDE = twin(
    r"(?:\s+\w+)?,\s+(?:in\s+the\s+company\s+of|accompanied\s+by|along\s+with|together\s+with|joined\s+by)\s+"
)


def object_mentions(actors: ActorIndex, start: int, stop: int, places: bool = False) -> list[Mention]:
    """Actors named between ``start`` and ``stop``; "in Doha, Qatar" is where, not who (unless ``places``)."""
    found = actors.between(start, stop, overhang=True)  # 'Josaia Voreqe "Frank" Bainimarama'
    if not found:
        return found
    if not places:
        text = actors.doc.text
        spots: list[tuple[int, int, int]] = []
        for m in IN_PLACE.finditer(text, start, stop):
            pm = _place_match(text, m.end(), stop)
            if pm:
                spots.append((m.start(), pm.start("place"), pm.end()))
        # "the Special Representative for Reconciliation in Afghanistan Zalmay Khalilzad": a person
        # named after the place's first word ends the place, it is not part of it
        found = [
            m
            for m in found
            if not any(
                a <= m.start and m.end <= b and not (m.start > p and actors.kind(m) == "person")
                for a, p, b in spots
            )
        ]
    text = actors.doc.text
    kept = [
        m
        for i, m in enumerate(found)
        if not actors.is_modifier(m)
        and not _is_reporter(text, m)
        and not _country_topic(actors, m, start)
        and not _owner_of_place(text, m)
        and not _affiliation_of_previous(actors, found, i)
    ]
    if not any(actors.kind(m) == "person" for m in kept):
        kept += [m for m in found if actors.is_modifier(m) and actors.is_people_modifier(m)]
        kept.sort(key=lambda m: m.start)
    return kept


_ON_BEFORE = twin(r"(?i)\bon\s+(?:the\s+)?$")
# "X of the Foreign Ministry", "X from Kenya", "X, Chairman of the Standing Committee of the Congress": the
# body or country after a person's name (or their title in apposition) is where they come from
_AFFILIATION_GAP = twin(
    r"(?:,\s+(?:(?:[A-Z][\w.'-]*|of|the|for|and|on|head|chief|chair|chairman|chairwoman|president|director"
    r"|secretary|member|minister|spokesperson|spokesman|representative|envoy|ambassador|deputy|vice|general"
    r"|executive|senior|official|leader)\s+){0,10}?)?\s*(?:of|from)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}"  # "of the National People's Congress", its name cut at "'s"
    r"|['\u2019]s\s+"  # the same, after a title in apposition that ends at "People"
)


def _affiliation_of_previous(actors: ActorIndex, found: list[Mention], i: int) -> bool:
    """Is ``found[i]`` (a body or a country) the affiliation of the person named just before it?"""
    m = found[i]
    if i == 0 or actors.kind(m) == "person":
        return False
    person = next((p for p in reversed(found[max(0, i - 3) : i]) if actors.kind(p) == "person"), None)
    if person is None:
        return False
    text = actors.doc.text
    return m.start - person.end < 120 and _AFFILIATION_GAP.fullmatch(text, person.end, m.start) is not None


_POSSESSIVE_PRONOUNS = frozenset(("his", "her", "their", "its"))


def _owner_of_place(text: str, m: Mention) -> bool:
    """ "visited Y at his official residence", "met Y in her office": the owner of the place named after
    "at"/"in" is no further party (the pronoun may even be resolved to the one reporting)."""
    return (
        m.kind == "pronoun"
        and text[m.start : m.end].lower() in _POSSESSIVE_PRONOUNS
        and bool(_LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start))
    )


def _country_topic(actors: ActorIndex, m: Mention, start: int) -> bool:
    """ "met Y for talks on Niger", "held talks on Ukraine with Y": a country named after "on", inside
    the object phrase, is what was talked about, not a party."""
    return (
        m.start - start >= 3
        and actors.kind(m) == "country"
        and bool(_ON_BEFORE.search(actors.doc.text, max(start, m.start - 8), m.start))
    )


def opening_subject(actors: ActorIndex, lo: int, hit: Hit, hi: int, after: int = -1) -> list[Mention]:
    """ "During a visit to Kyiv on Monday, Blinken said ...": the traveller follows the opening phrase
    (after its first comma, or the first after ``after``: the end of a list of people met)."""
    text = actors.doc.text
    if not _OPENING.match(text, lo, hit.start):
        return []
    comma = text.find(",", max(hit.end, after), hi)
    if comma < 0:
        return []
    after = actors.between(comma, min(hi, comma + 100))
    return [m for m in after if actors.kind(m) == "person"][:1]


def _is_reporter(text: str, m: Mention) -> bool:
    """ "..., Defense Secretary William Perry said": the one reporting, after a comma, is not a participant."""
    return bool(_REPORTING_AFTER.match(text, m.end)) and "," in text[max(0, m.start - 40) : m.start]


# 'Ferdinand "Bongbong" Marcos', 'Joko "Jokowi" Widodo': a nickname in quotation marks between the words of a
# name (a capitalised word before it, and after it the name goes on), no quoted words ending the list
_NICKNAME = twin(r'(?<=[A-Za-z.] )"[A-Z][\w.\'-]*" (?=[A-Z])')


def object_stop(text: str, start: int, hi: int) -> int:
    m = OBJECT_STOP.search(text, start, hi)
    while m is not None and text.startswith('"', m.start()) and (nick := _NICKNAME.match(text, m.start())):
        m = OBJECT_STOP.search(text, nick.end(), hi)
    return m.start() if m else hi


# "A and B's meeting", "A, B and C's talks": owners listed before the possessive (a title may open each:
# "Secretary A and Foreign Secretary B's meeting")
_OWNERS_AND = re.compile(r",?\s+and\s+(?:[A-Z][\w.'-]*\s+){0,4}")
_OWNERS_COMMA = re.compile(r",\s+(?:[A-Z][\w.'-]*\s+){0,4}")


def possessor(actors: ActorIndex, lo: int, start: int) -> list[Mention]:
    """ "Biden's meeting", "his call": the actor just before a noun trigger; "Meloni and Starmer's talks":
    every actor of a list the possessive closes (the meeting is theirs, not the last one's alone)."""
    before = actors.between(max(lo, start - 80), start)
    if before:
        m = before[-1]
        text = actors.doc.text
        gap = text[m.end : start]
        if _POSSESSIVE_GAP.fullmatch(gap) and (gap.startswith("'") or m.kind == "pronoun"):
            owners = [m]
            link = _OWNERS_AND
            for other in reversed(before[:-1]):
                if other.kind == "pronoun" or not link.fullmatch(text, other.end, owners[0].start):
                    break
                owners.insert(0, other)
                link = _OWNERS_COMMA
            return owners
    return []


_DISTRICT = re.compile(r",?\s+D\.?\s?C\.?$")


def without_district(place: str) -> str:
    """ "Washington DC", "Washington, D.C.": the city's name without its district's letters."""
    return _DISTRICT.sub("", place) or place


def countries_of_place(actors: ActorIndex, place: str | None) -> list[int]:
    """ "Kuwait City", "Kyiv, Ukraine", "Washington": the country reached, as an entity (added if new)."""
    if not place:
        return []
    # "Washington DC", "Washington, D.C.": the capital, its district's letters aside
    place = without_district(place)
    names = dict.fromkeys(c for part in (place, *place.split(", ")) if (c := country_of(part.strip())))
    return [actors.country_entity(name) for name in names]


def sides_before(actors: ActorIndex, hit: Hit) -> list[int]:
    """ "an Israel-Palestine peace conference", "the U.S.-Kuwait Strategic Dialogue": the sides named in front."""
    doc = actors.doc
    text = doc.text
    lo = max(0, hit.start - 80)
    if text.find("-", lo, hit.end) < 0:
        return []  # no "A-B" in front: most triggers
    m = _SIDES.search(text, lo, hit.end)
    if not m or m.end("sides") > hit.end:
        return []
    out: list[int] = []
    for part in m.group("sides").split("-"):
        name = country_of(part.strip())
        index = None
        if name:
            index = countries_of_place(actors, part.strip())[0]
        else:
            index = next((e.index for e in doc.entities if part in (e.name, *e.aliases)), None)
        if index is not None and index not in out:
            out.append(index)
    return out if len(out) >= 2 else []


# a title-cased headline's time words after the place: "Talks in Geneva Next Week", "Summit in Lima Today"
_TIME_DETERMINERS = frozenset(("Next", "This", "Last", "Coming"))
_TIME_UNITS = frozenset(("Week", "Weekend", "Month", "Year"))
_TIME_ADVERBS = frozenset(("Today", "Tomorrow", "Tonight", "Yesterday"))


def trim_place(place: str) -> str | None:
    """The place's own words: "in Washington January 26 and 27" is Washington (a month or weekday ends
    it, with the words after it, as a headline's "Next Week" or "Today" does, or a sentence's end inside
    a quote: "at the palace in Lima. We discussed"); "the visit in January of X" names none."""
    words = place.split()
    cut = next(
        (
            i
            for i, w in enumerate(words)
            if i
            and (
                _sentence_end(words[i - 1])
                or w.strip(",.") in CALENDAR
                or w in _TIME_ADVERBS
                or (w in _TIME_DETERMINERS and i + 1 < len(words) and words[i + 1].strip(",.") in _TIME_UNITS)
            )
        ),
        len(words),
    )
    words = words[:cut]
    while words and words[-1].strip(",.").lower() in ("and", "of", "the"):  # a headline's "Cuba And Meets"
        words.pop()
    while words and words[0] in ("The", "In", "At"):
        words.pop(0)
    if words and _POSSESSIVE_END.sub("", words[0].strip(",.")) in CALENDAR:
        # "the visit in January of Joe Biden", "In Friday's talks": a month or weekday is no place
        return None
    out = " ".join(words).rstrip(",.")
    return out or None


def _sentence_end(word: str) -> bool:
    """Does a word of a place's name end its sentence: a full word with its full stop ("Lima."), not an
    abbreviation ("St.", "D.C.", "U.S.")?"""
    return len(word) > 4 and word.endswith(".") and word[:-1].isalpha() and not word[:-1].isupper()


def _place_match(text: str, pos: int, hi: int) -> re.Match[str] | None:
    """PLACE at ``pos``, or the name after "the Latvian capital" or "the town of"."""
    if text.startswith("the", pos):
        settlement = _SETTLEMENT_AT.match(text, pos, hi)
        if settlement:
            pos = settlement.end()
    pm = PLACE.match(text, pos, hi)
    if pm:
        head = _PLACE_HEAD.match(text, pm.end(), hi)
        if head:
            return PLACE.match(text, head.end(), hi) or pm
    return pm


_CAPITAL_OF: dict[str, str] = {}


def _capital_of(country: str) -> str:
    """The first capital the lexicon lists for a country (the country's name if it lists none)."""
    if not _CAPITAL_OF:
        for capital, name in CAPITALS.items():
            _CAPITAL_OF.setdefault(name, capital)
    return _CAPITAL_OF.get(country, country)


def place_named_at(actors: ActorIndex, pos: int, hi: int) -> str | None:
    """The place named at ``pos``: "Kyiv, Ukraine" but not "Paris, Macron" (a person after the comma),
    nor "Peru, Seoul's" (a possessive names an owner); "the Latvian capital Riga" is Riga; "the Foreign
    Secretary's residence" names no place, nor does "the Filipino community" (a nation's adjective);
    "at the Foreign Ministry in Paris" is both: "Foreign Ministry, Paris"."""
    place = _place_named_at(actors, pos, hi)
    if place is None:
        return None
    text = actors.doc.text
    at = text.find(place, pos, pos + len(place) + 12)
    if at < 0:
        return place
    if adjective_at(text, at, place):
        return None
    end = at + len(place)
    if text.find(" in ", end, end + 20) < 0:
        return place  # most places: nothing after them to join
    inner = _SEAT_IN.match(text, end, hi)
    if inner is None or country_of(place) or place in CAPITALS or place.split()[-1] in _EVENT_HEADS:
        # "Kinshasa in DR Congo", "Paris in X" (a network), "the Geneva Summit in Fiji" (an event): alone
        return place
    where = _place_named_at(actors, inner.end(), hi)
    if where is None or where == place or len(where) < 2:
        return place
    return f"{place}{inner.group('seat') or ''}, {where}"


# "the Indo-Pacific Command headquarters in Hawaii": a building (its common noun may follow its name),
# then the city or country it stands in
_SEAT_IN = re.compile(
    r"(?P<seat>\s+(?:headquarters|building|offices?|compound|residence|palace|complex))?\s+in\s+"
    # ("at the Presidential Palace in the capital Ljubljana": the city after a settlement's noun)
    r"(?=(?:the\s+)?[A-Z]|the\s+(?:capital|city|town)(?:,|\s+of)?\s+[A-Z])"
)


def _place_named_at(actors: ActorIndex, pos: int, hi: int) -> str | None:
    text = actors.doc.text
    pm = _place_match(text, pos, hi)
    if not pm:
        return None
    place = pm.group("place")
    if place in DEMONYMS and text.startswith(" capital", pm.end("place")):
        return _capital_of(DEMONYMS[place])  # "to the Spanish capital": Madrid
    ext = pm.start("ext")
    if ext >= 0 and (
        _POSSESSIVE_END.search(pm.group("ext"))
        # (nor "in Ghana, ECOWAS also issued ...": a body after the comma opens the next clause)
        or any(actors.kind(m) in ("person", "organization") for m in actors.between(ext, pm.end()))
    ):
        place = text[pm.start("place") : ext].rstrip(", ")
    if _POSSESSIVE_END.search(place) or text.startswith(("'s", "\u2019s"), pm.end("place")):
        return _owners_capital(actors, place, pm.end("place"), hi)
    start = pm.start("place")
    # (also after a settlement's noun: "in the country's capital, Nay Pyi Taw" names a place)
    after_preposition = (
        pm.start() > pos or _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 10), start) is not None
    )
    if any(
        m.start == start
        and actors.kind(m) == "person"
        # "a message to President X": a name told with its title is a person's wherever it stands
        and (
            not after_preposition
            or (m.role is not None and m.head_start is not None and m.head_start > m.start)
            # "Ruiz's visit to Khan": a surname of someone titled elsewhere in the article is that
            # person (a place misread as a person's name has no title anywhere)
            or actors.doc.entities[m.entity].role is not None  # type: ignore[index]
        )
        for m in actors.between(start, start + len(place))
    ):
        return None  # "visited Osinbajo at his residence": a verb's object named as a person is no place
    person = next(
        (m for m in actors.between(start + 1, start + len(place)) if actors.kind(m) == "person"), None
    )
    if person is not None:
        place = text[start : person.start].rstrip(", ")  # "in Afghanistan Zalmay Khalilzad": Afghanistan
    if place in ("No", "No.", "Number"):
        number = _HOUSE_NUMBER.match(text, start + len(place))
        if number is None:
            return None  # "No" alone names no place
        place += number.group(0)  # "in No 10", "at Number 10": a house known by its number
    return trim_place(place)


# "Kenya's capital", "Kenya's capital Nairobi": the owner's "'s", then the common noun, alone or named
_OWNERS_CAPITAL = re.compile(
    r"(?:['\u2019]s)?\s+capital(?:\s+city)?(?:,?\s+(?=[A-Z])|(?=\s*(?:[,.;:)\"\u201d]|$)|\s+(?:on|in|at|for|to|from"
    r"|and|or|but|by|with|after|before|during|since|amid|as|where|when|which|last|this|next|earlier|later"
    r"|yesterday|today|tomorrow)\b))"
)


def _owners_capital(actors: ActorIndex, place: str, end: int, hi: int) -> str | None:
    """ "visited Afghanistan's capital": a country's capital told by its owner is its capital city (the
    name after the noun where one is told); any other possessive ("Seoul's envoy") names no place."""
    country = NAMES.get(place.removesuffix("'s").removesuffix("\u2019s"))
    tail = _OWNERS_CAPITAL.match(actors.doc.text, end, hi) if country else None
    if tail is None:
        return None
    if tail.group().endswith((" ", ",")):
        return _place_named_at(actors, tail.end(), hi) or _capital_of(country)
    return _capital_of(country)


_HOUSE_NUMBER = twin(r" \d{1,4}\b")
# "in Carlton Gardens", "to Kyiv": after a preposition a name is a place, even one typed a person
_PLACE_PREPOSITION_BEFORE = twin(r"\b(?:in|at|to|near|from|of)\s+(?:the\s+)?$")

# Adjectives of a region, beside the nations' own (DEMONYMS): "the West African subregion"
_REGION_ADJECTIVES = frozenset(
    ("African", "European", "Asian", "American", "Arab", "Caribbean", "Nordic", "Balkan")
)
_LOWER_WORD = twin(r" ([a-z]+)\b")
_FUNCTION_WORDS = frozenset(
    [
        "from",
        "on",
        "in",
        "at",
        "to",
        "for",
        "and",
        "or",
        "with",
        "by",
        "of",
        "during",
        "until",
        "till",
        "last",
        "next",
        "this",
        "that",
        "since",
        "as",
        "is",
        "was",
        "will",
    ]
)


def adjective_at(text: str, pos: int, place: str) -> bool:
    """ "in the West African subregion", "at the Chinese side", "in the Israeli-Palestinian conflict zone": a
    nation's or region's adjective (or two joined by a hyphen) before a lower-case noun names no place (but
    "a visit to Saudi from Monday" does: a function word follows); nor does any name before a noun of a
    land ("arrived in the Andean country": an epithet of a land told before)."""
    last = place.rsplit(None, 1)[-1]
    at = text.find(place, pos, pos + len(place) + 8)
    nxt = _LOWER_WORD.match(text, at + len(place)) if at >= 0 else None
    if nxt is not None and nxt.group(1) in _LAND_NOUNS:
        return True
    if (
        nxt is not None
        and nxt.group(1) in _EVENT_NOUNS
        and ("-" in place or not (country_of(place) or place in PLACES or place in CAPITALS))
    ):
        # "in Brexit talks", "in the Germany-Central Asia summit", "to the UN meeting": a name before the
        # event's noun says what or who it is about; a place there is a known one ("the Brussels summit")
        return True
    if not all(part in DEMONYMS or part in _REGION_ADJECTIVES for part in last.split("-")):
        return False
    return nxt is not None and nxt.group(1) not in _FUNCTION_WORDS


# "the Andean country", "the Gulf nation": a name before one of these is an epithet, not a place
_LAND_NOUNS = frozenset(("country", "nation", "kingdom", "republic", "archipelago"))
# nouns of a meeting a name may modify: "Brexit talks", "the UN meeting"
_EVENT_NOUNS = frozenset(
    ("talks", "summit", "meeting", "meetings", "negotiations", "conference", "dialogue", "consultations")
)


# "at the latter's official residence Ganabhaban", "at her office, Government House": the seat's name
_SEAT = twin(
    r"\b(?:at|in)\s+(?:the\s+)?(?:latter's\s+|former's\s+|his\s+|her\s+|their\s+)?(?:official\s+)?"
    r"(?:residence|office|palace|home)\s*,?\s+(?=[A-Z])"
)


def _seat_named(actors: ActorIndex, start: int, end: int) -> str | None:
    """The name of a residence or office told after its common noun, after the trigger."""
    text = actors.doc.text
    if (
        text.find("residence", start, end) < 0
        and text.find("office", start, end) < 0
        and text.find("palace", start, end) < 0
        and text.find("home", start, end) < 0
    ):
        return None  # most clauses: no seat named
    m = _SEAT.search(text, start, end)
    if m is None:
        return None
    place = place_named_at(actors, m.end(), end)
    return place if place and place.split()[0].rstrip(",") not in CALENDAR else None


# (", which": the clause's own matters, unless it tells where the event itself is: ", which took place in X")
_RELATIVE = twin(
    r"\b[a-z]{3,}\s+(?:who|whose)\s"
    r"|,\s+which\s+(?!(?:took|takes|will\s+take|is\s+taking)\s+place\b|(?:was|is|will\s+be|is\s+being)\s+held\b)"
)
_CLAUSE_OPENS = re.compile(r"(?:^|[,;]\s*)$")
_SUBJECT_GAP = re.compile(r",?\s+[^,;:\"]{1,40}")


def _fronted_place(actors: ActorIndex, hit: Hit, lo: int) -> str | None:
    """ "In Paris she met X, in Brussels she has meetings with Y": a place that opens the trigger's clause,
    its subject alone between, is where that clause's event is (not one named after the trigger)."""
    text = actors.doc.text
    if not text.startswith(("In ", "At "), lo) and text.find(", in ", lo, hit.start) < 0:
        return None  # most clauses: no place opens them, nothing to search
    found = None
    for m in IN_PLACE.finditer(text, lo, hit.start):
        if _CLAUSE_OPENS.search(text, max(lo, m.start() - 3), m.start()) is None and m.start() != lo:
            continue
        found = m
    if found is None:
        return None
    place = place_named_at(actors, found.end(), hit.start)
    if not place or place.split()[0].rstrip(",") in CALENDAR or place.split()[-1] in _EVENT_HEADS:
        return None
    end = text.find(place, found.end(), hit.start)
    if end < 0 or not _SUBJECT_GAP.fullmatch(text, end + len(place), hit.start):
        return None
    return place


def location_near(doc: Document, actors: ActorIndex, hit: Hit, lo: int, hi: int) -> str | None:
    """ "in San Francisco", "In the United Arab Emirates, ...": the first place named around the trigger."""
    text = doc.text
    # "gathered in Riga": the trigger's own last word opens the place
    after = hit.end - 2 if text[hit.end - 3 : hit.end] in (" in", " at") else hit.end
    # "a meeting on Monday in Luanda between X and Y": a place inside the cue, before its objects
    inner = IN_PLACE.search(text, hit.start + 1, after) if hit.form == "noun" else None
    if inner is not None:
        after = inner.start()
    fronted = _fronted_place(actors, hit, lo)
    if fronted:
        return fronted
    # "the first meeting since he took office in Tokyo": a place after "since" is that clause's
    since = text.find(" since ", after, hi)
    # "... Khashoggi, a journalist who lived in Virginia": a relative clause's place is its own
    rel = (
        _RELATIVE.search(text, after, hi if since < 0 else since)
        if text.find(" wh", after, hi) >= 0
        else None
    )
    stop = rel.start() if rel else hi if since < 0 else since
    seat = _seat_named(actors, after, stop)
    if seat:
        return seat
    title_place: str | None = None
    for start, end in ((after, stop), (lo, hit.start)):
        for m in IN_PLACE.finditer(text, start, end):
            if _SCENE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                continue  # "talked about the war in Yemen": where the war is, not the meeting
            place = place_named_at(actors, m.end(), hi)
            if place and adjective_at(text, m.end(), place):
                continue
            if place and _REPORTED_AFTER.match(text, m.end() + len(place)):
                continue  # "..., the foreign ministry in Warsaw has said": where the source sits
            if place and place.split()[-1] in _EVENT_HEADS:
                continue  # "at the Warsaw Summit": the event's own name, not where it is
            if place in KNOWN and KNOWN[place][1] is None:
                # "at the Asia-Pacific Economic Cooperation (APEC) Leaders' Meeting in Lima", "wants to be in
                # the European Union": a body of many lands is no place a sitting stands in
                continue
            if place and _in_title(actors, m.start(), m.end(), place):
                # "the Special Representative in Afghanistan X": the office's place, taken only when
                # the clause names no other
                title_place = title_place or place
                continue
            if (
                place
                and place.split()[0].rstrip(",") not in CALENDAR
                and (not place[:1].isdigit() or re.match(_STREET_NUMBER, place))
            ):
                return place
    return (
        _host_place(actors, hit, lo)
        or _welcomed_to(actors, lo, hi)
        or _place_before_trip(actors, hit, lo)
        or title_place
    )


# "the Bucharest summit", "last year's Riga meeting": a determiner, then capitalised words right before the
# gathering's noun (the words that name it), its topic's word between at most ("the Luanda peace talks")
_NAME_BEFORE = twin(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Nn]ext|[Ll]ast|[Aa]n?|['\u2019]s)\s+((?:[A-Z][\w.'-]*\s+){1,3})"
    r"(?:(?:peace|ceasefire|truce|nuclear|trade|security|border|mediation)\s+)?$"
)


def capital_in_name(text: str, hit: Hit) -> str | None:
    """ "the Bucharest summit", "the Madrid conference", "the Vilnius Summit of the Bucharest Nine": a
    gathering named after a capital city was held there (news names summits and talks by their host
    city). Only a capital the lexicon knows, told alone before the noun: not "the Moscow-Kyiv talks", "the
    Gaza talks" (a topic), "the EU-China summit" (its sides)."""
    if hit.title:
        words = hit.title.split()
        for n in (3, 2, 1):
            if len(words) > n and words[n].rstrip(",").lower() in _GATHERING_NOUNS:
                name = " ".join(words[:n])
                return name if name in CAPITALS else None
        return None
    named = _NAME_BEFORE.search(text, max(0, hit.start - 40), hit.start)
    if named is None:
        return None
    name = named.group(1).strip()
    return name if name in CAPITALS else None


_GATHERING_NOUNS = frozenset(("summit", "conference", "meeting", "talks", "forum", "ministerial"))


# a report's verb right after a place: "officials in Kyiv said", "the ministry in Warsaw has said"
_REPORTED_AFTER = twin(r",?\s+(?:has\s+|have\s+|had\s+)?(?:said|says|announced|reported|stated)\b")

# "the Special Envoy for Peace in": a capitalized word of an office's name right before "in"
_TITLE_WORD_BEFORE = twin(r"\b(?:for|of)\s+(?:[A-Z][\w-]*\s+){1,3}$")


def _in_title(actors: ActorIndex, at: int, pos: int, place: str) -> bool:
    """ "received the Special Representative for Reconciliation in Afghanistan Zalmay Khalilzad": a place
    inside an office's name (capitalized words before "in", the holder's name right after the place)
    tells where the office looks after, not where the meeting is."""
    text = actors.doc.text
    if not text[max(0, at - 1) : at].isspace() or not _TITLE_WORD_BEFORE.search(text, max(0, at - 60), at):
        return False
    end = text.find(place, pos, pos + len(place) + 8)
    if end < 0 or text[end + len(place) : end + len(place) + 1] != " ":
        return False
    after = end + len(place) + 1
    return any(m.start == after and actors.kind(m) == "person" for m in actors.between(after, after + 60))


# "Jakarta will host X", "China is set to host the summit": only auxiliaries between subject and verb
_HOST_GAP = re.compile(
    r"(?:\s+(?:will|would|shall|is|are|was|were|has|have|had|also|to|set|due|expected|be|been|going|again"
    r"|currently|now|already))*\s+"
)


# "will host the 33rd Arab Summit", "hosted the next summit": a gathering that is the object of "host"
# (talks hosted need no determiner: "Doha is hosting mediation talks")
_HOSTS_GATHERING = twin(r"\bhost(?:s|ed|ing)?\s+(?:the|a|an|its|this|next)\s+(?:[\w'\u2019-]+\s+){0,3}$")
_HOSTS_TALKS = twin(r"\bhost(?:s|ed|ing)?\s+(?:(?:the|a|an|its|this|next)\s+)?(?:[a-z-]+\s+){0,2}$")


def _host_place(actors: ActorIndex, hit: Hit, lo: int) -> str | None:
    """ "In April, Jakarta will host X", "Bahrain is due to host the Arab Summit": a country or city that is
    the subject of "host" is where it is (the event hosted is the trigger, or a gathering named after it)."""
    text = actors.doc.text
    verb = hit.start
    if not text.startswith("host", hit.start):
        if hit.kind == "talks" and hit.form == "noun":
            hosts = _HOSTS_TALKS.search(text, max(lo, hit.start - 40), hit.start)
        elif hit.kind not in ("summit", "conference") and hit.form != "event":
            return None
        else:
            hosts = _HOSTS_GATHERING.search(text, max(lo, hit.start - 60), hit.start)
        if hosts is None:
            return None
        verb = hosts.start()
    before = actors.between(lo, verb)
    if not before:
        return None
    m = before[-1]
    if actors.kind(m) != "country" or not _HOST_GAP.fullmatch(text, m.end, verb):
        return None
    return m.text


# "his Washington visit", "the planned China trip": a determiner, then a place naming the trip's end
_TRIP_AFTER = twin(r" (?:visit|trip|tour|stay)\b")
_TRIP_OWNER_BEFORE = twin(
    r"\b(?:his|her|their|its|the|a|an|this|that|next|upcoming|planned|recent|last|first)\s+$"
)


def _place_before_trip(actors: ActorIndex, hit: Hit, lo: int) -> str | None:
    """ "It is unclear if his Washington visit will include a meeting with X": a country or city right
    before a trip noun, after a determiner, in the trigger's clause up to the trigger, is where the
    trip (and what it includes) goes."""
    text = actors.doc.text
    for m in reversed(actors.between(lo, hit.end)):
        if (
            actors.kind(m) == "country"
            and _TRIP_AFTER.match(text, m.end)
            and _TRIP_OWNER_BEFORE.search(text, max(lo, m.start - 12), m.start)
        ):
            return m.text
    return None


# "while welcoming Kenyan President X to the White House for a two-day meeting": the guest is
# welcomed to where the meeting is; the guest may have an apposition ("welcomed X, the new president
# of Peru, to the White House")
_WELCOMED_TO = twin(
    r"\bwelcom(?:e|es|ed|ing)\s+[^,;:.\"]{1,80}?(?:,\s[^,;:\"]{1,80}?,)?\s+to\s+(?=(?:the\s+)?[A-Z])"
)


def _welcomed_to(actors: ActorIndex, lo: int, hi: int) -> str | None:
    """The place a guest is welcomed to, told in the trigger's clause (the trigger may be the welcoming)."""
    text = actors.doc.text
    at = text.find("welcom", lo, hi)
    if at < 0:
        return None
    m = _WELCOMED_TO.search(text, at, hi)
    if m is None:
        return None
    place = place_named_at(actors, m.end(), hi)
    return place if place and place.split()[0].rstrip(",") not in CALENDAR else None


# The office of the unnamed people a side's name stands before or after: "Indian and Pakistani foreign
# ministers", "the presidents of Poland and Lithuania" (a qualifier word, maybe, and a plural office)
_OFFICES = (
    r"(?i:(?:(?P<q>[a-z]+)\s+)?(?P<office>ministers|presidents|premiers|leaders|secretaries|chancellors))\b"
)
_SIDE = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"  # "Pakistani", "South Korean"
_OFFICE_AFTER = twin(r"(?:(?:,|\s+and)\s+" + _SIDE + r"){0,4}\s+" + _OFFICES)
_OFFICE_BEFORE = twin(
    r"\b" + _OFFICES + r"\s+of\s+(?:the\s+)?(?:" + _SIDE + r"(?:,|\s+and)\s+(?:the\s+)?){0,4}$"
)
# heads of state or government, the "leaders" of a side (not a "Premier": the title of a head of government
# second to a president, as China's, or of a state's or province's head, none a side's leader)
_HEADS = frozenset(("president", "prime minister", "chancellor", "king", "emir", "sultan"))
_NO_QUALIFIER = frozenset(("the", "two", "both", "their", "its", "other", "senior", "top"))
# a rank below the office ("Deputy Foreign Minister"), or a title held once ("Former", "then")
_RANKS = frozenset(("deputy", "vice", "assistant", "junior"))
_PAST_HOLDER = twin(r"^(?:former|then|ex|late)\b[\s-]*")
_RANK_BEFORE = twin(r"(?i)\b(?:deputy|vice|assistant|junior)[\s-]+$")


def _holds(role: str, qualifier: str | None, office: str) -> bool:
    """Whether a person's title is the plural office read with its qualifier ("foreign ministers")."""
    low = _PAST_HOLDER.sub("", role.lower(), count=1)  # "Former Foreign Minister": the office once held
    if any(w in _RANKS and w != qualifier for w in re.split(r"[\s-]+", low)):
        return False  # "Deputy Foreign Minister X": not a foreign minister
    if qualifier in _NO_QUALIFIER:
        qualifier = None  # "the presidents of A and B", "the two leaders"
    if office == "premiers" or (office == "ministers" and qualifier == "prime"):
        return low in ("prime minister", "premier")
    if qualifier is None:
        # "the ministers of A and B": which minister of each side is not said
        return (
            low in _HEADS
            if office == "leaders"
            else office in ("presidents", "chancellors") and low == office[:-1]
        )
    one = office[:-1]
    if not (low.endswith(one) or low.startswith(one + " of ")):
        return False  # the office is the title's head: "Foreign Minister", not "foreign ministry spokesman"
    if qualifier == "foreign":
        return "foreign" in low or "external" in low or low == "secretary of state"
    return qualifier[:5] in low  # "defence ministers": "Defence Minister", "Minister of Defence"


def office_holder(doc: Document, text: str, m: Mention, lo: int) -> int | None:
    """The one person of the document who holds the office that a country's name qualifies here
    ("Indian and Pakistani foreign ministers met", "the presidents of A and B"): the side told by its
    unnamed office holders is that person, when the article names exactly one."""
    if m.entity is None or doc.entities[m.entity].kind != "country":
        return None
    told = _OFFICE_AFTER.match(text, m.end) or _OFFICE_BEFORE.search(text, max(lo, m.start - 60), m.start)
    if told is None or _RANK_BEFORE.search(text, max(0, told.start() - 12), told.start()):
        return None  # "the deputy foreign ministers of A and B": not the foreign ministers
    side = doc.entities[m.entity].name
    qualifier = told.group("q")
    holders = [
        e
        for e in doc.entities
        if e.kind == "person"
        and e.affiliation == side
        and e.role
        and _holds(e.role, qualifier and qualifier.lower(), told.group("office").lower())
    ]
    # the one holder, and a holder now ("Former Foreign Minister X", alone, is not who met: the side stays)
    if len(holders) != 1 or _PAST_HOLDER.match(holders[0].role.lower()):
        return None
    return holders[0].index
