"""The regex gates find what a search of the whole text finds."""

from __future__ import annotations

import re
from datetime import date

from briefing_tui.extract.coref import _SHARED_HEADS
from briefing_tui.extract.document import Document
from briefing_tui.extract.gates import finditer_at, finditer_in_lines, lines_with, word_starts
from briefing_tui.extract.mentions import _SPEAKING_OFFICE
from briefing_tui.extract.statementcontext import MADE_STATEMENT, _made_statement_in
from briefing_tui.extract.timexes import (
    _ANCHOR_GROUPS,
    _CAPITALS,
    _LETTERS,
    _anchor_word_ends,
    _hits,
    _lowered,
)

TEXT = (
    "Yoon's office said on Monday it would reply.\n\n"
    "According to the presidential office, the talks went well. The Argentine Presidency said so.\n"
    "Nothing here.\n"
    "The presidents of Chile and Argentina met; the Prime Ministers of\nSpain and Portugal too.\n"
    "He made these remarks after he said this"
)


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_lines_with_gives_each_line_once_in_order() -> None:
    text = "a office b\nno\nOffice office\nlast office"
    assert lines_with(text, ("ffice",)) == [(0, 10), (14, 27), (28, 39)]


def test_finditer_in_lines_matches_the_whole_text_search() -> None:
    got = _spans(finditer_in_lines(_SPEAKING_OFFICE, TEXT, ("ffice", "residency")))
    assert got == _spans(_SPEAKING_OFFICE.finditer(TEXT))
    assert len(got) == 3


def test_finditer_at_matches_the_whole_text_search_across_a_newline() -> None:
    starts = word_starts(TEXT, ("resident", "rime ", "oreign "), back=1)
    got = _spans(finditer_at(_SHARED_HEADS, TEXT, starts))
    assert got == _spans(_SHARED_HEADS.finditer(TEXT))
    assert len(got) == 2  # the second runs over a line break


def test_finditer_at_skips_starts_inside_a_match() -> None:
    pattern = re.compile(r"ab+")
    assert _spans(finditer_at(pattern, "abbb abb", [3, 0, 2, 5, 0])) == [(0, 4), (5, 8)]


def test_made_statement_found_where_its_verbs_are() -> None:
    assert _made_statement_in(TEXT) == bool(MADE_STATEMENT.search(TEXT))
    assert _made_statement_in("She said so.")
    assert not _made_statement_in("She said that.")


def test_made_statement_read_from_the_speech_verbs_matches_the_whole_text_search() -> None:
    import random

    from briefing_tui.extract.speech import speech_verbs

    words = ["said", "stated", "made", "gave", "revealed", "this", "so", "these", "the", "statement"]
    words += ["remarks", "un", "x", "called on", "did note", "unsaid", "saidx", "This"]
    gaps = [" ", " ", "  ", "\n", ",", "-", "(", " \u00a0", ""]
    rnd = random.Random(5)
    found = 0
    for _ in range(3000):
        text = "".join(rnd.choice(words) + rnd.choice(gaps) for _ in range(rnd.randint(1, 8)))
        expected = bool(MADE_STATEMENT.search(text))
        assert _made_statement_in(text, speech_verbs(text)) == expected, text
        found += expected
    assert found > 50  # the search finds some, so both answers are tried


def test_any_in_looks_only_inside_the_stretch() -> None:
    from briefing_tui.extract.gates import any_in

    assert any_in("he was joined by her", ("joined", "flanked"), 0, 20)
    assert not any_in("he was joined by her", ("joined",), 8, 20)  # "joined" starts at 7


def test_word_gates_hold_for_every_match() -> None:
    """Each gated pattern's matches hold one of its gate's words: a stretch without them has none."""
    from briefing_tui.extract.contextaffiliations import _ESCORT_WORDS, _ESCORTED_BY
    from briefing_tui.extract.meetingasides import _ASIDE_OPENING_ALONE, _PARTICIPLE_ASIDE
    from briefing_tui.extract.meetingtripdays import _RETURN_LATER
    from briefing_tui.extract.reportedclauses import _OWN_FEELING

    escort = "He will be accompanied by X. Her delegation to the United Nations will also include Y."
    assert [m.group() for m in _ESCORTED_BY.finditer(escort)]
    for m in _ESCORTED_BY.finditer(escort):
        assert any(w in m.group() for w in _ESCORT_WORDS)
    feeling = "noted the talks were useful and expressed his gratitude to X"
    assert _OWN_FEELING.search(feeling) and "expressed" in _OWN_FEELING.search(feeling).group()
    back = "The Prime Minister will fly back to Canberra on Friday"
    assert "back" in _RETURN_LATER.search(back).group()
    aside = "Y met Wong, sworn in as prime minister on Wednesday night, in Canberra."
    assert _PARTICIPLE_ASIDE.search(aside) and _ASIDE_OPENING_ALONE.search(aside)


# Gates that once tested a literal single space where their pattern reads any run of whitespace
# ("\s+"): each skipped text the pattern matches.


def test_shared_heads_gate_reads_any_whitespace_before_of() -> None:
    from datetime import date

    from briefing_tui.extract.pipeline import build_document

    text = (
        "The presidents  of Chile and Peru agreed on a road.\n\nChile's Ana Soto met her Peruvian "
        "counterpart Luis Vargas in Santiago."
    )
    doc = build_document(text, date(2023, 5, 2))
    got = {e.name: e.role for e in doc.entities if e.kind == "person"}
    assert got.get("Ana Soto") == "President" and got.get("Luis Vargas") == "President"


def test_made_statement_gate_reads_any_whitespace_after_the_verb() -> None:
    from datetime import date

    from briefing_tui.extract.pipeline import build_document
    from briefing_tui.extract.statementcontext import Context

    doc = build_document("Ties will grow. Ana Soto made  the statement in Lima.", date(2023, 5, 2))
    assert MADE_STATEMENT.search(doc.text)
    assert Context(doc).has_made_statement


def test_participle_aside_gate_reads_a_line_break_after_the_comma() -> None:
    from briefing_tui.extract.document import Timex
    from briefing_tui.extract.meetingasides import outside_asides
    from briefing_tui.extract.meetingcues import Hit

    text = "Tom Lind,\nsworn in as president on Monday night,\nalso spoke with Ama Boateng."
    day = text.index("Monday")
    verb = text.index("spoke")
    timex = Timex(day, day + 6, "Monday", "2024-05-13")
    assert outside_asides(text, [timex], Hit(verb, verb + 5, "call", "verb")) == []


def test_other_word_starts_read_non_ascii_breaks_and_skip_non_ascii_letters() -> None:
    from briefing_tui.extract.speech import _other_word_starts

    text = "\u201csaid he, caf\u00e9said \u2014told x-ray (noted_x \u00a0agreed"
    old = re.compile(r"[^\w ](?=[a-z])")  # the definition the bytes search stands for
    for lo, hi in ((0, len(text)), (3, 20), (10, 11), (len(text) - 6, len(text))):
        expected = [lo] + [m.start() + 1 for m in old.finditer(text, max(lo - 1, 0), hi)]
        assert _other_word_starts(text, lo, hi) == expected


def _hits_by_find(text: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """The anchor heads found one ``str.find`` pass per head, as _hits did before its one-pass search."""
    low = _lowered(text)
    chunks: list[int] = []
    kinds: dict[str, list[int]] = {"months": [], "weekdays": [], "agos": []}
    for head, words, kind in _ANCHOR_GROUPS:
        i = low.find(head)
        while i >= 0:
            if i == 0 or low[i - 1] not in _LETTERS:
                if _anchor_word_ends(low, i, words):
                    chunks.append(i)
                if kind == "agos" or (kind and text[i] in _CAPITALS):
                    kinds[kind].append(i)
            i = low.find(head, i + 1)
    return sorted(chunks), sorted(kinds["months"]), sorted(kinds["weekdays"]), sorted(kinds["agos"])


def test_anchor_heads_found_in_one_pass_as_by_one_find_per_head() -> None:
    text = (
        "Mayor Sun met in mid-March, éMarch, 5March, x_Monday and O'April; MONDAY's talks ago.\n"
        "Agony, Marchers, todays, today2, İstanbul Monday, ﬁnday, \u212aweek, yesterday-\tTue. Dec"
    )
    doc = Document(original=text, text=text, published=date(2024, 1, 1))
    hits = _hits(doc)
    chunks, months, weekdays, agos = _hits_by_find(text)
    assert [c for c in hits.chunks if not text[c].isdigit()] == chunks
    assert (hits.months, hits.weekdays, sorted(hits.agos)) == (months, weekdays, agos)
    assert len(months) >= 4 and len(weekdays) >= 3 and agos
