"""Round 37: direct quotes missed or misattributed on a batch of real news (sentences written for
these tests, names invented)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import built


def _quoted(text: str) -> list[tuple[str | None, str]]:
    return [(who, words) for kind, who, words in built(text) if kind == "direct"]


_TRANSCRIPT_HEAD = "Remarks by Minister of Trade Ana Ruiz and Ambassador Tom Berg before their meeting\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a transcript: every paragraph under a label is the labelled speaker's, up to the next label
        (
            "MINISTER RUIZ: Good morning, and welcome to Lima, where we are glad to have you again.\n\n"
            "We have a long list of questions on trade and fishing to go through today.\n\n"
            "AMBASSADOR BERG: Thank you very much, Minister, it is a real pleasure to be back in Peru.",
            [
                ("Ana Ruiz", "Good morning"),
                ("Ana Ruiz", "We have a long list"),
                ("Tom Berg", "Thank you very much"),
            ],
        ),
        # one paragraph a line; a courtesy title; a speaker the article does not name elsewhere
        (
            "MS. RUIZ: We will sign the fishing accord once our lawyers have read every page of it.\n"
            "MR. OKONJO: My government is ready to sign it on the same day, as we told you in May.\n"
            "QUESTION: (Inaudible.)",
            [("Ana Ruiz", "We will sign"), ("Mr. Okonjo", "My government is ready")],
        ),
        # the turn ends before page furniture that closes no sentence
        (
            "MINISTER RUIZ: Our two countries have traded in peace for more than a hundred years now.\n\n"
            "AMBASSADOR BERG: And we intend to keep it that way for the next hundred years as well.\n\n"
            "Read the full remarks on the ministry's website at https://example.org/remarks",
            [("Ana Ruiz", "Our two countries"), ("Tom Berg", "And we intend")],
        ),
    ],
)
def test_transcript_turns(body: str, expected: list[tuple[str, str]]) -> None:
    quoted = _quoted(_TRANSCRIPT_HEAD + body)
    assert [
        (_surname(who), words[: len(start)])
        for (who, words), (_, start) in zip(quoted, expected, strict=True)
    ] == [(_surname(who), start) for who, start in expected]


def _surname(name: str | None) -> str:
    return (name or "").split()[-1].casefold()


@pytest.mark.parametrize(
    "text",
    [
        # near miss: one label alone is a heading, not a transcript
        "MINISTER RUIZ: A VISIT TO LIMA\n\nThe minister arrived in Lima on Monday for two days of trade talks.",
        # near miss: datelines and photo credits in capitals name no speaker
        "WASHINGTON: The two ministers met on Monday to talk about trade and fishing in the Pacific.\n\n"
        "FILE PHOTO: Ruiz and Berg shake hands before their talks in Lima on Monday afternoon.",
        # near miss: labels that name nobody ('QUESTION:', 'MODERATOR:')
        "MODERATOR: We will now take a few questions from the reporters who are here with us today.\n\n"
        "QUESTION: Will the two governments sign the fishing accord before the end of the year?",
    ],
)
def test_no_transcript_turns(text: str) -> None:
    assert _quoted(text) == []
