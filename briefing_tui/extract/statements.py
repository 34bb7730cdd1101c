"""Stage statements: direct quotes and reported speech, with speaker, addressees and date.

Direct quotes come from the quoted passages (quotes.py); each is attributed by
the reporting clause after it ('," Wang told X'), the one before it ('Wang
said that China "..."', 'She continued: "...'), an epigraph line ("- Name,
date"), or, when it has none, the speaker of the quote it directly follows.
Reported speech is a speech verb outside quotes with a findable subject; its
text is what the verb reports. Speakers are noun phrases found in the text,
linked to entities through the mentions coreference resolved. A quote whose
speaker cannot be found is left out rather than guessed (KEEP_UNATTRIBUTED
keeps long ones as unattributed); so are scare quotes, titles, joint
statements ("the two sides agreed") and plans ("she will urge").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from briefing_tui.extract import speech
from briefing_tui.extract.dateline import DATELINE
from briefing_tui.extract.document import Document, StatementCandidate
from briefing_tui.extract.quotes import Quote
from briefing_tui.extract.speakersubjects import (
    INFINITIVE_BEFORE,
    LEAD_ADVERBIAL,
    LINKED_PARTICIPLE,
    coordinated,
    document_source,
    issuing_body,
    named_after,
    named_at,
    quoted_as_saying,
    relayed_speaker,
    sentence_subject,
    speaker_attribution,
    subject_of,
    unclosed_apposition,
    verb_attribution,
)
from briefing_tui.extract.speech import Span, VerbHit
from briefing_tui.extract.statementcontext import (
    AS_SAYING,
    DOCUMENT_HEADS,
    MADE_STATEMENT,
    SOURCE_OF,
    UNNAMED_ROLES,
    WORD,
    Attribution,
    Context,
    has_quote,
    past_date,
    quoted_share,
    skip_parens,
    span_statement,
    strip,
)

MIN_ATTRIBUTED_WORDS = 2
MIN_UNATTRIBUTED_WORDS = 8
# A quote nobody can be named for is left out: on the dev set every such quote was a
# false positive, and a briefing line "unknown said ..." tells the reader nothing.
KEEP_UNATTRIBUTED = False
MIN_INDIRECT_WORDS = 3
MAX_REACH = 400  # characters searched back from a quote for its speech verb
MAX_QUOTE = 5000  # a "quote" longer than this is a stray mark, not speech
# MIN_INDIRECT_WORDS words (runs of WORD): found without listing every word of the clause
_INDIRECT_WORDS = re.compile(rf"[A-Za-z0-9]+(?:[^A-Za-z0-9]+[A-Za-z0-9]+){{{MIN_INDIRECT_WORDS - 1}}}")
_LEAD_PUNCT = re.compile(r"[\s,.;:!?\"'\u201c\u201d\u2019-]*")
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
_QUOTING = re.compile(r"\s*,?\s*quoting\s+")
_THAT = re.compile(r"\s*,?\s*that\b\s*,?\s*")
_EPIGRAPH = re.compile(r"[ \t]*[-\u2013\u2014\u2015]+[ \t]*(?=[A-Z])")
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
_ADDING = speech.word_set(
    "adding saying noting stressing warning arguing insisting explaining stating emphasizing emphasising"
    " underlining underscoring reiterating asserting affirming confirming"
)  # '..., stating that ...': more from the same speaker
_OWN = re.compile(r"\s*(?:their|his|her|its|our|my)\b")
_TO_INF = re.compile(r"\s+(?:not\s+)?to\s+[a-z]")
_SENTENCE_END = re.compile(r"[.!?]")
_SUBORDINATE = re.compile(r"\b(?:after|before|because|when|while|although|though|until|whereas|unless)\b")
# what may follow the verb of an attribution that is a sentence of its own: a name, then the end
# or then a short phrase of place, time or medium: '... Macron noted on X.', '... she said in a statement.'
_BARE_TAIL = re.compile(
    r"(?:\s+[A-Z][\w.'-]*){0,4}(?:\s+(?:in|on|at|via|during)(?:\s+[\w'-]+){1,4})?\s*[.!?]"
)
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
    state = _QuoteState()
    qi = 0
    for s_start, s_end in ctx.sents:
        while qi < len(ctx.quotes) and ctx.quotes[qi].open < s_end:
            found += _direct(ctx, ctx.quotes[qi], state)
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
                    found += _named_later(ctx, state.opening, reported[0], s_start)
                found += reported
                _continue_from(state, reported)
        state.opening = None if state.opening is None or state.opening.close < s_start else state.opening
    found += _epigraphs(ctx)
    found += _dash_quotes(ctx)
    found += _block_quotes(ctx)
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


# -- direct quotes ----------------------------------------------------------------------


@dataclass(slots=True)
class _QuoteState:
    """The last attributed quote, which an unattributed quote right after it continues, and
    quote paragraphs left open with no speaker yet, which the next attributed one may name."""

    last: StatementCandidate | None = None
    last_end: int = -1
    pending: list[Quote] = field(default_factory=list)
    opening: Quote | None = None  # a paragraph's opening quote with no speaker, named later in it


_CONTINUED_MIN_WORDS = 4  # a bare quote after reported speech continues it only if it is a sentence


def _named_later(ctx: Context, q: Quote, cand: StatementCandidate, s_start: int) -> list[StatementCandidate]:
    """A paragraph's opening quote with no speaker is the words of whoever the sentence right after it
    names at its end ('"...." They also discussed X, Jaishankar tweeted.')."""
    if ctx.sentence_index(s_start) != ctx.sentence_index(q.close) + 1:
        return []
    if _pronoun_goes_on(ctx, q, cand, s_start):
        return [_quote_statement(ctx, q, Attribution(cand.speaker, cand.speaker_text), None)]
    if cand.start != s_start or (cand.speaker is None and not cand.speaker_text):
        return []  # only a report that fills its sentence and names its speaker at the end
    if ctx.paragraph_span(q.open) != ctx.paragraph_span(s_start):
        return []
    att = Attribution(cand.speaker, cand.speaker_text)
    return [_quote_statement(ctx, q, att, cand.date)]


_PRONOUN_SAYS = re.compile(r"(?:He|She)\s+(?:also\s+)?(?:says|said|adds|added)\b")


def _pronoun_goes_on(ctx: Context, q: Quote, cand: StatementCandidate, s_start: int) -> bool:
    """'"We are here to stay." / He says the visit ...': a quote that is a paragraph of its own,
    with no speaker, then a paragraph opening with 'He says': the one speaking on said it."""
    p_start, p_end = ctx.paragraph_span(q.open)
    return (
        cand.speaker is not None
        and q.open == p_start
        and not ctx.text[q.close + 1 : p_end].strip(' ."\u201d')
        and ctx.paragraph_span(s_start)[0] == s_start
        and _PRONOUN_SAYS.match(ctx.text, s_start) is not None
    )


_NAMING_REACH = 40  # characters into a quote where its subject is named


def _opens_naming(ctx: Context, q: Quote, speaker: int | None) -> bool:
    """'"Chen also thanked the hosts ..."' right after Chen's words: a quote that opens by naming the
    speaker (not 'I') is a statement about him, quoted from a release, not his own next words."""
    if speaker is None:
        return False
    return any(
        m.entity == speaker and m.kind != "pronoun"
        for m in ctx.mentions_over(q.start, min(q.end, q.start + _NAMING_REACH))
    )


# a quote that opens with both sides as its subject is no one person's words but a readout's
_JOINT_OPENING = re.compile(r"(?:The\s+two|Both)\s+(?:leaders|sides|ministers|presidents|delegations)\b")


def _is_person(ctx: Context, entity: int | None) -> bool:
    return entity is not None and ctx.doc.entities[entity].kind == "person"


def _continue_from(state: _QuoteState, reported: list[StatementCandidate]) -> None:
    """A sentence of reported speech by a named speaker is what a bare quote right after it continues:
    'Finally, she said that restraint was vital. "We call for calm."' is hers."""
    named = [c for c in reported if c.speaker is not None or c.speaker_text]
    if named and named[-1].evidence_end > state.last_end:
        state.last, state.last_end = named[-1], named[-1].evidence_end


def _direct(ctx: Context, q: Quote, state: _QuoteState) -> list[StatementCandidate]:
    if q.end - q.start > MAX_QUOTE:
        return []
    words = q.words(ctx.text)
    s_start, _ = ctx.sentence_span(q.open)
    att = _attribute_quote(ctx, q, s_start)
    inherited_date = None
    last = state.last
    if (
        att is None
        and last is not None
        and _adjacent(ctx.text, state.last_end, q.open, crosshead=last.kind == "direct")
        and (last.kind == "direct" or (words >= _CONTINUED_MIN_WORDS and _speech_like(ctx.text, q)))
        and not _opens_naming(ctx, q, last.speaker)
    ):
        att = Attribution(last.speaker, last.speaker_text, list(last.addressees))
        inherited_date = last.date
        if _JOINT_OPENING.match(ctx.text, q.start) and _is_person(ctx, last.speaker):
            issued = ctx.document_issuer(q.open)  # '"The two leaders also discussed ..."': a readout
            att = Attribution(*issued) if issued is not None and not _is_person(ctx, issued[0]) else None
    if att is None or (att.speaker is None and att.speaker_text is None):
        state.last, state.last_end = None, -1
        if not q.closed and words >= MIN_ATTRIBUTED_WORDS:
            if state.pending and not _adjacent(ctx.text, state.pending[-1].close, q.open):
                state.pending.clear()
            state.pending.append(q)  # '"Para one ...' with the speaker named further on
            return []
        state.pending.clear()
        if (
            words >= MIN_UNATTRIBUTED_WORDS
            and q.open == ctx.paragraph_span(q.open)[0]
            and _speech_like(ctx.text, q)
        ):
            state.opening = q  # '"We had a long talk." They also discussed X, she tweeted.': named after it
        if not KEEP_UNATTRIBUTED or words < MIN_UNATTRIBUTED_WORDS or not _speech_like(ctx.text, q):
            return []
        att = Attribution(None, None)
    elif words < MIN_ATTRIBUTED_WORDS or _title_like(ctx.text, q):
        state.pending.clear()
        return []
    out: list[StatementCandidate] = []
    if att.speaker is not None or att.speaker_text:
        if state.pending and _adjacent(ctx.text, state.pending[-1].close, q.open):
            named = Attribution(att.speaker, att.speaker_text, list(att.addressees))  # evidence: its own
            out += [_quote_statement(ctx, p, named, None) for p in state.pending]
        state.pending.clear()
    cand = _quote_statement(ctx, q, att, inherited_date)
    out.append(cand)
    if att.lead:
        out += _partly_quoted(ctx, q, s_start, cand)
    if cand.speaker is not None or cand.speaker_text:
        state.last, state.last_end = cand, max(cand.evidence_end, q.close + 1)
        ctx.recent.append((q.start, cand.speaker, cand.speaker_text))
    return out


_PARTLY_MIN_WORDS = 4  # words before the quote that make a clause of their own
# a joint subject: 'Both ministers', 'The two sides', 'The (foreign) ministers' speak for no one alone
_JOINT_LEAD = re.compile(
    r"(?:Both|The\s+(?:two|three)|The\s+(?:[a-z]+\s+)?(?:ministers|leaders|sides|parties|presidents))\b"
)


def _partly_quoted(
    ctx: Context, q: Quote, s_start: int, cand: StatementCandidate
) -> list[StatementCandidate]:
    """'The two will meet "in the coming days," the ministry said.': the whole clause up to the quote's
    close is reported speech, partly quoted, beside the quoted words themselves."""
    text = ctx.text
    c_start, _ = strip(text, s_start, q.open)
    dateline = DATELINE.match(text, c_start, q.open)
    if dateline is not None:
        c_start = dateline.end()
    if ctx.quote_at(c_start) is not None or len(WORD.findall(text, c_start, q.open)) < _PARTLY_MIN_WORDS:
        return []
    if _SETTING.match(text, c_start, q.open) or ctx.has_verb_in(c_start, q.open):
        return []  # 'Asked about it, ...' sets the scene; a verb before the quote has its own report
    if _JOINT_LEAD.match(text, c_start, q.open) or text[c_start : q.open].rstrip().endswith(":"):
        return []  # 'Both ministers agreed on "..."' is joint; 'MOSCOW, May 1, TASS: "..."' only a dateline
    c_end = min(q.close + 1, len(text))
    return [
        StatementCandidate(
            text=text[c_start:c_end],
            kind="indirect",
            start=c_start,
            end=c_end,
            evidence_start=cand.evidence_start,
            evidence_end=cand.evidence_end,
            speaker=cand.speaker,
            speaker_text=cand.speaker_text,
            addressees=list(cand.addressees),
            date=cand.date,
        )
    ]


def _quote_statement(
    ctx: Context, q: Quote, att: Attribution, inherited_date: str | None
) -> StatementCandidate:
    """A direct statement: the quote's words, its sentence(s) and attribution as evidence."""
    s_start, _ = ctx.sentence_span(q.open)
    _, s_end = ctx.sentence_span(max(q.open, q.end - 1))
    ev_start = min(s_start, att.start) if att.start >= 0 else s_start
    ev_end = max(s_end, att.end)
    if ev_end > s_end:
        ev_end = max(ev_end, ctx.sentence_span(ev_end - 1)[1])
    return StatementCandidate(
        text=ctx.text[q.start : q.end],
        kind="direct",
        start=q.start,
        end=q.end,
        evidence_start=ev_start,
        evidence_end=ev_end,
        speaker=att.speaker,
        speaker_text=att.speaker_text,
        addressees=list(att.addressees) or ctx.addressees_in(ev_start, ev_end),
        date=ctx.date_in(ev_start, ev_end) or inherited_date,
    )


def _unmarked_direct(
    ctx: Context, span: tuple[int, int], evidence: tuple[int, int], att: Attribution, date: str | None
) -> StatementCandidate:
    """A direct statement whose words no quote marks set off (an epigraph, a dialogue dash, a block)."""
    return span_statement(ctx, "direct", span, evidence, att.speaker, att.speaker_text, date)


def _epigraphs(ctx: Context) -> list[StatementCandidate]:
    """A paragraph without quote marks set above an attribution line ("- Name, date")."""
    out: list[StatementCandidate] = []
    for (p_start, p_end), (n_start, _n_end) in zip(ctx.paras, ctx.paras[1:], strict=False):
        if not _EPIGRAPH.match(ctx.text, n_start) or ctx.quote_at(p_start) or has_quote(ctx, p_start, p_end):
            continue
        c_start, c_end = strip(ctx.text, p_start, p_end)
        if (
            c_end - c_start > MAX_QUOTE
            or len(WORD.findall(ctx.text, c_start, c_end)) < MIN_UNATTRIBUTED_WORDS
        ):
            continue
        att = _epigraph(ctx, p_end)
        if att is None:
            continue
        out.append(
            _unmarked_direct(ctx, (c_start, c_end), (p_start, att.end), att, ctx.date_in(n_start, att.end))
        )
    return out


_BLOCK_INTRO = 160  # characters of a paragraph that only introduces a block quote ('A spokeswoman said:')
_BLOCK_MAX_PARAS = 8
_BLOCK_VERB_TAIL = re.compile(r"[^.!?\"]{0,40}:\s*$")  # 'said:', 'said in a statement:'
_OWN_VOICE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|I|[Mm]y)\b")
_PARAGRAPH_END = re.compile(r"[.!?]\s*$")


def _block_quotes(ctx: Context) -> list[StatementCandidate]:
    """Paragraphs set under 'X said:' without quote marks (a press office's block quote): X's words.

    Only a block in the speaker's own voice ('we', 'our', 'I') counts: a readout under the same
    line ('Minister A hosted B ...') narrates, and its speech acts are found sentence by sentence.
    The block ends before a paragraph with a quote mark or without a closing full stop (page furniture).
    """
    out: list[StatementCandidate] = []
    text = ctx.text
    for n, (p_start, p_end) in enumerate(ctx.paras[:-1]):
        if p_end - p_start > _BLOCK_INTRO or text[p_start:p_end].rstrip()[-1:] != ":":
            continue
        att = _block_intro(ctx, p_start, p_end)
        if att is None:
            continue
        block: list[tuple[int, int]] = []
        for b_start, b_end in ctx.paras[n + 1 : n + 1 + _BLOCK_MAX_PARAS]:
            if has_quote(ctx, b_start, b_end) or not _PARAGRAPH_END.search(text, b_start, b_end):
                break
            block.append(strip(text, b_start, b_end))
        if not block or not any(_OWN_VOICE.search(text, b, e) for b, e in block):
            continue
        date = ctx.date_in(p_start, p_end)
        out += [_unmarked_direct(ctx, span, span, att, date) for span in block]
    return out


def _block_intro(ctx: Context, p_start: int, p_end: int) -> Attribution | None:
    """The speaker of a paragraph ending '... said:' whose last speech verb comes just before the colon."""
    verbs = ctx.verbs_in(p_start, p_end)
    if not verbs or not _BLOCK_VERB_TAIL.match(ctx.text, verbs[-1].end, p_end):
        return None
    s_start, _ = ctx.sentence_span(verbs[-1].start)
    return verb_attribution(ctx, verbs[-1], max(p_start, s_start), verbs, p_end)


# a paragraph of speech set off by dashes, not quote marks: '-We will act now – said Zaev.'
_DASHES = ("-", "\u2013", "\u2014")
_DASH_OPEN = re.compile(r"[-\u2013\u2014][ \t]*(?=[A-Z])")
_DASH_CLOSE = re.compile(r"\s[-\u2013\u2014]\s+(?=\S)")
_DASH_TAIL = 80  # characters of the closing attribution ('– said the minister.')


def _dash_quotes(ctx: Context) -> list[StatementCandidate]:
    """Paragraphs that open with a dash and close with '– said X.' (a dialogue dash): X's words."""
    out: list[StatementCandidate] = []
    text = ctx.text
    for p_start, p_end in ctx.paras:
        if text[p_start : p_start + 1] not in _DASHES:
            continue  # most paragraphs: no dash to open them
        opening = _DASH_OPEN.match(text, p_start, p_end)
        if opening is None or has_quote(ctx, p_start, p_end):
            continue
        close = None
        for m in _DASH_CLOSE.finditer(text, max(opening.end(), p_end - _DASH_TAIL), p_end):
            close = m  # the last dash: the attribution after it
        if close is None:
            continue
        att = _dash_attribution(ctx, close.end(), p_end)
        c_start, c_end = strip(text, opening.end(), close.start())
        if att is None or len(WORD.findall(text, c_start, c_end)) < MIN_UNATTRIBUTED_WORDS:
            continue
        out.append(
            _unmarked_direct(ctx, (c_start, c_end), (p_start, p_end), att, ctx.date_in(close.end(), p_end))
        )
    return out


def _dash_attribution(ctx: Context, pos: int, p_end: int) -> Attribution | None:
    """'said Zaev.' or 'Zaev said.' ending a paragraph: the whole attribution, nothing more."""
    text = ctx.text
    verbs = ctx.verbs_in(pos, p_end)
    if not verbs or speech.lemma_of(verbs[0].form) not in _TRAILING_LEMMAS:
        return None
    v = verbs[0]
    if v.start == pos:
        np = named_after(ctx, v.end, p_end) or speech.noun_phrase_after(text, v.end, p_end)
        tail = np.end if np is not None else v.end
    else:
        np = speech.subject_before(text, pos, v.start)
        tail = v.end
        if np is None or text[pos : np.start].strip():
            return None
    if np is None or text[tail:p_end].strip(" \t\r\n.!"):
        return None
    ent, name = ctx.actor(np, np.start)
    return Attribution(ent, name, end=p_end) if name is not None else None


def _adjacent(text: str, prev_end: int, open_: int, crosshead: bool = False) -> bool:
    """Nothing but space and marks between; with ``crosshead``, a heading line may stand between
    the paragraphs of one person's quote."""
    if not 0 <= prev_end <= open_:
        return False
    between = text[prev_end:open_].strip(" \t\r\n\"'\u201c\u201d")
    return not between or crosshead and _crosshead(text, prev_end, open_, between)


_CROSSHEAD_WORDS = 6
_CROSSHEAD_LINE = re.compile(r"\n[ \t]*\n[ \t\"'\u2018\u2019\u201c\u201d]*[^\n]*\n[ \t]*\n")


def _crosshead(text: str, prev_end: int, open_: int, between: str) -> bool:
    """'... on Sunday.\n\nConstructive talks\n\n"We look forward ...': a short heading line of its own,
    set off by blank lines and ending no sentence, that an editor put inside a quote over paragraphs."""
    if between[-1:] in ".!?:;," or len(WORD.findall(between)) > _CROSSHEAD_WORDS or "\n" in between:
        return False
    return _CROSSHEAD_LINE.search(text, max(0, prev_end - 2), open_ + 1) is not None


def _title_like(text: str, q: Quote) -> bool:
    """'Why We Must Act Now': a title, not words someone said."""
    count = 0
    for w in text[q.start : q.end].split():
        first = w[:1]
        if first.isalpha():
            if not first.isupper():
                return False  # one lower-case word: not a title (most quotes stop here)
            count += 1
    return count >= 3


def _speech_like(text: str, q: Quote) -> bool:
    """A whole sentence or more, not a phrase in scare quotes or a title."""
    body = text[q.start : q.end]
    words = body.split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    return body[:1].isupper() and capitalised < 0.6 * len(words)


def _attribute_quote(ctx: Context, q: Quote, s_start: int) -> Attribution | None:
    opens_sentence = not ctx.text[s_start : q.open].strip(" \t\r\n\"'\u201c\u201d-")
    post = _post_attribution(ctx, q)
    pre = _pre_attribution(ctx, q, s_start)
    if pre is None and opens_sentence and q.open == ctx.paragraph_span(q.open)[0]:
        pre = _colon_intro(ctx, q)
    if pre is None and post is None:
        pre = (
            _name_colon(ctx, q, s_start)
            or _document_reads(ctx, q, s_start)
            or _verb_opens_quote(ctx, q, s_start)
            or _according_before(ctx, q, s_start)
        )
    if post is not None and post.relay and pre is not None:
        return pre
    if opens_sentence:
        return post or pre
    if post is not None and pre is not None and _closes_sentence(ctx, post.end):
        return post  # 'X congratulated Y and "noted ...," the press service said.': the source of it all
    if pre is None and post is not None and q.closed:
        post.lead = True  # 'Talks will resume "in the coming days," the ministry said': all of it is said
    return pre or post


def _closes_sentence(ctx: Context, pos: int) -> bool:
    """Whether an attribution ending at ``pos`` ends its sentence ('..., the ministry said on Monday.')."""
    _, s_end = ctx.sentence_span(pos)
    return bool(_TRAILING_REST.match(ctx.text, past_date(ctx, pos, s_end), s_end))


# '..." EU special representative Katarina Holm said': a few words of office before the name
_OFFICE_BEFORE_NAME = re.compile(
    r"\s*(?:(?!(?:and|but|or|when|while|as|after|before|if|because|who|which|that)\b)[\w.'-]+\s+){1,5}"
)


# '," the statement read': 'read' (not a speech verb: 'he read the letter') said by a document
_DOCUMENT_READ = re.compile(
    r"(?P<np>the\s+(?:[a-z-]+\s+){0,2}?(?:statement|readout|release|communiqu\w*|letter|message))\s+read\b"
    r"(?=\s*(?:[.,;]|$|on\b|in\s+part\b))"
)


# 'A statement from the minister's spokesman, X, on Monday read: "...': a document that reads out a quote
_READS_BEFORE = re.compile(
    r"(?P<np>(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<head>statement|readout|release|communiqu\w*|letter|message))"
    r"(?:\s+(?:from|by|of|issued\s+by|released\s+by)\s+(?P<src>[^:;\"\u201c\u201d]{1,120}?))?"
    r"\s+(?:read|reads|stated|states|noted|notes)\s*:\s*$"
)
_ISSUER_TAIL = re.compile(r"\s*,?\s+(?:on|in|at|late|early)\b[^,]*$|\s*,\s*$")  # ', on Wednesday'


def _document_reads(ctx: Context, q: Quote, s_start: int) -> Attribution | None:
    """'A statement from the spokesman, Ana Ruiz, read: "..."': the issuer named after the document
    speaks; 'The statement read: "..."' is whoever issued it just before. 'read' is no speech verb
    of people ('she read a book'), so only a document heading the clause counts."""
    m = _READS_BEFORE.search(ctx.text, max(s_start, q.open - 200), q.open)
    if m is None:
        return None
    if m.group("src") is None:
        ent, name = ctx.issuer(m.start(), m.group("head").lower())
        return Attribution(ent, name, end=m.end(), start=m.start()) if name else None
    lo, hi = m.start("src"), m.end("src")
    tail = _ISSUER_TAIL.search(ctx.text, lo, hi)
    hi = tail.start() if tail else hi
    named = [x for x in ctx.mentions_over(lo, hi) if x.entity is not None]
    people = [x for x in named if ctx.doc.entities[x.entity].kind == "person"]
    pick = (people or named)[-1:]  # 'the minister's spokesman, Ana Ruiz': the one named last, a person first
    if pick:
        ent, name = pick[0].entity, ctx.text[pick[0].start : pick[0].end]
    else:
        ent, name = ctx.actor(Span(lo, hi), lo)
    return Attribution(ent, name, end=m.end(), start=m.start()) if name else None


# '," a statement posted on the team's website said': a document placed somewhere, its issuer unnamed
_PLACED_DOCUMENT = re.compile(
    r"(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?P<head>statement|readout|release|communiqu\w*)\s+"
    r"(?:posted|published|put\s+out|carried)\s+(?:on|in)\s+[^,.;:\"\u201c\u201d]{1,60}?\s+"
    r"(?:said|says|added|adds|stated|states|read|reads)\b"
)


# '," Kamikawa, who took office on Wednesday after a long reshuffle, told reporters': a name, then a
# relative clause or an apposition set off by commas, however long, before the verb
_LONG_APPOSITION = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*\s*,\s*(?:who|whose|a|an|the)\s"
    r"[^,\"\u201c\u201d.;:!?()]{1,160},\s*(?:[a-z]+ly\s+)?"
)


def _post_attribution(ctx: Context, q: Quote) -> Attribution | None:
    text = ctx.text
    if not q.closed:
        return None
    p_start, p_end = ctx.paragraph_span(q.open)
    begin = q.close + 1
    lead = _LEAD_PUNCT.match(text, begin, p_end)
    pos = lead.end() if lead else begin
    limit = min(p_end, pos + 240)
    nxt = bisect.bisect_right(ctx.quote_opens, q.close)
    if nxt < len(ctx.quotes):
        limit = min(limit, ctx.quotes[nxt].open)
    if pos >= p_end:
        return _epigraph(ctx, p_end)
    m = _ACCORDING.match(text, pos, limit)
    if m:
        np = speech.noun_phrase_after(text, m.end(), limit)
        ent, name = ctx.actor(np, m.end())
        return Attribution(ent, name, end=np.end if np else m.end(), relay=True) if name else None
    read = _DOCUMENT_READ.match(text, pos, limit)
    if read is not None:  # '," the statement read.': the past tense of 'reads', said of a document only
        np = Span(read.start("np"), read.end("np"))
        ent, name = ctx.actor(np, pos)
        return Attribution(ent, name, end=read.end()) if name else None
    placed = _PLACED_DOCUMENT.match(text, pos, limit)
    if placed is not None:  # '," a statement posted on his website said': whoever issued it just before
        ent, name = ctx.issuer(pos, placed.group("head").lower())
        return Attribution(ent, name, end=placed.end()) if name else None
    capital = _CAPITAL_SAID.match(text, pos, limit)
    if capital is not None and "\n" not in text[q.close : pos]:
        return _capital_said(ctx, capital.end(), limit)
    verbs = ctx.verbs_in(pos, limit)
    if not verbs:
        return None
    v = verbs[0]
    new_sentence = bool(_SENTENCE_END.search(text, q.end - 1, pos)) and text[pos : pos + 1].isupper()
    if new_sentence and not _BARE_TAIL.match(text, v.end, limit):
        return None  # '..." He added that ...' is the next sentence, not this quote's attribution
    if _THAT.match(text, v.end, limit) and not _THAT.match(text, v.end, limit).group(0).startswith(","):
        return None  # '..." X argued that ...': a clause of its own, not this quote's attribution
    if v.start == pos:  # '," said Wang' / '", added KCNA'
        ctx.mark_attribution(v)
        np = named_after(ctx, v.end, limit) or speech.noun_phrase_after(text, v.end, limit)
        ent, name = ctx.actor(np, v.end)
        if name is None and np is not None:
            np = document_source(ctx, np, limit) or np  # '," said a readout from the White House'
            ent, name = ctx.actor(np, v.end)
        if name is None:
            return None
        head = text[np.start : np.end].split()[-1].lower() if np else ""
        # '..., saying, "...," said the release': the document relays the words of the one saying them
        return Attribution(ent, name, end=np.end if np else v.end, relay=head in DOCUMENT_HEADS)
    if len(WORD.findall(text, pos, v.start)) > 12 and not _LONG_APPOSITION.fullmatch(text, pos, v.start):
        return None
    gap_end, modal, passive = ctx.gap(v.start, pos)
    if passive and not quoted_as_saying(ctx, v):
        return None  # '," X was told': X listened; '," X was quoted as saying': X spoke
    subj = speech.subject_before(text, pos, gap_end)
    if subj is not None and subj.end < gap_end:
        subj = issuing_body(ctx, subj, gap_end) or subj  # '," a statement from the UN said': the UN
    if text.find(",", pos, gap_end) >= 0:  # '," Ana Ruiz, deputy head (trade) of the ministry said'
        subj = (
            unclosed_apposition(ctx, subj.start if subj else gap_end, subj.end if subj else gap_end, pos)
            or subj
        )
    if subj is None or not (
        not text[pos : subj.start].strip(" ,")
        or (
            _OFFICE_BEFORE_NAME.fullmatch(text, pos, subj.start)
            and ctx.sentence_index(pos) == ctx.sentence_index(v.start)
        )  # '" for the visit. Szijjarto said ...': the next sentence has a verb of its own
    ):
        return None
    ctx.mark_attribution(v)
    return speaker_attribution(ctx, v, subj, limit)


_CAPITAL_SAID = re.compile(r"(?:Said|Says|Added|Adds)[ \t]+(?=[A-Z])")  # '." Said President Ruiz'


def _capital_said(ctx: Context, after: int, limit: int) -> Attribution | None:
    """'"... terrorism." Said President Ruiz': some outlets set the inverted attribution after the
    quote's full stop with a capital; the speech verb is not a name there when a known actor follows."""
    np = named_after(ctx, after, limit) or speech.noun_phrase_after(ctx.text, after, limit)
    ent, name = ctx.actor(np, after)
    if ent is None or np is None:
        return None
    return Attribution(ent, name, end=np.end)


def _epigraph(ctx: Context, para_end: int) -> Attribution | None:
    """An attribution line under a quotation: '- Secretary of State Antony J. Blinken, February 25, 2021'."""
    text = ctx.text
    i = bisect.bisect_right(ctx.para_starts, para_end)
    if i >= len(ctx.paras):
        return None
    n_start, n_end = ctx.paras[i]
    if n_end - n_start > 160:
        return None
    m = _EPIGRAPH.match(text, n_start, n_end)
    if not m:
        return None
    np = speech.noun_phrase_after(text, m.end(), n_end)
    if np is not None and not _EPIGRAPH_REST.match(text, np.end, n_end):
        return None  # '- Talks on trade went on.': a dashed sentence, not a name signing off
    ent, name = ctx.actor(np, m.end())
    if ent is None:
        return None  # '- Details' under a page's headline: a menu entry, nobody signing off
    return Attribution(ent, name, end=n_end)


_EPIGRAPH_REST = re.compile(r"\s*(?:[,(\u2013\u2014-]|$)")  # what follows the name: a date, an office


def _pre_attribution(ctx: Context, q: Quote, s_start: int) -> Attribution | None:
    """The last speech verb before the quote in its sentence, with its subject."""
    lo = max(s_start, q.open - MAX_REACH)
    verbs = ctx.verbs_in(lo, q.open)
    for v in reversed(verbs):
        if (
            v.form in _ADDING
            and ctx.recent
            and ctx.recent[-1][0] >= s_start
            and _GOES_ON_QUOTE.fullmatch(ctx.text, v.end, q.open)
            and ctx.text[max(s_start, v.start - 3) : v.start].rstrip().endswith(",")
        ):  # '"...," said X, adding that "...': the speaker named just before goes on
            _, speaker, name = ctx.recent[-1]
            return Attribution(speaker, name, end=v.end) if speaker is not None or name else None
        if subject_of(ctx, v, lo, verbs) is not None:
            if _SUBORDINATE.search(ctx.text, v.end, q.open):
                return None  # 'said it was X after the agency "recommended it"': the quote is not hers
            if _asked_to(ctx, v, lo, verbs):
                continue  # 'X asked Y to convey that "..."': the message is X's, Y only carries it
            return verb_attribution(ctx, v, lo, verbs, q.open)
    return None


def _asked_to(ctx: Context, v: VerbHit, lo: int, verbs: list[VerbHit]) -> bool:
    """Whether ``v`` is an infinitive after an earlier verb of asking ('asked Y to convey', 'urged Y to
    tell'), whose own subject is known."""
    if not INFINITIVE_BEFORE.search(ctx.text, max(lo, v.start - 4), v.start) or not ctx.gap(v.start, lo)[1]:
        return False
    return any(
        u.end < v.start and u.kind == "address" and subject_of(ctx, u, lo, verbs) is not None for u in verbs
    )


_COLON_BEFORE = re.compile(r":\s*$")
_GOES_ON_QUOTE = re.compile(r"\s*(?:that\s*)?[,:]?\s*")  # 'adding that "', 'adding: "', 'adding, "'


def _name_colon(ctx: Context, q: Quote, s_start: int) -> Attribution | None:
    """'..., Mr. Stalin: "He said ..."': a person named right before a colon speaks the quote after it."""
    colon = _COLON_BEFORE.search(ctx.text, max(s_start, q.open - 4), q.open)
    if colon is None:
        return None
    subj = speech.subject_before(ctx.text, s_start, colon.start())
    if subj is None or subj.end != colon.start():
        return _headline_topic_colon(ctx, s_start, colon.start(), colon.end())
    persons = [
        m for m in ctx.mentions_over(subj.start, subj.end) if m.kind == "person" and m.entity is not None
    ]
    if not persons or persons[-1].end != subj.end:
        return _headline_topic_colon(ctx, s_start, colon.start(), colon.end())
    return Attribution(persons[-1].entity, ctx.text[subj.start : subj.end], end=colon.end())


_TOPIC_AFTER_NAME = re.compile(r"\s+(?:on|at|in|about|after)\s+[^.!?:;\"]{1,60}")


def _headline_topic_colon(ctx: Context, s_start: int, colon: int, end: int) -> Attribution | None:
    """A headline 'President Ruiz on her first day in Lima: "..."': the person who opens the
    paragraph, then a short phrase of topic or setting, then the colon before the quote."""
    if ctx.paragraph_span(s_start)[0] != s_start:
        return None
    first = next((m for m in ctx.mentions_over(s_start, colon) if m.start >= s_start), None)
    if first is None or first.start != s_start or first.kind != "person" or first.entity is None:
        return None
    if not _TOPIC_AFTER_NAME.fullmatch(ctx.text, first.end, colon):
        return None
    return Attribution(first.entity, ctx.text[first.start : first.end], end=end)


def _according_before(ctx: Context, q: Quote, s_start: int) -> Attribution | None:
    """'According to the minister, "We are ready."': the source named before the quote said it."""
    if not ctx.has_according:
        return None
    text = ctx.text
    lead = LEAD_ADVERBIAL.match(text, s_start, q.open)
    m = _ACCORDING.match(text, lead.end() if lead else s_start, q.open)
    if m is None:
        return None
    np = speech.noun_phrase_after(text, m.end(), q.open)
    if np is None:
        return None
    if text[np.end : q.open].strip() != "," and not _according_clause(ctx, np.end, q):
        return None  # only the source and a comma before the quote, or a clause the quote ends
    ent, name = ctx.actor(np, np.start)
    return Attribution(ent, name, end=np.end) if name is not None else None


def _according_clause(ctx: Context, pos: int, q: Quote) -> bool:
    """'According to X, (a spokesman for Y,) Z during the call "expressed ...': a short clause whose
    speech verb opens the quote (none outside it) is still X's report; 'the talks were "a good
    start"' quotes a phrase of the clause, not X's words."""
    text = ctx.text
    if not text.startswith(",", pos) or not text[q.start : q.start + 1].islower():
        return False
    hits = speech.speech_verbs(text, q.start, min(q.end, q.start + _VERB_REACH))
    if not hits or hits[0].start != q.start or hits[0].participle:
        return False
    appos = _ROLE_APPOSITION.match(text, pos + 1, q.open)
    start = appos.end() if appos else pos + 1
    words = len(WORD.findall(text, start, q.open))
    return (
        0 < words <= _ACCORDING_CLAUSE_WORDS
        and not ctx.has_verb_in(start, q.open)
        and not _SENTENCE_END.search(text, start, q.open)
        and ctx.quote_at(start) is None
        and bisect.bisect_right(ctx.quote_opens, start) == bisect.bisect_left(ctx.quote_opens, q.open)
    )


_ACCORDING_CLAUSE_WORDS = 10


def _verb_opens_quote(ctx: Context, q: Quote, s_start: int) -> Attribution | None:
    """'Rubio also "expressed sorrow for the loss of lives."': a quote that opens with a finite speech
    verb in lower case continues the sentence; the subject right before the quote mark said it."""
    text = ctx.text
    if not text[q.start : q.start + 1].islower():
        return None
    hits = speech.speech_verbs(text, q.start, min(q.end, q.start + _VERB_REACH))
    if not hits or hits[0].start != q.start or hits[0].participle:
        return None
    gap_end, modal, passive = ctx.gap(q.open, s_start)
    if modal or passive:
        return None  # 'X will "urge calm"' is a plan; 'X was "told to leave"' heard it
    subj = speech.subject_before(text, s_start, gap_end)
    if subj is None or text[subj.end : gap_end].strip():
        return None
    if _SUBORDINATE_BEFORE.search(text, max(s_start, subj.start - 12), subj.start):
        return None  # 'X said it was late after the UN "recommended it"': X's words, the UN's deed
    ent, name = ctx.actor(subj, subj.start)
    return Attribution(ent, name, end=q.open) if name is not None else None


_SUBORDINATE_BEFORE = re.compile(rf"(?:{_SUBORDINATE.pattern}|\bthat)\s+$")


_VERB_REACH = 30  # characters of a quote's opening searched for its speech verb


def _colon_intro(ctx: Context, q: Quote) -> Attribution | None:
    """A quote opening its paragraph after a sentence ending in a colon ('... tweeted:')."""
    p_start, _ = ctx.paragraph_span(q.open)
    colon = p_start - 1
    while colon >= 0 and ctx.text[colon].isspace():
        colon -= 1
    if colon < 0 or ctx.text[colon] != ":":
        return None
    s_start, _ = ctx.sentence_span(colon)
    lo = max(s_start, colon - MAX_REACH)
    verbs = ctx.verbs_in(lo, colon)
    for v in reversed(verbs):
        att = verb_attribution(ctx, v, lo, verbs, colon)
        if att is not None:
            att.start = s_start
            return att
    header = _ATTRIBUTABLE.match(ctx.text, s_start, colon)
    if header is not None:  # a media release's 'Quotes attributable to the Prime Minister:'
        np = speech.noun_phrase_after(ctx.text, header.end(), colon)
        ent, name = ctx.actor(np, header.end()) if np is not None and np.end == colon else (None, None)
        if name is not None:
            return Attribution(ent, name, end=colon + 1, start=s_start)
    return None


# a header line of a media release naming who speaks the quotes under it
_ATTRIBUTABLE = re.compile(
    r"\s*(?:(?:Quotes?|Comments?|Remarks?)\s+(?:attributable|attributed)\s+to|(?:Quotes?|Comments?)\s+from)\s+"
)


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
    that = _THAT.match(ctx.text, m.end(), s_end)
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
    return bool(_THAT.match(ctx.text, _past_adjunct(ctx, v.end, s_end), s_end))


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
        rest = _TRAILING_REST.match(text, v.end, s_end)
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
        np = None if _THAT.match(text, v.end, s_end) else ctx.noun_phrase(v.end, s_end)
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
            if lemma == "wish" and not _THAT.match(text, np.end, s_end):
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
    if participle and participle.group(1) in _ADDING:
        return None  # '..., Stalin said, adding that ...': what he said comes before; 'adding' has its own
    if _COMMA_AND.match(text, content_start, s_end):
        return None  # '..., Haddad said, and the border will reopen': what he said comes before the verb
    m = _THAT.match(text, content_start, s_end)
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


# Speech verbs that can close a sentence after what was said ("..., the ministry said on Tuesday.").
_TRAILING_LEMMAS = (
    frozenset(("say", "add", "announce", "confirm", "tell", "note", "state", "report"))
    | speech.word_set("stress emphasize emphasise underscore underline reiterate insist explain tweet write")
    | speech.word_set("disclose reveal declare affirm warn")
    | speech.word_set("clarify assert argue claim acknowledge admit observe testify")
)
# '..., stressed the ambassador.': verbs of emphasis close a report as 'said' does; so do verbs of
# making known ('..., the spokesperson disclosed.'), of warning, and of arguing or conceding a point
# ('..., clarified the minister.', '..., he admitted.')
# '..., Xinhua reported, citing the official news agency': the source cited is who speaks
_CITING = re.compile(r"\s*,?\s*(?:citing|quoting)\s+")
# What may follow such a verb: a date or a short phrase, then the end or a new clause after a comma.
# what may follow a trailing attribution's verb: a time, place or setting; 'said this in ...' is not
# one ('this' is the object: what was said is elsewhere)
_TRAILING_REST = re.compile(
    r"(?:\s+(?:on|in|at|late|early|earlier|later|last|to|during|after|following|before|via|through"
    r"|this(?=\s+(?:week|month|year|morning|afternoon|evening|weekend|time)\b))\b"
    r"[^,.;:\"]{0,80}|\s+\w+day\b|\s+reporters(?:\s+(?:here|there))?)?"
    r"\s*(?:[.!]?\s*$|,\s+(?:although|though|but|while|citing|and|as|without|after|before|in|the|a|an|[a-z]+ing)\b"
    r"|\s(?:citing|quoting)\b"
    r"|(?P<relay>,\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s+"
    r"(?:reports|reported|informs|informed|writes|wrote)\s*[.!]?\s*$))"
)  # '..., X said on Thursday, Tass informs.': the outlet only passes X's words on

_TRAILING_MIN_WORDS = 5
_SETTING = re.compile(r"(?:Asked|Speaking|Responding|Answering|Commenting|Writing|Talking)\b")
_SPEAKER_LEAD = re.compile(r"(?:\s+[a-z]+){0,4}\s*")


def _trails(ctx: Context, v: VerbHit, s_end: int) -> bool:
    """'..., the agency reported.': a verb that closes its sentence after what was said."""
    return speech.lemma_of(v.form) in _TRAILING_LEMMAS and bool(
        _TRAILING_REST.match(ctx.text, past_date(ctx, v.end, s_end), s_end)
    )


def _trailing(
    ctx: Context, v: VerbHit, s_start: int, s_end: int, verbs: list[VerbHit]
) -> StatementCandidate | None:
    """'Talks will resume in March, the ministry said.': what was said comes first, before a comma."""
    text = ctx.text
    if speech.lemma_of(v.form) not in _TRAILING_LEMMAS:
        return None
    rest = _TRAILING_REST.match(text, past_date(ctx, v.end, s_end), s_end)
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
    if len(WORD.findall(text, c_start, c_end)) < _TRAILING_MIN_WORDS or _SETTING.match(text, c_start, c_end):
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
    if v.participle or speech.lemma_of(v.form) not in _TRAILING_LEMMAS or v.kind == "address":
        return None
    np = named_after(ctx, v.end, s_end) or speech.noun_phrase_after(text, v.end, s_end)
    issued = _DOCUMENT_ISSUED.match(text, np.start, s_end) if np is not None else None
    issuer = named_at(ctx, issued.end(), s_end) if issued else None
    if issuer is not None:
        np = issuer  # '..., said a press release issued by the ministry.': the ministry
    if np is None or not _TRAILING_REST.match(text, past_date(ctx, np.end, s_end), s_end):
        return None
    speaker, name = ctx.actor(np, v.end)
    if name is None:
        return None
    c_start, c_end = strip(text, s_start, comma)
    if ctx.quote_at(c_start) is not None:
        return None  # a quote is a direct statement
    if len(WORD.findall(text, c_start, c_end)) < _TRAILING_MIN_WORDS or _SETTING.match(text, c_start, c_end):
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
    if v.participle or v.kind != "say" or speech.lemma_of(v.form) not in _TRAILING_LEMMAS:
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
    if speech.lemma_of(v.form) not in _TRAILING_LEMMAS:
        return None
    if not _TRAILING_REST.match(ctx.text, past_date(ctx, v.end, s_end), s_end):
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
    if v.form not in _ADDING and feeling is None:
        return _with_participle(ctx, v, s_start, s_end)  # '... with X expressing his joy': X's words
    m = feeling or _THAT.match(text, v.end, s_end) or _PRONOUN_CLAUSE.match(text, v.end, s_end)
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
    m = _THAT.match(ctx.text, v.end, s_end)
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
    m = _THAT.match(text, v.end, s_end)
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
    if m and _THAT.match(text, m.end(), s_end) and (not _WITH.match(text, pos) or _names_someone(ctx, m)):
        return m.end()
    m = _ADJUNCTS.match(text, pos, s_end) if has_that else None
    if (
        m
        and _THAT.match(text, m.end(), s_end)
        and (not _ANY_WITH.search(m.group()) or _names_someone(ctx, m))
    ):
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
    m = _ACCORDING.search(text, max(s_start, first - 1), s_end) if first >= 0 else None
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
        appos = _ROLE_APPOSITION.match(text, comma + 1, s_end)
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


# 'According to X, a spokesman for the ministry, ...': the speaker's role, set off by commas
_ROLE_APPOSITION = re.compile(
    r"\s*(?:a|an|the|his|her)\s+(?:[a-z-]+\s+){0,2}?(?:"
    + "|".join(sorted(UNNAMED_ROLES))
    + r")s?\b(?:\s+(?:of|for|to|at|in|with)\s+[^,.;:\"\u201c]{1,60})?,"
)


# 'According to ABC, Basya believes ...' relays what a person thinks; 'According to the ministry, President
# X will visit ...' is the ministry's word on what X does
_OPINION_AFTER = re.compile(
    r"\s+(?:(?:also|still|now|firmly|strongly|personally|reportedly)\s+)?"
    r"(?:believe[sd]?|think|thinks|thought|feel|feels|felt|consider(?:s|ed)?|fear(?:s|ed)?|hope[sd]?"
    r"|doubt(?:s|ed)?|suspect(?:s|ed)?|reckon(?:s|ed)?|(?:is|was|are|were)\s+(?:convinced|sure|certain))\b"
)
