"""Role descriptions ("the Ukrainian president", "his Saudi counterpart", "the minister") linked to the
person they describe (:func:`role_mentions`, :func:`sided_descriptions`): the name a title is written before, a
social-media handle, the named person whose office holds every word of the description and whose side agrees
(:func:`_match_role`), else a new unnamed person for a definite "<Country>'s <office>". Kept apart from the
stage as the one step that scores candidates for a description.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from briefing_tui.extract.document import Document, Entity, Mention
from briefing_tui.extract.homeside import Sides, article_home, nationality_marked
from briefing_tui.extract.lexicon import orgs
from briefing_tui.extract.lexicon.countries import DEMONYMS, NAMES, country_of
from briefing_tui.extract.lexicon.titles import office_abroad
from briefing_tui.extract.offices import (
    GENERIC_ROLES,
    HEAD_OF,
    OFFICE_HEAD,
    OFFICE_LINKS,
    heads_body,
    heads_state,
    office_words,
    plural_office,
)
from briefing_tui.extract.personregistry import People, subject_entity


@lru_cache(maxsize=256)
def _body_name(affiliation: str) -> str:
    """An affiliation under the lexicon's full name ("OAS" -> "Organization of American States"), so
    that a description written with a body's acronym fits the holder named with its full name."""
    known = orgs.KNOWN.get(affiliation)
    return known[0] if known else affiliation


@lru_cache(maxsize=256)
def state_of(body: str) -> str | None:
    """The country the lexicon ties a body to ("Taliban" -> "Afghanistan"), else None: a description
    written with the country fits a holder whose side is that body."""
    known = orgs.KNOWN.get(body)
    return known[1] if known and known[1] in NAMES.values() else None


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "&"})


@lru_cache(maxsize=256)
def _acronym_of(short: str, full: str) -> bool:
    """Whether one body's name is the other's initials ("BJP", "Bharatiya Janata Party"): a
    description written with a party's short form fits its holder named with the full name."""
    if " " in short:
        short, full = full, short
    if not short.isupper() or not 2 <= len(short) <= 6 or " " not in full:
        return False
    return short == "".join(w[0] for w in full.split() if w.lower() not in _SMALL_WORDS).upper()


def role_mentions(doc: Document, people: People) -> list[int]:
    """Link each description to its person; return those whose country the best fit does not state
    yet ("the Ukrainian president" while no president's side is known), to match once sides are."""
    unnamed: dict[str, int] = {}
    deferred: list[int] = []
    described = [(i, m) for i, m in enumerate(doc.mentions) if m.kind == "role"]
    if not described:
        return deferred
    for _, m in described:
        if m.ref is not None and m.role and (held := doc.mentions[m.ref].entity) is not None:
            # a description apposed to a name states that person's office before any is matched: a
            # free one written earlier (a headline's "Saudi Crown Prince") finds the holder by it
            people.state_office(held, m.role)
    starts = _mention_starts(people)
    home = _HomeHolder(doc)
    for i, m in described:
        if m.role and plural_office(m.role):
            continue  # "the G-20 Foreign Ministers", "North American Leaders": a group, no one person
        if m.ref is None and m.affiliation and _destination_only(doc, i):
            m.affiliation = None  # "Minister to Saudi Arabia and Kuwait": where they go, not their side
        target = None
        if m.ref is not None and doc.mentions[m.ref].entity is not None:
            target = doc.mentions[m.ref].entity
        if target is None and m.ref is None:
            # entity 0 is a person too: test for None, not truth
            target = _title_before_name(doc, i)
            if target is None:
                target = _handle_after(doc, m, people)
        if target is None:
            target = _match_role(people, m, starts, home)
            if target == _UNSURE or (
                target is not None and m.affiliation and doc.entities[target].affiliation is None
            ):
                deferred.append(i)
                continue
        describable = (
            m.affiliation and m.role and not m.text.isupper()
        )  # shouted text: no evidence of a person
        if (
            target is None
            and describable
            and (_owned_office(doc, i, m) or _demonym_office(m) or _sided_counterpart(m))
            and _definite(doc, m)
        ):
            name = re.sub(r"^(?:the|his|her|their|its)\s+", "", m.text, flags=re.IGNORECASE)
            owner = _country_owner(doc, i)
            if owner is not None:
                name = f"{owner}'s {name}"  # "Ghana's Foreign Minister": one holder per country
            key = name.lower() if owner is not None else m.text.lower().removeprefix("the ").strip()
            target = unnamed.get(key)
            if target is None:
                target = people.new(m, name, named=False)
                e = doc.entities[target]
                e.role, e.affiliation = m.role, m.affiliation
                if m.role.lower() == "counterpart":
                    # "X will meet his Saudi counterpart": the office X holds, of that side
                    subject = subject_entity(doc, m.sentence, m.start)
                    office = doc.entities[subject].role if subject is not None else None
                    e.role = (
                        office_abroad(office, m.affiliation)
                        if office and "counterpart" not in office.lower()
                        else None
                    )
                unnamed[key] = target
        if target is not None:
            people.link(i, target, m.text)
            e = doc.entities[target]
            if e.role is None and m.role and heads_state(m.role):
                e.role = m.role  # the office of a head named with no title ("Xi", "the Chinese president")
            elif e.role is None and _describes_own_office(m, e):
                e.role = m.role  # "Penny Wong ... Australia's foreign minister is on her visit"
            elif e.role is None and _bare_office(m):
                e.role = m.role  # "Vieira ... the minister said": the office the story gives them
    return deferred


def idle_offices(doc: Document) -> set[int]:
    """The unnamed office holders ("Sri Lanka's president") who neither speak nor meet: an office the
    story mentions, no actor of it (they stay entities, for the stages that read descriptions)."""
    acting = doc.acting()
    return {e.index for e in doc.entities if e.kind == "person" and not e.named and e.index not in acting}


def _describes_own_office(m: Mention, e: Entity) -> bool:
    """A description naming an office of the person's own side ("Australia's foreign minister" for
    an Australian named with no title, "his Turkish counterpart" read as Turkey's foreign minister
    after Greece's): the office they hold, unless it is generic or the bare word "counterpart"."""
    if not (
        m.role
        and m.affiliation
        and m.affiliation == e.affiliation
        and (_possessive_or_demonym(m) or _sided_counterpart(m))
    ):
        return False
    return m.role.lower() not in GENERIC_ROLES and m.role.lower() != "counterpart"


_HANDLE_AFTER = re.compile(r"\s*,?\s*@(\w{3,30})")


def _handle_after(doc: Document, m: Mention, people: People) -> int | None:
    """The person whose social-media handle is written as the name after a title ("the Secretary of
    State, @janedoe"): the handle spells the person's name words run together."""
    found = _HANDLE_AFTER.match(doc.text, m.end)
    if found is None:
        return None
    handle = found.group(1).lower()
    for e in people.entities:
        if e.named and handle == "".join(re.findall(r"[a-z]+", e.name.lower())):
            return e.index
    return None


# What may stand between a title and the name it is written before: the title's place ("Special
# Representative for Reconciliation in Afghanistan Zalmay Khalilzad"), or a slash joining a second
# title ("High Representative .../Vice-President of the Commission, Josep Borrell").
# A bracketed desk may come first, or alone ("Secretary (West) in the MEA Jane Doe", "Secretary (East)
# Jane Doe").
# A place may end in a noun of what the office deals with ("envoy for the Belgrade-Pristina dialogue").
_PLACE_NOUNS = "dialogue|talks|process|negotiations|crisis|region|peninsula|affairs|issues?|relations"
_PLACE = (
    r"(?:in|for|to|on)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
    rf"(?:\s+(?:{_PLACE_NOUNS}))?\s+"
)
_TITLE_PLACE = re.compile(rf"\s+(?:{_PLACE}|\([A-Z][\w .&-]{{0,24}}\)\s+(?:{_PLACE})?)$")


# " of the Green Party of Canada, ": a capitalised body after an office, then a comma
_OF_BODY_COMMA = re.compile(
    r"\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w'&.-]*(?:\s+(?:of|and|the|for|[A-Z][\w'&.-]*)){0,8},\s+"
)


def _title_before_name(doc: Document, i: int) -> int | None:
    """The person a description is the title of though no apposition was found: a name right after
    it and its place, or the holder of the title it is slash-joined to. A person with no office
    yet takes this one, first stated, with its place."""
    m = doc.mentions[i]
    nxt = next((x for x in doc.mentions[i + 1 : i + 4] if x.kind in ("person", "role")), None)
    if nxt is None or nxt.sentence != m.sentence:
        return None
    between = doc.text[m.end : nxt.start]
    if nxt.kind == "role" and between.strip() == "/" and nxt.ref is not None:
        target = doc.mentions[nxt.ref].entity
        e = doc.entities[target] if target is not None else None
        if e is not None and m.role and e.role == nxt.role:
            e.role = m.role  # the title written first is the one the person is named by
            e.affiliation = m.affiliation or e.affiliation
    elif (
        nxt.kind == "role"
        and between.strip() == "and"
        and nxt.ref is not None
        and doc.mentions[nxt.ref].start > nxt.start  # apposed, not inside the name's own span
        and m.text[:1].isupper()
        and not m.text.startswith(("The ", "His ", "Her "))
    ):
        # "Prime Cabinet Secretary and Cabinet Secretary for Foreign Affairs, X": both titles are X's
        target = doc.mentions[nxt.ref].entity
        m.ref = nxt.ref  # apposed to the name too: its office is one X holds
    elif nxt.kind == "person" and nxt.role is None and _TITLE_PLACE.fullmatch(between + " "):
        target = nxt.entity
        e = doc.entities[target] if target is not None else None
        if e is not None and e.role is None and m.role:
            e.role = m.role + " " + " ".join(between.split())
    elif (
        nxt.kind == "person"
        and nxt.role is None
        and m.role
        and m.text[:4].lower() == "the "
        and doc.text.startswith(",", nxt.end)
        and _OF_BODY_COMMA.fullmatch(between) is not None
    ):
        # "the leader of the Green Party of Canada, X,": the office, its body, then its holder
        target = nxt.entity
        e = doc.entities[target] if target is not None else None
        if e is not None and e.role is None:
            e.role = m.role + " " + " ".join(between.split()).rstrip(",")
    else:
        return None
    if target is not None and m.affiliation:
        e = doc.entities[target]
        if e.affiliation is None or not any(doc.mentions[j].affiliation for j in e.mentions):
            # the side the title states outranks one only guessed from the name ("the EU envoy
            # ... X", X known as a minister of his own country)
            e.affiliation = m.affiliation
    return target


def _destination_only(doc: Document, i: int) -> bool:
    """Whether every country a description names comes after its "to" ("External Affairs Minister
    to Saudi Arabia and Kuwait", "Ambassador to Kuwait"): the office's destination, not its side."""
    m = doc.mentions[i]
    at = m.text.find(" to ")
    if at < 0:
        return False
    cut = m.start + at
    inside = [x for x in doc.mentions[i + 1 : i + 8] if x.start < m.end and x.kind == "country"]
    return bool(inside) and all(x.start > cut for x in inside)


def _mention_starts(people: People) -> dict[int, list[int]]:
    doc = people.doc
    return {e.index: sorted(doc.mentions[x].start for x in e.mentions) for e in people.entities}


def sided_descriptions(doc: Document, people: People, deferred: list[int]) -> None:
    """A description stating a country ("the Ukrainian president") goes to the fitting person of
    that side once context has given sides, never to one of another country; a person still without
    a side takes the description's."""
    starts = _mention_starts(people)
    for i in deferred:
        m = doc.mentions[i]
        target = _match_role(people, m, starts)
        if target is None or target == _UNSURE:
            continue
        people.link(i, target, m.text)
        e = doc.entities[target]
        if e.affiliation is None:
            e.affiliation = m.affiliation
        if e.role is None and m.role and heads_state(m.role):
            e.role = m.role  # the office of a head named with no title ("Xi", "the Chinese president")


_INDEFINITE = re.compile(
    r"\b(?:a|an|as|any|every|no|another|next|new|former|future|each)\s+(?:\d[\w-]*\s+)?$", re.IGNORECASE
)


def _definite(doc: Document, m: Mention) -> bool:
    """ "a Secretary of State", "as ASEAN Chair", "the next ... Ambassador": an office, not a person."""
    return _INDEFINITE.search(doc.text, max(0, m.start - 30), m.start) is None


_RANKS = frozenset({"special", "senior", "top", "chief", "deputy", "vice", "acting", "former", "assistant"})


def _demonym_office(m: Mention) -> bool:
    """ "the Indian External Affairs Minister", "the Chinese president": a country's one holder of a
    named office, someone though unnamed; not a loose "the Indian minister" or "the Saudi leader"."""
    words = m.text.split()
    if len(words) < 3 or words[0].lower() != "the" or words[1] not in DEMONYMS or not m.role:
        return False
    office = [w for w in office_words(m.role) if w not in _SIDE_WORDS and w not in OFFICE_LINKS]
    # a portfolio named before the title head ("External Affairs Minister"), not a rank ("special envoy")
    return len(office) >= 2 and not set(office) & _RANKS


def _sided_counterpart(m: Mention) -> bool:
    """ "his Russian counterpart", "his U.S. counterpart" no one of that side is named for: someone
    though unnamed."""
    words = m.text.split()
    return (
        len(words) == 3
        and words[0].lower() in ("his", "her", "their")
        and (words[1] in DEMONYMS or words[1] in NAMES)
        and words[2].lower() == "counterpart"
    )


def _country_owner(doc: Document, i: int) -> str | None:
    """The country written as the owner right before description ``i`` ("Ghana's Foreign Minister"):
    the description's text leaves it out, yet it tells one country's holder from another's."""
    if i == 0:
        return None
    m, prev = doc.mentions[i], doc.mentions[i - 1]
    if prev.kind != "country" or doc.text[prev.end : m.start] != "'s ":
        return None
    return prev.text


def _owned_office(doc: Document, i: int, m: Mention) -> bool:
    """ "Ghana's Foreign Minister": an office its country owns, someone though unnamed. A bare title
    with neither owner nor article ("President of the Republic of X", "Australian Prime Minister") is
    an office: one apposed to a name written beside it, a headline's, or a generic one ("the first
    Australian Prime Minister to visit")."""
    owner, possessive, _ = m.text.partition("'s ")
    if possessive:
        return " of " not in owner  # not "Minister of the People's Republic"
    return not m.text.lower().startswith(_DETERMINERS) and _country_owner(doc, i) is not None


_DETERMINERS = ("the ", "his ", "her ", "their ", "its ")


def _possessive_or_demonym(m: Mention) -> bool:
    return "'s " in m.text or not m.text.lower().startswith(("the ", "his ", "her ", "their ", "its "))


class _HomeHolder:
    """For a bare "the president": whether a candidate is a current office holder of the article's
    own side, named without a nationality. Writers mark the foreigners ("Korean President Y") and
    mean their own side's holder by the bare office, and a "former President X" is not "the
    president" of the story. Found only when a bare head-of-state description needs it."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.home: list[str | None] = []
        self.marked: list[int] | None = None
        self.cache: dict[int, tuple[bool, bool]] = {}

    def _home(self) -> str | None:
        if not self.home:
            doc = self.doc
            explicit = {e.index: e.affiliation for e in doc.entities if e.kind == "person" and e.affiliation}
            self.home.append(article_home(doc, Sides(doc, explicit)))
        return self.home[0]

    def rank(self, e: Entity, sided: bool = True) -> tuple[bool, bool]:
        """(current, own side unmarked) for a candidate of a bare head-of-state description; the
        side left unjudged (False) when ``sided`` is not asked for."""
        found = self.cache.get(e.index)
        if found is None and not sided:
            doc = self.doc
            names = [doc.mentions[i] for i in e.mentions if doc.mentions[i].kind == "person"]
            return (
                not names or not all(_FORMER.search(doc.text, max(0, n.start - 12), n.start) for n in names),
                False,
            )
        if found is None:
            doc = self.doc
            names = [doc.mentions[i] for i in e.mentions if doc.mentions[i].kind == "person"]
            current = not names or not all(
                _FORMER.search(doc.text, max(0, n.start - 12), n.start) for n in names
            )
            own = False
            # one of no side known yet may be the home side's: their name's marks decide
            if (e.affiliation or self._home()) == self._home() and self._home():
                if self.marked is None:
                    self.marked = [x.start for x in doc.mentions if x.kind == "country"]
                own = not nationality_marked(doc, e, self.marked)
            found = self.cache[e.index] = (current, own)
        return found


_FORMER = re.compile(r"\b(?:former|ex-|late|then)\s*$", re.IGNORECASE)


# Ranks and phrases that make an office junior to the one its other words name.
_JUNIOR_RANKS = frozenset({"deputy", "vice", "assistant", "junior", "under", "vice-minister"})


def _junior_to(role: str, words: set[str]) -> bool:
    """Whether ``role`` is a junior post of the office named by ``words`` ("Deputy Foreign Minister",
    "Minister of State for Foreign Affairs" to "foreign minister"), which the words do not rank so."""
    low = role.lower()
    own = set(low.split())
    if own & _JUNIOR_RANKS and not words & _JUNIOR_RANKS:
        return True
    return "minister of state" in low and "state" not in words


def _match_role(
    people: People, m: Mention, starts: dict[int, list[int]], home: _HomeHolder | None = None
) -> int | None:
    """The named person a description fits: every word of it in their office (or, for "his
    Palestinian counterpart", their affiliation); the latest mentioned before it, else the first after.
    A bare "the president" prefers the current holder of the article's own side (:class:`_HomeHolder`)."""
    if not m.role:
        return None
    bare = home is not None and not m.affiliation and _unpossessed(m.text) and heads_state(m.role)
    # the office itself, without what it is for ("the Prime Minister for Qatar's efforts")
    words = set(OFFICE_HEAD.split(m.role.lower(), maxsplit=1)[0].split())
    if m.affiliation and len(words) > 1 and not words.isdisjoint(_SIDE_WORDS):
        # "top U.S. envoy": the side is the description's affiliation, not a word of the office
        words = (words - _SIDE_WORDS) or words
    # "Minister of External Affairs": one whose office holds every word fits better than one
    # holding only the head ("Prime Minister")
    full = frozenset(m.role.lower().split()) - OFFICE_LINKS
    # "Minister of Mines": the office has a portfolio (no place: "the top U.S. envoy in Caracas")
    scope = OFFICE_HEAD.split(m.role, maxsplit=1)[1:]
    portfolio = bool(scope) and country_of(scope[0].removeprefix("the ")) is None
    # (the roles stage may have given "his Iranian counterpart" the office of the one it is his of)
    counterpart = (
        words == {"counterpart"}
        or m.role.lower().endswith(" counterpart")
        or m.text.lower().endswith("counterpart")
    )
    # "the Russian leader": a country's head of state or government, whatever the office's name
    leader = bool(m.affiliation) and words <= _LEADER_WORDS
    # "the Head of State": whoever heads one, of any office's name
    head_of = m.role.lower() in HEAD_OF and m.text[:4].lower() == "the "
    # "The Secretary" in a State Department readout naming two Secretaries is the Secretary of State
    of_state = m.role == "Secretary" and any(
        e.named and (e.role or "").lower() == "secretary of state" for e in people.entities
    )
    best, best_key = None, None
    scored: list[tuple[tuple[bool, bool, bool, bool, int, int], Entity]] = []
    unsure = False
    side_unknown_fit = False  # a person of no known side yet whose office holds every word
    side_unknown_counterpart = False  # a person of no known side yet who may be the counterpart
    untitled: list[int] = []  # people of the description's side named with no office at all
    # "the minister" with no side: the one person named before it with no office at all
    loose = not counterpart and _bare_office(m)
    unsided: list[int] = []
    side = _body_name(m.affiliation) if m.affiliation else None
    for e in people.entities:
        seen = starts.get(e.index)
        if not e.named or not seen or (of_state and (e.role or "").lower() != "secretary of state"):
            continue
        theirs = _body_name(e.affiliation) if side and e.affiliation else None
        if side and theirs and side != theirs and state_of(theirs) == side:
            theirs = side  # "Afghanistan's foreign minister" fits the Taliban's: the body governs that state
        if side and theirs and side != theirs and not _acronym_of(side, theirs):
            continue
        same_side = bool(side) and theirs is not None and (theirs == side or _acronym_of(side, theirs))
        office = people.office(e)
        if side and not same_side and e.role and _junior_to(e.role, words):
            continue  # "Ghana's Foreign Minister" is not a side-unknown Deputy Foreign Minister
        if same_side and not office and not e.role:
            untitled.append(e.index)
        if loose and not office and not e.role:
            unsided.append(e.index)
        if counterpart:
            if not same_side:
                # one of no known side yet, named before and outside the sentence (not the "his"
                # whose counterpart it is), may be theirs: decided once context has given sides
                side_unknown_counterpart = side_unknown_counterpart or (
                    bool(side)
                    and e.affiliation is None
                    and seen[0] < m.start
                    and all(people.doc.mentions[i].sentence != m.sentence for i in e.mentions)
                )
                continue
        elif (
            not (office and words <= office)
            # "the Polish minister": Poland's diplomat, not its holder of another office
            and not (
                same_side
                and not portfolio
                and words <= _DIPLOMATIC
                and (not office or not office.isdisjoint(_POLITICAL))
            )
            and not (head_of and not m.affiliation and e.role and heads_state(e.role))
            and not (words == _MONARCH and e.role and not office_words(e.role).isdisjoint(_MONARCHS))
        ):
            if not (leader and e.role and (heads_state(e.role) or (same_side and heads_body(e.role)))):
                continue  # "the prime minister" is not a Foreign Minister; "the Polish minister" is Poland's diplomat
            if not same_side:
                unsure = True  # a head of a country not known yet may be the one meant
                continue
        k = bisect.bisect_left(seen, m.start)
        # a stated side that agrees outranks one not known yet ("The Polish minister": Poland's, not the host)
        fits = bool(office) and full <= office
        if fits and m.affiliation and e.affiliation is None and len(full) > len(words):
            side_unknown_fit = True
        key = (
            (same_side, True, False, fits, 1, seen[k - 1])
            if k
            else (same_side, True, False, fits, 0, -seen[0])
        )
        scored.append((key, e))
    if len(scored) > 1 and not m.affiliation and _title_as_name(m):
        lead = _lead_holder(people, scored, starts, m.start)
        if lead is not None:
            return lead
    if bare and home is not None and len(scored) > 1:
        # only a choice between holders needs the article's home side, and only holders of
        # different sides need it found
        sided = len({e.affiliation for _, e in scored}) > 1
        scored = [((key[0], *home.rank(e, sided), *key[3:]), e) for key, e in scored]
    for key, e in scored:
        if best_key is None or key > best_key:
            best, best_key = e.index, key
    if best is None and len(untitled) == 1 and (leader or heads_state(m.role)):
        # "talks with Xi ... hailed by the Chinese president": the one person of that side the
        # text names with no office is the head it describes (a head of state needs no title)
        return untitled[0]
    if (
        best is None
        and len(untitled) == 1
        and starts[untitled[0]][0] > m.start
        and ("'s " in m.text or _demonym_office(m))
    ):
        # "Afghanistan's interim foreign minister arrived ... the first visit of X": an office named
        # first, its holder later, the one person of that side the text names with no office
        return untitled[0]
    if best is None and len(unsided) == 1:
        holder = people.doc.entities[unsided[0]]
        if starts[unsided[0]][0] < m.start and all(
            people.doc.mentions[i].sentence != m.sentence for i in holder.mentions
        ):
            # "Vieira opened the summit. ... the minister was quoted as saying": a bare office no
            # titled person holds is the one person named before it with no office (not one in
            # its own sentence: "X met the minister" is someone else)
            return unsided[0]
    if side_unknown_counterpart and best is None:
        return _UNSURE
    if unsure and best is not None and not words <= office_words(_role_of(people, best)):
        return _UNSURE  # "the Chinese leader" with a Premier of China and a President of no known side
    if side_unknown_fit and best_key is not None and best_key[0] and not best_key[3]:
        # "the Indian Minister of External Affairs" with India's Prime Minister known and an External
        # Affairs Minister of no known side yet: decided once context has given sides
        return _UNSURE
    return best


def _title_as_name(m: Mention) -> bool:
    """A capitalised office written alone like a name, with no article nor owner ("Foreign
    Secretary met his counterpart"): how a readout names its own protagonist."""
    return bool(m.role) and m.text == m.role and m.text[:1].isupper() and not m.text.isupper()


def _lead_holder(
    people: People,
    scored: list[tuple[tuple[bool, bool, bool, bool, int, int], Entity]],
    starts: dict[int, list[int]],
    before: int,
) -> int | None:
    """Among holders of one office from different sides ("the Foreign Secretary of Nepal" beside
    the story's own), the one the story opens on: the first person it names, named before."""
    if len({e.affiliation for _, e in scored}) < 2:
        return None
    first = min((starts[i][0], i) for i in starts if starts[i])
    if first[0] >= before or not any(e.index == first[1] for _, e in scored):
        return None
    return first[1]


# Country names and demonyms of one word, lowercased: the side words a description's office may hold.
_SIDE_WORDS = frozenset(w.lower() for w in (*NAMES, *DEMONYMS) if " " not in w)


def _unpossessed(text: str) -> bool:
    """ "the president", "PM": an office with no owner written ("his", "Kenya's"), the one a bare
    title in a story stands for."""
    return text[:4].lower() == "the " or (text.isupper() and text.isalpha())


def _bare_office(m: Mention) -> bool:
    """A description "the <office>" with no side nor owner, naming an office below a head of state
    (a bare "the King" or "the president" is the head of the story's own side, often unnamed)."""
    return (
        bool(m.role)
        and not m.affiliation
        and m.text[:4].lower() == "the "
        and "counterpart" not in m.text.lower()
        and frozenset(m.role.lower().split()).isdisjoint(_NO_BARE_HOLDER | _MONARCHS)
        and not heads_state(m.role)  # "the King", "the president": the head of the story's side
    )


# Bare descriptions too loose to name the one untitled person ("the official", "the leader").
_NO_BARE_HOLDER = frozenset(
    {"official", "officials", "leader", "diplomat", "spokesman", "spokeswoman", "spokesperson"}
)

_UNSURE = -1  # _match_role: a fit, and another that may be meant once sides are known


def _role_of(people: People, entity: int) -> str:
    """The office of a person entity, "" when none is known."""
    return people.doc.entities[entity].role or ""


# Offices loose enough that a description with a side ("the Polish minister") fits anyone of that
# side who speaks for it abroad ("Poland's top diplomat").
_DIPLOMATIC = frozenset({"minister", "diplomat", "envoy", "official", "top", "foreign", "chief"})
# The offices a country's "minister" or "top diplomat" may be (not "Inspector-General of Police").
_POLITICAL = _DIPLOMATIC | frozenset(
    {
        "ambassador",
        "charge",
        "chargé",
        "d'affaires",
        "consul",
        "secretary",
        "president",
        "premier",
        "chancellor",
    }
)


_LEADER_WORDS = frozenset({"leader", "head", "top", "state", "head of state"})


# "the Brunei monarch": a holder of one of these crowns, never a prime minister or president
_MONARCH = {"monarch"}
_MONARCHS = frozenset({"king", "queen", "sultan", "emir", "amir", "emperor", "monarch", "grand duke"})
