"""Stable ids: the same actor, article or item gets the same id on every run.

Ids are short hex digests of canonical content, never TinyDB's counters,
so two processes, two imports or an export and re-import agree on them.
"""

from __future__ import annotations

import hashlib
import unicodedata


def digest(*parts: str, length: int = 16) -> str:
    """Hex digest of the parts, each followed by a unit separator (0x1f).

    Hashed in one call: the same bytes as feeding the parts one by one.
    """
    data = "\x1f".join((*parts, "")).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).hexdigest()[:length]


def canonical_name(name: str) -> str:
    """Case-, accent- and spacing-insensitive key for an actor's name."""
    if name.isascii():  # nothing to decompose or strip of accents: the usual case, made cheap
        return _fold_spaces(name).lower()
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-")
    return _fold_spaces(bare).casefold()


def _fold_spaces(text: str) -> str:
    """Runs of whitespace as one space, none at the ends (``split`` and ``\\s`` agree on whitespace)."""
    return " ".join(text.split())


def actor_id(kind: str, name: str) -> str:
    return "a-" + digest(kind, canonical_name(name))


def article_id_for_url(canonical_url: str) -> str:
    return "art-" + digest("url", canonical_url)


def article_id_for_text(text: str) -> str:
    """Id of an article that has no URL: its whitespace-folded body."""
    return "art-" + digest("text", _fold_spaces(text))


def statement_id(article_id: str, actor: str | None, text: str, evidence_start: int | None) -> str:
    return "s-" + digest(article_id, actor or "", _fold_spaces(text), str(evidence_start))


def meeting_id(
    article_id: str, kind: str, participant_ids: tuple[str, ...] | list[str], evidence_start: int | None
) -> str:
    return "m-" + digest(article_id, kind, ",".join(sorted(participant_ids)), str(evidence_start))
