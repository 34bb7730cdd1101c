"""Stage roles: each person mention's office and affiliation, from its own words.

Sources, strongest first: an apposition ("Wang Yi, China's foreign minister,";
"the U.S.'s top diplomat in China, Nicholas Burns"), the capitalised title in
front of the name ("Chinese Foreign Minister Wang Yi"), a lowercase title in
front of it ("Israeli counterpart Eli Cohen", "leader of the X Party Y").
Affiliation is the country those words name (name, demonym, capital, "X's",
"of X" but not "for X"/"to X", which an office is *about*), else the country of
a state organ named there ("White House ..."), else the body itself ("Facebook
co-founder ...", "Labour's ..."). A "counterpart" takes the office of the
sentence's first titled person. People whose words name no affiliation get one
from their context in the coref stage.

The stage keeps here its entry point (attach), each person's reading from its own words
(_person) and role descriptions (_describe_role). The parts it asks live beside it:
roletitles.py (parse_title, possessors, the lowercase title before a name, shared word sets,
Spans), affiliationsources.py (bodies, state organs, party labels, local places),
rolecredits.py (bylines, translators, photo credits), roleappositions.py (offices apposed
after or before the name) and rolelists.py (plural offices over lists, counterparts).
"""

from __future__ import annotations

import re
from operator import itemgetter

from briefing_tui.extract.affiliationsources import (
    body_before,
    body_in_title,
    body_of_first_office,
    body_premodifier,
    bracketed_acronym,
    country_after,
    government_led,
    local_office,
    local_place,
    office_before_and,
    office_in_body,
    party_fits,
    party_label,
)
from briefing_tui.extract.document import Document, Mention
from briefing_tui.extract.lexicon import countries, orgs
from briefing_tui.extract.lexicon.titles import BIRTH_STYLES, TITLE_HEADS, is_office_word
from briefing_tui.extract.mentionwords import known_at, party_word
from briefing_tui.extract.offices import heads_state
from briefing_tui.extract.roleappositions import (
    apposition_after,
    body_of_apposition,
    definite_before,
    indefinite_before,
    link_apposed_role,
    name_first_chain,
    office_across_body,
    predicate_role,
    role_before,
    titles_alternate,
)
from briefing_tui.extract.rolecredits import credit
from briefing_tui.extract.roledescriptions import state_of
from briefing_tui.extract.rolelists import (
    PLURAL_HEADS,
    counterparts,
    plural_office_before_dash,
    plural_office_list,
    plural_title_before_list,
    respective_offices,
    shared_apposition,
    sides_before_plural_office,
    sides_before_plural_title,
)
from briefing_tui.extract.rolenouns import TENURE_WORDS
from briefing_tui.extract.roletitles import (
    PREPOSITIONS,
    Spans,
    left_title,
    names_office,
    only_ranks,
    parse_title,
    past_between,
    possessor,
    tok_index,
)
from briefing_tui.extract.tokens import Token, sentence_tokens

_PAST_MARKERS = ("former", "then", "late", "outgoing")
_low = itemgetter(4)  # a token's lowercase text
# "Sen. X (D-N.Y.)", or after a comma in a state's short form ("X, R-NC;", "X, D-Calif.,")
_US_PARTY_TAG = re.compile(
    r"\s*\((?:D|R|I)-[A-Z][A-Za-z.]{0,12}\)"
    r"|\s*,\s*(?:D|R|I)-(?:[A-Z]{2}|(?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.)(?=[\s,;.)]|$)"
)
_US_STYLE_TITLE = re.compile(r"(?:Sen|Rep)\.\s")


def attach(doc: Document) -> None:
    """Set ``role``/``affiliation`` on person and role mentions; link appositive role mentions."""
    all_tokens = sentence_tokens(doc)
    spans = Spans(doc)
    by_sentence: dict[int, list[int]] = {}  # the people and role descriptions of each sentence
    for i, m in enumerate(doc.mentions):
        if m.kind == "person" or m.kind == "role":
            by_sentence.setdefault(m.sentence, []).append(i)
    for sentence, indexes in by_sentence.items():
        if sentence < 0 or sentence >= len(doc.sentences):
            continue
        tokens = all_tokens[sentence]
        ms = [doc.mentions[i] for i in indexes]
        for m in ms:
            if m.kind == "role":
                _describe_role(doc, m, tokens)
        people = []
        for i, m in zip(indexes, ms, strict=True):
            if m.kind == "person":
                _person(doc, i, m, tokens, spans)
                people.append(m)
        # the words tested as they come (no list of them built): the test stops at the first hit
        plural = len(ms) > 1 and not PLURAL_HEADS.isdisjoint(map(_low, tokens))
        if len(people) > 1:
            shared_apposition(doc, people, tokens, spans)
            if plural:
                respective_offices(doc, people)
                plural_title_before_list(doc, people)
                plural_office_before_dash(doc, people)
                sides_before_plural_office(doc, people, spans)
                sides_before_plural_title(doc, people)
        counterparts(ms)
        if plural:
            plural_office_list(doc, sentence, ms, spans)


def _describe_role(doc: Document, m: Mention, tokens: list[Token]) -> None:
    """Role mention: its office, and the possessor country ("Malaysia's Prime Minister")."""
    a, b = tok_index(tokens, m.start), tok_index(tokens, m.end)
    role, affiliation = parse_title(doc, tokens[a:b])
    a = past_between(tokens, a)
    if affiliation is None:
        affiliation = possessor(doc, tokens, a)  # "Malaysia's Prime Minister", "the UN's envoy"
    if affiliation is None and a >= 3 and tokens[a - 1].text == "'s" and names_office(tokens[a - 2].low):
        # "the UN Secretary-General's Special Envoy": the envoy serves the office holder's body
        for back in range(max(0, a - 5), a - 2):
            entry = known_at(tokens, back, a - 2)
            if entry and back + len(entry.words) == a - 2 and entry.kind in ("country", "organization"):
                affiliation = entry.name
    if role and role.partition(" ")[0].lower() in TENURE_WORDS:
        role = role.partition(" ")[2] or role  # "Japan's new prime minister": the office, not its time
    m.role = role
    m.affiliation = m.affiliation or affiliation


def _colleague(tokens: list[Token], a: int) -> str | None:
    """The country of "his Albanian colleague(,) X" right before token ``a``: a colleague of
    another country is a counterpart, one of the same office there ("colleague" alone is not)."""
    k = a - 1 if a > 0 and tokens[a - 1].text == "," else a
    if k < 3 or tokens[k - 1].low != "colleague" or tokens[k - 3].low not in ("his", "her", "their"):
        return None
    return countries.country_of(tokens[k - 2].text)


def _person(doc: Document, index: int, m: Mention, tokens: list[Token], spans: Spans) -> None:
    head_start = m.head_start if m.head_start is not None else m.start
    a = tok_index(tokens, m.start)
    h = a if head_start == m.start else tok_index(tokens, head_start)
    e = tok_index(tokens, m.end)
    role, affiliation = parse_title(doc, tokens[a:h]) if h > a else (None, None)
    role = role or m.role  # an office the mentions stage read by its place ("Landrat Jonas Weber")
    if affiliation is None and role:
        affiliation = (
            possessor(doc, tokens, a)
            or body_in_title(doc, spans, m.start, head_start)
            or body_premodifier(doc, index, m)  # "ECOWAS Commission President Ibrahim Sesay"
        )
    role = None if role and only_ranks(role) and not _rank_alone(tokens[a:h]) else role
    if role and a > 0 and tokens[a - 1].low in _PAST_MARKERS and not role.lower().startswith(_PAST_MARKERS):
        role = f"{tokens[a - 1].low} {role}"  # "former President X": no longer the president
    # lowercase title right before the span: "Israeli counterpart Eli Cohen", "Facebook co-founder Mark Zuckerberg";
    # also before a rank, which the office outranks ("army chief General X", "counterpart Lt Gen Y")
    if role is None or only_ranks(role):
        start, pre_role, pre_aff = left_title(doc, tokens, a)
        if pre_role is None and a > 1 and tokens[a - 1].text == "," and tokens[a - 2].low == "counterpart":
            # "meets Omani counterpart, X": X's office, the span (read by meetings) left as it is
            _, pre_role, pre_aff = left_title(doc, tokens, a - 1)
            start = m.start
        if (
            pre_role is None
            and a > 1
            and tokens[a - 1].text in _DASHES
            and e < len(tokens)
            and tokens[e].text in _DASHES
        ):
            # "Orban's press chief - X - told": a lowercase office set off by dashes, the span left as it is
            _, pre_role, pre_aff = left_title(doc, tokens, a - 1)
            start = m.start
        if pre_role is None and (colleague := _colleague(tokens, a)) is not None:
            # "X and his Albanian colleague, Y": Y is X's counterpart, the span left as it is
            start, pre_role, pre_aff = m.start, "counterpart", colleague
        if pre_role is None:
            start, pre_role, pre_aff = office_in_body(doc, index, tokens, a)
        elif pre_aff is None:
            pre_aff = (
                body_before(doc, index, start)  # "National Security Council spokesman John Kirby"
                or body_of_first_office(doc, index, tokens, tok_index(tokens, start))
                or body_in_title(doc, spans, start, m.start)  # "National Party leader X": the party read in
                or bracketed_acronym(doc, start)  # "Social Democrat (SPD) leader X"
            )
        if pre_role:
            role, affiliation = pre_role, affiliation or pre_aff
            m.start = start
            m.text = doc.text[m.start : m.end]
            _link_roles_inside(doc, index, m)
    first = office_before_and(doc, index, tokens, tok_index(tokens, m.start)) if role else None
    if first is not None:  # "Malaysian Prime Minister and ASEAN chair X": the first office leads
        rm = doc.mentions[first]
        rm.ref = index
        role, affiliation = rm.role, rm.affiliation  # the body after "and" is the second office's
        m.start = rm.start
        m.text = doc.text[m.start : m.end]
    # apposition after: "Wang Yi, China's foreign minister," / "John Kerry, the Secretary of State,"
    if titles_alternate(doc, index, tokens, a, e):
        app_role, app_aff = None, None  # "the President of X, A, the Speaker of Y, B": Y's office is B's
    else:
        app_role, app_aff = apposition_after(doc, tokens, e, spans, tok_index(tokens, m.start))
    if app_role:
        # where the person works, unless a state organ: "a professor at Cairo University" is the university's
        app_aff = body_of_apposition(tokens, e, spans) or app_aff
    if app_role:
        link_apposed_role(doc, index, tokens, e)
    else:
        held = predicate_role(doc, index, tokens, e)
        if held is not None and role is None:
            role, affiliation = held.role, affiliation or held.affiliation
    if app_role and (
        role is None
        or only_ranks(role)
        or role.lower() in _RELATION_OR_STYLE
        or (role.lower() in _KEPT_TITLES and app_role[0].isupper())
    ):
        # "his counterpart X, the Foreign Minister of Y": the office stated, not a relation;
        # "Prince X, Minister of Foreign Affairs": the office, not the style of birth
        role, affiliation = app_role, app_aff or affiliation
    elif app_aff and affiliation is None and not (role and heads_state(role)):
        # not "President X, incoming Chairperson of SADC": a head of state stays their state's
        affiliation = app_aff
    # apposition before: "Malaysia's Prime Minister, Najib Razak"; "the U.S.'s top diplomat in China, Nicholas Burns,"
    before = None if name_first_chain(doc, index, tokens, a) else role_before(doc, index, m, tokens, a)
    if before is not None:
        rm = doc.mentions[before]
        rm.ref = index
        if rm.role and (
            role is None or only_ranks(role) or (h - a <= 2 and _style_before_name(tokens[a:h], rm.role))
        ):
            role = rm.role
        affiliation = affiliation or rm.affiliation
    elif (
        role and index > 0 and (h - a == 1 or (h - a == 2 and tokens[a + 1].text == ".") or only_ranks(role))
    ):
        # "Nigeria's Minister of foreign affairs Ambassador X", "Minister of Defense of this country
        # Lieutenant General X": an office right before a style or a rank
        office = _office_before_style(doc, index, m)
        if office is not None:
            role, affiliation = office
    elif role is None or only_ranks(role):
        # "A spokesman for the military authorities, Col. X, said": an indefinite description before
        ind_role, ind_aff = indefinite_before(doc, tokens, a)
        if ind_role is None:
            ind_role, ind_aff = definite_before(doc, tokens, a, e)
        if ind_role:
            role, affiliation = ind_role, affiliation or ind_aff
    if before is None and role is None:
        # "the head of the Peace Mission (UNPM) X": the office, the body it serves, then the name
        across = office_across_body(doc, index, m)
        if across is not None:
            role, affiliation = across[0], affiliation or across[1]
    if role and ("overnor" in role or "ayor" in role or "inister" in role) and local_office(role):
        # "Texas Gov.-elect X", "Gov-elect X of Pennsylvania", "Tamil Nadu Chief Minister X": the
        # state, province or city a local office governs is the holder's side
        place = local_place(doc, tokens, a, h, m, role)
        if place and (affiliation is None or affiliation in orgs.PARTY_LABELS.values()):
            affiliation = place
    if affiliation is None and (
        _US_PARTY_TAG.match(doc.text, m.end)
        # "Sen."/"Rep." mean the US only while they stay the role
        or (role in ("Senator", "Representative") and _US_STYLE_TITLE.match(m.text))
    ):
        affiliation = "United States"  # "Sen. Chuck Schumer (D-N.Y.)"
    if affiliation is None and role:
        affiliation = government_led(doc, m.start)
    if role is None and a > 2 and tokens[a - 1].text == "," and not tokens[a - 2].cap:
        # "talks with prime minister, Tony Blair, on ...": a bare office apposed after a preposition
        role, bare_aff = _bare_office_before(doc, tokens, a, e)
        affiliation = affiliation or bare_aff
    if role is None and a > 2 and tokens[a - 1].text == "]":
        # "like [BNP Secretary General] X": an editor's office in square brackets right before the name
        role, bracket_aff = _office_in_square_brackets(doc, tokens, a)
        affiliation = affiliation or bracket_aff
    if role is None and a > 1 and doc.text.find("(", tokens[max(0, a - _BRACKET_REACH)].start, m.start) >= 0:
        # "the third visit by a Brazilian president (X in 1976 and Y in 1997 ...)": the office the
        # bracket lists holders of
        role, bracket_aff = _office_before_bracket(doc, tokens, a)
        affiliation = affiliation or bracket_aff
    if affiliation is None:
        affiliation = (
            party_label(tokens, tok_index(tokens, m.start))
            or country_after(doc, m, spans)
            or (possessor(doc, tokens, a) if role is None and a == h else None)  # "Peru's Ana Soto"
        )
    if role is None:
        credited = credit(doc, m, affiliation)  # "Photo: X", "By X, GNA", "(Reporting by X ...)"
        if credited is not None:
            (role, affiliation), m.credit = credited, True
    if role and affiliation and _MINISTRY.search(role):
        affiliation = _state_ruled(affiliation)  # "the Taliban Foreign Minister, X": Afghanistan's
    if role and affiliation and _portfolio_of(role, affiliation):
        affiliation = possessor(doc, tokens, tok_index(tokens, m.start))  # "EU Affairs Minister": the state's
    if affiliation in _SHARED_LABEL_PARTIES and not party_fits(doc, affiliation, m, head_start):
        affiliation = None  # "Conservative premier Meloni", "Labour leader Albanese": no British party's
    m.role, m.affiliation = role, affiliation


_DASHES = frozenset({"-", "\u2013", "\u2014"})
# Parties the lexicon ties to one country though other countries' go by the same word
_SHARED_LABEL_PARTIES = frozenset({"Labour", "Conservative Party"})
_RELATION_OR_STYLE = BIRTH_STYLES | {"counterpart"}
# Titles a person keeps whatever office they hold, which a capitalised office apposed to the name
# tells: "Ambassador X, Minister of Foreign Affairs" (not "Ambassador X, a veteran diplomat")
_KEPT_TITLES = frozenset(
    {"ambassador", "archbishop", "cardinal", "cardinal-designate", "bishop", "monsignor", "senator"}
)
_PORTFOLIO = re.compile(r"([A-Z][\w.&-]*)\s+(?:Affairs|Relations|Integration)\b")


_MINISTRY = re.compile(r"\b[Mm]inist(?:er|ry)\b")


def _state_ruled(affiliation: str) -> str:
    """The state a movement governs de facto ("Taliban", "Houthis") when the office is a minister's or
    in a ministry ("the Taliban Foreign Minister", "a spokesman of the Houthi foreign ministry"): a
    government's official is their state's, whoever rules it. A party stays the side of its
    ministers ("Labour Party leader and prime minister X")."""
    state = state_of(affiliation) if affiliation in orgs.DE_FACTO_GOVERNMENTS else None
    return affiliation if state is None else state


def _portfolio_of(role: str, affiliation: str) -> bool:
    """Whether the body taken as a holder's side is only a word of their portfolio ("Foreign and
    CARICOM Affairs Minister", "EU Affairs Minister"): a state's minister, not the body's."""
    for found in _PORTFOLIO.finditer(role):
        entry = orgs.KNOWN.get(found.group(1))
        if entry is not None and entry[0] == affiliation:
            return True
    return False


def _link_roles_inside(doc: Document, index: int, m: Mention) -> None:
    """A role description the person's span now covers ("his counterpart" of "his counterpart
    Lyonpo Dr. X") is that person's, not another one for coref to resolve."""
    head = m.head_start if m.head_start is not None else m.end
    for k in range(index - 1, max(-1, index - 4), -1):
        other = doc.mentions[k]
        if other.end <= m.start:
            break
        if other.kind == "role" and other.ref is None and other.start >= m.start and other.end <= head:
            other.ref = index
    for k in range(index + 1, min(len(doc.mentions), index + 4)):
        other = doc.mentions[k]
        if other.start >= head:
            break
        if other.kind == "role" and other.ref is None and other.end <= head:
            other.ref = index


def _style_before_name(title: list[Token], office: str) -> bool:
    """One title word before a name that a longer office in apposition precedes: a style the holder
    keeps ("Minister of Foreign Affairs, Ambassador X"; "Secretary to the Government, Sen. Y"),
    not the office the sentence gives."""
    words = [t for t in title if t.text != "."]
    return len(words) == 1 and len(office.split()) > 1


_LOWER_SUBJECT = re.compile(r"(?:\s+(?:of|for)(?:\s+[a-z]+){1,3})?\s+")


def _office_before_style(doc: Document, index: int, m: Mention) -> tuple[str, str | None] | None:
    """(role, affiliation) of an office written right before a person's one-word style, its
    lowercase subject included ("Minister of foreign affairs Ambassador X"), else None."""
    rm = doc.mentions[index - 1]
    if rm.kind != "role" or not rm.role or rm.sentence != m.sentence or rm.end >= m.start:
        return None
    gap = _LOWER_SUBJECT.fullmatch(doc.text, rm.end, m.start)
    if gap is None or not any(w.lower() in TITLE_HEADS for w in rm.role.split()):
        return None
    rm.ref = index
    return rm.role + doc.text[rm.end : m.start].rstrip(), rm.affiliation


def _bare_office_before(doc: Document, tokens: list[Token], a: int, e: int) -> tuple[str | None, str | None]:
    """(role, affiliation) of a lowercase office with no article, right after a preposition and
    apposed to the name at token ``a`` that a comma closes ("with prime minister, X, on ...")."""
    if not is_office_word(tokens[a - 2].low) or e >= len(tokens) or tokens[e].text not in (",", "."):
        return None, None
    start, role, affiliation = left_title(doc, tokens, a - 1)
    q = tok_index(tokens, start)
    if q > 2 and party_word(tokens[q - 1].text) and tokens[q - 2].low in _INDEFINITES:
        q -= 2  # "accompanied by another Republican senator, X,": one more holder, named after the comma
    elif q > 1 and tokens[q - 1].low in _INDEFINITES:
        q -= 1
    if role is None or q == 0 or tokens[q - 1].low not in PREPOSITIONS:
        return None, None
    return role, affiliation


_INDEFINITES = frozenset({"a", "an", "another"})
_BRACKET_REACH = 12  # tokens: how far into a bracket a listed holder may stand


def _office_before_bracket(doc: Document, tokens: list[Token], a: int) -> tuple[str | None, str | None]:
    """(role, affiliation) of a lowercase office right before the bracket token ``a`` stands in
    ("a Brazilian president (X in 1976 and Y ...)"), else (None, None)."""
    q = a - 1
    while q > 0 and a - q < _BRACKET_REACH and tokens[q].text not in ("(", ")"):
        q -= 1
    if tokens[q].text != "(" or not all(
        t.cap or t.text.isdigit() or t.low in ("and", "in", ",") for t in tokens[q + 1 : a]
    ):
        return None, None
    _, role, affiliation = left_title(doc, tokens, q)
    return role, affiliation


def _office_in_square_brackets(doc: Document, tokens: list[Token], a: int) -> tuple[str | None, str | None]:
    """(role, affiliation) of an office an editor put in square brackets right before the name at
    token ``a`` ("[Parliament speaker] X", "[the US envoy] Y"), else (None, None)."""
    for q in range(a - 3, max(-1, a - 2 - _BRACKET_REACH), -1):
        if tokens[q].text in ("]", "(", ")"):
            break
        if tokens[q].text == "[":
            return parse_title(doc, tokens[q + 1 : a - 1])
    return None, None


def _rank_alone(tokens: list[Token]) -> bool:
    """A military rank is a role when nothing else is said ("General Warakiat")."""
    return any(
        t.low.rstrip(".")
        in ("general", "admiral", "colonel", "captain", "major", "lieutenant", "marshal", "brigadier")
        for t in tokens
    )
