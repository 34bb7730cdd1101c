"""The mention stage's word knowledge: the lexicon index and the class bits of each word.

KNOWN (country names, demonyms, capitals, known organizations and places, by first word) and
``known_at``, the longest entry at a token; the word predicates (title word, name word, acronym)
and the class bits that cache them per word text, which every parse of the stage reads. Separate
because it depends on no parse: the scanner, the role descriptions and the roles stage build on it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from briefing_tui.extract.lexicon import countries, orgs
from briefing_tui.extract.lexicon.titles import (
    RANKS_AND_HONORIFICS,
    ROLE_NOUNS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    graded_office,
    is_office_word,
)
from briefing_tui.extract.lexicon.words import (
    FUNCTION_WORDS,
    MONTHS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NON_NAME_WORDS,
    PLACES,
    WEEKDAYS,
)
from briefing_tui.extract.tokens import Token, words


@dataclass(frozen=True, slots=True)
class Known:
    """A lexicon entry: a country surface form or a known organization."""

    words: tuple[str, ...]
    kind: str  # "country" | "organization" | "place" (a place is consumed, never a mention)
    name: str  # canonical
    affiliation: str | None
    source: str  # "name" | "demonym" | "capital" | "org"
    surface: str  # the words joined by spaces (kept: looked up for most capitalised words)


def _known(surface: str, kind: str, name: str, affiliation: str | None, source: str) -> Known:
    ws = words(surface)
    return Known(ws, kind, name, affiliation, source, " ".join(ws))


def _build_known() -> dict[str, list[Known]]:
    entries: list[Known] = []
    for table, source in (
        (countries.NAMES, "name"),
        (countries.DEMONYMS, "demonym"),
        (countries.CAPITALS, "capital"),
    ):
        for surface, canonical in table.items():
            entries.append(_known(surface, "country", canonical, None, source))
    for surface, (canonical, affiliation) in orgs.KNOWN.items():
        entries.append(_known(surface, "organization", canonical, affiliation, "org"))
    for surface in PLACES:
        if surface not in countries.NAMES:
            entries.append(_known(surface, "place", surface, None, "place"))
    index: dict[str, list[Known]] = {}
    for e in entries:
        if e.words:
            index.setdefault(e.words[0], []).append(e)
    for bucket in index.values():
        bucket.sort(key=lambda e: -len(e.words))
    return index


KNOWN = _build_known()


CONNECTORS = frozenset({"of", "for", "and", "the", "on", "to"})


DETERMINERS = frozenset({"the", "his", "her", "their", "its"})


# he/she/him/his/her/himself/herself (people), they/them/their/its (people or bodies), any case.
# The pattern opens with a case-sensitive set of the first letters (with "İ", "ı" and "ſ", which
# match "i" and "s" when case is ignored) so that the search skips other characters in C; the
# lookbehind then asks for a word start, and the rest is the factored alternation.
PRONOUN_PATTERN = re.compile(
    r"[HhIiSsTt\u0130\u0131\u017f](?<!\w.)"
    r"(?i:(?<=h)(?:e|i[ms]|er|imself|erself)|(?<=s)he|(?<=t)he(?:[ym]|ir)|(?<=i)ts)\b"
)


_PARTICLE_PREFIX = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|ben)-[A-Z]")


def capish(t: Token) -> bool:
    """Capitalised, or a name with a lowercase particle prefix ("al-Maliki")."""
    return t.cap or ("-" in t.text[:4] and bool(_PARTICLE_PREFIX.match(t.text)))


class _Bucket(NamedTuple):
    """KNOWN's entries for one first word: the one-word entry, the two-word ones by second word,
    the longer ones by second and third word (the formal state names share "Republic of")."""

    single: Known | None
    two: dict[str, Known]
    longer: dict[tuple[str, str], tuple[tuple[int, tuple[str, ...], Known], ...]]  # longest first


def _bucket(entries: list[Known]) -> _Bucket:
    single = next((e for e in entries if len(e.words) == 1), None)
    two: dict[str, Known] = {}
    longer: dict[tuple[str, str], list[tuple[int, tuple[str, ...], Known]]] = {}
    for e in entries:  # KNOWN's order (longest first) is kept inside each list
        if len(e.words) == 2:
            two.setdefault(e.words[1], e)
        elif len(e.words) > 2:
            longer.setdefault((e.words[1], e.words[2]), []).append((len(e.words), e.words, e))
    return _Bucket(single, two, {pair: tuple(found) for pair, found in longer.items()})


# known_at is called for most capitalised tokens: one dict lookup per word instead of a scan of KNOWN's bucket
_KNOWN_BUCKETS: dict[str, _Bucket] = {first: _bucket(entries) for first, entries in KNOWN.items() if entries}


def one_word_entry(word: str) -> Known | None:
    """KNOWN's one-word entry for exactly this word ("ASEAN", "Russian"), from the bucket built
    once, not by scanning the word's hundreds of longer names ("Democratic ...") per call."""
    bucket = _KNOWN_BUCKETS.get(word)
    return bucket.single if bucket is not None else None


@lru_cache(maxsize=4096)
def _unaccented(text: str) -> str:
    """The word without its diacritics ("Việt" -> "Viet"): the lexicons spell names in ASCII."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _bucket_of(text: str) -> _Bucket | None:
    """KNOWN's entries for a first word, written with or without its accents ("Việt Nam")."""
    bucket = _KNOWN_BUCKETS.get(text)
    if bucket is None and not text.isascii():
        bucket = _KNOWN_BUCKETS.get(_unaccented(text))
    return bucket


def known_at(tokens: list[Token], i: int, end: int) -> Known | None:
    """The longest lexicon entry starting at ``tokens[i]`` and ending by ``end``."""
    bucket = _KNOWN_BUCKETS.get(tokens[i][2])
    if bucket is None:
        if tokens[i][2].isascii():
            return None  # most words: one lookup
        bucket = _bucket_of(tokens[i][2])
        if bucket is None:
            return None
    if i + 1 < end:
        if i + 2 < end and bucket.longer:
            for n, ws, entry in bucket.longer.get((tokens[i + 1][2], tokens[i + 2][2]), ()):
                if i + n <= end:
                    k = 3
                    while k < n and tokens[i + k][2] == ws[k]:
                        k += 1
                    if k == n:
                        return entry
        if bucket.two:
            entry = bucket.two.get(tokens[i + 1][2])
            if entry is not None:
                return entry
    return bucket.single


# Party names that are also a portfolio's common noun, and the offices such a portfolio follows.
_PORTFOLIO_PARTIES = frozenset({"Labour", "Labor"})
_PORTFOLIO_OFFICES = frozenset(
    {"minister", "ministers", "ministry", "secretary", "department", "commissioner"}
)


def portfolio_party(tokens: list[Token], k: int) -> bool:
    """ "Minister of Labour", "Secretary for Labor": a party's name right after an office's
    "of"/"for" is the portfolio (work), neither the holder's party nor a mention of it."""
    return (
        tokens[k].text in _PORTFOLIO_PARTIES
        and k >= 2
        and tokens[k - 1].low in ("of", "for")
        and tokens[k - 2].low in _PORTFOLIO_OFFICES
    )


_TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS | RANKS_AND_HONORIFICS
HEADS_AND_RANKS = TITLE_HEADS | RANKS_AND_HONORIFICS


def _title_base(low: str) -> str:
    """A title word without its dot and a "-elect"/"-designate" ("governor-elect" is a governor's title)."""
    low = low.rstrip(".")
    if "-" not in low:
        return low  # most words: a graded office and a suffix are both written with a hyphen
    graded = graded_office(low)
    if graded:
        return graded  # "Vice-Minister", "Deputy-Governor": a graded office, written with a hyphen
    head, dash, rest = low.rpartition("-")
    return head.rstrip(".") if dash and rest in ("elect", "designate") else low


def is_acronym(t: Token) -> bool:
    s = t.text.replace(".", "")
    return len(s) >= 2 and s.isupper() and s.isalpha()


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
# a country's name and the last word of each one ("Korea" of "South Korea")
_COUNTRY_WORDS = frozenset(countries.NAMES) | frozenset(n.rsplit(" ", 1)[-1] for n in countries.NAMES)
_CONTRACTION = re.compile(r"['\u2019](?:ve|ll|re|m|d)$")


def is_name_word(t: Token) -> bool:
    text = t.text
    if not capish(t) or text in MONTHS or text in WEEKDAYS or text in NON_NAME_WORDS:
        return False
    if text in countries.NAMES or text in countries.DEMONYMS or text in orgs.KNOWN:
        return False
    if is_acronym(t) and len(text) > 1:
        return False
    if _PLURAL_ACRONYM.fullmatch(text):
        return False  # "FMs", "MPs", "NGOs": a plural of an abbreviation, never a name
    if _CONTRACTION.search(text):
        return False  # "I've", "We'll", "They're": a pronoun and its verb, never a name
    if text[-1:] == "s" and text[:-1] in _COUNTRY_WORDS:
        return False  # "the two Koreas", "the Americas": the plural of a country's name
    if "-" in text and any(part in countries.NAMES or part in countries.DEMONYMS for part in text.split("-")):
        return False  # "Israel-Hamas", "Japan-South Korea": a pairing of countries, not a name
    if "-" in text and all(part in orgs.KNOWN for part in text.split("-")):
        return False  # "ASEAN-GCC", "EU-AU": a pairing of bodies
    low = text.lower()
    return low not in TITLE_HEADS and low not in RANKS_AND_HONORIFICS


# Word classes, as bits: the predicates above depend on a token's text alone (``cap`` and ``low``
# are derived from it), so each word is classified once and the scanner reads one int per token.
CAPISH, TITLE, HEAD_OR_RANK, NAME_WORD, ACRONYM, ORG_HEAD = 1, 2, 4, 8, 16, 32
TITLE_HEAD = 64  # a title word that is also a head or a rank: only such a word makes a titled person
ROLE_OPENER, ROLE_HEAD = 128, 256  # what opens a lowercase role description, what it ends on
FUNCTION, KNOWN_START, POSSESSED = 512, 1024, 2048  # a function word, a lexicon entry's first word, a body
RUN_GOES_ON = (
    4096  # a word run_end may take after a capitalised one (capish, connector, particle, punctuation)
)
PRONOUN = 8192  # PRONOUN_PATTERN matches inside the word on its own ("he", "He-Man"): see mentions._pronouns
TITLE_MODIFIER = 16384
NAME_MARK = 32768  # a word name_end reads before asking for a name word: a particle, a suffix, a quote mark
_NAME_MARKS = NAME_PARTICLES | NAME_SUFFIXES | {'"'}
# "'": a transliterated ayn ending a name word ("Shia' Al Sudani"; see NameScanner.past_ayn)
_RUN_INNER = (
    frozenset({".", ",", '"', "[", "d'Affaires", "d'affaires", "'", "\u2019"}) | CONNECTORS | NAME_PARTICLES
)


ELIDED_CAPITAL = re.compile(r"[dl]'[A-Z]")  # "d'Ivoire", "d'Estaing": a particle elided onto a name


_CACHED_WORDS = 100_000  # bounds the cache: cleared when full


def _office_word(low: str) -> bool:
    """:func:`is_office_word`, whose graded and suffixed compounds ("vice-minister", "president-elect")
    all hold a hyphen: a word without one is an office word only as a title head (one set lookup
    instead of the compound tests, for every word new to the cache)."""
    return low in TITLE_HEADS if "-" not in low else is_office_word(low)


def _classify(text: str) -> int:
    """The class bits of a word text; a word new to the cache costs this once, so each predicate the
    bits share (capitalised, the title base) is asked once."""
    low = text.lower()
    tok = Token(0, len(text), text, text[:1].isupper(), low)
    cap = capish(tok)
    base = _title_base(low)
    title = tok.cap and base in _TITLE_WORDS
    head_or_rank = base in HEADS_AND_RANKS
    return (
        (CAPISH if cap else 0)
        | (TITLE if title else 0)
        | (HEAD_OR_RANK if head_or_rank else 0)
        | (NAME_WORD if cap and is_name_word(tok) else 0)  # a name word is capish
        | (ACRONYM if is_acronym(tok) else 0)
        | (ORG_HEAD if text in orgs.HEADS else 0)
        | (TITLE_HEAD if title and head_or_rank else 0)
        | (ROLE_OPENER if low in DETERMINERS or text in _ROLE_OPENERS else 0)
        | (ROLE_HEAD if low in BODY_NOUNS or low in ROLE_NOUNS or _office_word(low) else 0)
        | (FUNCTION if text in FUNCTION_WORDS else 0)
        | (KNOWN_START if _bucket_of(text) is not None else 0)
        | (POSSESSED if text in orgs.POSSESSED_HEADS else 0)
        | (RUN_GOES_ON if cap or text in _RUN_INNER or ELIDED_CAPITAL.match(text) else 0)
        | (PRONOUN if PRONOUN_PATTERN.search(text) else 0)
        | (TITLE_MODIFIER if low in TITLE_MODIFIERS else 0)
        | (NAME_MARK if text in _NAME_MARKS else 0)
    )


class _WordClasses(dict):
    """Token text -> its class bits, filled on first sight."""

    def __missing__(self, text: str) -> int:
        if len(self) >= _CACHED_WORDS:
            self.clear()
        bits = self[text] = _classify(text)
        return bits


_CLASSES = _WordClasses()
word_class = _CLASSES.__getitem__


# Token texts (besides a determiner) that can open a role description: a demonym or a possessive.
_ROLE_OPENERS = frozenset(countries.DEMONYMS) | {"'s"}
BODY_NOUNS = frozenset(
    ["ministry", "embassy", "consulate", "military", "army", "navy", "parliament", "cabinet"]
)


def party_word(word: str) -> bool:
    """A party's member word ("Democrat", "Greens"): the phrase it ends names a party, whose
    bracketed short form ("Christian Democrat (CDU)") is the party's own name."""
    return word in orgs.PARTY_LABELS or word in orgs.PARTY_PLURALS
