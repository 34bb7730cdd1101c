"""A read cache of every article file without bodies, so a load reads one file instead of thousands.

``<store>.json.d/summary`` holds, for each article file, the file's name and
signature (inode, size, mtime, ctime) and what the store keeps in memory of
it: the article record (no body), its actor views, and its statements and
meetings as one marshal blob that is decoded only when they are first asked
for (counting, listing actors and writing never decode it), and the packed
fingerprint of its text (``fingerprints``; None when not known).

The article files stay the only source of truth. An entry is used only when
its file's signature is unchanged (an atomic replace always changes the
inode); every other file is read as before, and entries of files that are
gone are ignored, so a summary older than the article files is patched at
load, never trusted. The summary is rewritten when a load had to read many
files or at close after many writes, atomically (temp file and
``os.replace``) but without fsync: a kill leaves the old or the new file,
and a torn file after a power cut fails the checksum and is ignored like a
missing one. It is written without the write lock (an entry cannot go wrong
by being late), so a writer's sweep may remove its temp file: the write is
then skipped.

Format: a header line naming the format, marshal and Python versions, then
the payload's length and CRC-32, then the marshal payload ``(FIELDS,
entries)``; ``FIELDS`` are the record classes' field names, so a change to
the records makes old summaries unreadable instead of misread.
"""

from __future__ import annotations

import marshal
import struct
import sys
import zlib
from collections.abc import Iterable
from dataclasses import fields
from pathlib import Path
from typing import Any

from briefing_tui.core.models import Actor, Article, Meeting, Statement
from briefing_tui.store.atomic import replace_files
from briefing_tui.store.shards import _ROW_OF, ArticleItems, Packed

# 2: entries end with the text's fingerprint; 3: an article file written before title_guessed was
# kept has it inferred (``shards.article_from_doc``), so summaries that took it as False are dropped
FORMAT = 3
HEADER = (
    f"briefing-summary {FORMAT} marshal-{marshal.version} py{sys.version_info[0]}.{sys.version_info[1]}\n"
)
_HEADER = HEADER.encode("ascii")
_SIZES = struct.Struct("<QI")

ARTICLE_ROW = tuple(f.name for f in fields(Article) if f.name != "text")  # bodies stay in the article files
ACTOR_ROW = tuple(f.name for f in fields(Actor) if f.name != "article_ids")  # always (the article's id,)
FIELDS = (
    ARTICLE_ROW,
    ACTOR_ROW,
    tuple(f.name for f in fields(Statement)),
    tuple(f.name for f in fields(Meeting)),
)

FileSig = tuple[int, int, int, int]  # inode, size, mtime_ns, ctime_ns
# name, signature, article row, actor rows, statement actor ids, meeting actor ids,
# statement count, meeting count, blob of (statement rows, meeting rows), packed fingerprint or None
Entry = tuple[
    str,
    FileSig,
    tuple[Any, ...],
    tuple[tuple[Any, ...], ...],
    tuple[str, ...],
    tuple[str, ...],
    int,
    int,
    bytes,
    bytes | None,
]

_article_row = _ROW_OF[Article]
_actor_row = _ROW_OF[Actor]
_TEXT_LAST = tuple(f.name for f in fields(Article))[-1] == "text"


def read_summary(path: Path) -> dict[str, Entry] | None:
    """Entries by file name, or None for a summary that is missing, damaged or from another version."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    start = len(_HEADER) + _SIZES.size
    if not raw.startswith(_HEADER) or len(raw) < start:
        return None
    length, crc = _SIZES.unpack_from(raw, len(_HEADER))
    payload = memoryview(raw)[start:]
    if len(payload) != length or zlib.crc32(payload) != crc:
        return None
    try:
        fields_seen, entries = marshal.loads(payload)
        if fields_seen != FIELDS:
            return None
        found = {entry[0]: entry for entry in entries}
    except Exception:  # any damage the checksum missed: a summary is only ever a shortcut
        return None
    return found


def items_of_entry(entry: Entry, path: str, views: dict[tuple[Any, ...], Actor]) -> ArticleItems:
    """The in-memory form of one entry; ``path`` is the article file (read instead should the blob be damaged).

    Identical actor views (the same actor described the same way in many
    articles) share one record through ``views``, one dict per load; a
    view's ``article_ids`` is left empty, as only merged actors are handed out.
    """
    _name, _sig, article_row, actor_rows, s_ids, m_ids, s_count, m_count, blob, _prints = entry
    if _TEXT_LAST:
        article = Article(*article_row)
    else:
        article = Article(**dict(zip(ARTICLE_ROW, article_row, strict=True)))
    actors = []
    for row in actor_rows:
        view = views.get(row)
        if view is None:
            view = views[row] = Actor(**dict(zip(ACTOR_ROW, row, strict=True)))
        actors.append(view)
    if type(blob) is not bytes or type(s_count) is not int or type(m_count) is not int:
        raise TypeError("not a summary entry")
    return ArticleItems(
        article=article,
        actors=tuple(actors),
        packed=Packed(blob, s_count, m_count, tuple(s_ids), tuple(m_ids)),
        path=path,
    )


def entry_of(name: str, sig: FileSig, items: ArticleItems, prints: bytes | None = None) -> Entry:
    """The summary entry of an article held in memory; a still-packed blob is reused as it is.

    ``prints`` is the text's packed fingerprint, when known."""
    article_row = _article_row(items.article)[: len(ARTICLE_ROW)] if _TEXT_LAST else None
    if article_row is None:
        article_row = tuple(getattr(items.article, n) for n in ARTICLE_ROW)
    actor_rows = tuple(_actor_row(actor)[: len(ACTOR_ROW)] for actor in items.actors)
    packed = items.packed
    if packed is None:
        statement_rows, meeting_rows = items.item_rows()
        packed = Packed(
            marshal.dumps((tuple(statement_rows), tuple(meeting_rows)), 4),
            len(statement_rows),
            len(meeting_rows),
            tuple(sorted(items.statement_actor_ids())),
            tuple(sorted(items.meeting_actor_ids())),
        )
    return (
        name,
        sig,
        article_row,
        actor_rows,
        packed.statement_actor_ids,
        packed.meeting_actor_ids,
        packed.statement_count,
        packed.meeting_count,
        packed.blob,
        prints,
    )


def write_summary(path: Path, temp_folder: Path, entries: Iterable[Entry]) -> None:
    """Replace the summary atomically (no fsync: see the module docstring). Raises ValueError or OSError."""
    payload = marshal.dumps((FIELDS, tuple(entries)), 4)
    data = _HEADER + _SIZES.pack(len(payload), zlib.crc32(payload)) + payload
    replace_files([(path, data)], durable=False, temp_folder=temp_folder)
