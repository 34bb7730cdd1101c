"""Stage 2: sentence and paragraph boundaries."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.clean import clean
from briefing_tui.extract.document import Document
from briefing_tui.extract.sentences import split
from tests.unit.extract.helpers import sentences_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        ("Is it over? Nobody knows! Fine.", ["Is it over?", "Nobody knows!", "Fine."]),
        ("The U.S. Ambassador spoke. He left.", ["The U.S. Ambassador spoke.", "He left."]),
        ("Talks with the U.S. The next round is due.", ["Talks with the U.S.", "The next round is due."]),
        ("They met on Oct. 7 in Gaza.", ["They met on Oct. 7 in Gaza."]),
        ("Sen. Warren and Gov. Newsom spoke.", ["Sen. Warren and Gov. Newsom spoke."]),
        ("Dr. Karen Donfried will travel.", ["Dr. Karen Donfried will travel."]),
        ("Antony J. Blinken met Mr. Wang.", ["Antony J. Blinken met Mr. Wang."]),
        ("Martin Luther King Jr. spoke. He left.", ["Martin Luther King Jr. spoke.", "He left."]),
        ("It starts at 9 a.m. on Monday.", ["It starts at 9 a.m. on Monday."]),
        ("It starts at 9 a.m. The talks follow.", ["It starts at 9 a.m.", "The talks follow."]),
        ("Article No. 5 applies.", ["Article No. 5 applies."]),
        ("He said no. She agreed.", ["He said no.", "She agreed."]),
        ("Growth was 3.5 percent. Prices rose.", ["Growth was 3.5 percent.", "Prices rose."]),
        ("U.S.-China ties. More talks.", ["U.S.-China ties.", "More talks."]),
        ("Wait... what? Yes.", ["Wait... what?", "Yes."]),
    ],
)
def test_splits(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will act. We are ready," he said. Then he left.',
            ['"We will act. We are ready," he said.', "Then he left."],
        ),
        ('He said "no." She agreed.', ['He said "no."', "She agreed."]),
        (
            'China "deeply sympathizes with Gaza." He added more.',
            ['China "deeply sympathizes with Gaza."', "He added more."],
        ),
        ('"Stop. Now." Then silence.', ['"Stop. Now."', "Then silence."]),
    ],
)
def test_quotes_stay_whole_and_closing_quote_belongs_to_its_sentence(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


def test_unbalanced_quote_does_not_swallow_the_paragraph() -> None:
    assert sentences_of('He said "we will act. Then he left. Nothing more.') == [
        'He said "we will act.',
        "Then he left.",
        "Nothing more.",
    ]


def test_paragraphs_from_blank_lines_and_short_lines() -> None:
    text = "Office of the Spokesperson\n\nFirst one. Second one.\n\nThird one."
    doc = Document(text, clean(text), date(2023, 1, 1))
    split(doc)
    got = [(doc.text[s.start : s.end], s.paragraph) for s in doc.sentences]
    assert got == [
        ("Office of the Spokesperson", 0),
        ("First one.", 1),
        ("Second one.", 1),
        ("Third one.", 2),
    ]
    assert [s.index for s in doc.sentences] == [0, 1, 2, 3]


def test_hard_wrapped_prose_is_one_paragraph() -> None:
    text = (
        "The minister said on Monday that the government would continue to provide\n"
        "humanitarian help to the region for as long as it was needed."
    )
    assert sentences_of(text) == [text.replace("\n", "\n")]


def test_heading_without_period_is_its_own_sentence() -> None:
    assert sentences_of("Ned Price, Department Spokesperson\nThe United States welcomes it.") == [
        "Ned Price, Department Spokesperson",
        "The United States welcomes it.",
    ]


@pytest.mark.parametrize("text", ["", "   \n\n  ", "no punctuation at all", "....", '"""'])
def test_degenerate_input(text: str) -> None:
    got = sentences_of(text)
    assert all(s.strip() == s and s for s in got)


def test_offsets_index_the_text() -> None:
    text = "  Lead.  Next one!\n\nLast?"
    doc = Document(text, clean(text), date(2023, 1, 1))
    split(doc)
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == doc.sentence_text(s.index)
        assert not doc.text[s.start].isspace() and not doc.text[s.end - 1].isspace()


def test_odd_last_quote_mark_read_with_its_terminator_still_counts() -> None:
    # the third mark closes '."' together with the second, so the quotation never closes
    assert sentences_of('"Hi."" He left. She came.') == ['"Hi."" He left. She came.']
    # an odd last mark on its own is left out: it opens nothing
    assert sentences_of('He said: "Stop." Then "Go. She came.') == [
        'He said: "Stop."',
        'Then "Go.',
        "She came.",
    ]


def test_terminators_in_paragraphs_with_and_without_question_marks() -> None:
    assert sentences_of("He left. She stayed.\n\nWhy? He left... She stayed!") == [
        "He left.",
        "She stayed.",
        "Why?",
        "He left...",
        "She stayed!",
    ]
