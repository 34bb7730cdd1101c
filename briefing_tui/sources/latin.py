"""Latin code pages other than Windows-1252, told by the letters their reading gives.

A text in Windows-1250 (Central Europe), -1257 (the Baltic states), -1254 (Turkey), -1258 (Vietnam)
or their ISO-8859 kin reads as Windows-1252 without a wrong byte: only its letters come out wrong
("zahranièních vìcí" for Czech "zahraničních věcí", "spotka³ siê" for Polish "spotkał się", "Dýþiþleri"
for Turkish "Dışişleri"). Western text is never read so: its letters past ASCII are those of one
Western language (French, German, Icelandic ...), or of two where an English text names people and
places of two countries. A text is read in another Latin code page only when

- its Windows-1252 reading has at least ``_LEAST`` such letters, and they fit no Western language
  (``_FIT`` of them in its alphabet), nor any two, where fewer than ``_SPARSE`` of its words hold
  them (an English story naming people and places of two countries);
- the other code page's reading fits one of that page's languages (``_FIT``), and every character it
  reads otherwise than Windows-1252 does is a letter of those languages (a pound sign read as 'Ł' is
  no Polish letter), ``_CHANGED`` of them at the least, in ``_CHANGED_WORDS`` words.

Short texts, and those with few letters that read otherwise (Slovenian in Windows-1250 differs only
in its 'č'), stay Windows-1252. ``tests/unit/sources/test_charsets.py`` holds the table of samples.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import combinations

_LEAST = 12
_CHANGED = 8
_CHANGED_WORDS = 6  # in as many words: a few names repeated ("Ærø", "Málaga") are no Lithuanian text
_FIT = 0.97
_SPARSE = 0.08  # an English text naming people and places: few of its words have such letters

# Lower-case letters past ASCII of each language's alphabet (loanwords aside).
_WESTERN = {
    "French": "àâæçéèêëîïôœùûüÿ",
    "Italian": "àèéìíîòóù",
    "Spanish": "áéíñóúü",
    "Portuguese": "áâãàçéêíóôõú",
    "Catalan": "àçéèíïòóúü",
    "German": "äöüß",
    "Dutch": "äëïöüéèáóú",
    "Swedish": "åäöé",
    "Danish and Norwegian": "æøåé",
    "Finnish": "äöåšž",
    "Icelandic": "áðéíóúýþæö",
    "Irish": "áéíóú",
    "Estonian": "äöõüšž",
}
_WESTERN_ONE = tuple(frozenset(letters) for letters in _WESTERN.values())
_WESTERN_PAIRS = tuple(frozenset(a + b) for a, b in combinations(_WESTERN.values(), 2))
_CENTRAL = {
    "Czech": "áčďéěíňóřšťúůýž",
    "Slovak": "áäčďéíĺľňóôŕšťúýž",
    "Polish": "ąćęłńóśźż",
    "Hungarian": "áéíóöőúüű",
    "Slovenian": "čšž",
    "Croatian": "čćđšž",
    "Romanian": "ăâîşţșț",
}
_BALTIC = {"Lithuanian": "ąčęėįšųūž", "Latvian": "āčēģīķļņšūž", "Estonian": "äöõüšž"}
_TURKISH = {"Turkish": "çğıöşüâîû"}
_VIETNAMESE = {
    "Vietnamese": "àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
}
# The code pages tried, in this order, with their languages.
_PAGES = tuple(
    (page, tuple(frozenset(letters) for letters in languages.values()))
    for page, languages in (
        ("cp1250", _CENTRAL),
        ("iso8859_2", _CENTRAL),
        ("cp1257", _BALTIC),
        ("iso8859_13", _BALTIC),
        ("cp1254", _TURKISH),
        ("cp1258", _VIETNAMESE),
    )
)
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[^\W\d_]+")
# Signs past ASCII that Western text holds in or beside its words: quotes, dashes, currency, units.
_SIGNS = frozenset(
    "\u2019\u2018\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u2013\u2014\u2026\u00bf\u00a1\u00b7"
)
_SIGNS |= frozenset("\u00a0\u00ad\u00a3\u20ac\u00a5\u00a9\u00ae\u00b0\u00a7\u2022\u2122\u00b5")


def latin_code_page(sample: bytes, western: str | None) -> str | None:
    """The Latin code page ``sample`` (the runs of a body that hold bytes past ASCII) is plainly in,
    None for Windows-1252 or when it cannot be told; ``western`` is the sample read as Windows-1252
    (None when it cannot be: then only the other page's reading decides)."""
    if western is not None:
        found = _letters(western)
        sparse = _share_of_words_past_ascii(western) < _SPARSE
        if sum(found.values()) < _LEAST or _fit(found, _WESTERN_PAIRS if sparse else _WESTERN_ONE) >= _FIT:
            return None
    for page, languages in _PAGES:
        try:
            reading = sample.decode(page)
        except UnicodeDecodeError:
            continue
        found = _letters(reading)
        if sum(found.values()) < _LEAST or _fit(found, languages) < _FIT:
            continue
        if western is None or _explains(western, reading, languages):
            return page
    return None


def _share_of_words_past_ascii(reading: str) -> float:
    words = _WORD.findall(reading)
    return sum(not word.isascii() for word in words) / len(words) if words else 0.0


def _letters(reading: str) -> Counter[str]:
    """The characters past ASCII in the reading's words, lower-cased: letters, and any other sign in a
    word (a superscript, a pilcrow, a control: a wrong reading's), quotes, dashes and units aside."""
    found: Counter[str] = Counter()
    for token in _TOKEN.findall(unicodedata.normalize("NFC", reading)):
        if not token.isascii() and any(char.isalpha() for char in token):
            found.update(char.lower()[:1] for char in token if not char.isascii() and char not in _SIGNS)
    del found["i"]  # the Turkish dotted capital's lower case, an 'i' and a mark
    return found


def _fit(found: Counter[str], alphabets: tuple[frozenset[str], ...]) -> float:
    """The share of the letters found that the best-fitting alphabet holds."""
    total = sum(found.values())
    return max(sum(n for char, n in found.items() if char in alphabet) for alphabet in alphabets) / total


def _explains(western: str, reading: str, languages: tuple[frozenset[str], ...]) -> bool:
    """Whether every character ``reading`` gives otherwise than ``western`` (byte for byte) is a letter
    of ``languages``, and there are ``_CHANGED`` of them (Vietnamese tone marks and Turkish's dotted I,
    a letter and a mark, count for nothing)."""
    changed = [
        (at, got.lower()[:1])
        for at, (was, got) in enumerate(zip(western, reading, strict=True))
        if was != got and unicodedata.category(got) != "Mn" and got != "\u0130"
    ]
    letters = frozenset().union(*languages)
    if len(changed) < _CHANGED or not all(char in letters for _, char in changed):
        return False
    places = {at for at, _ in changed}
    words = {match[0] for match in _WORD.finditer(reading) if not places.isdisjoint(range(*match.span()))}
    return len(words) >= _CHANGED_WORDS
