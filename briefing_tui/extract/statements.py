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
scare quotes, titles and plans ("she will urge"). A joint statement ("Ruiz and
Berg said", "the two leaders agreed that") is one statement for each member.

The stage is split by what the code does, each module importing only those
below it: statementcontext.py (limits, shared regexes, Context), speakersubjects.py
(who says a speech verb), quoteattribution.py (direct quotes), reportedclauses.py
(what a verb reports) and reportedspeech.py (the sentence patterns of reported
speech). This module holds `find`, which runs them over the sentences in order,
and the few patterns that work on whole sentences beside them: first-person runs
before a report, 'In his words, ...', 'X made the statement', and the date and
addressees a statement carries over from the one before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from briefing_tui.extract import speech
from briefing_tui.extract.dateline import DATELINE
from briefing_tui.extract.document import Document, StatementCandidate
from briefing_tui.extract.gates import finditer_at, word_starts
from briefing_tui.extract.quoteattribution import (
    QuoteState,
    block_quotes,
    continue_from,
    dash_quotes,
    direct_statements,
    epigraphs,
    named_later,
)
from briefing_tui.extract.reportedclauses import (
    DEMONSTRATIVE_OBJECT,
    content_span,
    reported_statement,
    says_something,
)
from briefing_tui.extract.reportedspeech import TRAILING_MIN_WORDS, indirect_statements
from briefing_tui.extract.statementcontext import (
    MADE_STATEMENT,
    MIN_UNATTRIBUTED_WORDS,
    WORD,
    Context,
    has_quote,
    strip,
)
from briefing_tui.extract.transcripts import turns


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
            or ctx.according_in(s_start, s_end) >= 0
            or ctx.text.find(" hope", s_start, s_end) >= 0
        ):  # no speech verb, no 'according to', no hope voiced: no reported speech to look for
            reported = indirect_statements(ctx, s_start, s_end)
            if not reported and s_end - s_start <= _BARE_MAX_CHARS:
                found += _bare_attribution(ctx, s_start, s_end, found)
            if reported:
                if state.opening is not None:
                    found += named_later(ctx, state.opening, reported[0], s_start)
                found += reported
                continue_from(state, reported)
        state.opening = None if state.opening is None or state.opening.close < s_start else state.opening
    if _noun_before(ctx.text, _STATEMENT_NOUNS, _BY_FROM):  # 'statement by ', 'pledge from ': rare
        found += _statement_by(ctx, found)
    if _noun_before(ctx.text, _OWNED_NOUNS, _THAT):  # 'claim that ': the noun and its clause, rare
        found += _owned_statement(ctx, found)
    found += epigraphs(ctx)
    found += dash_quotes(ctx)
    found += block_quotes(ctx)
    found += turns(ctx)
    found += _first_person_run(ctx, found)
    if ctx.joint_members:
        found = _each_member(ctx, found)
    found.sort(key=lambda c: (c.start, c.end))
    _carry_context(ctx, found)
    doc.statements = found


def _each_member(ctx: Context, found: list[StatementCandidate]) -> list[StatementCandidate]:
    """A statement of several speakers ('Ruiz and Berg said', 'the two leaders agreed that') as one
    statement for each: the words are every member's, and a reader following either finds them."""
    out: list[StatementCandidate] = []
    said = {(c.speaker, c.start, c.end) for c in found}
    for c in found:
        out.append(c)
        records = ctx.joint_members.get((c.speaker, c.speaker_text)) if c.speaker is not None else None
        if not records:
            continue
        inside = [r for r in records if c.evidence_start <= r[0] <= c.evidence_end]
        before = [r for r in records if r[0] <= c.start]
        members = (inside or before or records)[-1][1]
        for member in members:
            if (member, c.start, c.end) not in said:
                said.add((member, c.start, c.end))
                out.append(replace(c, speaker=member, addressees=list(c.addressees)))
    return out


_BY_FROM = (" by ", " from ")
_THAT = (" that ",)


def _noun_before(text: str, nouns: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether one of ``nouns`` stands right before one of ``words`` (``f"{noun}{word}" in text`` for
    some pair): each word is found in turn, and the text before it asked whether it ends with a noun.

    One scan of the article per word, not one per pair: 'statement', 'claims', ... are rarely there,
    and a scan that finds nothing reads the whole article."""
    for word in words:
        i = text.find(word)
        while i >= 0:
            if text.endswith(nouns, 0, i):
                return True
            i = text.find(word, i + 1)
    return False


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
            out.append(reported_statement(ctx, (s_start, s_end), ctx.sents[k], c.speaker, c.speaker_text))
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
    if (speaker is None and not name) or not says_something(ctx, c_start, c_end):
        return []
    if speaker is not None:
        name = ctx.doc.entities[speaker].name
    cand = reported_statement(ctx, (c_start, c_end), (s_start, s_end), speaker, name)
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
    if m.group("this") and not DEMONSTRATIVE_OBJECT.match(text, m.start("this"), s_end + 1):
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
    if name is None or len(WORD.findall(text, c_start, c_end)) < TRAILING_MIN_WORDS:
        return []
    if text[p_start:p_end].rstrip()[-1:] not in _SENTENCE_CLOSE:
        return []  # 'Source: B92 | 22:09 Share' above 'He said this ...': page furniture, no sentence said
    if not says_something(ctx, c_start, c_end):
        return []
    return [reported_statement(ctx, (c_start, c_end), (p_start, s_end), speaker, name)]


# 'the statement by the new government that X will not apply': a noun of saying, its author, its clause
_STATEMENT_NOUNS = ("statement", "announcement", "declaration", "assurance", "pledge", "warning")
_STATEMENT_BY = re.compile(
    rf"\b(?:{'|'.join(_STATEMENT_NOUNS)})\s+(?:by|from)\s+"
    r"(?P<np>(?:the\s+)?(?:[\w'\u2019.-]+\s+){0,6}?[\w'\u2019.-]+)\s+that\s+"
)


# the noun inside a phrase of setting ('against the backdrop of the statement by ...'), its clause last
_NOUN_IN_PHRASE = re.compile(
    r"\b(?:of|after|following|despite|amid|over|about)\s+(?:the|a|an|its|his|her|their)\s+(?:[a-z-]+\s+)?$"
)


# after 'that', a verb with no subject of its own: a relative clause on the noun, not what was said
_RELATIVE_THAT = re.compile(
    r"(?:was|were|is|are|has|have|had|will|would|could|can|may|might|should|must|did|does|do|read|reads|says"
    r"|said|[a-z]+ed)\b"
)


def _statement_by(ctx: Context, found: list[StatementCandidate]) -> list[StatementCandidate]:
    """A noun of saying with its author and its clause, in a sentence that reports no one saying it
    with a verb: the author's statement."""
    out: list[StatementCandidate] = []
    # every match opens on one of the nouns: tried there alone, not at every character of the article
    for m in finditer_at(_STATEMENT_BY, ctx.text, word_starts(ctx.text, _STATEMENT_NOUNS)):
        np = speech.noun_phrase_after(ctx.text, m.start("np"), m.end("np"))
        if np is None or np.end != m.end("np"):
            continue
        if _RELATIVE_THAT.match(ctx.text, m.end()):
            continue  # 'a statement from the ministry that was issued on Monday': 'that' opens a relative clause
        if not _NOUN_IN_PHRASE.search(ctx.text, max(0, m.start() - 40), m.start()):
            continue  # 'The statement by X that ... came as a surprise': the clause runs into the predicate
        speaker, name = ctx.actor(np, np.start)
        if name is None or any(c.start <= m.end() < c.end for c in found):
            continue  # no author named, or the words are already inside someone's statement
        s_start, s_end = ctx.sentence_span(m.start())
        span = content_span(ctx, m.end(), s_end, True)
        if span is not None:
            out.append(reported_statement(ctx, span, (s_start, s_end), speaker, name))
    return out


# "referring to Ruiz's statement that X", "after the minister's claim that X": a noun of saying owned by its
# author, then its clause; the noun stands inside a phrase ('to', 'of', 'deny', ', '), not as a subject
_OWNED_NOUNS = ("statement", "statements", "claim", "claims", "assertion", "remarks", "comment", "comments")
_OWNED_NOUNS += ("warning", "accusation", "assurance", "assurances", "announcement", "pledge", "suggestion")
_OWNED_STATEMENT = re.compile(
    r"(?:\b[a-z]+|,)\s+(?P<np>(?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.-]*?)(?:['\u2019]s|(?<=s)['\u2019])\s+"
    r"(?:(?:recent|earlier|latest|repeated|public)\s+)?(?:" + "|".join(_OWNED_NOUNS) + r")\s+that\s+"
)

# eight whole runs of non-space characters, read backwards from the end of a noun: see _owned_matches
_RUNS = re.compile(r"(?:\s*+\S++){8}")
_RUNS_WINDOW = 400  # characters read back for them; a longer stretch is searched whole


def _owned_matches(text: str) -> Iterator[re.Match[str]]:
    """``_OWNED_STATEMENT.finditer(text)``, searched only before each 'that' after a noun of saying.

    The pattern tried at every character of the article was the cost. Each match ends with a noun,
    white space, 'that' and the white space after it, and opens within the eight runs of non-space
    characters that end with the noun (a word or comma, five name words, an adjective, the noun: seven
    runs of white space at most between them), so it is searched for in that stretch alone; from one
    opening it can reach only that noun, so it is the match a search of the whole text finds there.
    """
    pos = 0
    i = text.find("that")
    while i >= 0:
        end = i + 4
        while end < len(text) and text[end].isspace():
            end += 1
        noun_end = i
        while noun_end > 0 and text[noun_end - 1].isspace():
            noun_end -= 1
        if i >= pos and end > i + 4 and noun_end < i and text.endswith(_OWNED_NOUNS, 0, noun_end):
            lo = max(0, noun_end - _RUNS_WINDOW)
            runs = _RUNS.match(text[lo:noun_end][::-1])
            # fewer than eight runs in the window, or the eighth running on out of it: from the start
            lo = noun_end - runs.end() if runs is not None and runs.end() < noun_end - lo else 0
            m = _OWNED_STATEMENT.search(text, max(pos, lo), end)
            if m is not None:
                yield m
                pos = m.end()
        i = text.find("that", i + 1)


_OWNED_TAIL = re.compile(r",\s+(?:[\w.'\u2019-]+\s+){1,4}(?:said|says|told|added|noted|stressed|replied)\b")


def _owned_statement(ctx: Context, found: list[StatementCandidate]) -> list[StatementCandidate]:
    """A noun of saying owned by its author, with its clause ("denied Ruiz's claim that X"), in a sentence
    that reports no one saying it with a verb: the owner's statement."""
    out: list[StatementCandidate] = []
    for m in _owned_matches(ctx.text):
        if _RELATIVE_THAT.match(ctx.text, m.end()):
            continue  # "Ruiz's statement that was issued on Monday": 'that' opens a relative clause
        speaker, name = ctx.actor(speech.Span(m.start("np"), m.end("np")), m.start("np"))
        if name is None or any(c.start <= m.end() < c.end and c.speaker == speaker for c in found):
            continue  # no author named, or the words are already inside the author's own statement
        s_start, s_end = ctx.sentence_span(m.start())
        tail = _OWNED_TAIL.search(ctx.text, m.end(), s_end)  # '..., Ruiz said: "...': the next speaker's
        span = content_span(ctx, m.end(), tail.start() if tail is not None else s_end, True)
        if span is not None:
            out.append(reported_statement(ctx, span, (s_start, s_end), speaker, name))
    return out


_BARE_MAX_CHARS = 120  # 'Press service of the President of X reported.': a short sentence, all attribution
_BARE_VERB = re.compile(r"\s+(?:reported|said|stated|informed|announced)\s*[.!]?\s*$")


def _bare_attribution(
    ctx: Context, s_start: int, s_end: int, found: list[StatementCandidate]
) -> list[StatementCandidate]:
    """'X and Y are holding talks in Z. The press service reported.': a sentence that is nothing but a
    source and its verb attributes the sentence before it in the paragraph, which no one was said to say."""
    text = ctx.text
    verb = _BARE_VERB.search(text, s_start, s_end)
    k = ctx.sentence_index(s_start)
    if verb is None or k == 0:
        return []
    subj = speech.subject_before(text, s_start, verb.start())
    if subj is None or text[s_start : subj.start].strip() or subj.end != verb.start():
        return []
    speaker, name = ctx.actor(subj, subj.start)
    p_start, p_end = ctx.sents[k - 1]
    if name is None or ctx.paragraph_span(p_start) != ctx.paragraph_span(s_start):
        return []
    if any(c.start < p_end and c.end > p_start for c in found) or has_quote(ctx, p_start, p_end):
        return []  # the sentence before has its own speaker, or quotes someone
    c_start, c_end = strip(text, p_start, p_end)
    dateline = DATELINE.match(text, c_start, c_end)
    if dateline is not None:
        c_start = dateline.end()
    c_end = c_end - 1 if text[c_end - 1 : c_end] == "." else c_end
    if len(WORD.findall(text, c_start, c_end)) < TRAILING_MIN_WORDS or not says_something(
        ctx, c_start, c_end
    ):
        return []
    return [reported_statement(ctx, (c_start, c_end), (p_start, s_end), speaker, name)]


_SENTENCE_CLOSE = frozenset(".!?\"\u201d'\u2019)")


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
