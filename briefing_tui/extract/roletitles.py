"""Shared ground of the roles stage: the parse of title words and the word sets it reads.

Holds `parse_title` ((role, affiliation) from the words of a title phrase) with its rank,
office-word and abbreviation tests, the lowercase title right before a name (`left_title`:
"Israeli counterpart Eli Cohen", "NZ First leader X"), the possessor before a title ("Kenya's new President"), the word sets more than one part of the
stage reads (DETERMINERS, PREPOSITIONS, FUNCTION_LOWER, CLAUSE_VERBS, ...), `Spans` (the
mentions inside a span, by bisection) and `tok_index`.

Separate so that affiliation sources, appositions, credits and lists can share it without
importing one another; it imports no other module of the stage.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from operator import itemgetter

from briefing_tui.extract.document import Document, Mention
from briefing_tui.extract.lexicon import countries, orgs
from briefing_tui.extract.lexicon.titles import (
    BIRTH_STYLES,
    GENERAL_OFFICES,
    OCCUPATIONS,
    RANKS_AND_HONORIFICS,
    ROLE_NOUNS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    is_office_word,
)
from briefing_tui.extract.lexicon.words import SPEECH_VERBS
from briefing_tui.extract.mentionwords import known_at, portfolio_party
from briefing_tui.extract.personnames import NAME_POSSESSORS
from briefing_tui.extract.rolenouns import posted_office
from briefing_tui.extract.tokens import Token

DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
STOP_APPOSITION = frozenset(
    {
        "who",
        "which",
        "that",
        "said",
        "says",
        "told",
        "and",
        "but",
        "when",
        "while",
        "where",
        "after",
        "before",
    }
)
MAX_APPOSITION = 16
ABBREVIATED_OFFICES = {
    "sen": "Senator",
    "rep": "Representative",
    "gov": "Governor",
    "gen": "General",
    "adm": "Admiral",
    "amb": "Ambassador",
    "pres": "President",
    "lt": "Lieutenant",
    "col": "Colonel",
    "pm": "Prime Minister",
    "fm": "Foreign Minister",
    "eam": "External Affairs Minister",
}
# Abbreviated offices written out inside a longer title too ("Deputy PM" -> "Deputy Prime Minister").
_ABBREVIATED_HEADS = re.compile(r"\b(PM|FM)\b")
_ABBREVIATED_COMPOUND = re.compile(r"([A-Za-z]+)\.?\s*-\s*(elect|designate)")
PREPOSITIONS = frozenset(
    ["with", "to", "by", "from", "for", "of", "on", "in", "at", "about", "against", "between", "among"]
)
FUNCTION_LOWER = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "of",
        "with",
        "to",
        "by",
        "and",
        "for",
        "in",
        "on",
        "at",
        "from",
        "as",
        "that",
        "who",
        "which",
        "said",
        "told",
        "met",
        "called",
    ]
)


class Spans:
    """``doc.mentions_in`` without a scan of every mention: mentions come sorted by start and this
    stage only moves a person's start earlier, so the starts taken at the outset bound the
    candidates of any span."""

    def __init__(self, doc: Document) -> None:
        self.mentions = doc.mentions
        self.starts = [m.start for m in doc.mentions]

    def inside(self, start: int, end: int) -> list[Mention]:
        """Mentions lying wholly inside ``[start, end)``, in text order."""
        lo, hi = bisect_left(self.starts, start), bisect_right(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.start >= start and m.end <= end]


_start = itemgetter(0)  # a token's start offset
# The token starts of the sentence last asked about: the stage asks tok_index about one sentence's
# tokens a dozen times in a row, and a bisection of plain ints is several times cheaper than one
# calling a key function at every probe. Kept with the token list itself (compared by identity:
# the stages replace a sentence's list, never change one in place).
_last_starts: tuple[list[Token], list[int]] = ([], [])


def tok_index(tokens: list[Token], offset: int) -> int:
    """Index of the first token starting at or after ``offset``."""
    global _last_starts
    seen, starts = _last_starts
    if seen is not tokens:
        starts = list(map(_start, tokens))
        _last_starts = (tokens, starts)
    return bisect_left(starts, offset)


# Nouns a body's or country's name forms a portfolio with ("EU Affairs", "CARICOM Affairs").
_PORTFOLIO_NOUNS = frozenset({"Affairs", "Relations", "Integration"})


def parse_title(doc: Document, tokens: list[Token]) -> tuple[str | None, str | None]:
    """(role, affiliation) read from the words of a title phrase."""
    affiliation: str | None = None
    org_affiliation: str | None = None
    keep: list[Token] = []
    i = 0
    n = len(tokens)
    name_tail = False  # the word after "People's": the rest of one body's name, no name of its own
    owner = False  # the title opens on a body's possessive
    while i < n:
        tok = tokens[i]
        entry = None if name_tail else known_at(tokens, i, n)
        name_tail = False
        if entry and _hyphened_modifier(tokens, i + len(entry.words)):
            i += len(entry.words) + 2  # "the U.S.-backed opposition leader": backed by them, not of them
            continue
        if entry:
            inside = bool(keep) and keep[-1].low in ("of", "for", "in", "to", "the")
            about = inside and _governing_preposition(keep) in ("for", "to", "in")
            after = tokens[i + len(entry.words)] if i + len(entry.words) < n else None
            if inside and entry.source == "name" and after is not None and after.text.isalpha():
                # "head of China research": the country qualifies what the office deals with
                about = about or (after.text.islower() and after.low not in FUNCTION_LOWER)
            # "EU Affairs Minister", "Foreign and CARICOM Affairs Minister": a portfolio's words,
            # neither the holder's side nor a body they belong to
            portfolio = (after is not None and after.text in _PORTFOLIO_NOUNS) or portfolio_party(tokens, i)
            about = about or portfolio
            if entry.kind == "place":
                pass  # "Ohio Governor ...": a place is neither the affiliation nor the office
            elif entry.kind == "country" and not about:
                affiliation = affiliation or entry.name
            elif entry.kind == "organization" and not about:
                org_affiliation = org_affiliation or _org_affiliation(
                    doc, entry, tokens[i : i + len(entry.words)]
                )
                # "the UN's top Libya official": the body owns the office, whatever country it is for
                owner = owner or (not keep and after is not None and after.text == "'s")
            # after "of"/"for"/"in"/"to" the name stays in the role ("Crown Prince of Abu Dhabi");
            # the office is *about* a country after "for"/"to"/"in" ("Special Representative for Afghanistan")
            if inside or portfolio:
                keep.extend(tokens[i : i + len(entry.words)])
            i += len(entry.words)
            continue
        if (
            not keep
            and tok.text.isupper()
            and tok.text.isalpha()
            and len(tok.text) >= 3
            and tok.low not in TITLE_HEADS
            and not is_rank(tok.low)  # "HRH Crown Prince ...": a courtesy, not a body
        ):
            org_affiliation = org_affiliation or tok.text  # "USINDOPACOM Commander ..."
            i += 1
            continue
        if tok.text == "'s" and keep and keep[-1].text in NAME_POSSESSORS and i + 1 < n and tokens[i + 1].cap:
            keep.append(tok)  # "Chairman of the National People's Congress": the possessive inside a name
            name_tail = True
            i += 1
            continue
        if tok.text == "'s" or (not keep and tok.low in DETERMINERS):
            if tok.text == "'s" and keep and not any(names_office(t.low) for t in keep):
                keep.clear()  # "the alliance's secretary": the possessor is not part of the office
            i += 1
            continue
        if tok.text in (",", '"'):
            if keep:
                keep.append(tok)
            i += 1
            continue
        keep.append(tok)
        i += 1
    if len(keep) > 2 and keep[-1].text == "Sri" and keep[-2].text in ("Tan", "Puan", "Toh"):
        del keep[-2:]  # "Deputy Speaker Tan Sri X": a Malaysian style after the office
    rank = compound_rank_start(keep)
    if rank < len(keep):
        if all(is_rank(t.low) or t.text == "." for t in keep[:rank]):
            del keep[
                :rank
            ]  # "Lieutenant General X", "His Excellency Air Vice Marshal X": the rank is the role
            return _finish_role(doc, keep, affiliation, org_affiliation)
        del keep[rank:]  # "Defence Minister Vice Admiral X": a rank after the office, no part of it
    # drop courtesy titles and ranks after an office ("Foreign Minister Sheikh"), trailing connectors
    if (
        len(keep) > 1
        and keep[-1].low in _PEERAGES
        and keep[-2].low not in ("first", "second", "crown")
        and any(names_office(t.low) for t in keep[:-1])
    ):
        keep.pop()  # "Foreign Secretary Lord X": a peer's style after the office ("First Lady" stays)
    courtesy = len(keep) - 1 - (keep[-1].text == "." if keep else 0)
    if (
        courtesy >= 2
        and keep[courtesy].low in ("dr", "prof")
        and keep[courtesy - 1].cap
        and keep[courtesy - 1].text.isalpha()
        and not names_office(keep[courtesy - 1].low)
    ):
        del keep[courtesy - 1 :]  # "Prime Minister Tun Dr X": a conferred style before the courtesy
    while keep and (is_rank(keep[-1].low) or keep[-1].text in (".", ",", "of", "the", "and", "for", "from")):
        if all(is_rank(t.low) or t.text == "." for t in keep):
            break
        if keep[-1].low == "general" and len(keep) > 1 and keep[-2].low in GENERAL_OFFICES:
            break  # "secretary general": the office itself, not a rank after it
        keep.pop()
    while keep and is_rank(keep[0].low) and len(keep) > 1:
        keep.pop(0)
        while keep and keep[0].text == ".":
            keep.pop(0)
    return _finish_role(doc, keep, org_affiliation if owner else affiliation, org_affiliation)


def _hyphened_modifier(tokens: list[Token], k: int) -> bool:
    """Whether tokens ``k``, ``k + 1`` are "-" and a lowercase word after a name ("U.S.-backed",
    "Paris-based"): the compound tells who backs the holder or where they work, not their side."""
    return (
        k + 1 < len(tokens)
        and tokens[k].text == "-"
        and tokens[k + 1].text.isalpha()
        and tokens[k + 1].text.islower()
    )


# A peer's styles: before the name, after an office, they are no part of it ("Minister Lord X").
_PEERAGES = frozenset({"lord", "lady", "baron", "baroness"}) | BIRTH_STYLES

# Military ranks of two or three words: a head rank after words that grade it ("Lieutenant
# General", "Rear Admiral", "Air Vice Marshal", "Air Chief Marshal", "Brigadier General").
_COMPOUND_RANK_HEADS = frozenset(
    {"general", "gen", "admiral", "adm", "marshal", "colonel", "col", "commodore"}
)
_RANK_GRADES = frozenset({"lieutenant", "lt", "major", "maj", "brigadier", "rear", "air", "field", "senior"})


def compound_rank_start(keep: list[Token]) -> int:
    """Index where a compound military rank ends ``keep`` ("... Lieutenant General"), else its length.

    "Vice" grades an admiral, and "Vice"/"Chief" an air rank ("Air Chief Marshal"); elsewhere they
    belong to an office ("Army Chief General X": the office is "Army Chief").
    """
    n = len(keep)
    head = keep[-1].low.rstrip(".") if n > 1 else ""
    if head not in _COMPOUND_RANK_HEADS:
        return n
    s = n - 1
    while s > 0:
        low = keep[s - 1].low
        graded = low in _RANK_GRADES or (
            low in ("vice", "chief")
            and ((s >= 2 and keep[s - 2].low == "air") or (low == "vice" and head in ("admiral", "adm")))
        )
        if not graded:
            break
        s -= 1
    return s if s < n - 1 else n


def _finish_role(
    doc: Document, keep: list[Token], affiliation: str | None, org_affiliation: str | None
) -> tuple[str | None, str | None]:
    """The role written by ``keep`` (abbreviations spelt out), if it names an office, and the side."""
    role = doc.text[keep[0].start : keep[-1].end] if keep else None
    if role:
        role = ABBREVIATED_OFFICES.get(role.lower().rstrip("."), role)
        if "PM" in role or "FM" in role:
            role = _ABBREVIATED_HEADS.sub(lambda f: ABBREVIATED_OFFICES[f.group(1).lower()], role)
        compound = _ABBREVIATED_COMPOUND.fullmatch(role)
        if compound and compound.group(1).lower() in ABBREVIATED_OFFICES:  # "Gov.-elect"
            role = f"{ABBREVIATED_OFFICES[compound.group(1).lower()]}-{compound.group(2)}"
    if role and not any(names_office(t.low) for t in keep):
        role = None
    if affiliation is None:
        affiliation = org_affiliation
    return role, affiliation


OFFICE_WORDS = TITLE_HEADS | TITLE_MODIFIERS
_ROLE_WORDS = ROLE_NOUNS | OCCUPATIONS
DESCRIPTION_STARTS = DETERMINERS | TITLE_HEADS | TITLE_MODIFIERS
LEADING_OFFICE_WORDS = OCCUPATIONS | TITLE_MODIFIERS


@lru_cache(maxsize=8192)
def is_rank(word: str) -> bool:
    """A courtesy title or rank ("Mr.", "Sheikh", "General"), in any case, dots ignored."""
    return word.lower().rstrip(".") in RANKS_AND_HONORIFICS


@lru_cache(maxsize=8192)
def names_office(low: str) -> bool:
    """A lowercase word that makes a phrase an office: a title word, a role noun, an occupation."""
    return low.rstrip(".") in OFFICE_WORDS or low in _ROLE_WORDS or is_office_word(low)


def _org_affiliation(doc: Document, entry, tokens: list[Token]) -> str:
    """A state organ stands for its state; another body for itself, as written if an acronym."""
    if entry.name in orgs.GOVERNMENT and entry.affiliation:
        return entry.affiliation
    surface = doc.text[tokens[0].start : tokens[-1].end]
    return surface if surface.replace(".", "").isupper() else entry.name


def _governing_preposition(keep: list[Token]) -> str | None:
    for t in reversed(keep):
        if t.low in ("of", "for", "in", "to"):
            return t.low
    return None


# A lowercase word between a possessor and its office: "Samoa's first Prime Minister", "Kenya's new President"
_BETWEEN_POSSESSOR = frozenset(
    ["first", "second", "third", "new", "current", "incoming", "outgoing", "longtime", "interim", "sitting"]
)


def past_between(tokens: list[Token], a: int) -> int:
    """``a``, or the token before it when that is a word like "first" right after a possessive "'s"."""
    if a >= 3 and tokens[a - 2].text == "'s" and tokens[a - 1].text in _BETWEEN_POSSESSOR:
        return a - 1
    return a


def possessor(doc: Document, tokens: list[Token], a: int) -> str | None:
    """The country or body in "<X>'s" right before token ``a``."""
    a = past_between(tokens, a)
    if a < 2 or tokens[a - 1].text != "'s":
        return None
    for back in range(max(0, a - 6), a - 1):
        entry = known_at(tokens, back, a - 1)
        if entry and back + len(entry.words) == a - 1 and entry.kind != "place":
            if entry.kind == "country":
                return entry.name
            return _org_affiliation(doc, entry, tokens[back : a - 1])
    return None


def only_ranks(role: str) -> bool:
    """A role of ranks alone ("General", "Lieutenant General", "Senior General": a grade before one)."""
    words = role.split()
    return all(is_rank(w) or (w.lower() in _RANK_GRADES and k + 1 < len(words)) for k, w in enumerate(words))


def courtesy(word: str) -> bool:
    """A courtesy title that opens a name ("Mr", "Dr.", "Madam")."""
    return word.lower().rstrip(".") in _COURTESIES


_COURTESIES = frozenset({"mr", "mrs", "ms", "dr", "madam", "madame", "sir", "dame", "prof", "hon"})


def _known_ending_at(tokens: list[Token], q: int) -> int | None:
    """Start of a lexicon entry (country, demonym, body) that ends right before token ``q``."""
    for back in range(max(0, q - 4), q):
        entry = known_at(tokens, back, q)
        if entry and back + len(entry.words) == q and entry.kind != "place":
            if back > 0 and tokens[back - 1].cap and tokens[back - 1].low not in DETERMINERS:
                return None  # the tail of a longer name: "National Security Council" is not the UN's
            return back
    return None


def left_title(doc: Document, tokens: list[Token], a: int) -> tuple[int, str | None, str | None]:
    """A lowercase office phrase ending right before token ``a``."""
    p = a - 1
    if p < 0 or tokens[p].cap or not (is_office_word(tokens[p].low) or tokens[p].low in OCCUPATIONS):
        return _scoped_left_title(doc, tokens, a)
    q = p
    while q - 1 >= 0 and p - q < 4:
        prev = tokens[q - 1]
        known = _known_ending_at(tokens, q)
        if known is not None:
            q = known  # "North Korean leader Kim Jong Un"
        elif prev.low in TITLE_MODIFIERS or prev.text == "'s":
            q -= 1
        elif (
            prev.text == "and"
            and q < p
            and q >= 2
            and tokens[q].low in TITLE_MODIFIERS
            and tokens[q - 2].low in TITLE_MODIFIERS
        ):
            q -= 1  # "energy and water minister X": two portfolios, one office
        elif (
            q == p
            and prev.text.isalpha()
            and prev.text.islower()
            and prev.low not in FUNCTION_LOWER
            and not prev.low.endswith(("ed", "ing"))  # "quoted economist X": a verb, not a modifier
            and prev.low not in _VERBS_BEFORE_OFFICE  # "the team includes lawmaker X"
            and prev.low not in SPEECH_VERBS
        ):
            q -= 1  # one plain noun: "immigration barrister Colin Yeo"
        else:
            break
    body = None
    if q < p and tokens[q].low in TITLE_MODIFIERS and tokens[q].cap:
        # "NZ First leader X": a capitalised modifier after a capitalised word ends a body's name
        r = q
        while r - 1 >= 0 and q - r < 3 and _name_like(tokens[r - 1]):
            r -= 1
        if r < q:
            body = doc.text[tokens[r].start : tokens[p - 1].end]
            q = r
    role, affiliation = parse_title(doc, tokens[q : p + 1])
    affiliation = affiliation or body
    if q - 1 >= 0 and tokens[q - 1].low in DETERMINERS:
        q -= 1
    return tokens[q].start, role, affiliation


_SCOPE_LINKS = frozenset({"in", "of", "for", "at", "on"})


def _plain_lowercase(tok: Token) -> bool:
    """A lowercase word that is no function word: a topic's first word ("foreign" of "foreign policy")."""
    return tok.text.isalpha() and tok.text.islower() and tok.low not in FUNCTION_LOWER


def _scoped_left_title(doc: Document, tokens: list[Token], a: int) -> tuple[int, str | None, str | None]:
    """A lowercase office with its lowercase scope before token ``a`` ("minister in the presidency
    X", "head of the delegation X", "aide on foreign policy X"): the office and its scope, else (a,
    None, None)."""
    p = a - 1
    if p >= 2 and tokens[p].cap:
        return _country_scoped_left_title(doc, tokens, a)
    link = p - 2 if p >= 2 and tokens[p - 1].low == "the" else p - 1  # "chief of staff X": no article
    if link >= 2 and tokens[link - 1].text == "on" and _plain_lowercase(tokens[link]):
        link -= 1  # "aide on foreign policy X": a topic of two words
    if link == p - 1 and (tokens[p].low in FUNCTION_LOWER or tokens[p].low.endswith("ing")):
        return a, None, None  # "president of the X", "in charge of receiving X": no scope noun
    if (
        link < 1
        or not tokens[p].text.isalpha()
        or not tokens[p].text.islower()
        or tokens[link].text not in _SCOPE_LINKS
        or tokens[link - 1].cap
        or not is_office_word(tokens[link - 1].low)
    ):
        return a, None, None
    start, role, affiliation = left_title(doc, tokens, link)
    if role is None:
        return a, None, None
    return start, role + doc.text[tokens[link - 1].end : tokens[p].end], affiliation


_COUNTRY_SCOPES = frozenset({"of", "to", "for"})


def _country_scoped_left_title(
    doc: Document, tokens: list[Token], a: int
) -> tuple[int, str | None, str | None]:
    """A lowercase office scoped by a country right before token ``a`` ("prime minister of Ghana X",
    "the foreign minister of the Czech Republic X", "ambassador to Trinidad and Tobago X", "special
    envoy for North Korea X"): the office with its scope; the country is the side after "of", while
    after "to"/"for" it is where the office is sent or what it handles, the side being the premodifier's
    ("U.S. special envoy to ..."); else (a, None, None). Only a known country closes the scope, so "the
    capital of Chile X" is none; a capital closes it only after "to"/"for" or a post's "in"
    ("ambassador in Moscow X")."""
    k = a - 1
    while k - 1 >= 0 and a - k < 4 and (tokens[k - 1].cap or (tokens[k - 1].text == "and" and k >= 2)):
        k -= 1  # "Trinidad and Tobago": a country's name may hold an "and"
    for s in range(k, a):
        place = doc.text[tokens[s].start : tokens[a - 1].end]
        side = countries.NAMES.get(place) or countries.CAPITALS.get(place)
        if side is not None and tokens[s].cap:
            break
    else:
        return a, None, None
    link = s - 1
    if link >= 0 and tokens[link].low == "the":
        link -= 1
    if (
        link < 1
        or not (
            tokens[link].low in _COUNTRY_SCOPES
            # "ambassador in Moscow X": a post abroad is scoped by where it is, a capital's name too
            or (tokens[link].low == "in" and posted_office(tokens, link - 1))
        )
        or (tokens[link].low == "of" and place not in countries.NAMES)
        or tokens[link - 1].cap
        or not is_office_word(tokens[link - 1].low)
    ):
        return a, None, None
    start, role, premodifier = left_title(doc, tokens, link)
    if role is None:
        return a, None, None
    return (
        start,
        role + doc.text[tokens[link - 1].end : tokens[a - 1].end],
        side if tokens[link].low == "of" else premodifier,
    )


def _name_like(tok: Token) -> bool:
    """A capitalised word that may be part of a body's name (not a function word)."""
    return tok.cap and tok.text.isalpha() and tok.low not in FUNCTION_LOWER and tok.low not in DETERMINERS


# The auxiliaries that open the main clause's predicate after an unclosed apposition.
CLAUSE_VERBS = frozenset({"will", "would", "has", "had", "is", "was", "can", "could", "should", "must"})


# Verbs a lowercase office often follows ("includes lawmaker X", "were senator X"): never its modifier.
_VERBS_BEFORE_OFFICE = CLAUSE_VERBS | frozenset(
    {
        "are",
        "were",
        "be",
        "been",
        "include",
        "includes",
        "comprise",
        "comprises",
        "features",
        "joins",
        "meets",
    }
)
