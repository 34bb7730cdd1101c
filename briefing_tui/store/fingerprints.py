"""Whether two texts are the same article, and a read cache of every stored article's fingerprint.

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

``<store>.json.d/fingerprints`` keeps the fingerprint of each article file
with the file's signature (inode, size, mtime, ctime), so an import compares
against every stored article without reading their bodies; entries whose file
changed are computed again from the file. Like the summary it is only a cache:
written atomically without the lock, ignored when damaged, from another
version, or describing a file as it no longer is.
"""

from __future__ import annotations

import marshal
import re
import struct
import zlib
from array import array
from pathlib import Path

from briefing_tui.store.atomic import replace_files

SHINGLE = 5
SAMPLE = 4
MIN_SAMPLED = (
    6  # fewer sampled 5-grams than this (a text of some 30 words): only an identical text is the same
)
CONTAINED = 0.8  # share of the smaller text's sample found in the larger one's
LENGTH_RATIO = 0.6  # the smaller sample against the larger: below it, one text is an excerpt of the other

FORMAT = 1
_HEADER = f"briefing-fingerprints {FORMAT} {SHINGLE}/{SAMPLE} marshal-{marshal.version}\n".encode("ascii")
_SIZES = struct.Struct("<QI")
_WORD = re.compile(r"\w+")

Fingerprint = frozenset[int]
FileSig = tuple[int, int, int, int]
CacheEntry = tuple[FileSig, bytes]  # the file's signature, the fingerprint packed as unsigned 32-bit ints


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


def read_cache(path: Path) -> dict[str, CacheEntry]:
    """Entries by article file name; empty when the cache is missing, damaged or of another format."""
    try:
        raw = path.read_bytes()
    except OSError:
        return {}
    start = len(_HEADER) + _SIZES.size
    if not raw.startswith(_HEADER) or len(raw) < start:
        return {}
    length, crc = _SIZES.unpack_from(raw, len(_HEADER))
    payload = memoryview(raw)[start:]
    if len(payload) != length or zlib.crc32(payload) != crc:
        return {}
    try:
        entries = marshal.loads(payload)
        return {
            name: (tuple(sig), packed)
            for name, sig, packed in entries
            if type(packed) is bytes and len(packed) % 4 == 0
        }
    except Exception:  # damage the checksum missed: it is only a shortcut
        return {}


def write_cache(path: Path, temp_folder: Path, entries: dict[str, CacheEntry]) -> None:
    """Replace the cache atomically, without fsync (a torn file fails the checksum). Raises OSError."""
    payload = marshal.dumps(tuple((name, sig, packed) for name, (sig, packed) in entries.items()), 4)
    data = _HEADER + _SIZES.pack(len(payload), zlib.crc32(payload)) + payload
    replace_files([(path, data)], durable=False, temp_folder=temp_folder)
