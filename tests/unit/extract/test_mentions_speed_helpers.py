"""The mention stage's fast paths give what the plain searches they replace would give."""

from __future__ import annotations

import re
from datetime import date
from operator import attrgetter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_tui.extract import mentions, mentionwords, rolenouns
from briefing_tui.extract.document import Document, Mention, Sentence
from briefing_tui.extract.lexicon.words import FUNCTION_WORDS, NAME_PARTICLES, NAME_SUFFIXES
from briefing_tui.extract.tokens import tokenize

# The pronoun pattern as first written: the fast one must find exactly its matches.
_PLAIN_PRONOUN = re.compile(r"\b(?:he|his|him|her|she|they|them|their|its|himself|herself)\b", re.IGNORECASE)

TRICKY = [
    "He said his team would meet them; she and her aides left.",
    "The theme: their THEIR Their, its it's ITS, HIMSELF herself.",
    "x_he he_ _his 3he he3 he-man anti-him their's he'd",
    "ſhe İts ıts KHe éhe he\u0301 U.S.he a.b.his 3,he",
    "Shell, this, those, hers, itself, heir, the",
]


@pytest.mark.parametrize("text", TRICKY)
def test_pronoun_pattern_matches_the_plain_one(text: str) -> None:
    fast = [m.span() for m in mentionwords.PRONOUN_PATTERN.finditer(text)]
    assert fast == [m.span() for m in _PLAIN_PRONOUN.finditer(text)]


@pytest.mark.parametrize("text", TRICKY)
def test_pronouns_searched_in_words_equal_a_search_of_the_sentence(text: str) -> None:
    doc = Document(original=text, text=text, published=date(2024, 1, 1))
    doc.sentences = [Sentence(0, 0, len(text))]
    doc.tokens = [tokenize(text)]
    mentions.find(doc)
    found = [(m.start, m.end) for m in doc.mentions if m.kind == "pronoun"]
    assert found == [m.span() for m in _PLAIN_PRONOUN.finditer(text)]


@pytest.mark.parametrize(
    ("sentence", "shouting"),
    [
        ("CHINA SAYS TALKS WILL GO ON", True),
        ("China says talks will go on", False),
        ("ABCDE ab", True),
        ("ABCD ab", False),
        ("ABC", False),
        ("“WANG YI” MEETS ÉLYSÉE AIDES — REUTERS", True),
    ],
)
def test_shouting_counts_ascii_letters(sentence: str, shouting: bool) -> None:
    doc = Document(original=sentence, text=sentence, published=date(2024, 1, 1))
    doc.sentences = [Sentence(0, 0, len(sentence))]
    assert mentions._shouting(doc) == [shouting]


def _known_at_by_scan(tokens, i: int, end: int):  # noqa: ANN001, ANN202 - the reference scan
    for entry in mentionwords.KNOWN.get(tokens[i].text, []):
        n = len(entry.words)
        if i + n <= end and tuple(t.text for t in tokens[i : i + n]) == entry.words:
            return entry
    return None


def test_known_at_finds_the_longest_entry_a_scan_finds() -> None:
    text = "the U.S. State Department and the United States of America met Saudi Arabia and Abu Dhabi, UK"
    tokens = tokenize(text)
    for i in range(len(tokens)):
        for end in range(i + 1, len(tokens) + 1):
            assert mentionwords.known_at(tokens, i, end) == _known_at_by_scan(tokens, i, end)


def test_known_start_class_marks_every_word_known_at_can_start_from() -> None:
    # the scan asks known_at only at words with the KNOWN_START class
    text = "the U.S. State Department and the United States of America met Saudi Arabia, UK, EU and Abu Dhabi"
    tokens = tokenize(text)
    for i, tok in enumerate(tokens):
        if not mentionwords.word_class(tok.text) & mentionwords.KNOWN_START:
            assert mentionwords.known_at(tokens, i, len(tokens)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Wang Yi said",
        'Josaia Voreqe "Frank" Bainimarama met Ursula von der Leyen and Martin Luther King Jr. today',
        "The Foreign Minister Sergei Lavrov and Hun Sen.",
        "Dr. Sultan Al Jaber and Sheikh Mohamed bin Zayed al-Nahyan of the UAE",
    ],
)
def test_name_words_plain_class_skips_only_words_name_end_reads_first(text: str) -> None:
    # name_end takes a NAME_WORD without NAME_MARK or FUNCTION at once: none of its earlier tests applies to it
    for tok in tokenize(text):
        plain = mentionwords.word_class(tok.text) & (
            mentionwords.NAME_WORD | mentionwords.NAME_MARK | mentionwords.FUNCTION
        )
        if plain == mentionwords.NAME_WORD:
            assert tok.text not in NAME_PARTICLES | NAME_SUFFIXES | {'"'} | FUNCTION_WORDS


def test_two_stable_sorts_order_mentions_as_the_start_and_length_key() -> None:
    spans = [(5, 9, "a"), (5, 12, "b"), (0, 3, "c"), (5, 12, "d"), (0, 4, "e"), (5, 9, "f"), (2, 2, "g")]
    found = [Mention(s, e, t, "person") for s, e, t in spans]
    found.sort(key=attrgetter("end"), reverse=True)
    found.sort(key=attrgetter("start"))
    keyed = sorted(
        (Mention(s, e, t, "person") for s, e, t in spans), key=lambda m: (m.start, -(m.end - m.start))
    )
    assert [m.text for m in found] == [m.text for m in keyed]


_SPANS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda p: (p[0], p[0] + p[1])), max_size=12
)


@given(spans=_SPANS, start=st.integers(0, 70), length=st.integers(1, 15))
def test_taken_spans_near_a_range_hold_every_span_overlapping_it(
    spans: list[tuple[int, int]], start: int, length: int
) -> None:
    end = start + length
    near = rolenouns.Taken(spans).near(start, end)
    assert {(a, b) for a, b in spans if a < end and start < b} <= set(near)


def test_title_base_needs_a_hyphen_for_a_grade_or_a_suffix() -> None:
    # _title_base returns a word without "-" as it is: every grade graded_office strips ends on one
    from briefing_tui.extract.lexicon import titles

    assert all(grade.endswith("-") for grade in titles._GRADES)
    for low in ("vice-minister", "deputy-governor", "governor-elect", "gov.-elect", "minister.", "minister"):
        base = mentionwords._title_base(low)
        graded = titles.graded_office(low.rstrip("."))
        assert base == (graded or low.rstrip(".").removesuffix("-elect").rstrip("."))


def _classify_by_predicates(text: str) -> int:  # the reference: each predicate asked on its own
    mw = mentionwords
    tok = mw.Token(0, len(text), text, text[:1].isupper(), text.lower())
    title = tok.cap and mw._title_base(tok.low) in mw._TITLE_WORDS
    head = mw._title_base(tok.low) in mw.HEADS_AND_RANKS
    return (
        (mw.CAPISH if mw.capish(tok) else 0)
        | (mw.TITLE if title else 0)
        | (mw.HEAD_OR_RANK if head else 0)
        | (mw.NAME_WORD if mw.is_name_word(tok) else 0)
        | (mw.ACRONYM if mw.is_acronym(tok) else 0)
        | (mw.ORG_HEAD if text in mw.orgs.HEADS else 0)
        | (mw.TITLE_HEAD if title and head else 0)
        | (mw.ROLE_OPENER if tok.low in mw.DETERMINERS or text in mw._ROLE_OPENERS else 0)
        | (
            mw.ROLE_HEAD
            if tok.low in mw.BODY_NOUNS or tok.low in mw.ROLE_NOUNS or mw.is_office_word(tok.low)
            else 0
        )
        | (mw.FUNCTION if text in FUNCTION_WORDS else 0)
        | (mw.KNOWN_START if mw._bucket_of(text) is not None else 0)
        | (mw.POSSESSED if text in mw.orgs.POSSESSED_HEADS else 0)
        | (mw.RUN_GOES_ON if mw.capish(tok) or text in mw._RUN_INNER or mw.ELIDED_CAPITAL.match(text) else 0)
        | (mw.PRONOUN if mw.PRONOUN_PATTERN.search(text) else 0)
        | (mw.TITLE_MODIFIER if tok.low in mw.TITLE_MODIFIERS else 0)
        | (mw.NAME_MARK if text in mw._NAME_MARKS else 0)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Vice-Minister",
        "vice-minister",
        "Deputy-Governor",
        "Governor-Elect",
        "president-elect",
        "Gov.",
        "Gov.-elect",
        "President",
        "president",
        "Minister.",
        "al-Maliki",
        "Al-Maliki",
        "d'Ivoire",
        "Xi",
        "FMs",
        "U.S.",
        "NATO",
        "ASEAN-GCC",
        "Israel-Hamas",
        "He",
        "their",
        "Koreas",
        "I've",
        "Under-Secretary-General",
        "the",
        "The",
        "of",
        "-",
        ".",
        "'s",
        "Ambassador",
        "Sheikh",
        "Dr",
        "Jr.",
        "bin",
        "Việt",
        "Chargé",
    ],
)
def test_classify_gives_each_predicates_bits(text: str) -> None:
    assert mentionwords._classify(text) == _classify_by_predicates(text)


@given(st.text(alphabet="aAeEiIvV-.'sSdDlL", max_size=12))
def test_classify_gives_each_predicates_bits_on_any_word(text: str) -> None:
    assert mentionwords._classify(text) == _classify_by_predicates(text)


ROLE_SENTENCES = [
    "The minister met his Palestinian counterpart and Saudi Arabia's top diplomat.",
    "Biden's national security adviser, Jake Sullivan, spoke to the foreign ministry.",
    "Chinese foreign ministry officials and the Iranian embassy said the general would go.",
    "Mali's elected president, X, met the country's ousted civilian leader, Y, and the EU commissioner.",
    "the alliance's secretary general visited China's commerce ministry with the deputy foreign minister.",
    "The head of the European Commission and Japan's new prime minister, Z, met the ambassador to France.",
    "His spokesman said their envoy and its chairman would see the Saudi crown prince.",
]


@pytest.mark.parametrize("text", ROLE_SENTENCES)
def test_every_role_description_ends_on_a_role_head_after_its_opener(text: str) -> None:
    # role_nouns tries only the openers before the sentence's last ROLE_HEAD word: each description
    # holds one at or after its head_start, which lies after its opener
    doc = Document(original=text, text=text, published=date(2024, 1, 1))
    tokens = tokenize(text)
    classes = [mentionwords.word_class(t.text) for t in tokens]
    found = rolenouns.role_nouns(doc, 0, tokens, classes, rolenouns.Taken([]))
    assert found
    for m in found:
        assert any(
            c & mentionwords.ROLE_HEAD and m.head_start <= t.start and t.end <= m.end
            for t, c in zip(tokens, classes, strict=True)
        ), m


def test_office_word_test_without_a_hyphen_is_a_title_head_lookup() -> None:
    # _classify asks is_office_word only of a hyphenated word: any other is one only as a title head
    from briefing_tui.extract.lexicon import titles
    from briefing_tui.extract.lexicon.english import _words

    lows = set(_words()) | titles.TITLE_HEADS | titles.TITLE_MODIFIERS | titles.ROLE_NOUNS
    lows |= (
        titles.RANKS_AND_HONORIFICS | {w + "." for w in titles.TITLE_HEADS} | {"prime", "elect", "designate"}
    )
    for low in lows:
        assert mentionwords._office_word(low) == titles.is_office_word(low), low
        if "-" not in low:
            assert titles.is_office_word(low) == (low in titles.TITLE_HEADS), low
    for head in titles.TITLE_HEADS:
        for word in (f"vice-{head}", f"{head}-elect", f"{head}-designate", f"prime-{head}-elect"):
            assert mentionwords._office_word(word) == titles.is_office_word(word), word
