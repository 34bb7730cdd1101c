"""Direct quotes: who said each quoted passage.

`direct_statements` attributes one quote by the reporting clause after it ('," Wang told X'),
the one before it ('Wang said that China "..."', 'She continued: "...'), a name and a colon,
'according to', a document that reads, or the speaker of the quote it directly follows
(`QuoteState`); scare quotes, titles and joint statements are left out. Quotes outside
quote marks are here too: epigraph lines ("- Name, date"), dash-led quotes and block quotes
after an introducing paragraph. KEEP_UNATTRIBUTED lives here, next to the one check that reads it.

Separate from reported speech: the two share only statementcontext and speakersubjects.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from briefing_tui.extract import speech
from briefing_tui.extract.dateline import DATELINE
from briefing_tui.extract.document import StatementCandidate
from briefing_tui.extract.lexicon.titles import TITLE_HEADS
from briefing_tui.extract.quotes import _NESTED_MAX_WORDS, Quote
from briefing_tui.extract.speakersubjects import (
    INFINITIVE_BEFORE,
    LEAD_ADVERBIAL,
    document_source,
    issuing_body,
    named_after,
    quoted_as_saying,
    sentence_subject,
    speaker_attribution,
    subject_of,
    unclosed_apposition,
    verb_attribution,
)
from briefing_tui.extract.speech import Span, VerbHit
from briefing_tui.extract.statementcontext import (
    ACCORDING,
    ADDING,
    CLAUSE_WITHOUT_THAT,
    DOCUMENT_HEADS,
    MAX_REACH,
    MIN_UNATTRIBUTED_WORDS,
    ROLE_APPOSITION,
    SETTING,
    THAT,
    TRAILING_LEMMAS,
    TRAILING_REST,
    WORD,
    Attribution,
    Context,
    has_quote,
    past_date,
    span_statement,
    strip,
)

MIN_ATTRIBUTED_WORDS = 2
# A quote nobody can be named for is left out: on the dev set every such quote was a
# false positive, and a briefing line "unknown said ..." tells the reader nothing.
KEEP_UNATTRIBUTED = False
MAX_QUOTE = 5000  # a "quote" longer than this is a stray mark, not speech
_LEAD_PUNCT = re.compile(r"[\s,.;:!?\"'\u201c\u201d\u2019-]*")
_EPIGRAPH = re.compile(r"[ \t]*[-\u2013\u2014\u2015]+[ \t]*(?=[A-Z])")
_SENTENCE_END = re.compile(r"[.!?]")
_SUBORDINATE = re.compile(r"\b(?:after|before|because|when|while|although|though|until|whereas|unless)\b")
# what may follow the verb of an attribution that is a sentence of its own: a name, then the end
# or then a short phrase of place, time or medium: '... Macron noted on X.', '... she said in a statement.'
_BARE_TAIL = re.compile(
    r"(?:\s+[A-Z][\w.'-]*){0,4}(?:\s+(?:in|on|at|via|during)(?:\s+[\w'-]+){1,4})?\s*[.!?]"
)

# '"...." Ruiz said this in a speech after the summit.': a sentence that points back at the quote before it
_SAID_THIS = re.compile(r"\s+this\b\s*(?:[,.;!?]|(?:in|at|on|during|while|after|before|when|to)\b)")


# -- direct quotes ----------------------------------------------------------------------


@dataclass(slots=True)
class QuoteState:
    """The last attributed quote, which an unattributed quote right after it continues, and
    quote paragraphs left open with no speaker yet, which the next attributed one may name."""

    last: StatementCandidate | None = None
    last_end: int = -1
    pending: list[Quote] = field(default_factory=list)
    opening: Quote | None = None  # a paragraph's opening quote with no speaker, named later in it
    voice: StatementCandidate | None = None  # the last statement, quoted or reported, with a speaker


def _last_end(state: QuoteState, q: Quote) -> int:
    """Where the last statement ends for a quote right after it: its evidence's end, or the end of
    its words when that evidence runs on over this quote ('"... climate. "It is a network."': a
    quote whose closing mark was lost, and the next one in the same sentence)."""
    last = state.last
    if last is not None and last.kind == "direct" and last.end <= q.open < state.last_end:
        return last.end
    return state.last_end


_CONTINUED_MIN_WORDS = 4  # a bare quote after reported speech continues it only if it is a sentence


def named_later(ctx: Context, q: Quote, cand: StatementCandidate, s_start: int) -> list[StatementCandidate]:
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


def continue_from(state: QuoteState, reported: list[StatementCandidate]) -> None:
    """A sentence of reported speech by a named speaker is what a bare quote right after it continues:
    'Finally, she said that restraint was vital. "We call for calm."' is hers."""
    named = [c for c in reported if c.speaker is not None or c.speaker_text]
    if named and named[-1].evidence_end > state.last_end:
        state.last, state.last_end = named[-1], named[-1].evidence_end
    if named:
        state.voice = named[-1]


def direct_statements(ctx: Context, q: Quote, state: QuoteState) -> list[StatementCandidate]:
    if q.end - q.start > MAX_QUOTE or _teaser(ctx, q):
        return []
    words = q.words(ctx.text)
    s_start, _ = ctx.sentence_span(q.open)
    att = _attribute_quote(ctx, q, s_start)
    inherited_date = None
    last = state.last
    if (
        att is None
        and last is not None
        and (
            _adjacent(ctx.text, _last_end(state, q), q.open, crosshead=last.kind == "direct")
            or (
                last.kind == "direct"
                and words >= _CONTINUED_MIN_WORDS
                and _narrated_between(ctx, state.last_end, q)
            )
        )
        and (last.kind == "direct" or (words >= _CONTINUED_MIN_WORDS and _speech_like(ctx.text, q)))
        and not _opens_naming(ctx, q, last.speaker)
        and not _reported_after(ctx, q)
    ):
        att = Attribution(last.speaker, last.speaker_text, list(last.addressees))
        inherited_date = last.date
        if _JOINT_OPENING.match(ctx.text, q.start) and _is_person(ctx, last.speaker):
            issued = ctx.document_issuer(q.open)  # '"The two leaders also discussed ..."': a readout
            att = Attribution(*issued) if issued is not None and not _is_person(ctx, issued[0]) else None
    if att is None and state.voice is not None and _speaks_on(ctx, q, state.voice):
        att = Attribution(state.voice.speaker, state.voice.speaker_text)
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
        state.voice = cand
        ctx.recent.append((q.start, cand.speaker, cand.speaker_text))
    return out


_ELLIPSIS_END = re.compile(r"(?:\u2026|\.\.\.)\s*$")
_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"


def _teaser(ctx: Context, q: Quote) -> bool:
    """A quote cut short by an ellipsis where its paragraph ends, and not carried on in the next one: the
    teaser of another article in a list of links ('\u201cThey did not pay us. We\u2019re\u2026'), not speech
    of this one."""
    if q.closed or not _ELLIPSIS_END.search(ctx.text, q.start, q.end):
        return False
    _, p_end = ctx.paragraph_span(q.open)
    if ctx.text[q.end : p_end].strip(" \t\r\n" + _QUOTE_MARKS):
        return False
    nxt = ctx.text[p_end:].lstrip()
    return not nxt.startswith(tuple(_QUOTE_MARKS))


_REPORT_AFTER_WORDS = (
    8  # words of a reporting clause's subject after a quote ('the two sides' joint statement')
)
# a subject that speaks for more than one: 'the ministers' joint statement', 'the two leaders', 'both sides'
_JOINT_SUBJECT = re.compile(r"\b(?:[Jj]oint|[Bb]oth|two|three)\b")


def _reported_after(ctx: Context, q: Quote) -> bool:
    """'"...," the ministers' joint statement said.': a quote whose own reporting clause gives it to
    several speakers at once is not the words of the one speaker before it."""
    if not q.closed:
        return False
    p_end = ctx.paragraph_span(q.open)[1]
    lead = _LEAD_PUNCT.match(ctx.text, q.close + 1, p_end)
    pos = lead.end() if lead else q.close + 1
    verbs = ctx.verbs_in(pos, p_end)
    if not verbs or verbs[0].lemma not in TRAILING_LEMMAS or verbs[0].participle:
        return False
    subject = ctx.text[pos : verbs[0].start]
    words = subject.split()
    if not words or len(words) > _REPORT_AFTER_WORDS or _SENTENCE_END.search(subject):
        return False
    return bool(_JOINT_SUBJECT.search(subject)) or words[-1].lower() in speech.GROUP_HEADS


_VOICE_PARAS = 4  # paragraphs back to the last speaker of a quote that fills its paragraph


def _speaks_on(ctx: Context, q: Quote, voice: StatementCandidate) -> bool:
    """'Ruiz said the talks went well.\n\n"We will meet again in May."': a quote that is a whole
    paragraph, with no attribution of its own, is the words of the speaker last heard a paragraph
    or a few before, the press convention for a speaker speaking on. A run of such paragraphs
    that an attribution closes ('"...\n\n"...," Lopez said') is named by it instead."""
    if voice.speaker is None and not voice.speaker_text:
        return False
    if not _fills_paragraph(ctx, q) or q.words(ctx.text) < MIN_UNATTRIBUTED_WORDS:
        return False
    here = bisect.bisect_right(ctx.para_starts, q.open) - 1
    if here - (bisect.bisect_right(ctx.para_starts, voice.evidence_end - 1) - 1) > _VOICE_PARAS:
        return False
    if not _speech_like(ctx.text, q) or _opens_naming(ctx, q, voice.speaker):
        return False
    if _JOINT_OPENING.match(ctx.text, q.start):
        return False
    n = bisect.bisect_left(ctx.quote_opens, q.open)
    run = q
    while not run.closed and n + 1 < len(ctx.quotes):  # the run's last paragraph: attributed or not
        n += 1
        nxt = ctx.quotes[n]
        if nxt.paragraph != run.paragraph + 1:
            break  # the run ends unnamed
        if not _fills_paragraph(ctx, nxt):
            return False
        run = nxt
    return True


def _fills_paragraph(ctx: Context, q: Quote) -> bool:
    """Whether the quote is its paragraph, from its first character to its last."""
    p_start, p_end = ctx.paragraph_span(q.open)
    return q.open == p_start and not ctx.text[q.close + 1 : p_end].strip(" \t\r\n.,\"'\u201d\u2019")


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
    if SETTING.match(text, c_start, q.open) or ctx.has_verb_in(c_start, q.open):
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
        addressees=list(att.addressees) or ctx.addressees_in(ev_start, ev_end, (q.start, q.end)),
        date=ctx.date_in(ev_start, ev_end) or inherited_date,
    )


def _unmarked_direct(
    ctx: Context, span: tuple[int, int], evidence: tuple[int, int], att: Attribution, date: str | None
) -> StatementCandidate:
    """A direct statement whose words no quote marks set off (an epigraph, a dialogue dash, a block)."""
    return span_statement(ctx, "direct", span, evidence, att.speaker, att.speaker_text, date)


def epigraphs(ctx: Context) -> list[StatementCandidate]:
    """A paragraph without quote marks set above an attribution line ("- Name, date")."""
    out: list[StatementCandidate] = []
    for (p_start, p_end), (n_start, n_end) in zip(ctx.paras, ctx.paras[1:], strict=False):
        dash = _DASH_LINE.match(ctx.text, n_start, n_end)
        if dash is None or ctx.quote_at(p_start) or has_quote(ctx, p_start, p_end):
            continue
        c_start, c_end = strip(ctx.text, p_start, p_end)
        if (
            c_end - c_start > MAX_QUOTE
            or len(WORD.findall(ctx.text, c_start, c_end)) < MIN_UNATTRIBUTED_WORDS
        ):
            continue
        att = _epigraph(ctx, p_end) if _EPIGRAPH.match(ctx.text, n_start) else None
        if att is None and ctx.text[p_start:p_end].rstrip().endswith(",") and n_end - n_start <= _DASH_TAIL:
            # '... to agriculture,' / '- the minister said.': a dialogue dash, as Central European papers set it
            att = _dash_attribution(ctx, dash.end(), n_end)
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


def block_quotes(ctx: Context) -> list[StatementCandidate]:
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
        if not block or not any(_own_voice(ctx, b, e) for b, e in block):
            continue
        date = ctx.date_in(p_start, p_end)
        out += [_unmarked_direct(ctx, span, span, att, date) for span in block]
    return out


def _own_voice(ctx: Context, start: int, end: int) -> bool:
    """Whether the paragraph speaks in the first person outside a clause it reports: 'We will act'
    is the speaker's; in 'She noted that this was a sign of our resolve' the 'our' is hers."""
    for m in _OWN_VOICE.finditer(ctx.text, start, end):
        s_start, _ = ctx.sentence_span(m.start())
        if not ctx.has_verb_in(max(start, s_start), m.start()):
            return True
    return False


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


def dash_quotes(ctx: Context) -> list[StatementCandidate]:
    """Paragraphs that open with a dash and close with '– said X.' (a dialogue dash): X's words."""
    out: list[StatementCandidate] = []
    text = ctx.text
    for p_start, p_end in ctx.paras:
        if text[p_start : p_start + 1] not in _DASHES:
            continue  # most paragraphs: no dash to open them
        opening = _DASH_OPEN.match(text, p_start, p_end)
        if opening is None or _speech_quoted_in(ctx, p_start, p_end):
            continue
        close = None
        for m in _DASH_CLOSE.finditer(text, max(opening.end(), p_end - _DASH_TAIL), p_end):
            close = m  # the last dash: the attribution after it
        if close is None:
            # '- We will act now, the minister said.': the attribution after the last comma
            comma = text.rfind(", ", max(opening.end(), p_end - _DASH_TAIL), p_end)
            if comma < 0:
                continue
            close = _COMMA.match(text, comma)
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


_COMMA = re.compile(r",\s+")


def _speech_quoted_in(ctx: Context, start: int, end: int) -> bool:
    """Whether a paragraph holds a quote longer than a name in quote marks ('the "Open Skies" plan'),
    which makes it no dialogue-dash paragraph."""
    i = bisect.bisect_left(ctx.quote_opens, start)
    while i < len(ctx.quotes) and ctx.quotes[i].open < end:
        if ctx.quotes[i].words(ctx.text) > _NESTED_MAX_WORDS:
            return True
        i += 1
    return False


def _dash_attribution(ctx: Context, pos: int, p_end: int) -> Attribution | None:
    """'said Zaev.' or 'Zaev said.' ending a paragraph: the whole attribution, nothing more."""
    text = ctx.text
    verbs = ctx.verbs_in(pos, p_end)
    if not verbs or verbs[0].lemma not in TRAILING_LEMMAS:
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
    # a line break first: what lies between two quotes paragraphs apart is long, and words are counted one by one
    if between[-1:] in ".!?:;," or "\n" in between or len(WORD.findall(between)) > _CROSSHEAD_WORDS:
        return False
    return _CROSSHEAD_LINE.search(text, max(0, prev_end - 2), open_ + 1) is not None


_NARRATED_MAX_WORDS = 30


def _narrated_between(ctx: Context, prev_end: int, q: Quote) -> bool:
    """'"...," he said. Right now it is hard to see an end to it. "In Finland, we ..."': one sentence
    of the writer's between two quotes of one paragraph, with no speech verb, quote or person of its
    own, leaves the speaker speaking on, in the first person."""
    text = ctx.text
    if ctx.paragraph_span(prev_end - 1) != ctx.paragraph_span(q.open) or not _speech_like(text, q):
        return False
    if not _OWN_VOICE.search(text, q.start, q.end):
        return False  # '"Another voice says ..."': only words in the first person are surely the speaker's
    b_start, b_end = strip(text, prev_end, q.open)
    if b_end <= b_start or ctx.sentence_index(b_start) != ctx.sentence_index(b_end - 1):
        return False  # nothing between (adjacent), or more than one sentence
    if len(WORD.findall(text, b_start, b_end)) > _NARRATED_MAX_WORDS or has_quote(ctx, b_start, b_end):
        return False
    if ctx.has_verb_in(b_start, b_end):
        return False
    return not any(m.kind in ("person", "role", "organization") for m in ctx.mentions_over(b_start, b_end))


def _title_like(text: str, q: Quote) -> bool:
    """'Why We Must Act Now', 'Radio Ten': a title or a name, not words someone said. Two capitalised
    words alone are a name ('Medi1 TV', a nickname in a letter's greeting); one may be a word said."""
    count = 0
    for w in text[q.start : q.end].split():
        first = w[:1]
        if first.isalpha():
            if not first.isupper():
                if w in _TITLE_JOINERS:
                    continue  # 'One Belt and One Road', 'Partners in Peace': a name's joining words
                return False  # one lower-case word: not a title (most quotes stop here)
            count += 1
    return count >= 2


_TITLE_JOINERS = frozenset(("and", "of", "for", "the", "in", "on", "to"))


def _speech_like(text: str, q: Quote) -> bool:
    """A whole sentence or more, not a phrase in scare quotes or a title."""
    body = text[q.start : q.end]
    words = body.split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    return body[:1].isupper() and capitalised < 0.6 * len(words)


def _attribute_quote(ctx: Context, q: Quote, s_start: int) -> Attribution | None:
    opens_sentence = not ctx.text[s_start : q.open].strip(" \t\r\n\"'\u201c\u201d-")
    post = _post_attribution(ctx, q)
    if post is not None and post.end > 0 and ctx.text.find("quoting", post.end, post.end + 30) >= 0:
        post = _quoting(ctx, post) or post
    if post is None and ctx.has_in_words:
        owner = _in_words_before(ctx, q, s_start)
        if owner is not None:
            return owner  # 'As announced by X, the aim is, in his words, "...': nearer than any verb before
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
    if (
        post is not None
        and pre is not None
        and _is_person(ctx, pre.speaker)
        and ctx.speaks_as_medium(post.speaker, post.speaker_text)
    ):
        return pre  # 'X said he was "determined to stay", said NNA': X's words, the agency passes them on
    if post is not None and pre is not None and _closes_sentence(ctx, post.end):
        return post  # 'X congratulated Y and "noted ...," the press service said.': the source of it all
    if pre is None and post is not None and q.closed:
        post.lead = True  # 'Talks will resume "in the coming days," the ministry said': all of it is said
    return pre or post


# '," Berg said(,) (while) quoting the minister': the one quoted spoke the words, the one saying relays them
_QUOTING_AFTER = re.compile(r"\s*,?\s*(?:while\s+|when\s+)?quoting\s+")


def _quoting(ctx: Context, att: Attribution) -> Attribution | None:
    """The source a quote's attribution goes on to quote, when it names a known actor."""
    m = _QUOTING_AFTER.match(ctx.text, att.end)
    if m is None:
        return None
    _, s_end = ctx.sentence_span(m.end())
    np = speech.noun_phrase_after(ctx.text, m.end(), s_end)
    ent, name = ctx.actor(np, m.end()) if np is not None else (None, None)
    if ent is None:
        return None  # 'quoting a ministry official': no one named; the one saying it stays the source
    return Attribution(ent, name, end=np.end)


# '..., in his words, "..."', 'in the words of the minister, "...': whose words the quote is
_IN_WORDS_BEFORE = re.compile(
    r"\b[Ii]n\s+(?:(?P<owner>his|her|their)\s+(?:own\s+)?words|the\s+words\s+of\s+(?P<np>[^,;:\"]{2,80}?))\s*,?\s*$"
)
_IN_WORDS_REACH = 100  # characters before the quote mark
_OWNER_PRONOUN = {"his": "he", "her": "she", "their": "they"}


def _in_words_before(ctx: Context, q: Quote, s_start: int) -> Attribution | None:
    """'The aim is, in his words, "to find a way forward"': the owner of the words said the quote; 'his'
    as coreference resolved it (the person named earlier in the sentence, else whoever spoke on), or the
    speaker just before."""
    m = _IN_WORDS_BEFORE.search(ctx.text, max(s_start, q.open - _IN_WORDS_REACH), q.open)
    if m is None:
        return None
    if m.group("np"):
        np = speech.noun_phrase_after(ctx.text, m.start("np"), m.end("np"))
        if np is None or np.end != m.end("np"):
            return None
        ent, name = ctx.actor(np, np.start)
    else:
        owner = [x for x in ctx.mentions_over(m.start("owner"), m.end("owner")) if x.entity is not None]
        if owner:
            ent = owner[0].entity
            if not any(x.entity == ent and x.kind == "person" for x in ctx.mentions_over(s_start, m.start())):
                ent = ctx.continuing_speaker(ent, m.start())  # not named in the sentence: who spoke on
            name = ctx.doc.entities[ent].name if ent is not None else None
        else:
            ent, name = ctx.fallback_pronoun(_OWNER_PRONOUN[m.group("owner")], m.start())
    return Attribution(ent, name, end=q.open) if name is not None else None


def _closes_sentence(ctx: Context, pos: int) -> bool:
    """Whether an attribution ending at ``pos`` ends its sentence ('..., the ministry said on Monday.')."""
    _, s_end = ctx.sentence_span(pos)
    return bool(TRAILING_REST.match(ctx.text, past_date(ctx, pos, s_end), s_end))


# '..." EU special representative Katarina Holm said': a few words of office before the name
_OFFICE_BEFORE_NAME = re.compile(
    r"\s*(?!(?:in|on|at|to|for|from|with|by|about|over|during|amid)\s)"  # '" in Syria, reiterating': a place
    r"(?:(?!(?:and|but|or|when|while|as|after|before|if|because|who|which|that)\b)[\w.'-]+\s+){1,5}"
)


# '," the statement read': 'read' (not a speech verb: 'he read the letter') said by a document
_DOCUMENT_READ = re.compile(
    r"(?P<np>the\s+(?:[a-z-]+\s+|[A-Z][\w-]*\s+){0,4}?(?:statement|readout|release|communiqu\w*|letter|message))"
    r"\s+read\b"
    r"(?=\s*(?:[.,;]|$|on\b|in\s+part\b))"
)


# '," read a statement issued by the ministry': the verb before the document, as in '," said the ministry'
_READS_DOCUMENT = re.compile(
    r"(?:read|reads)\s+(?P<np>(?:an?|the|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<head>statement|readout|release|communiqu\w*))\b"
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
    lo = max(s_start, q.open - 200)
    # every match ends in 'read:' before the quote: no colon, no match (most quotes have none before them)
    m = _READS_BEFORE.search(ctx.text, lo, q.open) if ctx.text.find(":", lo, q.open) >= 0 else None
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


# '," Ana Ruiz, academic director for the Center for Trade Studies, told AFP': an office phrase
_OFFICE_APPOSITION = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*\s+|(?:de|da|do|dos|van|von|der|al|bin|el)\s+){0,4}[A-Z][\w.'\u2019-]*\s*,\s*"
    r"(?P<office>[a-z][\w-]*\s[^,\"\u201c\u201d.;:!?()]{1,140}),\s*(?:[a-z]+ly\s+)?"
)


def _office_apposition(text: str, pos: int, verb: int) -> bool:
    """A name, then an office phrase set off by commas that opens in lower case and names a role."""
    m = _OFFICE_APPOSITION.fullmatch(text, pos, verb)
    if m is None:
        return False
    words = m.group("office").lower().split()
    # 'senior vice-president of ...', 'deputy secretary-general of ...': a role inside a hyphenated title
    return any(part in speech.ROLE_HEADS for w in words[:4] for part in w.split("-"))


def _long_apposition(text: str, pos: int, verb: int) -> bool:
    """Whether a name and a long apposition or office set off by commas fill ``text[pos:verb]``; the
    commas of a list inside the office ('minister of trade, industry and tourism') set off nothing."""
    if _LONG_APPOSITION.fullmatch(text, pos, verb) or _office_apposition(text, pos, verb):
        return True
    if text.count(",", pos, verb) < 3:
        return False
    gap = speech.without_list_commas(text, pos, verb)
    return gap is not None and bool(_LONG_APPOSITION.fullmatch(gap) or _office_apposition(gap, 0, len(gap)))


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
    m = ACCORDING.match(text, pos, limit)
    if m:
        np = speech.noun_phrase_after(text, m.end(), limit)
        ent, name = ctx.actor(np, m.end())
        if name is None and np is not None:
            np = document_source(ctx, np, limit) or np  # '," according to a release from the ministry'
            ent, name = ctx.actor(np, np.start)
        return Attribution(ent, name, end=np.end if np else m.end(), relay=True) if name else None
    read = _DOCUMENT_READ.match(text, pos, limit)
    if read is not None:  # '," the statement read.': the past tense of 'reads', said of a document only
        np = Span(read.start("np"), read.end("np"))
        ent, name = ctx.actor(np, pos)
        return Attribution(ent, name, end=read.end()) if name else None
    reads = _READS_DOCUMENT.match(text, pos, limit)
    if (
        reads is not None
    ):  # '," read a statement issued by the ministry.': the issuer, or who issued one before
        np = Span(reads.start("np"), reads.end("np"))
        source = document_source(ctx, np, limit)
        ent, name = ctx.actor(source, source.start) if source is not None else (None, None)
        if name is None:
            ent, name = ctx.issuer(pos, reads.group("head").lower())
        return Attribution(ent, name, end=source.end if source is not None else np.end) if name else None
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
    if new_sentence and not (_BARE_TAIL.match(text, v.end, limit) or _SAID_THIS.match(text, v.end, limit)):
        return None  # '..." He added that ...' is the next sentence, not this quote's attribution
    if THAT.match(text, v.end, limit) and not THAT.match(text, v.end, limit).group(0).startswith(","):
        return None  # '..." X argued that ...': a clause of its own, not this quote's attribution
    if v.start > pos and v.kind == "say" and CLAUSE_WITHOUT_THAT.match(text, v.end, limit):
        return None  # 'as "very productive", he said they would ...': the verb reports the clause after it
    if v.start == pos and v.participle:
        return None  # 'X said, "...," adding that ...': the participle goes on from X; what follows it is no speaker
    if v.start == pos and v.form == v.lemma != "say":
        return None  # '"excellent" call on Monday': a noun after the quote, not an inverted 'said X'
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
    if len(WORD.findall(text, pos, v.start)) > 12 and not _long_apposition(text, pos, v.start):
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
        or _office_then_name(text, pos, subj, gap_end)
    ):
        return None
    ctx.mark_attribution(v)
    return speaker_attribution(ctx, v, subj, limit)


# '," Peru's foreign minister, Ana Ruiz, told ...': an office set off before the name, opened by a
# determiner or an owner's name; the office may close on what it serves ('ambassador to the UN in Geneva')
_OFFICE_COMMA = re.compile(
    r"(?:the|[A-Z][\w.\u2019-]*['\u2019]s)(?:\s+[a-z][\w-]*){0,4}?\s+(?P<head>[a-z]+)"
    r"(?:\s+(?:of|to|for|at|in|on)\s[^,\"\u201c\u201d;:!?()]{1,80})?\s*,\s*"
)


def _office_then_name(text: str, pos: int, subj: Span, gap_end: int) -> bool:
    """Whether an office and a comma come between the quote and the named subject, and a comma
    closes the name before the verb: the apposition 'the minister, Ana Ruiz,' names who speaks."""
    m = _OFFICE_COMMA.fullmatch(text, pos, subj.start)
    return m is not None and m.group("head") in speech.ROLE_HEADS and text[subj.end : gap_end].strip() == ","


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


_DASH_LINE = re.compile(r"[ \t]*[-\u2013\u2014\u2015]+[ \t]*")  # a line opening with a dash


_EPIGRAPH_REST = re.compile(r"\s*(?:[,(\u2013\u2014-]|$)")  # what follows the name: a date, an office


def _pre_attribution(ctx: Context, q: Quote, s_start: int) -> Attribution | None:
    """The last speech verb before the quote in its sentence, with its subject."""
    lo = max(s_start, q.open - MAX_REACH)
    verbs = ctx.verbs_in(lo, q.open)
    for v in reversed(verbs):
        if v.lemma == "discuss" and (
            INFINITIVE_BEFORE.search(ctx.text, max(lo, v.start - 4), v.start)
            or _MEET_THEN.search(ctx.text, max(lo, v.start - 12), v.start)
        ):
            continue  # 'met Y to discuss "..."', 'X, Y meet, discuss "..."': the agenda of talks, nobody's words
        if v.participle and _BY_BEFORE.search(ctx.text, max(lo, v.start - 4), v.start):
            by = _by_participle(ctx, v, q.open)
            if by is not None:
                return by
        if (
            v.form in ADDING
            and ctx.recent
            and ctx.recent[-1][0] >= s_start
            and _GOES_ON_QUOTE.fullmatch(ctx.text, v.end, q.open)
            and ctx.text[max(s_start, v.start - 3) : v.start].rstrip().endswith(",")
        ):  # '"...," said X, adding that "...': the speaker named just before goes on
            _, speaker, name = ctx.recent[-1]
            return Attribution(speaker, name, end=v.end) if speaker is not None or name else None
        if subject_of(ctx, v, lo, verbs) is not None:
            if _SUBORDINATE.search(ctx.text, v.end, q.open) and not _COLON_BEFORE.search(
                ctx.text, v.end, q.open
            ):
                # 'said it was X after the agency "recommended it"': the quote is not hers; 'said after
                # the talks: "..."' introduces it
                return None
            if _asked_to(ctx, v, lo, verbs):
                continue  # 'X asked Y to convey that "..."': the message is X's, Y only carries it
            if v.lemma in _ACT_LEMMAS:
                outer = _outer_report(ctx, v, lo, verbs, q)
                if outer is not None:
                    return outer
            return verb_attribution(ctx, v, lo, verbs, q.open)
    return None


_MEET_THEN = re.compile(r"\b(?:meet|meets|met)(?:\s*,|\s+and)\s+$")  # a headline's 'X, Y meet, discuss'
# verbs that report a deed or a commitment, not words: 'Allies have pledged funds, including "..."'
_ACT_LEMMAS = speech.word_set("pledge promise vow offer extend agree propose discuss welcome")
_REPORTING_LEMMAS = speech.word_set("say tell state add note stress announce explain")


def _outer_report(ctx: Context, v: VerbHit, lo: int, verbs: list[VerbHit], q: Quote) -> Attribution | None:
    """'X said that Allies have pledged funds, including "fuel and medical supplies"': a quote inside
    the clause a verb of saying reports, after a deed of the clause's own subject, is in the words of
    the one saying it, who describes the deed."""
    for u in reversed(verbs):
        if u.end > v.start or u.participle or u.lemma not in _REPORTING_LEMMAS:
            continue
        if ctx.quote_at(u.start) is not None or has_quote(ctx, u.end, v.start):
            return None
        return verb_attribution(ctx, u, lo, verbs, q.open)
    return None


_BY_BEFORE = re.compile(r"\bby\s+$")


def _by_participle(ctx: Context, v: VerbHit, limit: int) -> Attribution | None:
    """'X paid tribute to his predecessors by saying that "...': the manner of the main clause's deed;
    the sentence's subject says it."""
    subj = sentence_subject(ctx, v.start)
    return speaker_attribution(ctx, v, subj, limit) if subj is not None else None


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
# 'Ana Ruiz, President of Peru: "..."', as a broadcast captions a speaker: the name, then an office
_OFFICE_AFTER_NAME = re.compile(r"\s*,\s+(?P<office>[^.!?:;,\"\u201c\u201d]{1,80})")


def _headline_topic_colon(ctx: Context, s_start: int, colon: int, end: int) -> Attribution | None:
    """A headline 'President Ruiz on her first day in Lima: "..."' or a caption 'Ana Ruiz, President of
    Peru: "..."': the person who opens the paragraph, then a short phrase of topic or setting or the
    office held, then the colon before the quote."""
    if ctx.paragraph_span(s_start)[0] != s_start:
        return None
    first = next((m for m in ctx.mentions_over(s_start, colon) if m.start >= s_start), None)
    if first is None or first.start != s_start or first.kind != "person" or first.entity is None:
        return None
    if not _TOPIC_AFTER_NAME.fullmatch(ctx.text, first.end, colon) and not _office_after(
        ctx, first.end, colon
    ):
        return None
    return Attribution(first.entity, ctx.text[first.start : first.end], end=end)


def _office_after(ctx: Context, pos: int, colon: int) -> bool:
    """Whether an office set off by a comma, and nothing else, comes between a name and the colon."""
    m = _OFFICE_AFTER_NAME.fullmatch(ctx.text, pos, colon)
    if m is None or ctx.has_verb_in(pos, colon):
        return False
    words = m.group("office").split()
    if not (words[0][:1].isupper() or words[0] in ("the", "a", "an") or words[0] in TITLE_HEADS):
        return False  # 'Ruiz, in Lima with the president:': a setting, not an office
    return any(w.casefold() in TITLE_HEADS for w in words)


def _according_before(ctx: Context, q: Quote, s_start: int) -> Attribution | None:
    """'According to the minister, "We are ready."': the source named before the quote said it."""
    if not ctx.has_according:
        return None
    text = ctx.text
    lead = LEAD_ADVERBIAL.match(text, s_start, q.open)
    m = ACCORDING.match(text, lead.end() if lead else s_start, q.open)
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
    appos = ROLE_APPOSITION.match(text, pos + 1, q.open)
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
