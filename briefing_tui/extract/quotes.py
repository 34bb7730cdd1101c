"""Quoted passages: where each one opens and closes, paragraph by paragraph.

Cleaning turns curly quote marks into straight ones without moving any
offset, so the shape of a mark (opening or closing) is read from the
original text at the same offset when it was curly, and guessed from its
neighbours when it was straight. A quote left open at the end of a
paragraph is the press convention for a quote that carries on in the next
paragraph (which repeats the opening mark): it is kept, marked unclosed. A
mark that opens and never closes does not swallow a later sentence or line
that reads as narrative ('Ruiz said ...'): the quote ends before it. A paragraph
whose first mark closes a quote before its attribution ('... calm," Ruiz said')
is quoted from its start: the opening mark was lost, or the quote ran on from an
open one a paragraph or two before without repeating it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_DOUBLE = '"\u201c\u201d\u201e\u00ab\u00bb'
_OPENERS = "\u201c\u201e\u00ab"
_CLOSERS = "\u201d\u00bb"
_SINGLE = "'\u2018\u2019\u201a\u201b"
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_NEWLINE = re.compile(r"\n")
_INDENT = re.compile(r"[ \t]*")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?")
# A sentence or line that opens with a name or a third-person pronoun and a speech verb
# ('Ruiz said', 'Foreign Minister Ana Ruiz told', 'She added'): the writer's narrative,
# not the words of a quote left open before it. 'I/We/You said' may be quoted speech.
_NARRATIVE = re.compile(
    r"(?:[.!?][\"')\]]*[ \t]+|\n\s*)"
    r"(?!(?:I|We|You|My|Our|Your)\b)(?:[A-Z][\w'\u2019.-]*[ \t]+){1,5}"
    r"(?:also[ \t]+)?(?:said|says|told|tells|added|adds|stated|noted|stressed|explained|announced"
    r"|insisted|argued|replied|responded|recalled|wrote|tweeted|warned|urged)\b"
)


@dataclass(slots=True, frozen=True)
class Quote:
    """A quoted passage. ``start``/``end`` delimit the words inside the marks."""

    open: int
    close: int
    start: int
    end: int
    closed: bool
    paragraph: int

    def words(self, text: str) -> int:
        return len(_WORD.findall(text, self.start, self.end))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blank-line separated when the text has blank lines, else line by line. A span
    opens on its words, past an indent (or a list bullet, which cleaning made spaces): "    \"We agreed,\" ..."
    is a quote's paragraph."""
    splitter = _BLANK_LINE if _BLANK_LINE.search(text) else _NEWLINE
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in splitter.finditer(text):
        if text[pos : m.start()].strip():
            spans.append((_past_indent(text, pos, m.start()), m.start()))
        pos = m.end()
    if text[pos:].strip():
        spans.append((_past_indent(text, pos, len(text)), len(text)))
    return spans


def _past_indent(text: str, pos: int, end: int) -> int:
    """Where a paragraph's words open: past its indent, if any."""
    m = _INDENT.match(text, pos, end)
    return m.end() if m and m.end() < end else pos


def _positions(text: str, marks: str) -> list[int]:
    """Offsets of every character of ``marks`` in ``text``, in order.

    ``str.find`` skips to each mark at memchr speed; a regex character class would
    test every character of the article in turn.
    """
    out: list[int] = []
    for ch in marks:
        i = text.find(ch)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1)
    out.sort()
    return out


def _between(positions: list[int], lo: int, hi: int) -> list[int]:
    return positions[bisect.bisect_left(positions, lo) : bisect.bisect_left(positions, hi)]


def _shape(text: str, original: str, i: int) -> str:
    """'open', 'close' or 'either' for the double quote mark at ``i``."""
    ch = original[i] if i < len(original) and original[i] in _DOUBLE else text[i]
    if ch in _OPENERS:
        return "close" if ch == "\u201c" and _glued_closer(text, i) else "open"
    if ch in _CLOSERS:
        return "close"
    return "either"


def _glued_closer(text: str, i: int) -> bool:
    """'... a letter from Paris“, he told': a left mark glued to the end of a word or a stop and
    followed by a space or a comma closes a quote, as German setting (and many a keyboard) has it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isalnum() or before in ".,!?") and (after.isspace() or after in ",.;:")


def _looks_opening(text: str, i: int, para_start: int) -> bool:
    before = text[i - 1] if i > para_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{-:;,\u2014\u2013/") and not after.isspace()


def _glued_opening(text: str, i: int, para_start: int) -> bool:
    """'... reforms."Under a new plan, ...': a mark after a full stop and before a capital, the space
    lost in copying: an opening mark when no quote is open, else the closing one."""
    return (
        i - 2 >= para_start
        and text[i - 1] in ".!?"
        and text[i - 2].islower()
        and text[i + 1 : i + 2].isupper()
    )


_HEADING_WORDS = 4  # words of a crosshead glued to the paragraph under it


def _glued_heading(text: str, i: int, para_start: int) -> bool:
    """'Black-tie dinner"More nations must ...': a short heading glued, its line break lost in copying,
    to the quote that opens the paragraph under it: a mark between a lower-case and a capital letter,
    after a few words that end no sentence at the paragraph's start."""
    if not (i > para_start and text[i - 1].islower() and text[i + 1 : i + 2].isupper()):
        return False
    head = text[para_start:i]
    return len(head.split()) <= _HEADING_WORDS and not any(c in head for c in '.!?,;:"')


_SPEECH_WORD_BEFORE = re.compile(r"\b(?:saying|stating|said|says|stated|adding|added|wrote|writing)$")


def _closer_opening(text: str, original: str, marks: list[int], n: int, p_start: int) -> bool:
    """'... stated that \u201d there is no progress\u201d on Monday': a right mark set after a space (or glued
    to a verb of saying), before the words it opens, where no quote is open, and another right mark glued
    to the words after it: some keyboards set every double mark as a right one."""
    i = marks[n]
    if original[i] != "\u201d" or n + 1 >= len(marks):
        return False
    if (
        i > p_start
        and not text[i - 1].isspace()
        and not _SPEECH_WORD_BEFORE.search(text, max(p_start, i - 12), i)
    ):
        return False  # '... by stating\u201d government ...': glued to the verb that introduces it
    after = text[i + 2 : i + 3] if text[i + 1 : i + 2] == " " else text[i + 1 : i + 2]
    close = marks[n + 1]
    return after.isalpha() and original[close] == "\u201d" and not text[close - 1].isspace()


def _looks_closing(text: str, i: int, para_start: int) -> bool:
    before = text[i - 1] if i > para_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (
        before == " "
        and i - 1 > para_start
        and text[i - 2] in ",.!?"
        and (after.isspace() or after in ",.;:")
    ):
        return True  # '"..., " he said': a stray space between the closing punctuation and the mark
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def find_quotes(
    text: str, original: str | None = None, paras: list[tuple[int, int]] | None = None
) -> list[Quote]:
    """Every quoted passage in ``text``, in order; never nested, never across paragraphs.

    Double quotes first; single quotes ('British style') only outside them and
    only when they close, since an open single quote is usually an apostrophe.
    """
    original = original if original is not None and len(original) == len(text) else text
    text = _paired_apostrophes(text)
    doubles_at = _positions(text, _DOUBLE)
    singles_at = _positions(text, _SINGLE)
    out: list[Quote] = []
    if not doubles_at and not singles_at:
        return out
    spans = paragraphs(text) if paras is None else paras
    carried: list[int] | None = None  # mark-less paragraphs after a quote left open at its paragraph's end
    reorder = False  # a carried paragraph's quote is found after the single quotes in it
    for para, (p_start, p_end) in enumerate(spans):
        before = len(out)
        marks = _between(doubles_at, p_start, p_end)
        orphan = bool(marks) and (
            _orphan_close(text, original, marks[0], p_start)
            or carried is not None
            and len(marks) == 1
            and _closes_paragraph(text, original, marks[0], (p_start, p_end))
        )
        if orphan:
            for k in carried or ():
                out.append(_from_start(text, spans[k][0], spans[k][1], False, k))
                reorder = True
            out.append(_from_start(text, p_start, marks[0], True, para))
        doubles = _double_quotes(text, original, marks[1:] if orphan else marks, (p_start, p_end), para)
        pos = p_start
        for q in doubles:
            out += _single_quotes(text, _between(singles_at, pos, q.open), pos, q.open, para)
            out.append(q)
            pos = q.close + 1
        found = len(out)
        out += _single_quotes(text, _between(singles_at, pos, p_end), pos, p_end, para)
        if not doubles and len(out) == found and para + 1 < len(spans):
            single = _single_carried_on(text, (p_start, p_end), spans[para + 1][0], para)
            if single is not None:
                out.append(single)
        if doubles and not doubles[-1].closed and doubles[-1].close >= p_end:
            carried = []
        elif carried is not None and len(carried) < _CARRIED_MAX and not marks and len(out) == before:
            carried.append(para)
        else:
            carried = None
    if reorder:
        out.sort(key=lambda q: q.open)
    return [q for q in out if q.end > q.start]


_CARRIED_MAX = 2  # paragraphs a quote runs on without marks before the one that closes it
# the attribution after a closing mark: '," Ruiz said', '," she added', '," said Ana Ruiz'
_SAID_AFTER = re.compile(
    r"[ \t]+(?:(?:[A-Z][\w'\u2019.-]*[ \t]+){1,5}|(?:he|she|they|it)[ \t]+)?(?:also[ \t]+)?"
    r"(?:said|says|told|tells|added|adds|stated|noted|stressed|explained|insisted|argued|replied"
    r"|responded|recalled|wrote|warned|urged|complained|declared|continued)\b"
)


def _orphan_close(text: str, original: str, i: int, p_start: int) -> bool:
    """Whether the paragraph's first mark, at ``i``, closes a quote whose opening mark is missing:
    words before it, the quote's own comma or stop glued to it, and the attribution after it
    ('We will stay calm," Ruiz said'). The opening mark was lost in copying, or the quote carried
    on from a paragraph before without repeating it."""
    if i - 2 < p_start or text[i - 1] not in ",.!?" or not text[i - 2].isalnum():
        return False
    if _shape(text, original, i) == "open":
        return False
    return _SAID_AFTER.match(text, i + 1, i + 60) is not None


def _closes_paragraph(text: str, original: str, i: int, span: tuple[int, int]) -> bool:
    """Whether the mark at ``i`` closes, after a full stop, the paragraph's last sentence: with a quote
    left open at the end of the paragraph before, the words up to it carry that quote on, though the
    paragraph does not open with a mark again ('"I welcome you.\n\nWe had good talks."')."""
    if (
        i - 2 < span[0]
        or text[i - 1] not in ".!?"
        or not text[i - 2].isalnum()
        or text[i + 1 : span[1]].strip()
    ):
        return False
    return _shape(text, original, i) != "open"


_CARRIED_END = re.compile(r"[.!?\u2026][\s\u2019']*$")


def _single_carried_on(text: str, span: tuple[int, int], next_start: int, para: int) -> Quote | None:
    """A paragraph that opens with a single mark, never closes it and ends a sentence, before a
    paragraph that opens with a mark again: the press convention for a quote over paragraphs,
    in single marks ("'We talked at length.\n'It was a good meeting,' he said")."""
    p_start, p_end = span
    first = text[p_start]
    if first not in _SINGLE or not text[p_start + 1 : p_start + 2].isalnum() or text[next_start] != first:
        return None
    if not text[next_start + 1 : next_start + 2].isalnum() or not _CARRIED_END.search(text, p_start, p_end):
        return None
    return _make(text, p_start, _narrative_end(text, p_start, p_end), False, para)


def _paired_apostrophes(text: str) -> str:
    """``text`` with each two-apostrophe quote mark (''like this,'' she said) read as one double mark.

    Some wires type a double quote as two apostrophes. The pair becomes a blank and a double mark
    on the side of the words, so every offset stays put and the blank is trimmed off the quote.
    """
    i = text.find("''")
    if i < 0:
        return text
    chars = list(text)
    while i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + 2] if i + 2 < len(text) else " "
        if (before.isspace() or before in "([-:\u2014\u2013") and after.isalnum():
            chars[i], chars[i + 1] = " ", '"'
        elif not before.isspace() and (after.isspace() or not after.isalnum()):
            chars[i], chars[i + 1] = '"', " "
        i = text.find("''", i + 2)
    return "".join(chars)


def double_quotes_in(text: str, original: str | None, start: int, end: int) -> list[Quote]:
    """The straight double-quoted passages of the paragraph ``text[start:end]`` alone.

    For the sentence splitter, which needs them only in the odd paragraph with an
    unpaired mark: it finds that paragraph's marks, not the whole article's.
    """
    original = original if original is not None and len(original) == len(text) else text
    marks: list[int] = []
    i = text.find('"', start, end)
    while i >= 0:
        marks.append(i)
        i = text.find('"', i + 1, end)
    return [q for q in _double_quotes(text, original, marks, (start, end), 0) if q.end > q.start]


def _double_quotes(
    text: str, original: str, marks: list[int], span: tuple[int, int], para: int
) -> list[Quote]:
    """Pair the double quote ``marks`` of the paragraph ``span``."""
    out: list[Quote] = []
    p_start, p_end = span
    opened: int | None = None
    skip_to = -1  # the closing mark of a nested quote, read as part of the outer one
    for n, i in enumerate(marks):
        if i <= skip_to:
            continue
        shape = _shape(text, original, i)
        if opened is None:
            if (
                shape == "open"
                or _looks_opening(text, i, p_start)
                or _glued_opening(text, i, p_start)
                or _glued_heading(text, i, p_start)
                or _closer_opening(text, original, marks, n, p_start)
            ):
                opened = i
            continue
        if _closes(text, original, i, p_start):
            out.append(_make(text, opened, i, True, para))
            opened = None
        elif _looks_opening(text, i, p_start):
            if _nested(text, original, marks, n, opened, p_start):
                skip_to = marks[n + 1]  # 'the so-called "memorandum" ...' inside a long quote
                continue
            # a fresh opening mark: the last one never closed
            out.append(_make(text, opened, _narrative_end(text, opened, i), False, para))
            opened = i
    if opened is not None:
        out.append(_make(text, opened, _narrative_end(text, opened, p_end), False, para))
    return out


def _narrative_end(text: str, opened: int, end: int) -> int:
    """Where the quote opened at ``opened`` and never closed ends: ``end``, or before the
    first later sentence or line that reads as narrative ('... ready. Ruiz said the talks ...').

    A writer who forgets a closing mark goes on with the story; its reported speech must not
    be read as quoted. Only unclosed quotes are searched, so the cost is small.
    """
    m = _NARRATIVE.search(text, opened + 1, end)
    if m is None:
        return end
    return m.start() + 1 if text[m.start()] in ".!?" else m.start()


def _closes(text: str, original: str, i: int, p_start: int) -> bool:
    """Whether the mark at ``i`` closes the quote open before it; glued to the next sentence too
    ('... ready."The talks ended'), the space after it lost."""
    shape = _shape(text, original, i)
    return shape == "close" or (
        shape == "either" and (_looks_closing(text, i, p_start) or _glued_opening(text, i, p_start))
    )


_NESTED_MAX_WORDS = 6  # a quote inside a quote is a term or a title: short
_NESTED_MIN_OUTER_WORDS = 8  # and the quote around it is speech: long


def _nested(text: str, original: str, marks: list[int], n: int, opened: int, p_start: int) -> bool:
    """Whether the opening mark ``marks[n]`` starts a short quote nested in the long one open at ``opened``.

    Writers often keep double marks inside double marks ('"... the so-called "memorandum" that ...," he
    said'): the inner pair closes soon, and a closing mark for the outer quote follows later.
    """
    if n + 2 >= len(marks) or not _closes(text, original, marks[n + 1], p_start):
        return False
    inner, after = marks[n + 1], marks[n + 2]
    if len(_WORD.findall(text, marks[n], inner)) > _NESTED_MAX_WORDS:
        return False
    if len(_WORD.findall(text, opened, marks[n])) < _NESTED_MIN_OUTER_WORDS:
        return False
    return _closes(text, original, after, p_start) and not _looks_opening(text, after, p_start)


def _single_quotes(text: str, marks: list[int], lo: int, hi: int, para: int) -> list[Quote]:
    """'Like this,' he said: an opening mark before a word, a closing one after punctuation or before it.

    ``marks`` are the single quote marks in ``[lo, hi)``.
    """
    out: list[Quote] = []
    opened: int | None = None
    for i in marks:
        before = text[i - 1] if i > lo else " "
        after = text[i + 1] if i + 1 < hi else " "
        if opened is None:
            if (before.isspace() or before in "([-\u2014\u2013") and after.isalnum():
                opened = i
            continue
        spaced = before == " " and i - 2 > opened and text[i - 2] in ",.!?" and after.isspace()
        if spaced or (
            not before.isspace() and not after.isalnum() and (before in ".,!?\u2026" or after in ",.;:!?)")
        ):  # 'Like this, ' he said: a stray space between the closing punctuation and the mark
            q = _make(text, opened, i, True, para)
            if " " in text[q.start : q.end]:
                out.append(q)
            opened = None
    return out


def _from_start(text: str, p_start: int, close: int, closed: bool, para: int) -> Quote:
    """A quote that runs from its paragraph's start, where no mark opens it."""
    start, end = _trimmed(text, p_start, close)
    return Quote(open=p_start, close=close, start=start, end=end, closed=closed, paragraph=para)


def _make(text: str, open_: int, close: int, closed: bool, para: int) -> Quote:
    start, end = _trimmed(text, open_ + 1, close)
    return Quote(open=open_, close=close, start=start, end=end, closed=closed, paragraph=para)
