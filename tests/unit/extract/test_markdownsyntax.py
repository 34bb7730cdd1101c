"""Markdown's marks become spaces, one for one; prose that only looks like them stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.core.models import Article
from briefing_tui.extract import extract
from briefing_tui.extract.markdownsyntax import blank_markdown


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
