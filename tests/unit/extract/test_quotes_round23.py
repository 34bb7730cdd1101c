"""Round 23: single-mark quotes that end in an ellipsis or carry on over paragraphs (own sentences)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Cast, quote_bodies, run


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("\u2018We expect the border to stay open\u2026\u2019\n", "We expect the border to stay open\u2026"),
        (
            "She added: \u2018There are guarantees we expect\u2026\u2019 and left.",
            "There are guarantees we expect\u2026",
        ),
        ("'Talks went on for hours\u2026' he said.", "Talks went on for hours\u2026"),
    ],
)
def test_a_single_quote_closing_after_an_ellipsis_is_a_quote(text: str, quote: str) -> None:
    assert (quote, True) in quote_bodies(text)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "\u2018We talked about the backstop. It was a good meeting.\n"
            "\u2018But there is still a wide gap,\u2019 he said.\n",
            "We talked about the backstop. It was a good meeting.",
        ),
        (
            "'We met for an hour and agreed on a plan!\n'Now the work starts,' she said.\n",
            "We met for an hour and agreed on a plan!",
        ),
    ],
)
def test_a_single_quote_carried_on_to_the_next_paragraph_is_kept_open(text: str, quote: str) -> None:
    assert (quote, False) in quote_bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        # the next paragraph does not open a quote: the mark was an apostrophe or a stray
        "\u2018Tis the season for talks in the capital.\nThe minister left early.\n",
        # the paragraph does not end a sentence
        "\u2018We talked about the backstop and\n\u2018But there is a gap,\u2019 he said.\n",
        # the mark is not at the paragraph's start
        "He spoke of the \u2018splendid ties with Paris.\n\u2018It was good,\u2019 he said.\n",
    ],
)
def test_no_carried_quote_without_the_convention(text: str) -> None:
    assert not any(not closed for _q, closed in quote_bodies(text))


def test_a_carried_single_quote_continues_its_speaker() -> None:
    cast = Cast(actors={"Leo Byrne": ("person", ("Byrne",))}, pronouns={"he": "Leo Byrne"})
    text = (
        "\u2018We want a deal,\u2019 Byrne said.\n\n"
        "\u2018We talked about the backstop. It was a good meeting.\n\n"
        "\u2018But there is still a wide gap before October.\u2019\n"
    )
    said = [(k, who, t) for k, who, t in run(text, cast)]
    assert ("direct", "Leo Byrne", "We talked about the backstop. It was a good meeting.") in said
    assert ("direct", "Leo Byrne", "But there is still a wide gap before October.") in said
