"""Stage 1 (placeholder until the clean stage lands): length-preserving normalisation."""

from __future__ import annotations


def clean(text: str) -> str:
    return text
