"""Round 34: quote marks and attributions missed on a batch of real news
(sentences written for these tests, names invented)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.clean import clean
from tests.unit.extract.helpers import built, quote_bodies


def _bodies(original: str) -> list[tuple[str, bool]]:
    return quote_bodies(clean(original), original)


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        # a left mark glued to the last word or stop, before a comma or a space, closes the quote
        ("\u201cWe talked about trade\u201c, the envoy told the radio.", [("We talked about trade", True)]),
        ("\u201cThe talks were useful,\u201c said the minister.", [("The talks were useful", True)]),
        ("She said \u201cthe plan is ready\u201c. Then she left.", [("the plan is ready", True)]),
        ("\u201eWir sind bereit\u201c, sagte er.", [("Wir sind bereit", True)]),
        # near misses: a left mark before a word still opens; right marks as usual
        ("He said: \u201cWe are ready.\u201d", [("We are ready.", True)]),
        ("The word\u201cpeace\u201d came up.", [("peace", True)]),
        ("\u201cOne,\u201d she said, \u201ctwo.\u201d", [("One", True), ("two.", True)]),
    ],
)
def test_left_mark_glued_after_words_closes(original: str, expected: list[tuple[str, bool]]) -> None:
    assert _bodies(original) == expected


def test_left_mark_closing_gives_the_speaker() -> None:
    text = (
        "Danish Trade Minister Lars Holm met Peruvian President Rosa Quispe in Lima on Monday.\n\n"
        "\u201cWe spoke about fishing and ports\u201c, Holm told reporters after the talks."
    )
    assert ("direct", "Lars Holm", "We spoke about fishing and ports") in built(text, date(2024, 5, 1))


_ARRIVAL = "Danish Trade Minister Lars Holm arrived in Lima on Sunday.\n\n"
_QUOTED = '\n\n"Both sides agreed to meet again in June to review progress," the statement '


@pytest.mark.parametrize(
    ("report", "verb", "speaker"),
    [
        # a report closed by '..., X said in a statement': X issued 'the statement' quoted next
        (
            "Peruvian President Rosa Quispe called Holm on Monday and thanked him for the visit, "
            "the Peruvian Foreign Ministry said in a statement.",
            "said.",
            "Peruvian Foreign Ministry",
        ),
        (
            "Peruvian President Rosa Quispe called Holm and thanked him for the visit, "
            "the Peruvian Foreign Ministry said on Monday in a statement.",
            "said.",
            "Peruvian Foreign Ministry",
        ),
        # as before: the subject that opens the sentence issued it
        ("Quispe said in a statement that she welcomed the visit.", "said.", "Quispe"),
        (
            "Peruvian President Rosa Quispe met Holm on Monday, the Peruvian Foreign Ministry said in a statement.",
            "read.",
            "Peruvian Foreign Ministry",
        ),
        # near miss: the one who said it in a statement is the one named there, whoever else acted
        ("Quispe thanked Holm for the visit, Holm said in a statement.", "said.", "Lars Holm"),
    ],
)
def test_statement_issued_by_who_said_in_it(report: str, verb: str, speaker: str) -> None:
    text = _ARRIVAL + report + _QUOTED + verb
    quoted = [s for s in built(text, date(2024, 5, 1)) if s[0] == "direct"]
    assert quoted == [("direct", speaker, "Both sides agreed to meet again in June to review progress")]


_TALKS = "Peruvian Energy Minister Rosa Quispe held talks in Oslo on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # 'X quoted the official as saying': the official, named just before, speaks; X only relays
        (
            'The Lima Times quoted the official as saying: "The new pipeline will be ready next year."',
            "Rosa Quispe",
        ),
        (
            'The Lima Times quoted the minister as saying: "The new pipeline will be ready next year."',
            "Rosa Quispe",
        ),
        (
            'The Lima Times quoted the Peruvian minister as saying: "The new pipeline will be ready next year."',
            "Rosa Quispe",
        ),
        # nobody named fits: the role stays the unnamed speaker, never the outlet
        (
            'The Lima Times quoted the army chief as saying: "The new pipeline will be ready next year."',
            "the army chief",
        ),
        # near miss: a title names only one known to hold it, not the last person named
        (
            'She later met Ivan Berg. The Lima Times quoted the Prime Minister as saying: "The new pipeline '
            'will be ready next year."',
            "the Prime Minister",
        ),
        # near misses: a name or a pronoun after 'quoted' as before
        (
            'The Lima Times quoted Quispe as saying: "The new pipeline will be ready next year."',
            "Rosa Quispe",
        ),
        ('The Lima Times quoted her as saying: "The new pipeline will be ready next year."', "Rosa Quispe"),
    ],
)
def test_quoted_role_as_saying(sentence: str, speaker: str) -> None:
    quoted = [s for s in built(_TALKS + sentence, date(2024, 5, 1)) if s[0] == "direct"]
    assert quoted == [("direct", speaker, "The new pipeline will be ready next year.")]


_MET = "Danish Trade Minister Lars Holm met Peruvian President Rosa Quispe in Lima on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        # a participle after a partial quote's closing mark goes on from the subject before it
        (
            'In a statement, Holm said the talks were "open and useful," adding that he '
            '"welcomed the progress made on fishing quotas."',
            ["open and useful", "welcomed the progress made on fishing quotas."],
        ),
        (
            'In a statement, Holm said the talks were "open and useful," noting that he '
            '"hoped for a deal on ports by June."',
            ["open and useful", "hoped for a deal on ports by June."],
        ),
        # as before: a subject opening the sentence; and a participle with no quote after it
        (
            'Holm called the talks "open and useful," adding that he "hoped for a deal on ports by June."',
            ["open and useful", "hoped for a deal on ports by June."],
        ),
        (
            'In a statement, Holm called the talks "open and useful," adding that he hoped for a deal soon.',
            ["open and useful"],
        ),
    ],
)
def test_participle_after_closing_mark_keeps_the_speaker(sentence: str, quoted: list[str]) -> None:
    found = [s for s in built(_MET + sentence, date(2024, 5, 1)) if s[0] == "direct"]
    assert found == [("direct", "Lars Holm", q) for q in quoted]
