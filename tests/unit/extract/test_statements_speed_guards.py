"""The statements stage's cheap tests and narrowed searches find exactly what the plain ones find."""

from __future__ import annotations

import random
import re

from briefing_tui.extract import statements
from briefing_tui.extract.gates import finditer_at, word_starts

_WORDS = [
    "statement",
    "statements",
    "misstatement",
    "announcement",
    "declaration",
    "assurance",
    "assurances",
    "pledge",
    "warning",
    "claim",
    "claims",
    "remarks",
    "comment",
    "comments",
    "accusation",
    "suggestion",
    "by",
    "from",
    "that",
    "the",
    "ministry",
    "Ruiz's",
    "Ruiz\u2019s",
    "referring",
    "to",
    "after",
    "was",
]
_SPACES = [" ", " ", " ", "  ", "\n", "\u00a0", ""]


def _texts(count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = [rng.choice(_WORDS) + rng.choice(_SPACES) for _ in range(rng.randint(1, 9))]
        out.append("".join(parts))
    return out


def _pattern_nouns(pattern: str, nouns: tuple[str, ...]) -> set[str]:
    """The words of the alternation in ``pattern`` that holds the first of ``nouns``."""
    group = re.search(r"\(\?:((?:[a-z]+\|)*" + nouns[0] + r"(?:\|[a-z]+)*)\)", pattern)
    assert group is not None
    return set(group.group(1).split("|"))


def test_noun_before_is_the_pairwise_test() -> None:
    for text in _texts(4000):
        by = any(f"{n}{w}" in text for n in statements._STATEMENT_NOUNS for w in statements._BY_FROM)
        assert statements._noun_before(text, statements._STATEMENT_NOUNS, statements._BY_FROM) == by, text
        that = any(f"{n}{w}" in text for n in statements._OWNED_NOUNS for w in statements._THAT)
        assert statements._noun_before(text, statements._OWNED_NOUNS, statements._THAT) == that, text


def test_statement_by_opens_on_its_nouns() -> None:
    # the patterns' alternations are the noun lists the guards and start positions are made from
    assert _pattern_nouns(statements._STATEMENT_BY.pattern, statements._STATEMENT_NOUNS) == set(
        statements._STATEMENT_NOUNS
    )
    assert _pattern_nouns(statements._OWNED_STATEMENT.pattern, statements._OWNED_NOUNS) == set(
        statements._OWNED_NOUNS
    )
    pattern = statements._STATEMENT_BY
    for text in _texts(4000, seed=12):
        text = text.replace("from ", "from the new government that ", 1)
        plain = [m.span() for m in pattern.finditer(text)]
        found = [m.span() for m in finditer_at(pattern, text, word_starts(text, statements._STATEMENT_NOUNS))]
        assert found == plain, text


def _phrases(words: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(words) + rng.choice(_SPACES) for _ in range(rng.randint(1, 8)))
        for _ in range(count)
    ]


def _windows_agree(pattern: re.Pattern[str], guard, texts: list[str]) -> int:  # noqa: ANN001 - a callable
    """Assert that ``guard(text, lo, hi)`` holds wherever ``pattern.search(text, lo, hi)`` finds a match;
    return how many windows matched (so a test can check that it tried some)."""
    matched = 0
    for text in texts:
        for lo in range(0, len(text), 3):
            for hi in range(lo, len(text) + 1, 2):
                if pattern.search(text, lo, hi) is not None:
                    matched += 1
                    assert guard(text, lo, hi), (text, lo, hi)
    return matched


def test_close_to_guard_holds_every_match() -> None:
    from briefing_tui.extract import speech
    from briefing_tui.extract.gates import any_in

    words = [
        "Sources",
        "sources",
        "people",
        "Officials",
        "aides",
        "close",
        "closest",
        "near",
        "to",
        "familiar",
    ]
    words += ["with", "linked", "the", "The", "nearby", "minister", "CLOSE"]
    found = _windows_agree(
        speech.CLOSE_TO_BEFORE,
        lambda text, lo, hi: any_in(text, speech._CLOSE_WORDS, lo, hi),
        _phrases(words, 1500, 21),
    )
    assert found > 20


def test_relative_clause_guards_hold_every_match() -> None:
    from briefing_tui.extract import reportedclauses as rc

    words = [",", "which", "who", "Who", "whom", "whose", "said", "had", "X", "the", "Which"]
    texts = _phrases(words, 1500, 22)
    assert _windows_agree(rc._RELATIVE_BEFORE, lambda t, lo, hi: t.find("wh", lo, hi) >= 0, texts) > 100
    assert _windows_agree(rc._WHO_VERB_BEFORE, lambda t, lo, hi: t.find("who", lo, hi) >= 0, texts) > 100


def test_reads_before_guard_holds_every_match() -> None:
    from briefing_tui.extract import quoteattribution as qa

    words = [
        "A",
        "The",
        "statement",
        "readout",
        "from",
        "the",
        "ministry",
        "read",
        "reads",
        "noted",
        ":",
        "read:",
    ]
    texts = _phrases(words, 800, 23)
    assert _windows_agree(qa._READS_BEFORE, lambda t, lo, hi: t.find(":", lo, hi) >= 0, texts) > 20


def test_particle_names_hold_a_hyphen() -> None:
    # _is_name_token asks the pattern only of a word with a hyphen: each alternative must end in one
    from briefing_tui.extract import speech

    m = re.fullmatch(r"\(\?:([a-z|]+)\)-\[A-Z\]", speech._PARTICLE_NAME.pattern)
    assert m is not None
    for particle in m.group(1).split("|"):
        assert speech._is_name_token(f"{particle}-Assad")
        assert not speech._is_name_token(f"{particle}Assad") or particle in speech._PARTICLES


def test_head_phrase_finds_the_token_its_phrase_starts_on() -> None:
    from briefing_tui.extract import speech

    text = "The Red Cross operating in Iraq"
    toks = speech._tokens_before(text, 0, len(text), 14)
    assert speech._head_phrase(toks) == speech.Span(0, len("The Red Cross"))


def test_owned_matches_are_the_whole_text_search() -> None:
    # _OWNED_STATEMENT searched only in the runs before each 'that' after a noun finds what the search of
    # the whole text finds, spans and name alike, however the words, names, spaces and commas fall
    words = [
        "denied",
        "rejected",
        "to",
        "the",
        "of",
        ",",
        "Ruiz's",
        "Ruiz\u2019s",
        "Davis'",
        "Ana",
        "Ruiz",
        "U.S.",
    ]
    words += ["Foreign", "Minister", "Berg's", "recent", "public", "claim", "claims", "statement", "remarks"]
    words += ["that", "that", "thats", "was", "he", "She", "\u201cquoted\u201d", "x" * 450, "said", "Mr."]
    words += ["denied Ruiz's claim that", "of Ana Ruiz\u2019s recent remarks that", ", Davis' statement that"]
    spaces = [" ", " ", " ", "  ", "\n", "\n\n", "\u00a0", "\t", "", " " * 420]
    rng = random.Random(31)
    matched = 0
    for _ in range(6000):
        text = "".join(rng.choice(words) + rng.choice(spaces) for _ in range(rng.randint(2, 16)))
        plain = [(m.span(), m.span("np")) for m in statements._OWNED_STATEMENT.finditer(text)]
        found = [(m.span(), m.span("np")) for m in statements._owned_matches(text)]
        assert found == plain, text
        matched += len(plain)
    assert matched > 200


def test_with_before_guard_holds_every_match() -> None:
    from briefing_tui.extract import reportedspeech as rs

    texts = _phrases([",", "with", "With", "the", "president", "met", "withdrew", "wit", "h"], 1000, 24)
    assert _windows_agree(rs._WITH_BEFORE, lambda t, lo, hi: t.find("with", lo, hi) >= 0, texts) > 20
