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
state, emitting and untitled names), titledpeople.py (its parse of offices and of bodies by head
word), rolenouns.py (lowercase role descriptions) and nonpeople.py (person mentions that name
no one).
"""

from __future__ import annotations

import re
import string
from dataclasses import replace
from functools import reduce
from itertools import compress, count, repeat
from operator import and_, attrgetter, itemgetter, or_
from typing import NamedTuple

from briefing_tui.extract.document import Document, Mention
from briefing_tui.extract.gates import any_in, finditer_in_lines
from briefing_tui.extract.knownpeople import given_word, known_name, known_surname, known_word
from briefing_tui.extract.lexicon import countries, orgs
from briefing_tui.extract.lexicon.english import is_english_word
from briefing_tui.extract.lexicon.titles import (
    RANKS_AND_HONORIFICS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TRANSCRIPT_ROLE_LABELS,
)
from briefing_tui.extract.lexicon.words import (
    ACRONYM_STOP,
    MONTHS,
    NAME_PARTICLES,
    NON_NAME_WORDS,
    PLACES,
    SPEECH_VERBS,
    TOPIC_WORDS,
    WEEKDAYS,
    place_word,
)
from briefing_tui.extract.mentionwords import (
    ACRONYM,
    CAPISH,
    CONNECTORS,
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
    one_word_entry,
    party_word,
    portfolio_party,
    word_class,
)
from briefing_tui.extract.nonpeople import head_text, not_people, ordinary_phrase
from briefing_tui.extract.personnames import APOSTROPHES, GIVEN_TOO
from briefing_tui.extract.rolenouns import Taken, role_nouns
from briefing_tui.extract.titledpeople import (
    BUILDINGS,
    NAME_POSSESSORS,
    OFFICE_TAIL_STARTS,
    TitleScanner,
    plain_word,
)
from briefing_tui.extract.tokens import Token, sentence_tokens

# The longest stretch of tokens one mention parse looks at ("Assistant Secretary for the Bureau
# of European and Eurasian Affairs Dr. Karen Donfried" is 14): keeps long capitalised runs linear.
_MAX_PHRASE = 24


# What a government issues: "a statement from Beijing" is China's (see MentionScanner.capital_issues)
_ISSUED = frozenset(
    {"statement", "statements", "readout", "communique", "communiqu\u00e9", "release", "announcement"}
    | {"response", "reply", "reaction", "message"}
)
_AFTER_IN = frozenset({"a", "an", "the", "its", "his", "her", "their", "joint", "separate", "written"})
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


# Bodies whose minister is one of theirs rather than a portfolio ("Foreign Office Minister").
_PORTFOLIO_BODIES = frozenset({"Ministry", "Office", "Department", "Party", "Government", "Commission"})


# What the heads of a "Heads of State and Government" lead: a class of people, no body
_HEADS_OF_WHAT = frozenset({"state", "government"})


_CLOCK = re.compile(r"\d{1,2}[.:]\d{2}")
_PRICE = re.compile(r"\d[\d,]*\.\d+")


_DATELINE_DASHES = frozenset({"-", "\u2013", "\u2014"})  # see _Scanner.dateline_place
# The words run_end may take that are not RUN_GOES_ON (a possessive in a name or an office, a
# bracketed short form, the hyphen of "Gov.-elect"), besides the lowercase tails of an office
_RUN_TAKES_TOO = frozenset({"'s", "(", "-"})


_WATERS = frozenset({"Ocean", "Sea"})  # after a country's word, the name of a body of water
_AMERICAN = frozenset({"American", "Americans"})
# before "American": a region ("Latin" is left out for now: in round 30 it cost a meeting that the
# meetings stage found through the United States' "American")
_PARTS_OF_AMERICA = frozenset({"South", "North", "Central"})
# Words right before a language named like a people ("speaks Spanish", "fluent Arabic").
_SPEAKING = frozenset({"speak", "speaks", "spoke", "speaking", "fluent", "fluently"})


class _Scanned(NamedTuple):
    """A sentence as the scan left it: what the role-noun and pronoun searches read."""

    index: int
    tokens: list[Token]
    classes: list[int]  # word_class of each token
    present: int  # the classes found in the sentence
    shouting: bool


class _Scanner(TitleScanner):
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
        # the sentence's distinct classes OR-ed: a sentence repeats a few ("the", ",", "said"), and each
        # OR of two large ints makes a new one
        return _Scanned(sentence, tokens, classes, reduce(or_, set(classes), 0), shouting)

    def run(self) -> None:
        cls = self.cls
        last = len(cls) - 1
        after = 0  # the next index not inside a run already segmented
        # only a capitalised token, or a name with a particle prefix ("al-Maliki"), opens a run
        for i in compress(count(), map(and_, cls, repeat(CAPISH))):
            if i < after:
                continue
            # most runs are one word, followed by one that cannot go on with it
            # ("People's Liberation Army": a possessive inside a name that opens on its owner)
            j = (
                self.run_end(i)
                if i < last and (cls[i + 1] & RUN_GOES_ON or self.t[i].text in NAME_POSSESSORS)
                else i + 1
            )
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
            if cls[j] & CAPISH or (
                tok.text == "."
                and j > i
                and t[j - 1].cap
                and (len(t[j - 1].text) <= 3 or t[j - 1].text in _LONG_TITLE_ABBREVIATIONS)
            ):
                j += 1
                continue
            if tok.text == "in" and j > i:
                known_end = self.known_across(i, j)
                if known_end:
                    j = kept = known_end  # "the United Nations Interim Force in Lebanon": a known name
                    continue
            if (
                not cls[j] & RUN_GOES_ON
                and tok.text not in _RUN_TAKES_TOO
                and tok.low not in OFFICE_TAIL_STARTS
            ):
                break  # no rule below takes the word (most runs end on such a word): skip testing each
            nxt = t[j + 1] if j + 1 < n else None
            if nxt is not None and nxt.text == "the" and tok.text in ("of", "for", "to") and j + 2 < n:
                nxt = t[j + 2]  # "Secretary of the Ministry of ..."
            if j > i and ELIDED_CAPITAL.match(tok.text) and tok.low not in OFFICE_TAIL_STARTS:
                j += 1  # "Côte d'Ivoire", "Giscard d'Estaing": an elided particle on a capitalised word
                kept = j
                continue
            if tok.text in NAME_PARTICLES and j > i and self.particle_leads_to_name(j, n):
                j += 1
                continue
            if j > i and tok.text in APOSTROPHES and self.past_ayn(j, n) > j:
                j += 1  # "Mohammed Shia' Al Sudani": an apostrophe ending a name word
                continue
            if nxt is not None and nxt.cap and tok.text in CONNECTORS:
                j += 1
                continue
            if tok.text == "and" and nxt is not None and nxt.text == "the":
                known_end = self.known_across(i, j)
                if known_end:
                    j = kept = known_end  # "St. Vincent and the Grenadines": "and the" inside a name
                    continue
            if (
                tok.text == "'s"
                and nxt is not None
                and nxt.cap
                and j > i
                and t[j - 1].text in NAME_POSSESSORS
            ):
                j += 1  # "National People's Congress": the possessive is part of the name
                continue
            if tok.text == "'s" and nxt is not None and nxt.cap and self.owner_in_office(i, j):
                j += 1  # "Deputy Chief of Staff of Russia's Presidential Office X": one office
                continue
            if tok.text == "," and self.list_in_office(i, j):
                j += 1  # "Minister of Environment, Water, and Agriculture ..."
                continue
            tail = self.office_tail(j) if tok.low in OFFICE_TAIL_STARTS and j > i else 0
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

    def known_across(self, i: int, j: int) -> int:
        """End of a lexicon entry starting in the run that goes on past the lowercase word at ``j``
        ("and the", "in": the run would otherwise end there, splitting the name), else 0."""
        t, cls, n = self.t, self.cls, len(self.t)
        for s in range(max(i, j - _KNOWN_REACH), j):
            entry = known_at(t, s, n) if cls[s] & KNOWN_START else None
            if entry is not None and s + len(entry.words) > j + 1:
                return s + len(entry.words)
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
        """A comma inside an office's subject list ("for Afghan Women, Girls, and Human Rights";
        "for Power, Energy and Mineral Resources": plain words of a list its "and" closes)."""
        t, n = self.t, len(self.t)
        nxt = j + 2 if j + 1 < n and t[j + 1].text == "and" else j + 1
        if nxt >= n:
            return False
        if (t[nxt].text not in TOPIC_WORDS or t[j - 1].text not in TOPIC_WORDS) and not (
            plain_word(t[j - 1]) and plain_word(t[nxt]) and (nxt == j + 2 or self.list_closes(nxt))
        ):
            return False
        window = t[max(i, j - _MAX_PHRASE) : j]
        return any(x.text in ("of", "for") for x in window) and any(
            word_class(x.text) & HEAD_OR_RANK for x in window
        )

    def segment(self, i: int, j: int) -> None:
        t, cls = self.t, self.cls
        k = i
        if (
            cls[k] & FUNCTION
            and not (cls[k] & KNOWN_START and known_at(t, k, j))
            and not cls[k] & TITLE
            and not self.given_common_word(k, j)  # "Will Hurd said": a given name, no modal
        ):
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
            if heads and t[k].low in _HEADS_OF_WHAT and self.heads_of(k):
                # "Heads of State and Government of the X": a class of people, not a body named
                # "State and Government"; the body after "of" is still read
                both = k + 2 < run_end and t[k + 1].low in ("and", "or") and t[k + 2].low in _HEADS_OF_WHAT
                k += 3 if both else 1
                continue
            entry = known_at(t, k, j) if c & KNOWN_START else None
            org_end = self.org_by_head(k, j) if heads and j - k > 1 else k
            if entry and entry.source == "capital" and self.capital_as_given_name(k, j, entry):
                entry = None  # "Santiago Cafiero ... Cafiero said": a given name
            elif entry and t[k].text in GIVEN_TOO and self.office_noun_before(k) and self.given_country(k, j):
                entry = None  # "party leader Jordan Bardella": a given name after a lowercase office
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
                for h in range(k, org_end):
                    if "-" in t[h].text:  # "the Botswana-Namibia Bi-National Commission"
                        self.hyphenated_bodies(h, countries_only=True)
                k = org_end
                continue
            # a name starts on a name word (or a given name kept out of them: "Christian")
            end = (
                self.name_end(k, j)
                if c & NAME_WORD
                or t[k].text in GIVEN_TOO
                or (c & ACRONYM and self.bare_initials(k, j))
                or self.given_common_word(k, j)
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

    def hyphenated_bodies(self, k: int, countries_only: bool = False) -> None:
        """ "the ASEAN-GCC Summit", "EU-AU talks": a compound of known bodies (or countries) names
        each body; one of countries alone ("Russian-Nigerian ties") each country (only that with
        ``countries_only``: a compound inside a body's name)."""
        tok = self.t[k]
        parts = tok.text.split("-")
        if len(parts) < 2 or len(parts) > 3:
            return
        found = []
        for part in parts:
            entry = one_word_entry(part)
            if entry is None or entry.kind == "place":
                return
            found.append(entry)
        # "Russian-Nigerian cooperation", "China-Russia ties": a compound of peoples, or of states'
        # names, names each country
        # (not of a name too often something else alone: "Congo-Rwanda talks" may be of either Congo)
        pair = all(e.kind == "country" and e.source == "demonym" for e in found) or all(
            e.kind == "country" and e.source == "name" and e.surface not in countries.AMBIGUOUS for e in found
        )
        if not pair and (countries_only or not any(e.kind == "organization" for e in found)):
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

    def heads_of(self, k: int) -> bool:
        """Whether "head(s) of" is written right before token ``k`` ("Heads of State")."""
        t = self.t
        return k >= 2 and t[k - 1].low == "of" and t[k - 2].low in ("heads", "head")

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
            # a dictionary word in capitals names an operation, a project or a page's label
            # ("Operation NEON", "the FAST telescope", "MORE ARTICLES"), not a body's initials,
            # unless bracketed after its long form ("the Council of ... (CROP)")
            or (len(bare) >= 4 and is_english_word(tok.low) and not (k > 0 and self.t[k - 1].text == "("))
        ):
            return False
        if k > 0 and self.t[k - 1].text in ("@", "#"):
            return False
        if k + 1 < len(self.t) and _PRICE.fullmatch(self.t[k + 1].text):
            return False  # "SOLARTEX 12.40 Increased By 0.35": a share's ticker before its price
        if self.after_clock_time(k):
            return False  # "19:18 MYT", "10.43 WIB", "9 pm KST": a time zone
        if bare in self.short_forms:
            return False  # defined elsewhere as the short form of something that is not a body
        if all(not x.text[:1].isalnum() for i, x in enumerate(self.t) if i != k):
            return False  # a one-word heading ("ANALYSIS")
        title = tok.text.title()
        if place_word(title) or title in MONTHS or title in WEEKDAYS:
            return False  # a dateline: "BEIJING, March 3 (Reuters) -", "PARIS, AUGUST 18"
        if self.dateline_place(k):
            return False
        if self.line_label(k):
            return False
        if self.shouted_name_word(k):
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
        dated = (
            after in _DATELINE_DASHES
            or (after == "(" and self.agency_then_dash(k + 1))  # "LYONVILLE (Agency) - ..."
            or (
                after == ","
                and k + 2 < len(t)
                and (
                    t[k + 2].text.title() in MONTHS
                    # "LYONVILLE, Ruritania, Feb. 6": the place, then its country (or its agency, or the dash)
                    or (
                        k + 3 < len(t)
                        and (
                            t[k + 3].text == ","
                            or t[k + 3].text in _DATELINE_DASHES  # "LYONVILLE, Ruritania - ..."
                            or (t[k + 3].text == "(" and self.agency_then_dash(k + 3))
                        )
                        and countries.country_of(t[k + 2].text) is not None
                    )
                )
            )
        )
        if not dated:
            return False
        text = self.doc.text
        line_start = text.rfind("\n", 0, t[k].start) + 1
        before = text[line_start : t[k].start]
        # "ST. LYON, MAY 2": a shouted word of the place's name may come first
        return not before.strip() or (
            len(before) <= 12 and before.isupper() and before.replace(".", "").replace(" ", "").isalpha()
        )

    def line_label(self, k: int) -> bool:
        """An ordinary word in capitals opening a line before a colon: a transcript's label for a
        role ("QUESTION:", "MODERATOR:", "PANELLIST:" over a turn) or a section's ("ANALYSIS:"), no body."""
        t = self.t
        if k + 1 >= len(t) or t[k + 1].text != ":":
            return False
        if not (is_english_word(t[k].low) or t[k].low in TRANSCRIPT_ROLE_LABELS):
            return False
        text = self.doc.text
        return not text[text.rfind("\n", 0, t[k].start) + 1 : t[k].start].strip()

    def agency_then_dash(self, k: int) -> bool:
        """A short bracket from ``k`` (an agency's name, "(Agency 24)") and a dash right after it."""
        t = self.t
        for x in range(k + 1, min(len(t) - 1, k + 5)):
            if t[x].text == ")":
                return t[x + 1].text in _DATELINE_DASHES
        return False

    def shouted_name_word(self, k: int) -> bool:
        """A word of a person's name in capitals, as bylines, photo credits and some official sites
        write them: a common given name ("By WILLIAM E. GIBSON", "AFP / JORGE X"), a word next to a
        dotted initial, or a surname between a title and a given name ("President KHURELSUKH Ukhnaa")."""
        t = self.t
        text = t[k].text
        if len(text) >= 5 and given_word(text):
            return True
        if k > 0 and t[k - 1].cap and not t[k - 1].text.isupper() and given_word(t[k - 1].text):
            return True  # "Alexey NIKOLSKY/Sputnik": a surname in capitals after its given name
        if k >= 2 and t[k - 1].text == "." and _bare_letter(t[k - 2].text):
            return True
        if k + 2 < len(t) and _bare_letter(t[k + 1].text) and t[k + 2].text == ".":
            return True
        return (
            k > 0
            and k + 1 < len(t)
            and bool(self.cls[k - 1] & TITLE)
            and t[k + 1].cap
            and not t[k + 1].text.isupper()
            and bool(self.cls[k + 1] & NAME_WORD)
        )

    def shouted_neighbour(self, k: int) -> bool:
        """An all-capitals plain word the lexicon does not know, next to another: acronyms stand
        alone or beside known ones ("UN OCHA"); two unknown capitalised words are a shouted phrase."""
        if k < 0 or k >= len(self.t):
            return False
        text = self.t[k].text
        return len(text) >= 2 and text.isalpha() and text.isupper() and text not in KNOWN

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

    def government_of(self, k: int, end: int) -> bool:
        """ "Government of Ukraine", "the Kenyan Government" name the country: emit it as a country
        mention."""
        t = self.t
        if t[end - 1].text == "Government" and end - k > 1:
            entry = known_at(t, k, end - 1)  # "the Kenyan Government", "the British Government"
            if entry is None or entry.kind != "country" or k + len(entry.words) != end - 1:
                return False
        else:
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
        Santiago Cafiero ... Cafiero said"; "Victoria Nuland ... Nuland") or with which the lexicon
        lists a person: a given name."""
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
        if known_name(f"{t[k].text} {surname}"):
            return True  # "Wellington Koo": a person the lexicon lists, told once in full
        return text.count(surname) > text.count(f"{t[k].text} {surname}")

    def keep_known(self, k: int, j: int, entry: Known) -> bool:
        """Capitals count as countries only when they stand for a government, not a place."""
        if entry.source == "org":
            # "the ASEAN Garden", "UN Park": a place named after a known body is no mention of it
            n = k + len(entry.words)
            return (n >= len(self.t) or self.t[n].text not in BUILDINGS) and not portfolio_party(self.t, k)
        surface = entry.surface
        if surface in countries.AMBIGUOUS and entry.source != "demonym":
            return False
        if countries.is_plural_demonym(surface):
            return False
        n = k + len(entry.words)
        if n < len(self.t) and self.t[n].text in _WATERS:
            return False  # "the Indian Ocean", "the Philippine Sea": a body of water
        if n < len(self.t) and self.t[n].text == "$" and self.t[n].start == self.t[n - 1].end:
            return False  # "US$59 billion": a currency's sign
        if surface in _AMERICAN and k > 0 and self.t[k - 1].text in _PARTS_OF_AMERICA:
            return False  # "a South American currency", "Latin American states": the region's
        if entry.source == "demonym" and k > 0 and self.t[k - 1].low in _SPEAKING:
            return False  # "speaks fluent Spanish": a language, not the country
        if k >= 2 and self.t[k - 1].text == "of" and self.t[k - 2].text in _GEOGRAPHIC_HEADS:
            return False  # "Gulf of Thailand", "Sea of Japan"
        if entry.source != "capital":
            return True
        if k + len(entry.words) < j:
            return False  # part of a longer name: "Paris Peace Agreements"
        before = self.t[k - 1].low if k > 0 else ""
        return before not in _LOCATIVES or self.capital_issues(k)

    def capital_issues(self, k: int) -> bool:
        """A capital after "a statement from" or "according to" ("according to a statement from
        Beijing", "according to Moscow"): the government that issued the words, as in "Beijing
        said", not the city they came from; "in a statement from Nairobi" says where a speaker named
        elsewhere spoke from."""
        t = self.t
        if k < 2:
            return False
        before, word = t[k - 1].low, t[k - 2].low
        if before == "to":
            return word == "according"
        if before != "from" or word not in _ISSUED:
            return False
        # "In a statement from Nairobi, the UN agency said": where the named issuer spoke from
        j = k - 3
        while j >= max(0, k - 5) and t[j].low in _AFTER_IN:
            j -= 1
        return j < 0 or t[j].low != "in"

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
# How many words of a lexicon name may come before a lowercase word inside it ("United Nations
# Multidimensional Integrated Stabilization Mission in Mali")
_KNOWN_REACH = 8
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "on", "to"})
# Last words of an agreement's name: "Visiting Forces Agreement (VFA)" is no body, whatever heads it holds
_AGREEMENTS = frozenset(
    {"Agreement", "Agreements", "Treaty", "Accord", "Accords", "Pact", "Protocol", "Understanding"}
)


def _non_body_short_forms(text: str) -> frozenset[str]:
    """Acronyms the text defines for something that is not an organization: "Foreign Military
    Financing (FMF)", "External Affairs Minister (EAM)" (no body's head word in the name before them),
    "Visiting Forces Agreement (VFA)" (an agreement's name)."""
    found = set()
    for m in _SHORT_FORM.finditer(text):
        if m.group(1) in KNOWN:
            continue
        name: list[str] = []
        for word in reversed(text[max(0, m.start() - 160) : m.start()].split()[-12:]):
            if not (word[:1].isupper() or word in _NAME_JOINERS):
                break
            name.append(word)
        if name and (
            name[0] in _AGREEMENTS or not any(w in orgs.HEADS for w in name) and not party_word(name[0])
        ):
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
_BARE_HEADLINE_MAX_TOKENS = 12
# Words before "by" in a wire's credit line ("Reporting by X; Editing by Y")
_CREDIT_WORDS = frozenset({"reporting", "editing", "writing", "edited", "written", "compiled"})


_FINAL_MARKS = frozenset('.?!":\u201d')


def _title_case(text: str, tokens: list[Token]) -> bool:
    """A headline in title case: short, no final full stop, a small word in lowercase, and every
    word of 4+ letters capitalised. Its capitals, like shouted ones, say nothing about names
    ("Minister to Visit Papua New Guinea" names no "Visit Papua New")."""
    if len(tokens) > _HEADLINE_MAX_TOKENS or text.rstrip()[-1:] in (".", "?", "!", '"', ":", "”"):
        return False
    small = lower = upper = 0
    for k, t in enumerate(tokens):
        if t.low == "by" and k > 0 and tokens[k - 1].low in _CREDIT_WORDS:
            return False  # "(Reporting by X; Editing by Y)": a wire's credit, its capitals names
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

    A list of guests ("- Hon. X Y, Prime Minister of Fiji", "X Y, President of Kiribati", "Minister of
    Defence, X Y;") looks like a headline, but no headline puts a verb after "Hon.", opens on two words
    and ", <office>", or ends on an office, a comma and two words.
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
            # "Minister of Foreign Affairs, X Y;": a protocol list's line, the office first, the name
            # after its comma (or colon) closing the line
            office_before = (
                i > first + 1
                and tokens[i - 1].text in (",", ":")
                and (j == len(tokens) or tokens[j].text in (";", ",", "."))
                and any(t.low in TITLE_HEADS for t in tokens[first : i - 1])
                and not any(t.text in NON_NAME_WORDS for t in tokens[i:j])
            )
            if after_courtesy or office_follows or office_before:
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


# What a verb's present ("Resigns", "Passes") or past ("Resigned") adds to its stem
_VERB_ENDINGS = ("es", "s", "ed", "d")
_NOT_VERB_BITS = TITLE | HEAD_OR_RANK | ORG_HEAD | KNOWN_START | TITLE_MODIFIER


def _bare_headline(tokens: list[Token]) -> bool:
    """A short line whose every word is capitalised ("Senate Bill Targets TikTok", "President
    Resigns"): a headline with no small word in lowercase for :func:`_title_case` to see."""
    words = 0
    for t in tokens:
        if t.text[:1].isalpha():
            if not t.cap:
                return False
            words += 1
    return words >= 2


def _verb_form(tok: Token, names: set[str]) -> bool:
    """A headline's word that is an English verb's "-s" or "-ed" form ("Targets", "Resigns",
    "Ousted") no lexicon, no office and no sentence of the body writes with a capital."""
    text = tok.text
    if len(text) < 4 or not text.isalpha() or text.isupper() or text in names:
        return False
    if word_class(text) & _NOT_VERB_BITS or given_word(text) or known_word(text):
        return False
    low = tok.low
    if low.endswith("ss"):
        return False  # "Moss", "Voss": no verb's "-s" form ends so ("passes" is "-es")
    return any(
        low.endswith(e) and len(low) - len(e) >= 3 and is_english_word(low[: -len(e)]) for e in _VERB_ENDINGS
    )


def _unverb(tokens: list[Token], names: set[str]) -> list[Token]:
    """A bare headline with its verbs lowercased: a verb form right after a capitalised word (a
    title, a name, a law's "Bill") is the headline's predicate, no word of a name ("President
    Resigns", "Senate Bill Targets TikTok"); "President Biden", "Bill Burns" keep their capitals."""
    out = list(tokens)
    for n in range(1, len(tokens)):
        t = tokens[n]
        if t.cap and tokens[n - 1].cap and _verb_form(t, names):
            out[n] = Token(t.start, t.end, t.low, False, t.low)
    return out


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
    bare = {
        s.index
        for s, shouting in zip(doc.sentences, shouts, strict=True)
        if not shouting
        and 1 < len(all_tokens[s.index]) <= _BARE_HEADLINE_MAX_TOKENS
        and doc.text[s.end - 1] not in _FINAL_MARKS
        and s.index not in headlines
        and _bare_headline(all_tokens[s.index])
    }
    names = _body_capitals(doc, all_tokens, headlines | bare) if headlines or bare else set()
    for sent, shouting in zip(doc.sentences, shouts, strict=True):
        tokens = all_tokens[sent.index]
        if shouting:  # later stages read the same, case-normalised tokens
            tokens = all_tokens[sent.index] = [_unshout(t) for t in tokens]
        elif sent.index in bare:
            tokens = all_tokens[sent.index] = _unverb(tokens, names)
        elif sent.index in headlines:
            listed = _listed_names(tokens)
            start_case = _start_case(tokens)
            tokens = all_tokens[sent.index] = [
                t if n in listed else _untitle(t, names, start_case) for n, t in enumerate(tokens)
            ]
        scanned.append(scanner.scan(sent.index, tokens, shouting))
    mentions, pending = scanner.mentions, scanner.pending
    if scanner.context_bodies:
        _recurring_bodies(mentions, pending, scanner.context_bodies)
    mentions = not_people(doc, mentions)
    mentions = _without_editions(doc, mentions)
    if " News" in doc.text:
        mentions = [m for m in mentions if not _section_label(m)]
    if " Cent" in doc.text:
        mentions = [m for m in mentions if not _venue_centre(m)]
    if any_in(doc.text, _BASE_WORDS, 0, len(doc.text)):
        mentions = [m for m in mentions if m.kind != "organization" or not _BASE_AFTER.match(doc.text, m.end)]
    openings = any(word in doc.text for word in _CREDIT_OPENERS)
    # only a body is ever credited: the other mentions skip the call
    mentions = [m for m in mentions if m.kind != "organization" or not _credited(doc.text, m, openings)]
    mentions = _without_namesakes(doc.text, mentions)
    if any(m.kind == "country" and m.text in countries.SHARED_DEMONYMS for m in mentions):
        _shared_demonyms(doc.text, mentions)
    mentions = _without_misread_acronyms(doc, mentions)
    mentions = _without_initials_before_names(doc.text, mentions)
    if any_in(doc.text, _FURNITURE_WORDS, 0, len(doc.text)):
        mentions = _without_furniture_bodies(doc, mentions)
    if "-based " in doc.text or "-headquartered " in doc.text:
        mentions = [_without_seat(m) for m in mentions]
    if "ffice" in doc.text or "residency" in doc.text or "ress service" in doc.text:
        mentions.extend(_speaking_offices(doc))
    # lone words that are part of a full name found anywhere ("Wang" after "Wang Yi"), or the family
    # name of well-known people the article never names in full ("Pompeo was accompanied by")
    name_words = {w for m in mentions if m.kind == "person" for w in head_text(doc, m).split() if len(w) > 1}
    mentions.extend(
        m
        for m in pending
        if m.text in name_words or (known_surname(m.text) and not _common_or_place(doc.text, m))
    )
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


_NEXT_WORD = re.compile(r"\s+(\w+)")


def _common_or_place(text: str, m: Mention) -> bool:
    """A lone surname that is also a dictionary word ("Power", "Gates"), or names the place or the
    work after it ("the Andrews airport", "Mbeki Highway"): no mention of the well-known person by it."""
    if is_english_word(m.text.lower()):
        return True
    nxt = _NEXT_WORD.match(text, m.end)
    return nxt is not None and (nxt.group(1)[:1].isupper() or nxt.group(1).title() in BUILDINGS)


# The office that speaks for a leader or a state: "Yoon's office said", "the Czech presidency
# announced", "according to the presidential office"
# and a leader's or a government's press service ("the press service of the President of X", "the
# president's press service", "the press service of the Russian government")
# ("the press service of the Interior Ministry", "the Commission's press service" speak for that body)
_WORD = r"[A-Z][\w'\u2019-]+"
_LEADER = r"(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor|[Kk]ing|[Ee]mir|[Gg]overnment)"
_BODY_HEAD = (
    r"(?:Ministry|Ministries|Commission|Department|Office|Agency|Council|Committee|Court|Service|Bank|Embassy"
    r"|Army|Police|Party|Parliament|Assembly|Senate|Union|Organi[sz]ation|Fund|Authority|Bureau|Directorate"
    r"|Forces|Command|Secretariat|Mission|Company|Corporation)['\u2019]"
)
_PRESS_SERVICE = (
    rf"[Pp]ress service of the (?:{_WORD} ){{0,2}}{_LEADER}(?: of (?:the )?{_WORD}(?: {_WORD})?)?"
    rf"|(?:(?!{_BODY_HEAD}){_WORD}|[Pp]resident|[Pp]rime [Mm]inister)['\u2019]s press service"
)
# A leader's office named by the leader's title, lowercase: "the emir's office", "the Afghan prime
# minister's office", "the office of the deputy prime minister" (a title, not a name, after "of")
_TITLE = r"(?:(?:deputy|vice) )?(?:president|prime minister|premier|chancellor|emir|king|PM)"
_TITLES_OFFICE = (
    rf"(?:[A-Z][\w'\u2019-]+ ){{0,2}}{_TITLE}['\u2019]s office"
    rf"|office of (?:the )?(?:[A-Z][\w'\u2019-]+ )?{_TITLE}\b(?![ -][A-Z]|['\u2019]s)"
)
_OFFICE_BODY = (
    r"(?:(?:[A-Z][\w'\u2019-]+ )?[A-Z][\w'\u2019-]+['\u2019]s (?:press )?office|(?:[A-Z][a-z]+ )?[Pp]residency"
    r"|[Pp]residential [Oo]ffice|" + _TITLES_OFFICE + "|" + _PRESS_SERVICE + ")"
)
# Every match opens on a capital, "p" (presidency, press service) or "t" (the): the leading lookahead
# tests that one character first, so each other offset of a searched line fails at once instead
# of trying both branches (about half the search's time). The body says what it says ("the emir's
# office said"), is its source ("according to", "said the presidency") or its issuer ("released by")
_SPEAKING_OFFICE = re.compile(
    r"(?=[A-Zpt])(?:"
    r"(?:(?:(?<=[Aa]ccording to )|(?<=\bsaid )|(?<=\bby )|(?<=statement from ))(?:the )?("
    + _OFFICE_BODY
    + r"))"
    r"|(?:\b(?:[Tt]he )?("
    + _OFFICE_BODY
    + r")(?= (?:said|says|announced|stated|reported|added|confirmed|mentioned|noted|tweeted|posted|wrote)\b)))"
)


_PRESIDENTS_OFFICE = "Office of the President"


# What opens a photo's or a text's credit on its line: "Photo: PID", "PHOTO: REUTERS", "(c) KYODO",
# "Courtesy X" (the line's source, no actor of the story)
_CREDIT_OPENING = re.compile(
    r"(?:\b(?:[Pp]hotos?|PHOTOS?|[Pp]hotograph|PHOTOGRAPH|[Pp]hoto [Cc]redit|[Pp]icture|[Ii]mage|[Cc]redit)\s*:"
    r"|\b[Pp]hotos? (?:via|by)|\([Ff]oto\b|\u00a9|^\s*[Cc]ourtesy(?: of)?)"
    r"[ \t]*(?:[A-Z][\w.'-]*[ \t/]+){0,3}$",
    re.M,
)
# A credit's chain of sources joined by slashes, ending its line. Its further links ("/AA",
# "/ Press Bureau of the Cabinet", "/Getty images"): capitalised words, the small words of a body's
# name and a credit's own, no lower-case word of a sentence ("the UN/AU/EU troika will meet" is no
# credit); "Photos" is left for the line's end. Possessive throughout: a line that fails costs one
# pass, however many slashes or spaces it holds.
_LINK_WORD = (
    r"(?:(?!PHOTO|Photo)[A-Z\d][\w.&'\u2019-]*+|(?:of|the|and|for|de|du|des|la|le|al|el|images|pool|file)\b)"
)
_CHAIN_LINKS = re.compile(
    rf"(?:[ \t]*+/[ \t]*+(?!PHOTO|Photo)[A-Z][\w.&'\u2019-]*+(?:[ \t]++{_LINK_WORD})*+)*+"
)
# What may follow a chain's last link to the line's end: ", pool", ", File", a closing bracket or
# bar, or "Photos" and the photographer's name ("/XNB Photos Ana Lima")
_CHAIN_END = re.compile(
    r"(?:[ \t]*+,[ \t]*+(?:[Pp]ool|POOL|[Ff]ile|FILE))?[ \t)|]*+|[ \t]++(?:[Pp]hotos?|PHOTOS?)\b.*"
)
# How far a credit's line may go on after one of its bodies ("/ Press Bureau of the Secretariat of
# the President of the Republic, pool": some 60 characters)
_CHAIN_REACH = 160
_BREADCRUMB = re.compile(r"[ \t]*Home[ \t]*/")  # a site's path to the page: "Home / World News"
_CREDIT_WORD = re.compile(r"\b(?:[Pp]ool|POOL|[Ff]ile|FILE|[Pp]hotos?|PHOTOS?|[Ff]oto)\b")
# A caption's credit after its full stop, alone at the line's end: "... in Tehran on Sunday. AP"
_AFTER_FULL_STOP = re.compile(r"[.!?][\"'\u201d)]?[ \t]+$")
# A word or sign every credit opening holds: an article without one has no credit line to search
# before each of its bodies. Plain substring tests (a regex alternation here scans every offset
# without a literal to skip to: 0.5 ms an article, more than the gate saves), each the part the
# cases of one word share ("oto": "Photo", "photo", "Foto"), so that an article without any is read 7
# times, not 12
_CREDIT_OPENERS = ("oto", "HOTO", "icture", "mage", "redit", "\u00a9", "ourtesy")


def _credited(text: str, m: Mention, openings: bool = True) -> bool:
    """A body named inside a credit line: the agency or outlet the line credits, no actor of the story
    (``openings``: whether the article holds any word that opens a credit, ``_CREDIT_OPENERS``)."""
    if m.kind != "organization":
        return False  # (a photographer or a writer credited stays a person: see rolecredits)
    if m.text in ("PHOTO", "PHOTOS") and text.startswith(":", m.end):
        return True  # the credit's own word, shouted
    line = text.rfind("\n", 0, m.start) + 1
    if m.text.isupper() and len(m.text) <= 5:
        stop = text.find("\n", m.end)
        if not text[m.end : stop if stop >= 0 else len(text)].strip() and _AFTER_FULL_STOP.search(
            text, line, m.start
        ):
            return True  # "... lower house on Monday.  AP"
    if _credit_chain(text, m, line):
        return True
    if not openings:
        return False
    lo = max(line, m.start - 80)
    # a match lies inside the window and holds an opener: substring tests (C loops over 80
    # characters) first, the regex (no literal to skip to: tried at each offset) only where one is
    return (
        any_in(text, _CREDIT_OPENERS, lo, m.start) and _CREDIT_OPENING.search(text, lo, m.start) is not None
    )


def _credit_chain(text: str, m: Mention, line: int) -> bool:
    """A body in a chain of sources joined by slashes that ends a caption's line: "Image: picture
    alliance/AA/X", "Lisbon, Portugal/ANTARA/X", "JOHN MARKS / X, pool", any link of it (two
    slashes or a credit's word on the line; a slash between two bodies in a sentence, "the UN/AU
    force", "the UN/AU/EU troika will meet", is no credit), or a site's section at the end of its
    breadcrumb ("Home / Jordan News")."""
    stop = text.find("\n", m.end, m.end + _CHAIN_REACH + 1)
    if stop < 0:
        if len(text) - m.end > _CHAIN_REACH:
            return False  # a credit is short: the line goes on too far (and a long line costs no scan)
        stop = len(text)
    links = _CHAIN_LINKS.match(text, m.end, stop)
    if links.end() == m.end and not text[max(line, m.start - 8) : m.start].rstrip(" \t").endswith("/"):
        return False  # no slash on either side of the body: most bodies
    if not _CHAIN_END.fullmatch(text, links.end(), stop):
        return False
    return (
        text.count("/", line, stop) >= 2
        or _CREDIT_WORD.search(text, line, stop) is not None
        or _BREADCRUMB.match(text, line) is not None
    )


def _bare_letter(text: str) -> bool:
    """One capital letter: an initial whose stop is the next token."""
    return len(text) == 1 and "A" <= text <= "Z"


def _speaking_offices(doc: Document) -> list[Mention]:
    """A leader's office or a state's presidency that says something ("Yoon's office said", "the
    Argentine presidency said", "according to the presidential office") is a body: the source of
    the statement, not its leader. The word before "presidency" must be a country's."""
    found = []
    has_office_of = _PRESIDENTS_OFFICE in doc.text
    # every match holds "office", "Office", "presidency" or "press service" and no newline: its lines alone are searched
    for match in finditer_in_lines(_SPEAKING_OFFICE, doc.text, ("ffice", "residency", "ress service")):
        group = 1 if match.group(1) else 2
        start, end = match.span(group)
        body = match.group(group)
        first, _, rest = body.partition(" ")
        if rest.lower() == "presidency" and countries.country_of(first) is None:
            continue  # "the EU presidency": a turn of office, or "Trump presidency": a term
        if first.lower() == "presidency" and not doc.text.endswith(("the ", "The ", "to "), 0, start):
            continue  # "the rotating EU presidency": a word no country's before it, not captured
        if " of " in body and _holder_after_owner(body.rpartition(" of ")[2]):
            body = body.rpartition(" ")[0]  # "... of the President of X Ana Ruiz": the holder's name
            end = start + len(body)
        sentence = next((s.index for s in doc.sentences if s.start <= start < s.end), -1)
        # "the presidential office" of an article that writes "the Office of the President" is that body
        name = _PRESIDENTS_OFFICE if body.lower() == "presidential office" and has_office_of else None
        found.append(Mention(start, end, body, "organization", sentence, None, None, None, start, end, name))
    return found


def _holder_after_owner(tail: str) -> bool:
    """Whether the last of two words after an office's last "of" begins its holder's name, not the
    owner's ("the President of X Ana Ruiz"; "of the Kyrgyz Republic", "of Ruritania Province" are
    the owner's: a dictionary word after a country's)."""
    words = tail.removeprefix("the ").split()
    if len(words) != 2 or countries.country_of(tail.removeprefix("the ")) is not None:
        return False
    if given_word(words[1]):
        return True
    return countries.country_of(words[0]) is not None and not is_english_word(words[1].lower())


# An ordinal written right before a name: "the 13th Joint Commission", "a 2nd Binational Cabinet"
_ORDINAL_BEFORE = re.compile(
    r"(?:\b\d{1,3}(?:st|nd|rd|th)|\b(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh"
    r"|[Ee]ighth|[Nn]inth|[Tt]enth|[Ee]leventh|[Tt]welfth))\s+$"
)
# The heads of names for the sittings of a recurring meeting ("the 13th Joint Commission", "the 3rd
# Binational Cabinet", "the 9th Strategic Dialogue"): an ordinal before any other name counts a
# body's units or terms ("the 47th Mechanized Brigade", "the 9th Circuit Court", "the 118th Congress")
_EDITION_HEADS = frozenset(
    {
        "Cabinet",
        "Commission",
        "Conference",
        "Consultations",
        "Dialogue",
        "Forum",
        "Meeting",
        "Round",
        "Session",
        "Summit",
        "Talks",
    }
)


# A year right after a name that dates it: "CHOGM 2024", "at AUSMIN 2023 in Brisbane" (not "2024-25",
# nor a year before a lowercase noun that it dates instead: "the EAC 2024 budget")
_YEAR_AFTER = re.compile(
    r"[ \t]+(?:19|20)\d\d\b(?![-\u2013]?\d)"
    r"(?![ \t]+(?!(?:in|at|on|and|or|was|is|will|to|of|for|from|with|which|where|when)\b)[a-z])"
)


def _edition_name(doc: Document, m: Mention) -> str | None:
    """The name of an event's edition: a meeting's name no lexicon knows, written right after an
    ordinal ("the 15th Binational Cabinet"): the Nth sitting of a recurring meeting, not a body.
    Only the words before an "of" are the edition's ("the 20th Session of the National Assembly"
    leaves the assembly a body). An unknown acronym dated by a year after it ("CHOGM 2024") is
    the year's sitting of a recurring event as well: a body's own short form takes no year."""
    if m.kind != "organization" or m.name is not None:
        return None
    if " " not in m.text:
        return m.text if m.text.isupper() and _YEAR_AFTER.match(doc.text, m.end) else None
    own = m.text.partition(" of ")[0]
    if own.rpartition(" ")[2] not in _EDITION_HEADS:
        return None
    start = m.start
    if _ORDINAL_BEFORE.search(doc.text, max(0, start - 12), start) is None:
        return None
    return own


# Titles cut short to four letters or more, whose dot stays inside a name ("Prof. X", "Capt. Y"),
# as the two- and three-letter ones do ("Dr. X", "Gen. Y")
_LONG_TITLE_ABBREVIATIONS = frozenset({"Prof", "Capt", "Brig", "Cmdr", "Supt", "Insp", "Lieut"})


def _section_label(m: Mention) -> bool:
    """A news site's section heading copied with the page ("Breaking News", "Latest News", "World
    News"): ordinary words before "News", no outlet the lexicon knows; an outlet's name holds a
    proper word ("Dunya News", "CTV News")."""
    return (
        m.kind == "organization" and m.name is None and m.text.endswith(" News") and ordinary_phrase(m.text)
    )


# Words before "Center"/"Centre" that make it a building where events are held ("the Convention
# Center", "a Cultural Centre", "the Media Centre" of a summit), not a body ("the Carter Center")
_VENUE_KINDS = frozenset(
    {"Convention", "Conference", "Exhibition", "Expo", "Events", "Congress", "Press", "Media", "Cultural"}
)


# A military site named for the force that holds it ("X Air Force Base", "Y Army Barracks"): a
# place, no actor (the force's own mentions elsewhere stay)
_BASE_AFTER = re.compile(r"[ \t]+(?:Air[ \t]+)?(?:Base|Airbase|Barracks|Airfield)\b")
_BASE_WORDS = (" Base", "Airbase", "Barracks", "Airfield")


def _venue_centre(m: Mention) -> bool:
    """A body's mention that names a venue: its last words are a venue's kind and "Center" or
    "Centre" ("Philippine International Convention Center"); a place, no actor."""
    if m.kind != "organization" or m.name is not None or not m.text.endswith(("Center", "Centre")):
        return False
    words = m.text.split()
    return len(words) >= 2 and words[-2] in _VENUE_KINDS


def _without_editions(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Drop the mentions of recurring meetings read as bodies: a name once written as an ordinal
    edition ("the 13th Peru-Chile Binational Cabinet") is an event wherever it recurs, also by its
    last words ("the Binational Cabinet") or in the plural ("Binational Cabinets constitute ...")."""
    keys: set[str] = set()
    for m in mentions:
        name = _edition_name(doc, m)
        if name is not None:
            keys.add(m.text.lower())
            words = name.lower().split()
            keys.update(" ".join(words[i:]) for i in range(len(words) - 1))
    if not keys:
        return mentions

    def edition(m: Mention) -> bool:
        if m.kind not in ("organization", "person") or m.head_start not in (None, m.start):
            return False
        low = m.text.lower().removeprefix("the ")
        return low in keys or (low.endswith("s") and low[:-1] in keys)

    return [m for m in mentions if not edition(m)]


# The head of a news outlet's name after a country or city: "China Daily", "the Fijian Broadcasting
# Corporation", "Hungary Today", "the Jakarta Post" (title case, or shouted in a photo credit)
_OUTLET_HEADS = (
    "Daily",
    "Times",
    "Post",
    "Today",
    "Herald",
    "Tribune",
    "Gazette",
    "Observer",
    "Telegraph",
    "Broadcasting",
    "Television",
    "Radio",
    "News Agency",
    "Press Agency",
)
_OUTLET_AFTER = re.compile(r"[ \t]+(?:" + "|".join(f"{h}|{h.upper()}" for h in _OUTLET_HEADS) + r")\b")


# A compact or a format of talks named after the city it was made in: "the Minsk agreements", "the Paris
# Agreement", "the Oslo Accords", "the Astana format" (the city names the text, not a side)
_COMPACT_AFTER = re.compile(
    r"[ \t]+(?:[Aa]greements?|[Aa]ccords?|[Pp]rotocols?|[Ff]ormat|[Dd]eclaration|[Pp]rocess)\b"
)


def _without_namesakes(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a country the article names only in other things' names: a news outlet's ("Source:
    Fijian Broadcasting Corporation", "(Photo: X / CHINA DAILY)") or, for a capital, any body's
    ("the OSCE Minsk Group" is named after a city, not Belarus's government). Such a name is the
    outlet's or the body's, not a side in the story (so is a compact's, "the Minsk agreements"); a
    country named anywhere else stays."""
    bodies = [m for m in mentions if m.kind == "organization"]
    namesakes: dict[str, list[Mention]] = {}
    told: set[str] = set()
    for m in mentions:
        if m.kind != "country" or m.name is None or m.name in told:
            continue
        if _OUTLET_AFTER.match(text, m.end) or (
            m.text in countries.CAPITALS
            and (
                any(b.start <= m.start and m.end < b.end and b is not m for b in bodies)
                or _COMPACT_AFTER.match(text, m.end) is not None
            )
        ):
            namesakes.setdefault(m.name, []).append(m)
        else:
            told.add(m.name)
    dropped = {id(m) for name, found in namesakes.items() if name not in told for m in found}
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions


def _shared_demonyms(text: str, mentions: list[Mention]) -> None:
    """A demonym two states share ("Dominican") names the one the article names: when it names the
    other state (by name or capital) and never the one the demonym table gives (not even where the
    lexicon leaves that name out as too ambiguous alone), every reference to the latter (the
    demonym's mentions, the affiliations it gave) goes to the other."""
    shared = countries.SHARED_DEMONYMS
    named = {m.name for m in mentions if m.kind == "country" and m.text not in shared}
    moves = {
        countries.DEMONYMS[m.text]: shared[m.text]
        for m in mentions
        if m.kind == "country" and m.text in shared
    }
    moves = {
        first: other
        for first, other in moves.items()
        if other in named and first not in named and not re.search(rf"\b{re.escape(first)}\b", text)
    }
    if not moves:
        return
    for m in mentions:
        if m.name in moves:
            m.name = moves[m.name]
        if m.affiliation in moves:
            m.affiliation = moves[m.affiliation]


_SPELT_JOINERS = r"\s+(?:(?:of|for|the|and|on)\s+)*"


def _stems(name: str) -> set[str]:
    """The first four letters of a name's words, its joiners left out: the same name written with
    another ending or hyphen ("Southern Africa"/"Southern African", "Asia Pacific") keeps them."""
    return {w[:4].lower() for w in re.findall(r"[^\W\d_]+", name) if w.lower() not in _NAME_JOINERS}


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` capitalises every word but the small joiners: a headline in title
    case, whose capitals spell out no name ("Iran And Europe Agree ..." is no expansion of "IAEA")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = re.findall(r"[^\W\d_]+", text[start : end if end >= 0 else len(text)])
    return not any(w[0].islower() and w.lower() not in _NAME_JOINERS for w in words)


def _spelt_out(acronym: str) -> re.Pattern[str]:
    """Capitalised words whose initials spell ``acronym`` ("IEA": "Islamic Emirate of Afghanistan").
    The first word's start is tested after its capital ("I(?<!\\wI)", the same as a word boundary
    before it): a pattern opening on a literal letter lets the regex engine skip straight to each
    such capital, ten times faster over a whole article than testing a boundary at every offset."""
    first, rest = acronym[0], acronym[1:]
    words = [rf"{first}(?<!\w{first})[\w'\u2019-]+", *(rf"{c}[\w'\u2019-]+" for c in rest)]
    return re.compile(_SPELT_JOINERS.join(words) + r"\b")


def _without_misread_acronyms(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Drop a known body's acronym ("IEA") the article spells out as another capitalised phrase
    ("Islamic Emirate of Afghanistan") while never writing the lexicon's own name for it: acronyms
    are shared by many bodies, and the one the article writes out is the one it means."""
    text = doc.text
    lowered = ""
    wrong: set[str] = set()
    seen: set[str] = set()
    for m in mentions:
        if (
            m.kind != "organization"
            or not m.name
            or m.name == m.text
            or not 3 <= len(m.text) <= 6
            or not m.text.isalpha()
            or not m.text.isupper()
            or m.text in seen
        ):
            continue
        seen.add(m.text)  # an acronym said again is judged once
        lowered = lowered or text.lower()
        if m.name.lower() in lowered:
            continue
        spelt = _spelt_out(m.text)
        if any(
            _stems(found.group()).isdisjoint(_stems(m.name)) and not _title_case_line(text, found.start())
            for found in spelt.finditer(text)
        ):
            wrong.add(
                m.text
            )  # not the lexicon's name written another way ("Southern Africa Development ...")
    return [m for m in mentions if not (m.kind == "organization" and m.text in wrong)] if wrong else mentions


_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+(?:[A-Z][\w-]*[ \t]+)?$")


# Words of a site's own notices (its privacy terms, a form's anti-spam check, the browser it needs):
# the bodies such a paragraph names ("subject to the Google Privacy Policy", "please use Google
# Chrome") are the site's suppliers, no actors of the story
_FURNITURE_WORDS = (
    "Privacy Policy",
    "Terms of Use",
    "Terms of Service",
    "reCAPTCHA",
    "Cookie Policy",
    " browser",
)
_FURNITURE = re.compile(
    r"Privacy Policy|Terms of (?:Use|Service)|reCAPTCHA|Cookie Policy|\b(?:modern|supported|your|a newer|latest)"
    r" (?:web )?browser"
)


# A notice speaks to the reader ("you accept", "please use", "this site"), or is a form's check; a
# story's sentence about a privacy policy or a browser does not ("the Commission said Meta must
# rewrite its Privacy Policy"). And it is a short paragraph of its own, not a story run into one line.
_READER = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Oo]ur|[Pp]lease|[Tt]his (?:site|website|page|form))\b|reCAPTCHA")
_NOTICE_MAX = 400  # characters of a notice's paragraph


def _without_furniture_bodies(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Drop the bodies named in a paragraph of the site's notices (a short line holding ``_FURNITURE``
    that speaks to the reader)."""
    text = doc.text
    lines = []
    for found in _FURNITURE.finditer(text):
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end()) % (len(text) + 1)
        if end - start <= _NOTICE_MAX and _READER.search(text, start, end):
            lines.append((start, end))
    if not lines:
        return mentions
    return [m for m in mentions if m.kind != "organization" or not any(a <= m.start < b for a, b in lines)]


_SEAT = re.compile(r"[\w.' -]*-(?:based|headquartered) (?=[A-Z])")


def _without_seat(m: Mention) -> Mention:
    """A body's name after where it sits: "the Geneva-based World X Forum", "the Guatemala
    City-headquartered Central America Parliament" name the body without the place."""
    if m.kind != "organization":
        return m
    seat = _SEAT.match(m.text)
    if seat is None:
        return m
    cut = m.start + seat.end()
    return replace(m, start=cut, text=m.text[seat.end() :], head_start=cut)


def _without_initials_before_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Unknown capitals right before a person's untitled name are the initials of an office or of a
    byline ("NSA Ajit Doval"), not a body: a body's initials
    before its officer come with the officer's title ("SPLM Secretary-General Pagan Amum"), and a
    body's after "the" ("a researcher of the Russian MGIMO Ivan Petrov": its member)."""
    initials = [
        m
        for m in mentions
        if m.kind == "organization" and m.name is None and m.text.isupper() and len(m.text) <= 6
    ]
    if not initials:
        return mentions  # most articles
    names = {m.start for m in mentions if m.kind == "person" and m.head_start in (None, m.start)}
    dropped = {
        id(m)
        for m in initials
        if m.end + 1 in names
        and text[m.end] == " "
        and not _THE_BEFORE.search(text, max(0, m.start - 24), m.start)
    }
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions


def _recurring_bodies(mentions: list[Mention], pending: list[Mention], bodies: set[str]) -> None:
    """A name the article once calls a body ("the ruling party X") is that body where it recurs
    alone: "X said", "X chief Y" (a person's mention written as just that name turns, a lone
    word kept pending is added)."""
    for m in mentions:
        if m.kind == "person" and m.text in bodies and m.head_start in (None, m.start):
            m.kind = "organization"
            m.head_start, m.head_end = m.start, m.end
    mentions.extend(
        Mention(m.start, m.end, m.text, "organization", m.sentence, None, None, None, m.start, m.end)
        for m in pending
        if m.text in bodies
    )
    pending[:] = [m for m in pending if m.text not in bodies]


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
