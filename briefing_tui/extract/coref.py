"""Stage coref: mentions -> entities (one per real actor), with ``Mention.entity`` set.

People: full names first (a name whose words contain another's are one person:
"Antony J. Blinken" ~ "Antony Blinken"), then lone words ("Wang", "Secretary
Blinken") to the most recent person whose name has that word. Role
descriptions go to the name they stand in apposition with, else to the most
recent person whose office holds every word of the description and whose
affiliation agrees; an unresolved definite "<Country>'s <office>" becomes an
unnamed person. He/she go to the subject of the sentence (or of the nearest
earlier one), else the latest other person there whose gender fits; "its" goes
to a body or country. Countries and organizations: one entity per canonical
name, acronyms and country-prefixed forms joined.

A person whose own words name no affiliation takes one from context
(:func:`contextaffiliations.context_affiliations`): the sentence's "In <country>," frame, a default
for U.S. offices, the people listed before them, the one other country the
sentence names as a side (not a destination, a topic, quoted or reported words,
or another person's or body's premodifier), and last the article's home side
(its dateline's country, else that of the first person it places), unless the
article gives that office there to someone else.

This module holds the entry point :func:`resolve` and the steps on people's names, roles,
pronouns and groups; the larger steps live beside it, each importing only those below it:
``offices`` (office words) <- ``personregistry`` (the person index) <- ``homeside`` (the
article's sides and home) <- ``contextaffiliations`` and ``roledescriptions``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from briefing_tui.extract.contextaffiliations import (
    LEADER_OF,
    context_affiliations,
    organs_to_states,
    unsided_organs,
)
from briefing_tui.extract.document import Document, Entity, Mention
from briefing_tui.extract.gates import finditer_at, word_starts
from briefing_tui.extract.homeside import COUNTRY_NAMES
from briefing_tui.extract.knownpeople import (
    given_word,
    known_name,
    known_surname,
    known_word,
    may_keep_honorific,
    side_of,
    side_of_surname,
    side_of_written,
)
from briefing_tui.extract.lexicon import orgs
from briefing_tui.extract.lexicon.countries import country_of
from briefing_tui.extract.lexicon.titles import (
    FEMALE_WORDS,
    RANKS_AND_HONORIFICS,
    TITLE_HEADS,
    TITLES_ALSO_NAMES,
    office_abroad,
    portfolio_secretary_of_state,
)
from briefing_tui.extract.lexicon.words import NAME_PARTICLES
from briefing_tui.extract.namewords import name_word, name_words
from briefing_tui.extract.offices import GENERIC_ROLES, heads_state, plural_office
from briefing_tui.extract.personregistry import (
    SUBJECT_LOOKBACK,
    People,
    add_alias,
    given_name,
    patronymic,
    subject_entity,
)
from briefing_tui.extract.roledescriptions import role_mentions, sided_descriptions

_FEMALE = frozenset({"she", "her", "herself"})
_PLURAL = frozenset({"they", "them", "their"})
_MALE_TITLES = frozenset(
    {
        "mr",
        "sir",
        "king",
        "prince",
        "lord",
        "emir",
        "amir",
        "sheikh",
        "sultan",
        "duke",
        "baron",
        "congressman",
        "spokesman",
    }
)


# Malaysian and Bruneian honorifics conferred by rulers, written before the name ("Datuk Seri Anwar
# Ibrahim", "Tan Sri Muhyiddin Yassin", "Tun Dr Mahathir Mohamad"): no part of the name.
_CONFERRED = re.compile(
    r"(?:(?:Datuk|Dato['’]?|Datin|Tan|Puan|Toh\s+Puan)\s+(?:Seri|Sri|Paduka|Patinggi)\s+"
    r"|(?:Datuk|Dato['’]?|Datin|Tun|Pehin)\s+)(?:(?:Dr|Prof|Ir)\.?\s+)?(?=\S+\s+\S)"
)

# "His Excellency" abbreviated ("H.E. X Y", "H.E X Y", "HE X Y") and "Madam X Y": courtesies written
# before a name, kept in its span when a title precedes them ("Ambassador H.E. X Y"); no part of it.
_COURTESY = re.compile(r"(?:H\.\s?E\b\.?|HE|Madam|Madame)\s+(?=\S+\s+\S)")


def _head(doc: Document, m: Mention) -> str:
    if m.head_start is None or m.head_end is None:
        return m.text
    head = doc.text[m.head_start : m.head_end].strip(" .")
    found = (
        _CONFERRED.match(head) if head[:1] in "DTP" else _COURTESY.match(head) if head[:1] in "HM" else None
    )
    if found:
        head = head[found.end() :]
    elif m.head_start > m.start and may_keep_honorific(head):
        # an honorific the lexicon writes as part of the name ("Prime Minister Sheikh Hasina"); not
        # an office ("Queen Elizabeth II" is Elizabeth II)
        words = doc.text[max(m.start, m.head_start - 12) : m.head_start].split()
        word = words[-1].rstrip(".") if words else ""
        if word.lower() in RANKS_AND_HONORIFICS and known_name(f"{word} {head}"):
            head = f"{word} {head}"
    # an editor's brackets inside a name ("Minister [Heiko] Maas") are no part of it
    return head.replace("[", "").replace("]", "") if "[" in head else head


def _particle_capitalised(people: People, head: str) -> int | None:
    """The one person named before with this name's particle in lower case ("Staffan de Mistura",
    "Mohammed bin Salman"): a sentence or a writer capitalised it ("De Mistura", "Bin Salman")."""
    first, _, rest = head.partition(" ")
    low = first.lower()
    if not rest or low == first or low not in NAME_PARTICLES:
        return None
    tail = f" {low} {rest}"
    found = {e.index for e in people.entities if e.named and e.name.endswith(tail)}
    return found.pop() if len(found) == 1 else None


def resolve(doc: Document) -> None:
    doc.entities = []
    people = People(doc)
    persons = [
        (i, m, head, name_words(head))
        for i, m in enumerate(doc.mentions)
        if m.kind == "person"
        for head in (_head(doc, m),)
    ]
    persons = _generations_apart(persons)
    # full names first, then lone words
    titled: list[tuple[int, Mention, str, frozenset[str]]] = []
    for i, m, head, words in persons:
        if len(words) < 2:
            continue
        found = _alias_of(doc, i)  # "X aka Y": Y is another name of X
        if found is not None:
            people.set_words(found, people.words[people.local(found)] | words)
        else:
            found = people.find_full(words, given_name(head), m.role)  # or the same name with a typo
            if found is None:
                found = _particle_capitalised(people, head)  # "Le Drian" of "Jean-Yves le Drian"
        if found is None and _word_before_surname(head):
            titled.append((i, m, head, words))
            continue
        if found is None:
            found = people.new(m, head)
        e = doc.entities[found]
        if len(words) > len(people.words[people.local(found)]):
            e.aliases.append(e.name)
            e.name = head
            people.set_words(found, words)
        people.link(i, found, head)
        if m.text != head:
            add_alias(e, m.text)
    for i, m, head, words in titled:
        found = _bearer_of_surname(doc, people, head)
        if found is None:
            found = people.new(m, head)
            people.set_words(found, words)
        else:  # the word of title, told alone ("the CiO"), stays the bearer's
            people.set_words(found, people.words[people.local(found)] | words)
        people.link(i, found, head)
        add_alias(doc.entities[found], m.text)
    _nicknames(doc, people, persons)
    for i, m, head, words in persons:
        if m.entity is not None or not words:
            continue
        found = (
            people.find_word(
                next(iter(words)), m.start, m.role, patronymic(doc.text[max(0, m.start - 5) : m.end])
            )
            if len(words) == 1
            else None
        )
        if found is None and len(words) == 1:
            found = people.find_misspelt(next(iter(words)))
        if found is None:
            found = people.new(m, head)
        people.link(i, found, head)
        if m.text != head:
            add_alias(doc.entities[found], m.text)
    _initials_of_people(doc, people)
    _shouted_surnames(doc, people)
    _unshouted_names(doc)
    _bodies_possessing(doc)
    _roles_of_people(doc)
    _known_sides(people)
    unsided_organs(doc)
    deferred = role_mentions(doc, people)
    context_affiliations(doc)
    _elected_offices(doc)  # after: the office, not the story's sides, is what is stated
    if deferred:
        sided_descriptions(doc, people, deferred)
    _genders(doc, people)
    _shared_heads(doc)
    _groups(doc)
    _offices_of_bodies(doc)
    _canonical_affiliations(doc)
    organs_to_states(doc)
    _pronouns(doc, people)


# What sets another name of a person right after their name: "X aka Y", "X, also known as Y"
_AKA = re.compile(r",?\s*\(?(?:aka|a\.k\.a\.?|also known as|better known as|popularly known as)\s+")


def _alias_of(doc: Document, i: int) -> int | None:
    """The entity of the person named right before person mention ``i`` when ``i`` is another name
    of theirs ("Robert Kyagulanyi aka Bobi Wine", "X, also known as Y")."""
    if i == 0:
        return None
    prev, m = doc.mentions[i - 1], doc.mentions[i]
    if prev.kind != "person" or prev.entity is None or m.start - prev.end > 24:
        return None
    return prev.entity if _AKA.fullmatch(doc.text, prev.end, m.start) else None


_GENERATION = re.compile(r"\b(Jr|Sr|II|III|IV)\.?$")


def _word_before_surname(head: str) -> bool:
    """Two words, the first a short acronym in mixed case ("CiO Osmani", "LoP X"): the title of an office
    written short before a surname, no given name, to be read once every full name is (a spouse's
    unfamiliar given name, "Mutinta X" beside "Hakainde X", stays a person of its own)."""
    words = head.split()
    return len(words) == 2 and _MIXED_ACRONYM.fullmatch(words[0]) is not None and not given_word(words[0])


# three or four letters, two capitals and a lowercase one ("CiO", "LoP", "DyCM"): not a given name in
# mixed case ("JoAnn", "LeAnn") nor initials in capitals ("JD", "MK")
_MIXED_ACRONYM = re.compile(r"(?=\w{3,4}$)(?=\w*[a-z])[A-Z][a-z]{0,2}[A-Z][A-Za-z]{0,2}")


def _bearer_of_surname(doc: Document, people: People, head: str) -> int | None:
    """The one person of the article named in full (two words or more) with the same last word and
    another first word: the holder of the surname that ``head`` gives after a word of title."""
    first, surname = head.split()
    found = [
        e.index
        for e in people.entities
        if len(e.name.split()) >= 2 and e.name.split()[-1] == surname and e.name.split()[0] != first
    ]
    return found[0] if len(found) == 1 else None


def _generations_apart(
    persons: list[tuple[int, Mention, str, frozenset[str]]],
) -> list[tuple[int, Mention, str, frozenset[str]]]:
    """Father and son in one story ("Marcos Jr." and "Marcos Sr."): where two generation marks go
    with one name, each mark becomes a word of its name, so the two stay apart. A mark alone
    ("Aliyev Jr." beside "Aliyev") still tells no one apart."""
    marks: dict[str, set[str]] = {}
    for _, _, head, words in persons:
        found = _GENERATION.search(head) if head[-1:] in "rIV." else None
        if found and words:
            marks.setdefault(found[1], set()).update(words)
    if len(marks) < 2:
        return persons
    sets = list(marks.values())
    shared = {w for k, a in enumerate(sets) for b in sets[k + 1 :] for w in a & b}
    if not shared:
        return persons
    out = []
    for i, m, head, words in persons:
        found = _GENERATION.search(head)
        if found and words & shared:
            words = words | {found[1].lower()}
        out.append((i, m, head, words))
    return out


_NICKNAME_MARKS = {'"': '"', "\u201c": "\u201d", "(": ")"}


def _nicknames(
    doc: Document, people: People, persons: list[tuple[int, Mention, str, frozenset[str]]]
) -> None:
    """A one-word name in quotes or brackets right after a full name ('Pushpa Kamal Dahal
    "Prachanda"', "Kim Jong Un (Rocket)"): the name that person goes by, so the article's later
    "Prime Minister Prachanda" is the same person, not a second one."""
    text = doc.text
    prev: Mention | None = None
    for i, m, _, words in persons:
        if (
            prev is not None
            and prev.entity is not None
            and m.entity is None
            and len(words) == 1
            and m.start == prev.end + 2
            and text[prev.end] == " "
            and (close := _NICKNAME_MARKS.get(text[m.start - 1])) is not None
            and text.startswith(close, m.end)
        ):
            people.link(i, prev.entity, m.text)
            k = people.local(prev.entity)
            people.set_words(prev.entity, people.words[k] | words)
            continue
        prev = m


_BODY_POSSESSOR = re.compile(r"the\s+(?:alliance|bloc|organi[sz]ation)'s\s", re.IGNORECASE)
_BODY_POSSESSIVE_TAILS = ("lliance's", "loc's", "sation's", "zation's")  # the cheap gate: substring tests
_BODY_LOOKBACK = 3  # sentences


def _bodies_possessing(doc: Document) -> None:
    """ "NATO ministers will meet ..., the alliance's secretary general, X, said": the office (and the
    holder it is apposed to) serves the last international body named shortly before, one the
    lexicon knows and gives no country ("NATO", "ASEAN"; not "the Pentagon")."""
    text = doc.text
    if not any(tail in text for tail in _BODY_POSSESSIVE_TAILS):
        return
    last: Mention | None = None
    for m in doc.mentions:
        if m.kind == "organization":
            entry = orgs.KNOWN.get(m.text)
            if entry is not None and not (entry[1] and entry[1] in COUNTRY_NAMES):
                last = m
            continue
        if m.kind != "role" or m.affiliation or not _BODY_POSSESSOR.match(m.text):
            continue
        if last is None or m.sentence - last.sentence >= _BODY_LOOKBACK:
            continue
        m.affiliation = last.text
        if m.ref is not None and doc.mentions[m.ref].affiliation is None:
            doc.mentions[m.ref].affiliation = last.text


def _person_initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isalpha()).upper()


def _initials_of_people(doc: Document, people: People) -> None:
    """An unknown all-capitals "organization" spelling the initials of one person the article names
    in full ("MBS" for Mohammed bin Salman): that person, as readers know them by it."""
    by_initials: dict[str, set[int]] = {}
    for e in people.entities:
        if e.named and e.name.count(" ") >= 2:
            by_initials.setdefault(_person_initials(e.name), set()).add(e.index)
    if not by_initials:
        return
    bodies: set[str | None] | None = None
    for i, m in enumerate(doc.mentions):
        if m.kind != "organization" or m.name is not None or not (3 <= len(m.text) <= 5):
            continue
        found = by_initials.get(m.text)
        if found is None or len(found) != 1 or not m.text.isalpha() or m.text in orgs.KNOWN:
            continue
        if bodies is None:
            # the initials of bodies the text writes out ("National Democratic Congress" for "NDC")
            bodies = {_initials(o.text) for o in doc.mentions if o.kind == "organization" and " " in o.text}
        if m.text in bodies:
            continue
        m.kind = "person"
        m.head_start, m.head_end = m.start, m.end
        people.link(i, next(iter(found)), m.text)


def _shouted_surnames(doc: Document, people: People) -> None:
    """An unknown all-capitals "organization" that is the name word of one person the article
    names ("RUTO has said" in a headline beside "President William Ruto"): that person, shouted."""
    for i, m in enumerate(doc.mentions):
        if m.kind != "organization" or m.name is not None or len(m.text) < 3 or not m.text.isalpha():
            continue
        if not m.text.isupper() or m.text in orgs.KNOWN:
            continue
        word = name_word(m.text)
        found = {k for k in people.by_word.get(word, ()) if people.entities[k].named} if word else set()
        if len(found) != 1:
            continue
        m.kind = "person"
        m.head_start, m.head_end = m.start, m.end
        people.link(i, people.entities[found.pop()].index, m.text)


def _unshouted_names(doc: Document) -> None:
    """A person named only in capitals ("MR. VOSS:" over a transcript's turn, "By ANA RUIZ") has
    the name in its usual case: as the article writes it elsewhere with the same words, else each
    word capitalised ("Voss")."""
    for e in doc.entities:
        if e.kind != "person" or not e.name.isupper() or not any(len(w) > 1 for w in e.name.split()):
            continue
        words = name_words(e.name)
        written = (
            head
            for i in e.mentions
            if doc.mentions[i].kind == "person"
            for head in (_head(doc, doc.mentions[i]),)
            if not head.isupper() and name_words(head) == words
        )
        e.name = next(written, None) or " ".join(_unshouted_word(w, n) for n, w in enumerate(e.name.split()))


# particles written in lower case inside a name ("Ana Maria de la Cruz", "Saud bin Hamad"); the
# others ("Al Thani", "Abu", "Ben Ali") are capitalised standing alone
_LOWER_PARTICLES = NAME_PARTICLES - {"al", "el", "abu", "ben"}


def _unshouted_word(word: str, n: int) -> str:
    """A word of a name in capitals in the usual case: capitalised, or a particle after the first
    word in lower case."""
    if not word.isupper():
        return word
    return word.lower() if n and word.lower() in _LOWER_PARTICLES else word.title()


def _canonical_affiliations(doc: Document) -> None:
    """An affiliation written as an alias ("EU", "GCC") takes the organization's full name."""
    full: dict[str, str] = {}
    for e in doc.entities:
        if e.kind == "organization":
            for alias in e.aliases:
                full.setdefault(alias, e.name)
    for e in doc.entities:
        if e.kind == "person" and e.affiliation:
            known = orgs.KNOWN.get(e.affiliation)
            e.affiliation = full.get(e.affiliation) or (known[0] if known else e.affiliation)


# "the presidents of Chile and Argentina": an office two countries' holders share.
_SHARED_HEADS = re.compile(
    r"\b([Pp]residents|[Pp]rime [Mm]inisters|[Ff]oreign [Mm]inisters)\s+of\s+(?:the\s+)?"
    r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+and\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)
# "the Moroccan and French foreign ministers": the same offices, each country's by its adjective.
_SHARED_HEADS_BEFORE = re.compile(
    r"\b([A-Z][\w-]+)\s+and\s+([A-Z][\w-]+)\s+([Pp]residents|[Pp]rime [Mm]inisters|[Ff]oreign [Mm]inisters)\b"
)


def _shared_heads_before(text: str) -> Iterator[re.Match[str]]:
    """``_SHARED_HEADS_BEFORE.finditer(text)``, searched only in the stretch before each plural office (the
    pattern ends on one; a scan of the whole text cost a tenth of a millisecond an article). The stretch
    holds two names and "and": 160 characters, far more than two names take."""
    taken = 0
    for at in sorted(set(word_starts(text, ("residents", "rime ", "oreign "), back=1))):
        lo = max(taken, at - 160)
        for found in _SHARED_HEADS_BEFORE.finditer(text, lo, min(len(text), at + 40)):
            if found.start(3) == at:
                taken = found.end()
                yield found
                break


_UNSTATED_ROLES = frozenset({"leader", "counterpart"})  # a description, not the office
# the plain words a story uses for one office: "South Korea's top diplomat" is its foreign minister
_DESCRIBED_OFFICES = {"Foreign Minister": frozenset({"top diplomat", "chief diplomat"})}
_OFFICE_FORMS = {
    "Prime Minister": ("prime minister", "premier"),
    "Foreign Minister": (
        "foreign minister",
        "minister of foreign affairs",
        "minister for foreign affairs",
        "foreign affairs minister",
        "foreign secretary",
        "secretary of state",
        "external affairs minister",
        "minister of external affairs",
    ),
}
_BELOW_OFFICE = re.compile(r"\b(?:deputy|vice|assistant|junior|former)\b")


def _holds_office(role: str, office: str) -> bool:
    """Whether a stated role is the office itself ("Minister of Foreign Affairs of Serbia" for
    "Foreign Minister"), not a rank below it, one held once or another body's president."""
    low = role.lower()
    if _BELOW_OFFICE.search(low) is not None:
        return False
    if office == "President":  # not "President of the Senate": the state's own, or its country's
        return low == "president" or (low.startswith("president of ") and country_of(role[13:]) is not None)
    if portfolio_secretary_of_state(low) and "foreign" not in low:
        return False  # "Secretary of State for Health": another cabinet office
    return any(form in low for form in _OFFICE_FORMS.get(office, ()))


def _shared_heads(doc: Document) -> None:
    """ "The presidents of Chile and Argentina met ...", "the Chilean and Argentine presidents": the one person of each country's side
    whom the story gives no office (or only "leader"/"counterpart") holds it. A side whose office
    some person already holds gives it to no one else (the others are other officials), and one
    described by the office's plain words ("its top diplomat") is the holder."""
    text = doc.text
    # a match starts on the office's first letter: tried only there, not at every character (no
    # test for "ents of ": the pattern reads "presidents  of" and "presidents\nof" too)
    shared = [
        (found.group(1), found.group(2, 3))
        for found in finditer_at(
            _SHARED_HEADS, text, word_starts(text, ("resident", "rime ", "oreign "), back=1)
        )
    ]
    shared += [(found.group(3), found.group(1, 2)) for found in _shared_heads_before(text)]
    for plural, places in shared:
        office = plural[:-1].title()
        for place in places:
            country = country_of(place)
            if country is None:
                continue
            side = [e for e in doc.entities if e.kind == "person" and e.affiliation == country]
            if any(e.role and _holds_office(e.role, office) for e in side):
                continue  # "the foreign ministers of A and B" after A's foreign minister is named
            described = [e for e in side if e.role and e.role.lower() in _DESCRIBED_OFFICES.get(office, ())]
            holders = described or [e for e in side if e.role is None or e.role.lower() in _UNSTATED_ROLES]
            if len(holders) == 1:
                holders[0].role = office


def _known_sides(people: People) -> None:
    """A well-known office holder whose mentions name no side takes the one every reader knows,
    before any guess from the article's context; one known by a lone surname ("Xi") by the full
    name the text writes out somewhere ("talks with Xi Jinping"), even where no mention holds it."""
    for k, e in enumerate(people.entities):
        if e.affiliation is None and e.named:
            words = people.words[k]
            known = (side_of(words) if len(words) > 1 else _side_written_out(people.doc.text, e.name)) or (
                side_of_written(e.name) if " " in e.name else None
            )
            e.affiliation = None if _earlier_post(known, e.role) else known
            if e.affiliation is not None or len(words) != 1:
                continue
            led = not (e.role and heads_state(e.role)) and _names_government(people.doc, e)
            e.affiliation = surname_side(people.doc, e.name, e.role, led)


def surname_side(doc: Document, name: str, role: str | None, led: bool = False) -> str | None:
    """The side of a well-known person the article names by surname alone (``led``: written before
    "government"): a head's, or a surname with its initial or of well-known people, every reader knows."""
    head = bool(role and heads_state(role)) or led
    if not (head or " " in name or known_surname(name)):
        return None
    # "President Macron", "S. Jaishankar", "the Albanese government", "Aliyev"
    side = side_of_surname(name.split()[-1])
    if side and not head and not _side_named(doc, side):
        return None  # "N P Saud" of Nepal is none of the Al Saud: a surname alone is no proof
    return side


# Offices only a state's government has: no international body has a prime minister or a chancellor.
_NATIONAL_CABINET = re.compile(r"\b(?:prime\s+minister|premier|chancellor|minister)\b", re.IGNORECASE)


def _earlier_post(known: str | None, role: str | None) -> bool:
    """A well-known person's side names the body they lead now ("NATO"); written as a state's prime
    minister or minister the article is from their earlier post, and that side is not theirs."""
    return (
        known is not None
        and role is not None
        and known not in COUNTRY_NAMES
        and _NATIONAL_CABINET.search(role) is not None
    )


def _side_named(doc: Document, side: str) -> bool:
    """Whether the article names this country or body anywhere (as itself, or as an affiliation)."""
    return any(
        m.kind in ("country", "organization") and side in (m.name, m.text, m.affiliation)
        for m in doc.mentions
    )


def _names_government(doc: Document, e: Entity) -> bool:
    """Whether a lone surname is written before "government"/"administration" ("the Albanese
    government"): the name of the head who leads one."""
    return any(
        doc.mentions[i].kind == "person" and LEADER_OF.match(doc.text, doc.mentions[i].end)
        for i in e.mentions
    )


_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w'-]+)\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+([A-Z][\w'-]+)")


def _side_written_out(text: str, name: str) -> str | None:
    """The one side of the lexicon's people whose two-word name the text writes with this word."""
    if not name[:1].isupper() or " " in name or not known_word(name):
        return None
    found: set[str] = set()
    at = text.find(name)
    while at >= 0 and len(found) < 2:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
            after = _CAPITALISED_AFTER.match(text, end)
            before = _CAPITALISED_BEFORE.search(text, max(0, at - 30), at)
            for other in (after.group(1) if after else None, before.group(1) if before else None):
                side = side_of(name_words(f"{name} {other}")) if other else None
                if side:
                    found.add(side)
                    break
        at = text.find(name, end)
    return found.pop() if len(found) == 1 else None


def _role_rank(m: Mention, text: str) -> int:
    """Which of a person's stated roles names them best (lowest first; ``min`` keeps the first of
    a rank): an office, then a generic description, then an office read off a counterpart ("his US
    counterpart, X" holds the other side's office only by analogy), then "counterpart" itself."""
    low = (m.role or "").lower()
    if low == "counterpart":
        return 3
    if "counterpart" in m.text.lower() or (
        "counterpart" in text[max(0, m.start - 16) : m.start] and low not in m.text.lower()
    ):
        # "his Israeli counterpart X", "his US counterpart, X" (not "from his counterpart,
        # Foreign Minister X visited": an office the mention writes out is X's own)
        return 2
    # "both foreign ministers (A and B)": an office shared by a list names each less well
    return 1 if low in GENERIC_ROLES or plural_office(low) else 0


def _fuller_office(role: str, stated: list[Mention]) -> str:
    """A one-word office written out in full elsewhere ("Minister X" in a caption, "Minister of
    Foreign Affairs X" or "Foreign Minister X" in the story): the full office."""
    prefix, suffix = role.lower() + " ", " " + role.lower()
    return next(
        (m.role for m in stated if m.role and m.role.lower().startswith(prefix)),
        next((m.role for m in stated if m.role and _premodified(m.role, suffix)), role),
    )


def _premodified(fuller: str, suffix: str) -> bool:
    """ "Foreign Minister", "Prime Minister" for "Minister": one or two capitalised words before the
    office (not "HM King", "UN Secretary-General", "and President", "spokesman for the ...")."""
    if not fuller.lower().endswith(suffix):
        return False
    words = fuller[: -len(suffix)].split()
    return 0 < len(words) <= 2 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)


def _roles_of_people(doc: Document) -> None:
    """An entity's office and affiliation: the first its mentions state (counterparts filled in later)."""
    for e in doc.entities:
        stated = [doc.mentions[i] for i in e.mentions if doc.mentions[i].role]
        first = e.name.partition(" ")[0].lower() if e.kind == "person" else ""
        if first in TITLES_ALSO_NAMES:
            # "Shah Mahmood X" written in full elsewhere: "Shah" read as a title is the name's word
            stated = [m for m in stated if m.role.lower() != first]  # type: ignore[union-attr]
        affs = [doc.mentions[i].affiliation for i in e.mentions if doc.mentions[i].affiliation]
        e.role = min(stated, key=lambda m: _role_rank(m, doc.text)).role if stated else None
        if e.role and " " not in e.role:
            e.role = _fuller_office(e.role, stated)
        e.affiliation = affs[0] if affs else None
    # "Wang told Israeli counterpart Eli Cohen": the counterpart holds the subject's office
    for e in doc.entities:
        if e.role and e.role.lower() == "counterpart":
            first = doc.mentions[e.mentions[0]]
            subject = subject_entity(doc, first.sentence, first.start, exclude=e.index)
            described = [
                m for m in doc.mentions if m.kind == "role" and m.ref in e.mentions and m.role == e.role
            ]
            if (
                subject is None
                and first.sentence > 0
                and (
                    _POSSESSIVE_START.match(doc.text, first.start)
                    or _POSSESSIVE_BEFORE.search(doc.text, max(0, first.start - 24), first.start)
                    or any(_POSSESSIVE_START.match(doc.text, d.start) for d in described)
                )
            ):
                # "Her Italian counterpart, X, ...", "he met his Turkish counterpart X": the person
                # "her"/"his" stands for, the last sentence's subject
                subject = subject_entity(doc, first.sentence - 1, len(doc.text), exclude=e.index)
            if subject is not None and doc.entities[subject].role:
                e.role = office_abroad(doc.entities[subject].role, e.affiliation)
            else:
                # the word alone says only that the holder matches someone whose office the
                # story does not state ("Chile's X met her Argentine counterpart Y"): no role
                e.role = None


_POSSESSIVE_START = re.compile(r"(?:his|her|their)\s", re.IGNORECASE)
# "His Mauritanian counterpart X": the pronoun and the side left out of the person's span
_POSSESSIVE_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+[A-Z][\w.-]*\s+$")


# "X, an opponent of the plan, was re-elected as Nago mayor": the office a person is elected to.
_ELECTED_AS = re.compile(
    r"(?:\s*,[^,.;\"“”]{1,80},)?\s+(?:was|has\s+been|had\s+been|is)\s+(?:re-?)?(?:elected|appointed|named)"
    r"\s+(?:as\s+)?(?:the\s+)?((?:[A-Z][\w'-]*\s+){0,3}[a-z][\w-]*)\b"
)


def _elected_offices(doc: Document) -> None:
    """A person the text names with no office who is (re-)elected or appointed to one right after
    the name takes it ("X was re-elected as Nago mayor", "X has been appointed governor")."""
    if "elected" not in doc.text and "appointed" not in doc.text and "named" not in doc.text:
        return  # the cheap gate
    for m in doc.mentions:
        if m.kind != "person" or m.entity is None:
            continue
        e = doc.entities[m.entity]
        if e.role is not None or not e.named:
            continue
        found = _ELECTED_AS.match(doc.text, m.end)
        if found and found.group(1).split()[-1] in TITLE_HEADS:
            e.role = found.group(1)


def _genders(doc: Document, people: People) -> None:
    for k, e in enumerate(people.entities):
        for mi in e.mentions:
            gender = _text_gender(doc.mentions[mi].text)
            if gender is not None:
                people.gender[k] = gender


@lru_cache(maxsize=8192)
def _text_gender(text: str) -> str | None:
    """ "f" when a word of a mention is female, else "m" when one is male (cached: a name is
    mentioned again and again, each time word by word)."""
    genders = set(map(_word_gender, text.split()))
    return "f" if "f" in genders else "m" if "m" in genders else None


@lru_cache(maxsize=8192)
def _word_gender(word: str) -> str | None:
    """ "f" for a female title or name ("Mrs.", "Queen"), "m" for a male title ("Sir", "Emir")."""
    low = word.lower().rstrip(".")
    return "f" if low in FEMALE_WORDS else "m" if low in _MALE_TITLES else None


def _pronouns(doc: Document, people: People) -> None:
    """he/she -> the subject of this sentence (if before it) or of the nearest earlier sentence,
    else the latest other person there whose gender fits; "its" (and they/their/them when the
    sentence so far names a body and no person) -> that organization or country."""
    persons_in: dict[int, list[Mention]] = {}
    groups_in: dict[int, list[Mention]] = {}
    for i, m in enumerate(doc.mentions):
        if m.entity is not None and m.kind in ("person", "role"):
            persons_in.setdefault(m.sentence, []).append(m)
            continue
        if m.kind in ("organization", "country"):
            groups_in.setdefault(m.sentence, []).append(m)
            continue
        if m.kind != "pronoun":
            continue
        word = m.text.lower()
        if word in _PLURAL or word == "its":
            target = _group_antecedent(m, word, persons_in, groups_in)
        else:
            target = None
            if word in _CATAPHORIC and not persons_in.get(m.sentence):
                target = _fronted_subject(doc, i, want="f" if word in _FEMALE else "m", people=people)
            if target is None:
                target = _person_antecedent(m, word, people, persons_in, doc.text)
            if target is not None:
                persons_in.setdefault(m.sentence, []).append(m)
                k = people.local(target)
                if people.gender[k] is None:
                    people.gender[k] = "f" if word in _FEMALE else "m"
        if target is not None:
            m.entity = target
            doc.entities[target].mentions.append(i)


# he/she/his in a fronted clause can look ahead to the sentence's subject ("Sharing his thoughts on
# his meeting with X, Y said"); "him" there never is the subject ("After meeting him, Y said").
_CATAPHORIC = frozenset({"he", "she", "his"})
_FRONTED = re.compile(
    r"(?:[A-Z][a-z]+ing|During|After|Before|Following|Despite|While|When|As|Upon|Since|Ahead|Through)\b"
)
# a comma that does not end the fronted clause: an aside in it ("During his visit to Chile, where he met X,
# Y said") or its phrase going on ("After his talks in Lima on Monday, with X, Y said")
_FRONTED_GOES_ON = re.compile(r",\s*(?:where|when|which|who|whom|whose|with)\b")


def _fronted_subject(doc: Document, i: int, want: str, people: People) -> int | None:
    """The subject named right after a fronted clause holding pronoun ``i`` ("Sharing his thoughts
    ..., Chief Minister X said"): the first person of the sentence that follows a comma, when the
    sentence opens with a participle or a subordinating word and names nobody before the pronoun."""
    m = doc.mentions[i]
    if not 0 <= m.sentence < len(doc.sentences):
        return None
    s = doc.sentences[m.sentence]
    text = doc.text
    if m.start <= s.start or not _FRONTED.match(text, s.start) or text.count('"', s.start, m.start) % 2:
        return None
    if text.find(",", s.start, m.start) >= 0:
        return None  # past the fronted clause ("During the visit, EAM will go ..., which he will chair")
    for c in doc.mentions[i + 1 :]:
        if c.sentence != m.sentence:
            return None
        if c.kind != "pronoun" and (c.kind not in ("person", "role") or c.entity is None):
            continue
        if not text[max(s.start, c.start - 3) : c.start].rstrip().endswith(","):
            comma = text.rfind(",", m.end, c.start)
            if comma < 0 or _FRONTED_GOES_ON.match(text, comma):
                continue  # still in the fronted clause: "Sharing his thoughts on his meeting with X, ..."
            return None  # the main clause opened with someone else: "During his visit, he met A, B and C"
        if c.kind == "pronoun":
            return None  # "During his visit, he met ...": the subject is a pronoun, resolved as any other
        if text.find('"', m.end, c.start) >= 0:
            return None
        k = people.local_of.get(c.entity)
        if k is None or not doc.entities[c.entity].named or people.gender[k] not in (None, want):
            return None
        return c.entity
    return None


def _quoted_before(text: str, c: Mention, m: Mention) -> bool:
    """Whether ``c`` lies in a quotation that closes before ``m``: a quote mark between them, and an
    odd number of them from the start of ``c``'s line (the cleaned text has straight double quotes)."""
    if text.find('"', c.end, m.start) < 0:
        return False
    line = text.rfind("\n", 0, c.start) + 1
    return text.count('"', line, c.start) % 2 == 1


def _person_antecedent(
    m: Mention, word: str, people: People, persons_in: dict[int, list[Mention]], text: str
) -> int | None:
    """he/she: a person named in the narrative, or in the quote holding the pronoun; never one named
    only inside a quotation the pronoun is outside of ('"I invite X," he said': the speaker, not X)."""
    want = "f" if word in _FEMALE else "m"
    for sentence in range(m.sentence, max(-1, m.sentence - SUBJECT_LOOKBACK), -1):
        cands = [c for c in persons_in.get(sentence, []) if c.start < m.start and c.entity is not None]
        if cands and text.find('"', cands[0].start, m.start) >= 0:
            cands = [c for c in cands if not _quoted_before(text, c, m)]
        for c in cands[:1] + cands[:0:-1]:  # the subject, then the others from the latest
            k = people.local_of.get(c.entity)  # type: ignore[arg-type]
            if k is None:
                continue  # an office held by a group ('ASEAN foreign ministers') stands for its body
            g = people.gender[k]
            if g is None or g == want:
                return c.entity
    return None


def _group_antecedent(
    m: Mention, word: str, persons_in: dict[int, list[Mention]], groups_in: dict[int, list[Mention]]
) -> int | None:
    here = [g for g in groups_in.get(m.sentence, []) if g.end <= m.start and g.entity is not None]
    people_before = [p for p in persons_in.get(m.sentence, []) if p.start < m.start]
    if word != "its":
        if here and not people_before and here[0].kind == "organization":
            return here[0].entity
        return None
    if here:
        return here[0].entity
    if people_before:
        return None
    earlier = [g for g in groups_in.get(m.sentence - 1, []) if g.entity is not None]
    return earlier[0].entity if earlier else None


def _offices_of_bodies(doc: Document) -> None:
    """ "the G-20 Foreign Ministers", "NATO leaders": a plural office of a named body stands for the body."""
    bodies = [m for m in doc.mentions if m.kind == "organization" and m.entity is not None]
    if not bodies:
        return
    for i, m in enumerate(doc.mentions):
        if m.kind != "role" or m.entity is not None or not m.role or not plural_office(m.role):
            continue
        body = next((b for b in bodies if m.start <= b.start and b.end <= m.end), None)
        if body is not None and body.entity is not None:
            m.entity = body.entity
            doc.entities[body.entity].mentions.append(i)
            add_alias(doc.entities[body.entity], m.text)


def _groups(doc: Document) -> None:
    """Countries and organizations: one entity per canonical name; acronyms and country-prefixed
    forms ("United Kingdom Home Office" ~ "Home Office") join the same entity."""
    by_key: dict[tuple[str, str], int] = {}
    by_initials: dict[str, int] = {}  # an organization's initials -> the first keyed entity with them
    country_list = [m for m in doc.mentions if m.kind == "country"]
    country_offsets = [m.start for m in country_list]
    country_starts = {m.start: m for m in country_list}
    entities = doc.entities
    countries: dict[tuple[str | None, str], int] = {}  # a country as written -> its entity (alias added)
    last_org: Mention | None = None
    for i, m in enumerate(doc.mentions):
        kind = m.kind
        if kind == "country":
            seen = countries.get((m.name, m.text))
            if seen is not None:
                m.entity = seen
                entities[seen].mentions.append(i)
                continue
            name = m.name or m.text.strip()
            key = (kind, name.lower())
            index = by_key.get(key)
            if index is None:
                index = by_key[key] = len(entities)
                entities.append(Entity(index, kind, name))
            countries[(m.name, m.text)] = index
        elif kind == "organization":
            if (m.name in orgs.SEATS and _seat_as_place(doc, i)) or m.text in orgs.ROOMS:
                continue  # "talks at the Kremlin", "met in the Oval Office": where, not who
            if m.name in orgs.PLATFORMS and _platform_as_medium(doc.text, m):
                continue
            owner = _country_possessor(doc, i)
            index = _organization(doc, m, by_key, by_initials, country_starts, last_org, owner)
            last_org = m
            e = entities[index]
            if e.affiliation is None:
                e.affiliation = m.affiliation or _nested_country(country_list, country_offsets, m)
        else:
            continue
        m.entity = index
        e = entities[index]
        e.mentions.append(i)
        add_alias(e, m.text)


# A platform as the medium words were posted on: the word before it, past determiners and owners
# ("said on Twitter", "took to Twitter", "on his official Facebook page", "Through Twitter"), or
# the thing posted after it ("in a Facebook post", "Twitter account", "Twitter (@handle)")
_MEDIUM_BEFORE = re.compile(
    r"\b(?:[Oo]n|[Vv]ia|[Tt]hrough|[Tt]o|[Ii]n|[Ff]rom|[Uu]sing|[Cc]ourtesy:?|[Ss]ource:?)"
    r"(?:\s+(?:a|an|the|his|her|its|their|our|your|official|verified|personal|separate|[A-Z][\w.-]*'s))*\s+$"
)
_MEDIUM_AFTER = re.compile(
    r"\s*(?:\(@|\|)|\s+(?:posts?|page|account|handle|feed|photo|picture|video|message|live|statement)\b"
)


def _platform_as_medium(text: str, m: Mention) -> bool:
    """An online platform named as where something was posted or said ("wrote on Facebook", "in a
    Twitter post"): the medium, no actor of the story (not "Facebook said it would remove ...")."""
    return (
        _MEDIUM_BEFORE.search(text, max(0, m.start - 60), m.start) is not None
        or _MEDIUM_AFTER.match(text, m.end) is not None
    )


# Words before a seat of government that make it the place something happens ("at the White House")
_PLACE_BEFORE = frozenset(
    {"at", "to", "in", "into", "inside", "outside", "near", "entering", "toward", "towards"}
)


# "in the Kremlin's view", "to the White House's office": a seat that holds something is the body
_POSSESSIVE = ("'s", "\u2019s")


def _seat_as_place(doc: Document, i: int) -> bool:
    """A seat of government written as a place ("talks at the Kremlin", "to 10 Downing Street") or
    before an office ("Kremlin spokesman X"): no mention of the body acting."""
    m = doc.mentions[i]
    text = doc.text
    before = text[max(0, m.start - 24) : m.start].split()
    while before and (before[-1] in ("the", "The") or before[-1].isdigit()):
        before.pop()
    if before and before[-1].lower() in _PLACE_BEFORE and text[m.end : m.end + 2] not in _POSSESSIVE:
        # "according to", "up to the White House to decide": the body's word, not a place
        return len(before) < 2 or before[-2].lower() not in ("according", "close", "due", "up")
    mentions = doc.mentions
    for k in (i - 1, i + 1):  # the office's mention starts with the seat or right before it
        if 0 <= k < len(mentions):
            p = mentions[k]
            if p.kind in ("person", "role") and p.start <= m.start and m.end < p.end:
                return True
    return False


def _organization(
    doc: Document,
    m: Mention,
    by_key: dict[tuple[str, str], int],
    by_initials: dict[str, int],
    country_starts: dict[int, Mention],
    last_org: Mention | None = None,
    owner: str | None = None,
) -> int:
    """The entity of an organization mention: by name, by initials, by the name it is bracketed
    after, or by its name without a leading country; a new one if none. A body a country's
    possessive names ("Iran's Ministry of Foreign Affairs") is that country's, not another's
    of the same name."""
    name = m.name or _known_with_tail(_THE.sub("", m.text.strip()))
    if owner is not None and m.name is None:
        key = ("organization", f"{_body_key(name)}@{owner}")
        index = by_key.get(key)
        bare = by_key.get(("organization", _body_key(name))) if index is None else None
        if bare is not None and doc.entities[bare].affiliation in (None, owner):
            index = by_key[key] = bare  # "the Ministry of Foreign Affairs ... Kenya's Foreign Ministry"
            doc.entities[bare].affiliation = owner  # the possessive says whose the body is
        if index is None:
            index = len(doc.entities)
            doc.entities.append(Entity(index, "organization", name, affiliation=owner))
            by_key[key] = index
            by_key.setdefault(("organization", _body_key(name)), index)
        return index
    key = ("organization", _body_key(name))
    index = by_key.get(key)
    if index is None and "Head" in name:
        index = _leaders_organ(name, by_key, by_initials, last_org)
        if index is not None:
            by_key[key] = index
            return index
    core = _core_name(doc, m, country_starts)
    if index is None:
        index = _acronym_match(name, by_initials)
    if index is None and m.text.isupper():
        index = _loose_acronym(doc, m.text)
        if index is not None:
            by_key[key] = index
    if (
        index is None
        and last_org is not None
        and last_org.entity is not None
        and _bracketed_after(doc, last_org, m)
        and not _spells_tail(m.text, doc.entities[last_org.entity].name)
    ):
        index = last_org.entity  # "Free Democrats (FDP)": a short form need not be the initials
        by_key[key] = index
    if index is None and " " in name:  # the acronym came first: "the UNSC ... the UN Security Council"
        initials = _initials(name)
        index = by_key.get(("organization", initials.lower())) if initials else None
        if index is not None:  # the full name names it
            e = doc.entities[index]
            e.name, acronym = name, e.name
            add_alias(e, acronym)
            by_key[key] = index
    core_key = ("organization", _body_key(core)) if core else None
    country = _leading_country(country_starts, m) if core else None
    if index is None and core_key is not None:
        # "Israeli Foreign Ministry" is not "Iran's foreign ministry": the core joins the same
        # country's body, or one no country was given for
        index = by_key.get(("organization", f"{core_key[1]}@{country}"))
        bare = by_key.get(core_key) if index is None else None
        if bare is not None and doc.entities[bare].affiliation in (None, country):
            index = bare
    if index is None:
        index = len(doc.entities)
        doc.entities.append(Entity(index, "organization", name, affiliation=m.affiliation))
        by_key[key] = index
        _add_initials(by_initials, name, index)
    if core_key is not None:
        by_key.setdefault(("organization", f"{core_key[1]}@{country}"), index)
        if core_key not in by_key:
            by_key[core_key] = index
            _add_initials(by_initials, doc.entities[index].name, index)
    return index


# A body's sitting of its leaders, named for them: "Council of Heads of Member States of the SCO",
# "SCO Council of Heads of State", "Authority of ECOWAS Heads of State and Government",
# "Conference of Heads of Government of the Caribbean Community"; the body, told otherwise.
_LEADERS_ORGAN = re.compile(
    r"(?:(?P<pre>\S.*?) )?(?:Council|Conference|Authority|Assembly|Summit|Meeting) of (?:the )?"
    r"(?:(?P<mid>[A-Z][\w.-]*) )?Heads? of (?:Member )?(?:States?|Governments?)(?: and (?:of )?Governments?)?"
    r"(?: of (?:the )?(?P<post>\S.*))?"
)


def _leaders_organ(
    name: str, by_key: dict[tuple[str, str], int], by_initials: dict[str, int], last_org: Mention | None
) -> int | None:
    """The body a sitting of its leaders is named after (the body named before it when its name
    names none: "the Council of the Heads of State"), else None."""
    found = _LEADERS_ORGAN.fullmatch(name)
    if found is None:
        return None
    body = found.group("pre") or found.group("mid") or found.group("post")
    if body is None:
        return last_org.entity if last_org is not None else None
    known = orgs.KNOWN.get(body)
    index = by_key.get(("organization", _body_key(known[0] if known else body)))
    return _acronym_match(body, by_initials) if index is None else index


def _leading_country(country_starts: dict[int, Mention], org: Mention) -> str | None:
    """The country an organization's name opens with ("Israeli Foreign Ministry" -> Israel)."""
    c = country_starts.get(org.start)
    return None if c is None else c.name or c.affiliation or c.text


def _country_possessor(doc: Document, i: int) -> str | None:
    """The country whose possessive is written right before mention ``i`` ("Iran's Ministry ...")."""
    if i == 0:
        return None
    prev = doc.mentions[i - 1]
    if prev.kind != "country" or doc.text[prev.end : doc.mentions[i].start] not in ("'s ", "\u2019s "):
        return None
    return prev.name or prev.affiliation or prev.text


_THE = re.compile(r"^(?:The|the)\s+")
# "Ministry of Foreign Affairs" ~ "Foreign Ministry", "Ministry of Defence" ~ "Defence Ministry": the two
# ways English names one ministry; "Foreign Affairs Ministry" drops "affairs" the same way.
_MINISTRY_OF = re.compile(r"^ministry (?:of|for) (?:the )?(.+?)(?: affairs)?$")
_AFFAIRS_MINISTRY = re.compile(r" affairs ministry$")


def _body_key(name: str) -> str:
    """The key an organization's name is looked up by: lower case, a ministry in one word order."""
    low = name.lower()
    if "ministry" not in low:
        return low
    m = _MINISTRY_OF.match(low)
    if m is not None:
        return f"{m.group(1)} ministry"
    return _AFFAIRS_MINISTRY.sub(" ministry", low)


# Common nouns a known body's name is written with ("the NATO Alliance", "the ASEAN bloc").
_BODY_TAILS = frozenset({"Alliance", "alliance", "bloc", "Bloc", "grouping", "Grouping"})


def _known_with_tail(name: str) -> str:
    """A known body written with a common noun after it ("NATO Alliance"): the body's own name."""
    head, _, tail = name.rpartition(" ")
    known = orgs.KNOWN.get(head) if tail in _BODY_TAILS else None
    return known[0] if known else name


def _bracketed_after(doc: Document, body: Mention, short: Mention) -> bool:
    """An all-capitals short form in brackets right after a body's name: "Free Democrats (FDP)"."""
    text = short.text
    return (
        text.isupper()
        and short.start - body.end <= 3
        and doc.text[body.end : short.start].strip() == "("
        and doc.text[short.end : short.end + 1] == ")"
    )


_SPELLING_SMALL = frozenset({"of", "and", "the", "for", "on", "in"})


def _spells(short: str, words: list[str]) -> bool:
    """Whether ``short`` is the initials of ``words``, small words' letters taken or left out
    ("ECOWAS": Economic Community of West African States)."""
    if not words:
        return not short
    first, rest = words[0], words[1:]
    small = first.lower() in _SPELLING_SMALL
    if short and first[:1].upper() == short[0] and _spells(short[1:], rest):
        return True
    return small and _spells(short, rest)


@lru_cache(maxsize=128)
def _spells_tail(short: str, body: str) -> bool:
    """ "Authority of Heads of State of the Economic Community of West African States (ECOWAS)":
    the short form in brackets spells the body named after an "of", not the whole name: the
    short form is that other body's, not an alias of the council or organ it owns."""
    if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 8):
        return False
    words = body.split()
    if len(words) > 16 or _spells(short, words):  # bounded: the recursion forks on small words
        return False
    return any(
        _spells(short, words[i + 1 :]) for i, w in enumerate(words[:-1]) if w.lower() == "of" and i > 0
    )


def _core_name(doc: Document, org: Mention, country_starts: dict[int, Mention]) -> str | None:
    """An organization's name without a leading country ("United Kingdom Home Office" -> "Home Office")."""
    m = country_starts.get(org.start)
    if m is None or m.end >= org.end:
        return None
    core = doc.text[m.end : org.end].strip()
    if core[:2] in ("'s", "\u2019s"):  # "Iran's foreign ministry": the body after the possessive
        core = core[2:].lstrip()
    return core if " " in core else None


def _nested_country(countries: list[Mention], starts: list[int], org: Mention) -> str | None:
    """The country named inside an organization's name ("Indonesian Navy" -> Indonesia)."""
    k = bisect.bisect_left(starts, org.start)
    if k < len(countries) and countries[k].end <= org.end:
        return countries[k].affiliation
    return None


def _add_initials(by_initials: dict[str, int], name: str, index: int) -> None:
    """Index an organization's initials ("National Security Council" -> "NSC") when it gets a key."""
    initials = _initials(name)
    if initials:
        by_initials.setdefault(initials, index)


@lru_cache(maxsize=4096)
def _initials(name: str) -> str | None:
    """A name's initials; an acronym inside it gives all its letters ("UN Security Council" -> "UNSC").
    Cached: asked for each organization mention's name, and again for every one of them when an
    unknown acronym is judged."""
    words = [w for w in name.split() if w.lower() not in ("of", "and", "the", "for")]
    if len(words) < 2:
        return None
    return "".join(w if w.isupper() and w.isalpha() else w[0] for w in words).upper()


def _loose_acronym(doc: Document, short: str) -> int | None:
    """The one body named earlier whose name (or a form of it) a short form of three letters or more
    spells less strictly than by its words' initials: a small word's letter kept ("DOD": Department
    of Defense), each part of a hyphenated word ("BNC": Bi-national Commission), or a word's first
    two letters ("KUNA": Kuwaiti News Agency). None when none or two bodies do."""
    if not (short.isalpha() and 3 <= len(short) <= 8):
        return None
    found = {
        e.index
        for e in doc.entities
        if e.kind == "organization"
        and any(_loosely_spells(short, form) for form in (e.name, *e.aliases) if " " in form or "-" in form)
    }
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1024)
def _loosely_spells(short: str, name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 12 or not all(w[:1].isupper() or w in _SPELLING_SMALL for w in words):
        return False
    parts = tuple(p.upper() for w in words for p in w.split("-") if p[:1].isalpha())
    if _spells_loosely(short.upper(), parts):
        return True
    # "U.S. Department of Defense" ~ "DOD": the short form may leave out a leading country
    return country_of(words[0]) is not None and _spells_loosely(short.upper(), parts[1:])


def _spells_loosely(short: str, words: tuple[str, ...]) -> bool:
    if not words:
        return not short
    first, rest = words[0], words[1:]
    if first.lower() in _SPELLING_SMALL and _spells_loosely(short, rest):
        return True  # a small word's letter left out
    if not short or first[0] != short[0]:
        return False
    return _spells_loosely(short[1:], rest) or (
        len(first) > 2 and len(short) > 1 and first[1] == short[1] and _spells_loosely(short[2:], rest)
    )


def _acronym_match(name: str, by_initials: dict[str, int]) -> int | None:
    letters = name.replace(".", "")
    if not (letters.isupper() and letters.isalpha() and len(letters) >= 2):
        return None
    return by_initials.get(letters)
