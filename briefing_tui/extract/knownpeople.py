"""The side a well-known office holder acts for, when the article does not say it.

"President Xi Jinping said ..." names no country, yet every reader knows it is
China. ``lexicon/people.py`` lists heads of state and government, foreign and
other senior ministers, and heads of international bodies since 2000, with the
country (or body) each acts for; a person's name matches an entry when their
name words (accents, initials, particles and hyphens aside) are the entry's, or a part of
entries of one side with one word more ("Tayyip Erdogan"), or hold all of one and a
word more ("Antony John Blinken").
Only the side is taken, never the office: offices change, sides seldom do.
"""

from __future__ import annotations

from functools import lru_cache

from briefing_tui.extract.lexicon.people import ENTRIES
from briefing_tui.extract.lexicon.titles import RANKS_AND_HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS
from briefing_tui.extract.lexicon.words import GIVEN_WORDS
from briefing_tui.extract.namewords import name_word, name_words, short_form

# Given names so common that two of them name no one in particular: "Mohamad Hasan" is not
# the "Mohammad Hassan Akhund" of the lexicon with his family name left off.
_COMMON_GIVEN = frozenset(
    filter(
        None,
        map(
            name_word,
            [
                "Muhammad",
                "Mohammed",
                "Mohamed",
                "Mohammad",
                "Muhammed",
                "Ahmed",
                "Ahmad",
                "Ali",
                "Hassan",
                "Hussein",
                "Husain",
                "Hussain",
                "Abdul",
                "Abdullah",
                "Abdallah",
                "Mahmoud",
                "Mahmud",
                "Omar",
                "Umar",
                "Ibrahim",
                "Khalid",
                "Hamad",
                "Mustafa",
                "Mostafa",
                "Yusuf",
                "Ismail",
                "Salim",
                "Karim",
                "Rahman",
                "Aziz",
                "Hamid",
                "Rashid",
                "Saleh",
                "Salah",
                "Jose",
                "Juan",
                "Luis",
                "Carlos",
                "Maria",
                "Ana",
            ],
        ),
    )
)


@lru_cache(maxsize=1)
def _index() -> tuple[dict[frozenset[str], str], dict[str, list[frozenset[str]]]]:
    """(name words -> side, name word -> the entries holding it); built on first use."""
    sides: dict[frozenset[str], str] = {}
    by_word: dict[str, list[frozenset[str]]] = {}
    for name, side in ENTRIES:
        words = name_words(name)
        for key in {words, _unhyphenated(words)}:
            if len(key) < 2:
                continue
            if sides.get(key, side) != side:
                sides[key] = ""  # one name, two sides: known to be ambiguous, so never used
                continue
            if key not in sides:
                for w in key:
                    by_word.setdefault(w, []).append(key)
            sides[key] = side
    return sides, by_word


def _unhyphenated(words: frozenset[str]) -> frozenset[str]:
    """The name words with hyphenated ones cut apart: "Lee Myung-bak" is printed "Lee Myung Bak" too."""
    if not any("-" in w for w in words):
        return words
    return frozenset(part for w in words for part in w.split("-") if len(part) > 1)


def side_of(words: frozenset[str]) -> str | None:
    """The country or body the person with these name words acts for, when the lexicon is sure."""
    if len(words) < 2:
        return None
    sides, by_word = _index()
    words = _unhyphenated(words) if words not in sides else words
    exact = sides.get(words)
    if exact is not None:
        return exact or None
    # one word more or less than an entry: a middle name or a second given name
    if words <= _COMMON_GIVEN:
        return None
    # an entry one word shorter is these words less one; one a word longer holds every one of these
    # words, so the shortest of their entry lists holds it (instead of walking every entry holding
    # any word of the name: "al" is in 117, "mohamed" in 69)
    fewer = {e for e in (words - {w} for w in words) if e in sides} if len(words) > 2 else set()
    shortest = min((by_word.get(w, ()) for w in words), key=len, default=())
    near = fewer | {e for e in shortest if len(e) == len(words) + 1 and words < e}
    found = {sides[e] for e in near}
    return found.pop() if len(found) == 1 and "" not in found else None


def listed(name: str) -> bool:
    """Whether these name words are exactly one entry's (accents and case aside)."""
    return bool(_index()[0].get(name_words(name)))


def side_of_surname(word: str) -> str | None:
    """The side of every lexicon entry with this name word, when they all agree ("Macron"): for a
    titled lone surname ("President Macron") the article never writes out."""
    sides, by_word = _index()
    keys = by_word.get(next(iter(name_words(word)), ""), ())
    found = {sides[k] for k in keys}
    return found.pop() if len(found) == 1 and "" not in found else None


def known_word(word: str) -> bool:
    """Whether any lexicon entry has this name word (a cheap test before searching the text)."""
    return next(iter(name_words(word)), "") in _index()[1]


@lru_cache(maxsize=1)
def _written_names() -> dict[str, str]:
    """Each entry as written (case and spacing aside) -> its side, "" when two sides share it."""
    found: dict[str, str] = {}
    for name, side in ENTRIES:
        key = " ".join(name.lower().split())
        found[key] = side if found.get(key, side) == side else ""
    return found


@lru_cache(maxsize=1)
def _honorific_tails() -> frozenset[str]:
    """The rest of each entry that opens with an honorific ("hasina" of "Sheikh Hasina")."""
    return frozenset(
        " ".join(name.lower().split()[1:])
        for name, _ in ENTRIES
        if name.split()[0].lower() in RANKS_AND_HONORIFICS
    )


def may_keep_honorific(head: str) -> bool:
    """A cheap test before :func:`known_name`: whether some entry is an honorific and this name."""
    return head.lower() in _honorific_tails()


def known_name(name: str) -> bool:
    """Whether the lexicon lists this name as written (case aside): where a word usually a title is
    part of one ("Sheikh Hasina", "Gen Nakatani"), the name keeps it."""
    return " ".join(name.lower().split()) in _written_names()


def side_of_written(name: str) -> str | None:
    """The side of a name the lexicon lists as written, for one whose name words alone are too few
    to look up ("Sheikh Hasina": the title-like word is not a name word)."""
    return _written_names().get(" ".join(name.lower().split())) or None


@lru_cache(maxsize=1)
def _given_words() -> frozenset[str]:
    """The first word of each lexicon entry (a given name, or a family name written first) that is
    no title ("Prince", "Sheikh"), with the general given names that are English words."""
    titles = RANKS_AND_HONORIFICS | TITLE_HEADS | TITLE_MODIFIERS
    firsts = {name.split()[0].lower() for name, _ in ENTRIES}
    return frozenset(w for w in firsts if w not in titles) | GIVEN_WORDS


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """The name keys only ever written last in the lexicon's entries, every entry of one side: a
    family name of well-known people ("Aliyev", "Pompeo") that is no one's given name ("Khan" of
    "Amir Khan Muttaqi") and that no two sides share."""
    last: dict[str, str] = {}
    inner: set[str] = set()
    for name, side in ENTRIES:
        keys = [k for k in map(name_word, name.split()) if k]
        if len(keys) < 2:
            continue
        inner.update(keys[:-1])
        last[keys[-1]] = side if last.get(keys[-1], side) == side else ""
    return frozenset(k for k, side in last.items() if side and k not in inner)


def known_surname(word: str) -> bool:
    """Whether a lone capitalised word is the family name of people the lexicon lists for one side
    and no given name of theirs: "Pompeo was accompanied by ..." names Mike Pompeo."""
    key = name_word(word)
    return key is not None and len(key) > 3 and key in _surnames()  # "Yi", "Ho": too short to tell


def given_word(word: str) -> bool:
    """Whether a name word is a given name (or a family name written first) of a known person, an
    English short form of one, or a common given name that is also an English word: what keeps
    "Mark Brown" or "Tom Wolf" a name though a dictionary holds both words."""
    low = word.lower()
    return low in _given_words() or short_form(low)
