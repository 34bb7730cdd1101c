"""Transcripts: turns of speech under a speaker's label in capitals, without quote marks.

Official transcripts of remarks set each turn under its speaker, 'SECRETARY BLINKEN:  It's a pleasure
...', and the paragraphs after it are the same speaker's until the next label. Every paragraph of a
turn is one direct statement of the speaker (as a quote over two paragraphs is two statements).
A label names a speaker when it is an office or a courtesy title and a name ('PRIME MINISTER RUIZ',
'MS. BERG') or a person's surname the article names elsewhere; an office and a name no one else
has is a person of its own, the office their role; other labels (a role in the exchange, 'QUESTION:',
'Q:', 'A:', 'MODERATOR:', 'PANELLIST:', listed in ``TRANSCRIPT_ROLE_LABELS``, or a dateline
'WASHINGTON:') end the turn before them and start none: a questioner's turn is no one's statement.
"""

from __future__ import annotations

import re

from briefing_tui.extract.coref import surname_side
from briefing_tui.extract.document import Entity, StatementCandidate
from briefing_tui.extract.knownpeople import side_of
from briefing_tui.extract.lexicon.titles import (
    RANKS_AND_HONORIFICS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TRANSCRIPT_ROLE_LABELS,
)
from briefing_tui.extract.namewords import name_words
from briefing_tui.extract.statementcontext import (
    MIN_UNATTRIBUTED_WORDS,
    WORD,
    Context,
    has_quote,
    span_statement,
    strip,
)

# a paragraph opening with up to seven words in capitals and a colon: 'FOREIGN MINISTER MARSUDI: Well, ...',
# 'DR. ANA MARIA DE LA CRUZ:' (a name's particles make it long); or one letter of a role, 'Q:' and 'A:'
_LETTERS = "|".join(sorted(w.upper() for w in TRANSCRIPT_ROLE_LABELS if len(w) == 1))
_LABEL = re.compile(
    rf"(?P<label>{_LETTERS}|(?:[A-Z][A-Z.'\u2019-]*[ \t]+){{0,6}}[A-Z][A-Z.'\u2019-]*[A-Z.])[ \t]*:(?:[ \t]+(?=\S)|[ \t]*$)"
)
_TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS | RANKS_AND_HONORIFICS
_NAME_WORDS = 3  # words of a name after the title: 'AMBASSADOR LINDA THOMAS-GREENFIELD'
_TURN_PARAS = 12  # paragraphs of one turn at most
_SENTENCE_CLOSE = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")
_STAGE_DIRECTION = re.compile(r"\s*\([^()]*\)\s*$")  # '(In French.)', '(Laughter.)'


def turns(ctx: Context) -> list[StatementCandidate]:
    """The paragraphs of each labelled turn, as direct statements of the labelled speaker."""
    text = ctx.text
    units = _units(ctx)
    labels = [_LABEL.match(text, start, end) for start, end in units]
    if sum(1 for m in labels if m is not None) < 2:
        return []  # a transcript has two turns at least; one label alone is a heading or a dateline
    out: list[StatementCandidate] = []
    for n, m in enumerate(labels):
        speaker = _speaker(ctx, m.group("label")) if m is not None else None
        if speaker is None:
            continue
        ent, name = speaker
        spans = [(m.end(), units[n][1])]
        for k in range(n + 1, min(len(units), n + 1 + _TURN_PARAS)):
            if labels[k] is not None:
                break
            spans.append(units[k])
        for k, (start, end) in enumerate(spans):
            closed = _SENTENCE_CLOSE.search(text, start, end) is not None
            start, end = strip(text, start, end)
            if start >= end or _STAGE_DIRECTION.match(text, start, end):
                continue
            if not (closed or _cut_off(text, start, end)) or has_quote(ctx, start, end):
                break  # page furniture after the transcript ('Official news published at ...')
            if k and len(WORD.findall(text, start, end)) < MIN_UNATTRIBUTED_WORDS:
                continue
            out.append(span_statement(ctx, "direct", (start, end), (units[n][0], end), ent, name, None))
    return out


_CUT_OFF_WORDS = 15  # words of a turn's last paragraph that the end of the text cuts off
_ADDRESS = re.compile(r"https?:|www\.|@")


def _cut_off(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ``text[start:end]`` is speech that the end of the text cuts off in the
    middle of a word or a sentence ('... and every single day our people are wor'): the text's last
    paragraph, long, ending on a letter, with no address of page furniture in it."""
    return (
        not text[end:].strip()
        and text[end - 1 : end].isalpha()
        and len(WORD.findall(text, start, end)) >= _CUT_OFF_WORDS
        and _ADDRESS.search(text, start, end) is None
    )


def _units(ctx: Context) -> list[tuple[int, int]]:
    """The paragraphs, each cut again before a line inside it that opens with a label (turns set one a
    line under a heading that a blank line sets off)."""
    text = ctx.text
    out: list[tuple[int, int]] = []
    for start, end in ctx.paras:
        line = text.find("\n", start, end)
        while line >= 0:
            if _LABEL.match(text, line + 1, end):
                out.append((start, line))
                start = line + 1
            line = text.find("\n", line + 1, end)
        out.append((start, end))
    return out


def _speaker(ctx: Context, label: str) -> tuple[int | None, str] | None:
    """(entity, name) for a label that names a person: titles and a name, or a surname found elsewhere
    (not a role in the exchange: 'REPORTER:', 'AUDIENCE MEMBER:')."""
    if " ".join(label.split()).casefold() in TRANSCRIPT_ROLE_LABELS:
        return None
    words = label.split()
    surname = words[-1].strip(".").casefold()
    for e in ctx.doc.entities:
        if e.kind == "person" and e.name.split()[-1].casefold() == surname:
            return e.index, e.name
    k = 0
    while k < len(words) and words[k].casefold() in _TITLE_WORDS:
        k += 1
    if k == 0 or not 0 < len(words) - k <= _NAME_WORDS:
        return None
    words = [w.capitalize() if w.isupper() else w for w in words]
    if words[k - 1].casefold() in RANKS_AND_HONORIFICS:
        return None, " ".join(words)  # 'MS. BERG': a courtesy, no office, and no one named elsewhere
    # 'FOREIGN MINISTER MARSUDI', named nowhere else: the speaker the label names, with the office
    # and the side every reader knows of a well-known holder ('PRIME MINISTER TRUDEAU')
    entities = ctx.doc.entities
    name, role = " ".join(words[k:]), " ".join(words[:k])
    words_of = name_words(name)
    side = side_of(words_of) if len(words_of) > 1 else surname_side(ctx.doc, name, role)
    entities.append(Entity(len(entities), "person", name, role=role, affiliation=side))
    return len(entities) - 1, entities[-1].name
