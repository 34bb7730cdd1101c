"""Coref's cheap tests in front of its end-anchored searches never skip a text the search matches."""

from __future__ import annotations

import random

from briefing_tui.extract import homeside

_WORDS = [
    "in",
    "In",
    "at",
    "into",
    "to",
    "the",
    "The",
    "THE",
    "visit",
    "visits",
    "visited",
    "visiting",
    "travelled",
    "trip",
    "flew",
    "delegation",
    "on",
    "ON",
    "about",
    "over",
    "against",
    "toward",
    "towards",
    "regarding",
    "REGARDİNG",
    "towardſ",
    "Doha,",
    "New",
    "York,",
    "Kyiv",
    ",",
    "said",
    "within",
    "clothe",
    "(on",
    "x",
]
_SPACES = [" ", "  ", "\n", "\u00a0", ""]


def _texts(count: int) -> list[str]:
    rng = random.Random(7)
    out = []
    for _ in range(count):
        parts = [rng.choice(_WORDS) + rng.choice(_SPACES) for _ in range(rng.randint(1, 6))]
        out.append("".join(parts))
    return out


def test_destination_gate_keeps_every_match() -> None:
    for text in _texts(3000):
        lo = max(0, len(text) - 40)
        matched = homeside._LOCATIVE.search(text, lo) or homeside._CITY_COMMA.search(text, lo)
        if matched:
            assert homeside._may_end_with(text[lo:].rstrip(), homeside._DESTINATION_ENDS), text


def test_topic_gate_keeps_every_match() -> None:
    for text in _texts(3000):
        lo = max(0, len(text) - 30)
        if homeside._TOPIC_BEFORE.search(text, lo):
            tail = text[lo:].rstrip()
            folded = (tail if tail.isascii() else tail.translate(homeside._FOLD)).lower()
            assert homeside._may_end_with(folded, homeside._TOPIC_ENDS), text
