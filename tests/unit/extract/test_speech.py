"""Speech-verb and token helpers: the fast paths find exactly what a plain scan finds."""

from __future__ import annotations

import random
import re

import pytest

from briefing_tui.extract import reportedclauses, speech


def plain_scan(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Every match of the verb pattern, tried at every character (what speech_verbs must equal)."""
    end = len(text) if end is None else end
    return [
        (m.start(), m.end(), " ".join(m.group().split())) for m in speech._VERB_RE.finditer(text, start, end)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "said the minister",
        'He said. "said," she said\n(said) -said /said [told] \u2014said \u00a0said',
        "unsaid, statement, addressed, pressure, already, satellite: none of these is a verb",
        "He called on Iran and called\non China; they called  for calm and pointed out that ...",
        "Caf\u00e9 owners said; the \u00e9lite told them",  # not ASCII: the general path
        "said_ said2 x_said 2said saidx",
        "",
        "   ",
    ],
)
def test_speech_verbs_equal_a_plain_scan(text: str) -> None:
    assert [(v.start, v.end, v.form) for v in speech.speech_verbs(text)] == plain_scan(text)


def test_speech_verbs_within_bounds() -> None:
    text = "They said. He told us, she added; we warned them."
    for start in range(len(text)):
        for end in range(start, len(text) + 1, 3):
            got = [(v.start, v.end, v.form) for v in speech.speech_verbs(text, start, end)]
            assert got == plain_scan(text, start, end), (start, end)


def test_verb_hit_kind_and_participle() -> None:
    hits = speech.speech_verbs("She told him, adding that they called on Iran.")
    assert [(v.form, v.kind, v.participle) for v in hits] == [
        ("told", "address", False),
        ("adding", "say", True),
        ("called on", "address", False),
    ]


_REVERSED = re.compile(r"[\w.'\u2019&@-]*\w|[,:;()]")


def tokens_read_backwards(text: str, lo: int, hi: int, most: int) -> list[tuple[int, int, str]]:
    out = []
    for m in _REVERSED.finditer(text[lo:hi][::-1]):
        a, b = m.span()
        out.append((hi - b, hi - a, m.group()[::-1]))
        if len(out) >= most:
            break
    return out[::-1]


def test_tokens_before_equal_reading_backwards() -> None:
    text = "Sen. J.R. Smith-Jones (D-N.Y.), the U.S. envoy's aide -- 'al-Assad' & co.: @x ...said"
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1, 5):
            for most in (1, 8, 14):
                assert speech._tokens_before(text, lo, hi, most) == tokens_read_backwards(text, lo, hi, most)


def test_tokens_before_long_window_equal_reading_backwards() -> None:
    text = "The U.S. envoy, al-Assad's aide (D-N.Y.), said: we  will  go,\nand then x; " * 4
    for hi in range(0, len(text) + 1, 3):
        for lo in (0, max(0, hi - 60), max(0, hi - 160)):
            for most in (8, 14, 40):
                assert speech._tokens_before(text, lo, hi, most) == tokens_read_backwards(text, lo, hi, most)


def test_tokens_before_non_ascii_equal_reading_backwards() -> None:
    # not ASCII: the Unicode pattern (\w over letters like '\u00e9'), not the ASCII one
    text = "Le ministre fran\u00e7ais, M. G\u00e9rard d\u2019Estaing (U.E.), a dit \u2014 \u00e0 Caf\u00e9 \u00e9lite"
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1, 4):
            for most in (1, 8, 14):
                assert speech._tokens_before(text, lo, hi, most) == tokens_read_backwards(text, lo, hi, most)


def test_cut_equals_searching_every_character() -> None:
    atoms = [",", ";", ":", " ", "\n", "\u00a0", "-", "\u2014", "and", "said", "that", "stressed"]
    atoms += ["according", "to", "as", "she", "worked", "hours", "after", '"', "also", "band", "with"]
    rnd = random.Random(7)
    for _ in range(3000):
        text = "".join(rnd.choice(atoms) for _ in range(rnd.randint(1, 14)))
        for start in range(len(text)):
            m = reportedclauses._CUT.search(text, start, len(text))
            assert reportedclauses.clause_cut(text, start, len(text)) == (m.start() if m else len(text))
