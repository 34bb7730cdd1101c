"""Shared ground of the statements stage: limits, regexes, Context and text helpers.

Holds the tuning limits (MIN_ATTRIBUTED_WORDS, MAX_REACH, MAX_SENTENCE, ...), the regexes
and word sets that more than one part of the stage reads, `Attribution` (the speaker found
for a quote or a speech verb) and `Context`: one document's text, sentences, paragraphs,
quotes, speech verbs and ranked mentions, with the look-ups every part asks (the entity a
speaker noun phrase names, issuers of statements, the running speaker, addressees, dates).
The small text helpers (strip, has_quote, past_date, span_statement, ...) sit here too.

Separate so that speaker finding, direct-quote attribution and reported speech can share it
without importing one another; it imports no other module of the stage.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter, itemgetter, sub
from typing import Literal

from briefing_tui.extract import speech
from briefing_tui.extract.dateline import stamp_end
from briefing_tui.extract.datewords import MONTHS, WEEKDAYS
from briefing_tui.extract.document import Document, Mention, StatementCandidate
from briefing_tui.extract.forums import names_forum, story_forum
from briefing_tui.extract.gates import any_in, finditer_at, word_starts
from briefing_tui.extract.lexicon.countries import country_of
from briefing_tui.extract.offices import heads_body, heads_state
from briefing_tui.extract.quotes import Quote, find_quotes, paragraphs
from briefing_tui.extract.speech import Span, VerbHit

MIN_UNATTRIBUTED_WORDS = 8
MAX_REACH = 400  # characters searched back from a quote for its speech verb
MAX_SENTENCE = 3000  # longer runs of text without a sentence end are read in pieces
_INSTITUTION_LOOKBACK = 60  # mentions searched back for the organisation 'the ministry' names

WORD = re.compile(r"[A-Za-z0-9]+")
# news outlets: 'told Sky News' is an interview, not a diplomatic exchange
_MEDIA = re.compile(
    r"\b(?:News|Times|Post|Press|Television|TV|Radio|Broadcasting|Journal|Herald|Guardian|Telegraph"
    r"|Reuters|AFP|CNN|BBC|Xinhua|TASS|Bloomberg|Al Jazeera|Wikinews|Daily|Tribune|Gazette)\b"
)
# 'according to X', and its synonym 'As per X, ...' opening a sentence ('as per the rules' is no source)
ACCORDING = re.compile(r"\b(?:[Aa]ccording to|As per)\s+")
SOURCE_OF = re.compile(r"\s+(?:from|by|of|issued\s+by|released\s+by)\s+")
# 'a draft seen by Reuters', 'the document, obtained by the paper,': how an outlet came by a document
# (a leak), which makes the outlet no issuer of it, nor the document anyone's unless its phrase says whose
LEAKED_TO = re.compile(rf"\s*,?\s*(?:(?:{'|'.join(sorted(speech.LEAK_PARTICIPLES))})\s+by|leaked\s+to)\s+")
# 'quoted X as saying', and as telling, stating or adding: X speaks, whatever the verb of saying
AS_SAYING = re.compile(r"\s+as\s+(?:say(?:ing|s)|telling|stating|adding)\b")
THAT = re.compile(r"\s*,?\s*that\b\s*,?\s*")
_CALL_WITH = re.compile(
    r"\b(?=[pvtcmi])(?:(?:phone|telephone|video)\s+)?(?:call|conversation|meeting|talks)\s+with\s+"
)
_CALL_WORDS = ("call", "conversation", "meeting", "talks")  # one is in every _CALL_WITH
# "after holding talks with X", "ahead of a meeting with X": a sitting before or after the words
_SITTING_APART = re.compile(
    r"\b(?:after|before|ahead\s+of|following|since)\s+(?:(?:holding|having|a|an|the|his|her|their|its)\s+)*"
    r"(?:[a-z-]+\s+){0,2}$"
)
ADDING = speech.word_set(
    "adding saying noting stressing warning arguing insisting explaining stating emphasizing emphasising"
    " underlining underscoring reiterating asserting affirming confirming"
    " highlighting pledging hoping recalling acknowledging observing remarking"
)  # '..., stating that ...', '..., pledging to ...', '..., hoping that ...': more from the same speaker
# participles of emphasis whose object is what is said: 'while stressing the significance of the visit'
OBJECT_PARTICIPLES = speech.word_set(
    "stressing emphasizing emphasising underlining underscoring reiterating highlighting"
)
# speech acts only a speaker performs, so that after a comma their participle is the sentence subject's
# words even after a deed: 'closed the border, accusing X of ...', 'held talks, lauding the progress';
# a participle of emphasis after a deed may be the writer's comment ('gave aid, underscoring its role')
VOICING_LEMMAS = speech.word_set(
    "accuse blame condemn criticize criticise denounce praise laud commend slam"
) | frozenset(("call for", "warn of", "warn about", "warn against"))


@dataclass(slots=True)
class Attribution:
    """Who said a quote, to whom, and where the clause saying so lies."""

    speaker: int | None
    speaker_text: str | None
    addressees: list[int] = field(default_factory=list)
    end: int = -1  # where the attribution clause ends (for evidence)
    start: int = -1  # where it starts, when before the quote's sentence ('She tweeted:')
    relay: bool = False  # a source passing words on ('Xinhua reported'): a weaker claim
    # attributed after the quote, with words of its sentence before it ('X will "...," Y said')
    lead: bool = False


class Context:
    """Per-document lookups with indexes, so each question costs a bisect, not a scan."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.paras = paragraphs(doc.text)
        spans = list(map(_START_END, doc.sentences)) if doc.sentences else self.paras
        self.stamp_end = stamp_end(doc.text)  # a page's date stamp (" date 2024-07-05 "), no word said
        self.sents = _bounded(doc.text, spans)
        if self.sents and self.sents[0][0] < self.stamp_end < self.sents[0][1]:
            # the story's first sentence opens after the stamp: 'date 2024-07-05 Following the talks, X ...'
            self.sents[0] = (self.stamp_end, self.sents[0][1])
        # the lists below are built by map in C: a document holds a hundred mentions or so
        self.sent_starts = list(map(_FIRST, self.sents))
        self.para_starts = list(map(_FIRST, self.paras))
        # sorted by (start, end): by end, then stably by start, which compares ints, not tuples
        self.mentions = sorted(doc.mentions, key=_END)
        self.mentions.sort(key=_START)
        self.mention_starts = list(map(_START, self.mentions))
        # how far back mentions_over looks: 120 characters, or less when no mention is that long
        self.lookback = min(120, max(map(sub, map(_END, self.mentions), self.mention_starts), default=0))
        self.quotes: list[Quote] = find_quotes(doc.text, doc.original, self.paras)
        self.has_according = "ccording to" in doc.text or "As per " in doc.text
        self.quote_opens = [q.open for q in self.quotes]
        self.quote_ends = [max(q.close, q.end) for q in self.quotes]
        self._gaps: dict[tuple[int, int], tuple[int, bool, bool]] = {}
        self._subjects: dict[tuple[int, int], Span | None] = {}
        self._nps: dict[tuple[int, int], Span | None] = {}
        self.timex_starts = [t.start for t in doc.timexes]
        every_verb = speech.speech_verbs(doc.text)
        self.has_made_statement = _made_statement_in(doc.text, every_verb)
        self.verbs = [
            v
            for v in every_verb
            if self.quote_at(v.start) is None
            and doc.text[v.start - 1 : v.start] != "-"  # 'the Beijing-claimed island': a compound adjective
            and (v.kind != "name" or speech.names_a_thing(v.lemma, doc.text, v.end))
            and (v.lemma != "agree" or speech.AGREES_AS_SPEECH.match(doc.text, v.end))
            and (v.lemma not in speech.APPEAL_TO_ONLY or speech.APPEALS_AS_SPEECH.match(doc.text, v.end))
        ]
        self.verb_starts = [v.start for v in self.verbs]
        self.recent: list[tuple[int, int | None, str | None]] = []  # (offset, speaker, text)
        self.relayers: dict[int, int] = {}  # sentence -> who in it quoted another ('he quoted X as saying')
        self._narrator: tuple[int | None] | None = None
        self._speaker_genders: dict[int, str] = {}  # who has spoken as 'he' or as 'she'
        self.attribution_verbs: set[int] = set()  # '," he said': no reported speech of their own
        self.attributed_sentences: set[int] = set()
        self.addressed: set[int] = set()  # statements whose verb names its own addressee
        self.tails: dict[int, int | None] = {}  # sentence start -> where its '..., he said.' begins
        self.asked: dict[int, tuple[int | None, Span]] = {}  # sentence -> (asker, asked) of 'X asked Y about'
        # statement start -> (offset, entity, phrase) of the speaker its clause relays ('said X stressed ...')
        self.relayed: dict[int, tuple[int, int | None, str]] = {}
        # (first member, phrase) -> (offset, members) of joint speakers ('the two leaders'): see joint
        self.joint_members: dict[tuple[int, str], list[tuple[int, tuple[int, ...]]]] = {}

    # -- whole-text tests, made only when a rule asks (each reads the whole article) ---

    @cached_property
    def has_citing(self) -> bool:
        return "citing " in self.text or "quoting " in self.text

    @cached_property
    def has_in_words(self) -> bool:
        return " words" in self.text  # 'in his words, "...', 'in the words of X'

    # -- positions -------------------------------------------------------------------

    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, offset) - 1)

    def sentence_span(self, offset: int) -> tuple[int, int]:
        if not self.sents:
            return 0, len(self.text)
        return self.sents[self.sentence_index(offset)]

    def paragraph_span(self, offset: int) -> tuple[int, int]:
        if not self.paras:
            return 0, len(self.text)
        return self.paras[max(0, bisect.bisect_right(self.para_starts, offset) - 1)]

    def verbs_in(self, start: int, end: int) -> list[VerbHit]:
        """Speech verbs outside quotes in ``[start, end)``."""
        lo = bisect.bisect_left(self.verb_starts, start)
        hi = bisect.bisect_left(self.verb_starts, end, lo)
        if hi > lo and self.verbs[hi - 1].end > end:
            hi -= 1  # verbs do not overlap: only the last can run past ``end``
        return self.verbs[lo:hi]

    def according_in(self, start: int, end: int) -> int:
        """Where 'according to' (or 'As per') first is in ``[start, end)``; -1 when nowhere."""
        if not self.has_according:
            return -1
        according, as_per = self.text.find("ccording to", start, end), self.text.find("As per ", start, end)
        if according < 0 or as_per < 0:
            return max(according, as_per)  # the one found, or -1
        return min(according, as_per)

    def has_verb_in(self, start: int, end: int) -> bool:
        """Whether a speech verb outside quotes starts in ``[start, end)``: most sentences have none."""
        i = bisect.bisect_left(self.verb_starts, start)
        return i < len(self.verb_starts) and self.verb_starts[i] < end

    def quote_at(self, offset: int) -> Quote | None:
        i = bisect.bisect_right(self.quote_opens, offset) - 1
        if i >= 0 and offset < self.quote_ends[i]:
            return self.quotes[i]
        return None

    def mark_attribution(self, v: VerbHit) -> None:
        """A verb that attributes a quote ('," he said'): it reports nothing of its own."""
        self.attribution_verbs.add(v.start)
        self.attributed_sentences.add(self.sentence_index(v.start))

    def noun_phrase(self, start: int, end: int) -> Span | None:
        """``speech.noun_phrase_after``, once per span: 'told X' asks for X's phrase twice."""
        key = (start, end)
        if key not in self._nps:
            self._nps[key] = speech.noun_phrase_after(self.text, start, end)
        return self._nps[key]

    def gap(self, verb_start: int, lo: int) -> tuple[int, bool, bool]:
        key = (verb_start, lo)
        if key not in self._gaps:
            self._gaps[key] = speech.preverbal_gap(self.text, lo, verb_start)
        return self._gaps[key]

    def mentions_over(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self.mention_starts, start - self.lookback)
        hi = bisect.bisect_left(self.mention_starts, end, lo)
        return [m for m in self.mentions[lo:hi] if m.end > start]

    def date_in(self, start: int, end: int, skip: tuple[int, int] = (0, 0)) -> str | None:
        """The first resolved date in ``[start, end)`` outside quotes and the ``skip`` span.

        A date inside the quoted or reported words dates what is reported, not the saying.
        """
        i = bisect.bisect_left(self.timex_starts, start)
        while i < len(self.doc.timexes) and self.doc.timexes[i].start < end:
            t = self.doc.timexes[i]
            inside = skip[0] <= t.start < skip[1] or self.quote_at(t.start) is not None
            if t.value and t.end <= end and not inside:
                return t.value
            i += 1
        return None

    # -- actors ----------------------------------------------------------------------

    def actor(
        self, span: Span | None, offset: int, bodies: frozenset[str] = speech.INSTITUTION_HEADS
    ) -> tuple[int | None, str | None]:
        """(entity, text) for a speaker or addressee phrase; (None, None) when nobody is named.

        ``bodies``: heads of unnamed speaking bodies ('the ministry') accepted here.
        """
        if span is None:
            return None, None
        phrase = self.text[span.start : span.end].strip()
        words = phrase.split()
        if not words:
            return None, None
        if " by " in phrase or " to " in phrase or words[-1].lower() in _LEAKABLE:
            span, leaked = self.without_outlet(span)
            if leaked:
                return self.leaked_issuer(span)
            phrase = self.text[span.start : span.end].strip()
            words = phrase.split() or [""]  # 'the G7 seen by Reuters': the G7, the outlet no part of it
        # the last word first in the tests of a few words below: it rarely is the one looked for
        if (
            len(words) >= 4
            and words[-1] == "diplomacy"
            and [w.lower() for w in words[-4:-2]] == ["head", "of"]
        ):
            # 'the head of Chilean diplomacy': that country's foreign minister, named by office alone
            holder = self.office_holder(_FOREIGN_OFFICE, country_of(_POSSESSIVE_S.sub("", words[-2])))
            return (holder, phrase) if holder is not None else (None, None)
        head_of_state = (
            len(words) >= 3
            and words[-1].lower() == "state"
            and [w.lower() for w in words[-3:-1]] == ["head", "of"]
        )
        if len(words) >= 4 and words[-1] in _HEADED and [w.lower() for w in words[-3:-1]] == ["head", "of"]:
            words = [*words[:-3], "president"]  # 'the visiting head of state': a president, as a role
        head, first = words[-1].lower(), words[0].lower()
        if _CLOSE_SOURCE.match(phrase):
            return None, phrase  # 'sources close to the president': unnamed, and not the president
        if head == "we" and len(words) == 1 and self.quote_at(span.start) is None:
            narrator = self.narrator()
            if narrator is not None:
                return narrator, phrase
        ranked = [m for m in self.mentions_over(span.start, span.end) if m.entity is not None]
        if len(ranked) > 1:
            ranked.sort(key=_speaker_rank)
        if head_of_state and not ranked and words[0].lower() == "the":
            holder = self.office_holder(_STATE_HEAD)  # 'the head of state said': the one president there is
            if holder is not None:
                return holder, phrase
        if "ress service" in phrase and _PRESS_SERVICE.search(phrase) and not self.names_body(ranked):
            # "the president's press service", 'the press service of the President': the office of a
            # person speaks, unnamed ("the Commission's press service" speaks for the Commission)
            return None, phrase
        if first == "both" or (
            " and " in phrase
            and not _AND_IN_COMPLEMENT.search(phrase)
            and not self.portfolio_list(span, ranked)
            and not any(m.start <= span.start and m.end >= span.end for m in ranked)
            and not self.and_in_title(ranked, span)
            and not self.and_in_person(ranked, span)
        ):
            return self.joint(span, words, offset)  # 'Both leaders', 'X and Y': each member says it
        if head in _MEMBER_HEADS or "eaders of " in phrase:
            body = self.members_body(words, ranked, offset)
            if body is not None:
                return body, phrase  # 'Leaders welcomed ...' in a communique: the forum's statement
        if len(words) >= 3 and first == "the" and words[1].lower() in _PLURAL_OFFICES and words[2] == "of":
            return self.joint(span, words, offset)  # 'The Heads of State noted ...': the two together
        if head in speech.GROUP_HEADS:
            if len(words) == 1:
                return None, None  # bare 'Officials' names nobody
            if any(w.lower() in ("two", "both", "three") for w in words):
                return self.joint(span, words, offset)  # 'the two leaders': the pair named just before
            if (
                (len(words) == 2 or len(words) == 3 and words[1].islower())
                and first == "the"
                and head in _PEER_HEADS
            ):
                return self.joint(span, words, offset)  # 'The (foreign) ministers stressed ...' after talks
            return None, phrase
        if head in _ANONYMOUS_HEADS and len(words) > 1:
            return None, phrase  # 'a government source said': a speaker the writer does not name
        if first in ("a", "an") and not ranked and _unnamed_head(words) in UNNAMED_ROLES:
            return (
                None,
                phrase,
            )  # 'a senior official (for the ministry) said': one person the writer does not name
        if (head in UNNAMED_ROLES or head in _OWNED_OFFICES) and ranked and self.owner_of_role(ranked, span):
            return None, phrase  # "Ban's spokesman said", "the chairman's cabinet": his aides speak, not he
        if (head in UNNAMED_ROLES or head in _LEADING_HEADS) and ranked and first == "the":
            member = self.member_speaking(ranked, span, offset)
            if member is not None and (head not in _LEADING_HEADS or self._leads(member, head)):
                return member, phrase  # 'the OAS official' right after an OAS official spoke
        if self.asked and head in ("he", "she") and len(words) == 1:
            answer = self.answer_to_question(span.start, ranked[0].entity if ranked else None)
            if answer is not None:
                return answer
        if head in _MEDIA_HEADS and first == "the" and len(words) <= 4:
            # 'the North Korean outlet said' after 'KCNA added': the agency again; else a medium unnamed
            return self.outlet_before(offset), phrase
        if ranked and head in ("he", "she") and len(words) == 1:
            if self.named_before_in_sentence(ranked[0], span.start):
                return ranked[0].entity, phrase  # 'X held talks with Y, during which he stressed': X
            unnamed = self.unnamed_speaking_on(offset, head)
            if unnamed is not None:
                return None, unnamed  # 'X visited. A spokesman for the ministry said ... He added ...'
            speaker = self.continuing_speaker(ranked[0].entity, offset, head)
            if speaker is not None:
                self._speaker_genders.setdefault(speaker, head)
            return speaker, phrase
        if (
            ranked
            and head in _PERSON_ROLES
            and first == "the"
            and (len(words) == 2 or len(words) == 3 and words[1].islower())
        ):  # 'the minister', 'the prime minister'
            # 'X said ... "...," the minister noted': the minister who just spoke speaks on,
            # unless known to hold another office ('X said ... The president confirmed ...')
            entity = ranked[0].entity
            speaker = self.continuing_speaker(entity, offset)
            held = self.doc.entities[speaker].role if speaker is not None else None
            if not held and speaker != entity and _holds_office(self.doc.entities[entity].role, head):
                return (
                    entity,
                    phrase,
                )  # 'The king spoke. "...," the president replied': no king is 'the president'
            return (entity if held and head not in held.lower() else speaker), phrase
        if ranked:
            return ranked[0].entity, phrase
        if head in bodies and first == "the":
            return self.institution_before(span.start, head), phrase
        if head in speech.BODY_NOUNS and first == "the":
            return self.organisation_before(span.start), phrase  # 'the (regional) bloc said': SADC before
        if head == "release" and first != "the":
            return None, None  # 'his release added to the tension': a freeing, no document
        if head in DOCUMENT_HEADS and (
            len(words) <= 2
            and (first == "the" or _DAY_POSSESSIVE.match(words[0]))
            or len(words) == 3
            and first == "the"
            and words[1].lower() in _RELEASE_KINDS
        ):  # 'the statement', "Monday's readout", 'the press release': the document of an issuer named before
            return self.issuer(offset, head)
        if head == "report" and len(words) == 2 and first == "the":
            for _, speaker, text in reversed(self.recent[-_ISSUER_LOOKBACK:]):
                if text and text.split()[-1].lower() == "report":
                    return (
                        speaker,
                        text,
                    )  # 'A Daily News report said ... This, the report said, ...': the same
            reporter = self.reporter_before(offset)  # 'According to the report': whoever reported it
            if reporter is not None:
                return reporter, phrase
            return self.medium_before(offset) or (None, None)
        if head in speech.PRONOUNS:
            return self.fallback_pronoun(head, offset)
        if head in UNNAMED_ROLES and first == "the" and len(words) == 2:
            unnamed = self.unnamed_before(head)
            if unnamed is not None:
                return unnamed  # 'the official' after 'a senior official said': the same informant
        if head in _BACK_ROLES and len(words) == 1:
            words = self.described_by(span) or words  # 'minister' the subject finder cut from its 'the'
            first, phrase = words[0].lower(), " ".join(words)
        if head in _BACK_ROLES and first == "the" and _plain_modifiers(words[1:-1]):
            # 'the (top) minister' left unresolved: the person who spoke just before, if the words fit
            speaker, _ = self.fallback_pronoun("he", offset)
            held = self.doc.entities[speaker].role if speaker is not None else None
            if speaker is not None and (head in _PERSON_ROLES or _may_hold(held, head)):
                return speaker, phrase
        if head in _PERSON_ROLES and first == "the" and _title_words(words[1:-1]):
            speaker, _ = self.fallback_pronoun("he", offset)
            held = self.doc.entities[speaker].role if speaker is not None else None
            if held and _holds_title(held, words[1:]):
                return speaker, phrase  # 'The Cabinet Secretary' right after the Cabinet Secretary spoke
        if first == "the" and (head in _PERSON_ROLES or head in _NAME_TITLES) and not ranked:
            holder = self.sole_holder(words)
            if holder is not None:
                return holder, phrase  # 'the Democratic vice president said': the one holding that office
        if any(w[:1].isupper() for w in words[1:]) or (
            words[0][:1].isupper() and first not in ("the", "a", "an")
        ):
            return None, phrase
        return None, None

    def joint(self, span: Span, words: list[str], offset: int) -> tuple[int | None, str | None]:
        """A speaker phrase of several actors ('Ruiz and Berg', 'the two leaders', 'both ministers', 'the
        leaders of Norway and Chile'): (the first member, the phrase), the members recorded in
        ``joint_members`` so that the statement is given to each (statements.find); (None, None) when
        the members cannot be told or the sentence gives the words to someone else."""
        if self.relayed_joint(span):
            return None, None
        members = self.coordinated_members(span)
        if members is None and words[-1].lower() in _PAIR_PERSONS and not self.names_in(span):
            members = self.pair_before(span.start)  # 'the two leaders' after their talks
        if members is None:
            return None, None
        phrase = self.text[span.start : span.end].strip()
        self.joint_members.setdefault((members[0], phrase), []).append((offset, members))
        return members[0], phrase

    def coordinated_members(self, span: Span) -> tuple[int, ...] | None:
        """The actors a phrase joins with 'and' or commas ('Saudi Arabia and the United States', 'the
        Prime Ministers of Denmark, Iceland and Norway'), each named; None unless two or more."""
        named = self.names_in(span)
        named.sort(key=lambda m: (m.start, -m.end))  # 'US President Trump' before its 'US'
        named = [m for k, m in enumerate(named) if not any(o.end >= m.end for o in named[:k])]
        if not named or self.text[named[-1].end : span.end].strip():
            return None
        start = span.start
        if not self.text[start : named[0].start].strip():
            listed = self.listed_before(named[0])  # 'Chile, Peru and Bolivia': a subject found from 'Peru'
            if listed:
                s_start = self.sentence_span(listed[0].start)[0]
                lead = max(s_start, self.text.rfind(",", s_start, listed[0].start) + 1)
                while lead < listed[0].start and self.text[lead].isspace():
                    lead += 1
                if _MEMBERS_LEAD.fullmatch(self.text, lead, listed[0].start):
                    named, start = listed + named, lead
        s_start = self.sentence_span(start)[0]
        if _PREPOSITION_END.search(self.text, max(s_start, start - 12), start):
            # 'the ministers of Chile and Peru': the office before the names is part of the subject
            start = max(s_start, self.text.rfind(",", s_start, start) + 1)
            while start < named[0].start and self.text[start].isspace():
                start += 1
        if not _MEMBERS_LEAD.fullmatch(self.text, start, named[0].start):
            return None  # 'the envoy for Sudan and South Sudan': the names qualify one speaker
        out: list[int] = []
        for prev, m in zip([None, *named], named, strict=False):
            if prev is not None and not _JOINER.fullmatch(self.text, prev.end, m.start):
                return None  # 'X's envoy and Y': a name that only qualifies a member
            if m.entity not in out:
                out.append(m.entity)
        return tuple(out) if len(out) >= 2 else None

    def names_in(self, span: Span) -> list[Mention]:
        """The mentions by name of actors inside ``span``."""
        return [
            m
            for m in self.mentions_over(span.start, span.end)
            if m.entity is not None
            and m.kind in _MEMBER_KINDS
            and m.start >= span.start
            and m.end <= span.end
        ]

    def listed_before(self, first: Mention) -> list[Mention]:
        """The names listed before ``first`` with commas ('Chile, ' before 'Peru and Bolivia'), first one first."""
        out: list[Mention] = []
        while True:
            comma = self.text.rfind(",", max(0, first.start - 3), first.start)
            if comma < 0 or self.text[comma + 1 : first.start].strip():
                return out
            before = [
                m
                for m in self.mentions_over(comma - 1, comma)
                if m.end == comma and m.entity is not None and m.kind in _MEMBER_KINDS
            ]
            if not before:
                return out
            first = before[0]
            out.insert(0, first)

    def relayed_joint(self, span: Span) -> bool:
        """Whether the sentence of a joint subject gives its words to someone else ('It said X and Y
        agreed ...', 'According to the ministry, the two leaders ...', '..., the statement said'), or the
        subject's verb is a deed done together, no words ('X and Y discussed trade')."""
        s_start, s_end = self.sentence_span(span.start)
        return (
            bool(self.verbs_in(s_start, span.start))
            or self.according_in(s_start, s_end) >= 0
            or _JOINT_DEED.match(self.text, span.end, s_end) is not None
            or _REPORTING_TAIL.search(self.text, span.end, s_end) is not None
        )

    def pair_before(self, offset: int) -> tuple[int, ...] | None:
        """The two persons most recently named together in one sentence, at or before ``offset`` and
        no more than a few sentences back ('Modi met Hasina ... The two leaders agreed'); None when
        that sentence names more than two, or none names two."""
        here = self.sentence_index(offset)
        for k in range(here, max(-1, here - _PAIR_REACH), -1):
            s_start, s_end = self.sents[k]
            found: list[int] = []
            for m in self.mentions_over(s_start, min(s_end, offset)):
                if m.start < s_start or m.entity is None or m.kind in ("pronoun", "role"):
                    continue
                if self.doc.entities[m.entity].kind == "person" and m.entity not in found:
                    found.append(m.entity)
            if len(found) == 2:
                return tuple(found)
            if len(found) > 2:
                return None
        return None

    def without_outlet(self, span: Span) -> tuple[Span, bool]:
        """``span`` cut before a participle that names the outlet a document was leaked to ('a draft seen
        by Reuters': 'a draft'), and whether it is such a document, the participle inside it or right
        after it ('The document, seen by Reuters, says')."""
        leak = LEAKED_TO.search(self.text, span.start, span.end)
        if leak is not None:
            span = Span(span.start, leak.start())
        words = self.text[span.start : span.end].split()
        leaked = bool(words) and words[-1].lower() in _LEAKABLE
        return span, leaked and (leak is not None or LEAKED_TO.match(self.text, span.end) is not None)

    def leaked_issuer(self, span: Span) -> tuple[int | None, str | None]:
        """Who a document seen by an outlet speaks for: the issuer its own phrase names ('an ECOWAS
        document', 'a Home Office letter'), or nobody: not the outlet, nor the summit or the speaker
        told before (a leaked draft is no one's statement until someone issues it)."""
        ranked = sorted(
            (m for m in self.mentions_over(span.start, span.end) if m.entity is not None), key=_speaker_rank
        )
        return (ranked[0].entity, self.text[span.start : span.end].strip()) if ranked else (None, None)

    @cached_property
    def forum(self) -> int | None:
        return story_forum(self.text, self.mentions, self.doc.entities, self.is_medium)

    def members_body(self, words: list[str], ranked: list[Mention], offset: int) -> int | None:
        """The body whose members speak in a phrase of them ('G7 leaders', 'Leaders of the Group of
        Seven', and in a story of a forum's summit 'Leaders', 'Forum leaders', 'the leaders' of its
        communique); None for a pair ('the two leaders') or members of no body named."""
        if any(w.lower() in ("two", "both", "three") for w in words):
            return None
        entities = self.doc.entities
        bodies = [m.entity for m in ranked if entities[m.entity].kind == "organization"]
        if bodies and len(bodies) == len(ranked) and not self.is_medium(bodies[-1]):
            return bodies[-1]
        forum = self.forum
        if forum is None or ranked:
            return None
        # 'Leaders' alone are the summit's; 'ministers' alone are as often a government's own ('At home,
        # ministers said the budget would pass'): they speak for the forum only as its members by name
        if (len(words) == 1 and words[0].lower() == "leaders") or names_forum(words, entities[forum]):
            return forum
        if len(words) == 2 and words[0].lower() == "the":
            s_start, s_end = self.sentence_span(offset)  # 'In their Forum Communique, the leaders noted'
            if any_in(self.text, _COMMUNIQUE_WORDS, s_start, s_end) or (
                self.recent and self.recent[-1][1] == forum
            ):
                return forum
        return None

    def sole_holder(self, words: list[str]) -> int | None:
        """The one person whose stated role is the office a description ends with ('the Kremlin
        spokesman': 'Presidential Spokesman'), when no mention links it to anyone and nobody spoke
        just before; None when two hold it or none does. A title word before the office makes
        another one: 'the vice president' is not a 'President', nor 'the president' a 'Vice President'."""
        office = [words[-1].lower()]
        for w in reversed(words[1:-1]):
            if w.lower() not in _OFFICE_PREFIXES:
                break
            office.insert(0, w.lower())
        if office == ["premier"]:
            office = ["prime", "minister"]  # 'the premier': the prime minister, by his other name
        n = len(office)
        found: list[int] = []
        titled: list[int] = []
        for e in self.doc.entities:
            if e.kind != "person":
                continue
            if (
                n == 1
                and office[0] in _NAME_TITLES
                and any(office[0].title() in n.split() for n in e.aliases)
            ):
                titled.append(e.index)  # 'the sheikh' of 'Sheikh Mohammed', a title his name carries
            if not e.role:
                continue
            held = e.role.lower().replace("-", " ").split()
            at = next((k for k in range(len(held) - n + 1) if held[k : k + n] == office), -1)
            if at >= 0 and not (at > 0 and held[at - 1] in _OFFICE_PREFIXES):
                found.append(e.index)
        found = found or titled
        return found[0] if len(found) == 1 else None

    def described_by(self, span: Span) -> list[str] | None:
        """The words of the definite role description that ends with the bare role word ``span``
        ('The former trade minister'), when a role mention spans them."""
        for m in self.mentions_over(span.start, span.end):
            if m.kind == "role" and m.start < span.start and m.end == span.end:
                words = self.text[m.start : m.end].split()
                return words if words[0].lower() == "the" else None
        return None

    def office_holder(self, office: re.Pattern[str], country: str | None = None) -> int | None:
        """The one person whose stated role is ``office`` (of ``country`` when given), or None when
        there are none or several: whom an office named without a name ('the head of state') means."""
        found = [
            e.index
            for e in self.doc.entities
            if e.kind == "person"
            and e.role
            and office.search(e.role)
            and not _JUNIOR_OFFICE.search(e.role)
            and (country is None or e.affiliation == country)
        ]
        return found[0] if len(found) == 1 else None

    def names_body(self, ranked: list[Mention]) -> bool:
        """Whether an organization is named in the phrase ("the Commission's press service")."""
        return any(
            m.entity is not None and self.doc.entities[m.entity].kind == "organization" for m in ranked
        )

    def portfolio_list(self, span: Span, ranked: list[Mention]) -> bool:
        """'The Minister for Power, Energy and Mineral Resources': one office whose portfolio is a
        list of plain capitalised words closed by 'and', no second speaker. A list that names
        countries, bodies or people ('the ministers of France, Germany and Italy') is several."""
        m = _LIST_IN_COMPLEMENT.search(self.text, span.start, span.end)
        return m is not None and not any(r.end > m.start() for r in ranked)

    def and_in_title(self, ranked: list[Mention], span: Span) -> bool:
        """'Foreign Affairs and International Cooperation Minister X': the 'and' joins the parts of
        one office before one person's name, no second speaker ('Y and Foreign Minister X')."""
        if (
            len(ranked) != 1
            or ranked[0].end < span.end - 1
            or self.doc.entities[ranked[0].entity].kind != "person"
        ):
            return False
        title = self.text[span.start : ranked[0].start].split()
        office = title[-1:] + self.text[ranked[0].start : ranked[0].end].split()[:1]
        return (
            len(title) >= 3
            and any(w.lower() in speech.ROLE_HEADS for w in office)
            and all(w[:1].isupper() or w == "and" for w in title)
            and not any(m.start < ranked[0].start for m in self.mentions_over(span.start, ranked[0].start))
        )

    def and_in_person(self, ranked: list[Mention], span: Span) -> bool:
        """'New Zealand's Deputy Prime Minister and Foreign Minister Winston Peters': every 'and' lies
        inside one person's mention that ends the phrase, and the person's role has an 'and' of its own,
        so it joins the parts of that person's titles ('the Secretary General and Prime Minister Rutte'
        are two, whatever one mention spans)."""
        person = [
            m
            for m in ranked
            if m.end >= span.end
            and self.doc.entities[m.entity].kind == "person"
            and " and " in (self.doc.entities[m.entity].role or "")
        ]
        if not person:
            return False
        first_and = self.text.find(" and ", span.start, span.end)
        return person[0].start <= first_and

    def owner_of_role(self, ranked: list[Mention], span: Span) -> bool:
        """Whether the phrase is '<name>'s <role>' with no mention over the role: the name owns it."""
        head_start = self.text.rfind(" ", span.start, span.end) + 1
        # the office itself read as a body ("Yoon's office" said) is no other mention over the role
        if any(
            m.end > head_start and not (m.kind == "organization" and m.start < head_start) for m in ranked
        ):
            return False
        return any(
            _POSSESSIVE_AT.match(self.text, m.end, head_start)
            or (  # 'his (press) office', 'her spokesman': a possessive pronoun owns the role as a name does
                m.kind == "pronoun"
                and m.start == span.start
                and self.text[m.start : m.end].lower() in _POSSESSIVE_PRONOUNS
                and _OWNED_AFTER.fullmatch(self.text, m.end, head_start)
            )
            for m in ranked
        )

    def member_speaking(self, ranked: list[Mention], span: Span, offset: int) -> int | None:
        """'the (senior) OAS official': a body or country named only as a modifier of the role; the
        person who spoke just before, if he belongs to it (by affiliation or role)."""
        head_start = self.text.rfind(" ", span.start, span.end) + 1
        entities = self.doc.entities
        bodies = {m.entity for m in ranked if m.end <= head_start and entities[m.entity].kind != "person"}
        if not bodies or any(m.end > head_start or entities[m.entity].kind == "person" for m in ranked):
            return None
        speaker, _ = self.fallback_pronoun("he", offset)
        if (
            speaker is not None
            and entities[speaker].kind == "person"
            and (
                self._belongs(speaker, bodies, True)
                or entities[speaker].affiliation is None
                and entities[speaker].role
                is None  # 'Stoltenberg says ... The NATO chief said': no side known
            )
        ):
            return speaker
        # 'the UAE envoy agreed ...' after someone else spoke: the one person of that body named before
        members = [
            e.index
            for e in entities
            if e.kind == "person" and e.mentions and self._belongs(e.index, bodies, False)
        ]
        if len(members) == 1 and self.doc.mentions[entities[members[0]].mentions[0]].start < offset:
            return members[0]
        return None

    def _leads(self, person: int, head: str) -> bool:
        """'the Chilean leader', 'the UN chief' after a member spoke: that member, unless he holds
        no head office ('Army Chief' counts) while another person of his side does. Writers use
        'leader' loosely for a minister abroad, but not when the story names his president."""
        people = self.doc.entities
        side = people[person].affiliation
        if side is None or _heads(people[person].role, head):
            return True
        return not any(
            e.kind == "person" and e.index != person and e.affiliation == side and _heads(e.role, head)
            for e in people
        )

    def _belongs(self, person: int, bodies: set[int], by_role: bool) -> bool:
        """Whether a person's affiliation (or, ``by_role``, also his role) names one of the bodies."""
        e = self.doc.entities[person]
        held = f"{e.affiliation or ''} | {e.role or ''}" if by_role else e.affiliation or ""
        held = held.lower()
        for b in bodies:
            names = (self.doc.entities[b].name, *self.doc.entities[b].aliases)
            if any(re.search(rf"\b{re.escape(n.lower())}\b", held) for n in names if len(n) > 1):
                return True
        return False

    def institution_before(self, offset: int, head: str) -> int | None:
        """'the ministry' after 'Seoul's foreign ministry': the nearest organisation before whose name ends so.

        An office that speaks is a speaker even unnamed ('the foreign ministry here said'), so the
        caller keeps the phrase when no such organisation is found.
        """
        i = bisect.bisect_left(self.mention_starts, offset)
        for m in reversed(self.mentions[max(0, i - _INSTITUTION_LOOKBACK) : i]):
            if m.entity is None:
                continue
            e = self.doc.entities[m.entity]
            if e.kind == "organization" and head in (
                e.name.rsplit(None, 1)[-1].lower(),
                self.text[m.start : m.end].rsplit(None, 1)[-1].lower(),  # 'Labour Party' of 'Labour'
            ):
                return m.entity
        return None

    def organisation_before(self, offset: int) -> int | None:
        """'the bloc' or 'the alliance' after 'SADC ...': the nearest organisation named before that is
        no news outlet (which reports on a bloc, and is none); one that has spoken outranks a nearer one
        that has not ('ECOWAS said ... on the junta and the NTC. The bloc added ...': ECOWAS)."""
        i = bisect.bisect_left(self.mention_starts, offset)
        nearest = None
        spoke = {speaker for _, speaker, _ in self.recent}
        for m in reversed(self.mentions[max(0, i - _INSTITUTION_LOOKBACK) : i]):
            entity = m.entity
            if (
                entity is not None
                and self.doc.entities[entity].kind == "organization"
                and not self.is_medium(entity)
            ):
                if entity in spoke:
                    return entity
                nearest = entity if nearest is None else nearest
        return nearest

    def issuer(self, offset: int, head: str) -> tuple[int | None, str | None]:
        """Who issued 'the statement' that speaks ('...," the statement reads'): the named speaker of a
        statement just before (the sentence before or the one before it), as in "X has announced ...
        According to X, ... '...,' the statement reads"; nobody when there is none. A document
        named before by its issuer ('the PMO email') is that issuer's, however far back.
        """
        if not self.recent:
            named = self.named_issuer(offset)
            if named is None and head in _FORUM_DOCUMENTS and self.forum is not None:
                return self.forum, self.doc.entities[self.forum].name
            return named or (None, None)
        fresh = self.named_issuer(offset, since=self.sentence_index(self.recent[-1][0]))
        if fresh is not None:
            return fresh  # 'X said ... Y released a statement ... "...," the statement said': Y's, the nearer
        for _, speaker, text in reversed(self.recent[-_ISSUER_LOOKBACK:]):
            if speaker is not None and text and text.split()[-1].lower() == head:
                return speaker, text  # 'The PMO email said ...' then 'Saturday's email said ...'
        issued = self.document_issuer(offset, head)
        if issued is not None:
            return issued
        named = self.named_issuer(offset)
        if named is not None:
            return named
        if head in _FORUM_DOCUMENTS and self.forum is not None:
            return self.forum, self.doc.entities[self.forum].name  # 'the communique' of the summit told
        last_offset, speaker, text = self.recent[-1]
        distance = self.narrative_distance(self.sentence_index(last_offset), self.sentence_index(offset))
        # a body that spoke a few sentences before issued it; a person, only just before
        if distance > 2 and not (distance <= _ISSUER_REACH and self._issuing_body(speaker)):
            return None, None
        if speaker is None and text and text.split()[-1].lower() in DOCUMENT_HEADS:
            return None, text  # 'A ministry statement reads ... the document adds': the same document
        if speaker is None and text and text.split()[-1].lower() in _SPEAKING_BODIES:
            return None, text  # 'The ministry said ... "...," the statement added': the ministry's
        if speaker is None:
            return None, None
        return speaker, text

    def _issuing_body(self, speaker: int | None) -> bool:
        """Whether ``speaker`` is a body (an organization: a ministry, a press service), which issues
        statements that an article quotes a few narrative sentences after naming it."""
        return speaker is not None and self.doc.entities[speaker].kind == "organization"

    def named_issuer(self, offset: int, since: int = 0) -> tuple[int | None, str | None] | None:
        """Who issued the document 'the statement' points back to, named with it in the few sentences
        before (from sentence ``since`` on): 'X issued a communique ... According to the statement, ...',
        '..., according to a Royal Court statement. ..., the statement said.' (X or the Royal Court, not
        the last speaker)."""
        here = self.sentence_index(offset)
        for k in range(here - 1, max(since - 1, here - 1 - _ISSUER_REACH), -1):
            s_start, s_end = self.sents[k]
            if not any_in(self.text, _DOCUMENT_WORDS, s_start, s_end):
                continue  # a cheap test before the patterns
            m = _ISSUED_DOCUMENT.search(self.text, s_start, s_end)
            if m is not None:
                subj = speech.subject_before(self.text, s_start, m.start())
                if subj is not None:
                    ent, name = self.actor(subj, subj.start)
                    if name is not None:
                        return ent, name
            sourced = self._document_from(s_start, s_end)
            if sourced is not None:
                return sourced
            m = _NAMED_DOCUMENT.search(self.text, s_start, s_end)
            issuer = _CALENDAR_LEAD.match(self.text, m.start("issuer"), m.end("issuer")) if m else None
            if m is not None and issuer is not None and issuer.end() < m.end("issuer"):
                # 'a Monday statement' is dated, no issuer; 'a Monday Foreign Ministry statement' is the ministry's
                span = Span(issuer.end(), m.end("issuer"))
                ent, _ = self.actor(span, span.start)
                return ent, self.text[span.start : span.end]
        return None

    def _document_from(self, s_start: int, s_end: int) -> tuple[int | None, str | None] | None:
        """The issuer named after a document in a sentence: '..., reads a press release by the
        presidency.', 'According to a statement from the ministry, ...': who issued 'the statement'
        quoted after it."""
        for m in _DOCUMENT_FROM.finditer(self.text, s_start, s_end):
            np = speech.noun_phrase_after(self.text, m.end(), s_end)
            if np is None:
                continue
            ent, name = self.actor(np, np.start)
            if ent is not None and self.doc.entities[ent].kind != "person":
                return ent, name
        return None

    def document_issuer(self, offset: int, head: str | None = None) -> tuple[int | None, str | None] | None:
        """Who said something 'in a statement' in the few sentences before ``offset``: 'X said in a
        statement that ... Y told Z ... "...," the statement read' is X's statement, not Y's. With
        ``head``, one who spoke in a document so called ('in a readout') outranks a nearer other one."""
        here = self.sentence_index(offset)
        first: tuple[int | None, str | None] | None = None
        for last_offset, speaker, text in reversed(self.recent[-_ISSUER_LOOKBACK:]):
            k = self.sentence_index(last_offset)
            if here - k > _ISSUER_REACH:
                break
            if speaker is None and text is None:
                continue
            s_start, s_end = self.sents[k] if self.sents else (0, len(self.text))
            for m in _IN_A_DOCUMENT.finditer(self.text, s_start, s_end):
                said = self._said_in(s_start, m.start()) or (speaker, text)
                if head is None or m.group("head").lower() == head:
                    return said
                first = first or said
        return first

    def _said_in(self, s_start: int, doc_start: int) -> tuple[int | None, str | None] | None:
        """Who 'said in a statement': the subject of the speech verb right before 'in a statement'
        ('X called Y ..., the ministry said in a statement': the ministry, not X who called)."""
        verbs = self.verbs_in(s_start, doc_start)
        if not verbs or not _VERB_TO_DOCUMENT.fullmatch(self.text, verbs[-1].end, doc_start):
            return None
        v = verbs[-1]
        subj = speech.subject_before(self.text, s_start, self.gap(v.start, s_start)[0])
        if subj is None or not self.text[s_start : subj.start].rstrip().endswith(","):
            return None  # only a trailing report ('..., the PMO said in a statement'): a subject of its own
        ent, name = self.actor(subj, subj.start)
        return (ent, name) if name is not None else None

    def outlet_before(self, offset: int) -> int | None:
        """The news medium that last spoke before ``offset``, within a few sentences: what 'the outlet'
        or 'the newspaper' points back to (a ministry that spoke last is no newspaper)."""
        here = self.sentence_index(offset)
        for start, speaker, _ in reversed(self.recent[-_ISSUER_LOOKBACK:]):
            if here - self.sentence_index(start) > _RUNNING_SOURCE_REACH:
                return None
            if speaker is None:
                continue
            e = self.doc.entities[speaker]
            if e.kind == "organization" and any(_MEDIA.search(n) for n in (e.name, *e.aliases)):
                return speaker
        return None

    def medium_before(self, offset: int) -> tuple[int | None, str] | None:
        """The news medium that spoke in this sentence or the two before ``offset``, named or only
        described ('the state news agency PNA said', 'the newspaper said'): '"...," the agency said.
        The report added ...' is that medium's report."""
        here = self.sentence_index(offset)
        for start, speaker, text in reversed(self.recent[-_ISSUER_LOOKBACK:]):
            if here - self.sentence_index(start) > _MEDIUM_REACH:
                return None
            if text and self.speaks_as_medium(speaker, text):
                return speaker, text
        return None

    def speaks_as_medium(self, speaker: int | None, text: str | None) -> bool:
        """Whether a speaker is a news medium: an organisation with a medium's name, or one described as
        an agency, a newspaper, a broadcaster or a news outlet ('the state news agency PNA')."""
        if text and _MEDIUM_WORDS.search(text):
            return True
        e = self.doc.entities[speaker] if speaker is not None else None
        return (
            e is not None and e.kind == "organization" and any(_MEDIA.search(n) for n in (e.name, *e.aliases))
        )

    def reporter_before(self, offset: int) -> int | None:
        """Who 'reported' in the few sentences before ``offset`` ('news agency PTI reported ...'): the
        source 'the report' points back to."""
        here = self.sentence_index(offset)
        i = bisect.bisect_left(self.verb_starts, offset)
        for v in reversed(self.verbs[max(0, i - _REPORT_LOOKBACK) : i]):
            k = self.sentence_index(v.start)
            if here - k > _REPORT_REACH:
                return None
            if v.participle or v.lemma != "report":
                continue
            gap_end, _, passive = self.gap(v.start, self.sents[k][0])
            subj = None if passive else speech.subject_before(self.text, self.sents[k][0], gap_end)
            named = (
                [m for m in self.mentions_over(subj.start, subj.end) if m.entity is not None] if subj else []
            )
            if named:
                return named[-1].entity
        return None

    def person_named_before(self, span: Span) -> tuple[int | None, bool]:
        """'Reuters quoted the official as saying': the person a definite role names ('the official',
        'the minister') is the one named last in this sentence or the one before whose known office
        the role may be; the agency that quotes him never is. (person, whether the span is such a role)."""
        words = self.text[span.start : span.end].split()
        head = words[-1].lower()
        between = words[1:-1]
        if words[0].lower() != "the" or head not in _BACK_ROLES or len(between) > _ROLE_MODIFIERS:
            return None, False
        if not all(w.isalpha() for w in between):
            return None, False
        here = self.sentence_index(span.start)
        lo = self.sents[here - 1][0] if here > 0 and self.sents else 0
        entities = self.doc.entities
        for m in reversed(self.mentions_over(lo, span.start)):
            if m.end > span.start or m.entity is None or m.kind not in ("person", "role"):
                continue
            e = entities[m.entity]
            if e.kind != "person" or not e.named or (e.role is None and head not in _ANY_PERSON_ROLES):
                continue  # 'the minister' is one known to be a minister; 'the official' anyone
            if _title_words(between) and not (e.role and _holds_title(e.role, words[1:])):
                continue  # 'the Prime Minister': one who holds that title
            if _may_hold(e.role, head):
                return m.entity, True
        return None, True

    def unnamed_before(self, head: str) -> tuple[int | None, str] | None:
        """A recent unnamed speaker by the same role ('a senior official'), if any: (entity, phrase);
        'a senior State Department official' was given the body named in it, which 'the official' keeps."""
        for _, speaker, text in reversed(self.recent[-_ISSUER_LOOKBACK:]):
            if not text or _unnamed_head(text.split()) != head:
                continue
            if speaker is None or text.split()[0].lower() in ("a", "an"):
                return speaker, text
        return None

    def narrator(self) -> int | None:
        """Who 'we' is outside quotes: the country or organisation that most often opens a sentence.

        Press statements speak as "The United States ... We welcome ...".
        """
        if self._narrator is None:
            counts: dict[int, int] = {}
            for s_start, s_end in self.sents:
                if self.quote_at(s_start) is not None or self.text[s_start:s_end].rstrip()[-1:] not in ".!?":
                    continue  # quotes, and headers such as "Office of the Spokesperson"
                first = self.mentions_over(s_start, s_start + 40)
                first = [m for m in first if m.start >= s_start]
                if first and first[0].start - s_start <= 4 and first[0].entity is not None:
                    entity = first[0].entity
                    if self.doc.entities[entity].kind in ("country", "organization"):
                        counts[entity] = counts.get(entity, 0) + 1
            self._narrator = (max(counts, key=lambda e: counts[e]),) if counts else (None,)
        return self._narrator[0]

    def answer_to_question(self, offset: int, resolved: int | None) -> tuple[int | None, str | None] | None:
        """'X asked Y about Z. "...," she said.': right after a question put, the one asked answers, not
        the asker 'she' may have resolved to."""
        entry = self.asked.get(self.sentence_index(offset) - 1)
        if entry is None or (resolved is not None and resolved != entry[0]):
            return None
        ent, name = self.actor(entry[1], entry[1].start)
        if name is None:
            return None
        if ent is None:  # a name left unlinked ('Minister Bishop') or an unnamed official, not 'the ministry'
            head = name.split()[-1]
            return (ent, name) if head[:1].isupper() or head.lower() in UNNAMED_ROLES else None
        return (ent, name) if self.doc.entities[ent].kind == "person" else None

    def named_before_in_sentence(self, pronoun: Mention, start: int) -> bool:
        """Whether a pronoun inside its sentence has its antecedent, a person, named earlier in it
        (outside quotes): no speaker from the sentences before outranks that."""
        if pronoun.entity is None or self.doc.entities[pronoun.entity].kind != "person":
            return False
        s_start, _ = self.sentence_span(start)
        if start - s_start < 4 or self.quote_at(start) is not None:
            return False
        if not (
            _LINKED_CLAUSE_BEFORE.search(self.text, max(s_start, start - 20), start)
            or self._opens_report(s_start, start)
        ):
            # '..., he said.' closing the sentence may be another person's words, unless its subject
            return self._opens_quoting_sentence(pronoun.entity, s_start, start)
        return any(
            m.entity == pronoun.entity and m.kind == "person" and self.quote_at(m.start) is None
            for m in self.mentions_over(s_start, start)
            if m.end <= start
        )

    def _opens_report(self, s_start: int, start: int) -> bool:
        """Whether a pronoun at ``start`` opens the clause a speech verb right before it reports: 'X said
        (that) he ...', whose 'he' the sentence's own words name, not the speaker of the one before."""
        verbs = self.verbs_in(max(s_start, start - 30), start)
        return bool(verbs) and _REPORT_GAP.fullmatch(self.text, verbs[-1].end, start) is not None

    def _opens_quoting_sentence(self, entity: int, s_start: int, start: int) -> bool:
        """'X hit back on Twitter: "...," he wrote.': the person who opens the sentence, before the
        quote the pronoun's verb attributes, is the one the pronoun names."""
        k = bisect.bisect_left(self.quote_opens, start) - 1
        if k < 0:
            return False
        q = self.quotes[k]
        if q.open <= s_start or self.text[q.close + 1 : start].strip(" ,\t\n\"'\u201d\u2019"):
            return False  # the pronoun does not follow the sentence's own quote
        pos = s_start + len(self.text[s_start : q.open]) - len(self.text[s_start : q.open].lstrip())
        first = next((m for m in self.mentions_over(pos, q.open) if m.end > pos), None)
        return (
            first is not None
            and first.start == pos
            and first.kind == "person"
            and first.entity == entity
            and not _JOINED_SUBJECT.match(self.text, first.end)
        )  # 'X and Y will use the summit to "...," he said': no 'he' is a pair

    def continuing_speaker(self, entity: int | None, offset: int, pronoun: str | None = None) -> int | None:
        """'He'/'she' opening the sentence after a statement by a person: that person speaks on.

        Reports run speaker by speaker ("Sherman stressed ... She noted ..."), so the
        speaker of the sentence just before outranks a nearer person in a prepositional
        phrase ("In a meeting with Hun Sen, Sherman stressed ..."), unless the text has
        called that speaker by the other pronoun ("He said ... She said" is someone else).
        """
        if not self.recent or entity is None:
            return entity
        here = self.sentence_index(offset)
        # a statement found inside the pronoun's own clause ('He said that X called it "..."') comes
        # after it: no speaker before it, whom the pronoun could continue
        before = [r for r in self.recent[-4:] if r[0] < offset][-3:]
        for last_offset, speaker, _ in reversed(before):
            distance = here - self.sentence_index(last_offset)
            if distance not in (0, 1):
                return self.running_source(entity, here, pronoun)
            if self.relayers.get(self.sentence_index(last_offset)) == entity:
                return entity  # 'He quoted X as saying "..." He added ...': the one relaying speaks on
            if speaker is not None and self.doc.entities[speaker].kind == "person":
                return entity if self._other_gender(speaker, pronoun) else speaker
            if distance == 1 or speaker is not None and self.doc.entities[speaker].kind != "organization":
                return entity
            # 'The Kremlin has announced ..., he said': the body he relays is not who 'he' is
        return entity

    def _other_gender(self, entity: int, pronoun: str | None) -> bool:
        """``entity`` has spoken as the pronoun of the other gender than ``pronoun`` ("he said")."""
        return pronoun is not None and self._speaker_genders.get(entity, pronoun) != pronoun

    def running_source(self, entity: int, here: int, pronoun: str | None = None) -> int:
        """'"...," he said' a few sentences after a person's report, where 'he' resolved to someone
        who has not spoken: the source whose briefing the sentences between relay ('X said ...
        According to the official, ... The president will ... "...," he said'). Offices and
        countries quoted in between are that source's; another person is not."""
        entities = self.doc.entities
        if entities[entity].kind != "person" or any(s == entity for _, s, _ in self.recent):
            return entity
        for last_offset, speaker, _ in reversed(self.recent):
            if here - self.sentence_index(last_offset) > _RUNNING_SOURCE_REACH:
                return entity
            if speaker is not None and entities[speaker].kind == "person":
                return entity if self._other_gender(speaker, pronoun) else speaker
        return entity

    def fallback_pronoun(self, pronoun: str, offset: int) -> tuple[int | None, str | None]:
        """A pronoun coreference left open: the speaker of the statement just before, if close."""
        if pronoun == "i" or not self.recent:
            return None, None
        last_offset, speaker, text = self.recent[-1]
        if self.narrative_distance(self.sentence_index(last_offset), self.sentence_index(offset)) > 2:
            return None, None
        if speaker is None and pronoun in ("he", "she") and text and _unnamed_person(text, pronoun):
            return None, text  # 'The Prime Minister said ... He called on ...': the same unnamed person
        if speaker is None and pronoun == "it" and text and text.split()[-1].lower() in _SPEAKING_BODIES:
            return None, text  # "Petro's office said ... , it said.": the same unnamed office
        if (
            pronoun == "they"
            and text
            and text.split()[-1].lower() in _THEY_BODIES
            and (speaker is None or self.doc.entities[speaker].kind != "person")
        ):
            return speaker, text  # "Officials in Macron's office stressed ... They reaffirmed ...": its staff
        if pronoun == "they" and speaker is not None and (speaker, text) in self.joint_members:
            joint = self.joint_members[(speaker, text)]  # 'The two leaders agreed ... They also urged ...'
            joint.append((offset, joint[-1][1]))
            return speaker, text
        kind = self.doc.entities[speaker].kind if speaker is not None else "group"
        fits = {"he": ("person",), "she": ("person",), "it": ("organization", "country")}
        if kind not in fits.get(pronoun, ("organization", "group")):
            return None, None  # 'they' after a single person is someone else
        if kind == "group" and (not text or text.split()[-1].lower() not in speech.GROUP_HEADS):
            return None, None
        return speaker, text

    def unnamed_speaking_on(self, offset: int, pronoun: str) -> str | None:
        """The unnamed person ('a spokesman for the ministry', 'a senior official') whose statement
        is the last before ``offset``, in its sentence or the one before: 'he'/'she' opening the next
        report continues that speaker, whom coreference cannot name, rather than a person named
        earlier ('X visited. A spokesman said ... He added ...'). Not a spokeswoman for 'he'."""
        before = [r for r in self.recent[-3:] if r[0] < offset]
        if not before:
            return None
        last_offset, speaker, text = before[-1]
        if (
            speaker is not None
            or not text
            or self.sentence_index(offset) - self.sentence_index(last_offset) > 1
        ):
            return None
        return text if _unnamed_person(text, pronoun) else None

    def narrative_distance(self, before: int, here: int) -> int:
        """Sentences from ``before`` to ``here``, not counting those inside quotes between them.

        A quote over paragraphs is one turn of speech: '... Anwar said. / "In this summit, I met X. We
        agreed to ... / "After that, I met Y," he said.' names 'he' as close as if the quote were short.
        """
        distance = here - before
        if distance <= 2 or distance > _QUOTED_RUN_REACH:
            return distance
        for k in range(before + 1, here):
            s_start = self.sents[k][0]
            while s_start < self.sents[k][1] and self.text[s_start].isspace():
                s_start += 1
            if self.quote_at(s_start) is not None:
                distance -= 1
        return distance

    def is_medium(self, entity: int | None) -> bool:
        """Whether ``entity`` is a news outlet ('Reuters', 'the Daily Star'), which reports others' words."""
        if entity is None:
            return False
        e = self.doc.entities[entity]
        return e.kind == "organization" and _MEDIA.search(e.name) is not None

    def addressee_after(self, pos: int, limit: int) -> list[int]:
        """Who a verb addresses ('told X', 'urged X'); a news outlet interviewing someone is not addressed."""
        np = self.noun_phrase(pos, limit)
        entity, _ = self.actor(np, pos) if np else (None, None)
        if np and self.text[np.start : np.end].split()[-1].lower() in speech.PRONOUNS:
            entity = next((m.entity for m in self.mentions_over(np.start, np.end)), None)
        if entity is None:
            return []
        e = self.doc.entities[entity]
        return [] if e.kind == "organization" and _MEDIA.search(e.name) else [entity]

    def addressees_in(self, start: int, end: int, said: tuple[int, int] | None = None) -> list[int]:
        """Who a statement told within '(phone) call/meeting/talks with X' is made to: X. Not when that
        phrase lies within the words said (``said``: 'he will be glad to hold a meeting with X', a quote
        'my first meeting with X was ...'), nor when it tells another sitting before or after the words
        ('told reporters after holding talks with X')."""
        out: list[int] = []
        text = self.text
        if text.find("with", start, end) < 0 or not any_in(text, _CALL_WORDS, start, end):
            return out  # no '(phone) call with X' here, as in most sentences
        for m in _CALL_WITH.finditer(self.text, start, end):
            if said is not None and said[0] <= m.start() < said[1]:
                continue
            if _SITTING_APART.search(text, max(start, m.start() - 40), m.start()):
                continue
            out += self.addressee_after(m.end(), end)
        return out


def _holds_office(role: str | None, head: str) -> bool:
    """Whether a stated role is an office of that head word ('Foreign Minister' for 'minister')."""
    return role is not None and head in role.lower().split()


def _bounded(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences, with any run-on 'sentence' (noise, a list without stops) cut into pieces at spaces.

    Every question asked about a sentence then costs at most MAX_SENTENCE characters.
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > MAX_SENTENCE:
            cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            cut = cut if cut > start else start + MAX_SENTENCE
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


# what a body issues, which then 'says' or 'reads' on its behalf
# 'Minister of Foreign Affairs and Trade', 'Committee on Data Management and Harmonization': an 'and'
# inside the complement of an office or a body joins two nouns of one name, not two speakers
# 'of Foreign Affairs, Trade and Development': a portfolio listed with commas (see portfolio_list)
_LIST_IN_COMPLEMENT = re.compile(
    r"\s(?:of|on|for)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*,\s+"
    r"(?:[A-Z][\w.'\u2019-]*,?\s+){0,6}and\s+[A-Z]"
)
_AND_IN_COMPLEMENT = re.compile(r"\s(?:of|on|for)\s+(?:[A-Z][\w.'\u2019-]*\s+){1,4}and\s+[A-Z]")
DOCUMENT_HEADS = speech.word_set("statement readout communique communiqu\u00e9 release email document")
_RELEASE_KINDS = speech.word_set("press news media")  # 'the press release', 'the news release'
# the parties of a meeting, referred back to together: what they say, they say jointly
_PLURAL_OFFICES = speech.word_set("heads leaders ministers presidents")  # 'the Heads of State'
_PEER_HEADS = speech.word_set("ministers leaders officials")
# the members of a joint speaker phrase without names: 'the two leaders' are two persons named together
_PAIR_PERSONS = speech.word_set("leaders ministers officials diplomats envoys")
_PAIR_REACH = 5  # sentences searched back for the pair
# what opens a phrase of members before the first name: 'Both', 'the', titles, 'the leaders of'
_MEMBERS_LEAD = re.compile(
    r"(?:[Bb]oth\s+|[Tt]he\s+)?(?:[A-Z][\w.\u2019'-]*\s+){0,4}"
    r"|(?:[Tt]he\s+)?(?:[a-z-]+\s+){0,2}(?:[A-Za-z]+\s+)?[A-Za-z]+s\s+of\s+(?:the\s+)?"
)
# a verb right after a joint subject that tells what they did together, not what they said
_JOINT_DEED = re.compile(
    r"\s+(?:(?:also|further|jointly|then|have|has|had|been|[a-z]+ly)\s+)*"
    r"(?:discuss|exchang|review|me[te]|h[oe]ld|claims?\s+(?!that\b)|claimed\s+(?!that\b)|[a-z]+ing\s+claims\b)"
)
# names after a preposition: 'the envoy for Sudan and South Sudan pledged' (one speaker), unless the phrase
# before it is a plural office ('the ministers of Chile and Peru'): see coordinated_members
_PREPOSITION_END = re.compile(r"\b(?:for|of|to|in|on|with|between|from|by|at)\s+(?:the\s+)?$")
# '..., the statement said': a reporting clause after the words gives them to its own subject
_REPORTING_TAIL = re.compile(
    r"[,\"\u201d]\s*(?:[\w.\u2019'-]+\s+){1,5}(?:said|says|added|noted|told|reported|stated|announced)\b"
)
_MEMBER_KINDS = ("person", "country", "organization")
# what may stand between two members' names: a comma or 'and', and the title of the next one
_JOINER = re.compile(
    r"(?:\s*,)?\s+(?:and|&)\s+(?:[\w.\u2019'-]+\s+){0,5}|\s*,\s*(?:[\w.\u2019'-]+\s+){0,5}|\s*/\s*"
)
_MEMBER_HEADS = speech.word_set("leaders ministers")  # members who speak for their body in its communique
_COMMUNIQUE_WORDS = ("ommuniqu", "eclaration")
_FORUM_DOCUMENTS = speech.word_set("communique communiqu\u00e9 document")  # a summit's own document
# what an outlet may be leaked: the documents that speak, and drafts, papers and letters
_LEAKABLE = DOCUMENT_HEADS | speech.word_set(
    "documents draft drafts letter letters memo memos memorandum paper papers report cable note agenda"
    " proposal plan assessment dossier minutes emails"
)
# role nouns that name one person: 'the minister' right after his statement is him
_CLOSE_SOURCE = re.compile(
    r"(?:[Ss]ources?|[Pp]eople|[Pp]ersons|[Oo]fficials?|[Aa]ides?|[Ii]nsiders?|[Dd]iplomats?)\s+"
    r"(?:(?:close|closest|near)\s+to|familiar\s+with|linked\s+to)\s"
)
_HEADED = ("state", "government")  # 'head of state', 'head of government'
# offices an office-only phrase names: 'the head of state', 'the head of <country> diplomacy'
_STATE_HEAD = re.compile(
    r"^(?:[A-Z][a-z]+ )?(?:President|King|Queen|Emir|Amir|Sultan)(?: of [\w'\u2019 ]+)?$", re.IGNORECASE
)  # 'President', 'Egyptian President', 'President of Kazakhstan', 'King of Jordan'

# (not 'Secretary of State for Health': a Westminster cabinet office, see portfolio_secretary_of_state)
_FOREIGN_OFFICE = re.compile(
    r"\b(?:foreign (?:affairs )?minister|minister (?:of|for) (?:foreign|external) affairs"
    r"|secretary of state(?! for (?!foreign\b))|foreign secretary|external affairs minister)\b",
    re.IGNORECASE,
)
_JUNIOR_OFFICE = re.compile(
    r"\b(?:vice|deputy|assistant|under|former|minister of state|state minister)\b", re.IGNORECASE
)
# title words that make another office of the role after them: 'vice president', 'prime minister'
_OFFICE_PREFIXES = speech.word_set("vice deputy prime foreign assistant under former acting")
# titles written before a name ('Sheikh Mohammed', 'Prince Faisal'), which 'the sheikh' names alone
_NAME_TITLES = speech.word_set("sheikh emir prince princess king queen sultan pope cardinal")
_POSSESSIVE_S = re.compile(r"['\u2019]s$")
_MEDIA_HEADS = speech.word_set("outlet newspaper broadcaster")  # 'the outlet said': the medium named before
_PERSON_ROLES = speech.word_set(
    "minister secretary president spokesman spokeswoman spokesperson ambassador envoy chancellor premier speaker"
)
# one unnamed informant: 'a government source', 'a diplomatic source', 'the source' (plural: GROUP_HEADS)
_ANONYMOUS_HEADS = speech.word_set("source insider person")  # 'the person said': the unnamed informant
# one unnamed person by role: 'a senior administration official said', 'an official from the ministry'
UNNAMED_ROLES = _PERSON_ROLES | speech.word_set("official diplomat aide adviser advisor")
# "the UN chief", "the Venezuelan leader": one who leads the body or land before it (its member who spoke)
_LEADING_HEADS = speech.word_set("leader chief head")
# a definite description that refers back to the person who spoke just before, when nothing else
# names its bearer: 'the minister', 'the opposition leader', 'the official'
_BACK_ROLES = UNNAMED_ROLES | _LEADING_HEADS
_ANY_PERSON_ROLES = speech.word_set("leader official")  # what any office holder may be called


def _heads(role: str | None, head: str) -> bool:
    """A head of state, government or body, or an office named with the description's own word."""
    return role is not None and (heads_state(role) or heads_body(role) or head in role.lower().split())


# the staff around one person, speaking for him: "the chairman's cabinet", "Ruiz's office"
_PRESS_SERVICE = re.compile(r"\b[Pp]ress\s+[Ss]ervice\b")  # an office that speaks for its principal
# "Biden's team said": his aides; "the president's press wing/media unit" are such offices too
_OWNED_OFFICES = speech.word_set("cabinet office team delegation campaign wing unit")
_POSSESSIVE_PRONOUNS = frozenset(("his", "her", "their", "its"))
_OWNED_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}")  # 'his (press) office': what stands before the role
_POSSESSIVE_AT = re.compile(r"['\u2019]s\s+(?:[a-z-]+\s+){0,2}$")  # "Ban's (chief) spokesman"
# "Saturday's email", "today's readout"
_DAY_POSSESSIVE = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|[Tt]o|[Yy]ester)day['\u2019]s$")
_QUOTED_RUN_REACH = 10  # sentences a quote over paragraphs may span between a report and its '..., he said'
_RUNNING_SOURCE_REACH = 4  # sentences after a person's report in which 'he said' may still be that person
_ISSUER_LOOKBACK = 8  # statements searched back for the issuer of a document named again
_SPEAKING_BODIES = speech.INSTITUTION_HEADS | _OWNED_OFFICES  # unnamed issuers of a statement
_THEY_BODIES = _SPEAKING_BODIES | speech.word_set("government")  # staffed bodies that 'they' refers back to
_MEDIUM_REACH = 2  # sentences back to the medium whose words 'the report' goes on with
# a news medium described in lower case: "the state news agency", "the newspaper", "the broadcaster"
_MEDIUM_WORDS = re.compile(
    r"\b(?:[Aa]gency|newspaper|broadcaster|news\s+outlet|[Nn]ews|Times|Post|Daily|Radio|TV)\b"
)
_REPORT_LOOKBACK = 20  # speech verbs searched back for the one who 'reported' what 'the report' says
_REPORT_REACH = 12  # sentences: an article relaying one report refers back to it far down
_ISSUER_REACH = 4  # sentences back in which 'X said in a statement' issues 'the statement'
# 'said in a (joint) statement', 'said in a news release': the speaker issued a document
_IN_A_DOCUMENT = re.compile(
    r"\bin\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<head>statement|readout|release|communiqu\w*)\b"
)
# what stands between a speech verb and 'in a statement': nothing, or a day ('said on Monday')
_VERB_TO_DOCUMENT = re.compile(r"\s+(?:(?:on|late|early)\s+[A-Z]?[a-z]+\s+)?")
# 'X issued a statement', 'the ministry released a communique', 'the secretariat released the summit
# communique': the issuer, the verb's subject
_ISSUED_DOCUMENT = re.compile(
    r"\b(?:has\s+|have\s+|had\s+)?(?:issued|released|published)\s+(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:statement|readout|communiqu[e\u00e9]|press\s+release)\b"
)
# 'a Royal Court statement', 'a White House readout': the issuer named before the document
_NAMED_DOCUMENT = re.compile(
    r"\b(?:a|an)\s+(?P<issuer>(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*)\s+"
    r"(?:statement|readout|communiqu[e\u00e9])\b"
)
# 'a press release by the presidency', 'a statement from the ministry': a document, then its issuer
# ('the release of X' frees X: only 'by' and 'from' name who released it)
_DOCUMENT_FROM = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,2}?(?:(?:statement|readout|communiqu[e\u00e9])"
    r"(?:\s+(?:of|on)\s+the\s+[a-z]+)?\s+(?:from|by|of|issued\s+by|released\s+by)"
    r"|release\s+(?:from|by|issued\s+by))\s+"
)
# the month or weekday that dates a document before its issuer: 'a Monday (Foreign Ministry) statement'
_CALENDAR_LEAD = re.compile(r"(?:(?:" + "|".join(w.capitalize() for w in (*MONTHS, *WEEKDAYS)) + r")\b\s*)*")
_DOCUMENT_WORDS = ("statement", "readout", "communiqu", "release")
_START_END = attrgetter("start", "end")
_START = attrgetter("start")
_END = attrgetter("end")
_FIRST = itemgetter(0)
_KIND_RANK = {"person": 0, "organization": 1, "country": 2, "role": 1, "pronoun": 1}


_ROLE_MODIFIERS = 3  # 'the former trade minister': lower-case words between 'the' and the role
_TITLE_WORDS = 3  # 'The Prime Cabinet Secretary': capitalised words between 'the' and the role


_OF_BODY = speech.word_set("for of at from with in")  # 'a spokesperson for the ministry'


# the unnamed roles that say a person's sex: 'he' is no spokeswoman
_ROLE_SEX = {"spokesman": "he", "spokeswoman": "she", "chairman": "he", "chairwoman": "she"}


def _unnamed_person(text: str, pronoun: str) -> bool:
    """Whether a speaker's phrase names one person by role only ('a spokesman for the ministry', 'the
    Prime Minister', 'a senior official') whom ``pronoun`` may stand for."""
    head = _unnamed_head(text.split())
    return head in UNNAMED_ROLES and _ROLE_SEX.get(head, pronoun) == pronoun


def _unnamed_head(words: list[str]) -> str:
    """The head of 'a spokesperson (for the ministry)': the noun before the first preposition."""
    k = next((i for i, w in enumerate(words) if i > 1 and w.lower() in _OF_BODY), len(words))
    return words[k - 1].lower()


def _may_hold(role: str | None, head: str) -> bool:
    """Whether a person of known ``role`` may be called 'the <head>': any person a leader or an
    official; 'the army chief' only one whose office is unknown or names a chief."""
    return role is None or head in _ANY_PERSON_ROLES or head in role.lower().replace("-", " ").split()


def _plain_modifiers(words: list[str]) -> bool:
    """Whether the words between 'the' and a role are a few plain lower-case modifiers (or none)."""
    return len(words) <= _ROLE_MODIFIERS and all(w.isalpha() and w.islower() for w in words)


def _title_words(words: list[str]) -> bool:
    """Whether the words between 'the' and a role are a short capitalised title ('Prime Cabinet')."""
    return 0 < len(words) <= _TITLE_WORDS and all(w[:1].isupper() and w.isalpha() for w in words)


def _holds_title(role: str, title: list[str]) -> bool:
    """Whether a known role is the title: its head and most of its words ('Prime Cabinet Secretary'
    ~ 'Cabinet Secretary for Foreign Affairs'); 'Foreign Minister' is not 'Prime Minister'."""
    held = {w.lower() for w in WORD.findall(role)}
    shared = sum(1 for w in title if w.lower() in held)
    return title[-1].lower() in held and 2 * shared > len(title)


def _speaker_rank(m: Mention) -> tuple[int, int, int]:
    """Which of the mentions over a speaker phrase names the speaker: a person first, then the longest."""
    return _KIND_RANK.get(m.kind, 3), -(m.end - m.start), -m.end


# 'X made the statement as he welcomed Y', 'X disclosed this in a statement', 'X said so at a briefing':
# the sentence before is X's
_MADE = ("made", "gave")
_SAID_THIS = ("said", "stated", "announced", "confirmed", "disclosed", "revealed")
MADE_STATEMENT = re.compile(
    r"\b(?:(?:" + "|".join(_MADE) + r")\s+(?:the|these|this|those)\s+(?:statement|remarks?|comments?)"
    r"|(?:" + "|".join(_SAID_THIS) + r")\s+(?P<this>this|so))\b"
)


# the verbs a MADE_STATEMENT match starts with (case-sensitive, as the pattern is)
_MADE_VERBS = _MADE + _SAID_THIS


def _made_statement_in(text: str, verbs: list[VerbHit] | None = None) -> bool:
    """``MADE_STATEMENT.search(text)``, tried only where one of its verbs is (the scan of a whole
    article, character by character, was its cost).

    ``verbs``, the text's speech verbs (``speech.speech_verbs(text)``, all of them), already say
    where 'said', 'stated', 'announced', ... start as words (each is a speech verb, and no longer
    form or phrase holds one), so only 'made' and 'gave' are looked for: two scans of the article,
    not eight.
    """
    if verbs is None:
        starts = word_starts(text, _MADE_VERBS)
    else:
        starts = [v.start for v in verbs if v.form in _SAID_THIS] + word_starts(text, _MADE)
    return next(finditer_at(MADE_STATEMENT, text, starts), None) is not None


def span_statement(
    ctx: Context,
    kind: Literal["direct", "indirect"],
    span: tuple[int, int],
    evidence: tuple[int, int],
    speaker: int | None,
    name: str | None,
    date: str | None,
    addressees: list[int] | None = None,
) -> StatementCandidate:
    """A statement whose words are the text of ``span``, read from the ``evidence`` span.

    A clause that opens the article starts after the page's date stamp: the stamp is no word said."""
    if span[0] < ctx.stamp_end < span[1]:
        span = (ctx.stamp_end, span[1])
    return StatementCandidate(
        text=ctx.text[span[0] : span[1]],
        kind=kind,
        start=span[0],
        end=span[1],
        evidence_start=evidence[0],
        evidence_end=evidence[1],
        speaker=speaker,
        speaker_text=name,
        addressees=addressees or [],
        date=date,
    )


def has_quote(ctx: Context, start: int, end: int) -> bool:
    i = bisect.bisect_left(ctx.quote_opens, start)
    return i < len(ctx.quotes) and ctx.quotes[i].open < end


# 'held talks with Y, during which he ...': a clause hung on the sentence's own event
_LINKED_CLAUSE_BEFORE = re.compile(r"\b(?:which|where|whereupon|when|while)\s+$")
# '..., adding he had asked for talks', '..., adding the cabinet approved a plan': a clause without
# 'that', opened by its subject (a pronoun, or a few words after a determiner) and a finite verb
CLAUSE_WITHOUT_THAT = re.compile(
    r"\s+(?=(?:he|she|they|it|we|I|there|this|(?:the|this|these|both|its|his|her|their)(?:\s+[A-Za-z][\w'\u2019.-]*){1,3})"
    r"\s+(?:had|has|have|was|were|is|are|would|will|could|can|should|did|does|do|[a-z]+ed)\b)"
)
_REPORT_GAP = re.compile(r"\s+(?:that\s+)?")  # 'said he', 'said that he
_JOINED_SUBJECT = re.compile(r"\s+and\s+[A-Z]")  # 'Sato and Berg': a subject of two people


# Speech verbs that can close a sentence after what was said ("..., the ministry said on Tuesday.").
TRAILING_LEMMAS = (
    frozenset(("say", "add", "announce", "confirm", "tell", "note", "state", "report"))
    | speech.word_set("stress emphasize emphasise underscore underline reiterate insist explain tweet write")
    | speech.word_set("disclose reveal declare affirm warn")
    | speech.word_set("clarify assert argue claim acknowledge admit observe testify")
    | speech.word_set("share")  # '..., shared the adviser.': South Asian papers close a report so
)
# '..., stressed the ambassador.': verbs of emphasis close a report as 'said' does; so do verbs of
# making known ('..., the spokesperson disclosed.'), of warning, and of arguing or conceding a point
# ('..., clarified the minister.', '..., he admitted.')
# What may follow such a verb: a date or a short phrase, then the end or a new clause after a comma.
# what may follow a trailing attribution's verb: a time, place or setting; 'said this in ...' is not
# one ('this' is the object: what was said is elsewhere)
TRAILING_REST = re.compile(
    r"(?:(?:(?<=told)|(?<=tells)|(?<=tell))\s+(?:(?:the|a|an|[A-Z][\w.'\u2019-]*['\u2019]s)\s+)?"
    r"(?:(?:state|local|national|public|private|official|foreign|news|wire|[A-Z][\w.'\u2019&-]*)\s+){0,3}"
    r"(?:agency|newspaper|daily|paper|broadcaster|radio|television|channel|outlet|magazine|website"
    r"|[A-Z][\w.'\u2019&-]*)(?:\s+\([A-Z][A-Za-z.&]{1,10}\))?)?"  # 'told Reuters', 'told the state news agency'
    r"(?:\s+(?:reporters|journalists|the\s+(?:press|media))(?:\s+(?:here|there))?)?"  # 'told the press'
    # 'told a news conference', 'told parliament', 'told lawmakers': an audience
    r"(?:(?:(?<=told)|(?<=tells))\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?i:conference|briefing|meeting|forum|gathering|audience|rally|session|summit|assembly|parliament|congress"
    r"|senate|committee|hearing|seminar|symposium|lawmakers|legislators|parliamentarians|delegates|supporters"
    r"|students|participants|leaders|officials|diplomats|investors|executives|crowds?)\b)?"
    r"(?:\s+(?:on|in|at|late|early|earlier|later|last|to|during|after|following|before|via|through|ahead|amid"
    r"|this(?=\s+(?:week|month|year|morning|afternoon|evening|weekend|time)\b))\b"
    r"[^,.;:\"]{0,80}|\s+\w+day\b)?"
    r"\s*(?:[.!]?\s*$|,\s+(?:although|though|but|while|citing|and|as|without|after|before|in|the|a|an|[a-z]+ing"
    r"|amid|amidst|despite|ahead|for)\b"
    r"|\s(?:citing|quoting)\b"
    r"|(?P<relay>,\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s+"
    r"(?:reports|reported|informs|informed|writes|wrote)(?:,?\s+(?:citing|quoting)\s[^,;:\"]{1,60}?)?\s*[.!]?\s*$))"
)  # '..., X said on Thursday, Tass informs (citing Y).': the outlet only passes X's words on;
# '..., she said on Saturday, amid calls for ...', '..., the ministry announced, for a summit that ...':
# a phrase of the writer's after the attribution, the words said still before it
SETTING = re.compile(r"(?:Asked|Speaking|Responding|Answering|Commenting|Writing|Talking)\b")


_BEFORE_DATE = re.compile(r"\s*(?:(?:on|in|at)\s+)?")


def past_as_saying(ctx: Context, as_saying: re.Match[str], s_end: int) -> int:
    """Where the words said begin after an AS_SAYING match: past 'as telling reporters', whom X told."""
    if not as_saying.group().endswith("telling"):
        return as_saying.end()
    told = ctx.noun_phrase(as_saying.end(), s_end)
    return told.end if told is not None else as_saying.end()


def past_date(ctx: Context, pos: int, s_end: int) -> int:
    """Past a date right after a verb ('said on Jan. 27'): its abbreviation stops no pattern."""
    i = bisect.bisect_left(ctx.timex_starts, pos)
    if i < len(ctx.doc.timexes):
        t = ctx.doc.timexes[i]
        # the date's end first: the next date is mostly in a later sentence
        if t.end <= s_end:
            gap = _BEFORE_DATE.match(ctx.text, pos, t.start)
            if gap and gap.end() == t.start:
                return t.end
    return pos


# 'According to X, a spokesman for the ministry, ...': the speaker's role, set off by commas
ROLE_APPOSITION = re.compile(
    r"\s*(?:a|an|the|his|her)\s+(?:[a-z-]+\s+){0,2}?(?:"
    + "|".join(sorted(UNNAMED_ROLES))
    + r")s?\b(?:\s+(?:of|for|to|at|in|with)\s+[^,.;:\"\u201c]{1,60})?,"
)


def skip_parens(text: str, pos: int, limit: int) -> int:
    """Past a parenthesised acronym after a name: 'Korean Central News Agency (KCNA)'."""
    j = pos
    while j < limit and text[j] == " ":
        j += 1
    if j < limit and text[j] == "(":
        close = text.find(")", j, min(limit, j + 40))
        if close > 0:
            return close + 1
    return pos


def strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-."):
        end -= 1
    return start, end


def quoted_share(ctx: Context, start: int, end: int) -> float:
    total = max(1, end - start)
    inside = 0
    i = max(0, bisect.bisect_right(ctx.quote_opens, start) - 1)
    while i < len(ctx.quotes) and ctx.quotes[i].open < end:
        q = ctx.quotes[i]
        inside += max(0, min(end, q.end) - max(start, q.start))
        i += 1
    return inside / total
