"""Where the roles stage reads a person's affiliation from the words around the title.

A body inside or right before the title ("CEO of the
Refugee Council X", "National Security Council spokesman X"), a state organ standing for its
country ("Russian Foreign Ministry"), the office of a body named just before ("leader of the X
Party Y"), a party label ("Republican X"), "the government in <capital> under X", a country
right after the name ("X of Israel") and the state, province or city of a local office
("Texas Gov.-elect X", "X of Pennsylvania").

Separate from the parse of the title itself (roletitles.py) and from the person's reading that
asks these in turn (roles.py).
"""

from __future__ import annotations

import re

from briefing_tui.extract.document import Document, Mention
from briefing_tui.extract.knownpeople import side_of, side_of_surname
from briefing_tui.extract.lexicon import countries, orgs
from briefing_tui.extract.lexicon.titles import RANKS_AND_HONORIFICS, TITLE_HEADS, is_office_word
from briefing_tui.extract.namewords import name_words
from briefing_tui.extract.roletitles import ABBREVIATED_OFFICES, OFFICE_WORDS, Spans, tok_index
from briefing_tui.extract.tokens import Token

_OF_THE = re.compile(r" (?:of|from) (?:the )?")


def country_after(doc: Document, m: Mention, spans: Spans) -> str | None:
    """ "H.E. X of Israel", "Presidents Y of Ecuador", "the new envoys are X from Nigeria, Y from India":
    a country right after the name is the person's (not one that owns what follows: "X of Israel's
    foreign ministry")."""
    found = _OF_THE.match(doc.text, m.end)
    if found is None:
        return None
    for c in spans.inside(found.end(), found.end() + 40):
        if c.start != found.end():
            break
        if c.kind == "country" and c.affiliation and doc.text[c.end : c.end + 2] not in ("'s", "’s"):
            return c.affiliation
    return None


def party_label(tokens: list[Token], a: int) -> str | None:
    """The party of a member's label right before the span ("Republican Charlie Baker", "Tory MP X")."""
    if a < 1:
        return None
    party = orgs.PARTY_LABELS.get(tokens[a - 1].text)
    return party if party and (a < 2 or not tokens[a - 2].cap or tokens[a - 2].text == ".") else None


# Words many countries' parties go by ("Tory" is one country's, "Republican" mostly one's)
_SHARED_PARTY_WORDS = ("Conservative", "Labour", "Labor", "Liberal", "Democrat", "Socialist", "Communist")


def party_fits(doc: Document, party: str, m: Mention, head_start: int) -> bool:
    """Whether the party the lexicon ties to one country ("Conservative Party", "Labour": Britain's),
    read from a word several countries' parties share right before the name ("Conservative premier
    X", "Labour leader Y"), may be the person's: not when the list of office holders knows the person
    for another country ("Conservative premier Meloni" is no Tory, "Labour leader Albanese" no British
    Labour man), whose country is then read instead; nor when the sentence names another country
    before the name ("Canada's Conservative MP X"). "Tory MP X" is Britain's."""
    entry = orgs.KNOWN.get(party)
    lo = max(0, m.start - 40, doc.sentences[m.sentence].start if m.sentence >= 0 else 0)
    before = doc.text[lo:head_start]
    if entry is None or entry[1] is None or not any(w in before for w in _SHARED_PARTY_WORDS):
        return True
    name = doc.text[head_start : m.end]
    words = name_words(name)
    side = side_of(words) if len(words) > 1 else side_of_surname(name)  # "Conservative premier Meloni"
    if side is not None:
        return side == entry[1]
    named = {countries.country_of(w) for w in _CAPITALISED.findall(before)} - {None}
    return not named or entry[1] in named


_CAPITALISED = re.compile(r"\b[A-Z][\w-]*")  # "Canada" of "Canada's"


# "the new leadership in Tokyo under Prime Minister X": a capital or country whose government
# the person leads.
_LED_BY = re.compile(
    r"\b(?:government|leadership|administration|cabinet|regime|coalition)\s+(?:in|of)\s+"
    r"([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})\s+(?:under|led\s+by|headed\s+by)\s+$"
)


def government_led(doc: Document, start: int) -> str | None:
    """The country of "the government in <capital> under <person>" right before ``start``."""
    if not doc.text.endswith(("under ", "by "), max(0, start - 9), start):
        return None
    found = _LED_BY.search(doc.text, max(0, start - 90), start)
    return (countries.NAMES.get(found.group(1)) or countries.CAPITALS.get(found.group(1))) if found else None


def body_in_title(doc: Document, spans: Spans, start: int, head_start: int) -> str | None:
    """An organization named inside the title ("CEO of the Refugee Council Enver Solomon"); not the
    body a post is accredited to ("Ambassador to the European Union X" serves a state)."""
    for o in spans.inside(start, head_start):
        if o.kind == "organization":
            if o.name in orgs.GOVERNMENT or _POSTED_TO.search(doc.text, max(start, o.start - 30), o.start):
                return None
            if national_body(o):
                return None  # "Director of the National Intelligence Agency X" serves the state
            return o.name or o.text
    return None


# First words of a state's own bodies ("National Intelligence Agency", "Federal Police", "State
# Security Service"): whoever holds an office in one acts for the state, not for the body
_STATE_WORDS = frozenset({"National", "Federal", "State", "Presidential", "Royal", "Central"})


# Last words of a state's agencies (not "National Party", "National Front": parties); "Central Bank",
# "Presidential Administration", "National Security Council", "State Council", "Presidential Office",
# "National Guard" are the state's organs as much
_AGENCY_HEADS = frozenset(
    {
        "Administration",
        "Agency",
        "Authority",
        "Bank",
        "Board",
        "Bureau",
        "Commission",
        "Council",
        "Directorate",
        "Guard",
        "Institute",
        "Office",
        "Police",
        "Service",
        "Services",
    }
)


def national_body(o: Mention) -> bool:
    """A body no lexicon knows named as a state's own agency ("the National Intelligence and Security
    Agency", "the Federal Police")."""
    words = o.text.split()
    return o.name is None and words[0] in _STATE_WORDS and words[-1] in _AGENCY_HEADS


# a post held at a body, right before the body's name: "Ambassador to the ", "Permanent Representative to "
_POSTED_TO = re.compile(
    r"\b(?:[Aa]mbassadors?|[Ee]nvoys?|[Rr]epresentatives?|[Dd]elegates?|[Oo]bservers?|[Cc]onsuls?)"
    r"(?:-designate)?\s+(?:to|at)\s+(?:the\s+)?$"
)


_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&]{1,7})\)\s*$")


def bracketed_acronym(doc: Document, start: int) -> str | None:
    """The short form in brackets right before a lowercase office ("Christian Democrat (CDU) leader"):
    the body's name before it may be an adjective the lexicon does not know, its acronym names it."""
    found = _BRACKETED_ACRONYM.search(doc.text, max(0, start - 12), start)
    if found is None:
        return None
    entry = countries.NAMES.get(found.group(1))
    return None if entry else found.group(1)  # "(US) envoy": a country is the coref stage's to place


def office_before_and(doc: Document, index: int, tokens: list[Token], q: int) -> int | None:
    """A capitalised office joined by "and" to the lowercase one starting at token ``q``, whose
    run took in the body that opens it ("Malaysian Prime Minister and ASEAN | chair X")."""
    if q < 2:
        return None
    end = tokens[q].end
    for k in range(index - 1, max(-1, index - 8), -1):  # the office starts a few mentions back at most
        rm = doc.mentions[k]
        if (
            rm.kind == "role"
            and rm.role
            and rm.end == end
            and rm.start < tokens[q - 1].start
            and doc.text[rm.start : tokens[q].start].rstrip().endswith(" and")
        ):
            return k
    return None


def body_of_first_office(doc: Document, index: int, tokens: list[Token], q: int) -> str | None:
    """ "Labour Party leader and caretaker prime minister X": the body of the lowercase office
    joined by "and" before the one read is the holder's too."""
    if q >= 4 and tokens[q - 1].text.islower() and tokens[q - 2].low == "and":
        q -= 1  # "... and caretaker prime minister X": one more modifier before the office
    if q < 3 or tokens[q - 1].low != "and" or not is_office_word(tokens[q - 2].low):
        return None
    return body_before(doc, index, tokens[q - 2].start)


def body_before(doc: Document, index: int, start: int) -> str | None:
    """The organization named right before ``start``."""
    for k in range(index - 1, max(-1, index - 5), -1):
        o = doc.mentions[k]
        if o.kind == "organization" and o.end <= start and not doc.text[o.end : start].strip():
            if o.name in orgs.GOVERNMENT:  # a state's organ ("Royal Court": whose, the text tells)
                return o.affiliation or _organ_country(doc, k)
            return _organ_country(doc, k) or o.name or o.text
    return None


def body_premodifier(doc: Document, index: int, m: Mention) -> str | None:
    """A body named in the same line right before a capitalised title ("Refugee Council Chair X")."""
    k = index - 1
    while k >= 0 and doc.mentions[k].end > m.start:
        k -= 1
    if k < 0:
        return None
    o = doc.mentions[k]
    if o.kind != "organization" or o.sentence != m.sentence or doc.text[o.end : m.start] != " ":
        return None
    return body_before(doc, index, m.start)


STATE_ORGANS = frozenset(
    [
        "Ministry",
        "Department",
        "Government",
        "Embassy",
        "Consulate",
        "Army",
        "Navy",
        "Military",
        "Forces",
        "Police",
        "Cabinet",
        "Parliament",
        "Assembly",
        "Senate",
        "Congress",
    ]
)


def _organ_country(doc: Document, index: int) -> str | None:
    """A state organ named with its country ("Russian Foreign Ministry") stands for the country."""
    o = doc.mentions[index]
    if o.text.split()[-1] not in STATE_ORGANS:
        return None
    for m in doc.mentions[index + 1 : index + 4]:
        if m.kind == "country" and o.start <= m.start and m.end <= o.end:
            return m.affiliation
    # "Venezuela's National Assembly": the country that owns the organ
    before = doc.mentions[index - 1] if index > 0 else None
    if before is not None and before.kind == "country" and doc.text[before.end : o.start] == "'s ":
        return before.affiliation
    return None


def office_in_body(
    doc: Document, index: int, tokens: list[Token], a: int
) -> tuple[int, str | None, str | None]:
    """ "leader of the Cambodia National Rescue Party Kem Sokha": office of the body named just before."""
    m = doc.mentions[index]
    body = next(
        (
            o
            for o in reversed(doc.mentions[max(0, index - 4) : index])
            if o.kind == "organization" and o.end < m.start and not doc.text[o.end : m.start].strip()
        ),
        None,
    )
    if body is None:
        return a, None, None
    b = tok_index(tokens, body.start)
    p = b - 1
    if p >= 0 and tokens[p].low == "the":
        p -= 1
    if p < 1 or tokens[p].low not in ("of", "at", "for") or tokens[p - 1].low not in TITLE_HEADS:
        return a, None, None
    role = tokens[p - 1].text
    affiliation = body.name if body.name and body.name in orgs.GOVERNMENT else (body.name or body.text)
    return tokens[p - 1].start, role, affiliation


def local_office(role: str) -> bool:
    """An office over a state, province or city: a governor, a chief minister, a mayor."""
    if "overnor" in role or "ayor" in role:  # any case of the first letter, no lowering
        return True
    # "First Minister" heads a devolved government (Scotland, Wales, Northern Ireland)
    return "inister" in role and ("chief minister" in role.lower() or "first minister" in role.lower())


_ROLE_OF_PLACE = re.compile(r"\bof\s+((?:[A-Z][\w'-]+\s?){1,3})$")
_OF_PLACE = re.compile(r"\s+of\s+((?:[A-Z][\w'-]+\s?){1,3})(?=[,.;]|\s+[a-z])")


def _place_words(words: list[str]) -> bool:
    """Capitalised words that may name a state, province or city: no country, title, body or
    party word."""
    return (
        bool(words)
        and all(
            w[:1].isupper()
            and w.replace("-", "").isalpha()
            and w.lower().rstrip(".") not in OFFICE_WORDS
            and w.lower().rstrip(".") not in RANKS_AND_HONORIFICS
            and w not in orgs.HEADS
            and w not in orgs.PARTY_LABELS
            and (not countries.country_of(w) or (k > 0 and words[k - 1] in _COMPASS))
            for k, w in enumerate(words)
        )
        and not countries.country_of(" ".join(words))
    )


# "Northern Ireland", "Western Australia": a compass word makes a country's name a region's
_COMPASS = frozenset({"Northern", "Southern", "Eastern", "Western"})


def local_place(doc: Document, tokens: list[Token], a: int, h: int, m: Mention, role: str) -> str | None:
    """The place a local office ("governor", "chief minister", "mayor") is written with: in the
    role ("governor of Massachusetts"), before the title in the name's span ("Texas Gov.-elect"),
    right before the span ("by Sabah Chief Minister X"), or after the name ("X of Pennsylvania")."""
    found = _ROLE_OF_PLACE.search(role)
    if found and _place_words(found.group(1).split()):
        return found.group(1).strip()
    lead = []
    for t in tokens[a:h]:
        if not t.cap or t.low.rstrip(".") in OFFICE_WORDS or t.low.rstrip(".") in ABBREVIATED_OFFICES:
            break
        lead.append(t.text)
    if lead and len(lead) < h - a and _place_words(lead):
        return " ".join(lead)
    before = []
    q = a - 1
    while q > 0 and len(before) < 3 and tokens[q].cap and tokens[q].text.isalpha():
        before.insert(0, tokens[q].text)
        q -= 1
    if before and q > 0 and not tokens[q].cap and _place_words(before):
        return " ".join(before)
    found = _OF_PLACE.match(doc.text, m.end)
    if found and _place_words(found.group(1).split()):
        return found.group(1).strip()
    return None
