"""Speed round 5 (mentions, roles, coref): each gate or index gives what the plain code it
skips would give."""

from __future__ import annotations

import re
from datetime import date

import pytest

from briefing_tui.extract import knownpeople, mentions
from briefing_tui.extract.document import Mention
from briefing_tui.extract.namewords import name_words
from briefing_tui.extract.pipeline import build_document
from briefing_tui.extract.roletitles import tok_index
from briefing_tui.extract.tokens import tokenize
from tests.unit.extract.helpers import side_of

# _SPEAKING_OFFICE without its leading one-character lookahead
_PLAIN_SPEAKING = re.compile(mentions._SPEAKING_OFFICE.pattern.removeprefix("(?=[A-Zpt])(?:")[:-1])

SPEAKING = [
    "Yoon's office said on Monday that talks would go on.",
    "according to the presidential office, and according to Presidency of Ruritania sources",
    "The Argentine presidency announced it; the press service of the Russian Government said so.",
    "the press service of the President of Ruritania Ana Ruiz said, President's press service added",
    "tpp's office said pthe presidency said; Prime Minister's press service confirmed",
]


@pytest.mark.parametrize("text", SPEAKING)
def test_speaking_office_lookahead_keeps_every_match(text: str) -> None:
    fast = [(m.span(), m.groups()) for m in mentions._SPEAKING_OFFICE.finditer(text)]
    assert fast == [(m.span(), m.groups()) for m in _PLAIN_SPEAKING.finditer(text)]
    assert fast  # each text holds at least one


def _org(text: str, word: str) -> Mention:
    at = text.index(word)
    return Mention(at, at + len(word), word, "organization")


@pytest.mark.parametrize(
    ("text", "body", "credited"),
    [
        ("The talks ended.\nPhoto: Xinhua News\nWang said.", "Xinhua", True),
        ("The talks ended.\nPHOTO: REUTERS\nWang said.", "REUTERS", True),
        ("A picture of the summit (Image: Kyodo)", "Kyodo", True),
        ("\u00a9 Reuters", "Reuters", True),
        ("Courtesy of Anadolu Agency staff", "Anadolu", True),
        # an opener out of the window or after the body: no credit
        ("Photo: " + "x" * 90 + " Reuters", "Reuters", False),
        ("Reuters photo: the summit", "Reuters", False),
        ("The photo shows Reuters staff", "Reuters", False),
    ],
)
def test_credit_window_gate(text: str, body: str, credited: bool) -> None:
    assert mentions._credited(text, _org(text, body)) is credited


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Delegates of the National People's Congress met on Friday.", "National People's Congress"),
        ("Ohio Gov.-elect Ann Reid thanked voters.", "Ann Reid"),
    ],
)
def test_runs_still_taken_past_words_that_are_not_run_words(text: str, name: str) -> None:
    # "'s" and "-" carry no RUN_GOES_ON bit: run_end still reads them before it stops
    doc = build_document(text, date(2024, 1, 10))
    assert any(name in m.text for m in doc.mentions)


def test_tok_index_follows_the_token_list_asked_about() -> None:
    a = tokenize("Foreign Minister Wang Yi met his counterpart.")
    b = tokenize("He said so.")
    for tokens in (a, b, a, list(a), b):
        for offset in range(0, tokens[-1].end + 2):
            expected = next((k for k, t in enumerate(tokens) if t.start >= offset), len(tokens))
            assert tok_index(tokens, offset) == expected


def _side_of_by_words(words: frozenset[str]) -> str | None:
    """knownpeople.side_of as first written: near entries found through every word of the name."""
    sides, by_word = knownpeople._index()
    if len(words) < 2:
        return None
    words = knownpeople._unhyphenated(words) if words not in sides else words
    exact = sides.get(words)
    if exact is not None:
        return exact or None
    if words <= knownpeople._COMMON_GIVEN:
        return None
    near = {
        e
        for w in words
        for e in by_word.get(w, ())
        if (words < e or e < words) and abs(len(e) - len(words)) == 1
    }
    found = {sides[e] for e in near}
    return found.pop() if len(found) == 1 and "" not in found else None


@pytest.mark.parametrize(
    "name",
    [
        "Tayyip Erdogan",
        "Antony John Blinken",
        "Recep Tayyip Erdogan",
        "Wang Yi",
        "Ali Ahmed",
        "Lee Myung-bak",
        "X Y Z",
    ],
)
def test_side_of_equals_the_scan_of_entries(name: str) -> None:
    words = name_words(name)
    assert knownpeople.side_of(words) == _side_of_by_words(words)


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a kin word before the name ("his wife, X"): the relative's side
        (
            "Kenyan President Tom Obara and his wife, Grace Wanjiru, arrived in Beijing.",
            "Grace Wanjiru",
            "Kenya",
        ),
        # a named principal's possessive before an aide's office
        (
            "Kenyan President Tom Obara arrived. Obara's chief of staff, Grace Wanjiru, said so.",
            "Grace Wanjiru",
            "Kenya",
        ),
        # "his/her" before an aide's office: the sentence's subject is the principal
        (
            "Kenyan President Tom Obara flew to Paris with his chief of staff Grace Wanjiru.",
            "Grace Wanjiru",
            "Kenya",
        ),
    ],
)
def test_context_gates_keep_principals_and_kin(text: str, name: str, side: str) -> None:
    assert side_of(text, date(2024, 1, 10), name) == side
