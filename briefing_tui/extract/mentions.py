"""Stage mentions: names of people, organizations and countries; pronouns; role nouns.

Capitalised runs are cut into segments by lexicons: known countries (names,
demonyms, capitals used as metonyms) and organizations first, then titled
people ("Chinese Foreign Minister Wang Yi": the whole span is the mention and
``head_start``/``head_end`` mark the name), organizations by their head noun
("... Ministry", "Office of ..."), then untitled names. A lone capitalised word
is a person only when a title precedes it, a speech verb follows it ("Wang
said"), "administration"/"government" follows it, or it is a word of a person's
full name found elsewhere in the article. Country and organization premodifiers
inside a person or organization span are also mentions of their own.

This module runs the stage (``find``), scans each sentence and cuts its capitalised runs into
segments, and reads headlines and shouted sentences; what it builds on lives beside it:
mentionwords.py (the lexicon index and the class bits of words), personnames.py (the scanner's
state, emitting and untitled names), rolenouns.py (lowercase role descriptions) and
nonpeople.py (person mentions that name no one).
"""

from __future__ import annotations

import re
import string
from functools import reduce
from itertools import compress, count, repeat
from operator import and_, attrgetter, itemgetter, or_
from typing import NamedTuple

from briefing_tui.extract.document import Document, Mention
from briefing_tui.extract.knownpeople import given_word, known_word
from briefing_tui.extract.lexicon import countries, orgs
from briefing_tui.extract.lexicon.english import is_english_word
from briefing_tui.extract.lexicon.titles import (
    NAME_STYLES,
    PLURAL_BASES,
    RANKS_AND_HONORIFICS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLES_ALSO_NAMES,
)
from briefing_tui.extract.lexicon.words import (
    ACRONYM_STOP,
    GOVERNMENT_QUALIFIERS,
    MONTHS,
    NAME_PARTICLES,
    NON_NAME_WORDS,
    PLACES,
    SPEECH_VERBS,
    TOPIC_WORDS,
    WEEKDAYS,
)
from briefing_tui.extract.mentionwords import (
    ACRONYM,
    CAPISH,
    CONNECTORS,
    DETERMINERS,
    ELIDED_CAPITAL,
    FUNCTION,
    HEAD_OR_RANK,
    KNOWN,
    KNOWN_START,
    NAME_WORD,
    ORG_HEAD,
    POSSESSED,
    PRONOUN,
    PRONOUN_PATTERN,
    ROLE_HEAD,
    RUN_GOES_ON,
    TITLE,
    TITLE_HEAD,
    TITLE_MODIFIER,
    Known,
    is_acronym,
    known_at,
    party_word,
    word_class,
)
from briefing_tui.extract.nonpeople import head_text, not_people
from briefing_tui.extract.personnames import GIVEN_TOO, LEADER_NOUNS, SECOND_STYLES, NameScanner
from briefing_tui.extract.rolenouns import Taken, role_nouns
from briefing_tui.extract.tokens import Token, sentence_tokens

# The longest stretch of tokens one mention parse looks at ("Assistant Secretary for the Bureau
# of European and Eurasian Affairs Dr. Karen Donfried" is 14): keeps long capitalised runs linear.
_MAX_PHRASE = 24


# Plural nouns whose possessive stays inside a body's name ("National People's Congress",
# "People's Liberation Army", "Women's Union"): such an "'s" does not end the name.
_NAME_POSSESSORS = frozenset({"People", "Peoples", "Women", "Children", "Men"})
_LOCATIVES = frozenset(
    [
        "in",
        "to",
        "from",
        "at",
        "near",
        "into",
        "toward",
        "towards",
        "via",
        "across",
        "outside",
        "inside",
        "around",
        "visit",
        "visited",
        "visiting",
        "visits",
        "trip",
        "arrived",
        "arrive",
        "leave",
        "left",
    ]
)


_GEOGRAPHIC_HEADS = frozenset({"Gulf", "Sea", "Bay", "Strait", "Straits", "Coast", "Horn", "Isle", "Islands"})
# Heads that name a country's government, not a separate body ("Government of Ukraine").
_STATE_HEADS = frozenset({"Government", "Administration", "Kingdom", "Republic", "State"})
# Courtesy titles right before a name: the next capitalised word is the name even if it is
# also a title ("Dr. Sultan Al Jaber", "Sheikh Sultan ...").
_ADDRESSING = frozenset({"mr", "mrs", "ms", "madam", "madame"})  # "Mr. President": a form of address
_NAME_INTRODUCERS = NAME_STYLES | frozenset(
    {"mr", "mrs", "ms", "dr", "sheikh", "shaikh", "sheikha", "sir", "dame", "prof"}
)


# Abstract nouns that end a portfolio's subject ("... and Regional Integration"): see _Scanner.portfolio_noun
_PORTFOLIO_SUFFIXES = ("tion", "tions", "sion", "ment", "ments", "ity", "ism")
_PORTFOLIO_TAILS = frozenset({"Abroad", "Diaspora", "Overseas"})


# Bodies whose minister is one of theirs rather than a portfolio ("Foreign Office Minister").
_PORTFOLIO_BODIES = frozenset({"Ministry", "Office", "Department", "Party", "Government", "Commission"})
# Lowercase units inside a body ("the ministry's information and press department")
_BODY_UNITS = frozenset({"department", "division", "directorate", "office", "service", "bureau", "section"})


_CLOCK = re.compile(r"\d{1,2}[.:]\d{2}")


def _plural_office(low: str) -> bool:
    """A plural office word ("leaders", "ministers", "envoys"): many holders, never one name's title."""
    return len(low) > 4 and low[-1] == "s" and low[:-1] in PLURAL_BASES


_DATELINE_DASHES = frozenset({"-", "\u2013", "\u2014"})  # see _Scanner.dateline_place


_WATERS = frozenset({"Ocean", "Sea"})  # after a country's word, the name of a body of water
# Words right before a language named like a people ("speaks Spanish", "fluent Arabic").
_SPEAKING = frozenset({"speak", "speaks", "spoke", "speaking", "fluent", "fluently"})


# Last words of a place named after a body: the name before them is not the body itself
_BUILDINGS = frozenset(
    {"Theatre", "Theater", "Hall", "Building", "Gardens", "Square", "Palace", "Stadium", "Hotel", "Plaza"}
)


class _Scanned(NamedTuple):
    """A sentence as the scan left it: what the role-noun and pronoun searches read."""

    index: int
    tokens: list[Token]
    classes: list[int]  # word_class of each token
    present: int  # the classes found in the sentence
    shouting: bool


class _Scanner(NameScanner):
    """Cuts a document's sentences into mentions, one sentence after another."""

    def scan(self, sentence: int, tokens: list[Token], shouting: bool) -> _Scanned:
        """Add one sentence's mentions; ``out`` holds only this sentence's, which the parsers look back on."""
        self.sentence = sentence
        self.t = tokens
        self.cls = classes = list(map(word_class, map(itemgetter(2), tokens)))
        self.shouting = shouting
        self.out = []
        self.run()
        self.mentions += self.out
        return _Scanned(sentence, tokens, classes, reduce(or_, classes, 0), shouting)

    def run(self) -> None:
        cls = self.cls
        last = len(cls) - 1
        after = 0  # the next index not inside a run already segmented
        # only a capitalised token, or a name with a particle prefix ("al-Maliki"), opens a run
        for i in compress(count(), map(and_, cls, repeat(CAPISH))):
            if i < after:
                continue
            # most runs are one word, followed by one that cannot go on with it
            j = self.run_end(i) if i < last and cls[i + 1] & RUN_GOES_ON else i + 1
            if j == i + 1 and cls[i] & (FUNCTION | KNOWN_START | TITLE) == FUNCTION:
                after = j  # "The", "He": segment would skip the word
                continue
            self.segment(i, j)
            after = j  # > i: a run ends after its capitalised first word

    def run_end(self, i: int) -> int:
        """End of the capitalised run starting at ``i`` (connectors and particles inside)."""
        t, cls, n = self.t, self.cls, len(self.t)
        j = kept = i  # kept: the run may not be trimmed back before it
        while j < n:
            tok = t[j]
            if cls[j] & CAPISH or (tok.text == "." and j > i and len(t[j - 1].text) <= 3 and t[j - 1].cap):
                j += 1
                continue
            nxt = t[j + 1] if j + 1 < n else None
            if nxt is not None and nxt.text == "the" and tok.text in ("of", "for", "to") and j + 2 < n:
                nxt = t[j + 2]  # "Secretary of the Ministry of ..."
            if j > i and ELIDED_CAPITAL.match(tok.text) and tok.low not in _OFFICE_TAIL_STARTS:
                j += 1  # "Côte d'Ivoire", "Giscard d'Estaing": an elided particle on a capitalised word
                kept = j
                continue
            if tok.text in NAME_PARTICLES and j > i and self.particle_leads_to_name(j, n):
                j += 1
                continue
            if nxt is not None and nxt.cap and tok.text in CONNECTORS:
                j += 1
                continue
            if (
                tok.text == "'s"
                and nxt is not None
                and nxt.cap
                and j > i
                and t[j - 1].text in _NAME_POSSESSORS
            ):
                j += 1  # "National People's Congress": the possessive is part of the name
                continue
            if tok.text == "'s" and nxt is not None and nxt.cap and self.owner_in_office(i, j):
                j += 1  # "Deputy Chief of Staff of Russia's Presidential Office X": one office
                continue
            if tok.text == "," and self.list_in_office(i, j):
                j += 1  # "Minister of Environment, Water, and Agriculture ..."
                continue
            tail = self.office_tail(j) if tok.low in _OFFICE_TAIL_STARTS and j > i else 0
            if tail:
                j += tail  # "Chargé d'Affaires ad interim": the lowercase rest of the title
                kept = j
                continue
            if tok.text == "[" and j + 2 < n and t[j + 1].cap and t[j + 2].text == "]" and j > i:
                j += 3  # an editor's insertion: Minister [Heiko] Maas
                continue
            if tok.text == '"' and j + 2 < n and t[j + 1].cap and t[j + 2].text == '"' and j > i:
                j += 3  # a nickname: Josaia Voreqe "Frank" Bainimarama
                continue
            if tok.text == "(" and j > i and self.bracketed_short_form(j):
                j += 3  # "Chair of the Trade Committee (TC) X": the body's short form, then the holder
                continue
            if (
                tok.text == "-"
                and j + 2 < n
                and t[j - 1].text == "."
                and t[j + 1].low in ("elect", "designate")
                and t[j + 2].cap
            ):
                j += 2  # "Gov.-elect Greg Abbott": the suffix of an abbreviated title
                continue
            break
        while j > kept and not cls[j - 1] & CAPISH and t[j - 1].text != ".":
            j -= 1
        return j

    def bracketed_short_form(self, p: int) -> bool:
        """ "(TC)" at ``p`` right after a body's head, a capitalised word after it: the short form
        inside an office's subject ("Chair of the Trade Committee (TC) Ana Ruiz")."""
        t = self.t
        return (
            p + 3 < len(t)
            and t[p + 2].text == ")"
            and t[p - 1].text in orgs.HEADS
            and bool(self.cls[p + 1] & ACRONYM)
            and t[p + 3].cap
        )

    def office_tail(self, p: int) -> int:
        """How many lowercase words at ``p`` finish the office before them: "d'Affaires" after
        "Chargé", "ad interim" or "a.i." after an office (0: none)."""
        t = self.t
        low = t[p].low
        if low == "d'affaires" and p > 0 and t[p - 1].low in ("charge", "chargé"):
            return 1
        if p > 0 and self.cls[p - 1] & TITLE or t[p - 1].low == "d'affaires":
            if low == "ad" and p + 1 < len(t) and t[p + 1].low == "interim":
                return 2
            if low == "a.i.":
                return 1
        return 0

    def owner_in_office(self, i: int, j: int) -> bool:
        """ "... of Russia's ...": a possessive right after an office's "of" and one word."""
        t, cls = self.t, self.cls
        return (
            j - i >= 3
            and t[j - 2].text == "of"
            and any(cls[x] & TITLE_HEAD for x in range(max(i, j - 8), j - 2))
        )

    def list_in_office(self, i: int, j: int) -> bool:
        """A comma inside an office's subject list ("for Afghan Women, Girls, and Human Rights")."""
        t, n = self.t, len(self.t)
        nxt = j + 2 if j + 1 < n and t[j + 1].text == "and" else j + 1
        if nxt >= n or t[nxt].text not in TOPIC_WORDS or t[j - 1].text not in TOPIC_WORDS:
            return False
        window = t[max(i, j - _MAX_PHRASE) : j]
        return any(x.text in ("of", "for") for x in window) and any(
            word_class(x.text) & HEAD_OR_RANK for x in window
        )

    def segment(self, i: int, j: int) -> None:
        t, cls = self.t, self.cls
        k = i
        if cls[k] & FUNCTION and not (cls[k] & KNOWN_START and known_at(t, k, j)) and not cls[k] & TITLE:
            k += 1
        run_end = j
        # titled_person needs a title head or rank in its span, org_by_head a body's head word
        # and two words: a run with neither skips those parses (they would return k)
        in_run = cls[k] if run_end - k == 1 else reduce(or_, cls[k:run_end], 0)  # most runs are one word
        titles = in_run & TITLE_HEAD
        heads = in_run & ORG_HEAD
        while k < run_end:
            c = cls[k]
            if not c & CAPISH:  # "." is not capish either
                k += 1
                continue
            j = k + _MAX_PHRASE  # every parse below looks at most this far: linear time
            if j > run_end:
                j = run_end
            end = self.titled_person(k, j) if titles else k
            if end > k:
                k = end
                continue
            entry = known_at(t, k, j) if c & KNOWN_START else None
            org_end = self.org_by_head(k, j) if heads and j - k > 1 else k
            if entry and entry.source == "capital" and self.capital_as_given_name(k, j, entry):
                entry = None  # "Santiago Cafiero ... Cafiero said": a given name
            if entry and org_end <= k + len(entry.words):
                if entry.kind != "place" and self.keep_known(k, j, entry):
                    self.emit_known(k, entry)
                k += len(entry.words)
                continue
            if org_end <= k and c & POSSESSED and self.possessed_body(k):
                k += 1
                continue
            if org_end > k and self.government_of(k, org_end):
                k = org_end
                continue
            if org_end > k and self.portfolio_before(k, org_end, j):
                end = self.titled_person(org_end, j)
                if end > org_end:
                    self.widen_person(org_end, k)
                    k = end
                    continue
            if org_end > k:
                self.emit_whole(k, org_end, "organization")
                self.emit_nested_known(k, org_end, kinds=("country",))
                k = org_end
                continue
            # a name starts on a name word (or a given name kept out of them: "Christian")
            end = (
                self.name_end(k, j)
                if c & NAME_WORD or t[k].text in GIVEN_TOO or (c & ACRONYM and self.bare_initials(k, j))
                else k
            )
            if end > k + 2 and t[k].text in orgs.PARTY_LABELS:
                k += 1  # "Republican Charlie Baker": the party label is no part of the name
                continue
            if end > k:
                self.untitled_name(k, end)
                k = end
                continue
            if c & ACRONYM and self.is_org_acronym(k):
                self.emit_whole(k, k + 1, "organization")
            elif "-" in t[k].text:
                self.hyphenated_bodies(k)
            k += 1

    def hyphenated_bodies(self, k: int) -> None:
        """ "the ASEAN-GCC Summit", "EU-AU talks": a compound of known bodies (or countries) names
        each body; one of countries alone ("Russian-Nigerian ties") each country."""
        tok = self.t[k]
        parts = tok.text.split("-")
        if len(parts) < 2 or len(parts) > 3:
            return
        found = []
        for part in parts:
            bucket = KNOWN.get(part)
            entry = next((e for e in bucket if len(e.words) == 1), None) if bucket else None
            if entry is None or entry.kind == "place":
                return
            found.append(entry)
        # "Russian-Nigerian cooperation": a compound of peoples names each country ("China-Russia
        # ties", of names, is left to the meetings stage's reading of the countries around it)
        pair = all(e.kind == "country" and e.source == "demonym" for e in found)
        if not pair and not any(e.kind == "organization" for e in found):
            return
        at = tok.start
        for part, entry in zip(parts, found, strict=True):
            if entry.kind == "organization" or pair:
                e = at + len(part)
                self.out.append(
                    Mention(
                        at,
                        e,
                        part,
                        entry.kind,
                        self.sentence,
                        None,
                        entry.name if pair else entry.affiliation,
                        None,
                        at,
                        e,
                        entry.name,
                    )  # type: ignore[arg-type]
                )
            at += len(part) + 1

    def after_clock_time(self, k: int) -> bool:
        """Token ``k`` follows a time of day ("19:18", "10.43", "9 pm")."""
        t = self.t
        if k < 1:
            return False
        prev = t[k - 1].text
        if prev.lower() in ("am", "pm", "a.m.", "p.m.") and k >= 2 and t[k - 2].text[-1:].isdigit():
            return True
        if _CLOCK.fullmatch(prev):
            return True  # "10.43"
        return k >= 3 and prev.isdigit() and t[k - 2].text == ":" and t[k - 3].text.isdigit()

    def is_org_acronym(self, k: int) -> bool:
        """An unknown upper-case word ("ECOWAS", "KCNA"), unless the whole sentence is shouting.

        Not a handle ("@POTUS") and not the short form of a preceding phrase that
        is not an organization ("Foreign Military Financing (FMF)").
        """
        tok = self.t[k]
        bare = tok.text.replace(".", "")
        # the word's own tests first: most capitalised words fail them, and the context tests scan
        if (
            self.shouting
            or len(bare) < 3
            or not is_acronym(tok)
            or bare in ACRONYM_STOP
            or tok.text in countries.NAMES
        ):
            return False
        if k > 0 and self.t[k - 1].text in ("@", "#"):
            return False
        if self.after_clock_time(k):
            return False  # "19:18 MYT", "10.43 WIB", "9 pm KST": a time zone
        if bare in self.short_forms:
            return False  # defined elsewhere as the short form of something that is not a body
        if all(not x.text[:1].isalnum() for i, x in enumerate(self.t) if i != k):
            return False  # a one-word heading ("ANALYSIS")
        title = tok.text.title()
        if countries.country_of(title) or title in PLACES or title in MONTHS or title in WEEKDAYS:
            return False  # a dateline: "BEIJING, March 3 (Reuters) -", "PARIS, AUGUST 18"
        if self.dateline_place(k):
            return False
        if self.shouted_neighbour(k - 1) or self.shouted_neighbour(k + 1):
            return False  # a phrase in capitals: "MEXICO CITY, ...", "THE CANADIAN PRESS/..."
        return not (
            k > 0
            and self.t[k - 1].text in ("(", "[")
            and not (k > 1 and party_word(self.t[k - 2].text))
            and not any(
                m.kind == "organization" and m.end <= tok.start and tok.start - m.end <= 3 for m in self.out
            )
        )

    def dateline_place(self, k: int) -> bool:
        """A shouted word opening a line before a dash or a comma and a month is the dateline's place,
        known or not ("LYONVILLE – ...", "LYONVILLE, MAY 2:"); an acronym opening a line is followed
        by its sentence, not by a date."""
        t = self.t
        if k + 1 >= len(t):
            return False
        after = t[k + 1].text
        dated = after in _DATELINE_DASHES or (
            after == "," and k + 2 < len(t) and t[k + 2].text.title() in MONTHS
        )
        if not dated:
            return False
        text = self.doc.text
        line_start = text.rfind("\n", 0, t[k].start) + 1
        return not text[line_start : t[k].start].strip()

    def shouted_neighbour(self, k: int) -> bool:
        """An all-capitals plain word the lexicon does not know, next to another: acronyms stand
        alone or beside known ones ("UN OCHA"); two unknown capitalised words are a shouted phrase."""
        if k < 0 or k >= len(self.t):
            return False
        text = self.t[k].text
        return len(text) >= 2 and text.isalpha() and text.isupper() and text not in KNOWN

    def org_by_head(self, k: int, j: int) -> int:
        """End of an organization name starting at ``k`` ("Chinese Foreign Ministry", "Office of the ..."), or k."""
        t = self.t
        best = k
        p = k
        opened = t[k].text in orgs.STARTS
        while p < j:
            tok = t[p]
            if tok.text in CONNECTORS:
                if not opened and not self.joins_words(p, j):
                    break
                p += 1
                continue
            if tok.text == "'s" and p > k and t[p - 1].text in _NAME_POSSESSORS:
                p += 1  # "People's Liberation Army": one name
                continue
            if not tok.cap or tok.text == ".":
                break
            if (
                tok.low in TITLE_HEADS
                and tok.text not in orgs.HEADS
                and not (p + 1 < j and t[p + 1].text in orgs.HEADS)
            ):
                break  # an office ends a body's name, unless a head follows ("Executive Office")
            if tok.text in orgs.HEADS and (p > k or tok.text not in orgs.WEAK_ALONE):
                best = p + 1
            p += 1
        if (
            best > k + 1
            and t[best - 1].text in _STATE_HEADS
            and all(c & NAME_WORD and not c & TITLE_MODIFIER for c in self.cls[k : best - 1])
            and not any(tok.low in GOVERNMENT_QUALIFIERS for tok in t[k : best - 1])
        ):
            return k  # "Biden Administration": a leader's government, read as the person
        if best <= k + 1 and t[k].text in orgs.HEADS and k + 2 < j and t[k + 1].text in ("of", "for"):
            best = k + 1  # "Ministry of Energy", "Office of the Spokesperson"
        if best > k and t[best - 1].text in orgs.HEADS and best + 1 < j and self.body_subject(best):
            q = best + 1
            while q < j and (t[q].cap or t[q].text in CONNECTORS) and t[q].text != ".":
                if self.cls[q] & TITLE_HEAD and q + 1 < j and self.cls[q + 1] & NAME_WORD and q > best + 1:
                    break  # "Bank of England Governor Andrew Bailey": an office and its holder follow
                q += 1
            while q > best and t[q - 1].text in CONNECTORS:
                q -= 1
            if t[best].text == "on":
                q = self.subject_end(best + 1, q)
            best = q
        if best == k + 1:
            return k  # a head alone ("the Army", "Police") is not a name; known bodies come from the lexicon
        if best < len(t) and t[best].text in _BUILDINGS:
            return k  # "the National Press Theatre", "Congress Hall": a place named after a body
        return best

    def body_subject(self, p: int) -> bool:
        """A body's head goes on with its subject: "Ministry of ...", "Fund for ...", "Committee on
        Foreign Relations" (not "the Commission on Monday": a date follows that "on")."""
        t = self.t
        if t[p].text in ("of", "for"):
            return True
        return t[p].text == "on" and t[p + 1].text not in WEEKDAYS and t[p + 1].text not in MONTHS

    def subject_end(self, p: int, q: int) -> int:
        """End of the subject a "Committee on" names: its last topic word ("on American-Islamic
        Relations Alia Salem": the name after the subject is the holder's, not the body's)."""
        t = self.t
        end = p
        for x in range(p, q):
            text = t[x].text
            if (
                text in TOPIC_WORDS
                or text.endswith(_PORTFOLIO_SUFFIXES)
                or "-" in text
                or countries.country_of(text)
            ):
                end = x + 1
        return end if end > p else q  # no topic word ("Commission on Audit"): the whole run

    def portfolio_before(self, k: int, org_end: int, j: int) -> bool:
        """ "National Guard Minister X", "Foreign and Diaspora Affairs Cabinet Secretary X": the
        capitalised words before a minister (or a cabinet secretary) name the portfolio, part of
        the office, not a body the holder belongs to ("ECOWAS Commission President" is one)."""
        t = self.t
        if org_end >= j or t[org_end - 1].text in _PORTFOLIO_BODIES:
            return False
        head = t[org_end].low
        return head in ("minister", "ministers") or (head == "secretary" and t[org_end - 1].text == "Cabinet")

    def widen_person(self, at: int, k: int) -> None:
        """Start the person (or role) mention just emitted at token ``at`` on token ``k`` instead."""
        start = self.t[at][0]
        for m in reversed(self.out):
            if (m.kind == "person" or m.kind == "role") and m.start == start:
                m.start = self.t[k][0]
                m.text = self.doc.text[m.start : m.end]
                return

    def joins_words(self, p: int, j: int) -> bool:
        """ "Peace and Security Council": an "and" between two capitalised words that are not countries."""
        t = self.t
        if t[p].text != "and" or p == 0 or p + 1 >= j:
            return False
        before, after = t[p - 1], t[p + 1]
        return (
            before.cap
            and after.cap
            and not countries.country_of(before.text)
            and not countries.country_of(after.text)
        )

    def government_of(self, k: int, end: int) -> bool:
        """ "Government of Ukraine" names the country: emit it as a country mention."""
        t = self.t
        if t[k].text != "Government" or k + 2 > end or t[k + 1].text != "of":
            return False
        p = k + 2 + (t[k + 2].text == "the")
        entry = known_at(t, p, end) if p < end else None
        if entry is None or entry.kind != "country" or p + len(entry.words) != end:
            return False
        m = self.emit_whole(k, end, "country")
        m.affiliation = m.name = entry.name
        return True

    def capital_as_given_name(self, k: int, j: int, entry: Known) -> bool:
        """A one-word capital before a surname the article also uses alone ("Foreign Minister
        Santiago Cafiero ... Cafiero said"; "Victoria Nuland ... Nuland"): a given name."""
        t = self.t
        if (
            len(entry.words) != 1
            or k + 1 >= j
            or not self.cls[k + 1] & NAME_WORD
            or self.cls[k + 1] & KNOWN_START
        ):
            return False
        if k + 2 < j and t[k + 2].cap:
            return False  # "Paris Peace Forum": a longer name
        text = self.doc.text
        surname = t[k + 1].text
        return text.count(surname) > text.count(f"{t[k].text} {surname}")

    def keep_known(self, k: int, j: int, entry: Known) -> bool:
        """Capitals count as countries only when they stand for a government, not a place."""
        if entry.source == "org":
            return True
        surface = entry.surface
        if surface in countries.AMBIGUOUS and entry.source != "demonym":
            return False
        if countries.is_plural_demonym(surface):
            return False
        n = k + len(entry.words)
        if n < len(self.t) and self.t[n].text in _WATERS:
            return False  # "the Indian Ocean", "the Philippine Sea": a body of water
        if entry.source == "demonym" and k > 0 and self.t[k - 1].low in _SPEAKING:
            return False  # "speaks fluent Spanish": a language, not the country
        if k >= 2 and self.t[k - 1].text == "of" and self.t[k - 2].text in _GEOGRAPHIC_HEADS:
            return False  # "Gulf of Thailand", "Sea of Japan"
        if entry.source != "capital":
            return True
        if k + len(entry.words) < j:
            return False  # part of a longer name: "Paris Peace Agreements"
        before = self.t[k - 1].low if k > 0 else ""
        return before not in _LOCATIVES

    def titled_person(self, k: int, j: int) -> int:
        """Parse ``[premodifiers] title [of complement] [honorifics] Name``; return the end or k."""
        t, cls = self.t, self.cls
        if k > 0 and t[k].text == "PM" and t[k - 1].text[-1:].isdigit():
            return k  # "at 3 PM": a time of day, not the prime minister
        if cls[k] & KNOWN_START and cls[k] & TITLE and self.place_opens_on_title(k, j):
            return k  # "DR Congo", "Prince Edward Island": a place whose first word is a title
        p = k
        saw_title = False
        complement = False
        honorific = False
        bodies: list[tuple[int, int]] = []
        while p < j:
            tok = t[p]
            if tok.text == "." or (complement and tok.text == ","):
                p += 1
                continue
            if saw_title and tok.text == "-" and p + 1 < j and t[p + 1].low in ("elect", "designate"):
                p += 2  # "Gov.-elect X": the suffix of an abbreviated title
                continue
            tail = self.office_tail(p) if saw_title and tok.low in _OFFICE_TAIL_STARTS else 0
            if tail:
                p += tail
                continue
            if cls[p] & TITLE:
                low = tok.low.rstrip(".")
                if low in SECOND_STYLES and not honorific:
                    break  # "Seri" only follows another style ("Datuk Seri X"; "Bandar Seri Begawan")
                if complement and low in _NAME_INTRODUCERS and t[p - 1].text == "and":
                    # "X, the President of Cyprus and Dr Y, the ...": a courtesy after "and" opens
                    # the next person; the office ends before it
                    self.role_only(k, p - 1)
                    return p
                if saw_title and t[p - 1].text in ("to", "for") and not honorific and self.office_at(p, j):
                    # "Special Adviser to President Buhari": the name after the second office is
                    # that office's holder; the first office ends before "to"
                    self.role_only(k, p - 1)
                    return p - 1
                if honorific and low not in _NAME_INTRODUCERS:
                    if self.form_of_address(p, j):
                        return p + 1  # "Mr. President": the office addressed, no person named
                    break  # "Dr. Sultan Al Jaber": after an honorific comes the name
                if low in TITLES_ALSO_NAMES and saw_title and self.name_end(p + 1, j) > p + 1:
                    honorific = True  # "Foreign Minister Shah Mehmood Qureshi": a name, not a second office
                    break
                honorific = low in _NAME_INTRODUCERS
                saw_title = saw_title or cls[p] & HEAD_OR_RANK
                p += 1
                continue
            if honorific:
                break
            if saw_title and tok.text == "to" and _plural_office(t[p - 1].low):
                self.role_only(k, p)  # "welcoming Forum Leaders to Nadi": where they go, no holder's name
                return p
            if saw_title and tok.text in CONNECTORS:
                complement = True
                p += 1
                continue
            if not saw_title and tok.text == "and" and self.joined_portfolios(k, p, j):
                p += 1  # "Energy and Water Minister X": two portfolios before one office
                continue
            entry = known_at(t, p, j) if cls[p] & KNOWN_START else None
            if entry and (not saw_title or complement or entry.kind == "organization"):
                p += len(entry.words)
                continue
            if complement and tok.cap and (tok.text in TOPIC_WORDS or tok.text in orgs.HEADS):
                p += 1
                continue
            q = self.modified_topic_end(p, j) if complement and tok.cap else p
            if q > p:
                p = q  # "Coordinator for Strategic Communications John Kirby": the topic's modifiers
                continue
            if complement and tok.cap and self.portfolio_noun(p):
                p += 1  # "Minister of Foreign Affairs and Regional Integration, X": a portfolio, no name
                continue
            q = self.portfolio_words_end(p, j) if complement and tok.cap else p
            if q > p:
                p = q  # "Minister of Water Supply Ram Shah": the subject runs on to the name
                continue
            if complement and tok.text == "'s" and p + 1 < j and t[p + 1].cap:
                # "Deputy Chief of Staff of Russia's Presidential Office X": the owner's body
                body_end = self.org_by_head(p + 1, j)
                if body_end > p + 1:
                    bodies.append((p + 1, body_end))
                    p = body_end
                    continue
                break
            if complement and tok.cap and p + 2 < j and t[p + 1].text == "and" and cls[p + 2] & TITLE:
                p += 1  # "Minister for Manpower and Second Minister for Trade X": a portfolio, then more office
                continue
            if complement and tok.cap and t[p - 1].text == "and":
                q = self.name_end(p, j)
                if p < q < j and t[q].text in ("of", "for"):
                    p = q  # "Minister of Foreign Affairs and Expatriates of X": more subject, not a name
                    continue
            body_end = self.org_by_head(p, j) if complement and tok.cap else p
            if body_end > p:
                bodies.append((p, body_end))
                p = body_end  # "CEO of the Refugee Council Enver Solomon"
                continue
            q = self.subject_through_non_name(p, j) if complement and tok.cap else p
            if q > p:
                p = q  # "Chair of the Green Youth Caucus Hon X": up to a word no name has, then the holder
                continue
            if not saw_title and cls[p] & ACRONYM:
                p += 1  # an organization premodifier: "USINDOPACOM Commander ..."
                continue
            if complement and cls[p] & ACRONYM and t[p - 1].cap:
                p += 1  # "Prime Minister of the Lao PDR X": a short name ends the subject, never a name
                continue
            if complement and tok.text == "(" and self.bracketed_short_form(p):
                p += 3  # "Chair of the Trade Committee (TC) X"
                continue
            break
        if not saw_title:
            return k
        name_start = p
        end = self.name_end(name_start, j, forced=honorific)
        if end == name_start:
            self.role_only(k, p)
            for b, e in bodies:  # "Head of the Atomic Energy Organization of X": the body, named
                self.emit_whole(b, e, "organization")
            return p
        apposed = k >= 2 and t[k - 1].text == "," and t[k - 2].cap  # "X, <office>": X holds it
        if complement and (
            (apposed and t[end - 1].text in TOPIC_WORDS)
            or (end < j and t[end].text in NON_NAME_WORDS and t[end].text not in orgs.HEADS)
        ):
            # "X, Coordinator for Strategic Communications,", "Regional Director for South-East Asia":
            # an apposed office ending on a topic, or words ending on a place: no name
            while end < j and self.cls[end] & CAPISH:
                end += 1
            self.role_only(k, end)
            return end
        if not complement and end == name_start + 1:
            office_end = self.office_before_modifiers(k, name_start)
            if office_end < name_start:
                self.role_only(k, office_end)  # "the PM House Press Wing": the office owns a body
                return office_end
        if (
            complement
            and end == name_start + 1
            and t[name_start - 1].low == "the"
            and not (end < len(t) and t[end].low in LEADER_NOUNS)  # "of the Biden administration"
        ):
            self.role_only(k, end)  # "Secretary-General of the Commonwealth": one word after "the" is a body
            return end
        # "as agreed by the Prime Minister and President Macron": after a determiner, an office and
        # a one-word title joined by "and" are two people ("the Deputy Prime Minister and Foreign
        # Minister X", "Prime Minister and Foreign Minister X" are one)
        if k > 0 and t[k - 1].low in DETERMINERS:
            cut = name_start - 2 if name_start - 2 > k and t[name_start - 2].text == "and" else None
            if cut is not None and self.two_offices(k, cut, name_start):
                self.role_only(k, cut)
                k = cut + 1
        self.emit(k, end, "person", head=(self.after_style_pair(name_start, end), end))
        self.emit_nested_known(k, name_start)
        for b, e in bodies:
            self.emit_whole(b, e, "organization")
        return end

    def modified_topic_end(self, p: int, j: int) -> int:
        """Past a topic with capitalised modifiers ("Strategic Communications") when two name words
        still follow it, else ``p``: a portfolio's adjective is no given name."""
        t, cls = self.t, self.cls
        q, last = p, -1
        while q < j and q - p < 4 and cls[q] & CAPISH:
            if cls[q] & ORG_HEAD:
                return p  # "CEO of the Refugee Council X": a body, read as one
            if t[q].text in TOPIC_WORDS:
                last = q
            q += 1
        if last < 0 or last + 2 >= j or not (cls[last + 1] & NAME_WORD and cls[last + 2] & NAME_WORD):
            return p
        return last + 1

    def office_before_modifiers(self, k: int, name_start: int) -> int:
        """End of the office when only portfolio words ("House Press") follow its last head before
        a one-word name, else ``name_start``: an office ends on its head ("Press Secretary X"), so
        such words and the word after them name a body ("PM House Press Wing")."""
        cls = self.cls
        q = name_start
        while q > k and cls[q - 1] & TITLE_MODIFIER and not cls[q - 1] & HEAD_OR_RANK:
            q -= 1
        return q if k < q < name_start and cls[q - 1] & HEAD_OR_RANK else name_start

    def joined_portfolios(self, k: int, p: int, j: int) -> bool:
        """An "and" at ``p`` between two capitalised portfolio words, the second one going on to an
        office ("Energy and Water Minister", "Foreign and Trade Secretary"); not the end of an
        office's subject ("Minister for the Environment and Senior Minister ...")."""
        t, cls = self.t, self.cls
        if p < 1 or p + 2 >= j or not (t[p - 1].cap and cls[p - 1] & TITLE_MODIFIER):
            return False
        if k > 0 and (t[k - 1].text in CONNECTORS or cls[k - 1] & TITLE):
            return False
        q = p + 1
        while q < j and t[q].cap and cls[q] & TITLE_MODIFIER:
            q += 1
        return q > p + 1 and q < j and bool(cls[q] & TITLE_HEAD)

    def office_at(self, p: int, j: int) -> bool:
        """An office starts at ``p``: portfolio words up to a head ("Deputy Prime Minister"); a
        courtesy is none ("Minister for Education Dr X" names the minister)."""
        cls = self.cls
        q = p
        while q < j and q - p < 4 and cls[q] & TITLE_MODIFIER and not cls[q] & HEAD_OR_RANK:
            q += 1
        return q < j and bool(cls[q] & TITLE_HEAD) and self.t[q].low.rstrip(".") not in RANKS_AND_HONORIFICS

    def subject_through_non_name(self, p: int, j: int) -> int:
        """End of an office's subject running from ``p`` to a capitalised word no name has
        ("Caucus", "Committee") that the holder follows (a courtesy or a full name: "the Prime
        Minister to Istana Negara" names a palace), else ``p``."""
        t, cls = self.t, self.cls
        stop = min(j - 1, p + 6)
        q = p
        while q < stop and t[q].cap and not cls[q] & TITLE_HEAD:
            if t[q].text in NON_NAME_WORDS and (cls[q + 1] & TITLE or self.name_end(q + 1, j) >= q + 3):
                return q + 1
            q += 1
        return p

    def place_opens_on_title(self, k: int, j: int) -> bool:
        """A country or place the lexicon names in several words from ``k`` on: its first word
        ("DR", "Prince") is no courtesy or office before a name."""
        entry = known_at(self.t, k, j)
        return entry is not None and len(entry.words) > 1 and entry.kind in ("country", "place")

    def portfolio_noun(self, p: int) -> bool:
        """A capitalised abstract noun ("Integration", "Harmonization", "Abroad") that ends an office's
        subject: no name word follows it, so it is not a surname ("Minister of Finance Clement Ngoie")."""
        t = self.t
        text = t[p].text
        if not (text in _PORTFOLIO_TAILS or text.endswith(_PORTFOLIO_SUFFIXES)):
            return False
        return p + 1 >= len(t) or not self.cls[p + 1] & NAME_WORD

    def portfolio_words_end(self, p: int, j: int) -> int:
        """End of dictionary words, no given names, in an office's subject with a full name after them
        ("Minister of Water Supply Ram Shah", "Chairman of the Council of Elders Amos Sawyer", "Minister
        for Roads and Bridges Ali Saleh"): they belong to the subject, and the name starts where the
        name words do; else ``p``. A lone word after them may be a surname, so then nothing moves
        ("Minister of Energy Bright Simons")."""
        t = self.t
        q = p
        while q < j:
            text = t[q].text
            if text == "and" and q > p and q + 1 < j and t[q + 1].cap:
                q += 1
                continue
            if (
                not text.isalpha()
                or text.isupper()
                or not t[q].cap
                or not is_english_word(text)
                or given_word(text)
                or known_word(text)
            ):
                break
            if self.cls[q] & ORG_HEAD:
                return p  # "CEO of the Refugee Council X": a body's name, read as one
            q += 1
        if q == p or t[q - 1].text == "and" or q >= j:
            return p
        return q if self.name_end(q, j) - q >= 2 else p

    def form_of_address(self, p: int, j: int) -> bool:
        """ "Mr. President", "Mrs. Chairman": a courtesy before an office word with no name after it
        addresses the holder; a name in brackets after it ("[Emmanuel Macron]") is read on its own."""
        t = self.t
        q = p - 1
        while q >= 0 and t[q].text == ".":
            q -= 1
        if q < 0 or t[q].low not in _ADDRESSING or t[p].low in TITLES_ALSO_NAMES:
            return False
        return t[p].low in TITLE_HEADS and self.name_end(p + 1, j) == p + 1

    def role_only(self, k: int, p: int) -> None:
        """A capitalised office with no name after it ("the Prime Minister", "Crown Prince of Abu Dhabi")."""
        t = self.t
        while p > k and (t[p - 1].text in CONNECTORS or t[p - 1].text == "."):
            p -= 1
        if p <= k or not any(t[x].low.rstrip(".") in TITLE_HEADS for x in range(k, p)):
            return
        if p < len(t) and t[p].text in orgs.HEADS and t[p - 1].low in TITLE_MODIFIERS:
            return  # "the Deputy High Commission": a modifier before a body's head opens the body's name
        # "The Secretary and Prime Minister": two offices, two people (no "of" ties them together)
        cut = next((x for x in range(k + 1, p - 1) if t[x].text == "and"), None)
        if cut is not None and self.two_offices(k, cut, p):
            self.role_only(k, cut)
            self.role_only(cut + 1, p)
            return
        start = k - 1 if k > 0 and t[k - 1].low in DETERMINERS else k
        end = self.unit_of_body(k, p)
        self.emit(start, end, "role", head=(k, end))
        self.emit_nested_known(k, p)

    def unit_of_body(self, k: int, p: int) -> int:
        """End of "<office> of the <Body>'s press and information department": a lowercase unit the
        body owns completes the office (the holder is that unit's officer, not the body's); else p."""
        t, n = self.t, len(self.t)
        if p + 2 >= n or t[p].text != "'s" or t[p - 1].text not in orgs.HEADS:
            return p
        if not any(t[x].text == "of" for x in range(k, p)):
            return p
        q = p + 1
        while q < n and q - p <= 6 and not t[q].cap and t[q].text.isalpha():
            if t[q].low in _BODY_UNITS:
                return q + 1
            q += 1
        return p

    def two_offices(self, k: int, cut: int, p: int) -> bool:
        t = self.t
        if any(t[x].text in ("of", "for") for x in range(k, cut)):
            return False
        left = any(t[x].low in TITLE_HEADS for x in range(k, cut))
        return left and any(t[x].low in TITLE_HEADS for x in range(cut + 1, p))

    def possessed_body(self, k: int) -> bool:
        """A body's head word owned by a country or an office: "Britain's Treasury", "the Prime
        Minister's Office" (the owner and the head are one name; a country owner is its affiliation)."""
        t = self.t
        if k < 2 or t[k - 1].text != "'s" or t[k].text not in orgs.POSSESSED_HEADS:
            return False
        if k + 1 < len(t) and (t[k + 1].cap or t[k + 1].text in ("of", "for")):
            return False  # a longer name follows: left to the name parsers
        owner = next((m for m in reversed(self.out) if m.end == t[k - 2].end), None)
        if owner is None or owner.kind not in ("country", "role"):
            return False
        start = owner.head_start if owner.head_start is not None else owner.start
        e = t[k].end
        affiliation = owner.affiliation if owner.kind == "country" else None
        self.out.append(
            Mention(
                start,
                e,
                self.doc.text[start:e],
                "organization",
                self.sentence,
                None,
                affiliation,
                None,
                start,
                e,
            )
        )
        return True


_SHORT_FORM = re.compile(r"\(([A-Z]{2,8})\)")
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "on", "to"})


def _non_body_short_forms(text: str) -> frozenset[str]:
    """Acronyms the text defines for something that is not an organization: "Foreign Military
    Financing (FMF)", "External Affairs Minister (EAM)" (no body's head word in the name before them)."""
    found = set()
    for m in _SHORT_FORM.finditer(text):
        if m.group(1) in KNOWN:
            continue
        name: list[str] = []
        for word in reversed(text[max(0, m.start() - 160) : m.start()].split()[-12:]):
            if not (word[:1].isupper() or word in _NAME_JOINERS):
                break
            name.append(word)
        if name and not any(w in orgs.HEADS for w in name) and not party_word(name[0]):
            found.add(m.group(1))
    return frozenset(found)


# A-Z -> "U", a-z -> "l", every other byte kept (none is "U" or "l"): counts of each per sentence
_LETTER_CASES = bytes.maketrans(
    (string.ascii_uppercase + string.ascii_lowercase).encode(), b"U" * 26 + b"l" * 26
)


def _shouting(doc: Document) -> list[bool]:
    """Mostly upper-case sentences (a headline, an all-caps wire): their capitals say nothing about names.

    One with at least 4 letters A-Z and more than twice as many as a-z. Counted on the text
    encoded as ASCII with "?" for every other character (one byte per character, so the
    offsets hold), its letters mapped to "U" and "l" in one C pass.
    """
    cases = doc.text.encode("ascii", "replace").translate(_LETTER_CASES)
    shouting = []
    for s in doc.sentences:
        upper = cases.count(b"U", s.start, s.end)
        shouting.append(upper >= 4 and upper > 2 * cases.count(b"l", s.start, s.end))
    return shouting


def _unshout(tok: Token) -> Token:
    """In all-caps text keep capitals only where a lexicon knows the word ("NATO", "Chinese",
    "Minister"); every other word is lowercased, so no run of shouted words becomes a name."""
    text = tok.text
    if len(text) < 2 or not text.isupper() or text in KNOWN:
        return tok
    title = text.title().replace("'S", "'s")
    low = title.lower()
    keep = title in KNOWN or low in TITLE_HEADS or low in TITLE_MODIFIERS or low in RANKS_AND_HONORIFICS
    keep = keep or title in MONTHS or title in WEEKDAYS or title in PLACES
    new = title if keep else text.lower()
    return Token(tok.start, tok.end, new, new[:1].isupper(), new.lower())


# Lowercase words a title-case headline keeps in lowercase ("Minister to Visit Papua New Guinea")
_HEADLINE_SMALL = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "vs"}
)
_HEADLINE_MAX_TOKENS = 20
_OFFICE_TAIL_STARTS = frozenset({"d'affaires", "ad", "a.i."})  # see _Scanner.office_tail
_FINAL_MARKS = frozenset('.?!":\u201d')


def _title_case(text: str, tokens: list[Token]) -> bool:
    """A headline in title case: short, no final full stop, a small word in lowercase, and every
    word of 4+ letters capitalised. Its capitals, like shouted ones, say nothing about names
    ("Minister to Visit Papua New Guinea" names no "Visit Papua New")."""
    if len(tokens) > _HEADLINE_MAX_TOKENS or text.rstrip()[-1:] in (".", "?", "!", '"', ":", "”"):
        return False
    small = lower = upper = 0
    for k, t in enumerate(tokens):
        if t.low in _HEADLINE_SMALL and (not t.cap or k > 0):
            # in lowercase, or capitalised past the first word: "Start Case" headlines capitalise
            # every word ("PM Reaffirms Commitment To A Unified Bloc")
            small += 1
        elif len(t.text) >= 4 and t.text.isalpha():
            if t.cap:
                upper += 1
            else:
                lower += 1
    return small > 0 and upper >= 3 and lower == 0


def _body_capitals(doc: Document, all_tokens: list[list[Token]], headlines: set[int]) -> set[str]:
    """Words capitalised inside an ordinary sentence (not its first word): names the body uses."""
    return {
        t.text for s in doc.sentences if s.index not in headlines for t in all_tokens[s.index][1:] if t.cap
    }


# Courtesy titles that only ever stand before a name ("Hon. X", "H.E. X"), never before a headline's verb
_COURTESY = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "hon", "h.e.", "sir", "dame", "honourable", "honorable"}
)
_NAME_RUN = range(2, 5)


def _listed_names(tokens: list[Token]) -> set[int]:
    """Positions of a title-case line's words that name someone all the same.

    A list of guests ("- Hon. X Y, Prime Minister of Fiji", "X Y, President of Kiribati") looks
    like a headline, but no headline puts a verb after "Hon." or opens on two words and ", <office>".
    """
    keep: set[int] = set()
    first = next((i for i, t in enumerate(tokens) if t.text[:1].isalpha()), len(tokens))
    i = first
    while i < len(tokens):
        j = i
        while j < len(tokens) and tokens[j].cap and tokens[j].text.replace("-", "").isalpha():
            j += 1
        if (
            j - i - 1 in _NAME_RUN
            and tokens[i].low in _COURTESY
            and j < len(tokens)
            and tokens[j].text == ","
        ):
            keep.update(range(i + 1, j))  # "Enquiries: Mr Clayson Monyela, <office>": a contact line
        elif j - i in _NAME_RUN:
            before = i - 2 if i >= 2 and tokens[i - 1].text == "." else i - 1
            after_courtesy = before >= 0 and tokens[before].low in _COURTESY
            office_follows = (
                i == first
                and j + 1 < len(tokens)
                and tokens[j].text == ","
                and (tokens[j + 1].low in TITLE_HEADS or tokens[j + 1].low in TITLE_MODIFIERS)
                and not any(t.text in NON_NAME_WORDS for t in tokens[i:j])
                and not any(t.low in SPEECH_VERBS for t in tokens[j + 1 :])  # '..., Minister Says'
            )
            if after_courtesy or office_follows:
                keep.update(range(i, j))
        i = max(j, i + 1)
    return keep


def _untitle(tok: Token, names: set[str], start_case: bool = False) -> Token:
    """In a title-case headline keep a capital where the body or a lexicon does; lowercase the rest."""
    text = tok.text
    if not tok.cap or text in names or text in KNOWN or not text.isalpha():
        return tok
    low = tok.low
    if low in TITLE_HEADS or low in TITLE_MODIFIERS or low in RANKS_AND_HONORIFICS:
        return tok
    if text in MONTHS or text in WEEKDAYS or text in PLACES or text.isupper():
        return tok
    if start_case and (not is_english_word(low) or given_word(text) or known_word(text)):
        # "Modi, President Sirisena Hold Talks On Trade": every word capitalised, so only an
        # ordinary word loses its capital; a name the body may not repeat keeps it
        return tok
    return Token(tok.start, tok.end, low, False, low)


def _start_case(tokens: list[Token]) -> bool:
    """A headline capitalising its small words too ("Hold Talks On Trade", "To A Unified Bloc")."""
    return any(t.cap and t.low in _HEADLINE_SMALL for t in tokens[1:])


def find(doc: Document) -> None:
    """Fill ``doc.mentions`` in text order."""
    all_tokens = sentence_tokens(doc)
    scanner = _Scanner(doc, _non_body_short_forms(doc.text))
    scanned: list[_Scanned] = []
    shouts = _shouting(doc)
    headlines = {
        s.index
        for s, shouting in zip(doc.sentences, shouts, strict=True)
        if not shouting
        and 0 < len(all_tokens[s.index]) <= _HEADLINE_MAX_TOKENS
        and doc.text[s.end - 1] not in _FINAL_MARKS  # most sentences: one look at their last character
        and _title_case(doc.text[s.start : s.end], all_tokens[s.index])
    }
    names = _body_capitals(doc, all_tokens, headlines) if headlines else set()
    for sent, shouting in zip(doc.sentences, shouts, strict=True):
        tokens = all_tokens[sent.index]
        if shouting:  # later stages read the same, case-normalised tokens
            tokens = all_tokens[sent.index] = [_unshout(t) for t in tokens]
        elif sent.index in headlines:
            listed = _listed_names(tokens)
            start_case = _start_case(tokens)
            tokens = all_tokens[sent.index] = [
                t if n in listed else _untitle(t, names, start_case) for n, t in enumerate(tokens)
            ]
        scanned.append(scanner.scan(sent.index, tokens, shouting))
    mentions, pending = scanner.mentions, scanner.pending
    mentions = not_people(doc, mentions)
    # lone words that are part of a full name found anywhere: "Wang" after "Wang Yi"
    name_words = {w for m in mentions if m.kind == "person" for w in head_text(doc, m).split() if len(w) > 1}
    mentions.extend(m for m in pending if m.text in name_words)
    taken_by_sentence: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        if m.kind in ("person", "organization", "role"):
            taken_by_sentence.setdefault(m.sentence, []).append((m.start, m.end))
    for sc in scanned:
        if sc.present & ROLE_HEAD:  # each role description ends on a role noun, an office or a body
            taken = Taken(taken_by_sentence.get(sc.index, []))
            mentions.extend(role_nouns(doc, sc.index, sc.tokens, sc.classes, taken))
        mentions.extend(_pronouns(doc, sc))
    # by start, the longer first: two stable sorts in C ("reverse" keeps the order of equals)
    mentions.sort(key=attrgetter("end"), reverse=True)
    mentions.sort(key=attrgetter("start"))
    doc.mentions = mentions


def _pronouns(doc: Document, sc: _Scanned) -> list[Mention]:
    """Pronoun mentions: the sentence's PRONOUN_PATTERN matches, searched for only in the words that hold one.

    A match is a whole word, so it lies inside one token; alone, that token's text matches too
    (it has the PRONOUN class). Searching the document text over each such token's span keeps
    the context the pattern looks at. A shouting sentence's tokens were recased: search it whole.
    """
    text = doc.text
    if sc.shouting:
        s = doc.sentences[sc.index]
        spans = [(s.start, s.end)]
    elif sc.present & PRONOUN:
        spans = [(t[0], t[1]) for t in compress(sc.tokens, map(and_, sc.classes, repeat(PRONOUN)))]
    else:
        return []
    return [
        Mention(p.start(), p.end(), p.group(), "pronoun", sc.index)
        for start, end in spans
        for p in PRONOUN_PATTERN.finditer(text, start, end)
    ]
