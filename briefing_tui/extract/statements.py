"""Stage statements: direct quotes and reported speech, with speaker, addressees and date.

Direct quotes come from the quoted passages (quotes.py); each is attributed by
the reporting clause after it ('," Wang told X'), the one before it ('Wang
said that China "..."', 'She continued: "...'), an epigraph line ("- Name,
date"), or, when it has none, the speaker of the quote it directly follows.
Reported speech is a speech verb outside quotes with a findable subject; its
text is what the verb reports. Speakers are noun phrases found in the text,
linked to entities through the mentions coreference resolved. A quote whose
speaker cannot be found is left out rather than guessed
(quoteattribution.KEEP_UNATTRIBUTED keeps long ones as unattributed); so are
scare quotes, titles, joint statements ("the two sides agreed") and plans
("she will urge").
"""

from __future__ import annotations

import bisect
import re

from briefing_tui.extract import speech
from briefing_tui.extract.dateline import DATELINE
from briefing_tui.extract.document import Document, StatementCandidate
from briefing_tui.extract.quoteattribution import (
    ROLE_APPOSITION,
    SETTING,
    TRAILING_LEMMAS,
    TRAILING_REST,
    QuoteState,
    block_quotes,
    continue_from,
    dash_quotes,
    direct_statements,
    epigraphs,
    named_later,
)
from briefing_tui.extract.speakersubjects import (
    LINKED_PARTICIPLE,
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
    MADE_STATEMENT,
    MAX_REACH,
    MIN_UNATTRIBUTED_WORDS,
    SOURCE_OF,
    THAT,
    UNNAMED_ROLES,
    WORD,
    Context,
    has_quote,
    past_date,
    quoted_share,
    skip_parens,
    span_statement,
    strip,
)

MIN_INDIRECT_WORDS = 3
# MIN_INDIRECT_WORDS words (runs of WORD): found without listing every word of the clause
_INDIRECT_WORDS = re.compile(rf"[A-Za-z0-9]+(?:[^A-Za-z0-9]+[A-Za-z0-9]+){{{MIN_INDIRECT_WORDS - 1}}}")
_QUOTING = re.compile(r"\s*,?\s*quoting\s+")
# where reported content stops: a new clause that is no longer the speaker's
_CUT = re.compile(
    r"(?=[,;:\s])(?:"
    r",\s*(?:according\s+to|while|whereas|but(?!\s+(?:also\s+|still\s+)?(?:can|could|will|would|may|might|must|should"
    r"|is|are|was|were|has|have|had|remains?|remained)\b)|although|though|(?:hours|days|weeks|shortly)\s+after"
    r"|with(?!\s+(?:a\s+view|an\s+eye|the\s+(?:aim|goal|objective|intention|purpose))\b))\b"
    r"|,\s*as\s+(?:she|he|they|we)\s+[a-z]+ed\b"
    r"|;\s|\s+-\s+|\s+\u2014\s*|:\s*[\"\u201c]"
    r"|,\s*(?:adding|saying|noting|stressing)\s*[,:]?\s*[\"\u201c]"  # '..., adding, "...': a quote of its own
    r"|,\s*(?:adding|noting|stressing)\s+that\b"  # '..., adding that ...': a report of its own
    r"|,?\s+(?:before|after|while)\s+(?:adding|saying|noting|stressing|stating|emphasi[sz]ing|underlining"
    r"|underscoring|reiterating|asserting|affirming|insisting|warning|arguing|explaining)\s+that\b"
    r"|,?\s+(?:before|after|while)\s+(?:describing|characteri[sz]ing|calling|terming|labell?ing)\b"
    r"|,\s*when\s+(?:asked|questioned|pressed)\b"  # '..., when asked if ...': the setting of the next answer
    r"|,?\s+and\s+(?:(?:also|later|then)\s+)?(?:said|says|told|tells|added|adds)\b"
    r"|,?\s+and\s+(?:(?:also|later|then)\s+)?(?:emphasi[sz]ed|stressed|underscored|noted|reaffirmed|reiterated"
    r"|warned|agreed|insisted|argued)\s+that\b"
    r"|,?\s+and\s+(?:(?:also|later|then)\s+)?(?:called\s+(?:on|upon)|urged|thanked)\s+(?:the\s+)?[A-Z]"
    r"|,\s+and\s+(?:(?:also|later|then)\s+)?(?:after|during|at|in|following|before)\s+(?:[\w'\u2019-]+\s+){1,4}?"
    r"(?:announced|confirmed|revealed|disclosed|explained|indicated|stated|said|added|stressed|noted)\s+that\b"
    r"|,\s+and\s+(?:(?:also|later|then)\s+)?(?:announced|reaffirmed|reiterated|expressed|welcomed|noted"
    r"|stressed|emphasi[sz]ed|underscored|highlighted|praised|commended|hailed|lauded)\s+"
    r"(?:a|an|the|his|her|their|its|[A-Z][\w.-]*['\u2019]s)\b"
    r"|,\s+and\s+(?:(?:also|later|then)\s+)?(?:expressed|voiced)\s+(?:hope|confidence|concern|optimism|satisfaction"
    r"|gratitude|appreciation|regret|readiness|willingness)\b"
    r"|,\s*to\s+which\s+(?=(?:[\w.'\u2019-]+\s+){1,4}(?:also\s+)?(?:replied|responded|agreed|answered|said)\b)"
    r"|,\s*(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:also\s+)?(?:said|stated|noted|added|stressed|expressed|reiterated)\s+"
    r"(?:that|his|her|their|its)\b)"
)  # '... and called on Beijing to ...': the speaker turns to someone, a statement of its own;
# '..., and announced a new round', '..., and welcomed Peru's efforts': the speaker's next act, own object;
# '..., Minister Sato also stated his ...': a new sentence run on after a comma, with its own subject;
# '..., and after the call announced that ...': the speaker's next report, set at another moment;
# '..., and expressed hope that ...': a feeling voiced, another statement; '..., to which Y replied ...': Y's turn
# '..., with a view to ...', '..., with the aim of ...': a purpose, still the speaker's words (not a new clause);
# '..., but can serve a purpose': a 'but' with no subject of its own goes on with the same clause
_CUT_MARKS = (",", ";", ":")  # where a cut may start
_CUT_WORDS = ("-", "\u2014", "and", "before", "after", "while")  # what follows white space where a cut starts
# a prepositional phrase after a speech verb, before its 'that' clause
_ADJUNCT = re.compile(
    r"\s*,?\s*(?:on|in|at|to|with|during|from|via|through|over|after|before|late|early|earlier|later)\s+[^,.;:\"]{1,60}?"
    r"(?=\s*,?\s*that\b)"
    r"|\s*,?\s*(?:[a-z]{2,}ly|also|again|further|too|however)\b(?=\s*,?\s*that\b)"  # 'said recently that'
    r"|\s*the\s+fact\b(?=\s*,?\s*that\b)"  # 'mentioned the fact that ...': the clause is what was said
)
# two such phrases, longer than one may be: 'said at a news conference Thursday with Macron that ...';
# no comma between them ('said on Monday, in a sign that ...' is a comment of the writer's)
_ADJUNCTS = re.compile(
    r"\s*,?\s*(?:on|in|at|to|with|during|from|via|through|over|after|before)\s+[^,.;:\"]{1,60}?"
    r"\s+(?:on|in|at|to|with|during|from|via|through|over|after|before)\s+[^,.;:\"]{1,60}?(?=\s*,?\s*that\b)"
)
_OWN = re.compile(r"\s*(?:their|his|her|its|our|my)\b")
_TO_INF = re.compile(r"\s+(?:not\s+)?to\s+[a-z]")
_PREPOSITIONS = speech.word_set(
    "with without since in on at from by after before during into over under than as of"
)
# one unnamed person by role: 'a senior administration official said', 'an official from the ministry'
# bodies that speak unnamed in a sentence-final attribution: '..., the government said on Friday.'
# (elsewhere 'the government' is often no speaker: 'the government recommending "translation tools"')
_TRAILING_BODIES = speech.INSTITUTION_HEADS | frozenset(("government",))


def find(doc: Document) -> None:
    """Fill ``doc.statements`` in text order.

    Sentences are read in order, each one's quotes before its reported speech,
    so "he said" can fall back on the speaker just before it.
    """
    if not doc.text.strip():
        return
    ctx = Context(doc)
    found: list[StatementCandidate] = []
    state = QuoteState()
    qi = 0
    for s_start, s_end in ctx.sents:
        while qi < len(ctx.quotes) and ctx.quotes[qi].open < s_end:
            found += direct_statements(ctx, ctx.quotes[qi], state)
            qi += 1
        if ctx.has_made_statement and MADE_STATEMENT.search(ctx.text, s_start, s_end):
            found += _made_statement(ctx, s_start, s_end, found)
        if ctx.text.startswith("In ", s_start) and not ctx.has_verb_in(s_start, s_end):
            found += _in_words(ctx, s_start, s_end)
        if (
            ctx.has_verb_in(s_start, s_end)
            or (ctx.has_according and ctx.text.find("ccording to", s_start, s_end) >= 0)
            or ctx.text.find(" hope", s_start, s_end) >= 0
        ):  # no speech verb, no 'according to', no hope voiced: no reported speech to look for
            reported = _indirect(ctx, s_start, s_end)
            if reported:
                if state.opening is not None:
                    found += named_later(ctx, state.opening, reported[0], s_start)
                found += reported
                continue_from(state, reported)
        state.opening = None if state.opening is None or state.opening.close < s_start else state.opening
    found += epigraphs(ctx)
    found += dash_quotes(ctx)
    found += block_quotes(ctx)
    found += _first_person_run(ctx, found)
    found.sort(key=lambda c: (c.start, c.end))
    _carry_context(ctx, found)
    doc.statements = found


# a sentence in the speaker's own voice, without quote marks: 'We had a good meeting.'
_FIRST_PERSON = re.compile(r"(?:We|I|Our|My)\b")


def _first_person_run(ctx: Context, found: list[StatementCandidate]) -> list[StatementCandidate]:
    """'We had a good talk. We will meet again soon, Berg said.': sentences in the first person, without
    quote marks or a speaker of their own, right before such a report in its paragraph, are Berg's too."""
    text = ctx.text
    firsts = [
        c
        for c in found
        if c.kind == "indirect"
        and _FIRST_PERSON.match(text, c.start)
        and (c.speaker is not None or c.speaker_text)
    ]
    if not firsts:
        return []  # most articles: no report in the first person
    taken = {ctx.sentence_index(c.start) for c in found}
    out: list[StatementCandidate] = []
    for c in firsts:
        k = ctx.sentence_index(c.start)
        if ctx.sents[k][0] != c.start and text[ctx.sents[k][0] : c.start].strip():
            continue  # the report does not open its sentence
        p_start = ctx.paragraph_span(c.start)[0]
        k -= 1
        while k >= 0 and ctx.sents[k][0] >= p_start and k not in taken:
            s_start, s_end = strip(text, *ctx.sents[k])
            if not _FIRST_PERSON.match(text, s_start) or has_quote(ctx, s_start, s_end):
                break
            if len(WORD.findall(text, s_start, s_end)) < MIN_UNATTRIBUTED_WORDS:
                break
            out.append(_reported_statement(ctx, (s_start, s_end), ctx.sents[k], c.speaker, c.speaker_text))
            taken.add(k)
            k -= 1
    return out


# 'In his words, ...': a sentence that is someone's words without a speech verb
_IN_WORDS = re.compile(r"In\s+(?P<owner>his|her|their)\s+(?:own\s+)?words\s*,\s*")
_OWNER_PRONOUN = {"his": "he", "her": "she", "their": "they"}


def _in_words(ctx: Context, s_start: int, s_end: int) -> list[StatementCandidate]:
    """'In his words, both sides were keen to agree.': the words of whom 'his' is, found by coreference
    or, failing that, the speaker just before."""
    m = _IN_WORDS.match(ctx.text, s_start, s_end)
    if m is None:
        return []
    owner = [x for x in ctx.mentions_over(m.start("owner"), m.end("owner")) if x.entity is not None]
    if owner:
        speaker, name = ctx.continuing_speaker(owner[0].entity, s_start), m.group("owner")
    else:
        speaker, name = ctx.fallback_pronoun(_OWNER_PRONOUN[m.group("owner")], s_start)
    c_start, c_end = strip(ctx.text, m.end(), s_end)
    if (speaker is None and not name) or not _says_something(ctx, c_start, c_end):
        return []
    if speaker is not None:
        name = ctx.doc.entities[speaker].name
    cand = _reported_statement(ctx, (c_start, c_end), (s_start, s_end), speaker, name)
    ctx.recent.append((cand.start, cand.speaker, cand.speaker_text))
    return [cand]


def _made_statement(
    ctx: Context, s_start: int, s_end: int, found: list[StatementCandidate]
) -> list[StatementCandidate]:
    """'Talks are going well. X made the statement as ...': the sentence before, which no one was said to
    say, is X's words; X opens the sentence that says so."""
    text = ctx.text
    m = MADE_STATEMENT.search(text, s_start, s_end)
    k = ctx.sentence_index(s_start)
    if m is None or k == 0:
        return []
    if m.group("this") and not _DEMONSTRATIVE_OBJECT.match(text, m.start("this"), s_end + 1):
        return []  # 'said this week that ...', 'said so many times': not a pointer back
    gap_end, modal, _ = ctx.gap(m.start(), s_start)
    subj = speech.subject_before(text, s_start, gap_end)
    if subj is None or modal:
        return []
    lead, tail = text[s_start : subj.start].strip(), text[subj.end : gap_end].strip()
    if (lead or tail) and not (lead.endswith(",") and tail == "," and _ROLE_LEAD.fullmatch(lead)):
        return []  # 'X made the statement', 'The minister, X, disclosed this': X opens the sentence
    speaker, name = ctx.actor(subj, subj.start)
    p_start, p_end = ctx.sents[k - 1]
    before = [c for c in found if c.start < p_end and c.end > p_start]
    if before and name is not None and m.group("this") and all(_country(ctx, c.speaker) for c in before):
        for c in before:  # 'Nigeria has reaffirmed ... . The minister disclosed this': the minister's words
            c.speaker, c.speaker_text = speaker, name
        return []
    if before or has_quote(ctx, p_start, p_end):
        return []  # the sentence before has its own speaker, or quotes someone
    c_start, c_end = strip(text, p_start, p_end)
    dateline = DATELINE.match(text, c_start, c_end)
    if dateline is not None:
        c_start = dateline.end()
    if name is None or len(WORD.findall(text, c_start, c_end)) < _TRAILING_MIN_WORDS:
        return []
    if not _says_something(ctx, c_start, c_end):
        return []
    return [_reported_statement(ctx, (c_start, c_end), (p_start, s_end), speaker, name)]


# 'The Minister of State for Foreign Affairs, Amb. X, disclosed this': a title in apposition before the name
_ROLE_LEAD = re.compile(r"(?:The|Her|His|Its)\s+[\w.'\u2019-]+(?:\s+[\w.'\u2019-]+){0,12}\s*,")


def _country(ctx: Context, entity: int | None) -> bool:
    return entity is not None and ctx.doc.entities[entity].kind == "country"


def _carry_context(ctx: Context, found: list[StatementCandidate]) -> None:
    """A statement right after one by the same speaker, in the same paragraph, shares its date and addressees.

    "Wang told Cohen Monday that ... He added that ..." reports one conversation.
    """
    for prev, cur in zip(found, found[1:], strict=False):
        if (cur.date is not None or prev.date is None) and (cur.addressees or not prev.addressees):
            continue
        same_speaker = (cur.speaker, cur.speaker_text) == (prev.speaker, prev.speaker_text) or (
            cur.speaker is not None and cur.speaker == prev.speaker
        )
        distance = ctx.sentence_index(cur.evidence_start) - ctx.sentence_index(prev.evidence_start)
        if same_speaker and distance <= 1 and ctx.paragraph_span(cur.start) == ctx.paragraph_span(prev.start):
            cur.date = cur.date or prev.date
            if distance == 1 and cur.start not in ctx.addressed:  # 'He called on the nation' has its own
                cur.addressees = cur.addressees or list(prev.addressees)


# -- reported speech --------------------------------------------------------------------


def _indirect(ctx: Context, s_start: int, s_end: int) -> list[StatementCandidate]:
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
        if v.form == "quoted" and v.start not in ctx.attribution_verbs and v.start >= covered_until:
            cand = _quoted_person(ctx, v, s_start, s_end)
            if cand is not None:
                covered_until = cand.end
                out.append(cand)
                ctx.recent.append((cand.start, cand.speaker, cand.speaker_text))
                continue
        relayed = v.kind == "relay" and not (
            quoted_as_saying(ctx, v) or _reports_that(ctx, v, s_end) or _trails(ctx, v, s_end)
        )
        if v.start < covered_until or relayed or v.start in ctx.attribution_verbs or _states_as_noun(text, v):
            continue
        if v.participle:
            cand = _participle(ctx, v, s_start, s_end)
            if cand is not None:
                covered_until = cand.end
                out.append(cand)
                ctx.recent.append((cand.start, cand.speaker, cand.speaker_text))
            continue
        gap_end, modal, _passive = ctx.gap(v.start, s_start)
        if modal or (v.form == speech.lemma_of(v.form) and coordinated(text, s_start, gap_end)):
            continue  # 'she will meet them to signal X and thank Y': a plan
        if v.form == speech.lemma_of(v.form) and gap_end == v.start and _one_person_before(ctx, gap_end):
            continue  # 'a recipient of Trump praise': one person takes 'praises'; a bare form is the noun
        aside = _parenthetical(ctx, v, s_start, s_end, verbs)
        if aside is not None:
            covered_until = aside.end
            out.append(aside)
            ctx.recent.append((aside.start, aside.speaker, aside.speaker_text))
            continue
        if ctx.has_citing and _CITING.match(
            text, v.end, s_end
        ):  # '..., Xinhua said, citing X': no clause after the verb
            cand = _trailing(ctx, v, s_start, s_end, verbs)
        else:
            cand = (
                _reported(ctx, v, s_start, s_end, verbs)
                or _trailing(ctx, v, s_start, s_end, verbs)
                or _inverted_trailing(ctx, v, s_start, s_end)
            )
        if cand is None:
            continue
        cand = _before_passive(ctx, cand, passives)
        covered_until = cand.end
        out.append(cand)
        ctx.recent.append((cand.start, cand.speaker, cand.speaker_text))
    if not out and not _said_this(text, s_start, s_end, verbs):
        cand = (
            _according_to(ctx, s_start, s_end)
            or _as_told_by(ctx, s_start, s_end)
            or (None if verbs else _hoped(ctx, s_start, s_end))
        )
        if cand is not None:
            out.append(cand)
            ctx.recent.append((cand.start, cand.speaker, cand.speaker_text))
    return out


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
    v = VerbHit(m.start(), m.end(), m.group(), "say", False)
    return _reported(ctx, v, s_start, s_end, [v])


def _said_this(text: str, s_start: int, s_end: int, verbs: list[VerbHit]) -> bool:
    """'Spokesman Ruiz said this at a briefing, according to a reporter.': 'this' points back to
    words said elsewhere, so the sentence is an attribution, not content relayed 'according to' anyone."""
    for v in verbs:
        this = None if v.participle else _SAID_THIS.match(text, v.end, s_end)
        if this is not None and _DEMONSTRATIVE_OBJECT.match(text, this.end() - 4, s_end):
            return True
    return False


_LEAD_FORMS = ("Saying", "Noting", "Stressing", "Adding")
# the participle, then its clause: 'that', or a subject ('Saying his talks were ...'), not 'Saying goodbye'
_PARTICIPLE_LEAD = re.compile(
    r"(?:Saying|Noting|Stressing|Adding)\s+(?:that\s+|(?=(?:the|his|her|their|its|our|he|she|they|it|we)\s))"
)


def _leading_participle(
    ctx: Context, s_start: int, s_end: int, verbs: list[VerbHit]
) -> StatementCandidate | None:
    """'Saying that the talks were good, he told reporters that ...': what the participle reports is
    the words of the main clause's subject, named right after the comma that ends it."""
    text = ctx.text
    lead = _PARTICIPLE_LEAD.match(text, s_start, s_end)
    if lead is None:
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
    if not _says_something(ctx, c_start, c_end):
        return None
    return _reported_statement(ctx, (c_start, c_end), (s_start, s_end), speaker, name)


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
    that = THAT.match(ctx.text, m.end(), s_end)
    span = _content(ctx, that.end() if that else m.end(), s_end, True)
    if span is None:
        return None
    return _reported_statement(ctx, span, (s_start, s_end), att.speaker, att.speaker_text)


# verbs whose passive with a 'by' agent reports what the agent said ('the plan was criticised by X')
_AGENT_LEMMAS = speech.word_set(
    "hail praise laud applaud criticise criticize condemn commend welcome denounce"
)
_BY_AGENT = re.compile(r"\s+by\s+")
# where the clause of a passive subject begins: the sentence, a comma, or a conjunction
_CLAUSE_OPEN = re.compile(
    r"(?:,|;|\b(?:as|and|but|while|after|when|because|since|though|although|whereas))\s+(?=\S)"
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
        if v.participle or speech.lemma_of(v.form) not in _AGENT_LEMMAS:
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
        end = _AGENT_CLAUSE_END.search(text, np.end, s_end)
        c_start, c_end = strip(text, c_start, _cut(text, np.end, end.start() if end else s_end))
        if quoted_share(ctx, c_start, c_end) > 0.7:
            continue
        addressees = ctx.addressees_in(s_start, s_end)
        out[v.start] = _reported_statement(ctx, (c_start, c_end), (s_start, s_end), speaker, name, addressees)
    return out


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


# after 'welcomed': a guest ('him', 'them') or where they were received ('welcomed to India')
_GUEST_WORDS = speech.word_set("him her them us me to at in into back")
# who is received: 'welcomed the Kenyan head of state', 'welcomed his counterpart'
_GUEST_HEADS = UNNAMED_ROLES | speech.word_set(
    "head counterpart counterparts guest guests delegation delegations visitor visitors leader leaders"
    " king queen prince emir pope ministers officials delegates"
)
_GUEST_KINDS = ("person", "role")


def _receives_guest(ctx: Context, pos: int, s_end: int) -> bool:
    """'welcomed the visiting president', 'welcomed him at the airport': 'welcome' receives a person;
    'welcomed the agreement' or 'welcomed Kenya's decision' voices a judgement of a thing."""
    np = ctx.noun_phrase(pos, s_end)
    if np is None:
        return False
    phrase = ctx.text[np.start : np.end]
    words = phrase.lower().split(" of ", 1)[0].split()  # 'the head of state', not 'the decision of X'
    if words[0] in _GUEST_WORDS:
        return True
    if "'s" in phrase or "\u2019s" in phrase:
        return False  # 'welcomed the president's decision'
    if any(w in _GUEST_HEADS for w in words):
        return True
    return any(
        m.kind in _GUEST_KINDS and m.start == np.start for m in ctx.mentions_over(np.start, np.start + 1)
    )


def _reports_that(ctx: Context, v: VerbHit, s_end: int) -> bool:
    """'Politico reported that ...', 'the president reports that he met ...': a report of its own."""
    return bool(THAT.match(ctx.text, _past_adjunct(ctx, v.end, s_end), s_end))


def _states_as_noun(text: str, v: VerbHit) -> bool:
    """'the three Sahel states that left', 'member states': the noun, not the verb."""
    if v.form not in ("states", "state"):
        return False
    before = text[max(0, v.start - 20) : v.start].split()
    return bool(before) and (before[-1][:1].isupper() or before[-1].lower() in _STATE_MODIFIERS)


_STATE_MODIFIERS = speech.word_set(
    "member members island nation city two three four five six several many small other neighboring"
)


def _reported(
    ctx: Context, v: VerbHit, s_start: int, s_end: int, verbs: list[VerbHit]
) -> StatementCandidate | None:
    text = ctx.text
    subj = subject_of(ctx, v, s_start, verbs)
    if subj is None:
        return None
    wanted = speech.OBJECT_ONLY.get(speech.lemma_of(v.form))
    if wanted is not None and not wanted.match(text, v.end, s_end):
        return None  # 'raised $5 million', 'listed the shares': no speech
    if speech.lemma_of(v.form) == "recall" and _RECALLED_STAFF.match(text, v.end, s_end):
        return None  # 'recalled its ambassador': called home, not remembered aloud
    if speech.lemma_of(v.form) == "welcome" and _receives_guest(ctx, v.end, s_end):
        return None  # 'welcomed the president at the palace': a reception, not a word said
    rejecting = speech.lemma_of(v.form) in speech.REJECTING
    if rejecting and not speech.REJECT_OBJECT.match(text, v.end, s_end):
        return None  # 'rejected the bill': no speech
    if text.startswith(",", v.end):
        rest = TRAILING_REST.match(text, v.end, s_end)
        if rest is not None and rest.group("relay"):
            return None  # '..., X said, the Times reported.': X's words come before, not after
    speaker, name = ctx.actor(subj, subj.start)
    if name is None:
        return None
    # 'called it a success', 'rejected the claims' is what was said
    content_start = v.start if v.kind == "name" or rejecting else v.end
    as_saying = AS_SAYING.match(text, v.end, s_end)
    if as_saying and speech.lemma_of(v.form) == "quote":
        content_start = as_saying.end()
    addressees: list[int] = []
    explicit_object = False
    if v.kind == "address":
        if speech.lemma_of(v.form) in _CALL_ON and _NO_OBJECT.match(text, v.end, s_end):
            return None  # 'X called on and was hosted by Y', 'called on, and met, Y': a visit paid, no appeal
        # 'assured that ...': no one named as spoken to; the clause is no noun phrase
        np = None if THAT.match(text, v.end, s_end) else ctx.noun_phrase(v.end, s_end)
        if np is not None:
            explicit_object = True
            addressees = ctx.addressee_after(v.end, s_end)
            lemma = speech.lemma_of(v.form)
            if lemma == "apprise":  # 'apprised Berg of the progress': the noun phrase runs on past 'of'
                about = speech.ABOUT_OR_OF.match(text, np.end, s_end) or speech.ABOUT_OR_OF.search(
                    text, np.start, np.end
                )
            else:
                about = speech.ABOUT.match(text, np.end, s_end) if lemma in speech.BRIEFING else None
            spoken_to = addressees or text[np.start : np.end].split()[-1].lower() in speech.ROLE_HEADS
            if lemma in speech.INFORMING and (about is None or not spoken_to):
                return None  # 'updated its guidance': no one spoken to, nothing reported
            if lemma in _CALL_ON and spoken_to and not _TO_LATER.search(text, np.end, s_end):
                return None  # 'called on the President on Monday': a courtesy visit, no appeal made
            if lemma == "wish" and not THAT.match(text, np.end, s_end):
                return None  # 'wished him a speedy recovery', 'wished them well': a courtesy, no clause
            if about is not None:
                content_start = about.end()  # 'briefed X on the talks': the talks
            elif lemma in ("tell", "inform", "assure", "reassure", "remind", "brief", "warn", "wish"):
                content_start = np.end
            elif not _TO_INF.match(text, np.end, s_end):
                content_start = v.end
        elif speech.lemma_of(v.form) in speech.INFORMING or speech.lemma_of(v.form) == "wish":
            return None  # 'wished to visit': a wish, not words to anyone
    content_start = _past_adjunct(ctx, content_start, s_end)
    participle = (
        _COMMA_PARTICIPLE.match(text, content_start, s_end) if text.startswith(",", content_start) else None
    )
    if participle and participle.group(1) in ADDING:
        return None  # '..., Stalin said, adding that ...': what he said comes before; 'adding' has its own
    if _COMMA_AND.match(text, content_start, s_end):
        return None  # '..., Haddad said, and the border will reopen': what he said comes before the verb
    m = THAT.match(text, content_start, s_end)
    if m:
        content_start = _past_quoted_clause(ctx, m.end(), s_end)
    elif _needs_that(v, text, content_start, s_end):
        return None
    if _relays_a_speaker(ctx, content_start, s_start, verbs):
        return None  # 'the spokesman said the president stressed ...': the president's words
    tail = _tail_attribution(ctx, s_start, s_end, verbs)
    stop = tail if tail is not None and tail > content_start else s_end  # '..., he said.' is not hers
    if _RELATIVE_BEFORE.search(text, max(s_start, subj.start - 10), subj.start) or _WHO_VERB_BEFORE.search(
        text, max(s_start, v.start - 30), v.start
    ):
        comma = text.find(",", content_start, stop)
        stop = comma if comma > content_start else stop  # '..., which X said was a mistake, ...'
    span = _content(ctx, content_start, stop, bool(m or v.kind == "address"))
    if span is None:
        return None
    span = _without_source_tail(ctx, span)
    if span is None:
        return None
    if text.find("and that", span[0], span[1]) >= 0:
        span = _before_quoted_clause(ctx, span)
    addressees += [a for a in ctx.addressees_in(s_start, s_end) if a not in addressees]
    if explicit_object:
        ctx.addressed.add(span[0])
    return _reported_statement(ctx, span, (s_start, s_end), speaker, name, addressees)


# a source named after the clause, lower-case or not: '..., state media reported', '..., officials said'
_SOURCE_TAIL = re.compile(
    r",?\s*(?!(?:which|who|whom|as|and|but|or|what|when|while|if)\b)(?:[\w'\u2019.-]+\s+){0,3}[\w'\u2019.-]+"
    r"\s+(?:reported|reports|said|says|informed|informs|wrote|writes)(?:\s+on\s+\w+day)?\s*[.!]?\s*"
)


def _without_source_tail(ctx: Context, span: tuple[int, int]) -> tuple[int, int] | None:
    """'told him the kingdom opposed it, state media reported': the source at the end is no part of what
    was said; a clause that is nothing but the source ('told X, state media reported') says nothing."""
    comma = ctx.text.rfind(",", span[0], span[1])
    if comma < 0:
        return None if _SOURCE_TAIL.fullmatch(ctx.text, span[0], span[1]) else span
    if not _SOURCE_TAIL.fullmatch(ctx.text, comma, span[1]):
        return span
    start, end = strip(ctx.text, span[0], comma)
    return (start, end) if end > start and _says_something(ctx, start, end) else None


_CALL_ON = frozenset(("call on", "call upon"))
_TO_LATER = re.compile(r"\bto\s+[a-z]")  # 'called on X (and Y) to act': an appeal
_NO_OBJECT = re.compile(r"\s*(?:[,.;]|(?:and|or|but)\b)")  # 'called on and ...': the verb has no object


# 'recalled (its) diplomats / the ambassador / all staff': people called home
_RECALLED_STAFF = re.compile(
    r"\s+(?:(?:the|its|his|her|their|all|some|[A-Z][\w.'\u2019-]*)\s+){0,3}"
    r"(?:ambassadors?|envoys?|diplomats?|diplomatic\s+staff|staff|troops|forces|personnel|delegation)\b"
)
_COMMA_PARTICIPLE = re.compile(r",\s*([a-z]+ing)\b")
_COMMA_AND = re.compile(r",\s*(?:and|but)\s")
# '..., which Washington said was a mistake, ...': what was said ends with the relative clause
_RELATIVE_BEFORE = re.compile(r",\s*(?:which|who)\s+$")
# 'X, who described the visit as friendly, noted that ...': the relative clause ends at its comma
_WHO_VERB_BEFORE = re.compile(r",\s*who\s+(?:[a-z]+\s+){0,2}$")
# a second that-clause that is all quote: 'said it was a good meeting, and that it was "in the hands of ..."'
_AND_THAT = re.compile(r",?\s+and\s+that\s+")


def _past_quoted_clause(ctx: Context, pos: int, s_end: int) -> int:
    """'said that "..." and that X': the first clause is all quote (a direct statement of its own);
    what is reported in the writer's words is the second."""
    if not ctx.text.startswith(('"', "\u201c"), pos):
        return pos
    q = ctx.quote_at(pos + 1)
    if q is None or not q.closed or q.close >= s_end:
        return pos
    second = _AND_THAT.match(ctx.text, q.close + 1, s_end)
    return second.end() if second else pos


def _before_quoted_clause(ctx: Context, span: tuple[int, int]) -> tuple[int, int]:
    """Cut a reported clause before a second 'and that' clause that is mostly a quote (a direct statement)."""
    m = _AND_THAT.search(ctx.text, span[0], span[1])
    if m is None or m.start() <= span[0] or quoted_share(ctx, m.end(), span[1]) <= 0.7:
        return span
    return strip(ctx.text, span[0], m.start())


_RELAY_REACH = 80  # characters from a reported clause's start to the speech verb of its own subject


def _relays_a_speaker(ctx: Context, start: int, s_start: int, verbs: list[VerbHit]) -> bool:
    """Whether the reported clause at ``start`` opens with a speaker and a speech verb of its own."""
    while start < len(ctx.text) and ctx.text[start].isspace():
        start += 1
    setting = _SETTING_LEAD.match(ctx.text, start)
    if setting is not None:
        start = setting.end()  # 'reported that, speaking in Tehran, the president stressed ...'
    inner = next((u for u in verbs if u.start > start), None)
    if inner is None or inner.start - start > _RELAY_REACH or inner.participle or inner.kind == "relay":
        return False
    if speech.lemma_of(inner.form) in speech.THAT_ONLY:
        return False  # "ECOWAS's continued engagement": an adjective, not 'she continued'
    if ctx.gap(inner.start, s_start)[1]:
        return False  # 'said Beijing should condemn ...': what should be said is the speaker's demand
    subj = subject_of(ctx, inner, s_start, verbs)
    if subj is None or subj.start != start or ctx.text[subj.end - 2 : subj.end] in ("'s", "\u2019s"):
        return False
    if ctx.text[subj.start : subj.end].lower() in _PERSONAL:
        return False  # 'Putin said he outlined ...': 'he' is the speaker himself, not someone relayed
    return ctx.actor(subj, subj.start)[1] is not None


_PERSONAL = frozenset(("he", "she", "they", "we", "i", "it"))
# a setting before the relayed speaker: 'speaking at a news conference in Tehran, ...', 'in a call on Monday, ...'
_SETTING_LEAD = re.compile(
    r",?\s*(?:speaking|addressing|talking|writing|responding|commenting|in|at|during|after|on|while)\b"
    r"[^,;:.\"\u201c]{1,120},\s*"
)
# '..., stressed the ambassador.': verbs of emphasis close a report as 'said' does; so do verbs of
# making known ('..., the spokesperson disclosed.'), of warning, and of arguing or conceding a point
# ('..., clarified the minister.', '..., he admitted.')
# '..., Xinhua reported, citing the official news agency': the source cited is who speaks
_CITING = re.compile(r"\s*,?\s*(?:citing|quoting)\s+")

_TRAILING_MIN_WORDS = 5
_SPEAKER_LEAD = re.compile(r"(?:\s+[a-z]+){0,4}\s*")


def _trails(ctx: Context, v: VerbHit, s_end: int) -> bool:
    """'..., the agency reported.': a verb that closes its sentence after what was said."""
    return speech.lemma_of(v.form) in TRAILING_LEMMAS and bool(
        TRAILING_REST.match(ctx.text, past_date(ctx, v.end, s_end), s_end)
    )


def _trailing(
    ctx: Context, v: VerbHit, s_start: int, s_end: int, verbs: list[VerbHit]
) -> StatementCandidate | None:
    """'Talks will resume in March, the ministry said.': what was said comes first, before a comma."""
    text = ctx.text
    if speech.lemma_of(v.form) not in TRAILING_LEMMAS:
        return None
    rest = TRAILING_REST.match(text, past_date(ctx, v.end, s_end), s_end)
    if rest is None:
        return None
    subj = subject_of(ctx, v, s_start, verbs)
    if subj is None:
        return None
    if rest.group("relay"):
        ctx.attribution_verbs.update(u.start for u in ctx.verbs_in(rest.start("relay"), s_end))
    comma = text.rfind(",", s_start, subj.start)
    if comma < 0 or not _SPEAKER_LEAD.fullmatch(text, comma + 1, subj.start):
        return None  # the speaker follows the comma ("the regional bloc ECOWAS")
    speaker, name = ctx.actor(subj, subj.start, _TRAILING_BODIES)
    citing = _CITING.match(text, v.end, s_end) if ctx.has_citing else None
    if citing is not None:
        source = speech.noun_phrase_after(text, citing.end(), s_end)
        cited, cited_name = ctx.actor(source, citing.end())
        if cited is not None:
            speaker, name = cited, cited_name
    if name is None:
        return None
    c_start, c_end = strip(text, s_start, comma)
    dateline = DATELINE.match(text, c_start, c_end)
    if dateline is not None:
        c_start = dateline.end()  # 'MANILA - X will visit Y, the ministry said': the dateline is no word said
    opening = ctx.quote_at(c_start)
    if opening is not None and not (opening.open == c_start and _quote_opens_clause(ctx, c_start, c_end)):
        return None  # a quote is a direct statement; '"Close ties" were the core of it, X said' is reported
    if len(WORD.findall(text, c_start, c_end)) < _TRAILING_MIN_WORDS or SETTING.match(text, c_start, c_end):
        return None  # "Asked about it, she said.": the words before the comma set the scene
    if not _says_something(ctx, c_start, c_end) or _speaks_within(ctx, c_start, c_end, speaker):
        return None
    addressees = ctx.addressees_in(s_start, s_end)
    return _reported_statement(ctx, (c_start, c_end), (s_start, s_end), speaker, name, addressees)


def _speaks_within(ctx: Context, c_start: int, c_end: int, source: int | None) -> bool:
    """Whether the words before '..., the ministry said' report someone else speaking ('X conveyed
    ... and expressed hope that ..., the ministry said'): those are X's statements, found at X's verb;
    the source only passes them on. Only a body's report ('the ministry said') relays: a person's
    '..., Cavusoglu said' gives his own account, whoever acts in it."""
    if source is not None and ctx.doc.entities[source].kind == "person":
        return False
    inner = [u for u in ctx.verbs_in(c_start, c_end) if speech.lemma_of(u.form) != "discuss"]
    for u in inner:
        subj = subject_of(ctx, u, c_start, inner)
        if subj is None:
            continue
        ent, name = ctx.actor(subj, subj.start)
        if name is not None and ent is not None and ent != source:
            return True
    return False


def _inverted_trailing(ctx: Context, v: VerbHit, s_start: int, s_end: int) -> StatementCandidate | None:
    """'Talks will resume in March, said the minister.': the speaker follows a sentence-final verb."""
    text = ctx.text
    comma = v.start - 2
    if comma < s_start or text[comma] != "," or not text[v.start - 1].isspace():
        return None  # the verb opens the attribution right after the comma
    if v.participle or speech.lemma_of(v.form) not in TRAILING_LEMMAS or v.kind == "address":
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
    if len(WORD.findall(text, c_start, c_end)) < _TRAILING_MIN_WORDS or SETTING.match(text, c_start, c_end):
        return None
    if not _says_something(ctx, c_start, c_end):
        return None
    return _reported_statement(
        ctx, (c_start, c_end), (s_start, s_end), speaker, name, ctx.addressees_in(s_start, s_end)
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
    if v.participle or v.kind != "say" or speech.lemma_of(v.form) not in TRAILING_LEMMAS:
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
    if rest[1] <= rest[0] or len(WORD.findall(text, head[0], rest[1])) < _TRAILING_MIN_WORDS + 2:
        return None  # as short as 'The talks, Sherman said, were long.': too little said to keep
    cand = _reported_statement(ctx, (head[0], rest[1]), (s_start, s_end), speaker, name)
    cand.text = f"{text[head[0] : head[1]]} {text[rest[0] : rest[1]]}"
    return cand


def _tail_attribution(ctx: Context, s_start: int, s_end: int, verbs: list[VerbHit]) -> int | None:
    """The comma opening a sentence-final attribution ('..., he said.'), whose speaker relays the rest."""
    if s_start not in ctx.tails:
        ctx.tails[s_start] = _find_tail(ctx, s_start, s_end, verbs)
    return ctx.tails[s_start]


def _find_tail(ctx: Context, s_start: int, s_end: int, verbs: list[VerbHit]) -> int | None:
    k = len(verbs) - 1
    while k > 0 and verbs[k].participle:
        k -= 1  # '..., the spokesman said, adding that ...': the attribution is before the participle
    v = verbs[k]
    if speech.lemma_of(v.form) not in TRAILING_LEMMAS:
        return None
    if not TRAILING_REST.match(ctx.text, past_date(ctx, v.end, s_end), s_end):
        return None
    subj = subject_of(ctx, v, s_start, verbs)
    if subj is None:
        return None
    comma = ctx.text.rfind(",", s_start, subj.start)
    return comma if comma >= 0 and _SPEAKER_LEAD.fullmatch(ctx.text, comma + 1, subj.start) else None


def _reported_statement(
    ctx: Context,
    span: tuple[int, int],
    sentence: tuple[int, int],
    speaker: int | None,
    name: str | None,
    addressees: list[int] | None = None,
) -> StatementCandidate:
    """An indirect statement: its text is ``span``, its evidence the sentence, its date one outside the span."""
    date = ctx.date_in(sentence[0], sentence[1], span)
    return span_statement(ctx, "indirect", span, sentence, speaker, name, date, addressees)


def _needs_that(v: VerbHit, text: str, pos: int, s_end: int) -> bool:
    """'She tweeted' and 'they shared evidence' report nothing without a 'that' clause; 'offered help'
    nothing but a courtesy ('offered condolences', 'conveyed Canada's gratitude')."""
    lemma = speech.lemma_of(v.form)
    if lemma in speech.THAT_ONLY:
        return not (lemma in speech.BARE_CLAUSE_OK and speech.BARE_CLAUSE.match(text, pos, s_end))
    if lemma in speech.COURTESY_ONLY:
        return not speech.COURTESY_OBJECT.match(text, pos, s_end)
    return (
        lemma in speech.THAT_OR_OWN
        and not _OWN.match(text, pos, s_end)
        and not speech.COURTESY_OBJECT.match(text, pos, s_end)
        and not _STANCE_OBJECT.match(text, pos, s_end)
    )


# 'conveyed Pakistan's strong condemnation of ...', 'shared the country's position on ...': a stance voiced
_STANCE_OBJECT = re.compile(
    r"\s+(?:(?!(?:for|to|of|on|in|at|with|by|from|and|that)\b)[\w'\u2019.-]+\s+){0,3}?"
    r"(?:condemnation|solidarity|concerns?|position|stance|protest|displeasure|opposition)\b"
)


# 'said this/so' with nothing after the pronoun but a phrase of time, place or occasion
_DEMONSTRATIVE_OBJECT = re.compile(
    r"(?:this|so)\b\s*(?:[,.;:!?]|$|(?:on|in|at|during|when|while|after|before|as|to|from|last|this|today"
    r"|yesterday|earlier|later)\b)"
)


# 'says at the summit in Kigali, from June 23 to 25, Trudeau will aim to ...': a clause after a fronted
# phrase of place or time, its subject and auxiliary after a comma
_FRONTED_CLAUSE = re.compile(
    r",\s+(?:(?:[A-Z][\w.'\u2019-]*\s+){1,3}|(?:he|she|they|it|we)\s+)"
    r"(?:will|would|is|are|was|were|has|have|had|could|can|may|might|must|should|plans|intends|hopes)\b"
)


def _content(ctx: Context, start: int, s_end: int, clause_marked: bool) -> tuple[int, int] | None:
    """What a speech verb reports, from ``start`` to the end of its clause; None when it reports nothing."""
    text = ctx.text
    if text[start:s_end].rstrip().endswith(":"):
        return None  # 'She tweeted:' introduces a quote
    limit = min(s_end, start + MAX_REACH * 4)
    c_start, c_end = strip(text, start, _cut(text, start, limit))
    if (
        c_end <= c_start
        or text[c_start] == ":"
        or (text[c_start] in '"\u201c' and not _quote_opens_clause(ctx, c_start, c_end, clause_marked))
    ):
        return None
    first = text[c_start : c_start + 12].split(maxsplit=1)[0].lower()
    if first in _PREPOSITIONS and not clause_marked and not _FRONTED_CLAUSE.search(text, c_start, c_end):
        return None  # 'the communication China has acknowledged with ...': a relative clause
    if _DEMONSTRATIVE_OBJECT.match(text, c_start, c_end + 1):
        return None  # 'said this on Tuesday, when ...': the words are elsewhere (the quotes that follow)
    if first in _WHEN_WORDS and len(WORD.findall(text, c_start, c_end)) <= _WHEN_MAX_WORDS:
        return None  # 'briefed reporters after the meeting': when it was said, not what
    return (c_start, c_end) if _says_something(ctx, c_start, c_end) else None


_WHEN_WORDS = speech.word_set("after before during following prior ahead")  # 'prior to', 'ahead of'
_WHEN_MAX_WORDS = 8  # a short phrase of time alone; a longer one may run on into a clause


# after the quoted phrase, the clause's own words: not a conjunction that starts another clause
_CLAUSE_GOES_ON = re.compile(
    r"[\s\u201d\"]*(?!(?:and|but|or|then|as|while|when|before|after|because|if|so|to)\b)[a-z]"
)


def _quote_opens_clause(ctx: Context, c_start: int, c_end: int, clause_marked: bool = True) -> bool:
    """'said that "close ties" were at the heart of it': a quoted phrase that the clause goes on from.

    A quote that fills the clause ('said: "We will win"') is a direct statement only, and without
    'that' a quoted object before a preposition ('noted "some flaws" in the plan') is no clause.
    """
    q = ctx.quote_at(c_start + 1)
    if q is None or not q.closed or q.close >= c_end:
        return False
    goes_on = _CLAUSE_GOES_ON.match(ctx.text, q.close + 1)
    if goes_on is None:
        return False
    word = WORD.match(ctx.text, goes_on.end() - 1)
    return clause_marked or word is None or word.group().lower() not in _PREPOSITIONS


def _cut(text: str, start: int, limit: int) -> int:
    """Where ``_CUT`` first matches in ``text[start:limit]``, else ``limit``.

    Each match starts at a ',', ';' or ':', or at the white space before '-', '\u2014' or 'and';
    trying the pattern only there (found with ``str.find``) is cheaper than searching every character.
    """
    best = limit
    for anchor in _CUT_MARKS:
        i = text.find(anchor, start, best)
        while i >= 0:
            if _CUT.match(text, i, limit):
                best = i
                break
            i = text.find(anchor, i + 1, best)
    for anchor in _CUT_WORDS:
        i = text.find(anchor, start, best)
        while i >= 0:
            j = i
            while j > start and text[j - 1].isspace():
                j -= 1
            if j < i and _CUT.match(text, j, limit):
                best = j
                break
            i = text.find(anchor, i + 1, best)
    return best


def _says_something(ctx: Context, start: int, end: int) -> bool:
    """Enough words, and not just a quote (the quote is its own, direct, statement)."""
    return bool(_INDIRECT_WORDS.search(ctx.text, start, end)) and quoted_share(ctx, start, end) <= 0.7


# '..., expressing hope that ...': a feeling voiced with a that-clause reports what was said
_FEELING_FORMS = speech.word_set("expressing voicing")
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
        v.kind == "address"
        and feeling is None
        and text[max(s_start, v.start - 3) : v.start].rstrip().endswith(",")
    ):
        return _reported(ctx, v, s_start, s_end, ctx.verbs_in(s_start, s_end))  # '..., urging X to act'
    if v.form == "saying" and _MEDIUM_SAYING.search(text, max(s_start, v.start - 60), v.start):
        return _medium_participle(ctx, v, s_start, s_end)
    if v.form not in ADDING and feeling is None:
        return _with_participle(ctx, v, s_start, s_end)  # '... with X expressing his joy': X's words
    m = feeling or THAT.match(text, v.end, s_end) or _PRONOUN_CLAUSE.match(text, v.end, s_end)
    if (
        not text[max(s_start, v.start - 3) : v.start].rstrip().endswith(",")
        and not LINKED_PARTICIPLE.search(text, max(s_start, v.start - 12), v.start)
        and not (v.form == "adding" and m is not None and ctx.recent and ctx.recent[-1][0] >= s_start)
    ):  # '"...," a source told UNB adding there has been ...': the speaker just named goes on
        return _with_participle(ctx, v, s_start, s_end) if feeling is None else None
    if ctx.recent and ctx.recent[-1][0] >= s_start:
        if m is None:
            return None
        _, speaker, name = ctx.recent[-1]
    elif (v.form == "saying" or m is not None) and text.count('"', s_start, v.start) == 0:
        # "Her counterpart, Paolo Ricci, struck a softer tone, saying he saw room for a deal"
        subj = sentence_subject(ctx, v.start)
        if subj is None:
            return None
        speaker, name = ctx.actor(subj, subj.start)
        if name is None:
            return None
    else:
        return None
    span = _content(ctx, m.end() if m else v.end, s_end, True)
    return _reported_statement(ctx, span, (s_start, s_end), speaker, name) if span else None


# '..., adding he had asked for talks', '..., adding the cabinet approved a plan': a clause without
# 'that', opened by its subject (a pronoun, or a few words after a determiner) and a finite verb
_PRONOUN_CLAUSE = re.compile(
    r"\s+(?=(?:he|she|they|it|we|I|there|(?:the|this|these|both|its|his|her|their)(?:\s+[a-z][\w'\u2019-]*){1,3})"
    r"\s+(?:had|has|have|was|were|is|are|would|will|could|can|should|did|does|do|[a-z]+ed)\b)"
)
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
    if subj is None:
        return None
    speaker, name = ctx.actor(subj, subj.start)
    if name is None:
        return None
    m = THAT.match(ctx.text, v.end, s_end)
    span = _content(ctx, m.end() if m else v.end, s_end, True)
    return _reported_statement(ctx, span, (s_start, s_end), speaker, name) if span else None


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
    subj = speech.subject_before(text, s_start, v.start)
    if subj is None or not _WITH_BEFORE.search(text, max(s_start, subj.start - 8), subj.start):
        return None
    if _WITH_COMPANION.search(text, max(s_start, subj.start - 20), subj.start):
        return None  # 'met with X praising ...': X is who was met; who praised is unclear
    speaker, name = ctx.actor(subj, subj.start)
    if name is None:
        return None
    m = THAT.match(text, v.end, s_end)
    if m is None and _needs_that(v, text, v.end, s_end):
        return None  # 'with X offering help': no words reported
    tail = _tail_attribution(ctx, s_start, s_end, ctx.verbs_in(s_start, s_end))
    stop = tail if tail is not None and tail > v.end else s_end  # '..., the agency reported.' is not X's
    span = _content(ctx, m.end() if m else v.end, stop, True)
    return _reported_statement(ctx, span, (s_start, s_end), speaker, name) if span else None


def _past_adjunct(ctx: Context, pos: int, s_end: int) -> int:
    """Step over a date or a short phrase between a verb and 'that' ('said Tuesday that', 'said in a statement that')."""
    text = ctx.text
    has_that = text.find("that", pos, s_end) >= 0  # the phrase ends before a 'that'
    m = _ADJUNCT.match(text, pos, s_end) if has_that else None
    if m and THAT.match(text, m.end(), s_end) and (not _WITH.match(text, pos) or _names_someone(ctx, m)):
        return m.end()
    m = _ADJUNCTS.match(text, pos, s_end) if has_that else None
    if m and THAT.match(text, m.end(), s_end) and (not _ANY_WITH.search(m.group()) or _names_someone(ctx, m)):
        return m.end()
    aside = _COMMA_ADJUNCT.match(text, pos, s_end) if text.startswith(",", pos) else None
    if aside:
        return aside.end()  # 'conveyed, at the start of the call, the greetings of ...': the object follows
    i = bisect.bisect_left(ctx.timex_starts, pos)
    if i < len(ctx.doc.timexes):
        t = ctx.doc.timexes[i]
        if not text[pos : t.start].strip(" ,") and t.end < s_end:
            return t.end  # 'said Tuesday (that) ...'
    return pos


# a short phrase of time or setting set off by commas right after the verb
_COMMA_ADJUNCT = re.compile(
    r",\s*(?:at|in|on|during|after|before|through|via|over)\s+[^,.;:\"\u201c]{1,50},(?=\s+[a-z])"
)
_WITH = re.compile(r"\s*,?\s*with\b")
_ANY_WITH = re.compile(r"\bwith\b")  # in either of two phrases: 'at the summit in Geneva with sanctions that'
_SOMEONE = ("person", "role", "pronoun")


def _names_someone(ctx: Context, m: re.Match[str]) -> bool:
    """'affirmed with the Korean leader that ...': 'with' someone spoken to, not 'responded with
    strikes that killed ...', where 'that' opens a relative clause."""
    words = ctx.text[m.start() : m.end()].split()
    if words and words[-1].lower() in speech.ROLE_HEADS:
        return True  # 'with his counterpart', 'with the visiting leader'
    return any(x.kind in _SOMEONE and x.start >= m.start() for x in ctx.mentions_over(m.start(), m.end()))


_MERE_FIGURES = re.compile(
    r"(?:[\w'.-]+\s+){0,4}(?:data|figures|statistics|estimates|numbers|polls?|surveys?)\b"
)


def _according_to(ctx: Context, s_start: int, s_end: int) -> StatementCandidate | None:
    """'X will visit Y, according to officials' / 'According to A, quoting B, ...'."""
    text = ctx.text
    first = text.find("ccording to", s_start, s_end) if ctx.has_according else -1
    m = ACCORDING.search(text, max(s_start, first - 1), s_end) if first >= 0 else None
    if m is None or ctx.quote_at(m.start()) is not None:
        return None
    np = speech.noun_phrase_after(text, m.end(), s_end)
    if np is None:
        return None
    source = SOURCE_OF.match(text, np.end, s_end)
    if source and ctx.actor(np, np.start)[1] is None:  # 'according to a statement from the EU'
        np = speech.noun_phrase_after(text, source.end(), s_end) or np
    src_end = np.end
    q = _QUOTING.match(text, skip_parens(text, np.end, s_end), s_end)
    if q:
        np2 = speech.noun_phrase_after(text, q.end(), s_end)
        if np2 is not None:
            np = np2
            src_end = skip_parens(text, np2.end, s_end)
    if _MERE_FIGURES.match(text, np.start, np.end):
        return None  # "according to official data": figures, not a speaker
    speaker, name = ctx.actor(np, np.start)
    if name is None or ctx.sentence_index(s_start) in ctx.attributed_sentences:
        return None  # '"...," Wang told Cohen, according to a statement': Wang speaks
    if m.start() - s_start > 3:  # content before: 'X will visit Y, according to officials.'
        if text[src_end:s_end].strip(" .!?\"'\n") and not _CREDIT_TAIL.fullmatch(text, src_end, s_end):
            return None  # a parenthetical 'according to' inside a clause: its scope is unclear
        c_start, c_end = strip(text, s_start, m.start())
    else:  # 'According to X, content'
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
    if not _says_something(ctx, c_start, c_end):
        return None
    return _reported_statement(ctx, (c_start, c_end), (s_start, s_end), speaker, name)


# '(said) an official press release issued by X', 'a statement from X': the document's issuer speaks
_DOCUMENT_ISSUED = re.compile(
    r"(?:the|a|an|its|their)\s+(?:[a-z]+\s+){0,3}(?:statement|readout|communiqu[e\u00e9]|release|email|document)"
    r"\s+(?:from|by|of|issued\s+by|released\s+by)\s+"
)
# an agency's credit run on after the sentence's full stop: '... according to Yonhap. — Reuters'
_CREDIT_TAIL = re.compile(
    r"[.!?]?\s*[-\u2013\u2014]+\s*[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,2}\s*"
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
    if not _says_something(ctx, c_start, c_end):
        return None
    return _reported_statement(ctx, (c_start, c_end), (s_start, s_end), speaker, name)


# 'According to ABC, Basya believes ...' relays what a person thinks; 'According to the ministry, President
# X will visit ...' is the ministry's word on what X does
_OPINION_AFTER = re.compile(
    r"\s+(?:(?:also|still|now|firmly|strongly|personally|reportedly)\s+)?"
    r"(?:believe[sd]?|think|thinks|thought|feel|feels|felt|consider(?:s|ed)?|fear(?:s|ed)?|hope[sd]?"
    r"|doubt(?:s|ed)?|suspect(?:s|ed)?|reckon(?:s|ed)?|(?:is|was|are|were)\s+(?:convinced|sure|certain))\b"
)
