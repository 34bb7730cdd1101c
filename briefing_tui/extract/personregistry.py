"""The person entities coreference builds (:class:`People`), indexed by name word, and how names are
matched to them: subsets of name words, the Arabic article, patronymic given names, one- or two-letter typos.
Also the small lookups the later steps share: a sentence's subject person and an entity's aliases. Kept apart
so the role-description, context and pronoun steps can all use the index without importing the stage.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from briefing_tui.extract.document import Document, Entity, Mention
from briefing_tui.extract.lexicon.titles import BIRTH_STYLES, TITLE_HEADS
from briefing_tui.extract.namewords import name_word, name_words
from briefing_tui.extract.offices import office_words

SUBJECT_LOOKBACK = 4


# The words that join a given name to the father's ("Mohammed bin Salman", "Abdullah ibn Hussein").
_PATRONYMIC = frozenset({"bin", "ibn", "bint", "binti"})


@lru_cache(maxsize=1024)
def forebears(name: str) -> frozenset[str]:
    """The name words that follow "bin"/"ibn" in a patronymic name: a father's or grandfather's
    ("Salman" in "Mohammed bin Salman"), who a lone "King Salman" is, not the son."""
    words = name.split()
    return frozenset(
        w
        for k in range(1, len(words) - 1)
        if words[k].lower() in _PATRONYMIC
        for w in (name_word(words[k + 1]),)
        if w
    )


def patronymic(name: str) -> bool:
    """Whether a name holds "bin"/"ibn" ("bin Salman")."""
    return not _PATRONYMIC.isdisjoint(name.lower().split())


def given_name(name: str) -> str | None:
    """The given name (key) of a patronymic name ("Khaled" in "Khaled bin Mohamed bin Zayed"), else None:
    there the same father's and grandfather's names do not make two names one person's."""
    words = name.split()
    if len(words) < 3 or not any(w.lower() in _PATRONYMIC for w in words[1:]):
        return None
    return name_word(words[0])


class People:
    """Person entities under construction, indexed by name word (lookups stay linear in the article)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.entities: list[Entity] = []
        self.words: list[frozenset[str]] = []
        self.last_seen: list[int] = []
        self.gender: list[str | None] = []
        self.given: list[str | None] = []  # the given name of a patronymic name (see given_name)
        # the words of every office a person's mentions state ("Vice-President ..." and, later,
        # "High Representative Borrell"): a description of either office is theirs
        self.office_words: list[frozenset[str]] = []
        # entity -> (its role, office_words with that role's): found once per role
        self.offices: dict[int, tuple[str | None, frozenset[str]]] = {}
        self.local_of: dict[int, int] = {}
        self.by_word: dict[str, list[int]] = {}

    def new(self, m: Mention, name: str, named: bool = True) -> int:
        index = len(self.doc.entities)
        e = Entity(index, "person", name, named=named)
        self.doc.entities.append(e)
        self.local_of[index] = len(self.entities)
        self.entities.append(e)
        self.words.append(frozenset())
        self.set_words(index, name_words(name))
        self.last_seen.append(m.start)
        self.gender.append(None)
        self.given.append(given_name(name))
        self.office_words.append(frozenset())
        return index

    def set_words(self, entity: int, words: frozenset[str]) -> None:
        k = self.local_of[entity]
        for w in _unprefixed(words) - _unprefixed(self.words[k]):
            self.by_word.setdefault(w, []).append(k)
        for w in words - self.words[k]:
            if w not in self.by_word or self.by_word[w][-1:] != [k]:
                self.by_word.setdefault(w, []).append(k)
        self.words[k] = words

    def local(self, entity: int) -> int:
        return self.local_of[entity]

    def link(self, mi: int, entity: int, alias: str | None = None) -> None:
        m = self.doc.mentions[mi]
        m.entity = entity
        e = self.doc.entities[entity]
        e.mentions.append(mi)
        k = self.local_of[entity]
        self.last_seen[k] = max(self.last_seen[k], m.start)
        if m.role and (m.kind == "person" or m.ref is not None):
            self.state_office(entity, m.role)
            if m.head_start is not None and m.head_start > m.start:
                # "Minister of Sports Prince X": the role is the office, the prince is still "Prince X"
                style = _BIRTH_STYLE.search(self.doc.text, m.start, m.head_start)
                if style is not None:
                    self.state_office(entity, style.group())
        if alias:
            add_alias(e, alias)

    def state_office(self, entity: int, role: str) -> None:
        """Add the words of an office the text states ``entity`` holds."""
        added = _stated_office(role)
        k = self.local_of[entity]
        if added and not added <= self.office_words[k]:
            self.office_words[k] |= added
            self.offices.pop(entity, None)

    def find_full(
        self, words: frozenset[str], given: str | None = None, role: str | None = None
    ) -> int | None:
        """The latest person whose name words contain these, or are contained in them; with a
        patronymic name, one with the same given name ("Mohamed bin Zayed" is not his son
        "Khaled bin Mohamed bin Zayed")."""
        bare = _unprefixed(words)
        candidates = sorted({k for w in words | bare for k in self.by_word.get(w, ())}, reverse=True)
        for k in candidates:
            w = self.words[k]
            if (
                w
                and words
                and (
                    words <= w or w <= words or _bare_subset(bare, _unprefixed(w)) or _hyphens_apart(words, w)
                )
            ):
                if given and self.given[k] and given != self.given[k]:
                    continue
                return self.entities[k].index
        return self._misspelt_among(words, candidates, role) if len(words) > 1 and candidates else None

    def office(self, e: Entity) -> frozenset[str]:
        """The words of every office ``e`` is stated to hold, their role's included."""
        found = self.offices.get(e.index)
        if found is None or found[0] != e.role:
            words = self.office_words[self.local_of[e.index]]
            found = self.offices[e.index] = (e.role, words | office_words(e.role) if e.role else words)
        return found[1]

    def find_misspelt(self, word: str) -> int | None:
        """The one named person whose family name is this word misspelt by a letter (a lone "Santoki"
        after "Chan Santokhi"): a typo, not a second person. A given name a letter off is another's
        ("Pope Francis" after "Francois Hollande")."""
        if len(word) < 6:
            return None
        first = word[0]
        found: set[int] = set()
        for k, e in enumerate(self.entities):
            if not e.named:
                continue
            last = name_word(e.name.rpartition(" ")[2])
            # a typo seldom hits a name's first letter: that test spares most comparisons
            if last and last[0] == first and len(last) >= 6 and _one_edit(word, last):
                found.add(k)
        return self.entities[found.pop()].index if len(found) == 1 else None

    def _misspelt_among(
        self, words: frozenset[str], candidates: Iterable[int], role: str | None = None
    ) -> int | None:
        """The one named person among those sharing a word with this full name whose name is it
        with one word misspelt by a letter ("Willian Ruto", "Faisal Mikdad"), or by two under the
        very office they were named with ("Minister Stanley X", then "Minister Stenly X")."""
        found: set[int] = set()
        for k in candidates:
            ws = self.words[k]
            if not self.entities[k].named or len(ws) != len(words):
                continue
            mine, theirs = words - ws, ws - words
            if len(mine) == 1 and len(theirs) == 1:
                a, b = next(iter(mine)), next(iter(theirs))
                # a short word may be misspelt too where two more words agree ("Jon Dramani Mahama")
                least = 3 if len(words) >= 3 else 5
                if min(len(a), len(b)) >= least and (
                    _one_edit(a, b) or self._same_office_typo(k, a, b, role)
                ):
                    found.add(k)
        return self.entities[found.pop()].index if len(found) == 1 else None

    def _same_office_typo(self, k: int, a: str, b: str, role: str | None) -> bool:
        """Two spellings of a word two letters apart, same first letter, under the same office of
        more than one word ("Foreign Minister"; a "Senator" may share a surname with a relative)."""
        if not role or a[0] != b[0] or " " not in role or not office_words(role) & TITLE_HEADS:
            return False
        first = self.entities[k].mentions[:1]
        theirs = self.doc.mentions[first[0]].role if first else None
        return bool(theirs) and theirs.lower() == role.lower() and _edits_within_two(a, b)

    def find_word(
        self, word: str, before: int, role: str | None = None, particle: bool = False
    ) -> int | None:
        """The named person with this name word seen most recently before ``before``; for a titled
        one ("President Ruto"), one whose stated office holds the title comes first ("President
        William Ruto", not "First Lady Rachel Ruto" named since). Not one whose name has the word
        as a forebear's ("King Salman" is not "Mohammed bin Salman"), unless the word is written
        with its particle (``particle``: "bin Salman")."""
        office = office_words(role) if role else frozenset()
        royal = bool(office & _ROYAL_TITLES)
        best, best_key = None, (False, -2)
        found = self.by_word.get(word, [])
        if word.startswith(_ARTICLES) and len(word) > 4:  # "al-Sisi" after "Abdel Fattah Sisi"
            found = found + self.by_word.get(word[3:], [])
        for k in found:
            if royal and self.office_words[k] and not self.office_words[k] & _ROYAL_TITLES:
                continue  # "Sultan Ibrahim" is no "Prime Minister Anwar Ibrahim": a reign is no office held
            if not particle and self.given[k] and word in forebears(self.entities[k].name):
                continue
            if self.entities[k].named:
                seen = self.last_seen[k] if self.last_seen[k] <= before else -1
                key = (bool(office) and office <= self.office_words[k], seen)
                if key > best_key:
                    best, best_key = self.entities[k].index, key
        return best


# The Arabic article a surname is written with or without ("al-Sisi", "Sisi"; "el-Sisi").
_ARTICLES = ("al-", "el-")


@lru_cache(maxsize=2048)
def _unprefixed(words: frozenset[str]) -> frozenset[str]:
    """Name words without the Arabic article ("al-sisi" -> "sisi")."""
    if not any(w.startswith(_ARTICLES) for w in words):
        return words
    return frozenset(w[3:] if w.startswith(_ARTICLES) and len(w) > 4 else w for w in words)


def _bare_subset(a: frozenset[str], b: frozenset[str]) -> bool:
    """One name's words within the other's once the article is dropped, if more than a surname
    is shared ("Abdel Fattah Sisi" is "Abdel Fattah al-Sisi"; a lone "Sisi" is looked up by word)."""
    return len(a & b) > 1 and (a <= b or b <= a)


@lru_cache(maxsize=2048)
def _hyphen_parts(words: frozenset[str]) -> frozenset[str]:
    """Name words with each hyphenated one cut into its parts ("amir-abdolahian" -> "amir", "abdolahian")."""
    return frozenset(p for w in words for p in w.split("-") if len(p) > 1)


def _hyphens_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """One name written with a hyphen, the other with a space ("Hossein Amir-Abdollahian", "Hossein
    Amir Abdollahian"): the same words once hyphens are cut, more than one of them shared."""
    if not any("-" in w for w in a | b):
        return False
    pa, pb = _hyphen_parts(a), _hyphen_parts(b)
    return len(pa & pb) > 1 and (pa <= pb or pb <= pa)


_BIRTH_STYLE = re.compile(r"\b(?:" + "|".join(s.title() for s in sorted(BIRTH_STYLES)) + r")\b")

# Titles a ruler is named by, for life: no one stated to hold an elected office is meant by them.
_ROYAL_TITLES = frozenset({"sultan", "king", "queen", "emir"}) | BIRTH_STYLES


@lru_cache(maxsize=1024)
def _stated_office(role: str) -> frozenset[str]:
    """The office words a title adds to its holder's: none for "counterpart", nor for "Foreign
    Secretary and Foreign Minister Y" (two people's titles)."""
    low = role.lower()
    return frozenset() if low.endswith("counterpart") or " and " in low else office_words(role)


def _edits_within_two(a: str, b: str) -> bool:
    """Whether two words are at most two inserted, dropped or changed letters apart."""
    if abs(len(a) - len(b)) > 2:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= 2


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one inserted, dropped or changed letter apart, or two swapped letters."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) != len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    # two letters swapped ("Videragay" for "Videgaray"): one slip of the typist too
    diff = [k for k in range(i, len(a)) if a[k] != b[k]]
    return len(diff) == 2 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def add_alias(e: Entity, alias: str) -> None:
    alias = alias.strip()
    if alias and alias != e.name and alias not in e.aliases:
        e.aliases.append(alias)


def subject_entity(doc: Document, sentence: int, before: int, exclude: int | None = None) -> int | None:
    for m in doc.mentions:
        if m.sentence == sentence and m.kind == "person" and m.entity is not None and m.entity != exclude:
            return m.entity if m.start < before else None
    return None
