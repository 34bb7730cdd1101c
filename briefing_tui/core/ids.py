"""Stable ids: the same actor, article or item gets the same id on every run.

Ids are short hex digests of canonical content, never TinyDB's counters,
so two processes, two imports or an export and re-import agree on them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def digest(*parts: str, length: int = 16) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


def canonical_name(name: str) -> str:
    """Case-, accent- and spacing-insensitive key for an actor's name."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-")
    return _SPACE.sub(" ", bare).strip().casefold()


def actor_id(kind: str, name: str) -> str:
    return "a-" + digest(kind, canonical_name(name))


def article_id_for_url(canonical_url: str) -> str:
    return "art-" + digest("url", canonical_url)


def article_id_for_text(text: str) -> str:
    """Id of an article that has no URL: its whitespace-folded body."""
    return "art-" + digest("text", _SPACE.sub(" ", text).strip())


def statement_id(article_id: str, actor: str | None, text: str, evidence_start: int | None) -> str:
    return "s-" + digest(article_id, actor or "", _SPACE.sub(" ", text).strip(), str(evidence_start))


def meeting_id(
    article_id: str, kind: str, participant_ids: tuple[str, ...] | list[str], evidence_start: int | None
) -> str:
    return "m-" + digest(article_id, kind, ",".join(sorted(participant_ids)), str(evidence_start))
