"""A person's name as a set of comparable words: shared by coreference and the known-people lexicon."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from briefing_tui.extract.lexicon.titles import RANKS_AND_HONORIFICS
from briefing_tui.extract.lexicon.words import NAME_PARTICLES, NAME_SUFFIXES

_WORD = re.compile(r"[^\W\d_][\w'-]*")
_DOUBLED = re.compile(r"(\w)\1+")
_DOTLESS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d"})  # letters NFKD does not split


# English short forms of given names, keyed as the full form: "Mike Pompeo" is "Michael Pompeo".
# Only forms that are short for one name alone ("Chris" may be Christopher or Christine: left out).
_SHORT_FORMS = {
    "mike": "michael",
    "bill": "william",
    "bob": "robert",
    "rob": "robert",
    "jim": "james",
    "tony": "anthony",
    "tom": "thomas",
    "dick": "richard",
    "rick": "richard",
    "dave": "david",
    "steve": "steven",
    "nick": "nicholas",
    "matt": "matthew",
    "pete": "peter",
    "andy": "andrew",
    "ron": "ronald",
    "tim": "timothy",
    "greg": "gregory",
    "jeff": "jeffrey",
    "ben": "benjamin",
    "dan": "daniel",
    "ted": "edward",
    "chuck": "charles",
    "liz": "elizabeth",
    "joe": "joseph",
    "phil": "philip",
    "ken": "kenneth",
}


@lru_cache(maxsize=4096)
def name_words(name: str) -> frozenset[str]:
    """The comparable words of a name (cached: coreference asks again for every mention of a name, and
    the known-people tests for the same few words)."""
    words = _WORD.findall(name)
    # "Von der Leyen" opening a sentence: a capitalised particle before a lowercase one is one too
    if len(words) > 2 and words[0].lower() in NAME_PARTICLES and words[1] in NAME_PARTICLES:
        words = words[1:]
    if any(len(w) == 2 and w.isupper() for w in words) and not all(w.isupper() for w in words):
        # "KP Oli", "Retno LP Marsudi": initials written without stops, like "K. P." (a shouted
        # name, all in capitals, keeps its two-letter words: "LI KEQIANG")
        words = [w for w in words if not (len(w) == 2 and w.isupper())]
    return frozenset(filter(None, map(name_word, words)))


@lru_cache(maxsize=8192)
def name_word(word: str) -> str | None:
    """A word as a key of a person's name; None for initials, particles, suffixes, ranks and honorifics.
    Accents are dropped: one name is often spelt with and without them ("Cavusoglu", "Çavuşoğlu");
    so are doubled letters, which transliterations and typos add or drop ("Zelenskyy", "Mohammed"),
    and a final y or i, which transliterations from Cyrillic swap ("Sergey", "Sergei"; "Zelensky", "Zelenskiy")."""
    if len(word) < 2 or word in NAME_PARTICLES or word in NAME_SUFFIXES:
        return None  # "Aliyev Jr." is Aliyev: a generation's mark tells no one apart within a story
    low = word.lower()
    if low in RANKS_AND_HONORIFICS:
        return None
    if not low.isascii():
        low = "".join(
            c for c in unicodedata.normalize("NFKD", low.translate(_DOTLESS)) if not unicodedata.combining(c)
        )
    if _DOUBLED.search(low):
        low = _DOUBLED.sub(r"\1", low)
    low = _SHORT_FORMS.get(low, low)
    if low.endswith("y"):
        low = low[:-1] if low.endswith("iy") else low[:-1] + "i"  # "Zelenskiy" too
    return low


_GIVEN_FORMS = frozenset(_SHORT_FORMS) | frozenset(_SHORT_FORMS.values())


def short_form(word: str) -> bool:
    """Whether a lower-case word is an English given name with a short form, or that short form
    ("mike", "michael", "liz", "elizabeth")."""
    return word in _GIVEN_FORMS
