"""Hard-wrapped prose is read as its paragraphs: soft line breaks become spaces, nothing else moves."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from briefing_tui.core.models import Article
from briefing_tui.extract import extract
from briefing_tui.extract.clean import clean
from briefing_tui.extract.softwraps import join_soft_wraps

_PARAGRAPH = (
    "The foreign minister of Chile held talks with her Argentine counterpart in Santiago on Monday, "
    "and the two agreed to meet again in Buenos Aires next month to sign a treaty on the shared "
    "glaciers, officials from both governments said after the meeting ended late in the evening."
)
_SECOND = (
    "Opposition lawmakers in both capitals questioned the timing of the talks, which came a week "
    "before a regional summit that the two presidents are expected to attend together in Lima."
)


def _wrapped(width: int, *paragraphs: str, eol: str = "\n") -> str:
    return (eol + eol).join(textwrap.fill(p, width).replace("\n", eol) for p in paragraphs)


@pytest.mark.parametrize("width", [40, 60, 72, 80, 100, 120])
def test_wrapped_paragraphs_read_as_one_line_each(width: int) -> None:
    text = _wrapped(width, _PARAGRAPH, _SECOND)
    out = join_soft_wraps(text)
    assert len(out) == len(text)
    assert out.split("\n\n") == [_PARAGRAPH, _SECOND]


def test_windows_line_ends_are_joined_too() -> None:
    text = _wrapped(72, _PARAGRAPH, _SECOND, eol="\r\n")
    out = join_soft_wraps(text)
    assert len(out) == len(text)
    assert [" ".join(p.split()) for p in out.split("\r\n\r\n")] == [_PARAGRAPH, _SECOND]
    assert "\n" not in out.replace("\r\n\r\n", "")


def test_a_headline_above_a_wrapped_body_keeps_its_line() -> None:
    text = "Chile and Argentina agree to talks\n" + _wrapped(72, _PARAGRAPH)
    out = join_soft_wraps(text)
    assert out.split("\n") == ["Chile and Argentina agree to talks", _PARAGRAPH]


@pytest.mark.parametrize(
    "text",
    [
        # one paragraph a line, as web pages and feeds give it
        f"{_PARAGRAPH}\n{_SECOND}\n{_PARAGRAPH}\n{_SECOND}",
        # a letterhead: short lines, each its own
        "John Kerry\nSecretary of State\nTreaty Room\nWashington, DC\nJanuary 17, 2014\n\n" + _PARAGRAPH,
        # too few breaks to tell a wrap from a layout
        textwrap.fill(_SECOND, 72),
        # lists, headings, quoted mail and tables keep their lines
        "\n".join(f"- {line}" for line in textwrap.wrap(_PARAGRAPH, 60)),
        "\n".join(f"{n}. {line}" for n, line in enumerate(textwrap.wrap(_PARAGRAPH, 60), 1)),
        "\n".join(f"> {line}" for line in textwrap.wrap(_PARAGRAPH, 60)),
        "\n".join(f"# {line}" for line in textwrap.wrap(_PARAGRAPH, 60)),
        "\n".join(f"| {line} |" for line in textwrap.wrap(_PARAGRAPH, 60)),
        # lines of very different lengths: a layout, not a wrap
        "Minister\nof Foreign Affairs and Worship of the Argentine Republic in Buenos Aires\nSantiago\n"
        "Ministry\nof Foreign Relations of the Republic of Chile, in its statement of Monday\nLima",
        "",
        "one line only",
    ],
)
def test_text_that_is_not_wrapped_is_left_as_it_is(text: str) -> None:
    assert join_soft_wraps(text) == text


def test_cleaning_joins_wraps_after_blanking_furniture() -> None:
    text = "Share this article\n" + _wrapped(72, _PARAGRAPH, _SECOND)
    out = clean(text)
    assert len(out) == len(text)
    assert out.split("\n")[1:] == [_PARAGRAPH, "", _SECOND]


def _briefing(text: str) -> tuple[object, ...]:
    """What a reader sees of an extraction, less the evidence (which quotes the text as written)."""
    ex = extract(Article(id="a", title=None, published="2023-10-24", text=text))
    return (
        sorted(((a.name, a.role, a.affiliation) for a in ex.actors), key=repr),
        sorted(((s.speaker, s.text, s.kind) for s in ex.statements), key=repr),
        sorted(((m.kind, m.status, m.start, m.end, m.location) for m in ex.meetings), key=repr),
        [t.value for t in ex.timexes],
    )


def _fill(paragraph: str, width: int) -> str:
    """Wrapped as editors wrap: at spaces only (a hyphenated name is not broken)."""
    return textwrap.fill(paragraph, width, break_on_hyphens=False, break_long_words=False)


@pytest.mark.parametrize("width", [60, 72, 80])
def test_the_sample_article_wrapped_reads_as_it_does_unwrapped(width: int) -> None:
    sample = Path(__file__).resolve().parents[3] / "sample_data" / "wang-yi-calls.txt"
    text = sample.read_text(encoding="utf-8")
    wrapped = "\n".join(_fill(p, width) if p.strip() else p for p in text.split("\n"))
    assert wrapped.count("\n") > text.count("\n") + 20
    assert _briefing(wrapped) == _briefing(text)
