"""Lowercase role descriptions: "the minister", "his Palestinian counterpart", "China's commerce ministry".

Read after the scan of capitalised runs, from the words the scan classed, and kept off the spans of
the mentions found there (Taken). Separate because these descriptions are read by their own
rules, from a determiner, a demonym or a possessive to a role noun, not from capitalised runs.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress, count, repeat
from operator import and_

from briefing_tui.extract.document import Document, Mention
from briefing_tui.extract.lexicon import countries, orgs
from briefing_tui.extract.lexicon.english import is_english_word
from briefing_tui.extract.lexicon.titles import (
    GENERAL_OFFICES,
    ROLE_NOUNS,
    TITLE_MODIFIERS,
    is_office_word,
)
from briefing_tui.extract.lexicon.words import (
    FUNCTION_WORDS,
)
from briefing_tui.extract.mentionwords import (
    BODY_NOUNS,
    DETERMINERS,
    KNOWN_START,
    NAME_WORD,
    ROLE_HEAD,
    ROLE_OPENER,
    TITLE_MODIFIER,
    is_name_word,
    known_at,
)
from briefing_tui.extract.tokens import Token


class Taken:
    """The spans of a sentence's mentions, looked up by position.

    A description may not overlap a mention; checking each against every span was quadratic
    in one endless "sentence" (200 KB with no full stop took 27 s), so only the spans that
    start late enough to reach it are tried. The index is built on the first ``near``: in most
    sentences the search for descriptions ends before it asks.
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.unindexed: list[tuple[int, int]] | None = spans
        self.spans: list[tuple[int, int]] = []
        self.starts: list[int] = []
        self.longest = 0

    def near(self, start: int, end: int) -> list[tuple[int, int]]:
        """Every span that could overlap [start, end), and maybe a few more."""
        if self.unindexed is not None:
            self.spans = sorted(self.unindexed)
            self.starts = [a for a, _ in self.spans]
            self.longest = max((b - a for a, b in self.spans), default=0)
            self.unindexed = None
        lo = bisect_left(self.starts, start - self.longest)
        return self.spans[lo : bisect_left(self.starts, end, lo)]


# What may follow "the general" (the officer): a verb or a function word, not a noun it modifies
_AFTER_OFFICER = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "is",
        "was",
        "has",
        "had",
        "have",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "and",
        "or",
        "but",
        "who",
        "whose",
        "which",
        "that",
        "of",
        "in",
        "at",
        "on",
        "to",
        "for",
        "with",
        "from",
        "by",
        "as",
        "also",
        "then",
        "did",
        "does",
        "himself",
        "herself",
    ]
)


# Role nouns that are adjectives too ("general elections", "official visit")
_ADJECTIVES_TOO = frozenset({"general", "official"})
# Verbs in the past tense not ending in "-ed" that an officer often does ("the official spoke")
_IRREGULAR_PAST = frozenset(
    {
        "spoke",
        "wrote",
        "met",
        "went",
        "came",
        "gave",
        "made",
        "took",
        "saw",
        "sent",
        "left",
        "began",
        "became",
    }
)
# Verbs in the present tense an officer often does that are no plural noun ("the official warns"; not
# "notes", "claims", "visits", "talks": "official visits" is the adjective's)
_PRESENT_VERBS = frozenset(
    {
        "warns",
        "adds",
        "insists",
        "explains",
        "argues",
        "believes",
        "thinks",
        "confirms",
        "denies",
        "declares",
        "announces",
        "responds",
        "reiterates",
        "emphasizes",
        "emphasises",
        "acknowledges",
        "admits",
    }
)


def _noun_after_adjective(tok: Token) -> bool:
    """A lowercase ordinary word after "general" or "official" that is no verb or function word
    ("elections", "public", "visit"); of a hyphened token, its first part ("observers-the": a dash the
    clean stage wrote as a hyphen)."""
    word = tok.text.partition("-")[0]
    return (
        word.isalpha()
        and word.islower()
        and word not in _AFTER_OFFICER
        and word not in _IRREGULAR_PAST
        and word not in _PRESENT_VERBS
        and not word.endswith("ed")
        and is_english_word(word)
    )


def role_nouns(
    doc: Document, sentence: int, tokens: list[Token], classes: list[int], taken: Taken
) -> list[Mention]:
    """Lowercase descriptions: "the minister", "his Palestinian counterpart", "Saudi Arabia's top diplomat"."""
    out: list[Mention] = []
    n = len(tokens)
    # only a determiner, a demonym or a possessive can open one of the three forms below, and
    # each form ends on a role noun, an office or a body noun after its opener: an opener at or
    # after the sentence's last such word opens none
    heads = list(compress(count(), map(and_, classes, repeat(ROLE_HEAD))))
    if not heads:
        return out
    openers = list(compress(count(), map(and_, classes[: heads[-1]], repeat(ROLE_OPENER))))
    for i in openers:
        nxt = i + 1
        while nxt < i + 3 and nxt + 1 < n and _qualifier(tokens[nxt]):
            nxt += 1  # "Mali's elected president, X", "the country's ousted civilian leader, X"
        if nxt == n or not classes[nxt] & _ROLE_NEXT:
            continue  # the word after the opener is neither the noun nor a modifier
        tok = tokens[i]
        start_i = None
        affiliation = None
        named_possessor = False  # "Biden's national security adviser, X": only in apposition
        bare = False  # a demonym with no determiner: only a body may follow ("Chinese foreign ministry")
        if tok.low in DETERMINERS:
            start_i = i
        elif tok.cap and (i == 0 or tokens[i - 1].low not in DETERMINERS) and tok.text in countries.DEMONYMS:
            start_i, bare = i, True
        elif tok.text == "'s" and i > 0:
            # possessor: a country or a body ending at i-1 ("Saudi Arabia's top diplomat", "the EU's ... chief")
            for back in range(max(0, i - 4), i):
                entry = known_at(tokens, back, i) if classes[back] & KNOWN_START else None
                if entry and back + len(entry.words) == i and entry.kind in ("country", "organization"):
                    start_i = back
                    surface = entry.surface
                    affiliation = entry.name if entry.kind == "country" or not surface.isupper() else surface
                    break
            else:
                if i > 1 and tokens[i - 1].low in _BODY_POSSESSORS and tokens[i - 2].low == "the":
                    start_i = i - 2  # "the alliance's secretary general": a body named before, unknown here
                elif i > 1 and tokens[i - 1].low in _STATE_POSSESSORS and tokens[i - 2].low == "the":
                    start_i, named_possessor = i - 2, True  # "the country's ousted leader, X": only apposed
                elif tokens[i - 1].cap and (
                    classes[i - 1] & NAME_WORD
                    or any(
                        b == tokens[i - 1].end for _, b in taken.near(tokens[i - 1].start, tokens[i - 1].end)
                    )
                ):
                    start_i, named_possessor = i + 1, True  # a person's or body's office, the name after it
        if start_i is None:
            continue
        p = nxt  # "Japan's new prime minister, X": a tenure word before the office is no part of it
        mods = 0
        body_end = 0  # end offset of a known body premodifying the office ("the EU commissioner")
        seat = False
        while p < n and mods < 3:
            entry = known_at(tokens, p, n) if classes[p] & KNOWN_START else None
            if entry and entry.kind == "country":
                # "its Beijing embassy": a capital before a mission is where it sits, not its state
                seat = seat or (affiliation is None and entry.source == "capital")
                affiliation = affiliation or entry.name
                p += len(entry.words)
                mods += 1
                continue
            if (
                entry
                and entry.kind == "organization"
                and start_i == i
                and _office_next(tokens, p + len(entry.words))
            ):
                affiliation = affiliation or entry.name
                p += len(entry.words)
                body_end = tokens[p - 1].end
                mods += 1
                continue
            low = tokens[p].low
            if low in TITLE_MODIFIERS and (
                low not in ROLE_NOUNS or (low in _RANK_NOUNS and _office_next(tokens, p + 1))
            ):
                # a rank that is a noun too opens a longer office ("his deputy national security
                # adviser, X"; "the deputy foreign minister"), else it is the noun ("his deputy, X")
                if is_office_word(low) and _known_of(tokens, classes, p + 1) > p + 1:
                    break  # "the head of the European Commission": the office itself, not a modifier
                p += 1
                mods += 1
                continue
            break
        if p < n and tokens[p].low in BODY_NOUNS and affiliation and not tokens[p].cap:
            if seat and tokens[p].low in _MISSIONS:
                continue  # "opened its Beijing embassy": the mission of a state named before
            body = _state_body(doc, sentence, tokens, start_i, p, affiliation, taken)
            if body is not None:
                out.append(body)
            continue
        if (
            p == i + 2
            and p < n
            and tokens[p].text == "ministry"
            and tok.low in _BODY_ARTICLES
            and tokens[i + 1].low in _PORTFOLIOS
        ):
            # "the foreign ministry said": the ministry of the story's own side, a body though unnamed
            body = _state_body(doc, sentence, tokens, start_i, p, None, taken)
            if body is not None:
                out.append(body)
            continue
        if bare or p >= n or not (tokens[p].low in ROLE_NOUNS or is_office_word(tokens[p].low)):
            continue
        end = p + 1
        if tokens[p].low in _ADJECTIVES_TOO and end < n and _noun_after_adjective(tokens[end]):
            # "the general elections", "Kenya's official visit", "APEC's official observers": the
            # adjective, not an officer
            continue
        if end < n and tokens[end].low == "general" and tokens[p].low in GENERAL_OFFICES:
            end += 1  # "the secretary general": a postpositive "general" is part of the office
        if (named_possessor or nxt > i + 1) and not (
            end + 1 < n and tokens[end].text == "," and tokens[end + 1].cap
        ):
            continue  # (a tenure word's office only in apposition: "Japan's new prime minister, X")
        if end < n and tokens[end].cap and is_name_word(tokens[end]):
            continue  # a premodifier of a name, handled with the person
        if end + 1 < n and _post_of(tokens, p, tokens[end].low) and tokens[end + 1].cap:
            entry = known_at(tokens, end + 1, n)
            if entry and entry.kind == "country":
                end = end + 1 + len(entry.words)
        end = _lowercase_portfolio(tokens, end)
        s, e = tokens[start_i].start, tokens[end - 1].end
        own = tokens[i].start if tok.text == "'s" else max(s, body_end)  # the possessor may be a mention
        if any(a < e and s < b and not (s <= a and b <= own) for a, b in taken.near(s, e)):
            continue
        body = _known_of(tokens, classes, end)
        if body < n and body > end and tokens[body].text == "'s":
            continue  # "the head of Iran's nuclear team": the office is of what Iran owns, not of Iran
        if body > end:  # "the head of the European Commission": the body it heads is in the office
            end, e = body, tokens[body - 1].end
        head_start = tokens[nxt].start if tok.text == "'s" or start_i == i else s
        out.append(Mention(s, e, doc.text[s:e], "role", sentence, None, affiliation, None, head_start, e))
    return out


_RANK_NOUNS = frozenset({"deputy", "assistant", "acting"})  # ranks that are nouns on their own too

# Offices held at a post abroad or in the field: "in" or "to" a country after one names the post ("the
# U.S. ambassador to Japan", "the UN envoy in Libya", "the army's commander in Gaza"). After any other
# office they tell where its holder is or goes ("met Peru's foreign minister in Quito", "welcomed the
# Chilean president to Brasilia"), no part of the office.
_POSTED = frozenset(
    {
        "ambassador",
        "envoy",
        "representative",
        "consul",
        "consul-general",
        "nuncio",
        "attache",
        "attaché",
        "emissary",
        "delegate",
        "coordinator",
        "commander",
    }
)


def _post_of(tokens: list[Token], p: int, prep: str) -> bool:
    """Whether the preposition ``prep`` after the office word at ``p`` opens a part of the office:
    "for" always ("the minister for Wales"), "in" and "to" only after a post ("ambassador to Japan",
    "high commissioner in Kenya")."""
    if prep == "for":
        return True
    return prep in ("in", "to") and posted_office(tokens, p)


def posted_office(tokens: list[Token], p: int) -> bool:
    """Whether the office word at ``p`` names a post held abroad or in the field (``_POSTED``)."""
    low = tokens[p].low
    return low in _POSTED or (low == "commissioner" and p > 0 and tokens[p - 1].low == "high")


def _office_next(tokens: list[Token], p: int) -> bool:
    """A lowercase office word at ``p`` ("the EU commissioner", "the UN special envoy")."""
    if p >= len(tokens) or tokens[p].cap:
        return False
    low = tokens[p].low
    return low in ROLE_NOUNS or is_office_word(low) or low in TITLE_MODIFIERS


_PORTFOLIO_MAX = 4  # lowercase words of a portfolio after "for"/"of" ("home affairs", "finance")


def _lowercase_portfolio(tokens: list[Token], end: int) -> int:
    """End of "the commissioner for home affairs, X": a lowercase portfolio after an office word
    belongs to the office when a comma and a capitalised word (the holder's name) follow, else ``end``."""
    n = len(tokens)
    if end + 3 >= n or tokens[end].low not in ("for", "of"):
        return end
    q = end + 1
    while q < n and q - end <= _PORTFOLIO_MAX and tokens[q].text.isalpha() and tokens[q].text.islower():
        if tokens[q].text in FUNCTION_WORDS and tokens[q].text != "and":
            return end  # "the minister of the ...", "the envoy for a ...": not a bare portfolio
        q += 1
    if (
        q == end + 1
        or q + 1 >= n
        or tokens[q].text != ","
        or not tokens[q + 1].cap
        or tokens[q - 1].text == "and"
    ):
        return end
    return q


def _known_of(tokens: list[Token], classes: list[int], end: int) -> int:
    """End of "of [the] <known body or country>" starting at token ``end``, else ``end``."""
    n = len(tokens)
    if end + 1 >= n or tokens[end].low != "of":
        return end
    p = end + 2 if tokens[end + 1].low == "the" else end + 1
    entry = known_at(tokens, p, n) if p < n and classes[p] & KNOWN_START else None
    if entry is None or entry.kind == "place":
        return end
    q = p + len(entry.words)
    # "the president of the ECOWAS Commission", "the chair of the UN Security Council": the
    # body's organ, named after it, ends on a body's head word
    k, last = q, q
    while k < n and k - q < 3 and tokens[k].cap and tokens[k].text.isalpha():
        k += 1
        if tokens[k - 1].text in orgs.HEADS:
            last = k
    return last


# Common nouns for a body that can own an office ("the alliance's secretary general").
_BODY_POSSESSORS = frozenset(
    [
        "alliance",
        "bloc",
        "organization",
        "organisation",
        "union",
        "agency",
        "company",
        "group",
        "party",
        "body",
    ]
)
# Common nouns for a state or its forces ("the country's president, X", "the army's chief, X"): an
# office they own is read only in apposition to a name (else "the nation's first senator" would
# be someone unnamed)
_STATE_POSSESSORS = frozenset({"country", "nation", "island", "kingdom", "republic", "army", "military"})
# Words of a tenure's time between the opener and the office ("Japan's new prime minister", "the
# incoming president"): they date the office, they do not name it
TENURE_WORDS = frozenset({"new", "incoming", "outgoing", "newly-elected", "newly-appointed"})
# Words that qualify an office's holder without naming the office ("the elected president", "the
# ousted civilian leader"): read before the office only in apposition to a name, as tenure words are
_QUALIFIERS = frozenset({"current", "civilian", "longtime", "long-time", "embattled", "veteran", "then"})


def _qualifier(tok: Token) -> bool:
    """A lowercase word between a role's opener and its office that dates or qualifies the holder:
    a tenure word, a past participle ("elected", "ousted", "jailed") or a few adjectives."""
    low = tok.text
    if low in TENURE_WORDS or low in _QUALIFIERS:
        return True
    return (
        low.endswith("ed")
        and low.isalpha()
        and low.islower()
        and low not in ROLE_NOUNS
        and low not in TITLE_MODIFIERS
        and not is_office_word(low)
    )


# What can follow the opener of a role description: a country, a modifier, the noun itself.
_ROLE_NEXT = KNOWN_START | TITLE_MODIFIER | ROLE_HEAD


# A state's missions abroad: a capital before one tells where it sits ("its Beijing embassy")
_MISSIONS = frozenset({"embassy", "consulate"})


# A ministry named by its portfolio alone ("the foreign ministry"), after an article
_BODY_ARTICLES = frozenset({"the", "a"})
_PORTFOLIOS = frozenset(
    {"foreign", "defence", "defense", "interior", "finance", "justice", "health", "trade"}
)


def _state_body(
    doc: Document,
    sentence: int,
    tokens: list[Token],
    start_i: int,
    p: int,
    country: str | None,
    taken: Taken,
) -> Mention | None:
    """ "China's commerce ministry", "the Iranian embassy": a state body named in lowercase."""
    if tokens[start_i].low == "the":
        start_i += 1
    s, e = tokens[start_i].start, tokens[p].end
    if any(a < e and s < b for a, b in taken.near(s, e)):
        return None
    return Mention(s, e, doc.text[s:e], "organization", sentence, None, country, None, s, e)
