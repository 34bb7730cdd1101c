"""A person's side when their own words name none (:func:`context_affiliations`): the sentence's
"In <country>," frame, a default for U.S. offices, the body written before their title, the office they serve,
the principal of an aide or the relative of a spouse, the person they travel with, the country they are met in,
the people listed before them, the one other country their sentence names as a side, and last the article's
home side. Also the state organs ("Foreign Ministry") that say no side of their own. Kept apart from the stage
because it is one step with many cues of its own.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from briefing_tui.extract import dateline
from briefing_tui.extract.document import Document, Entity, Mention
from briefing_tui.extract.gates import any_in
from briefing_tui.extract.homeside import COUNTRY_NAMES, Sides, Visits
from briefing_tui.extract.lexicon import orgs
from briefing_tui.extract.lexicon.countries import country_of
from briefing_tui.extract.lexicon.titles import TITLE_HEADS, US_OFFICES, state_of_own_office, us_office
from briefing_tui.extract.offices import OFFICE_LINKS, office_words, served_office
from briefing_tui.extract.personregistry import subject_entity

# Words that rank a U.S. office without naming another portfolio ("Deputy Assistant Secretary").
_US_RANKS = frozenset({"deputy", "principal", "acting", "senior", "first", "the", "u.s.", "us"})


@lru_cache(maxsize=1024)
def _us_office(role: str) -> bool:
    """An office that, with no country named, is the U.S. government's; not one whose portfolio
    is written before it ("Foreign Affairs Assistant Secretary"): U.S. titles name theirs after
    the office ("Assistant Secretary of State for ..."), or are listed whole ("Defense Secretary")."""
    if not us_office(role):
        return False
    low = " ".join(role.lower().split())
    for o in US_OFFICES:
        if low == o or low.startswith(o.rstrip() + " "):
            return True
        if low.endswith(" " + o) and all(w in _US_RANKS for w in low[: -len(o) - 1].split()):
            return True
    return False


# The head words of a state's own organs: a person who serves one acts for the state.
_ORGAN_HEADS = frozenset(
    {"Ministry", "Department", "Assembly", "Parliament", "Sabha", "Senate", "Congress", "Duma", "Knesset"}
)
_ORGAN_HEAD = re.compile(
    r"\b(?:Ministry|Department|Assembly|Parliament|Sabha|Senate|Congress|Duma|Knesset)\b"
)


def _organ(aff: str | None) -> bool:
    """Whether a side is written as a state's organ ("Foreign Ministry", "Ministry of Defence",
    "National Assembly"); not "the Senate Foreign Relations Committee", a body of its own."""
    return (
        bool(aff)
        and aff not in COUNTRY_NAMES
        and _ORGAN_HEAD.search(aff) is not None
        and (aff.split()[-1] in _ORGAN_HEADS or " of " in aff or _STANDING.search(aff) is not None)
    )


# A legislature's standing committee ("National Assembly Standing Committee") is an organ of the
# state, as the legislature is (not a body of its own, as a committee on a topic).
_STANDING = re.compile(r"\b(?:Assembly|Parliament|Congress)\s+Standing\s+Committee$")


def _organ_country(aff: str) -> str | None:
    """The country an organ's own words name ("Chinese Foreign Ministry", "Ministry of Defence of Chad")."""
    return next((c for w in aff.replace("'s", "").split() if (c := country_of(w))), None)


def _unsided_organ(aff: str | None) -> bool:
    """ "Foreign Ministry", "National Assembly": an organ no word ties to a country (nor the
    lexicon to a body of its own, as "European Parliament") says no side of its own."""
    return _organ(aff) and _organ_country(aff) is None and aff not in orgs.KNOWN  # type: ignore[arg-type]


def unsided_organs(doc: Document) -> None:
    """ "Foreign Ministry spokeswoman X": the story's context gives X's side, not the organ (see
    context_affiliations, organs_to_states)."""
    for e in doc.entities:
        if e.kind == "person" and _unsided_organ(e.affiliation):
            e.affiliation = None


def organs_to_states(doc: Document) -> None:
    """A person's side written as a state's organ ("Chinese Foreign Ministry spokesperson X",
    "Lok Sabha member Y") is the state: the country the organ's name or the story gives it."""
    sided = {
        written: e.affiliation
        for e in doc.entities
        if e.kind == "organization" and e.affiliation in COUNTRY_NAMES
        for written in (e.name, *e.aliases)
    }
    for e in doc.entities:
        if e.kind == "person" and _organ(e.affiliation):
            e.affiliation = sided.get(e.affiliation) or _organ_country(e.affiliation) or e.affiliation


_FRAME = re.compile(r"(?:While\s+|During\s+[^,]{0,80}?\s+)?(?:in|In|At|at)\s+(?:the\s+)?([^,]{2,60}),")


_CREDITED = frozenset({"reporter", "translator"})  # the roles a byline or a credit line gives (see roles)


_WORD_ENDING = re.compile(r"([A-Z][a-z]+)\s+$")


def _short_body_before(doc: Document, first: Mention) -> str | None:
    """The body whose head word is written right before a person's title ("Commission chief
    spokesman X" after "the European Commission"): the one body named before with that last word."""
    if first.kind != "person" or first.start == 0:
        return None
    word = _WORD_ENDING.search(doc.text, max(0, first.start - 20), first.start)
    if word is None or word.group(1) not in orgs.HEADS:
        return None
    names = {
        m.name or m.text
        for m in doc.mentions
        if m.kind == "organization" and m.end <= word.start() and m.text.endswith(" " + word.group(1))
    }
    return names.pop() if len(names) == 1 else None


def _served_side(doc: Document, e: Entity) -> str | None:
    """An aide's side is that of the one holder of the office they serve ("Special Assistant to
    Minister of Foreign Affairs" with Nigeria's Minister of Foreign Affairs named)."""
    served = served_office(e.role.lower()) if e.role else None
    if not served:
        return None
    words = office_words(served) - OFFICE_LINKS
    sides = {
        o.affiliation
        for o in doc.entities
        if o.kind == "person" and o is not e and o.role and o.affiliation and words <= office_words(o.role)
    }
    return sides.pop() if len(sides) == 1 else None


# "her chief of staff X", "his chief Brexit negotiator X": an aide named after whose aide they are.
_PRINCIPAL_BEFORE = re.compile(r"\b(?:his|her)\s+((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*),?\s+$")
_HIS_HER = ("his", "her")  # one of them is in every _PRINCIPAL_BEFORE match


_AIDE_WORDS = frozenset(
    {"chief", "staff", "adviser", "advisor", "aide", "negotiator", "spokesman", "spokeswoman", "secretary"}
)


def _name_start(m: Mention) -> int:
    """Where the name itself starts in a person's span (after a title read into it)."""
    return m.head_start if m.head_start is not None else m.start


def _principal(doc: Document, first: Mention, subjects: dict[int, Mention]) -> int | None:
    """The entity an aide written as "his/her <office> X" serves: the person their sentence names
    first, before the pronoun ("May arrived with her chief of staff X"); pronouns are resolved
    only later, so the sentence's subject stands for "his/her"."""
    at = _name_start(first)
    found = _PRINCIPAL_BEFORE.search(doc.text, max(0, at - 48), at)
    if found is None or not any(
        w.lower() in TITLE_HEADS or w.lower() in _AIDE_WORDS for w in found.group(1).split()
    ):
        return None
    subject = subjects.get(first.sentence)
    if subject is None or subject.end > found.start():
        return None
    if _PRINCIPAL_BEFORE.search(doc.text, max(0, subject.start - 48), subject.start):
        return None  # the first named is an aide too ("her adviser X and her aide Y")
    return subject.entity


# "X and his wife, Y", "X's wife Y", "joined by wife Y": a relative named after whose relative they
# are; the possessor's words are kept when written as a name ("Maduro's wife").
_KIN_BEFORE = re.compile(
    r"(?:\b(?:his|her|by|with|and)|(?P<owner>[A-Z][\w.-]*)'s)\s+(?:(?:late|former|new)\s+)?"
    r"(?P<kin>wife|husband|spouse|son|daughter|mother|father|brother|sister)\s*,?\s+$"
)
_KIN_REACH = 40  # characters before a name: a possessor, a kin word and a comma
# one of them is in every _KIN_BEFORE match (substring tests first: the pattern opens on an
# alternation with a word boundary, tried at every offset of the window)
_KIN_WORDS = ("wife", "husband", "spouse", "son", "daughter", "mother", "father", "brother", "sister")


# "Mr. Yoon's deputy national security adviser, X", "Lungu's Special Assistant for Press X": an aide
# named after a named principal (the office in any case).
_NAMED_PRINCIPAL_BEFORE = re.compile(
    r"(?P<owner>[A-Z][\w.-]*)['\u2019]s\s+(?P<kin>(?:[A-Za-z][\w-]*\s+){0,7}[A-Za-z][\w-]*)\s*[,\u2013\u2014-]?\s+$"
)
_NAMED_PRINCIPAL_REACH = 96  # characters: a possessor and an office of up to eight words
_POSSESSIVES = ("'s", "\u2019s")  # one of them is in every _NAMED_PRINCIPAL_BEFORE match


def _named_principal(doc: Document, first: Mention) -> tuple[int, str] | None:
    """The person whose aide ``first`` is written as ("Mr. Yoon's chief of staff, X"); the office
    may be read into the mention's span ("Blinken's advisor X": the name is its head)."""
    end = first.head_start if first.head_start is not None else first.start
    lo = max(0, end - _NAMED_PRINCIPAL_REACH)
    if not any_in(doc.text, _POSSESSIVES, lo, end):
        return None  # most names: no possessive before them to search for
    found = _NAMED_PRINCIPAL_BEFORE.search(doc.text, lo, end)
    if found is None or not any(
        w in TITLE_HEADS or w in _AIDE_WORDS for w in found.group("kin").lower().split()
    ):
        return None
    return _kin_owner(doc, first, found)


def _kin_owner(doc: Document, first: Mention, found: re.Match[str] | None = None) -> tuple[int, str] | None:
    """The person whose relative ``first`` is written as ("Sultan X and his wife, Y"), with the
    kin word: the one ending at the possessive, else the last person named before it in its
    sentence (pronouns are resolved only later)."""
    if found is None:
        lo = max(0, first.start - _KIN_REACH)
        if not any_in(doc.text, _KIN_WORDS, lo, first.start):
            return None  # most names: no kin word before them
        found = _KIN_BEFORE.search(doc.text, lo, first.start)
    if found is None:
        return None
    owner_end = found.end("owner") if found.group("owner") else None
    best: Mention | None = None
    for m in doc.mentions:
        if m.start >= found.start() and owner_end is None:
            break
        if m.kind != "person" or m.entity is None or m.sentence != first.sentence:
            continue
        if owner_end is not None:
            if m.end == owner_end:
                best = m
                break
            if m.start >= owner_end:
                break
        else:
            best = m
    if best is None or best.entity == first.entity:
        return None
    return best.entity, found.group("kin")


_SPOUSE_TITLES = frozenset({"first lady", "first gentleman", "wife", "husband", "spouse"})


def _spouse_by_name(doc: Document, e: Entity) -> tuple[int, str] | None:
    """The one other named person sharing the family name of one titled a spouse ("First Lady Sara
    N." beside "Prime Minister Benjamin N."): a family, whose side is the office holder's."""
    if not e.role or e.role.lower() not in _SPOUSE_TITLES or " " not in e.name:
        return None
    family = e.name.rsplit(None, 1)[1]
    found = [
        o.index
        for o in doc.entities
        if o.kind == "person"
        and o is not e
        and o.named
        and " " in o.name
        and o.name.rsplit(None, 1)[1] == family
    ]
    return (found[0], e.role) if len(found) == 1 else None


def context_affiliations(doc: Document) -> None:
    """Affiliation from context (:func:`_context_guesses`); an aide written as "her chief of staff X"
    then takes the side of the person they serve, once that person's side is known, and a
    relative written as "his wife, X" the side of whose relative they are."""
    aides: dict[int, int] = {}
    subjects: dict[int, Mention] | None = None
    for e in doc.entities:
        if e.kind != "person" or e.affiliation or not e.mentions:
            continue
        first = next((doc.mentions[i] for i in e.mentions if doc.mentions[i].kind == "person"), None)
        if first is None:
            continue
        principal = _named_principal(doc, first)
        if principal is not None:
            aides[e.index] = principal[0]
            continue
        kin = _kin_owner(doc, first) or _spouse_by_name(doc, e)
        if kin is not None:
            aides[e.index] = kin[0]
            if not e.role:  # "wife of the President": whose relative, by office where stated
                office = doc.entities[kin[0]].role
                e.role = f"{kin[1]} of the {office}" if office and office[0].isupper() else kin[1]
            continue
        at = _name_start(first)  # "his chief of staff X": the office may be read into the span
        lo = max(0, at - 48)
        if not any_in(doc.text, _HIS_HER, lo, at):
            continue  # most names: no "his"/"her" before them, so no _PRINCIPAL_BEFORE match
        if _PRINCIPAL_BEFORE.search(doc.text, lo, at) is None:
            continue
        if subjects is None:
            subjects = {}
            for m in doc.mentions:
                if m.kind == "person" and m.entity is not None:
                    subjects.setdefault(m.sentence, m)
        owner = _principal(doc, first, subjects)
        if owner is not None and owner != e.index:
            aides[e.index] = owner
    _context_guesses(doc)
    for aide, owner in aides.items():
        side = doc.entities[owner].affiliation
        if side in COUNTRY_NAMES:
            doc.entities[aide].affiliation = side


def _context_guesses(doc: Document) -> None:
    """Affiliation for people whose own words name none, from where they are mentioned.

    In order: the sentence's frame ("In the United Arab Emirates, ... met with
    Foreign Minister X"), the one affiliation the people listed before them
    share ("the Amir of Kuwait ..., Crown Prince ..."), the one country their
    sentence names besides the affiliations of the other people in it ("In a
    meeting with Prime Minister Hun Sen, Deputy Secretary Sherman stressed the
    U.S. commitment to the Cambodian people"), and, for office holders, the
    article's home country (the usual affiliation of the people it names, else
    the country it names most).
    """
    pending: list[tuple[Entity, Mention]] = []
    for e in doc.entities:
        if e.kind != "person" or e.affiliation or not e.mentions or e.role in _CREDITED:
            continue  # a writer or translator works for the outlet, not for a side of the story
        first = next((doc.mentions[i] for i in e.mentions if doc.mentions[i].kind == "person"), None)
        if first is None:
            continue
        possessor = doc.text[first.end : first.end + 2] == "'s"
        body = _short_body_before(doc, first) or _served_side(doc, e)
        if body is not None and not _unsided_organ(body):
            e.affiliation = body
            continue
        represented = _represented(doc, first) or _heads_delegation(doc, first)
        if represented is not None:
            e.affiliation = represented
            continue
        # "In Dubai, the PM will be accompanied by Minister X": X came with the PM, and the place
        # framing the sentence is where they go, not X's side (see _escorted_side)
        framed = not possessor and _escort_cue(doc, first) is None
        e.affiliation = (
            _side_before(doc, first)
            or (_frame_country(doc, first.sentence) if framed else None)
            or ("United States" if e.role and _us_office(e.role) else None)
            or (state_of_own_office(e.role) if e.role else None)  # "External Affairs Minister X": India's
        )
        if e.affiliation is None:
            pending.append((e, first))
    if not pending:
        return
    explicit = {e.index: e.affiliation for e in doc.entities if e.kind == "person" and e.affiliation}
    sides = Sides(doc, explicit)
    people_in: dict[int, list[Mention]] = {}
    holders_in: dict[int, list[Mention]] = {}  # also the offices standing for a person ("the PM")
    for m in doc.mentions:
        if m.kind in ("person", "role") and m.entity is not None:
            holders_in.setdefault(m.sentence, []).append(m)
            if m.kind == "person":
                people_in.setdefault(m.sentence, []).append(m)
    found_dateline = dateline.find(doc.text)
    dateline_end = found_dateline.end() if found_dateline else -1
    # an office the article gives explicitly to someone of the home country is not this person's there
    country_starts = [m.start for m in doc.mentions if m.kind == "country"]  # in text order
    held = {
        (e.role.lower(), e.affiliation)
        for e in doc.entities
        if e.kind == "person" and e.role and e.affiliation
    }
    visits = Visits(doc, sides)
    countries_of: dict[int, list[Mention]] = {}  # sentence -> its countries, in text order
    for m in doc.mentions:
        if m.kind == "country" and m.affiliation in COUNTRY_NAMES:
            countries_of.setdefault(m.sentence, []).append(m)
    for e, first in pending:
        people = people_in.get(first.sentence, [])
        others = {explicit[m.entity] for m in people if m.entity in explicit and m.entity != e.index}
        # a country stated for the list's first member may cover the ones after it ("the Amir of
        # Kuwait ..., Crown Prince ..."), one stated only for a later member sets it apart from the
        # earlier ones ("Prime Minister X and Azerbaijani President Y")
        listed = [
            m
            for m in _same_list(doc, people, first)
            if m.entity in explicit and m.entity != e.index and m.start < first.start
        ]
        # a sentence's subject acts on the countries after it ("Deputy Secretary X met Polish officials")
        subject = 0 <= first.sentence < len(doc.sentences) and first.start in (
            doc.sentences[first.sentence].start,
            dateline_end,
        )
        # "according to senior Biden administration officials": a government's head shares the
        # side of the officials the sentence names after its subject
        leader = LEADER_OF.match(doc.text, first.end) is not None
        # "the summit among President X, Chinese Premier Y and Japanese Prime Minister Z": the one
        # left unmarked at the head of a list of foreigners is of the article's own side
        group = _same_list(doc, people, first)
        unmarked_host = (
            len(group) > 1
            and group[0] is first
            and bool(e.role)
            and all(_premodified(m, country_starts) for m in group[1:])
        )
        # "US President Joe Biden and First Lady Jill Biden will host ... of Kenya": the side stated
        # for the list's first member outranks a country named elsewhere in the sentence
        e.affiliation = (
            _escorted_side(doc, holders_in.get(first.sentence, []), first, explicit)
            or (_unless_held(e, visits.home_for(e, first), held) if unmarked_host else None)
            or _listed_with(listed, explicit)
            or (_met_where(doc, first, countries_of) if e.role and not _FOREIGN_POST.search(e.role) else None)
            or (None if subject else _sole(sides.countries_in(first.sentence, first.start) - others))
            or (_listed_with([m for m in people[1:] if m.entity != e.index], explicit) if leader else None)
            or (_home_guess(e, first, visits, held, sides) if e.role and e.named else None)
        )


# "X, Minister of Trade, represented Grenada"; "Japan was represented by Foreign Minister X", and
# in a list with the verb left out ("Aruba represented by Premier X; Bermuda by ...").
_REPRESENTS = re.compile(r"\brepresent(?:s|ed|ing)\s+(?:the\s+)?$")
_REPRESENTED_BY = re.compile(r"\s+(?:(?:was|were|is|are|will\s+be)\s+)?represented\s+by\s+")


def _represented(doc: Document, first: Mention) -> str | None:
    """The state a person represents in their own clause, at a meeting or a ceremony: theirs.
    Active, the person its subject with no other person between; or passive, the person the first
    one named after "<state> was represented by"."""
    if not 0 <= first.sentence < len(doc.sentences):
        return None
    s = doc.sentences[first.sentence]
    if doc.text.find("represent", s.start, s.end) < 0:
        return None  # most sentences
    stop = doc.text.find(";", first.end, s.end)
    for m in doc.mentions_in(first.end, stop if stop >= 0 else s.end):
        if m.kind == "person":
            break  # the verb is another person's
        if (
            m.kind == "country"
            and m.affiliation in COUNTRY_NAMES
            and _REPRESENTS.search(doc.text, max(first.end, m.start - 16), m.start)
        ):
            return m.affiliation
    lo = doc.text.rfind(";", s.start, first.start) + 1 or s.start
    by = None
    for found in _REPRESENTED_BY.finditer(doc.text, lo, first.start):
        by = found  # the last one before the person
    if by is None or any(m.kind == "person" for m in doc.mentions_in(by.end(), first.start)):
        return None
    state = next(
        (m for m in doc.mentions_in(lo, by.start()) if m.end == by.start() and m.kind == "country"),
        None,
    )
    return state.affiliation if state is not None and state.affiliation in COUNTRY_NAMES else None


# The words that bring people along on someone's trip ("will be accompanied by", "in his delegation").
_ESCORTED_BY = re.compile(
    r"\b(?:accompanied|joined|flanked)\s+(?:(?:on|in|at|during)\s+(?:[\w-]+\s+){1,3}?)?by\b|\bin\s+(?:his|her)\s+delegation\b"
    # (one run of spaces before the optional mark: two adjacent "\s*" go quadratic on a long gap)
    r"|\bdelegation(?:\s*[-,(\u2013\u2014]\s*|\s+)(?:(?:which|that)\s+(?:also\s+)?)?(?:includ\w*|compris\w*|of)\b"
    # "X's delegation to China will also include": where it goes, then whom it takes
    r"|\bdelegation\s+to\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}"
    r"(?:\s+(?:will|would|shall|is\s+to))?(?:\s+also)?\s+(?:includ\w*|compris\w*)"
)

_ESCORT_WORDS = (
    "accompanied",
    "joined",
    "flanked",
    "delegation",
)  # one of them is in every _ESCORTED_BY match


def _escort_cue(doc: Document, first: Mention) -> re.Match[str] | None:
    """The last "accompanied by" / "in his delegation" of ``first``'s sentence before it."""
    s = doc.sentences[first.sentence] if 0 <= first.sentence < len(doc.sentences) else None
    if s is None or first.start <= s.start:
        return None
    if not any_in(doc.text, _ESCORT_WORDS, s.start, first.start):
        return None  # most sentences: none of the words every cue holds
    cues = list(_ESCORTED_BY.finditer(doc.text, s.start, first.start))
    return cues[-1] if cues else None


def _escorted_side(
    doc: Document, people: list[Mention], first: Mention, explicit: dict[int, str]
) -> str | None:
    """The country of the person an official accompanies ("X will be accompanied by Foreign
    Minister Y"; "the PM will be accompanied by ..."): the visitor's side, never the visited
    country's or the dateline's. ``people``: the sentence's people and offices standing for one."""
    cue = _escort_cue(doc, first)
    if cue is None or _RECEIVES.search(doc.text, cue.end(), first.start) is not None:
        return None  # "X, accompanied by Y, was greeted by Z": Z receives them, no escort of X
    at = doc.text.find("delegation", cue.start(), cue.end())
    if at >= 0:
        side = _delegation_side(doc, at, explicit)
        if side is not None:
            return side
    lead = next(
        (m for m in reversed(people) if m.end <= cue.start() and m.entity != first.entity),
        None,
    )
    if lead is not None and _RECEIVES.search(doc.text, lead.end, cue.start()) is not None:
        return None  # "X received the delegation, which included Y": X hosts it, Y is no aide of X
    if lead is None:
        # "X will lead a delegation. The delegation includes Y": the last sentence's subject leads it;
        # so does the "he" of "He is leading a delegation comprising Y", "She is accompanied by Y"
        # (the person last spoken of), unless it hosts them ("He received a delegation including Y")
        if first.sentence == 0:
            return None
        opening = doc.sentences[first.sentence].start
        if _THE_DELEGATION.match(doc.text, opening):
            last = doc.sentences[first.sentence - 1]
            if doc.text.find("delegation", last.start, last.end) < 0:
                return None
        elif not _PRONOUN_SUBJECT.match(doc.text, opening) or _RECEIVES.search(
            doc.text, opening, cue.start()
        ):
            return None
        entity = subject_entity(doc, first.sentence - 1, len(doc.text), exclude=first.entity)
    elif doc.text.count(";", lead.end, cue.start()):
        return None
    else:
        entity = lead.entity
    country = explicit.get(entity) if entity is not None else None
    return country if country in COUNTRY_NAMES else None


# The side a delegation is written with: "the Chinese delegation", "a US congressional delegation".
# (modifiers between, no linking word: not "Russia and the delegation")
_SIDE_BEFORE_DELEGATION = re.compile(
    r"(?:\s+(?!(?:and|or|the|a|an|of|to|with|by|for|from|in|on|at|as|its|his|her|their|our)\b)"
    r"(?:[a-z][\w-]*|[A-Z][a-z]+)){0,2}\s+$"
)
# Who heads it: "a delegation headed by X", "the delegation, led by X".
_HEADED_BY = re.compile(r"delegation,?\s+(?:headed|led)\s+by\s+")
# "the Minister X-led delegation": the person named before "-led" heads it.
_PERSON_LED = re.compile(r"\b([A-Z][\w'.]*(?:\s+[A-Z][\w'.]*){0,2})-led\s+$")
# A word telling that a delegation is taken up by its hosts, not led: "X received the delegation".
_RECEIVES = re.compile(r"\b(?:received|receives|receiving|welcomed|welcomes|hosted|hosts|greeted|greets)\b")
# A delegation referred back to: "the delegation", "That delegation".
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+$")


def _delegation_side(doc: Document, at: int, explicit: dict[int, str]) -> str | None:
    """The country of the delegation whose noun starts at ``at``: the one written right before it
    ("the Chinese delegation"), else the side of who heads it ("a delegation headed by X"); a
    delegation referred back to ("the delegation", "That delegation") is the last one named
    before, so its side is read there. The members a delegation includes share its side."""
    text = doc.text
    for _ in range(4):  # the delegation named, then up to three delegations before it
        starts = [m.start for m in doc.mentions]
        k = bisect.bisect_left(starts, at)
        side = _side_before_delegation(doc, k, at)
        if side is not None:
            return side
        led = _PERSON_LED.search(text, max(0, at - 48), at) if text.startswith("led", at - 4) else None
        if led is not None:
            # "the Khawaja Asif-led delegation": the side of the person it is named after (the
            # compound is no mention of its own)
            return _side_of_named(doc, led.group(1).split(), explicit)
        head = _HEADED_BY.match(text, at)
        if head is not None:
            led = next((m for m in doc.mentions[k:] if m.start >= head.end()), None)
            if led is not None and led.start == head.end() and led.kind in ("person", "role"):
                side = explicit.get(led.entity) if led.entity is not None else None
                return side if side in COUNTRY_NAMES else None
        if _THE_BEFORE.search(text, max(0, at - 6), at) is None:
            return None
        at = text.rfind("delegation", 0, at)
        if at < 0:
            return None
    return None


def _side_before_delegation(doc: Document, k: int, at: int) -> str | None:
    """The country or body written right before the delegation noun at ``at`` ("the Chinese
    delegation", "a Hamas delegation"); ``k``: the index of the first mention from ``at`` on. A state
    organ that names no state ("a Foreign Ministry delegation") says no side."""
    for m in reversed(doc.mentions[max(0, k - 4) : k]):
        if m.end > at or m.kind not in ("country", "organization"):
            continue
        if not _SIDE_BEFORE_DELEGATION.fullmatch(doc.text, m.end, at):
            return None
        if m.kind == "country":
            return m.affiliation if m.affiliation in COUNTRY_NAMES else None
        body = m.name or m.text  # (bodies are resolved to entities only after the sides of people)
        return None if _unsided_organ(body) else body
    return None


# "a Hamas delegation led by senior official X": the head of a delegation is of its side.
_HEADS_DELEGATION = re.compile(r"\bdelegation,?\s+(?:headed|led)\s+by\s+(?:[a-z][\w-]*\s+){0,3}$")


def _heads_delegation(doc: Document, first: Mention) -> str | None:
    """The side of the delegation ``first`` is written as the head of ("a Chinese delegation led by
    X", "the Hamas delegation, headed by its deputy chief X")."""
    lo = max(0, first.start - 60)
    if doc.text.find("delegation", lo, first.start) < 0:
        return None  # most names: no delegation right before them
    found = _HEADS_DELEGATION.search(doc.text, lo, first.start)
    if found is None:
        return None
    return _side_before_delegation(
        doc, bisect.bisect_left(doc.mentions, found.start(), key=_start), found.start()
    )


def _start(m: Mention) -> int:
    return m.start


def _side_of_named(doc: Document, words: list[str], explicit: dict[int, str]) -> str | None:
    """The country of the one person named by the longest tail of ``words`` ("The Khawaja Asif")."""
    for n in range(len(words)):
        tail = " " + " ".join(words[n:])
        sides = {
            explicit.get(e.index)
            for e in doc.entities
            if e.kind == "person" and e.named and (" " + e.name).endswith(tail)
        }
        if sides:
            side = sides.pop() if len(sides) == 1 else None
            return side if side in COUNTRY_NAMES else None
    return None


# A sentence opening on the delegation the last one spoke of ("The delegation - which also includes").
_THE_DELEGATION = re.compile(r"\s*(?:The|This|That|His|Her)\s+delegation\b")
# A sentence opening on a pronoun subject ("He is leading a delegation ...", "She is accompanied by").
_PRONOUN_SUBJECT = re.compile(r"\s*(?:He|She)\s")


# "..., North Macedonia, where he will meet President X": the people met there hold its offices.
_WHERE_MEETS = re.compile(
    r",?\s+where\s+(?:he|she|they|the\s+\w+|[A-Z][\w-]+)\s+(?:\w+\s+){0,3}?"
    r"(?:meet|meets|met|meetings|talks)\b[^.;:\"]*$"
)
# Offices held in another country than one's own: a foreign envoy met there is not its official.
_FOREIGN_POST = re.compile(r"(?i)\b(?:ambassador|envoy|representative|charg|consul|attach)")


def _met_where(doc: Document, first: Mention, countries_of: dict[int, list[Mention]]) -> str | None:
    """The country a visit goes to, for an official met there ("travels to Tirana, Albania,
    where she will meet Prime Minister X"): the domestic offices of the place visited."""
    country = None
    for m in countries_of.get(first.sentence, ()):
        if m.end <= first.start and _WHERE_MEETS.match(doc.text[m.end : first.start]):
            country = m.affiliation
    if (
        country is None
        and first.sentence > 0
        and not any(m.end <= first.start for m in countries_of.get(first.sentence, ()))
    ):
        # "..., where she will meet President X. She will also meet Minister Y": the same visit
        s = doc.sentences[first.sentence]
        if _ALSO_MEETS.match(doc.text, s.start, first.start):
            before = doc.sentences[first.sentence - 1]
            for m in countries_of.get(first.sentence - 1, ()):
                if _WHERE_MEETS.match(doc.text[m.end : before.end].rstrip(" .")):
                    country = m.affiliation
    return country


_ALSO_MEETS = re.compile(r"\s*(?:He|She|They)\s+(?:will\s+)?also\s+(?:meet|meets|met|hold\s+talks)\b")


def _premodified(m: Mention, country_starts: list[int]) -> bool:
    """A country named in a person mention's title ("Chinese Premier Li Keqiang")."""
    end = m.head_start if m.head_start is not None else m.start
    k = bisect.bisect_left(country_starts, m.start)
    return k < len(country_starts) and country_starts[k] < end


# Titles held by birth in a monarchy: its king, its heir or prince ("Amir" is also a given name)
_ROYAL = re.compile(r"(?i)\b(?:king|queen|prince|princess|emperor|empress|sultan|emir)\b")
# States with a monarch of their own (not the realms that share the British one): general knowledge
_MONARCHIES = frozenset(
    {
        "Andorra", "Bahrain", "Belgium", "Bhutan", "Brunei", "Cambodia", "Denmark", "Eswatini", "Japan",
        "Jordan", "Kuwait", "Lesotho", "Liechtenstein", "Luxembourg", "Malaysia", "Monaco", "Morocco",
        "Netherlands", "Norway", "Oman", "Qatar", "Saudi Arabia", "Spain", "Sweden", "Thailand", "Tonga",
        "United Arab Emirates", "United Kingdom",
    }
)  # fmt: skip


def _home_guess(
    e: Entity, first: Mention, visits: Visits, held: set[tuple[str, str]], sides: Sides
) -> str | None:
    """The article's home side for an office holder it names with no side (:func:`_unless_held`);
    a royal holds a monarchy's title, so a home that is none is not theirs: then the one monarchy
    the article names as a side, if one ("King X" in a story of a republic's leader calling him)."""
    home = _unless_held(e, visits.home_for(e, first), held)
    if home is None or home in _MONARCHIES or not _ROYAL.search(e.role or ""):
        return home
    kingdoms = [c for c in sides.counts() if c in _MONARCHIES]
    return kingdoms[0] if len(kingdoms) == 1 else None


def _unless_held(e: Entity, home: str | None, held: set[tuple[str, str]]) -> str | None:
    """The home country, unless the article gives this person's office there to someone else, or
    the office posts them there ("Ambassador to X" in an X story is a foreign envoy)."""
    if home is None or (e.role.lower(), home) in held:  # type: ignore[union-attr]
        return None
    return None if _posted_to(e.role) == home else home  # type: ignore[arg-type]


_POST_TO = re.compile(r"(?i)\b(?:ambassador|envoy|high\s+commissioner|consul)\b.*?\bto\s+(?:the\s+)?(.+)$")


def _posted_to(role: str) -> str | None:
    """The country an envoy's office posts them to ("Ambassador to Vietnam"), never their own side."""
    found = _POST_TO.search(role)  # (a short role: no gate needed, and a case-sensitive one would miss "TO")
    return country_of(found.group(1)) if found else None


def _frame_country(doc: Document, sentence: int) -> str | None:
    if sentence < 0 or sentence >= len(doc.sentences):
        return None
    s = doc.sentences[sentence]
    m = _FRAME.match(doc.text, s.start, s.end)
    if not m:
        return None
    place = m.group(1).strip()
    found = country_of(place)
    if found:
        return found
    for mention in doc.mentions_in(s.start + m.start(1), s.start + m.end(1)):
        if mention.kind == "country":
            return mention.affiliation
    return None


# "Also taking part on the Cuban side were X and Y", "For the Kenyan side, X said"
_SIDE_BEFORE = re.compile(r"\b(?:on|for|from)\s+the\s+([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?)\s+side\b")


def _side_before(doc: Document, first: Mention) -> str | None:
    """The country of "on the <country> side" earlier in the person's sentence."""
    if not 0 <= first.sentence < len(doc.sentences):
        return None
    lo = doc.sentences[first.sentence].start
    if doc.text.find(" side", lo, first.start) < 0:
        return None  # most sentences
    sides = [found.group(1) for found in _SIDE_BEFORE.finditer(doc.text, lo, first.start)]
    return country_of(sides[-1]) if sides else None  # the last one before the person


LEADER_OF = re.compile(r"(?:'s)?\s+(?:administration|government|cabinet)\b", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$")


def _same_list(doc: Document, people: list[Mention], m: Mention) -> list[Mention]:
    """The people named in one enumeration with ``m`` ("the Amir ..., Crown Prince ..., and ...")."""
    ordered = sorted((p for p in people if p.kind == "person"), key=lambda p: p.start)
    # list.index's test, with the field-by-field comparison only where the starts agree
    at = next((k for k, p in enumerate(ordered) if p is m or (p.start == m.start and p == m)), None)
    if at is None:
        return []
    lo = hi = at
    while lo > 0 and _LIST_GAP.fullmatch(doc.text, ordered[lo - 1].end, ordered[lo].start):
        lo -= 1
    while hi + 1 < len(ordered) and _LIST_GAP.fullmatch(doc.text, ordered[hi].end, ordered[hi + 1].start):
        hi += 1
    return ordered[lo : hi + 1]


def _listed_with(persons: list[Mention], explicit: dict[int, str]) -> str | None:
    """The one country the others of a list share: a party or body ("SPD leader X and Y") is
    each member's own, neither the list's nor a country's against it."""
    others = {explicit[m.entity] for m in persons if explicit.get(m.entity) in COUNTRY_NAMES}
    return others.pop() if len(others) == 1 else None


def _sole(countries: set[str]) -> str | None:
    return next(iter(countries)) if len(countries) == 1 else None
