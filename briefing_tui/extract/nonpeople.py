"""Person mentions that name no one, dropped (or turned into roles) once the scan is done.

An ordinary phrase ("Single Market"), an office's subject read as a one-word name ("Minister for
Water Supply"), a headline's verb at a name's end, and names the article only writes after a
locative "in"/"at" (places). Separate because these checks read the whole article's mentions,
after every sentence is scanned.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.extract.document import Document, Mention
from briefing_tui.extract.knownpeople import given_word, known_name, known_word
from briefing_tui.extract.lexicon.english import is_english_word
from briefing_tui.extract.lexicon.titles import (
    TITLE_MODIFIERS,
    is_office_word,
)
from briefing_tui.extract.lexicon.words import (
    NON_NAME_WORDS,
    SPEECH_VERBS,
    place_word,
)
from briefing_tui.extract.mentionwords import HEADS_AND_RANKS
from briefing_tui.extract.namewords import name_words as name_keys
from briefing_tui.extract.personnames import NON_NAME_SUFFIXES

_PHRASE_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)
def ordinary_phrase(name: str) -> bool:
    """A capitalised phrase of two or more dictionary words, none a given name, a title or an
    acronym ("Single Market", "Think Tanks", "Nuclear Weapons Free Zone"): a topic, a heading or a
    group, not a person's name ("Mark Brown", "Tom Wolf" hold a given name; "Prime Minister" is an office)."""
    words = _PHRASE_WORD.findall(name)
    if len(words) < 2:
        return False
    if "-" in name and any(len(w) < 3 for w in words):
        return False  # "Lee In-young": short syllables of a hyphenated given name, not words
    return all(
        is_english_word(w) and not given_word(w) and w.lower() not in HEADS_AND_RANKS and not w.isupper()
        for w in words
    ) and not known_name(name)


_SUBJECT_LINK = re.compile(r"\s(?:of|for)\s")


def _name_words_of(doc: Document, mentions: list[Mention]) -> set[str]:
    """The words of full names and of untitled names: a one-word name after an office is a name if
    it is one of them."""
    return {
        w
        for m in mentions
        if m.kind == "person"
        for head in (head_text(doc, m),)
        if " " in head or m.head_start is None or m.head_start == m.start
        for w in head.split()
    }


def _portfolio_tail(doc: Document, m: Mention, head: str) -> bool:
    """ "Minister for Water Supply", "Chairman of the Elders": an office's subject whose last word,
    a dictionary word and no given name, was read as a one-word name (if no other mention has it:
    see _name_words_of)."""
    if " " in head or m.head_start is None or m.head_start == m.start:
        return False
    if (
        not head.isalpha()
        or head.isupper()
        or not is_english_word(head)
        or given_word(head)
        or known_word(head)
    ):
        return False
    office = doc.text[m.start : m.head_start]
    return _SUBJECT_LINK.search(office) is not None and office.rstrip()[-1:].isalpha()


_OF_BODY = re.compile(r" of (?:the )?[A-Z]")


def _office_word_before_of(doc: Document, m: Mention, head: str) -> bool:
    """ "the Chief Incumbent of X Vihara": after a title, a dictionary word (no given name) that an
    "of" and a capitalised body follow is the rest of the office, not a surname."""
    if " " in head or m.head_start is None or m.head_start == m.start:
        return False
    if not head.isalpha() or head.isupper() or not is_english_word(head.lower()):
        return False
    if given_word(head) or known_word(head):
        return False
    return _OF_BODY.match(doc.text, m.end) is not None


# Words a person, not a place, follows after "in"/"at": "confidence in X", "a swipe at X"
_NOT_LOCATING = frozenset(
    [
        "confidence",
        "trust",
        "faith",
        "belief",
        "believe",
        "believes",
        "believed",
        "interest",
        "interested",
        "jab",
        "jabs",
        "swipe",
        "dig",
        "digs",
        "aimed",
        "aiming",
        "looked",
        "looking",
        "glanced",
        "stared",
        "smiled",
        "laughed",
        "shouted",
        "angry",
        "furious",
        "out",
        "pointed",
        "directed",
        "fired",
    ]
)
# Words right before a name that place it: "in"/"at", "near", and a settlement's noun in apposition
# ("the country's capital, X", "the border town, Y")
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "capital,", "city,", "town,", "village,", "province,", "district,", "port,"}
)


_LISTED_PLACES = 4
_WORD_AFTER = re.compile(r",?\s+([a-z]+)")


def _speaks_next(text: str, end: int) -> bool:
    """A speech verb right after a name ("... across the city, Ana Ruiz said"): the comma before it
    closed a clause, and the name is its speaker, not a town in apposition."""
    match = _WORD_AFTER.match(text, end, end + 30)
    return match is not None and match.group(1) in SPEECH_VERBS


def _drop_listed_places(before: list[str]) -> None:
    """Pop "and" and the capitalised words (with their commas) listed before it, as far as the word
    that opens the list: "in Riyadh, Jeddah and" leaves "in"; "met Ruto and" leaves "met"."""
    before.pop()
    n = 0
    while before and n < _LISTED_PLACES and before[-1][:1].isupper() and before[-1].rstrip(",").isalpha():
        before.pop()
        n += 1
    if n == 0:
        before.append("and")  # nothing listed: leave the words as they were


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _modifier_of_office(doc: Document, m: Mention, head: str) -> bool:
    """ "her chief Brexit negotiator": one capitalised word between a lower-case title and a
    lower-case office noun is what the office deals with, not a person's name."""
    if " " in head or (m.head_start is not None and m.head_start != m.start):
        return False
    before = _LAST_WORD.search(doc.text, max(0, m.start - 24), m.start)
    if before is None or not is_office_word(before.group(1)):
        return False  # "President Trump adviser X": a capitalised title names Trump
    after = _NEXT_WORD.match(doc.text, m.end)
    return after is not None and is_office_word(after.group(1))


_LAST_WORD = re.compile(r"\b([a-z]+)\s+$")


def _word_of_office(doc: Document, m: Mention, head: str) -> bool:
    """ "Mr. Prime Minister", "Mr. Vice President", "his Finance counterpart": one capitalised word of
    an office's name right before the office's head word is part of the office, not a name."""
    if " " in head or head.lower() not in TITLE_MODIFIERS:
        return False
    after = _NEXT_ANY_WORD.match(doc.text, m.end)
    return after is not None and is_office_word(after.group(1).lower())


_NEXT_ANY_WORD = re.compile(r"[ \t]+([A-Za-z]+)\b")


# Nouns for people taking a side or watching, whose capitalised plural opens a sentence ("Critics
# said", "Opponents mounted a filibuster"): a group, never one person's name.
_GROUP_NOUNS = frozenset(
    {
        "opponent",
        "critic",
        "supporter",
        "backer",
        "observer",
        "analyst",
        "expert",
        "protester",
        "demonstrator",
        "activist",
        "resident",
        "participant",
        "organiser",
        "organizer",
        "diplomat",
        "negotiator",
        "investigator",
        "witness",
    }
)


def _common_noun(head: str) -> bool:
    """One dictionary word with a common noun's ending ("Election", "Delegation"), known as no one's name."""
    return (
        " " not in head
        and len(head) > 5
        and head.lower().endswith(NON_NAME_SUFFIXES)
        and is_english_word(head.lower())
        and not known_word(head)
    )


def _plural_of_people(head: str) -> bool:
    """ "Heads agreed", "both Presidents met", "Critics said": one capitalised plural of an office
    or of a group noun, no name ("Meadows", "Sessions" are no office)."""
    if len(head) < 5 or not head.isalpha() or not head[0].isupper() or not head[1:].islower():
        return False
    if head.endswith("es") and head[:-2].lower() in _GROUP_NOUNS:
        return True  # "Witnesses"
    if not head.endswith("s"):
        return False
    low = head[:-1].lower()
    return low in _GROUP_NOUNS or (is_office_word(low) and not given_word(head) and not known_word(head))


# Verbs a title-case headline writes after its actors ("X, Y Hold Talks", "X Meets Y"): never
# the last word of a person's name.
_HEADLINE_VERBS = frozenset(
    {
        "Hold",
        "Holds",
        "Meet",
        "Meets",
        "Discuss",
        "Discusses",
        "Sign",
        "Signs",
        "Agree",
        "Agrees",
        "Vow",
        "Vows",
        "Pledge",
        "Pledges",
        "Urge",
        "Urges",
        "Hail",
        "Hails",
        "Seek",
        "Seeks",
        "Talk",
        "Talks",
        "Review",
        "Reviews",
        "Welcome",
        "Welcomes",
        "Receive",
        "Receives",
        "Convene",
        "Convenes",
        "Hosts",
        "Visits",
        "Attends",
        "Invites",
        "Congratulates",
        "Arrives",
        "Departs",
        "Chairs",
    }
)


# Headline verbs that may be followed by more capitalised words ("X Says Several Critical Issues ...")
_HEADLINE_VERB_WORDS = _HEADLINE_VERBS | frozenset(
    {"Says", "Tells", "Warns", "Calls", "Announces", "Insists"}
)


# A headline's verb right after a title, in the present or the passive ("King Receives ...",
# "President Welcomed in ...")
_VERBS_AFTER_TITLE = _HEADLINE_VERB_WORDS | frozenset(
    {"Welcomed", "Received", "Hosted", "Visited", "Greeted", "Honoured", "Honored"}
)


# A capitalised verb after a title-case headline's "To" ("X To Visit China")
_HEADLINE_NEXT = re.compile(r" [A-Z][a-z]+\b")


def _cut_role_at_verb(m: Mention) -> None:
    """Ends a role description before the first headline verb after its first word."""
    words = m.text.split(" ")
    at = len(words[0])
    for w in words[1:]:
        if w in _HEADLINE_VERB_WORDS:
            break
        at += 1 + len(w)
    if at >= len(m.text):
        return
    verb = m.text[at + 1 :].split(" ", 1)[0]
    m.end = m.start + at
    m.text = m.text[:at]
    if m.head_end is not None:
        m.head_end = min(m.head_end, m.end)
    if m.role and f" {verb}" in m.role:
        m.role = m.role[: m.role.index(f" {verb}")]


def _drop_headline_verb(doc: Document, m: Mention) -> None:
    """Ends the mention before its first headline verb after the name's first word."""
    head_start = m.head_start if m.head_start is not None else m.start
    words = doc.text[head_start : m.head_end if m.head_end is not None else m.end].split(" ")
    at = head_start + len(words[0])
    for w in words[1:]:
        if w in _HEADLINE_VERB_WORDS:
            break
        at += 1 + len(w)
    cut = at
    if cut <= head_start or cut >= m.end:
        return
    m.end = cut
    m.text = doc.text[m.start : m.end]
    if m.head_end is not None:
        m.head_end = cut


# Lowercase nouns of an area a capitalised name goes before ("his Diego Martin West constituency",
# "the Kibera ward"): the name is the area's, not a person's.
_AREA_NOUNS = frozenset(
    {
        "constituency",
        "electorate",
        "riding",
        "district",
        "county",
        "parish",
        "ward",
        "municipality",
        "province",
    }
)
# Lowercase nouns of a site a capitalised name goes before ("at his Karoo residence", "the
# Nordhaven complex"): the name is the site's, not a person's.
_SITE_NOUNS = frozenset(
    {
        "residence",
        "offices",
        "complex",
        "compound",
        "estate",
        "resort",
        "plant",
        "refinery",
        "project",
        "projects",
    }
)
# ... and of an outlet ("the Daily Meridian newspaper", "the state Kora news agency"): a body
_OUTLET_NOUNS = frozenset({"newspaper", "daily", "weekly", "tabloid", "broadcaster", "news"})
_AREA_WORD = re.compile(r"[ \t]+([a-z]+)\b")
# after "news", only an outlet's noun: "the Kora news agency", never "a Lee news conference"
_NEWS_OUTLET = re.compile(r"[ \t]+(?:agency|website|portal|outlet|channel)\b")


def _names_an_area(text: str, m: Mention) -> bool:
    """An untitled name right before an area noun ("in his Diego Martin West constituency"), or
    before a site's noun ("the Karoo residence")."""
    after = _AREA_WORD.match(text, m.end, m.end + 20)
    return after is not None and (after.group(1) in _AREA_NOUNS or after.group(1) in _SITE_NOUNS)


def _names_an_outlet(text: str, end: int) -> bool:
    """A name right before an outlet's noun ("the Meridian newspaper", "the Kora news agency")."""
    after = _AREA_WORD.match(text, end, end + 20)
    if after is None or after.group(1) not in _OUTLET_NOUNS:
        return False
    return after.group(1) != "news" or _NEWS_OUTLET.match(text, after.end()) is not None


_TITLE_LAST_WORD = re.compile(r"[A-Z][^\W\d_]+$")


def _surnames_read_as_titles(doc: Document, mentions: list[Mention]) -> None:
    """A capitalised title word that is the surname of someone the article names in full is that
    person ("Julie Bishop ... asked Minister Bishop ...", "Angus King ... King said"): the office
    read off it becomes a name, with any words before it as the title."""
    roles = [m for m in mentions if m.kind == "role" and _TITLE_LAST_WORD.search(m.text)]
    if not roles:
        return
    surnames = set()
    for m in mentions:
        if m.kind == "person":
            words = head_text(doc, m).split()
            if len(words) > 1:
                surnames.add(words[-1])
    for m in roles:
        last = _TITLE_LAST_WORD.search(m.text)
        if last is None or last.group() not in surnames:
            continue
        if last.start() and m.text[: last.start()].split()[0].lower() in ("the", "a", "an"):
            continue  # "the Bishop of Rome": an office, whoever else shares its word
        m.kind, m.role = "person", None  # type: ignore[assignment]
        m.head_start, m.head_end = m.start + last.start(), m.end


# A place or a side made an adjective by a participle ("Tripoli-based", "Saudi-led", "US-backed")
_COMPOUND_ADJECTIVE = re.compile(
    r"[^\W\d_][\w.]*-(?:based|led|backed|born|run|owned|funded|brokered|sponsored|allied|aligned|"
    r"held|controlled|recognised|recognized|appointed|elected|mediated)\b"
)
# Last words that make a name a building or a site, never a person; not those that are also
# surnames ("Hall", "Park", "Temple", "Bridge", "Street")
_VENUE_ENDS = frozenset(
    {
        "Hospital",
        "Hotel",
        "Airport",
        "Stadium",
        "University",
        "Museum",
        "Mosque",
        "Cathedral",
        "Auditorium",
        "Mausoleum",
        "Towers",
        "Boulevard",
        "Avenue",
        "Village",
        "Pagoda",
    }
)


def not_people(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Drop person mentions that are no one: an ordinary phrase (see :func:`ordinary_phrase`; after
    an office, the office alone is kept: "Minister for Water Supply"), and an untitled name the
    article only ever writes after a locative "in"/"at" ("arrived in Da Nang", "held at Wisma Putra"),
    with no office, possessive or other use anywhere to show it is a person's, a name ending in
    a building's word ("Vaiola Hospital") and a compound adjective ("Tripoli-based")."""
    text = doc.text
    _surnames_read_as_titles(doc, mentions)
    located: dict[str, list[Mention]] = {}
    used: set[str] = set()  # heads of person mentions that are not after a locative
    kept: list[Mention] = []
    words: set[str] | None = None
    for m in mentions:
        if m.kind != "person":
            if m.kind == "role" and " " in m.text and not _HEADLINE_VERB_WORDS.isdisjoint(m.text.split()[1:]):
                _cut_role_at_verb(m)  # "Turkish Counterpart Hold Key Talks": the office ends at the verb
            kept.append(m)
            continue
        head = head_text(doc, m)
        if (
            m.head_start is not None
            and m.head_start > m.start
            and head.split(" ", 1)[0] in _VERBS_AFTER_TITLE
        ):
            # "King Receives Turkish Minister", "President Welcomed in Tehran": a headline's title
            # and its verb, no name
            m.kind, m.head_start, m.head_end = "role", m.start, m.head_start - 1  # type: ignore[assignment]
            m.end, m.text = m.head_end, doc.text[m.start : m.head_end]
            kept.append(m)
            continue
        if " " in head and not _HEADLINE_VERB_WORDS.isdisjoint(head.split()[1:]):
            # "Modi, President Sirisena Hold Talks", "Prime Minister X Says Several Issues ...": a
            # headline's verb and what follows it are no name
            _drop_headline_verb(doc, m)
            head = head_text(doc, m)
        if head.endswith(" To") and _HEADLINE_NEXT.match(text, m.end):
            # "New Leader X To Hold Talks", "X To Visit Y": a title-case headline's infinitive
            # marker, no part of the name
            m.end -= len(head) - head.rindex(" ")
            m.text = text[m.start : m.end]
            if m.head_end is not None:
                m.head_end = m.end
            head = head_text(doc, m)
        tail = _portfolio_tail(doc, m, head) or _office_word_before_of(doc, m, head)
        if tail and words is None:
            words = _name_words_of(doc, mentions)
        if _word_of_office(doc, m, head):
            continue  # "Mr. Prime Minister", "his Finance counterpart": an office, no one named
        if (
            m.head_start is not None
            and m.head_start > m.start
            and (_plural_of_people(head) or _common_noun(head))
        ):
            # "India's Consul Generals", "the Deputy Ministers": holders of an office, no one named;
            # "the General Election", "the PLO General Delegation": a title's word as an adjective
            continue
        if ordinary_phrase(head) or (tail and head not in (words or ())) or _modifier_of_office(doc, m, head):
            if m.head_start is not None and m.head_start > m.start:
                m.kind, m.head_start, m.head_end = "role", m.start, m.end  # type: ignore[assignment]
                kept.append(m)
            continue
        if _COMPOUND_ADJECTIVE.match(head) and head.count(" ") < 2:
            continue  # "the Tripoli-based government", "Caracas-based Telesur": a place's adjective, no name
        if " " in head and head.rpartition(" ")[2] in _VENUE_ENDS:
            continue  # "Vaiola Hospital", "King Faisal Specialist Hospital": a building named after someone
        if _names_an_outlet(text, m.end):
            # "Germany's Tageblatt newspaper reported": the outlet, a body, says it
            m.kind, m.role = "organization", None  # type: ignore[assignment]
            if m.head_start is not None:
                m.start, m.text = m.head_start, head
            m.head_start = m.head_end = None
            kept.append(m)
            continue
        if (m.head_start is None or m.head_start == m.start) and (
            _names_an_area(text, m)
            or _plural_of_people(head)
            or _has_digit(head)
            or head.rpartition(" ")[2] in _CREDIT_ENDS
            or ("(" in text[m.start - 80 if m.start > 80 else 0 : m.start] and _inside_expansion(text, m))
            or (m.sentence == 0 and _masthead(text, m))
        ):
            continue
        kept.append(m)
        if m.head_start is None or m.head_start == m.start:
            before = text[max(0, m.start - 80) : m.start].split()
            if len(before) >= 2 and before[-1] in NON_NAME_WORDS:
                before.pop()  # "at Istana Nurul Iman": a building's word between
            if before and before[-1] == "and":
                _drop_listed_places(before)  # "in Madinah and Al Ula": the last of places listed
            if (
                before
                and before[-1] in _PLACE_PREPOSITIONS
                and (len(before) < 2 or before[-2].lower() not in _NOT_LOCATING)
                and not (before[-1].endswith(",") and _speaks_next(text, m.end))
                and not text.startswith("'s", m.end)
                and not text.startswith("\u2019s", m.end)
            ):
                located.setdefault(head, []).append(m)
                continue
        used.add(head)
    if not located:
        return kept
    # name words ("Al", "Da" are too short to tell) of the names used as people's
    used_keys = {w for head in used for w in name_keys(head) if len(w) > 2}
    drop = {
        id(m)
        for head, ms in located.items()
        if len(head.split()) > 1 and not used_keys.intersection(name_keys(head))
        for m in ms
    }
    for head, ms in located.items():
        if len(head.split()) > 1 and used_keys.intersection(name_keys(head)):
            for m in ms:
                _place_before_name(text, m, head, used_keys)
    return [m for m in kept if id(m) not in drop] if drop else kept


def _masthead(text: str, m: Mention) -> bool:
    """A name that is the whole first line, with the headline after it ("Daily Courier\n\nMinister
    visits ..."): the outlet's masthead copied with the page, not a person; a writer's byline comes
    after the headline."""
    return (
        not text[: m.start].strip()
        and text.find("\n", m.end) > m.end - 1
        and not text[m.end : text.find("\n", m.end)].strip()
        and bool(text[text.find("\n", m.end) :].strip())
    )


_OPENING_ACRONYM = re.compile(r"\b([A-Z]{3,})\s*\($")
_INITIAL = re.compile(r"(?<![\w'’])[A-Z]")


def _inside_expansion(text: str, m: Mention) -> bool:
    """ "BIMSTEC (Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation)":
    capitalised words in the brackets after an acronym, whose initials spell it, are the body's
    name written out, not a person's."""
    opened = text.rfind("(", max(0, m.start - 80), m.start)
    if opened < 0 or text.find(")", opened, m.start) >= 0:
        return False
    acronym = _OPENING_ACRONYM.search(text, max(0, opened - 16), opened + 1)
    closed = text.find(")", m.end, m.end + 80)
    if acronym is None or closed < 0:
        return False
    initials = iter(_INITIAL.findall(text, opened, closed))
    return all(letter in initials for letter in acronym.group(1))  # in order, others skipped


def _place_before_name(text: str, m: Mention, head: str, used_keys: set[str]) -> None:
    """ "Upon arrival in Ankara Zarif told reporters": a place's name, then the surname of a person the
    article names elsewhere, read as one name; the name starts after the place."""
    first, _, rest = head.partition(" ")
    if not place_word(first):
        return
    if not rest or not used_keys.issuperset(name_keys(rest)) or not name_keys(rest):
        return
    m.start = m.end - len(rest) if text.endswith(rest, 0, m.end) else m.start
    m.text = text[m.start : m.end]
    if m.head_start is not None:
        m.head_start = m.start


# Last words of an agency's credit line ("X-Agency Report", "Foreign Desk"): a
# newsroom, never a person's surname
_CREDIT_ENDS = frozenset({"Report", "Reports", "Desk", "Newsroom", "Wire"})


def _has_digit(head: str) -> bool:
    """ "V4", "G20", "F-16": a code with a digit, never a person's name."""
    return any(map(str.isdigit, head))


def head_text(doc: Document, m: Mention) -> str:
    if m.head_start is None or m.head_end is None:
        return m.text
    return doc.text[m.head_start : m.head_end]
