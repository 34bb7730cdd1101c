"""Round 40: a stop glued to the next sentence's capitalised first word (a space lost in scraping)
ends the sentence; names, abbreviations, numbers and web addresses that hold a glued stop stay whole.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import sentences_of

_SPLIT_CASES = [
    # a possessive first word
    (
        "The envoy flew to Oslo.Lind's aide stayed behind.",
        ["The envoy flew to Oslo.", "Lind's aide stayed behind."],
    ),
    # after a closing bracket or a closing quotation mark before the stop
    (
        "The vote was delayed (again).Talks resume on Friday.",
        ["The vote was delayed (again).", "Talks resume on Friday."],
    ),
    (
        'She called the offer "generous".Her deputy disagreed.',
        ['She called the offer "generous".', "Her deputy disagreed."],
    ),
    # a quotation's closing mark glued to the next sentence
    (
        'Ms Varga said: "We will return to the table."Two aides confirmed the date.',
        ['Ms Varga said: "We will return to the table."', "Two aides confirmed the date."],
    ),
    (
        '"The border stays open," the mayor said. "Nothing has changed."Few believed him.',
        ['"The border stays open," the mayor said.', '"Nothing has changed."', "Few believed him."],
    ),
    # a single-letter first word
    (
        "The port reopened on Monday.A second ship docked later.",
        ["The port reopened on Monday.", "A second ship docked later."],
    ),
    # a question mark or an exclamation mark
    (
        "Will the truce hold?Observers doubt it.",
        ["Will the truce hold?", "Observers doubt it."],
    ),
    (
        "What a week it has been!Markets closed higher.",
        ["What a week it has been!", "Markets closed higher."],
    ),
    # a site's name ends the sentence before the glued word
    (
        "The ministry told Daily.Kz.The talks lasted an hour.",
        ["The ministry told Daily.Kz.", "The talks lasted an hour."],
    ),
]

_WHOLE_CASES = [
    # web names, e-mail addresses and file names
    "Shares of Amazon.Com rose on Monday.",
    "Write to press@ministry.Gov for the text.",
    "Visit www.gov.uk for the full statement.",
    "The minutes were saved as notes.Final.pdf by the clerk.",
    # abbreviations, initials and dotted acronyms
    "The U.S.Army sent two officers.",
    "A novel by J.R.R.Tolkien was read aloud.",
    "The talks ended at 9 a.m.Tuesday in the capital.",
    "Dr.Mara Lind will chair the session.",
    "Gen.Otto Falk and Mt.Kenya were named.",
    "The firm Lind Co.Ltd signed the deal.",
    # numbers and versions
    "Growth reached 3.5 percent this year.",
    "The app moved to v2.Beta last week.",
    # brand names with inner capitals and a lower-case word after the stop
    "They bought an iPhone at the store.",
    "The figure was small, e.g.the same as last year.",
    # a quotation whose glued mark opens rather than closes
    'The minister spoke of "peace.Together we can win," he said.',
]


@pytest.mark.parametrize(("text", "expected"), _SPLIT_CASES)
def test_glued_stop_ends_sentence(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize("text", _WHOLE_CASES)
def test_glued_stop_inside_a_word_stays(text: str) -> None:
    assert sentences_of(text) == [text]
