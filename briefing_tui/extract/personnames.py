"""The mention scanner's base: its state, its emitting, and names with no title before them.

NameScanner holds the sentence being scanned and emits mentions; ``name_end`` reads how far a
name goes, ``untitled_name`` decides whether a run of name words is a person (or a body, or a
place). Separate from the parse of offices (titledpeople.py), which builds on it: an office's
holder is read with the same ``name_end``.
"""

from __future__ import annotations

import re

from briefing_tui.extract.document import Document, Mention
from briefing_tui.extract.knownpeople import given_word, known_name, known_word, listed
from briefing_tui.extract.lexicon import countries, orgs
from briefing_tui.extract.lexicon.english import is_english_word
from briefing_tui.extract.lexicon.titles import (
    TITLE_HEADS,
    TITLES_ALSO_NAMES,
    is_office_word,
)
from briefing_tui.extract.lexicon.words import (
    ACRONYM_STOP,
    FUNCTION_WORDS,
    GIVEN_WORDS,
    MONTHS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    PLACES,
    SPEECH_VERBS,
    WEEKDAYS,
    place_word,
)
from briefing_tui.extract.mentionwords import (
    ACRONYM,
    CONNECTORS,
    FUNCTION,
    HEADS_AND_RANKS,
    KNOWN,
    KNOWN_START,
    NAME_MARK,
    NAME_WORD,
    ORG_HEAD,
    TITLE,
    Known,
    is_acronym,
    known_at,
    party_word,
    portfolio_party,
    word_class,
)
from briefing_tui.extract.tokens import Token

# Words kept out of names that are also common given names, able to open a name before a name word.
# Words a lexicon reads otherwise that are common given names too ("Christian Yohuno"; "Secretary
# Chad Wolf", "Jordan Bardella": a country's name opening a person's after a title)
GIVEN_TOO = frozenset({"Christian", "Chad", "Jordan", "Georgia"})
# Styles that only follow another style ("Datuk Seri", "Dato' Seri"): elsewhere part of a name
SECOND_STYLES = frozenset({"seri"})
# Words that are not names on their own but may be inside one ("Thomas West", "Roch Marc Christian Kabore").
_SOFT_NON_NAMES = frozenset(
    [
        "North",
        "South",
        "East",
        "West",
        "Central",
        "Christian",
        "Sultan",
        "Prince",
        "King",
        "Major",
        "Sen",
        "Rep",
        "Gov",
        "Gen",
        "Bank",
        "Hill",
        "Price",
        "Rice",
    ]
)
_ROYAL = frozenset({"King", "Prince", "Sultan"})
# Words kept out of names (a style, a creed) that are part of one between two name words
# ("Hassan Sheikh Mohamud", "Mohammad Shia al-Sudani").
_INNER_NAME_WORDS = frozenset({"Sheikh", "Shia"})
# Titles that are common surnames: a name's last word after a given name ("Julie Bishop")
_TITLE_SURNAMES = frozenset({"Bishop", "Judge", "Dean", "Shah"})
NON_NAME_SUFFIXES = (
    "tion",
    "tions",
    "sion",
    "ment",
    "ments",
    "ity",
    "ism",
    "ing",
    "ings",
    "ance",
    "ence",
    "ship",
    "ness",
    "ary",
    "ial",
    "ics",
    "ure",
)

# Common-noun endings that given names and surnames have too ("Laurence", "Constance", "Fleming")
_NAME_ENDINGS_TOO = ("ence", "ance", "ing")


# Verbs of saying an inverted attribution puts before its speaker ("..., said the Bundesbank")
_INVERTED_SPEECH = frozenset(
    {"said", "says", "added", "adds", "warned", "warns", "noted", "notes", "wrote", "writes", "stated"}
    | {"explained", "insisted", "argued", "replied", "responded", "stressed", "announced", "confirmed"}
)
# What ends the statement before an inverted attribution: a comma, a closing quote
_ATTRIBUTION_OPENERS = frozenset({",", '"', "\u201d", "'", "\u2019"})
# What a sentence of prose ends on (a headline ends on none; a question's "Will" is a modal)
_PROSE_ENDS = frozenset('.!"\u201d')
# What a clause opens after, at its start: a modal there asks a question ("He asked: Will ...")
_CLAUSE_OPENERS = frozenset({'"', "\u201c", "'", "\u2018", ":", "(", "\u2014", "-", ";"})
_NOT_A_PERSON_BEFORE = frozenset({"the", "a", "an", "this", "that", "these", "its", "our", "their"})


# What follows "states" used as a speech verb ("Wang states that ...", "Wang states: ...")
_STATES_SPEECH_NEXT = frozenset({"that", ",", ":", '"', "\u201c", "in", "clearly"})
# Auxiliaries after a verb in "-s" that make it a plural noun, the subject of the auxiliary
# ("Mutual visits should continue", "Regular visits have grown"): no speaker before it.
_PLURAL_SUBJECT_NEXT = frozenset(
    {"should", "will", "would", "can", "could", "must", "may", "might", "are", "were", "have", "had", "need"}
)


LEADER_NOUNS = frozenset({"administration", "government", "cabinet", "campaign", "presidency"})
_ADVERBS = frozenset(
    {
        "also",
        "later",
        "earlier",
        "then",
        "has",
        "had",
        "have",
        "previously",
        "recently",
        "repeatedly",
        "once",
        "again",
        "further",
        "separately",
        "reportedly",
        "publicly",
        "not",
        "never",
        "will",
        "would",
    }
)


# Navy prefixes of ships' names ("USS Ronald Reagan", "HMS Queen Elizabeth")
_SHIP_PREFIXES = frozenset({"USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "ROKS", "BRP", "KRI"})
_SHIP_CLASSES = frozenset({"destroyer", "frigate", "cruiser", "warship", "submarine", "corvette"})
# Verbs before "at" + a place, before "to" + a destination (see NameScanner.destination)
_TAKING_PLACE = frozenset(
    {
        "held",
        "signed",
        "opened",
        "met",
        "gathered",
        "arrived",
        "arrives",
        "arriving",
        "landed",
        "hosted",
        "stayed",
    }
)
_GOING = frozenset(
    {
        "travel",
        "travels",
        "traveled",
        "travelled",
        "traveling",
        "travelling",
        "fly",
        "flew",
        "flies",
        "flying",
        "headed",
        "heading",
        "trip",
        "visit",
        "journey",
        "returned",
        "moved",
    }
)


# Means after "by" that keep a speech verb active ("confirmed by phone", "announced by Zoom"); a means
# in lowercase needs no entry, for only a capitalised word or a determiner opens a passive's agent
_MEANS = frozenset({"zoom", "skype", "whatsapp", "telegram", "twitter", "facebook"})
# Determiners that open a passive's agent ("claimed by the Philippines", "claimed by both sides") ...
_AGENT_DETERMINERS = frozenset({"the", "both", "its", "their", "several", "many", "all", "some", "other"})
# ... unless the noun after them tells a time or a manner ("confirmed by the end of May", "by the way")
_NO_AGENT_NOUNS = frozenset(
    {"end", "time", "close", "start", "middle", "weekend", "deadline", "morning", "evening", "night", "way"}
)


APOSTROPHES = frozenset({"'", "\u2019"})
_OPENING_QUOTES = APOSTROPHES | {"\u2018"}
_QUOTE_REACH = 40  # tokens back to a single quote the apostrophe may close
# Prepositions a title-case headline capitalises before a place ("... Y In Prague", "... At Geneva")
_HEADLINE_PREPOSITIONS = frozenset({"In", "At", "To", "From", "On"})


# "Md. Touhid Hossain", "Mohd. Ali": Muhammad written short, a given name with its stop
_SHORT_GIVEN = frozenset({"Md", "Mohd", "Muhd"})


# Dotted initials before a name ("M.K. Stalin"): an acronym's shape, a name's first word.
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _bare_initial(text: str) -> bool:
    """One capital letter written without its dot ("A K Momen")."""
    return len(text) == 1 and "A" <= text <= "Z"


# First words of places named after saints
# the last part of a hyphenated region ("Indo-Pacific", "Euro-Atlantic"): never a surname
_REGION_ENDS = frozenset({"Pacific", "Atlantic", "Arctic", "Asia", "Asian", "Mediterranean", "Caribbean"})
_SAINTS = frozenset({"San", "Santa", "Santo", "São", "Sao", "Saint", "St"})


# Works named after a place or a phrase, right after the name ("the Agua Negra tunnel")
_WORKS = frozenset(
    {
        "restaurant",
        "hotel",
        "resort",
        "airport",
        "stadium",
        "hospital",
        "museum",
        "tunnel",
        "bridge",
        "pipeline",
        "programme",
        "program",
        "project",
        "corridor",
        "highway",
        "railway",
        "dam",
    }
)


# Plural nouns whose possessive stays inside a body's name ("National People's Congress",
# "People's Liberation Army", "Women's Union"): such an "'s" does not end the name.
NAME_POSSESSORS = frozenset({"People", "Peoples", "Women", "Children", "Men"})


def _said_alone(text: str, given: str, surname: str) -> bool:
    """Whether ``surname`` stands somewhere in ``text`` without ``given`` before it ("Bill Morrow ...
    Morrow said")."""
    return any(
        text[m.start() - len(given) - 1 : m.start()] != f"{given} "
        for m in re.finditer(rf"\b{re.escape(surname)}\b", text)
    )


_NOT_NAME_BITS = TITLE | ORG_HEAD
_CAPITALISED = r"[A-Z][\w'\u2019-]+"


def _name_pair(first: str, last: str) -> bool:
    """Two words that can be a given name and a surname: name words, no office or body among
    them, the first in no dictionary ("Stefan Koch"; not "President Joachim", "Monthly Report")."""
    if any(word_class(w) & _NOT_NAME_BITS or not word_class(w) & NAME_WORD for w in (first, last)):
        return False
    return not is_english_word(first)


class NameScanner:
    """The scanner's state (the sentence being scanned, its mentions), its emitting, and names
    read without a title: what the parse of offices and the run segmentation build on."""

    # the sentence being scanned, set by scan()
    sentence: int
    t: list[Token]
    cls: list[int]
    shouting: bool
    out: list[Mention]

    def __init__(self, doc: Document, short_forms: frozenset[str]) -> None:
        self.doc = doc
        self.short_forms = short_forms
        self.mentions: list[Mention] = []  # every sentence's, in sentence order
        self.pending: list[Mention] = []  # lone capitalised words that may be surnames
        # names the text itself calls bodies ("the ruling party X"): bodies wherever they recur
        self.context_bodies: set[str] = set()
        # (given name, surname) -> whether the surname stands alone somewhere in the text: asked for
        # each mention of the pair, read once a document (see given_common_word)
        self.said_alone: dict[tuple[str, str], bool] = {}
        # body-shaped words -> whether the text sets them before a name (see office_shaped_as_body)
        self.offices_shaped_as_bodies: dict[str, bool] = {}

    def emit(self, i: int, j: int, kind: str, head: tuple[int, int] | None = None) -> Mention:
        t = self.t
        s, e = t[i][0], t[j - 1][1]
        hs, he = (t[head[0]][0], t[head[1] - 1][1]) if head else (None, None)
        m = Mention(s, e, self.doc.text[s:e], kind, self.sentence, None, None, None, hs, he)  # type: ignore[arg-type]
        self.out.append(m)
        return m

    def emit_whole(self, i: int, j: int, kind: str) -> Mention:
        """A mention that is all head: the name is the whole span."""
        return self.emit(i, j, kind, (i, j))

    def emit_known(self, i: int, entry: Known) -> None:
        t = self.t
        s, e = t[i][0], t[i + len(entry.words) - 1][1]
        affiliation = entry.name if entry.kind == "country" else entry.affiliation
        self.out.append(
            Mention(
                s, e, self.doc.text[s:e], entry.kind, self.sentence, None, affiliation, None, s, e, entry.name
            )  # type: ignore[arg-type]
        )

    def emit_nested_known(self, i: int, j: int, kinds: tuple[str, ...] = ("country", "organization")) -> None:
        """Countries (and bodies) named inside a longer span ("Chinese" in "Chinese Foreign Minister ...")."""
        t, cls = self.t, self.cls
        k = i
        while k < j:
            entry = known_at(t, k, j) if cls[k] & KNOWN_START else None
            if entry and k >= 2 and t[k - 1].text == "'s" and t[k - 2].text in NAME_POSSESSORS:
                entry = None  # "the National People's Congress": the rest of one name, not another body
            if entry:
                if entry.kind in kinds and not portfolio_party(t, k):
                    self.emit_known(k, entry)
                k += len(entry.words)
            else:
                k += 1

    def bare_initials(self, q: int, j: int) -> bool:
        """Two capitals no lexicon knows before a surname no dictionary holds ("KP Sharma Oli", "MK
        Stalin", "JP Singh"): initials written without stops, as South Asian names often are; not
        a body's short name ("UN", "EU" are known; "US Navy": a word follows)."""
        t = self.t
        text = t[q].text
        if (
            len(text) != 2
            or not text.isalpha()
            or not text.isupper()
            or text in KNOWN
            or text in ACRONYM_STOP
        ):
            return False
        if text in orgs.KNOWN or countries.country_of(text) or self.cls[q] & TITLE:
            return False
        if q > 0 and t[q - 1].low in _NOT_A_PERSON_BEFORE:
            return False  # "the DG Tedros", "the PA Abbas government": a body's or an office's short name
        if q + 1 >= j:
            return False
        nxt = t[q + 1].text
        return bool(self.cls[q + 1] & NAME_WORD) and nxt.isalpha() and not is_english_word(nxt)

    def plain_words(self, k: int, q: int) -> bool:
        """Tokens ``k`` to ``q`` are all dictionary words and no given name ("... of the Two Holy
        Mosques King X"): the end of a style, not the first words of a name."""
        return all(
            is_english_word(x.text) and not given_word(x.text) and not known_word(x.text) for x in self.t[k:q]
        )

    def past_ayn(self, q: int, j: int) -> int:
        """``q + 1`` when token ``q`` is an apostrophe glued to a name word not ending in "s" and a
        name word follows after a space ("Shia' Al Sudani": a transliterated ayn, no possessive as in
        "Jones' office"; no closing quote as in "'ready to meet X' Y says"), else ``q``."""
        t = self.t
        if q == 0 or q + 1 >= j or t[q].text not in APOSTROPHES or t[q].start != t[q - 1].end:
            return q
        before, after = t[q - 1], t[q + 1]
        if before.text.endswith("s") or not before.cap or after.start == t[q].end:
            return q
        if self.quote_opened(q):
            return q
        return q + 1 if self.cls[q + 1] & NAME_WORD or after.text in NAME_PARTICLES else q

    def quote_opened(self, q: int) -> bool:
        """A single quote opened before token ``q`` (a mark after a space, glued to the next word), within
        ``_QUOTE_REACH`` tokens back: the mark at ``q`` closes it."""
        t = self.t
        for k in range(q - 2, max(-1, q - 1 - _QUOTE_REACH), -1):
            if (
                t[k].text in _OPENING_QUOTES
                and (k == 0 or t[k - 1].end < t[k].start)
                and t[k + 1].start == t[k].end
            ):
                return True
        return False

    def place_at(self, q: int, j: int) -> bool:
        """A known place or country's name at token ``q`` (before ``j``)."""
        if q >= j:
            return False
        word = self.t[q].text
        return place_word(word)

    def month_surname(self, q: int) -> bool:
        """A month's name ("May", "June") right after a given name and before no number: a surname
        ("Theresa May said"), not a date ("Ali met him on 3 May", "Grace May 2020" stay dates)."""
        t = self.t
        text = t[q].text
        if text not in MONTHS or len(text) < 3 or not text.isalpha() or not given_word(t[q - 1].text):
            return False
        return q + 1 >= len(t) or not t[q + 1].text[:1].isdigit()

    def demonym_surname(self, q: int, j: int) -> bool:
        """A people's word of one state ("Cuban", "Irish", "German") last in a run of capitals
        right after a given name: a surname ("investor Mark Cuban said"). Before another capital
        it is a word of a name ("Tom's Italian Kitchen") or a people's word of what follows; a
        modal ("Will", "May") opening a question is no given name ("Will Russian troops stay?")."""
        t, cls = self.t, self.cls
        text = t[q].text
        if q + 1 < j or text not in countries.DEMONYMS or text in countries.NAMES:
            return False
        if countries.is_plural_demonym(text) or (q + 1 < len(t) and t[q + 1].cap):
            return False
        prev = t[q - 1]
        return given_word(prev.text) and not cls[q - 1] & FUNCTION

    def body_surname(self, k: int, q: int) -> bool:
        """A body's one-word name ("Wagner", "Bloomberg") ending a name right after a given name: the
        person's surname ("Richard Wagner", "Billionaire Michael Bloomberg": the run may open on a
        capitalised word of the sentence's start), or ending a listed person's name ("Therese Kayikwamba
        Wagner"), not the body; not an acronym nor a platform."""
        t = self.t
        text = t[q].text
        entry = orgs.KNOWN.get(text)
        if entry is None or not text.isalpha() or text.isupper() or text in orgs.PLATFORMS:
            return False
        after_given = given_word(t[q - 1].text) and not self.cls[q - 1] & FUNCTION
        if not after_given and not listed(" ".join(x.text for x in t[k : q + 1])):
            return False
        return q + 1 >= len(t) or not t[q + 1].cap

    def shouted_after(self, k: int, q: int) -> bool:
        """Whether ``q`` is a word in capitals that goes on a name begun in capitals at ``k`` (no
        acronym the lexicons know, no title, country or particle)."""
        text = self.t[q].text
        return (
            len(text) > 1
            and text.isalpha()
            and text.isupper()
            and self.t[k].text.isupper()
            and text not in orgs.KNOWN
            and text not in countries.NAMES
            and text.lower() not in NAME_PARTICLES  # (particles: see shouted_particles)
            and not self.cls[q] & TITLE
        )

    def shouted_particles(self, k: int, q: int, j: int) -> int:
        """The end of a run of particles in capitals from ``q`` inside a name begun in capitals at
        ``k`` ("ANA MARIA DE LA CRUZ", "PIETER VAN DER BERG") when a word of the name in capitals
        follows the run; else ``q`` (a particle with no surname after it ends the name)."""
        t = self.t
        r = q
        while r < j and r - q < 3 and t[r].text.isupper() and t[r].low in NAME_PARTICLES:
            r += 1
        return r if q < r < j and self.shouted_after(k, r) else q

    def name_end(self, k: int, j: int, forced: bool = False) -> int:
        """End of the name starting at ``k``; ``forced``: after "Dr."/"Sheikh" a title word may start it."""
        t, cls = self.t, self.cls
        q = k
        count = 0
        after_particle = False
        while q < j:
            tok = t[q]
            if cls[q] & (NAME_WORD | NAME_MARK | FUNCTION) == NAME_WORD:  # a plain name word: the common case
                count += 1
                q += 1
                after_particle = False
                if (len(tok.text) == 1 or tok.text in _SHORT_GIVEN) and q < j and t[q].text == ".":
                    q += 1
                continue
            if (
                tok.text == "A"
                and q + 3 < j
                and t[q + 1].text == "."
                and len(t[q + 2].text) == 1
                and cls[q + 2] & NAME_WORD
            ):
                count += 1  # "A. K. Antony": the letter before another initial is one, not the article
                q += 2
                continue
            if count and tok.text in NAME_PARTICLES and self.particle_leads_to_name(q, j):
                q += 1
                after_particle = True
                continue
            if count and tok.text == '"' and q + 2 < j and t[q + 2].text == '"':
                q += 3
                continue
            if (
                count
                and tok.low in TITLES_ALSO_NAMES
                and q + 1 < j
                and cls[q + 1] & NAME_WORD
                and not self.plain_words(k, q)
            ):
                count += 1  # "Hossein Amir Abdollahian": a royal title between name words is a name
                q += 1
                continue
            if (
                count
                and tok.text in _INNER_NAME_WORDS
                and q + 1 < j
                and cls[self.past_ayn(q + 1, j)] & NAME_WORD
            ):
                count += 1  # "Hassan Sheikh Mohamud": between two name words, a part of the name
                q += 1
                continue
            if count and tok.text in APOSTROPHES and self.past_ayn(q, j) > q:
                q += 1  # "Mohammed Shia' Al Sudani": the apostrophe is the word's last letter
                continue
            if count == 1 and self.month_surname(q):
                count += 1  # "Theresa May", "Elizabeth May": after a given name, a month is a surname
                q += 1
                continue
            if count and self.demonym_surname(q, j):
                count += 1  # "Mark Cuban", "Dan Irish": a demonym last in a name after a given name
                q += 1
                continue
            if count and self.body_surname(k, q):
                count += 1  # "Michael Bloomberg", "Richard Wagner": a body's word ending a name
                q += 1
                continue
            if forced and 0 < count < 3 and self.shouted_after(k, q):
                count += 1  # "MR. PETER VOSS:": after a courtesy, a name in capitals runs on in capitals
                q += 1
                continue
            if forced and 0 < count < 3 and (r := self.shouted_particles(k, q, j)) > q:
                q = r  # "DR. ANA MARIA DE LA CRUZ:": and over the particles before its surname
                continue
            if count and tok.text in NAME_SUFFIXES:
                q += 1
                if q < j and t[q].text == ".":
                    q += 1
                continue
            if tok.text == "[" and q + 3 < j and t[q + 2].text == "]" and cls[q + 1] & cls[q + 3] & NAME_WORD:
                count += 1  # "Minister [Heiko] Maas": a first name an editor put in
                q += 3
                continue
            if (
                count == 0
                and tok.text == "He"
                and q > 0
                and cls[q - 1] & TITLE
                and q + 1 < j
                and cls[q + 1] & NAME_WORD
            ):
                count += (
                    1  # "Vice Premier He Lifeng": capitalised inside a sentence, after a title, a surname
                )
                q += 1
                continue
            if (count <= 1 and q + 1 < j and cls[q + 1] & NAME_WORD and _INITIALS.fullmatch(tok.text)) or (
                cls[q] & ACRONYM and self.bare_initials(q, j)
            ):
                count += 1  # "M.K. Stalin", "George H.W. Bush", "KP Sharma Oli", "Retno LP Marsudi": initials in a name
                q += 1
                continue
            if (
                count == 0
                and forced
                and q + 2 < j
                and _bare_initial(tok.text)
                and _bare_initial(t[q + 1].text)
                and cls[q + 2] & NAME_WORD
            ):
                count += 1  # "Dr. A K Abdul Momen": initials without dots after an honorific
                q += 2
                continue
            dotted = q + 1 < j and t[q + 1].text == "." and q + 2 < len(t)  # "Hun Sen." ends a sentence
            soft = count and tok.text in _SOFT_NON_NAMES and not dotted
            if soft and tok.text in _ROYAL and self.plain_words(k, q):
                soft = False  # "the Two Holy Mosques King X": a style's last words, then the title
            # "Christian Yohuno": a word of a faith that is a common given name, before a name word
            soft = soft or (
                count == 0
                and tok.text in GIVEN_TOO
                and q + 1 < j
                and cls[q + 1] & NAME_WORD
                and t[q + 1].text not in orgs.HEADS
                and not t[q + 1].text.endswith("s")  # "Christian Zionists": a plural, a group
                and not party_word(t[q + 1].text)  # "Christian Democrat": a party's member
                and (q + 2 >= j or not t[q + 2].cap)
            )
            # "Bill Burns", "Will Hurd": a given name kept out of names as a common word, where the
            # context makes it one
            given = count == 0 and self.given_common_word(q, j)
            soft = soft or given
            # "Julie Bishop": a title that is also a surname, last in the run after a given name
            soft = soft or (count and q + 1 == j and tok.text in _TITLE_SURNAMES and not dotted)
            # "Mrs May": after "Mr"/"Mrs"/"Dr", a capitalised month is a surname, never the modal "may"
            month = (
                forced
                and q == k
                and tok.text in MONTHS
                and (q + 1 >= len(t) or not t[q + 1].text[:1].isdigit())
            )
            # "Prime Minister Jan Peter Balkenende": right after a title, a month that is a given
            # name opens the name when another name word follows (no date has "Minister Jan X")
            month = month or (
                q == k
                and k > 0
                and tok.text in MONTHS
                and cls[k - 1] & TITLE
                and q + 1 < j
                and cls[q + 1] & NAME_WORD
                and given_word(tok.text)
            )
            forced_first = (
                (forced or month) and q == k and tok.cap and (tok.text not in FUNCTION_WORDS or month)
            )
            if cls[q] & NAME_WORD or (after_particle and tok.cap) or soft or forced_first:
                if count == 0 and tok.text in FUNCTION_WORDS and not month and not given:
                    break
                if count and tok.text in _HEADLINE_PREPOSITIONS and self.place_at(q + 1, j):
                    break  # "X Receives Slovak Prime Minister Y In Prague": a title-case "In" and a place
                count += 1
                q += 1
                after_particle = False
                if len(tok.text) == 1 and q < j and t[q].text == ".":
                    q += 1
                continue
            break
        while q > k and (
            t[q - 1].text in NAME_PARTICLES
            or (t[q - 1].text in _SOFT_NON_NAMES and q - 1 > k and q < j and t[q].cap)
        ):
            q -= 1
        return q

    def given_common_word(self, k: int, j: int) -> bool:
        """A given name that is also a word kept out of names ("Bill", a law; "Will", a modal) first
        before a name word, where the context makes it a name: a title before it ("CIA Director Bill
        Burns"), the two words a well-known person's name, a surname no dictionary holds after it ("Bill
        Hagerty"; after "Will" only outside a question: "Will Biden Run Again?"), or the surname said
        again alone elsewhere in the text ("Bill Morrow ... Morrow said"), or the two words alone in a
        sentence of prose (see ``prose_pair``). A law's or a question's words ("Bill Passes Senate")
        have none of these."""
        t, cls = self.t, self.cls
        tok = t[k]
        if (
            k + 1 >= j
            or tok.low not in GIVEN_WORDS
            or cls[k] & (NAME_WORD | FUNCTION) == NAME_WORD
            or not cls[k + 1] & NAME_WORD
            or t[k + 1].text in GIVEN_TOO
        ):
            return False
        nxt = t[k + 1].text
        before = k - 2 if k > 1 and t[k - 1].text == "." else k - 1  # "Rep. Will Hurd"
        if before >= 0 and cls[before] & TITLE:
            return True
        if known_name(f"{tok.text} {nxt}"):
            return True
        if cls[k] & FUNCTION and t[-1].text == "?":
            return False  # "Will Biden Run Again?": a question's modal
        if cls[k] & FUNCTION and self.modal_asks_of_place(k):
            return False  # "Will Ottawa back the plan, the premier asked.": a reported question's modal
        if not is_english_word(nxt) and not place_word(nxt):
            return True
        key = (tok.text, nxt)
        alone = self.said_alone.get(key)
        if alone is None:
            alone = self.said_alone[key] = _said_alone(self.doc.text, tok.text, nxt)
        return alone or self.prose_pair(k, j)

    def modal_asks_of_place(self, k: int) -> bool:
        """The modal at ``k`` opens its clause and a place, a country or a known body follows it
        ("Will Ottawa back the plan, the premier asked.", "May Beijing respond?"): a question put of
        a government, a city or an organisation, never a given name ("Will Baker said ...")."""
        t = self.t
        if k and t[k - 1].text not in _CLAUSE_OPENERS:
            return False
        if place_word(t[k + 1].text):
            return True
        entry = known_at(t, k + 1, len(t)) if self.cls[k + 1] & KNOWN_START else None
        return entry is not None and entry.kind in ("country", "organization")

    def prose_pair(self, k: int, j: int) -> bool:
        """The given name at ``k`` and one capitalised word after it, alone in a sentence of prose
        ("Bill Gates said ...", "co-founder Bill Gates", "Will Baker, a farmer"): prose writes a
        law's or a modal's word in lowercase, or inside a longer run of capitals ("the Senate Bill
        Targets ..."), or after an article ("the Hope Diamond"); a headline has no full stop."""
        t = self.t
        if k + 2 < j and t[k + 2].cap:
            return False
        if k and (t[k - 1].cap or t[k - 1].low in _NOT_A_PERSON_BEFORE):
            return False
        end = self.doc.sentences[self.sentence].end
        return self.doc.text[end - 1 : end] in _PROSE_ENDS

    def speaker_follows(self, end: int) -> bool:
        """A speech verb right after ``end`` ("Wang said", "Basya also believes")."""
        nxt = [x.low for x in self.t[end : end + 2]]
        if nxt[:1] == ["states"] and (len(nxt) < 2 or nxt[1] not in _STATES_SPEECH_NEXT):
            return False  # "the Baltic states agreed": the plural noun, not the verb
        if len(nxt) > 1 and nxt[0].endswith("s") and nxt[1] in _PLURAL_SUBJECT_NEXT:
            return False  # "Mutual visits should ...": a plural noun, the auxiliary's subject
        if self.passive_after(end):
            return False  # "the Mediterranean claimed by Athens": the words are claimed, no speaker
        return bool(nxt) and (
            nxt[0] in SPEECH_VERBS or (len(nxt) > 1 and nxt[0] in _ADVERBS and nxt[1] in SPEECH_VERBS)
        )

    def passive_after(self, end: int) -> bool:
        """A participle in "-ed" and "by" and an agent right after ``end`` ("waters claimed by Beijing",
        "a plan proposed by the French", "X, also criticised by ..."): a passive, what was done to the
        words before. An active verb's "by" opens a means, a manner or a time in lowercase or a calendar
        word instead ("Wang confirmed by phone", "announced by decree", "insisted by Friday"), never an
        agent. "said" is no "-ed" form ("said by phone")."""
        t = self.t
        q = end + 1 if end < len(t) and t[end].low in _ADVERBS else end
        return (
            q + 2 < len(t)
            and t[q].low.endswith("ed")
            and t[q].low in SPEECH_VERBS
            and t[q + 1].low == "by"
            and self.agent_at(q + 2)
        )

    def agent_at(self, k: int) -> bool:
        """Whether a passive's agent opens at token ``k`` (after "by"): a capitalised word that is no
        means or calendar word ("by Athens", not "by Zoom", "by Friday"), or a determiner not before a
        time ("by the French", "by both sides", not "by the end of the week")."""
        t = self.t
        tok = t[k]
        if tok.cap:
            return tok.low not in _MEANS and tok.text not in MONTHS and tok.text not in WEEKDAYS
        return tok.low in _AGENT_DETERMINERS and (k + 1 >= len(t) or t[k + 1].low not in _NO_AGENT_NOUNS)

    def apposition_follows(self, end: int) -> bool:
        """ "Johnson, the House Speaker, ...": a described lone name is a person."""
        t = self.t
        if end + 2 >= len(t) or t[end].text != "," or t[end + 1].low not in ("the", "a", "an"):
            return False
        if t[end - 1].low.endswith("ly"):
            return False  # "Normally, the president flies ..."
        return any(x.low in TITLE_HEADS for x in t[end + 2 : end + 6])

    def named_body(self, k: int, end: int) -> bool:
        """A lone unknown word a body noun describes: "the national grid operator, Ukrenergo, said",
        "the Mercosur bloc" (not a word of a person's name, which a title or a speech verb marks)."""
        t = self.t
        if end - k != 1 or not t[k].cap or is_acronym(t[k]) or k == 0:
            return False
        if place_word(t[k].text):
            return False
        after = t[end].low if end < len(t) else ""
        if after in orgs.BODY_AFTER_NAME and t[k - 1].low in ("the", "opposition", "ruling", "rival"):
            return True
        if t[k - 1].text != "," or after != "," or not self.speaker_follows(end + 1):
            return False
        back = k - 2
        return (
            back >= 1
            and t[back].low in orgs.BODY_DESCRIPTORS
            and any(x.low in ("the", "a", "an", "its") for x in t[max(0, back - 3) : back])
        )

    def speaking_after_article(self, k: int, end: int) -> bool:
        """A capitalised common noun after "the" that speaks ("the Treasury said", "The Almshouse
        warned"): a body, for no one's surname is an English noun under the article. An office ("the
        Pope said"), a place ("the Mediterranean claimed by") and a word of no dictionary ("the Kabaka
        said", a title a name may carry) are left as they were, unless the word has a body's shape ("the
        Bundesbank said", "the Riksdag voted": see ``orgs.body_shaped``)."""
        t = self.t
        return (
            end - k == 1
            and k > 0
            and t[k - 1].low == "the"
            and t[k].low not in HEADS_AND_RANKS
            and (
                is_english_word(t[k].text)
                or (orgs.body_shaped(t[k].text) and not self.office_shaped_as_body(t[k].text))
            )
            and not place_word(t[k].text)
            and (self.speaker_follows(end) or self.inverted_speaker(k, end))
        )

    def office_shaped_as_body(self, word: str) -> bool:
        """A word of no dictionary with a body's shape that the text sets before a person's name, as
        an office is ("Landrat Stefan Koch", a district's head; "Bundesrat Ignazio Cassis", a Swiss
        federal councillor): an office in this text, so "the Landrat said" is its holder speaking,
        while a body's name before a name is followed by the holder's office ("Bundesbank President
        Joachim Nagel"). Read once a document for each such word."""
        found = self.offices_shaped_as_bodies.get(word)
        if found is None:
            found = self.offices_shaped_as_bodies[word] = (
                orgs.body_shaped(word)
                and not is_english_word(word)
                and any(
                    _name_pair(m.group(1), m.group(2))
                    for m in re.finditer(
                        rf"\b{re.escape(word)} ({_CAPITALISED}) ({_CAPITALISED})", self.doc.text
                    )
                )
            )
        return found

    def inverted_speaker(self, k: int, end: int) -> bool:
        """The words at ``k`` (after "the") close an inverted attribution ("..., said the
        Bundesbank.", '"...," warned the Treasury on Monday'): a verb of saying right after a
        comma or a closing quote, and no capitalised word after the words to carry the phrase on."""
        t = self.t
        return (
            k >= 3
            and t[k - 2].low in _INVERTED_SPEECH
            and t[k - 3].text in _ATTRIBUTION_OPENERS
            and (end == len(t) or not t[end].cap)
        )

    def body_noun_before(self, k: int) -> bool:
        """A lowercase noun that names only bodies right before the words ("coalition party X",
        "rebel group X"), and no given name opening them: a body's name, not a person's."""
        if k < 1:
            return False
        prev = self.t[k - 1]
        return (
            prev.low in orgs.BODY_NOUNS_BEFORE_NAME
            and not prev.cap
            and not given_word(self.t[k].text)
            and not known_word(self.t[k].text)
        )

    def ship_class_before(self, k: int) -> bool:
        """ "the destroyer X", "the aircraft carrier X": a warship's class right before a name."""
        t = self.t
        low = t[k - 1].low
        return low in _SHIP_CLASSES or (low == "carrier" and k > 1 and t[k - 2].low == "aircraft")

    def initial_first(self, k: int, end: int) -> bool:
        """One capital written without its stop before a surname no dictionary holds ("S Jaishankar",
        "K Annamalai"), as South Asian names are often written: a name of two words where the text
        shows a person (see ``initial_evidence``). "A" and "I" are words, and a dictionary word or a
        place after a letter names no one ("plan B Monday")."""
        t = self.t
        first, last = t[k].text, t[k + 1]
        return (
            end - k == 2
            and _bare_initial(first)
            and first not in ("A", "I")
            and bool(self.cls[k + 1] & NAME_WORD)
            and not is_english_word(last.low)
            and not place_word(last.text)
            and self.initial_evidence(k, end)
        )

    def initial_evidence(self, k: int, end: int) -> bool:
        """What shows a letter and a word are a person's initial and surname, where a term of
        science or trade has the same shape ("E Coli", "K Pop"): an office before them, a verb of
        speech after them, a known person's name word, the surname said again alone ("S Jaishankar
        ... Jaishankar said"), or a person's given name and surname beside them in a list ("R
        Venkatesh and Tomas Berg")."""
        t = self.t
        first, last = t[k].text, t[k + 1].text
        if (
            known_word(last)
            or self.speaker_follows(end)
            or self.office_before(k)
            or self.office_noun_before(k)
        ):
            return True
        key = (first, last)
        alone = self.said_alone.get(key)
        if alone is None:
            alone = self.said_alone[key] = _said_alone(self.doc.text, first, last)
        if alone:
            return True
        after = t[end + 1 : end + 3] if end < len(t) and t[end].low in ("and", ",") else []
        before = t[k - 3 : k - 1] if k >= 3 and t[k - 1].low in ("and", ",") else []
        return any(
            len(w) == 2 and w[1].cap and (given_word(w[0].text) or _name_pair(w[0].text, w[1].text))
            for w in (after, before)
        )

    def looks_like_name(self, k: int, end: int, named: bool = False) -> bool:
        """An untitled multi-word candidate: not after "the", no common-noun endings, not part of a longer name.

        ``named``: the context marks a name (an office apposed before it), so a surname with a
        common-noun ending ("Andrew Holness") passes; the other words still may not.
        """
        t = self.t
        if k > 0 and t[k - 1].low in _NOT_A_PERSON_BEFORE:
            return False
        if end < len(t) and t[end].cap and t[end].text not in (".",):
            return False  # "Ream Naval Base", "Adam Air Flight"
        if t[end - 1].text.rpartition("-")[2] in _REGION_ENDS:
            return False  # "Open Indo-Pacific", "Greater Asia-Pacific": a region, not a surname
        if end < len(t) and t[end].low in _WORKS:
            return False  # "the Agua Negra tunnel": the name of a work, not a person
        for q, x in enumerate(t[k:end], k):
            if (
                x.text in FUNCTION_WORDS
                and not (q > k and self.month_surname(q))
                and not (q == k and self.given_common_word(k, end))  # "Will Hurd"
            ) or any(ch.isdigit() for ch in x.text):
                return False
            if (
                len(x.text) > 5
                and x.low.endswith(NON_NAME_SUFFIXES)
                and not (named and x is t[end - 1])
                and not known_word(x.text)  # "Jinping": a known person's name word, not a gerund
                # "Laurence", "Jining": a name's word, no common noun, with an ending names share
                and (is_english_word(x.low) or not x.low.endswith(_NAME_ENDINGS_TOO))
            ):
                return False
        return True

    def place_with_region(self, k: int, end: int) -> bool:
        """ "in X Y, Bali," / "at X Y, Jakarta.": after "in"/"at"/"near", a name followed by a comma
        and a known place or country (not its possessive) is a place, as in a dateline or address."""
        t = self.t
        if k == 0 or t[k - 1].low not in ("in", "at", "near") or end + 1 >= len(t) or t[end].text != ",":
            return False
        entry = known_at(t, end + 1, len(t)) if self.cls[end + 1] & KNOWN_START else None
        if entry is None or entry.kind not in ("country", "place") or entry.source == "demonym":
            return False
        after = end + 1 + len(entry.words)
        return after >= len(t) or t[after].text in (",", ".", ";", ")")

    def after_style_pair(self, q: int, end: int) -> int:
        """Start of a name after a two-word Malaysian style ("Tan Sri X Y", "Puan Sri X Y"), else ``q``:
        "Tan" alone is a surname, so only the pair before two more name words is a style."""
        t = self.t
        if end - q >= 4 and t[q + 1].text == "Sri" and t[q].text in ("Tan", "Puan", "Toh"):
            return q + 2
        return q

    def destination(self, k: int) -> bool:
        """Words after "at" following a verb of taking place, or after "to" following a verb of
        going: a place ("held at X", "travel to X"; not "hit out at X", "spoke to X")."""
        if k < 2:
            return False
        prep, verb = self.t[k - 1].low, self.t[k - 2].low
        return (prep == "at" and verb in _TAKING_PLACE) or (prep == "to" and verb in _GOING)

    def office_noun_before(self, k: int) -> bool:
        """ "spokeswoman Hua Chunying": a lowercase office word right before the words marks a name."""
        if k < 1:
            return False
        prev = self.t[k - 1]
        return not prev.cap and prev.text.isalpha() and is_office_word(prev.low)

    def office_before(self, k: int) -> bool:
        """ "the Prime Minister of Jamaica, X": a comma after an office names the holder next."""
        t = self.t
        return k >= 2 and t[k - 1].text == "," and any(x.low in TITLE_HEADS for x in t[max(0, k - 6) : k - 1])

    def particle_leads_to_name(self, q: int, j: int) -> bool:
        """ "von der Leyen": particles followed, after any more particles, by a capitalised word."""
        t = self.t
        stop = min(j, q + 4)
        while q < stop and t[q].text in NAME_PARTICLES:
            q += 1
        return q < j and t[q].cap

    def untitled_name(self, k: int, end: int) -> None:
        t = self.t
        surface = self.doc.text[t[k].start : t[end - 1].end]
        if surface in PLACES:
            return
        if end - k == 1 and party_word(surface):
            return  # "his Republican rival", "the Conservative government": a party's word, not a surname
        if end - k == 1 and _bare_initial(surface):
            return  # "in a post on X, the minister said": one letter alone names no one
        if end - k >= 2 and (t[k].text in orgs.OPENING_HEADS or t[end - 1].text in orgs.PARTY_PLURALS):
            self.emit_whole(k, end, "organization")  # "Agence France-Presse", "Free Democrats"
            return
        if (
            end - k >= 2
            and t[k].text in _SAINTS
            and not (k > 0 and t[k - 1].low.rstrip(".") in HEADS_AND_RANKS)
        ):
            return  # "San Antonio", "São Paulo", "Saint Petersburg": a place, unless titled
        if end - k >= 2 and self.place_with_region(k, end):
            return  # "in Nusa Dua, Bali": a place, then the region it lies in
        if k > 0 and (t[k - 1].text in _SHIP_PREFIXES or self.ship_class_before(k)):
            return  # "the USS Ronald Reagan", "the aircraft carrier George Washington": a ship named after a person
        if end - k >= 2 and self.destination(k):
            return  # "signed at Rashtrapati Bhavan", "will travel to Nay Pyi Taw": a place
        if self.body_noun_before(k):
            self.context_bodies.add(self.emit_whole(k, end, "organization").text)  # "the ruling party X"
            return
        if end - k >= 2 and (
            sum(x.cap and len(x.text) > 1 for x in t[k:end]) >= 2 or self.initial_first(k, end)
        ):
            if end - k >= 3 and self.office_shaped_as_body(t[k].text):
                # "Landrat Stefan Koch": a word shaped as a body's name before a name is an office
                self.emit(k, end, "person", head=(k + 1, end)).role = t[k].text
            elif self.looks_like_name(k, end) or (
                (self.office_before(k) or self.office_noun_before(k))
                and self.looks_like_name(k, end, named=True)
            ):
                self.emit(k, end, "person", head=(self.after_style_pair(k, end), end))
            elif self.speaker_follows(end):
                # "... Council on American-Islamic Relations Alia Salem said": the name at the end
                for k2 in range(k + 1, end - 1):
                    if t[k2 - 1].text not in CONNECTORS and self.looks_like_name(k2, end):
                        self.emit_whole(k2, end, "person")
                        break
            return
        if self.named_body(k, end) or self.speaking_after_article(k, end):
            self.context_bodies.add(self.emit_whole(k, end, "organization").text)
            return
        if k == 0 and end == 1 and t[0].low.endswith("ing") and is_english_word(t[0].low):
            return  # "Having noted the progress, ...": a sentence's opening participle, no name
        nxt = [x.low for x in t[end : end + 3]]
        speaker = self.speaker_follows(end) or self.apposition_follows(end)
        leader = bool(nxt) and (
            nxt[0] in LEADER_NOUNS or (nxt[0] == "'s" and len(nxt) > 1 and nxt[1] in LEADER_NOUNS)
        )
        titled = k > 0 and t[k - 1].low.rstrip(".") in HEADS_AND_RANKS and t[k - 1].low not in SECOND_STYLES
        s, e = t[k][0], t[end - 1][1]
        m = Mention(s, e, surface, "person", self.sentence, None, None, None, s, e)
        if speaker or leader or titled:
            self.out.append(m)
        else:
            self.pending.append(m)
