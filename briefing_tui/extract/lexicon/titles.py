"""Titles, honorifics and role nouns that introduce or stand for a person.

Lowercase keys: lookups casefold the token. ``TITLE_WORDS`` are words that
may make up an office ("Deputy Secretary of State", "Minister of Energy");
``RANKS_AND_HONORIFICS`` are courtesy words that sit between an office and
the name ("Foreign Minister Sheikh Abdullah ...") and are not the role.
"""

from __future__ import annotations

# Heads of offices: a title phrase must contain one of these.
TITLE_HEADS: frozenset[str] = frozenset(
    [
        "president",
        "vice-president",
        "minister",
        "ministers",
        "premier",
        "taoiseach",
        "tánaiste",
        "tanaiste",
        "chancellor",
        "secretary",
        "secretaries",
        "secretary-general",
        "ambassador",
        "ambassadors",
        "ambassador-at-large",
        "amb",  # "Amb. X": abbreviated like "Sen.", "Gov.", "Gen."
        "pres",  # "Pres. X", "Tanzanian Pres Samia"
        "envoy",
        "envoys",
        "representative",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "spokespeople",
        "advisor",
        "adviser",
        "assistant",  # "Special Assistant on Media", "her personal assistant"
        "aide",
        "counselor",
        "counsellor",
        "senator",
        "sen",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
        "congressmember",
        "governor",
        "gov",
        "mayor",
        "king",
        "queen",
        "prince",
        "princess",
        "emir",
        "amir",
        "sultan",
        "sheikh",
        "shaikh",
        "crown",
        "monarch",
        "pope",
        "cardinal",
        "archbishop",
        "bishop",
        "imam",
        "ayatollah",
        "rabbi",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "ceo",
        "cfo",
        "coo",
        "director",
        "director-general",
        # the hyphenated "-general" offices ("Inspector-General of Police", "Governor-General")
        "inspector-general",
        "governor-general",
        "auditor-general",
        "solicitor-general",
        "attorney-general",
        "surgeon-general",
        "consul-general",
        "commissioner",
        "commander",
        "chief",
        "head",
        "leader",
        "leaders",
        "general",
        "gen",
        "admiral",
        "commodore",
        "adm",
        "colonel",
        "col",
        "captain",
        "capt",
        "major",
        "lieutenant",
        "lt",
        "sergeant",
        "sgt",
        "marshal",
        "brigadier",
        "officer",
        "official",
        "officials",
        "diplomat",
        "diplomats",
        "counterpart",
        "counterparts",
        "speaker",
        "justice",
        "judge",
        "attorney",
        "prosecutor",
        "mp",
        "pm",  # "PM X", "Deputy PM X": the prime minister (the roles stage writes it out)
        "fm",  # "Russian FM X": the foreign minister
        "eam",  # "EAM X": India's External Affairs Minister
        "lawmaker",
        "backbencher",
        "legislator",
        "founder",
        "co-founder",
        "cofounder",
        "professor",
        "prof",
        "dr",
        "doctor",
        "deputy",
        "undersecretary",
        "under-secretary",
        "administrator",
        "coordinator",
        "negotiator",
        "mediator",
        "commander-in-chief",
        "attaché",
        "attache",
        "consul",
        "delegate",
        "chargé",
        "charge",
        "lord",
        "lady",
        "baron",
        "baroness",
        "duke",
        "duchess",
        "councillor",
        "councilor",
        "alderman",
        "sheriff",
        "campaigner",
        "activist",
        "analyst",
        "barrister",
        "lawyer",
        "spokesperson",
        "executive",
        "emperor",
        "empress",
        "pontiff",
        "patriarch",
        "shah",
    ]
)

# Royal titles that are also given names ("Foreign Minister Shah Mehmood Qureshi", "Crown Prince
# Sultan bin Salman"): after another office they start the name instead of lengthening the title.
# Abbreviated heads: no plural is made from them ("press" is no plural of "pres")
ABBREVIATED_HEADS: frozenset[str] = frozenset(["amb", "pres"])
PLURAL_BASES: frozenset[str] = TITLE_HEADS - ABBREVIATED_HEADS

# Offices that take a postpositive "general" ("secretary general", "attorney general"): there the
# word is part of the office, not a military rank.
GENERAL_OFFICES: frozenset[str] = frozenset(
    ["secretary", "director", "attorney", "inspector", "consul", "governor", "surgeon", "solicitor"]
)
TITLES_ALSO_NAMES: frozenset[str] = frozenset(["shah", "sultan", "emir", "amir"])

# Words that can appear inside an office name besides the heads.
TITLE_MODIFIERS: frozenset[str] = frozenset(
    [
        "deputy",
        "assistant",
        "vice",
        "acting",
        "interim",
        "former",
        "senior",
        "principal",
        "special",
        "chief",
        "first",
        "second",
        "executive",
        "permanent",
        "foreign",
        "federal",
        "defense",
        "defence",
        "prime",
        "grand",
        "supreme",
        "top",
        "high",
        "crown",
        "majority",
        "minority",
        "national",
        "security",
        "state",
        "home",
        "shadow",
        "presidential",
        "climate",
        "affairs",
        "external",
        "interior",
        "finance",
        "economy",
        "trade",
        "energy",
        "health",
        "education",
        "justice",
        "environment",
        "labor",
        "labour",
        "agriculture",
        "transport",
        "transportation",
        "commerce",
        "industry",
        "information",
        "communications",
        "culture",
        "tourism",
        "foreign-affairs",
        "public",
        "diplomacy",
        "political",
        "military",
        "general",
        "economic",
        "international",
        "regional",
        "intelligence",
        "homeland",
        "treasury",
        "attorney-general",
        "solicitor",
        "inspector",
        "surgeon",
        "white",
        "house",
        "senate",
        "congressional",
        "parliamentary",
        "party",
        "ruling",
        "opposition",
        "armed",
        "forces",
        "joint",
        "staff",
        "staffs",
        "regional",
        "cabinet",
        "government",
        "managing",
        "associate",
        "co",
        "under",
        "head",
        "lead",
        "chief-of-staff",
        "policy",
        # portfolios named before an office ("Social Welfare Secretary X", "Youth Minister X")
        "social",
        "welfare",
        "housing",
        "planning",
        "mines",
        "mining",
        "petroleum",
        "fisheries",
        "forestry",
        "science",
        "technology",
        "youth",
        "sports",
        "veterans",
        "immigration",
        "infrastructure",
        "diaspora",
        "aviation",
        "maritime",
        "telecommunications",
        "investment",
        "employment",
        "pensions",
        "water",
        "resources",
        "natural",
        "development",
        "rural",
        "women",
        "family",
        "coordinating",  # "Coordinating Minister for Maritime Affairs X"
        # more portfolios ("Foreign Affairs and International Cooperation Minister X", "Higher
        # Education, Science and Innovation Minister X", "Sport Minister X")
        "cooperation",
        "co-operation",
        "relations",
        "innovation",
        "competition",
        "integration",
        "sport",
        "digital",
        "works",
        "lands",
        "heritage",
        "arts",
        "minerals",
        "wildlife",
        "forests",
        "sanitation",
        "irrigation",
        "livestock",
        "equality",
        "gender",
        "children",
        "solidarity",
        "reconstruction",
        "railways",
        "roads",
        "ports",
        "shipping",
        "media",
        "training",
        "skills",
        "enterprises",
        "customs",
        "urban",
        "higher",
        "tertiary",
        "vocational",
        # "Press Secretary X", "White House Press Secretary X"
        "press",
    ]
)

# Malaysian and Indian styles before a name ("Datuk Seri X", "Shri X", "Smt X"), Burmese and
# Indonesian ones ("Daw X", "Bapak X", "Ibu X"), Bhutanese ones ("Lyonchhen X" for the prime
# minister, "Lyonpo X" for a minister, "Dasho X"): honorifics, and words that open a name.
# Styles a royal holds by birth, not an office ("Minister of Sports Prince X" is the minister).
BIRTH_STYLES: frozenset[str] = frozenset({"prince", "princess"})

NAME_STYLES: frozenset[str] = frozenset(
    ["datuk", "dato", "datin", "seri", "shri", "smt", "daw", "bapak", "ibu", "lyonchhen", "lyonpo", "dasho"]
)

# Courtesy titles, ranks and honorifics: not part of the role when an office precedes them.
RANKS_AND_HONORIFICS: frozenset[str] = NAME_STYLES | frozenset(
    [
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "dr",
        "dr.",
        "prof",
        "prof.",
        "sir",
        "dame",
        "sheikh",
        "shaikh",
        "sheikha",
        "his",
        "her",
        "highness",
        "excellency",
        "majesty",
        "royal",
        "hon",
        "hon.",
        "honorable",
        "honourable",
        "hrh",  # His/Her Royal Highness
        "hh",  # His Highness
        "rev",
        "rev.",
        "reverend",
        "ven",  # "Ven. X": the Venerable, a monk's style
        "ven.",
        "venerable",
        "general",
        "gen",
        "gen.",
        "admiral",
        "commodore",
        "adm",
        "adm.",
        "colonel",
        "col",
        "col.",
        "captain",
        "capt",
        "capt.",
        "major",
        "maj",
        "maj.",
        "lieutenant",
        "lt",
        "lt.",
        "sergeant",
        "sgt",
        "sgt.",
        "brigadier",
        "marshal",
        "field",
        "ayatollah",
    ]
)

# Labels over a transcript's turns that name a part in the exchange, not anyone: "Q:", "A:",
# "QUESTION:", "MODERATOR:", "AUDIENCE MEMBER:" (the label's words, lowercase). No actor, and their turns
# are no one's statements.
TRANSCRIPT_ROLE_LABELS: frozenset[str] = frozenset(
    [
        "q",
        "a",
        "question",
        "questions",
        "questioner",
        "answer",
        "moderator",
        "host",
        "presenter",
        "anchor",
        "interviewer",
        "panellist",
        "panelist",
        "participant",
        "audience",
        "audience member",
        "member of the audience",
        "reporter",
        "journalist",
        "correspondent",
        "caller",
        "voice",
        "unidentified speaker",
    ]
)

# Role nouns a description can be built on ("the minister", "Saudi Arabia's top diplomat").
ROLE_NOUNS: frozenset[str] = frozenset(
    [
        "president",
        "minister",
        "premier",
        "chancellor",
        "secretary",
        "ambassador",
        "envoy",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "advisor",
        "adviser",
        "senator",
        "governor",
        "mayor",
        "king",
        "queen",
        "prince",
        "emir",
        "amir",
        "sultan",
        "chairman",
        "chairwoman",
        "director",
        "commander",
        "chief",
        "leader",
        "diplomat",
        "counterpart",
        "speaker",
        "representative",
        "deputy",
        "coordinator",
        "negotiator",
        "mediator",
        "general",
        "admiral",
        "father",
        "mother",
        "son",
        "daughter",
        "wife",
        "husband",
        "brother",
        "sister",
        "uncle",
        "aunt",
    ]
)

# Offices that, in English-language news, belong to the U.S. government by default.
US_OFFICES: tuple[str, ...] = (
    "secretary of state",
    "deputy secretary of state",
    "assistant secretary of state",
    "under secretary of state",
    "under secretary for",
    "assistant secretary",
    "secretary of defense",
    "assistant secretary of defense",
    "deputy secretary of defense",
    "secretary of the treasury",
    "treasury secretary",
    "defense secretary",
    "homeland security secretary",
    "attorney general",
    "secretary of homeland security",
    "special presidential envoy",
    "senate majority leader",
    "senate minority leader",
    "house speaker",
    "speaker of the house",
    "state department spokesperson",
    "department spokesperson",
    "special representative for",
    "special envoy for",
)


def portfolio_secretary_of_state(role: str) -> bool:
    """A Secretary of State with a portfolio after the office ("Secretary of State for Health", for
    Wales): a Westminster cabinet office (or another state's junior one), not the U.S. Secretary of
    State, who has none (its ranks below name theirs after the rank: "Assistant Secretary of State
    for African Affairs"); the foreign minister only when the portfolio is foreign affairs."""
    return " ".join(role.lower().split()).startswith("secretary of state for ")


def us_office(role: str) -> bool:
    """An office that, with no country named, is the U.S. government's (not a Secretary of State
    for a portfolio, see ``portfolio_secretary_of_state``)."""
    low = " ".join(role.lower().split())
    if portfolio_secretary_of_state(low):
        return False
    return any(low == o or low.startswith(o.rstrip() + " ") or low.endswith(" " + o) for o in US_OFFICES)


# Female given names and words, to keep "she"/"her" off men (a small, general list).
FEMALE_WORDS: frozenset[str] = frozenset(
    [
        "mrs",
        "ms",
        "miss",
        "madam",
        "dame",
        "lady",
        "queen",
        "princess",
        "duchess",
        "baroness",
        "sheikha",
        "congresswoman",
        "chairwoman",
        "spokeswoman",
        "businesswoman",
    ]
)


# Lowercase occupations that describe a person in an apposition or before a name ("X, a
# researcher at Y,"; "economist X") but are not offices in a capitalised title.
OCCUPATIONS: frozenset[str] = frozenset(
    [
        "researcher",
        "scholar",
        "economist",
        "expert",
        "journalist",
        "reporter",
        "correspondent",
        "editor",
        "historian",
        "scientist",
        "candidate",
        "nominee",
        "teacher",
        "student",
        "fellow",
        "strategist",
        "author",
        "lawyer",
        "professor",
        "analyst",
        "activist",
        "member",  # "committee member X", "X, a member of the board,"
        "photographer",
        "columnist",
        "commentator",
    ]
)


# "Under-Secretary-General", "Assistant-Secretary-General": the UN's grades are hyphenated too
_GRADES = ("vice-", "deputy-", "under-", "assistant-", "co-")


def graded_office(low: str) -> str | None:
    """The office of a graded title written with a hyphen ("vice-minister", "deputy-governor"), else None."""
    for grade in _GRADES:
        if low.startswith(grade) and low[len(grade) :] in TITLE_HEADS:
            return low[len(grade) :]
    return None


def is_office_word(low: str) -> bool:
    """A title head, also in compounds ("president-elect", "prime-minister-designate", "vice-minister")."""
    if low in TITLE_HEADS:
        return True
    if graded_office(low):
        return True
    head, _, rest = low.partition("-")
    return (
        bool(rest) and rest.rsplit("-", 1)[-1] in ("elect", "designate") and head in TITLE_HEADS | {"prime"}
    )


# The ways countries name the office of foreign minister: the general ones, and the countries
# whose own name for it differs.
_FOREIGN_OFFICES = frozenset(
    {
        "foreign minister",
        "minister of foreign affairs",
        "minister for foreign affairs",
        "foreign affairs minister",
    }
)
_FOREIGN_OFFICE_OF = {
    "United States": "Secretary of State",
    "United Kingdom": "Foreign Secretary",
    "India": "External Affairs Minister",
}
# Each spelling of a country's own name for the office, and that country: the one whose foreign
# minister goes by it ("Minister of External Affairs" is India's, as "External Affairs Minister" is).
# ("foreign secretary" is no such name: in South Asia it is the ministry's senior civil servant)
_OWN_FOREIGN_OFFICES = {
    "secretary of state": "United States",
    "external affairs minister": "India",
    "minister of external affairs": "India",
}


def state_of_own_office(role: str) -> str | None:
    """The one country whose own name for its foreign minister ``role`` is ("External Affairs
    Minister", "Minister of External Affairs": India), else None: a holder no words place is that
    country's."""
    return _OWN_FOREIGN_OFFICES.get(" ".join(role.lower().split()))


def office_abroad(role: str, country: str | None) -> str:
    """The office a counterpart holds in ``country`` when the story gives only another side's:
    the foreign ministry's head goes by that country's own name for it ("his US counterpart" of
    a foreign minister is the Secretary of State, the Russian counterpart of India's External
    Affairs Minister a Foreign Minister); any other office, or an unknown country, as written."""
    low = role.lower()
    if country is None or (low not in _FOREIGN_OFFICES and low not in _OWN_FOREIGN_OFFICES):
        return role
    own = _FOREIGN_OFFICE_OF.get(country)
    if own is not None:
        return own
    return "Foreign Minister" if low in _OWN_FOREIGN_OFFICES else role
