"""tense_near, round 2: an opening past participle, the present perfect passive, a present relative
clause, and a short quoted name inside a clause."""

from __future__ import annotations

import pytest

from briefing_tui.extract.tense import tense_near


def _tense(text: str, word: str) -> str | None:
    at = text.index(word)
    return tense_near(text, at, at + len(word))


@pytest.mark.parametrize(
    ("text", "word", "tense"),
    [
        # a capitalised "-ed" word opening the sentence, then a preposition: a past clause
        ("Asked on Friday whether she would resign, the mayor smiled.", "Friday", "past"),
        ("Pressed about Monday's vote, the senator would not answer.", "Monday", "past"),
        # a name ending in -ed is no verb
        ("Mohammed bin Rashid would open the fair on Friday.", "Friday", "future"),
        # not at the sentence's start: a capitalised word is a name, not a verb
        ("Officials from Reed and Ahmed will arrive Friday.", "Friday", "future"),
    ],
)
def test_opening_participle_is_past(text: str, word: str, tense: str | None) -> None:
    assert _tense(text, word) == tense


@pytest.mark.parametrize(
    ("text", "word", "tense"),
    [
        # "has been arranged" says when it was arranged, not when the trip falls
        ("His trip on Monday has been arranged by the embassy.", "Monday", None),
        ("The talks have been arranged for Monday.", "Monday", None),
        # "had been" is still past; a plain past stays past; the event itself "has been held"
        ("The vote has been held on Monday.", "Monday", "past"),
        ("The talks had been arranged for Monday.", "Monday", "past"),
        ("His trip on Monday was arranged by the embassy.", "Monday", "past"),
    ],
)
def test_present_perfect_passive_has_no_tense(text: str, word: str, tense: str | None) -> None:
    assert _tense(text, word) == tense


@pytest.mark.parametrize(
    ("text", "word", "tense"),
    [
        ("Officials opened the fair, which runs until November 30.", "November", "future"),
        ("She praised the envoy, who is in Rome on Friday.", "Friday", "future"),
        # no relative pronoun: the main clause's past stands
        ("Officials opened the fair and it closed November 30.", "November", "past"),
        ("Officials said the fair closed November 30.", "November", "past"),
    ],
)
def test_present_relative_clause_looks_ahead(text: str, word: str, tense: str | None) -> None:
    assert _tense(text, word) == tense


@pytest.mark.parametrize(
    ("text", "word", "tense"),
    [
        ('The premier is slated to attend the first "Quad" summit in Tokyo on Friday.', "Friday", "future"),
        ('The premier attended the first "Quad" summit in Tokyo on Friday.', "Friday", "past"),
        # a long quotation is a clause of its own: the "will" before it is not read
        ('He will go, and "we met the leaders in Tokyo" on Friday.', "Friday", None),
    ],
)
def test_short_quoted_name_is_no_clause(text: str, word: str, tense: str | None) -> None:
    assert _tense(text, word) == tense
