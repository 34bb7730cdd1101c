"""Where a store's files live, all derived from the one path the user names.

For ``--db x.json``::

    x.json                 TinyDB file, table ``meta``: schema version and layout name
    x.json.lock            write lock (holder's pid and command inside)
    x.json.d/articles/     one TinyDB file per article (see ``shards``)
    x.json.d/changed       marker rewritten after every write, so other processes know to rescan
    x.json.d/summary       read cache of all article files without bodies (see ``summary``)
    x.json.d/fingerprints  left by earlier versions (a cache of text fingerprints, now kept in the
                           article files and the summary); removed when the summary is written
    x.json.bak-v<N>        copy taken before migrating from schema version N
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from briefing_tui.core.ids import digest

_PLAIN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,100}")
SHARD_SUFFIX = ".json"


@dataclass(frozen=True, slots=True)
class StoreLayout:
    path: Path

    @property
    def folder(self) -> Path:
        return self.path.with_name(self.path.name + ".d")

    @property
    def articles_dir(self) -> Path:
        return self.folder / "articles"

    @property
    def lock_path(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")

    @property
    def marker_path(self) -> Path:
        return self.folder / "changed"

    @property
    def summary_path(self) -> Path:
        return self.folder / "summary"

    @property
    def old_fingerprints_path(self) -> Path:
        return self.folder / "fingerprints"

    def backup_path(self, version: int) -> Path:
        return self.path.with_name(f"{self.path.name}.bak-v{version}")

    def shard_path(self, article_id: str) -> Path:
        return self.articles_dir / shard_name(article_id)

    def temp_folders(self) -> tuple[Path, ...]:
        """Where temporary files are made: article files' go to ``folder``, not into the big articles folder."""
        return (self.path.parent, self.folder)


ChangeStamp = tuple[int, int, int]


def change_stamp(path: Path) -> ChangeStamp | None:
    """A cheap token that changes whenever any process writes the store at ``path`` (None before the first write).

    It is the change marker's inode, size and mtime: every write replaces the
    marker atomically, so the inode alone already differs after each one.
    """
    try:
        stat = StoreLayout(path).marker_path.stat()
    except OSError:
        return None
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


def shard_name(article_id: str) -> str:
    """The id itself when it is file-name safe (``art-3f2a…``), else ``h-`` and its digest."""
    if _PLAIN_ID.fullmatch(article_id) and not article_id.startswith("h-"):
        return article_id + SHARD_SUFFIX
    return "h-" + digest("article-file", article_id, length=32) + SHARD_SUFFIX
