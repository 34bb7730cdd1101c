"""Markdown's marks become spaces, one for one; prose that only looks like them stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.core.models import Article
from briefing_tui.extract import extract
from briefing_tui.extract.markdownsyntax import blank_list_markers, blank_markdown


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[Antony Blinken](https://www.state.gov/x) said", "Antony Blinken said"),
        ("[the ministry](/news/2024/statement.html).", "the ministry ."),
        ('[talks](https://example.org/a "The talks") ended', "talks ended"),
        ("see [below](#notes)", "see below"),
        ("![Wang Yi at the podium](https://img.example/1.jpg) Caption", "Caption"),
        ("He **rejected** the offer", "He rejected the offer"),
        ("He *rejected* the offer", "He rejected the offer"),
        ("He __rejected__ the offer", "He rejected the offer"),
        ("He _rejected_ the offer", "He rejected the offer"),
        ('**"We will act,"** she said', '"We will act," she said'),
        ("# Ministers meet in Lima", "Ministers meet in Lima"),
        ("### Background", "Background"),
        ("> We will not accept this.", "We will not accept this."),
        ("Intro.\n## Reactions\nMore.", "Intro. Reactions More."),
    ],
)
def test_marks_become_spaces_and_words_stay_in_place(text: str, words: str) -> None:
    out = blank_markdown(text)
    assert len(out) == len(text)
    assert out.split() == words.split()
    for word in words.split():
        if text.count(word) == 1:
            assert out.find(word) == text.find(word)  # every word where it was


@pytest.mark.parametrize(
    "text",
    [
        "the [sic] remark (he said) stood",  # brackets and parentheses apart
        "the list [1] (https is no address here)",
        "[a link] (https://example.org) with a space is no Markdown link",
        "snake_case_names and file_name_here",  # underscores inside words
        "2 * 3 * 4 = 24",  # asterisks with spaces
        "*Correction: an earlier version misspelt a name.",  # one footnote mark
        "The bill passed 51-49 #budget",  # a hashtag, not a heading
        "#MeToo began in 2017",  # no space after the hash
        "x > y and the vote > 50",  # not at a line start
        "**unclosed emphasis on this line\nand** the next",  # marks on two lines
        "",
    ],
)
def test_prose_that_only_looks_like_markdown_stays(text: str) -> None:
    assert blank_markdown(text) == text


def _briefing(text: str) -> tuple[object, ...]:
    ex = extract(Article(id="a", title=None, published="2023-10-24", text=text))
    return (
        sorted(((a.name, a.role, a.affiliation) for a in ex.actors), key=repr),
        sorted(((s.speaker, " ".join(s.text.split()), s.kind) for s in ex.statements), key=repr),
        sorted(((m.kind, m.status, m.start, m.end) for m in ex.meetings), key=repr),
        [t.value for t in ex.timexes],
    )


def test_a_clipped_note_reads_as_the_article() -> None:
    """The sample article as a web clipper saves it: a heading, linked names, emphasis."""
    sample = Path(__file__).resolve().parents[3] / "sample_data" / "wang-yi-calls.txt"
    text = sample.read_text(encoding="utf-8")
    title = "China's Wang Yi Calls Israeli and Palestinian Counterparts\n\n"
    text = text.replace("\n\n", "\n\n" + title, 1)
    note = text.replace(title, "# " + title, 1)
    for name in ("Wang Yi", "Antony Blinken", "Eli Cohen", "Chuck Schumer"):
        note = note.replace(name, f"[{name}](https://en.wikipedia.org/wiki/{name.replace(' ', '_')})", 1)
    note = note.replace(" said ", " **said** ", 3)
    assert note.count("](https://") == 4
    assert _briefing(note) == _briefing(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u2022 The two leaders discussed trade.", "  The two leaders discussed trade."),
        ("  \u25aa Talks ended.", "    Talks ended."),
        ("* A Markdown item", "  A Markdown item"),
        ("+ Another item", "  Another item"),
        ("Intro:\n\u2022 One.\n\u2022 Two.", "Intro:\n  One.\n  Two."),
        # a dash opens signatures and dialogue too: it stays
        ("- Secretary Blinken, February 25", "- Secretary Blinken, February 25"),
        ("- We will not give in, she said.", "- We will not give in, she said."),
        # not at a line's start, or no space after it
        ("3 \u2022 4 and *emphasis", "3 \u2022 4 and *emphasis"),
        ("\u2022Tight bullet", "\u2022Tight bullet"),
    ],
)
def test_list_markers_become_spaces(text: str, expected: str) -> None:
    assert blank_list_markers(text) == expected


@pytest.mark.parametrize("indent", ["    ", "\t", "\u2022 ", "  * "])
def test_an_indented_or_bulleted_paragraph_reads_as_a_plain_one(indent: str) -> None:
    """A whole-paragraph quote after a speaker's colon, and a readout's points, read the same
    whether their paragraphs are indented, bulleted or flush."""
    plain = (
        "Foreign Minister Ana Lucia Vargas wrote on social media on Monday:\n\n"
        '"Our two countries have agreed to reopen the border crossing at Tacna next week."\n\n'
        "Vargas will travel to La Paz on Thursday to meet President Rodrigo Salinas, her office said.\n\n"
        "Salinas told reporters that the agreement would help farmers on both sides."
    )
    shifted = plain.replace("\n\n", "\n\n" + indent)
    assert _briefing(shifted)[:3] == _briefing(plain)[:3]
    assert any(s[0] == "Ana Lucia Vargas" and s[2] == "direct" for s in _briefing(plain)[1])
