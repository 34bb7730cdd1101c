"""Whether two texts are the same article, by fingerprints of their texts.

The same article reaches briefing in slightly different texts: a saved page
read by the page reader keeps a dateline or a "Leave a Reply" footer that a
copy of its text does not, line breaks and spaces differ, a pasted copy lacks
the headline. Ids cannot see that (an article's id is its URL or its exact
text), so the importer asks the store for a stored article whose text is
nearly the same (``same_article``) before adding one under a new id.

A fingerprint is a sample of the text's word 5-grams: each is hashed
(CRC-32 of the case-folded words), and those whose hash is divisible by
``SAMPLE`` are kept, about one in four. Two texts are the same article when
most of the smaller one's sample is in the larger one's and neither is
much longer than the other (an excerpt of an article is not that article).

Each article file keeps its text's fingerprint (``shards``), and the
summary keeps it for every article file it describes (``summary``), so an
import compares against every stored article without reading their bodies;
only article files written before fingerprints were kept have theirs
computed from the text, once, and the summary then remembers them.
"""

from __future__ import annotations

import base64
import re
import sys
import zlib
from array import array

SHINGLE = 5
SAMPLE = 4
MIN_SAMPLED = (
    6  # fewer sampled 5-grams than this (a text of some 30 words): only an identical text is the same
)
CONTAINED = 0.8  # share of the smaller text's sample found in the larger one's
LENGTH_RATIO = 0.6  # the smaller sample against the larger: below it, one text is an excerpt of the other

KIND = f"{SHINGLE}/{SAMPLE}"  # what an article file's fingerprint was made with: others are computed again
_WORD = re.compile(r"\w+")

Fingerprint = frozenset[int]


def fingerprint(text: str) -> Fingerprint:
    words = _WORD.findall(text.casefold())
    kept = set()
    for start in range(len(words) - SHINGLE + 1):
        hashed = zlib.crc32(" ".join(words[start : start + SHINGLE]).encode("utf-8", "surrogatepass"))
        if hashed % SAMPLE == 0:
            kept.add(hashed)
    return frozenset(kept)


def same_article(first: Fingerprint, second: Fingerprint) -> bool:
    smaller, larger = sorted((first, second), key=len)
    if len(smaller) < MIN_SAMPLED or len(smaller) < LENGTH_RATIO * len(larger):
        return False
    return len(smaller & larger) >= CONTAINED * len(smaller)


def pack(prints: Fingerprint) -> bytes:
    return array("I", sorted(prints)).tobytes()


def unpack(packed: bytes) -> Fingerprint:
    values = array("I")
    values.frombytes(packed)
    return frozenset(values)


def to_text(prints: Fingerprint) -> str:
    """The fingerprint as an article file keeps it: sorted little-endian 32-bit ints in base64."""
    values = array("I", sorted(prints))
    if sys.byteorder == "big":
        values.byteswap()
    return base64.b64encode(values.tobytes()).decode("ascii")


def packed_from_text(text: object) -> bytes | None:
    """``pack``'s bytes of a fingerprint kept by ``to_text``; None for anything else."""
    if type(text) is not str:
        return None
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError:
        return None
    if len(raw) % 4:
        return None
    if sys.byteorder == "big":
        values = array("I")
        values.frombytes(raw)
        values.byteswap()
        raw = values.tobytes()
    return raw


# --- another version of a stored article ----------------------------------------------------------
# The same article read another way differs from the stored text by a dateline, a headline or a
# page's footer ("Your email address will not be published."); an updated version of a story
# adds or rewrites whole sentences. A sentence of the new text counts as added when it has at
# least ADDED_WORDS words and most of them appear in no 5-word run of the earlier text.
ADDED_WORDS = 8
_SENTENCE_END = re.compile(r"(?<=[.!?\u3002])[\"'\u201d\u2019)\]]*\s+|\n\s*\n|\n(?=\S)")


def _runs(words: list[str]) -> set[str]:
    return {" ".join(words[start : start + SHINGLE]) for start in range(len(words) - SHINGLE + 1)}


def added_sentences(text: str, earlier: str) -> list[str]:
    """The sentences of ``text`` that ``earlier`` (the same article, as ``same_article`` found) lacks:
    those of ``ADDED_WORDS`` words or more, most of whose words are in no 5-word run of ``earlier``."""
    known = _runs(_WORD.findall(earlier.casefold()))
    added = []
    for sentence in _SENTENCE_END.split(text):
        words = _WORD.findall(sentence.casefold())
        if len(words) < ADDED_WORDS:
            continue
        covered = [False] * len(words)
        for start in range(len(words) - SHINGLE + 1):
            if " ".join(words[start : start + SHINGLE]) in known:
                covered[start : start + SHINGLE] = [True] * SHINGLE
        if covered.count(False) * 2 > len(words):
            added.append(" ".join(sentence.split()))
    return added


# --- one template, two stories -----------------------------------------------------------------
# Short notices written from one template (a ministry's readouts, a wire's briefs) share most of
# their 5-word runs and differ only in who, where and when: the fingerprint, blind to those few
# words, takes them for one article. Their names and figures tell them apart: the same article,
# read again or updated, keeps nearly all of them. A name or figure counts as changed when the
# smaller text has it and the larger lacks it; up to NAMES_CHANGED of them, or NAMES_SHARE of the
# smaller text's, are a correction or an update, more are another story.
NAMES_CHANGED = 2
NAMES_SHARE = 0.1
_TOKEN = re.compile(r"[^\W_][\w'\u2019.,-]*(?<![.,])")


def _names_and_figures(text: str) -> set[str]:
    """Capitalised words and numbers, case-folded (a text in capitals keeps them all)."""
    return {token.casefold() for token in _TOKEN.findall(text) if token[0].isupper() or token[0].isdigit()}


def same_names(text: str, other: str) -> bool:
    """Whether two texts the fingerprint finds alike name the same people, places and figures."""
    smaller, larger = sorted((_names_and_figures(text), _names_and_figures(other)), key=len)
    changed = len(smaller - larger)
    return changed <= max(NAMES_CHANGED, NAMES_SHARE * len(smaller))
