"""Reported speech: the sentence patterns that yield indirect statements.

`indirect_statements` reads one sentence outside quotes: a speech verb with its subject, a
trailing report ('..., X said.'), an inverted one ('..., said X.'), a parenthetical ('...,
he said, ...'), participles ('saying ...', 'with X stressing ...', 'by X saying'), passive
agents, 'according to', 'as told by', hopes voiced and headlines.

Separate from reportedclauses.py, which measures the reported clause these patterns find.
"""

from __future__ import annotations

import re

from briefing_tui.extract import speech
from briefing_tui.extract.dateline import DATELINE
from briefing_tui.extract.document import StatementCandidate
from briefing_tui.extract.reportedclauses import (
    DEMONSTRATIVE_OBJECT,
    GUEST_HEADS,
    SPEAKER_LEAD,
    clause_cut,
    content_span,
    needs_that,
    quote_opens_clause,
    reported_clause,
    reported_statement,
    reports_that,
    says_something,
    states_as_noun,
    tail_attribution,
)
from briefing_tui.extract.speakersubjects import (
    LINKED_PARTICIPLE,
    PARTICIPLE_BREAKS,
    coordinated,
    named_after,
    named_at,
    quoted_as_saying,
    relayed_speaker,
    sentence_subject,
    subject_of,
)
from briefing_tui.extract.speech import Span, VerbHit
from briefing_tui.extract.statementcontext import (
    ACCORDING,
    ADDING,
    AS_SAYING,
    CLAUSE_WITHOUT_THAT,
    OBJECT_PARTICIPLES,
    ROLE_APPOSITION,
    SETTING,
    SOURCE_OF,
    THAT,
    TRAILING_LEMMAS,
    TRAILING_REST,
    UNNAMED_ROLES,
    VOICING_LEMMAS,
    WORD,
    Context,
    has_quote,
    past_as_saying,
    past_date,
    quoted_share,
    skip_parens,
    strip,
)

_QUOTED_FORMS = frozenset(("quoted", "reported"))  # 'X quoted/reported Y as saying': Y speaks
_QUOTING = re.compile(r"\s*,?\s*quoting\s+")
# bodies that speak unnamed in a sentence-final attribution: '..., the government said on Friday.'
# (elsewhere 'the government' is often no speaker: 'the government recommending "translation tools"')
_TRAILING_BODIES = speech.INSTITUTION_HEADS | frozenset(("government",))


# -- reported speech --------------------------------------------------------------------


def indirect_statements(ctx: Context, s_start: int, s_end: int) -> list[StatementCandidate]:
    """Reported speech in one sentence: one statement per speech verb that has its own subject."""
    out: list[StatementCandidate] = []
    text = ctx.text
    verbs = ctx.verbs_in(s_start, s_end)
    covered_until = -1
    passives = _passive_agents(ctx, verbs, s_start, s_end)
    headline = _headline(ctx.text, s_start, s_end)
    if text.startswith(_LEAD_FORMS, s_start):
        lead = _leading_participle(ctx, s_start, s_end, verbs)
        if lead is not None:
            out.append(lead)
            ctx.recent.append((lead.start, lead.speaker, lead.speaker_text))
    for v in verbs:
        if headline and v.form not in _HEADLINE_REPORTS:
            continue  # 'Minister criticizes council', 'Leaders discuss trade': a title, not a report
        if v.start in passives:
            cand = passives[v.start]
            covered_until = cand.end
            out.append(cand)
            ctx.recent.append((cand.start, cand.speaker, cand.speaker_text))
            continue
        if v.form in _QUOTED_FORMS and v.start not in ctx.attribution_verbs and v.start >= covered_until:
            cand = _quoted_person(ctx, v, s_start, s_end)
            if cand is not None:
                covered_until = cand.end
                out.append(cand)
                ctx.recent.append((cand.start, cand.speaker, cand.speaker_text))
                continue
        relayed = v.kind == "relay" and not (
            quoted_as_saying(ctx, v) or reports_that(ctx, v, s_end) or _trails(ctx, v, s_end)
        )
        # '..., reported NHK.': the report is the clause before the comma, never the source after the verb
        inverted = relayed and _inverts(text, v)
        relayed = relayed and not inverted
        if v.start < covered_until and out and not relayed and v.start not in ctx.attribution_verbs:
            inner = _nested_report(ctx, v, out[-1], s_end, verbs)
            if inner is not None:
                out.append(inner)
                ctx.recent.append((inner.start, inner.speaker, inner.speaker_text))
            continue
        if v.start < covered_until or relayed or v.start in ctx.attribution_verbs or states_as_noun(ctx, v):
            continue
        if v.participle and not _progressive(text, v, s_start):
            cand = _participle(ctx, v, s_start, s_end)
            if cand is not None:
                covered_until = cand.end
                out.append(cand)
                ctx.recent.append((cand.start, cand.speaker, cand.speaker_text))
            continue
        gap_end, modal, _passive = ctx.gap(v.start, s_start)
        if modal or (v.form == v.lemma and coordinated(text, s_start, gap_end)):
            continue  # 'she will meet them to signal X and thank Y': a plan
        if v.form == v.lemma and gap_end == v.start and _one_person_before(ctx, gap_end):
            continue  # 'a recipient of Trump praise': one person takes 'praises'; a bare form is the noun
        aside = _parenthetical(ctx, v, s_start, s_end, verbs)
        if aside is not None:
            covered_until = aside.end
            out.append(aside)
            ctx.recent.append((aside.start, aside.speaker, aside.speaker_text))
            continue
        if inverted:
            cand = _inverted_trailing(ctx, v, s_start, s_end)
        elif (
            _CITING.match(text, v.end, s_end) and ctx.has_citing
        ):  # '..., Xinhua said, citing X': no clause after the verb
            cand = _trailing(ctx, v, s_start, s_end, verbs)
        else:
            cand = (
                reported_clause(ctx, v, s_start, s_end, verbs)
                or _trailing(ctx, v, s_start, s_end, verbs)
                or _inverted_trailing(ctx, v, s_start, s_end)
            )
        if cand is None:
            continue
        cand = _before_passive(ctx, cand, passives)
        covered_until = cand.end
        out.append(cand)
        ctx.recent.append((cand.start, cand.speaker, cand.speaker_text))
        if ctx.relayed and cand.start in ctx.relayed:
            ctx.recent.append(ctx.relayed[cand.start])  # the relayed speaker speaks on after the report
    if not out and not _said_this(text, s_start, s_end, verbs):
        cand = (
            _according_to(ctx, s_start, s_end)
            or _as_told_by(ctx, s_start, s_end)
            or _as_told_by_lead(ctx, s_start, s_end)
            or (None if verbs else _hoped(ctx, s_start, s_end))
        )
        if cand is not None:
            out.append(cand)
            ctx.recent.append((cand.start, cand.speaker, cand.speaker_text))
    return out


# what may stand between a reported clause's opening and the name that opens it: 'the', a title's words
_NESTED_LEAD = re.compile(r"(?:(?:the|The|Mr\.?|Ms\.?|Mrs\.?)\s+)?")


def _nested_report(
    ctx: Context, v: VerbHit, outer: StatementCandidate, s_end: int, verbs: list[VerbHit]
) -> StatementCandidate | None:
    """'The ministry said Haysom expressed his confidence that ...': a reported clause that opens with a
    named speaker and his own speech verb reports that speaker's words, which are his statement (the
    relayer's keeps the whole clause). Only a finite verb right after the person who opens the clause: 'said
    Russia confirmed ...' is the relayer's reading of a country's stance, not words of its own."""
    if v.participle or v.start <= outer.start or v.end > outer.end:
        return None
    if v.kind != "say" and v.lemma != "tell":
        return None  # 'said X briefed (invited, assured) Y ...', 'said X called the plan a failure': an act
        # or a verdict the relayer tells of, the relayer's alone (rounds 26 and 35)
    text = ctx.text
    lead = _NESTED_LEAD.match(text, outer.start, v.start)
    pos = lead.end() if lead else outer.start
    named = [
        m
        for m in ctx.mentions_over(outer.start, v.start)
        if m.start in (outer.start, pos) and m.entity is not None and m.kind in ("person", "role")
    ]
    if not named or text[named[-1].end : v.start].strip():
        return None  # 'said the talks Haysom held ...', 'said X would stress ...': no verb of the name's own
    return reported_clause(ctx, v, outer.start, s_end, [u for u in verbs if u.start >= outer.start])


# 'is urging', 'has been calling for': a finite verb in the progressive, its subject before the auxiliary
_PROGRESSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:(?:also|still|now|again|[a-z]{3,}ly)\s+)?$"
)


def _progressive(text: str, v: VerbHit, s_start: int) -> bool:
    """Whether a participle is a progressive's ('Peru is urging X to ...'); not a hope ('Japan is hoping
    that will change': a wish told of, no words)."""
    return (
        v.lemma != "hope"
        and _PROGRESSIVE_BEFORE.search(text, max(s_start, v.start - 20), v.start) is not None
    )


def _one_person_before(ctx: Context, gap_end: int) -> bool:
    """Whether the words right before a verb's bare form are one person's name: no subject for it."""
    lo = max(0, gap_end - 40)
    before = [
        m
        for m in ctx.mentions_over(lo, gap_end)
        if m.end <= gap_end and not ctx.text[m.end : gap_end].strip()
    ]
    return (
        bool(before)
        and before[-1].entity is not None
        and ctx.doc.entities[before[-1].entity].kind == "person"
    )


_SAID_THIS = re.compile(r"\s+this\b")
_HOPED = re.compile(r"\b(?:hoped|hopes)\b")
# a content clause: 'that', or a subject of a few words and then a modal or finite auxiliary ('hoped the
# sides would meet', 'hopes Japan will join'); not an infinitive or a noun ('hoped to visit', 'hopes for peace')
_CLAUSE_OBJECT = re.compile(
    r"\s+(?:that\b|(?!(?:to|for|so|not|and|or|but|in|on|at|with|of|from|by|as|against)\b)"
    r"(?:[\w'\u2019.-]+,?\s+){1,8}?(?:would|will|could|can|may|might|should|must|shall|is|are|was|were|has"
    r"|have|had)\b)"
)


def _hoped(ctx: Context, s_start: int, s_end: int) -> StatementCandidate | None:
    """'He hoped (that) the sides would meet soon': in a readout, a hope voiced with a clause is what was
    said. Only in a sentence with no speech verb, where the hope is the main clause: in 'said China hoped
    ...' the words are the outer speaker's, and 'hoped to visit' or 'hopes for peace' voice no clause."""
    m = _HOPED.search(ctx.text, s_start, s_end)
    if m is None or not _CLAUSE_OBJECT.match(ctx.text, m.end(), s_end):
        return None
    v = VerbHit(m.start(), m.end(), m.group(), "say", False, speech.lemma_of(m.group()))
    return reported_clause(ctx, v, s_start, s_end, [v])


def _said_this(text: str, s_start: int, s_end: int, verbs: list[VerbHit]) -> bool:
    """'Spokesman Ruiz said this at a briefing, according to a reporter.': 'this' points back to
    words said elsewhere, so the sentence is an attribution, not content relayed 'according to' anyone."""
    for v in verbs:
        this = None if v.participle else _SAID_THIS.match(text, v.end, s_end)
        if this is not None and DEMONSTRATIVE_OBJECT.match(text, this.end() - 4, s_end):
            return True
    return False


_THAT_LEADS = ("Stating", "Insisting", "Arguing", "Warning", "Asserting", "Claiming", "Explaining", "Emphasi")
_NAMING_LEADS = ("Terming", "Calling", "Describing", "Characteri")
_LEAD_FORMS = ("Saying", "Noting", "Stressing", "Adding", *_THAT_LEADS, *_NAMING_LEADS)
# 'Terming the talks "productive", he said ...': a naming participle, its object, then its predicate
_NAMING_LEAD = re.compile(r"(Terming|Calling|Describing|Characteri[sz]ing)(?=\s)")
# the participle, then its clause: 'that', or a subject ('Saying his talks were ...'), not 'Saying goodbye';
# other verbs of saying only with 'that' ('Insisting that the vote was fair, ...'; 'Warning the rebels, ...')
_PARTICIPLE_LEAD = re.compile(
    r"(?:Saying|Noting|Stressing|Adding)\s+(?:that\s+|(?=(?:the|his|her|their|its|our|he|she|they|it|we)\s))"
    r"|(?:Stating|Insisting|Arguing|Warning|Asserting|Claiming|Explaining|Emphasi[sz]ing)\s+that\s+"
)


def _leading_participle(
    ctx: Context, s_start: int, s_end: int, verbs: list[VerbHit]
) -> StatementCandidate | None:
    """'Saying that the talks were good, he told reporters that ...': what the participle reports is
    the words of the main clause's subject, named right after the comma that ends it."""
    text = ctx.text
    lead = _PARTICIPLE_LEAD.match(text, s_start, s_end)
    if lead is None:
        lead = _NAMING_LEAD.match(text, s_start, s_end)
        if lead is None or not speech.names_a_thing(speech.lemma_of(lead.group(1).lower()), text, lead.end()):
            return None
    main = next((v for v in verbs if v.start > lead.end() and not v.participle), None)
    subj = subject_of(ctx, main, s_start, verbs) if main is not None else None
    if subj is None:
        return None
    comma = text.rfind(",", lead.end(), subj.start)
    if comma < 0 or text[comma + 1 : subj.start].strip():
        return None  # the subject must open the main clause, right after the comma
    speaker, name = ctx.actor(subj, subj.start)
    if name is None:
        return None
    c_start, c_end = strip(text, lead.end(), comma)
    if not says_something(ctx, c_start, c_end):
        return None
    return reported_statement(ctx, (c_start, c_end), (s_start, s_end), speaker, name)


_HEADLINE_WORDS = 20
# a standfirst in the past tense of 'say' reports ('Vieira said he hoped ...'); other verbs of a
# title name the story ('X criticizes Y', 'Leaders discuss trade', 'after Y invited him to Z')
_HEADLINE_REPORTS = frozenset(("said", "told"))


def _headline(text: str, s_start: int, s_end: int) -> bool:
    """A line of its own, short and with no final stop: a title or standfirst."""
    tail = text[s_start:s_end].rstrip()
    if not tail or tail[-1] in ".!?\"\u201d'\u2019":
        return False
    start, end = strip(text, s_start, s_end)
    if (start > 0 and text[start - 1] != "\n") or (end < len(text) and text.find("\n", end, end + 3) < 0):
        return False
    return len(WORD.findall(text, start, end)) <= _HEADLINE_WORDS


def _quoted_person(ctx: Context, v: VerbHit, s_start: int, s_end: int) -> StatementCandidate | None:
    """'The radio quoted Ortiz as saying the port would reopen': Ortiz's statement."""
    att = relayed_speaker(ctx, v, s_end)
    if att is None:
        return None
    m = AS_SAYING.match(ctx.text, att.end, s_end)
    if m is None:
        return None
    said = past_as_saying(ctx, m, s_end)
    that = THAT.match(ctx.text, said, s_end)
    span = content_span(ctx, that.end() if that else said, s_end, True)
    if span is None:
        return None
    return reported_statement(ctx, span, (s_start, s_end), att.speaker, att.speaker_text)


# verbs whose passive with a 'by' agent reports what the agent said ('the plan was criticised by X')
_AGENT_LEMMAS = speech.word_set(
    "hail praise laud applaud criticise criticize condemn commend welcome denounce"
)
_BY_AGENT = re.compile(r"\s+by\s+")
# where the clause of a passive subject begins: the sentence, a comma, or a conjunction ('arrived in
# Riyadh, where he was welcomed by X': the clause after 'where')
_CLAUSE_OPEN = re.compile(
    r"(?:,|;|\b(?:as|and|but|while|after|when|where|because|since|though|although|whereas))\s+(?=\S)"
)
_AGENT_CLAUSE_END = re.compile(r",\s*(?:who|which)\b")


def _passive_agents(
    ctx: Context, verbs: list[VerbHit], s_start: int, s_end: int
) -> dict[int, StatementCandidate]:
    """'..., as his visit was hailed by the president as historic': the agent's statement, by verb start.

    The text is the whole passive clause, from its subject to the end of the clause.
    """
    out: dict[int, StatementCandidate] = {}
    text = ctx.text
    for v in verbs:
        if v.participle or v.lemma not in _AGENT_LEMMAS:
            continue
        gap_end, modal, passive = ctx.gap(v.start, s_start)
        by = _BY_AGENT.match(text, v.end, s_end) if passive and not modal else None
        if by is None:
            continue
        np = speech.noun_phrase_after(text, by.end(), s_end)
        speaker, name = ctx.actor(np, by.end()) if np is not None else (None, None)
        if name is None:
            continue
        opens = [m.end() for m in _CLAUSE_OPEN.finditer(text, s_start, gap_end)]
        c_start = opens[-1] if opens else s_start
        if len(WORD.findall(text, c_start, gap_end)) < 2:
            continue  # '..., was praised by X': no subject of its own
        if v.lemma == "welcome" and _guest_at(ctx, c_start, gap_end):
            continue  # 'Ruiz was welcomed by the minister at the airport': a reception, no word said
        end = _AGENT_CLAUSE_END.search(text, np.end, s_end)
        c_start, c_end = strip(text, c_start, clause_cut(text, np.end, end.start() if end else s_end))
        if quoted_share(ctx, c_start, c_end) > 0.7:
            continue
        addressees = ctx.addressees_in(s_start, s_end, (c_start, c_end))
        out[v.start] = reported_statement(ctx, (c_start, c_end), (s_start, s_end), speaker, name, addressees)
    return out


def _guest_at(ctx: Context, start: int, end: int) -> bool:
    """Whether the passive clause ``[start, end)`` opens with a person (or 'he', 'she', 'they'), past
    the page's date stamp when the clause opens the article."""
    start, _ = strip(ctx.text, max(start, ctx.stamp_end), end)
    words = ctx.text[start:end].lower().split()
    if 0 < len(words) <= _GUEST_MAX_WORDS and words[-1] in GUEST_HEADS:
        return True  # 'The delegation was welcomed by X': a party of guests, named by what they are
    lead = DATELINE.match(ctx.text, start, end)
    after = [m for m in ctx.mentions_over(start, end) if m.start >= start]
    if not after:
        return False
    # 'Kiribati President X': the person's mention, not the country's that starts with it
    first = next((m for m in after if m.start == after[0].start and m.kind == "person"), after[0])
    opening = ctx.text[start : first.start].strip(" ,")
    if opening and not _LEAD_PHRASE.fullmatch(opening) and lead is None:
        return False
    return first.kind in ("person", "role") or (
        first.kind == "pronoun" and ctx.text[first.start : first.end].lower() in ("he", "she", "they")
    )


_GUEST_MAX_WORDS = 4  # 'the (visiting) Saudi delegation'

# 'On Sunday', 'Upon arrival', 'The visiting': words before the guest that are not a subject of their own
_LEAD_PHRASE = re.compile(r"(?:(?:On|In|Upon|After|Earlier|Later)\s+[\w\s]{1,30}|The(?:\s+[a-z]+){0,2})")


_DANGLING = re.compile(
    r"(?:[\s,;]+(?:as|and|but|while|after|when|because|since|though|although|whereas))?[\s,;]*$"
)


def _before_passive(
    ctx: Context, cand: StatementCandidate, passives: dict[int, StatementCandidate]
) -> StatementCandidate:
    """A reported clause ends where a passive agent's clause begins: 'X called it a success as it was hailed by Y'."""
    for p in passives.values():
        if cand.start < p.start < cand.end:
            cut = _DANGLING.search(ctx.text, cand.start, p.start)
            end = cut.start() if cut else p.start
            if end > cand.start:
                cand.text = ctx.text[cand.start : end]
                cand.end = end
    return cand


# '..., Xinhua reported, citing the official news agency': the source cited is who speaks
_CITING = re.compile(r"\s*,?\s*(?:citing|quoting)\s+")

TRAILING_MIN_WORDS = 5


def _trails(ctx: Context, v: VerbHit, s_end: int) -> bool:
    """'..., the agency reported.': a verb that closes its sentence after what was said."""
    return v.lemma in TRAILING_LEMMAS and bool(
        TRAILING_REST.match(ctx.text, past_date(ctx, v.end, s_end), s_end)
    )


def _trailing(
    ctx: Context, v: VerbHit, s_start: int, s_end: int, verbs: list[VerbHit]
) -> StatementCandidate | None:
    """'Talks will resume in March, the ministry said.': what was said comes first, before a comma."""
    text = ctx.text
    if v.lemma not in TRAILING_LEMMAS:
        return None
    rest = TRAILING_REST.match(text, past_date(ctx, v.end, s_end), s_end)
    if rest is None:
        return None
    # ', citing X' right after the verb or after its day ('reported on Sunday, citing X')
    citing = _CITING.match(text, v.end, s_end) or _CITING.match(text, past_date(ctx, v.end, s_end), s_end)
    citing = citing if citing is not None and ctx.has_citing else None
    subj = subject_of(ctx, v, s_start, verbs) or (_source_words(ctx, v, s_start) if citing else None)
    if subj is None:
        return None
    if rest.group("relay"):
        ctx.attribution_verbs.update(u.start for u in ctx.verbs_in(rest.start("relay"), s_end))
    comma = text.rfind(",", s_start, subj.start)
    if comma < 0 or not SPEAKER_LEAD.fullmatch(text, comma + 1, subj.start):
        return None  # the speaker follows the comma ("the regional bloc ECOWAS")
    speaker, name = ctx.actor(subj, subj.start, _TRAILING_BODIES)
    if citing is not None:
        source = speech.noun_phrase_after(text, citing.end(), s_end)
        cited, cited_name = ctx.actor(source, citing.end())
        if cited is not None or (
            cited_name is not None and cited_name.split()[-1].lower() not in speech.GROUP_HEADS
        ):  # '..., X reported, citing a senior official': unnamed, still the source ('unnamed sources': X)
            speaker, name = cited, cited_name
    if name is None and text[subj.start : subj.end] in _CATAPHORIC:
        speaker, name = _clause_subject(ctx, s_start, comma, text[subj.start : subj.end])
    if name is None:
        return None
    c_start, c_end = strip(text, s_start, comma)
    dateline = DATELINE.match(text, c_start, c_end)
    if dateline is not None:
        c_start = dateline.end()  # 'MANILA - X will visit Y, the ministry said': the dateline is no word said
    opening = ctx.quote_at(c_start)
    if opening is not None and not (opening.open == c_start and quote_opens_clause(ctx, c_start, c_end)):
        return None  # a quote is a direct statement; '"Close ties" were the core of it, X said' is reported
    if len(WORD.findall(text, c_start, c_end)) < TRAILING_MIN_WORDS or SETTING.match(text, c_start, c_end):
        return None  # "Asked about it, she said.": the words before the comma set the scene
    if _ABOUT_SPEECH.match(text, c_start, c_end):
        return None  # 'She made the announcement after ..., the paper reported': the words are elsewhere
    if not says_something(ctx, c_start, c_end) or _speaks_within(ctx, c_start, c_end, speaker, v):
        return None
    addressees = ctx.addressees_in(s_start, s_end, (c_start, c_end))
    return reported_statement(ctx, (c_start, c_end), (s_start, s_end), speaker, name, addressees)


def _source_words(ctx: Context, v: VerbHit, s_start: int) -> Span | None:
    """'..., local media reported, citing X': the few words after the comma name a source that no
    subject finder reads (no name, no role); the one cited speaks for it."""
    gap_end = ctx.gap(v.start, s_start)[0]
    comma = ctx.text.rfind(",", s_start, gap_end)
    if comma < 0 or not SPEAKER_LEAD.fullmatch(ctx.text, comma + 1, gap_end):
        return None
    start, end = strip(ctx.text, comma + 1, gap_end)
    return Span(start, end) if end > start else None


# a pronoun closing the sentence that nobody before it answers: 'Chile will open a consulate, it said'
_CATAPHORIC = {"it": ("organization", "country"), "he": ("person",), "she": ("person",)}


def _clause_subject(ctx: Context, s_start: int, comma: int, pronoun: str) -> tuple[int | None, str | None]:
    """'Chile has appointed a commission ..., it said': with no one before it, the pronoun of a closing
    attribution is the subject that opens the clause said, when of its kind ('it' a body or a land)."""
    subj = sentence_subject(ctx, s_start)
    if subj is None or subj.end > comma:
        return None, None
    ent, name = ctx.actor(subj, subj.start)
    if ent is None or ctx.doc.entities[ent].kind not in _CATAPHORIC[pronoun]:
        return None, None
    return ent, name


# a clause that only tells of words said elsewhere: 'She made the announcement after the meeting'
_ABOUT_SPEECH = re.compile(
    r"(?:[\w'\u2019.-]+\s+){1,4}?(?:made|gave|delivered)\s+(?:the|this|that|these|those|her|his|their|its)\s+"
    r"(?:announcement|statement|remarks?|comments?)\b"
)
_JOINT_SUBJECT = re.compile(r"(?:[Tt]he\s+)?(?:two|both)\s+[a-z]+")  # 'the two officials', 'both sides'
_MEDIUM_LEMMAS = frozenset(("write", "report"))  # '..., Tsargrad writes': a medium's verb, whoever it names


def _speaks_within(ctx: Context, c_start: int, c_end: int, source: int | None, v: VerbHit) -> bool:
    """Whether the words before '..., the ministry said' report someone else speaking ('X conveyed
    ... and expressed hope that ..., the ministry said'): those are X's statements, found at X's verb;
    the source only passes them on. Only a body's report ('the ministry said') relays: a person's
    '..., Cavusoglu said' gives his own account, whoever acts in it."""
    if source is not None and ctx.doc.entities[source].kind == "person" and v.lemma not in _MEDIUM_LEMMAS:
        return False
    for u in ctx.verbs_in(c_start, c_end):
        if _inverts(ctx.text, u) and u.lemma in TRAILING_LEMMAS and not u.participle:
            np = named_after(ctx, u.end, c_end)  # '..., said Minister X, Andina reported': X's words
            if np is not None and ctx.actor(np, u.end)[0] not in (None, source):
                return True
    inner = [
        u
        for u in ctx.verbs_in(c_start, c_end)
        if u.lemma != "discuss"
        and (THAT.match(ctx.text, u.end, c_end) or not needs_that(u, ctx.text, u.end, c_end))
    ]  # 'X is extending aid to Y, the ministry said': a deed, whose verb reports nothing
    for u in inner:
        subj = subject_of(ctx, u, c_start, inner)
        if subj is None:
            continue
        ent, name = ctx.actor(subj, subj.start)
        if name is not None and ent is not None and ent != source:
            return True
        if v.lemma in _MEDIUM_LEMMAS and any(
            m.kind == "role" for m in ctx.mentions_over(subj.start, subj.end)
        ):
            return (
                True  # a medium relays an office it does not name too ('the military leader indicated ...')
            )
        if name is None and _JOINT_SUBJECT.fullmatch(ctx.text, subj.start, subj.end):
            return True  # '(the) two officials said they agreed ..., VOA reported': a joint statement relayed
    return False


def _inverts(text: str, v: VerbHit) -> bool:
    """'..., reported NHK.': a relaying verb right after a comma, its source after it, the report before."""
    return text.startswith(", ", v.start - 2)


def _inverted_trailing(ctx: Context, v: VerbHit, s_start: int, s_end: int) -> StatementCandidate | None:
    """'Talks will resume in March, said the minister.': the speaker follows a sentence-final verb."""
    text = ctx.text
    comma = v.start - 2
    if comma < s_start or text[comma] != "," or not text[v.start - 1].isspace():
        return None  # the verb opens the attribution right after the comma
    if v.participle or v.lemma not in TRAILING_LEMMAS or v.kind == "address":
        return None
    np = named_after(ctx, v.end, s_end) or speech.noun_phrase_after(text, v.end, s_end)
    issued = _DOCUMENT_ISSUED.match(text, np.start, s_end) if np is not None else None
    issuer = named_at(ctx, issued.end(), s_end) if issued else None
    if issuer is not None:
        np = issuer  # '..., said a press release issued by the ministry.': the ministry
    if np is None or not TRAILING_REST.match(text, past_date(ctx, np.end, s_end), s_end):
        return None
    speaker, name = ctx.actor(np, v.end)
    if name is None:
        return None
    c_start, c_end = strip(text, s_start, comma)
    if ctx.quote_at(c_start) is not None:
        return None  # a quote is a direct statement
    if len(WORD.findall(text, c_start, c_end)) < TRAILING_MIN_WORDS or SETTING.match(text, c_start, c_end):
        return None
    if not says_something(ctx, c_start, c_end) or _speaks_within(ctx, c_start, c_end, speaker, v):
        return None
    return reported_statement(
        ctx,
        (c_start, c_end),
        (s_start, s_end),
        speaker,
        name,
        ctx.addressees_in(s_start, s_end, (c_start, c_end)),
    )


# what goes on after a parenthetical attribution: the predicate of the clause it interrupts
_PREDICATE_GOES_ON = re.compile(
    r"(?:\s+(?:on|last|this|late|early)\s+\w+)?,\s+(?:(?:already|also|still|now|not|never|soon)\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may"
    r"|might|must|should|did|does|do|remains?|remained|[a-z]{3,}ed)\b"
)
_ASIDE_SUBJECT_MAX_WORDS = 12  # 'The Finnish portion of the pipeline, he said, ...': a noun phrase, no clause


def _parenthetical(
    ctx: Context, v: VerbHit, s_start: int, s_end: int, verbs: list[VerbHit]
) -> StatementCandidate | None:
    """'The new line, he also revealed, has been completed.': an attribution set between a clause's
    subject and its predicate; what was said is the clause without it."""
    text = ctx.text
    if text.find(",", v.end, min(s_end, v.end + 30)) < 0:
        return None  # no comma soon after the verb: no predicate goes on after it
    if v.participle or v.kind != "say" or v.lemma not in TRAILING_LEMMAS:
        return None
    goes_on = _PREDICATE_GOES_ON.match(text, past_date(ctx, v.end, s_end), s_end)
    if goes_on is None:
        return None
    subj = subject_of(ctx, v, s_start, verbs)
    if subj is None:
        return None
    comma = text.rfind(",", s_start, subj.start)
    if comma < 0 or text[comma + 1 : subj.start].strip() or text.find(",", s_start, comma) >= 0:
        return None  # the attribution follows the clause's only comma, right before its speaker
    head = strip(text, s_start, comma)
    if head[1] <= head[0] or len(WORD.findall(text, head[0], head[1])) > _ASIDE_SUBJECT_MAX_WORDS:
        return None
    if ctx.quote_at(head[0]) is not None or any(u.start < comma for u in verbs):
        return None  # a quote is direct; a verb before the comma makes the head a clause of its own
    speaker, name = ctx.actor(subj, subj.start)
    if name is None:
        return None
    rest = strip(text, text.find(",", goes_on.start(), goes_on.end()) + 1, s_end)
    if rest[1] <= rest[0] or len(WORD.findall(text, head[0], rest[1])) < TRAILING_MIN_WORDS + 2:
        return None  # as short as 'The talks, Sherman said, were long.': too little said to keep
    cand = reported_statement(ctx, (head[0], rest[1]), (s_start, s_end), speaker, name)
    cand.text = f"{text[head[0] : head[1]]} {text[rest[0] : rest[1]]}"
    return cand


# '..., expressing hope that ...': a feeling voiced with a that-clause reports what was said
# the object of a participle of emphasis (OBJECT_PARTICIPLES): 'while stressing the significance of the visit'
_PARTICIPLE_OBJECT = re.compile(r"\s+(?=(?:the|his|her|their|its|our)\s+[a-z])")
_FEELING_FORMS = speech.word_set("expressing voicing")
_VOICED_EMPHASIS = speech.word_set("stressing emphasizing emphasising reiterating reaffirming affirming")
# what a speaker pledges after his words: an infinitive or a plain object ('pledging to help', 'pledging
# continued support'), not a clause of its own
_PLEDGED = re.compile(r"\s+(?=to\s+[a-z]|[a-z])")
_FEELING_THAT = re.compile(
    r"\s+(?:(?:the|his|her|their|its|a|strong|firm)\s+)?(?:hope|confidence|belief|conviction|concern|optimism)"
    r"\s+that\b\s*"
)


def _participle(ctx: Context, v: VerbHit, s_start: int, s_end: int) -> StatementCandidate | None:
    """'..., adding that Moscow valued its ties': more from the speaker of the sentence."""
    text = ctx.text
    if _BY_BEFORE.search(text, max(s_start, v.start - 4), v.start):
        return _by_participle(ctx, v, s_start, s_end)
    feeling = _FEELING_THAT.match(text, v.end, s_end) if v.form in _FEELING_FORMS else None
    if (
        (v.kind in ("address", "name") or v.lemma in VOICING_LEMMAS)
        and feeling is None
        and text[max(s_start, v.start - 3) : v.start].rstrip().endswith(",")
    ):  # '..., urging X to act', '..., accusing X of Y': the sentence subject's words
        return reported_clause(ctx, v, s_start, s_end, ctx.verbs_in(s_start, s_end))
    if v.form == "saying" and _MEDIUM_SAYING.search(text, max(s_start, v.start - 60), v.start):
        return _medium_participle(ctx, v, s_start, s_end)
    if v.form not in ADDING and v.form not in _VOICED_EMPHASIS and feeling is None:
        return _with_participle(ctx, v, s_start, s_end)  # '... with X expressing his joy': X's words
    m = feeling or THAT.match(text, v.end, s_end) or CLAUSE_WITHOUT_THAT.match(text, v.end, s_end)
    if (
        not text[max(s_start, v.start - 3) : v.start].rstrip().endswith(PARTICIPLE_BREAKS)
        and not _QUOTE_CLOSED_BEFORE.search(text, max(s_start, v.start - 4), v.start)
        and not LINKED_PARTICIPLE.search(text, max(s_start, v.start - 12), v.start)
        and not (v.form == "adding" and m is not None and ctx.recent and ctx.recent[-1][0] >= s_start)
    ):  # '"...," a source told UNB adding there has been ...': the speaker just named goes on
        return _with_participle(ctx, v, s_start, s_end) if feeling is None else None
    if ctx.recent and ctx.recent[-1][0] >= s_start:
        if m is None and v.form in OBJECT_PARTICIPLES:
            # 'X said ..., while stressing the need for calm': what X stressed, after X's own words;
            # after a deed ('X gave aid, underscoring the role it plays') it is the writer's comment
            m = _PARTICIPLE_OBJECT.match(text, v.end, s_end)
        elif m is None and v.form == "pledging":
            m = _PLEDGED.match(text, v.end, s_end)  # '"...," X said, pledging to help': what X promised
        if m is None and v.form != "saying":
            return None  # '..., saying X' reports X however it opens ('saying if true, ...')
        _, speaker, name = ctx.recent[-1]
    elif (
        m is None
        and v.form in _VOICED_EMPHASIS
        and text[max(s_start, v.start - 3) : v.start].rstrip().endswith(",")
    ):
        # 'Mikati met the envoy, emphasizing the need for calm': stressing and reaffirming are the
        # subject's own words even after a deed (not 'underscoring' or 'highlighting', the writer's)
        m = _PARTICIPLE_OBJECT.match(text, v.end, s_end)
        if m is None or text.count('"', s_start, v.start):
            return None
        named = _named_subject(ctx, sentence_subject(ctx, v.start))
        if named is None:
            return None
        speaker, name = named
    elif (v.form == "saying" or m is not None) and text.count('"', s_start, v.start) == 0:
        # "Her counterpart, Paolo Ricci, struck a softer tone, saying he saw room for a deal"
        named = _named_subject(ctx, sentence_subject(ctx, v.start))
        if named is None:
            return None
        speaker, name = named
    else:
        return None
    span = content_span(ctx, m.end() if m else v.end, s_end, True)
    return reported_statement(ctx, span, (s_start, s_end), speaker, name) if span else None


# 'X said, "...," adding ...': a quote closed on its comma breaks off the participle as a comma does
_QUOTE_CLOSED_BEFORE = re.compile(r",[\"\u201d]\s*$")
_WITH_BEFORE = re.compile(r"(?:,|\s)\s*with\s+$")  # '(...,) with the president stressing ...'
_WITH_COMPANION = re.compile(
    r"\b(?:met|meets|meeting|spoke|speaks|talked|talks|talking|along|together)\s+with\s+$"
)
_BY_BEFORE = re.compile(r"\bby\s+$")
_POSSESSOR = re.compile(r"['\u2019]s\s+")


# 'issued a statement (on Wednesday) saying ...': a document, maybe dated, that says what follows
_MEDIUM_SAYING = re.compile(
    r"\b(?:statement|release|readout|communiqu[e\u00e9]|letter|message|note|post|tweet)"
    r"(?:\s+(?:on|late|early|this|last)?\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s+$"
)


def _medium_participle(ctx: Context, v: VerbHit, s_start: int, s_end: int) -> StatementCandidate | None:
    """'The ministry released a statement saying talks would resume': what the sentence's subject said."""
    return _subject_reports(ctx, sentence_subject(ctx, v.start), v, s_start, s_end)


def _subject_reports(
    ctx: Context, subj: Span | None, v: VerbHit, s_start: int, s_end: int
) -> StatementCandidate | None:
    """What the verb takes (after an optional 'that'), said by the named subject."""
    named = _named_subject(ctx, subj)
    if named is None:
        return None
    speaker, name = named
    m = THAT.match(ctx.text, v.end, s_end)
    span = content_span(ctx, m.end() if m else v.end, s_end, True)
    return reported_statement(ctx, span, (s_start, s_end), speaker, name) if span else None


def _named_subject(ctx: Context, subj: Span | None) -> tuple[int | None, str] | None:
    """The sentence subject as (entity, name) when it names someone: a subject no one names
    ('officials', 'it') reports nothing rather than a guess."""
    if subj is None:
        return None
    speaker, name = ctx.actor(subj, subj.start)
    return None if name is None else (speaker, name)


def _by_participle(ctx: Context, v: VerbHit, s_start: int, s_end: int) -> StatementCandidate | None:
    """'X opened the summit by criticizing the council's paralysis': X's statement, what the verb takes."""
    subj = sentence_subject(ctx, v.start)
    if subj is None:
        return None
    owner = _POSSESSOR.match(ctx.text, subj.end, s_end)  # "Brazil's Mauro Vieira": the minister
    if owner is not None:
        named = [m for m in ctx.mentions_over(owner.end(), owner.end() + 1) if m.start == owner.end()]
        if named:
            subj = Span(named[0].start, named[0].end)
    return _subject_reports(ctx, subj, v, s_start, s_end)


def _with_participle(ctx: Context, v: VerbHit, s_start: int, s_end: int) -> StatementCandidate | None:
    """'..., with the president stressing the need for calm': the one named after 'with' speaks."""
    text = ctx.text
    if text.find("with", s_start, v.start) < 0:
        return None  # _WITH_BEFORE holds 'with' before the subject: no need to find the subject without one
    subj = speech.subject_before(text, s_start, v.start)
    if subj is None or not _WITH_BEFORE.search(text, max(s_start, subj.start - 8), subj.start):
        return None
    if _WITH_COMPANION.search(text, max(s_start, subj.start - 20), subj.start):
        return None  # 'met with X praising ...': X is who was met; who praised is unclear
    speaker, name = ctx.actor(subj, subj.start)
    if name is None:
        return None
    m = THAT.match(text, v.end, s_end)
    if m is None and needs_that(v, text, v.end, s_end):
        return None  # 'with X offering help': no words reported
    tail = tail_attribution(ctx, s_start, s_end, ctx.verbs_in(s_start, s_end))
    stop = tail if tail is not None and tail > v.end else s_end  # '..., the agency reported.' is not X's
    span = content_span(ctx, m.end() if m else v.end, stop, True)
    return reported_statement(ctx, span, (s_start, s_end), speaker, name) if span else None


_MERE_FIGURES = re.compile(
    r"(?:[\w'.-]+\s+){0,4}(?:data|figures|statistics|estimates|numbers|polls?|surveys?)\b"
)


def _according_to(ctx: Context, s_start: int, s_end: int) -> StatementCandidate | None:
    """'X will visit Y, according to officials' / 'According to A, quoting B, ...'."""
    text = ctx.text
    first = ctx.according_in(s_start, s_end)
    m = ACCORDING.search(text, max(s_start, first - 1), s_end) if first >= 0 else None
    if m is None or ctx.quote_at(m.start()) is not None:
        return None
    np = speech.noun_phrase_after(text, m.end(), s_end)
    if np is None:
        return None
    source = SOURCE_OF.match(text, np.end, s_end)
    if source and ctx.actor(np, np.start)[1] is None:  # 'according to a statement from the EU'
        np = speech.noun_phrase_after(text, source.end(), s_end) or np
    src_end = skip_parens(text, np.end, s_end)  # 'according to the Foreign Ministry (MFA)': its initials too
    q = _QUOTING.match(text, src_end, s_end)
    if q:
        np2 = speech.noun_phrase_after(text, q.end(), s_end)
        if np2 is not None:
            np = np2
            src_end = skip_parens(text, np2.end, s_end)
    if _MERE_FIGURES.match(text, np.start, np.end):
        return None  # "according to official data": figures, not a speaker
    speaker, name = ctx.actor(np, np.start)
    if name is None and _DESCRIBED.match(text, src_end, s_end) and _unnamed_role(text[np.start : np.end]):
        name = text[
            np.start : np.end
        ]  # 'according to the official, who is an aide to X': described, if unnamed
    if name is None or ctx.sentence_index(s_start) in ctx.attributed_sentences:
        return None  # '"...," Wang told Cohen, according to a statement': Wang speaks
    if m.start() - s_start > 3 and not _SENTENCE_ADVERB.fullmatch(text, s_start, m.start()):
        if (
            text[src_end:s_end].strip(" .!?\"'\n")
            and not _CREDIT_TAIL.fullmatch(text, src_end, s_end)
            and not _SOURCE_TAIL.fullmatch(text, src_end, s_end)
        ):
            if text[np.start : np.end].split()[0].lower() in _PRONOUN_SOURCES and any(
                k.entity == speaker for k in ctx.mentions_over(s_start, m.start())
            ):  # 'X and Y ..., according to him, ...': 'him' is who spoke before, not X or Y
                speaker, name = ctx.recent[-1][1:] if ctx.recent else (None, None)
                if name is None:
                    return None
            return _according_aside(ctx, (s_start, s_end), m.start(), src_end, speaker, name)
        c_start, c_end = strip(
            text, s_start, m.start()
        )  # content before: 'X will visit Y, according to officials.'
    else:  # 'According to X, content', 'Instead, according to X, content'
        comma = text.find(",", src_end, s_end)
        if comma < 0:
            return None
        appos = ROLE_APPOSITION.match(text, comma + 1, s_end)
        if appos:  # 'According to X, a spokesman for Y, content': the content begins after the role
            comma = appos.end() - 1
        c_start, c_end = strip(text, comma + 1, s_end)
        if any(
            m.start == c_start and m.kind == "person" and _OPINION_AFTER.match(text, m.end, c_end)
            for m in ctx.mentions_over(c_start, c_start + 1)
        ):
            return None  # 'According to ABC, Basya believes ...': Basya's view, relayed
    if not says_something(ctx, c_start, c_end):
        return None
    return reported_statement(ctx, (c_start, c_end), (s_start, s_end), speaker, name)


# a sentence adverb or conjunction before a leading 'according to': 'Instead, according to X, ...'
_SENTENCE_ADVERB = re.compile(
    r"(?:Indeed|Instead|However|Moreover|Meanwhile|Furthermore|Further|Also|But|And|Yet|Still|Thus|Now|So)"
    r"\s*,?\s*"
)


# words that open a clause before an aside, or its subject after it: the aside then sits in that clause
_OPENS_CLAUSE = speech.word_set(
    "which who whom whose that where when while as because if and but or since although though"
)
_OPENS_SUBJECT = speech.word_set("the a an this these those he she they it we i there")
_PRONOUN_SOURCES = speech.word_set("him her his them their")  # 'according to him', 'according to his words'


def _according_aside(
    ctx: Context,
    sent: tuple[int, int],
    at: int,
    src_end: int,
    speaker: int | None,
    name: str,
) -> StatementCandidate | None:
    """'The meeting, according to the spokesman, took place at the ministry.': an 'according to X' set off by
    commas inside a clause; what X said is the clause without it."""
    text = ctx.text
    if not text.startswith(", ", at - 2):
        return None
    close = skip_parens(text, src_end, sent[1])
    if not text.startswith(",", close):
        return None  # the aside closes right after its source
    head = strip(text, sent[0], at - 2)
    rest = strip(text, close + 1, sent[1])
    if head[1] <= head[0] or rest[1] <= rest[0] or ctx.quote_at(head[0]) is not None:
        return None
    last = text[head[0] : head[1]].rsplit(None, 1)[-1].lower()
    first = text[rest[0] : rest[1]].split(None, 1)[0]
    if last in _OPENS_CLAUSE or not first.islower() or first in _OPENS_SUBJECT or first in _OPENS_CLAUSE:
        return None  # '..., which, according to X, the UN criticised', '..., according to X, which ...'
    if not says_something(ctx, head[0], rest[1]):
        return None
    cand = reported_statement(ctx, (head[0], rest[1]), sent, speaker, name)
    cand.text = f"{text[head[0] : head[1]]} {text[rest[0] : rest[1]]}"
    return cand


# '(said) an official press release issued by X', 'a statement from X': the document's issuer speaks
_DOCUMENT_ISSUED = re.compile(
    r"(?:the|a|an|its|their)\s+(?:[a-z]+\s+){0,3}(?:statement|readout|communiqu[e\u00e9]|release|email|document)"
    r"\s+(?:from|by|of|issued\s+by|released\s+by)\s+"
)
# an agency's credit run on after the sentence's full stop: '... according to Yonhap. — Reuters'
_CREDIT_TAIL = re.compile(
    r"[.!?]?\s*[-\u2013\u2014]+\s*[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,2}\s*"
)


_DESCRIBED = re.compile(r"\s*,\s*who\s+(?:is|was)\s+(?:an?|the)\s")


def _unnamed_role(phrase: str) -> bool:
    """'the official', 'the senior diplomat': one person the writer does not name, by role."""
    words = phrase.lower().split()
    return len(words) >= 2 and words[0] == "the" and words[-1] in UNNAMED_ROLES


# what may follow a final 'according to X': who X is or what X did ('..., who is an aide to the minister',
# '..., who spoke to AFP', '..., which added that ...': a relative clause on X, not a clause of its own), the outlet
# passing the words on ('..., PTI quoted him as saying') and the writer's comment in a participle ('...,
# marking his second visit'); not a clause with a subject and verb of its own
_SOURCE_TAIL = re.compile(
    r"(?:\s*,\s*(?:who|which)\s+[a-z][^,;:\"\u201c]{1,100})?"
    r"(?:\s*,\s*(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s+"
    r"(?:quoted\s+(?:him|her|them)\s+as\s+saying|reported|reports|said)"
    r"|\s*,\s*(?!(?:according|saying|adding)\b)[a-z]{3,}ing\s[^;:\"\u201c]{1,120}"
    r"|\s*,\s*(?:an?|the)\s+(?![^,;:\"\u201c]*\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may"
    r"|might|must|did|does)\b)[a-z][^,;:\"\u201c]{1,80})?"  # '..., according to X, an analyst.': who X is
    r"\s*[.!?]?\s*"
)


# '..., as revealed by Minister X earlier this week.': a final passive attribution
_AS_TOLD_BY = re.compile(
    r",\s*as\s+(?:revealed|announced|stated|confirmed|reported|disclosed|noted|indicated|said|told)\s+by\s+"
)
_AS_TOLD_BY_TAIL_WORDS = 16  # the attribution after 'by': a name, an office, a time; no clause of its own


def _as_told_by(ctx: Context, s_start: int, s_end: int) -> StatementCandidate | None:
    """'Jakarta will host X in April, as revealed by Minister Y this week.': Y's statement, the clause before."""
    text = ctx.text
    comma = text.find(", as ", s_start, s_end)
    m = _AS_TOLD_BY.search(text, comma, s_end) if comma >= 0 else None
    if m is None or ctx.quote_at(m.start()) is not None:
        return None
    if len(WORD.findall(text, m.end(), s_end)) > _AS_TOLD_BY_TAIL_WORDS or has_quote(ctx, m.end(), s_end):
        return None
    if text.find(",", m.end(), s_end) >= 0 and ctx.verbs_in(m.end(), s_end):
        return None  # '..., as stated by X, who said ...': a clause of its own follows
    named = [x for x in ctx.mentions_over(m.end(), s_end) if x.entity is not None and x.start >= m.end()]
    if not named:
        return None
    speaker, name = ctx.actor(Span(named[0].start, named[0].end), named[0].start)
    if name is None or ctx.sentence_index(s_start) in ctx.attributed_sentences:
        return None
    c_start, c_end = strip(text, s_start, m.start())
    if not says_something(ctx, c_start, c_end):
        return None
    return reported_statement(ctx, (c_start, c_end), (s_start, s_end), speaker, name)


# 'As (previously) announced by X, ...', 'As explained in a statement by X, ...': a leading passive attribution
_AS_TOLD_BY_LEAD = re.compile(
    r"As\s+(?:(?:previously|earlier|already|officially|recently|also)\s+)?"
    r"(?:revealed|announced|stated|confirmed|reported|disclosed|noted|indicated|said|told|explained|outlined"
    r"|detailed|mentioned|highlighted|stressed|emphasi[sz]ed|underlined|pointed\s+out)\s+"
    r"(?:(?:in|through|via)\s+(?:a|an|the|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:statement|release|communiqu\w*|readout|post|message|letter|briefing)\s+)?by\s+"
)
_LEAD_SOURCE = re.compile(
    r"[^,;:\"\u201c]{1,100},(?:\s*(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*\s*,)?"
)


def _as_told_by_lead(ctx: Context, s_start: int, s_end: int) -> StatementCandidate | None:
    """'As explained in a statement by the ministry, the visit will start on Tuesday.': the clause after
    the comma is the ministry's; 'As announced by the spokesperson, Ana Ruiz, ...': Ruiz's, named last."""
    text = ctx.text
    if not text.startswith("As ", s_start):
        return None  # most sentences
    m = _AS_TOLD_BY_LEAD.match(text, s_start, s_end)
    source = _LEAD_SOURCE.match(text, m.end(), s_end) if m is not None else None
    if source is None:
        return None
    named = [
        x for x in ctx.mentions_over(m.end(), source.end()) if x.entity is not None and x.start >= m.end()
    ]
    people = [x for x in named if ctx.doc.entities[x.entity].kind == "person"]
    pick = (people or named)[-1:]
    if not pick:
        return None
    speaker, name = ctx.actor(Span(pick[0].start, pick[0].end), pick[0].start)
    if name is None:
        return None
    c_start, c_end = strip(text, source.end(), s_end)
    if has_quote(ctx, c_start, c_end) or not says_something(ctx, c_start, c_end):
        return None  # a quote in it is a direct statement of its own
    return reported_statement(ctx, (c_start, c_end), (s_start, s_end), speaker, name)


# 'According to ABC, Basya believes ...' relays what a person thinks; 'According to the ministry, President
# X will visit ...' is the ministry's word on what X does
_OPINION_AFTER = re.compile(
    r"\s+(?:(?:also|still|now|firmly|strongly|personally|reportedly)\s+)?"
    r"(?:believe[sd]?|think|thinks|thought|feel|feels|felt|consider(?:s|ed)?|fear(?:s|ed)?|hope[sd]?"
    r"|doubt(?:s|ed)?|suspect(?:s|ed)?|reckon(?:s|ed)?|(?:is|was|are|were)\s+(?:convinced|sure|certain))\b"
)
