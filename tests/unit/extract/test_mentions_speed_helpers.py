"""The mention stage's fast paths give what the plain searches they replace would give."""

from __future__ import annotations

import re
from datetime import date

import pytest

from briefing_tui.extract import mentions
from briefing_tui.extract.document import Document, Sentence
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
    fast = [m.span() for m in mentions._PRONOUN.finditer(text)]
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
    for entry in mentions.KNOWN.get(tokens[i].text, []):
        n = len(entry.words)
        if i + n <= end and tuple(t.text for t in tokens[i : i + n]) == entry.words:
            return entry
    return None


def test_known_at_finds_the_longest_entry_a_scan_finds() -> None:
    text = "the U.S. State Department and the United States of America met Saudi Arabia and Abu Dhabi, UK"
    tokens = tokenize(text)
    for i in range(len(tokens)):
        for end in range(i + 1, len(tokens) + 1):
            assert mentions.known_at(tokens, i, end) == _known_at_by_scan(tokens, i, end)
