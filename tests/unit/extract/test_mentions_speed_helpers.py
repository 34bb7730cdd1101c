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
