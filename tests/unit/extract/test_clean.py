"""Stage 1: cleaning keeps every offset and removes only furniture."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.clean import clean


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u201cWe will act,\u201d he said.", '"We will act," he said.'),
        ("\u2018yes\u2019 and \u00abnon\u00bb", "'yes' and \"non\""),
        ("Israel\u2013Hamas war\u2014and why", "Israel-Hamas war-and why"),
        ("It\u2019s 9\u00a0a.m.", "It's 9 a.m."),
        ("plain text stays", "plain text stays"),
        ("", ""),
    ],
)
def test_characters_are_normalised_one_for_one(text: str, expected: str) -> None:
    out = clean(text)
    assert out == expected
    assert len(out) == len(text)


@pytest.mark.parametrize(
    "line",
    [
        "[time-brightcove not-tgx=\u201dtrue\u201d]",
        "[embed id=42]",
        "Read More: How China Could Play a Key Role",
        "READ MORE: Something else entirely",
        "Related: Ten things to know",
        "Leave a Reply",
        "Leave a comment below",
        "Your email address will not be published.",
        "Required fields are marked *",
        "Share this article",
        "Subscribe to our newsletter",
        "Tags: diplomacy, China",
        "Copyright 2024 Example Media",
        "All rights reserved.",
    ],
)
def test_furniture_lines_are_blanked(line: str) -> None:
    text = f"First sentence here.\n{line}\nLast sentence here."
    out = clean(text)
    assert len(out) == len(text)
    assert out.splitlines()[1].strip() == ""
    assert out.startswith("First sentence here.\n")
    assert out.endswith("\nLast sentence here.")


@pytest.mark.parametrize(
    "line",
    [
        "Read the statement in full on the ministry's website.",
        "Share prices fell sharply after the talks collapsed.",
        "Tagged as a terrorist group, Hamas rejected the claim.",
        "He said the copyright dispute was settled.",
    ],
)
def test_prose_that_starts_like_furniture_is_kept(line: str) -> None:
    text = f"Intro.\n{line}\n"
    assert clean(text) == text


@pytest.mark.parametrize(
    ("first_line", "published", "blanked"),
    [
        ("Sat. Jun 22nd, 2024", date(2023, 10, 24), True),  # page saved later: not the dateline
        ("Monday, May 18, 2015", date(2015, 5, 18), False),  # the dateline itself
        ("December 20, 2007", date(2007, 12, 20), False),
        ("December 20, 2007", date(2007, 12, 21), True),
        ("2024-06-22", None, True),
    ],
)
def test_leading_date_line(first_line: str, published: date | None, blanked: bool) -> None:
    text = f"{first_line}\n\nChina said on Monday it would act."
    out = clean(text, published)
    assert len(out) == len(text)
    assert (out.splitlines()[0].strip() == "") is blanked
    assert out.endswith("China said on Monday it would act.")


def test_date_inside_prose_is_not_blanked() -> None:
    text = "Intro line.\nMonday, May 18, 2015\n"
    assert clean(text, date(2020, 1, 1)) == text


def test_very_long_line_is_kept_whole() -> None:
    text = "Read More: " + "word " * 1000
    assert clean(text) == text
