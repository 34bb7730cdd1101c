"""The mention scanner's parse of offices: titled people, roles without a name, bodies by head.

TitleScanner reads ``[premodifiers] title [of complement] [honorifics] Name`` ("Chinese Foreign
Minister Wang Yi", "Minister of Foreign Affairs and Regional Integration, X"), emits a role when
no name follows, and reads an organization's name by its head word ("Ministry of ...",
"Committee on ..."), which an office's subject may hold. Separate from the names it builds on
(personnames.py) and from the run segmentation that calls it (mentions.py).
"""

from __future__ import annotations

import re

from briefing_tui.extract.knownpeople import given_word, known_name, known_word
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
    GOVERNMENT_QUALIFIERS,
    MONTHS,
    NON_NAME_WORDS,
    TOPIC_WORDS,
    WEEKDAYS,
)
from briefing_tui.extract.mentionwords import (
    ACRONYM,
    CAPISH,
    CONNECTORS,
    DETERMINERS,
    HEAD_OR_RANK,
    KNOWN_START,
    NAME_WORD,
    ORG_HEAD,
    TITLE,
    TITLE_HEAD,
    TITLE_MODIFIER,
    known_at,
)
from briefing_tui.extract.personnames import (
    GIVEN_TOO,
    LEADER_NOUNS,
    NAME_POSSESSORS,
    SECOND_STYLES,
    NameScanner,
)
from briefing_tui.extract.tokens import Token

# Heads that name a country's government, not a separate body ("Government of Ukraine").
# A name's initials written with stops ("V.K.", "A.B.C."), not a body's short name ("PDR").
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_STATE_HEADS = frozenset({"Government", "Administration", "Kingdom", "Republic", "State"})
# Courtesy titles right before a name: the next capitalised word is the name even if it is
# also a title ("Dr. Sultan Al Jaber", "Sheikh Sultan ...").
# Words that are no title alone but grade the military rank after them ("Air Chief Marshal").
_GRADED_RANKS = {"air": frozenset({"vice", "chief", "marshal", "commodore"}), "rear": frozenset({"admiral"})}
# What opens an office's complement ("Minister of ...", "MP for ...", "Adviser on ..."); not "to", whose
# object may be a person ("Special Adviser to Buhari")
_COMPLEMENT_OPENERS = frozenset({"the", "of", "for", "on"})
_ADDRESSING = frozenset({"mr", "mrs", "ms", "madam", "madame"})  # "Mr. President": a form of address
_NAME_INTRODUCERS = NAME_STYLES | frozenset(
    {"mr", "mrs", "ms", "dr", "sheikh", "shaikh", "sheikha", "sir", "dame", "prof"}
)


def plain_word(tok: Token) -> bool:
    """A capitalised dictionary word that is no given name ("Power", "Broadcasting", not "Grace"):
    a word of an office's subject list, not of a name."""
    return tok.cap and tok.text.isalpha() and is_english_word(tok.low) and not given_word(tok.text)


# Abstract nouns that end a portfolio's subject ("... and Regional Integration"): see TitleScanner.portfolio_noun
_PORTFOLIO_SUFFIXES = ("tion", "tions", "sion", "ment", "ments", "ity", "ism")
_PORTFOLIO_TAILS = frozenset({"Abroad", "Diaspora", "Overseas"})


# Lowercase units inside a body ("the ministry's information and press department")
_BODY_UNITS = frozenset({"department", "division", "directorate", "office", "service", "bureau", "section"})


# Places and honours named after a titled person ("King Fahd Hall", "Sheikh Abdullah Bin Jassim
# Majlis", "King Abdulaziz Medal"): the word after the name makes the whole a thing, never a person.
_VENUES = frozenset(
    {
        "Hall",
        "Mosque",
        "Centre",
        "Center",
        "Stadium",
        "Palace",
        "Majlis",
        "Airport",
        "Hotel",
        "Resort",
        "Museum",
        "Hospital",
        "University",
        "Bridge",
        "Square",
        "Street",
        "Road",
        "Avenue",
        "Boulevard",
        "Library",
        "Cathedral",
        "Temple",
        "Auditorium",
        "Arena",
        "Complex",
        "Mausoleum",
        "Memorial",
        # and honours ("the King Abdulaziz Medal", "the Sultan Qaboos Prize")
        "Medal",
        "Prize",
        "Award",
        "Trophy",
    }
)


def _plural_office(low: str) -> bool:
    """A plural office word ("leaders", "ministers", "envoys"): many holders, never one name's title."""
    return len(low) > 4 and low[-1] == "s" and low[:-1] in PLURAL_BASES


# Last words of a place named after a body: the name before them is not the body itself
BUILDINGS = frozenset(
    {
        "Theatre",
        "Theater",
        "Hall",
        "Building",
        "Gardens",
        "Square",
        "Palace",
        "Stadium",
        "Hotel",
        "Plaza",
        # grounds and stops named after a body ("Air Force Station", "Navy Park", "the ASEAN Garden")
        "Park",
        "Garden",
        "Station",
        "Airport",
        "Arena",
        "Auditorium",
    }
)


OFFICE_TAIL_STARTS = frozenset({"d'affaires", "ad", "a.i."})  # see TitleScanner.office_tail


# Words of a holder's tenure or of a time that open a capitalised run before a body's name ("Former
# Vision Group CEO X", "Current Arab League meetings"): no word of the body's name
_TENURE_OPENERS = frozenset({"former", "ex", "current"})
# "Press" before the name of a thing the press attends or gets ("a Joint Press Conference", a "Press
# Release"): no outlet's name
_NEWS_EVENTS = frozenset({"conference", "conferences", "release", "releases", "briefing", "briefings"})


# Possessive determiners: a body named after one is its owner's organ, not a body the lexicon names
_OWNERS = frozenset({"its", "their", "his", "her", "our", "your"})


class TitleScanner(NameScanner):
    """The parse of offices and of bodies by their head word, on top of the names."""

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

    def country_before(self, k: int, p: int, j: int) -> bool:
        """Whether the words from ``k`` to ``p`` are a known country's whole name ("United States"; not
        "Bosnia" of "Bosnia and Herzegovina", the longest known name up to ``j``)."""
        entry = known_at(self.t, k, j) if self.cls[k] & KNOWN_START else None
        return entry is not None and entry.kind == "country" and k + len(entry.words) == p

    def org_by_head(self, k: int, j: int) -> int:
        """End of an organization name starting at ``k`` ("Chinese Foreign Ministry", "Office of the ..."), or k."""
        t = self.t
        if t[k].low in _TENURE_OPENERS:
            return k  # "Former Vision Group CEO X": the holder's past tenure, the body's name after it
        best = k
        p = k
        opened = t[k].text in orgs.STARTS
        while p < j:
            tok = t[p]
            if tok.text in CONNECTORS:
                if not opened and not self.joins_words(p, j):
                    break
                if tok.text == "and" and self.country_before(k, p, j):
                    break  # "The United States and European Union economies": a country, then a body
                p += 1
                continue
            if tok.text == "'s" and p > k and t[p - 1].text in NAME_POSSESSORS:
                p += 1  # "People's Liberation Army": one name
                continue
            if tok.text == "Press" and p + 1 < len(t) and t[p + 1].low in _NEWS_EVENTS:
                break  # "Hold Joint Press Conference": the event, no outlet named "Joint Press"
            if not tok.cap or tok.text == ".":
                break
            if (
                tok.low in TITLE_HEADS
                and tok.text not in orgs.HEADS
                and not (p + 1 < j and t[p + 1].text in orgs.HEADS)
            ):
                break  # an office ends a body's name, unless a head follows ("Executive Office")
            if tok.text in orgs.HEADS and (p > k or tok.text not in orgs.WEAK_ALONE):
                if tok.text == "Forum" and t[p - 1].text in orgs.EVENT_FORUM_KINDS:
                    break  # "the Indo-Pacific Business Forum": a gathering, no body
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
            if t[best - 1].text in _STATE_HEADS and self.leader_after(best + 1, j):
                return k  # "the Government of President X": a leader's government, as "X Administration"
            q = best + 1
            while (
                q < j
                and (t[q].cap or t[q].text in CONNECTORS or self.name_possessive(q))
                and t[q].text != "."
            ):
                if self.cls[q] & TITLE_HEAD and q + 1 < j and self.cls[q + 1] & NAME_WORD and q > best + 1:
                    break  # "Bank of England Governor Andrew Bailey": an office and its holder follow
                if t[q].text == "on" and q + 1 < j and not self.body_subject(q):
                    break  # "the Ministry of External Affairs on Wednesday said": the date is not the name's
                q += 1
            while q > best and t[q - 1].text in CONNECTORS:
                q -= 1
            if t[best].text == "on":
                q = self.subject_end(best + 1, q)
            best = q
        if best == k + 1:
            return k  # a head alone ("the Army", "Police") is not a name; known bodies come from the lexicon
        if best < len(t) and t[best].text in BUILDINGS:
            return k  # "the National Press Theatre", "Congress Hall": a place named after a body
        return best

    def leader_after(self, p: int, j: int) -> bool:
        """A person's full name at ``p``, maybe after an office ("of President X", "of X"): whose
        government it is, not a subject that makes it a body of its own ("of National Unity")."""
        t, cls = self.t, self.cls
        while p < j and cls[p] & TITLE and t[p].cap:
            p += 1
        if p >= j or not given_word(t[p].text) or (cls[p] & KNOWN_START and known_at(t, p, j)):
            return False
        end = self.name_end(p, j)
        return end - p >= 2 and (end >= j or not t[end].cap)

    def name_possessive(self, q: int) -> bool:
        """An "'s" inside a body's subject ("of the National People's Congress"): after a plural
        noun and before a capitalised word it is part of the name, not the end of the subject."""
        t = self.t
        return t[q].text == "'s" and q + 1 < len(t) and t[q + 1].cap and t[q - 1].text in NAME_POSSESSORS

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

    def list_item_end(self, p: int, j: int) -> int:
        """The comma after the plain words from ``p`` ("Consumer Affairs,") when a list of an office's
        subject goes on from it to its "and", else ``p``."""
        t = self.t
        q = p
        while q < j and q - p < 4 and plain_word(t[q]):
            q += 1
        return q if p < q < j and t[q].text == "," and self.list_closes(q) else p

    def list_closes(self, k: int) -> bool:
        """An "and" then a capitalised word within a few words after ``k``: a list's last item."""
        t = self.t
        for x in range(k + 1, min(len(t) - 1, k + 6)):
            if t[x].text == "and":
                return t[x + 1].cap
            if not (t[x].cap or t[x].text == ","):
                return False
        return False

    def listed_given_name(self, k: int, j: int) -> int:
        """The end of the name the word at ``k`` (a royal title that is also a given name) opens, else
        ``k``: one the people lexicon lists whole with that word, or one right after a lowercase office
        ("foreign minister Shah Mahmood X", as after a capitalised one): the word is a name's, not an office."""
        end = self.name_end(k + 1, j)
        if end <= k + 1:
            return k
        t = self.t
        if k > 0 and not t[k - 1].cap and t[k - 1].low in TITLE_HEADS:
            return end
        return end if known_name(" ".join(tok.text for tok in t[k:end])) else k

    def titled_person(self, k: int, j: int) -> int:
        """Parse ``[premodifiers] title [of complement] [honorifics] Name``; return the end or k."""
        t, cls = self.t, self.cls
        if k > 0 and t[k].text == "PM" and t[k - 1].text[-1:].isdigit():
            return k  # "at 3 PM": a time of day, not the prime minister
        if cls[k] & KNOWN_START and cls[k] & TITLE and self.place_opens_on_title(k, j):
            return k  # "DR Congo", "Prince Edward Island": a place whose first word is a title
        if t[k].low in TITLES_ALSO_NAMES and (end := self.listed_given_name(k, j)) > k:
            self.emit(k, end, "person", head=(k, end))  # "Amir Khan Muttaqi": a name, no office
            return end
        p = k
        saw_title = False
        complement = False
        honorific = False
        bodies: list[tuple[int, int]] = []
        if k + 1 < j and t[k + 1].low in _GRADED_RANKS.get(t[k].low, ()):
            p += 1  # "Air Vice Marshal X", "Rear Admiral X": a word that grades a rank opens it
        while p < j:
            tok = t[p]
            if tok.text == "." or (complement and tok.text == ","):
                p += 1
                continue
            body_end = self.body_in_office(p, j) if complement and tok.cap else p
            if body_end > p:
                bodies.append((p, body_end))  # "Director of the National Intelligence Agency X"
                p = body_end
                continue
            if saw_title and tok.text == "-" and p + 1 < j and t[p + 1].low in ("elect", "designate"):
                p += 2  # "Gov.-elect X": the suffix of an abbreviated title
                continue
            tail = self.office_tail(p) if saw_title and tok.low in OFFICE_TAIL_STARTS else 0
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
            if saw_title and not complement and self.style_before_courtesy(p, j):
                p += 1  # "Prime Minister Tun Dr X": a conferred style, then the courtesy
                continue
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
            q = self.list_item_end(p, j) if complement and tok.cap else p
            if q > p:
                p = q  # "Minister for Power, Energy and Mineral Resources X": an item of the subject's list
                continue
            entry = known_at(t, p, j) if cls[p] & KNOWN_START else None
            if entry and saw_title and tok.text in GIVEN_TOO and self.given_country(p, j, complement):
                break  # "Secretary of Homeland Security Chad Wolf": a given name, the holder's
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
            if complement and cls[p] & ACRONYM and t[p - 1].cap and not _DOTTED_INITIALS.fullmatch(tok.text):
                p += 1  # "Prime Minister of the Lao PDR X": a short name ends the subject, never a name
                continue  # (not "Minister of State V.K. Singh": dotted initials open the name)
            if complement and tok.text == "(" and self.bracketed_short_form(p):
                p += 3  # "Chair of the Trade Committee (TC) X"
                continue
            break
        if not saw_title:
            return k
        name_start = p
        end = self.name_end(name_start, j, forced=honorific)
        if end == name_start:
            self.role_only(k, p, bodies)
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
            and t[name_start - 1].low in _COMPLEMENT_OPENERS
            and not (end < len(t) and t[end].low in LEADER_NOUNS)  # "of the Biden administration"
        ):
            # "Secretary-General of the Commonwealth", "MP for Kikori", "Adviser on Events": one word
            # right after "the" or the office's preposition is what the office is of, not a name
            self.role_only(k, end)
            return end
        # "as agreed by the Prime Minister and President Macron": after a determiner, an office and
        # a one-word title joined by "and" are two people ("the Deputy Prime Minister and Foreign
        # Minister X", "Prime Minister and Foreign Minister X" are one)
        if k > 0 and t[k - 1].low in DETERMINERS:
            cut = name_start - 2 if name_start - 2 > k and t[name_start - 2].text == "and" else None
            if cut is not None and self.two_offices(k, cut, name_start):
                self.role_only(k, cut)
                k = cut + 1
        venue = self.venue_after(end)
        if venue:
            return venue  # "the King Fahd Hall", "King Khalid International Airport": a place named after someone
        self.emit(k, end, "person", head=(self.after_style_pair(name_start, end), end))
        self.nested_beside_bodies(k, name_start, bodies)
        for b, e in bodies:
            self.emit_whole(b, e, "organization")
        return end

    def body_in_office(self, p: int, j: int) -> int:
        """End of a body's name of two words or more after an office's "of the" ("Director of the
        National Intelligence and Security Agency", "Spokesperson of the Ministry of External
        Affairs,"), else p: it ends on a body's head word, or comes before a comma or its short form
        in brackets (a "Ministry of ..." name may run on over the holder's name)."""
        t = self.t
        if p < 2 or t[p - 1].text != "the" or t[p - 2].text not in ("of", "at"):
            return p
        if self.cls[p] & KNOWN_START and known_at(t, p, j):
            return p  # "of the Russian Federation", "of the European Union for ...": the lexicon's to read
        if t[p].text == "Office" or (p >= 3 and t[p - 3].text == "Office"):
            return p  # "Director of the Office of the X Commission": a bureau, and the body it serves
        end = self.org_by_head(p, j)
        if end < p + 2:
            return p
        if t[end - 1].text in orgs.HEADS or (end < len(t) and t[end].text in (",", "(")):
            return end
        return p

    def venue_after(self, end: int) -> int:
        """The end of a place's word (``_VENUES``) among the two capitalised words from ``end`` ("Hall",
        "International Airport", "Grand Mosque"), else 0: the name before it is the place's."""
        t = self.t
        for x in range(end, min(len(t), end + 2)):
            if t[x].text in _VENUES:
                return x + 1
            if not t[x].cap:
                break
        return 0

    def style_before_courtesy(self, p: int, j: int) -> bool:
        """ "Prime Minister Tun Dr Mahathir Mohamad": one capitalised word no lexicon knows between an
        office and "Dr"/"Prof" and a name is a conferred style, since no name has a courtesy inside."""
        t = self.t
        q = p + 1
        if q >= j or not t[p].text.isalpha() or not t[p].cap or t[p].text.isupper():
            return False
        if self.cls[p] & (TITLE | KNOWN_START) or t[q].low.rstrip(".") not in ("dr", "prof"):
            return False
        if given_word(t[p].text):
            return False
        q += 2 if q + 1 < j and t[q + 1].text == "." else 1
        return q < j and bool(self.cls[q] & NAME_WORD)

    def given_country(self, p: int, j: int, complement: bool = False) -> bool:
        """A country's name that is a given name too, then one more name word ending the run
        ("Secretary Chad Wolf"): a person's name. After an office's "of" that word must be no known
        person's ("President of Georgia Salome Zourabichvili", "King of Jordan Abdullah" name the
        office's country)."""
        t = self.t
        return (
            p + 1 < j
            and bool(self.cls[p + 1] & NAME_WORD)
            and not self.cls[p + 1] & KNOWN_START
            and (p + 2 >= len(t) or not t[p + 2].cap)
            and not (complement and known_word(t[p + 1].text))
        )

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
        ("DR", "Prince") is no courtesy or office before a name; so is a body's ending the run ("the
        Royal Court said", "a Royal Court statement"; before an office it is the office's: "White
        House Press Secretary X")."""
        entry = known_at(self.t, k, j)
        if entry is None or len(entry.words) < 2:
            return False
        if entry.kind == "organization":  # (not an owned one: "the OAS began its General Assembly")
            return k + len(entry.words) >= j and (k == 0 or self.t[k - 1].low not in _OWNERS)
        return entry.kind in ("country", "place")

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

    def role_only(self, k: int, p: int, bodies: list[tuple[int, int]] | None = None) -> None:
        """A capitalised office with no name after it ("the Prime Minister", "Crown Prince of Abu Dhabi");
        ``bodies``: the bodies its words name, emitted by the caller."""
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
        self.nested_beside_bodies(k, p, bodies or [])

    def nested_beside_bodies(self, k: int, p: int, bodies: list[tuple[int, int]]) -> None:
        """Countries and bodies the lexicon knows inside an office's words; inside a body its words
        name, countries only ("Chair of the Peace and Security Council": no "Security Council" of its own)."""
        for b, e in bodies:
            self.emit_nested_known(k, b)
            self.emit_nested_known(b, e, kinds=("country",))
            k = e
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
