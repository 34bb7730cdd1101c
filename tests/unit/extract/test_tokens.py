"""Word tokens: offsets, classes, and the fast pattern agreeing with the plain one."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_tui.extract import tokens

# The token pattern as first written, with ordinary (backtracking) repeats.
_PLAIN = re.compile(
    r"(?=[^\s_])(?:(?:[A-Za-z]\.){2,}|'s\b|[^\W\d_][\w]*(?:-[\w]+|'(?!s\b)[\w]+)*|\d[\d,.]*\w*|[^\w\s])"
)

TABLE = [
    ("U.S. envoy", ["U.S.", "envoy"]),
    ("China's minister", ["China", "'s", "minister"]),
    ("al-Maliki and O'Brien", ["al-Maliki", "and", "O'Brien"]),
    ("$3,000.50 in 2023a", ["$", "3,000.50", "in", "2023a"]),
    ("Oct. 7 and 12.5 percent", ["Oct", ".", "7", "and", "12.5", "percent"]),
    ("e.g. a.m. U.A.E.", ["e.g.", "a.m.", "U.A.E."]),
    ("don't -- well_known", ["don't", "-", "-", "well_known"]),
    ("re-elected co-chair-", ["re-elected", "co-chair", "-"]),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_tokens_cut_as_news_text_needs(text: str, expected: list[str]) -> None:
    assert [t.text for t in tokens.tokenize(text)] == expected


def test_tokens_keep_offsets_into_the_text_and_their_classes() -> None:
    text = "  Wang Yi met U.S. officials."
    for tok in tokens.tokenize(text, 2):
        assert text[tok.start : tok.end] == tok.text
        assert tok.cap == tok.text[0].isupper()
        assert tok.low == tok.text.lower()


_NEWSY = st.text(alphabet=st.sampled_from(list("aAbZ.,'-_ s3\u00e9\u00c9\n\u2019")), max_size=60)


@given(text=st.one_of(_NEWSY, st.text(max_size=40)))
def test_the_fast_pattern_cuts_exactly_as_the_plain_one(text: str) -> None:
    assert [m.span() for m in tokens._TOKEN.finditer(text)] == [m.span() for m in _PLAIN.finditer(text)]


def test_words_fast_path_cuts_every_lexicon_phrase_as_tokenize_does() -> None:
    from briefing_tui.extract.lexicon import orgs
    from briefing_tui.extract.lexicon.countries import CAPITALS, DEMONYMS, NAMES
    from briefing_tui.extract.lexicon.words import PLACES

    phrases = [
        *NAMES,
        *DEMONYMS,
        *CAPITALS,
        *orgs.KNOWN,
        *PLACES,
        "People's Republic of China",
        "U.S. Senate",
        "a  b",
    ]
    for phrase in phrases:
        assert tokens.words(phrase) == tuple(t.text for t in tokens.tokenize(phrase)), phrase
