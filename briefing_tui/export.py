"""The whole store as one JSON object, for ``briefing export`` and the app's ``e``.

Every item has the shape of extract.schema.json, so an export reads like
the output of ``briefing extract`` for many articles at once.
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from briefing_tui.core.models import SCHEMA_ID, Snapshot
from briefing_tui.store.repository import Repository


def export_snapshot(snapshot: Snapshot) -> dict[str, Any]:
    return {
        "schema": SCHEMA_ID,
        "articles": [a.schema_dict() for a in snapshot.articles],
        "actors": [a.to_dict() for a in snapshot.actors],
        "statements": [s.to_dict() for s in snapshot.statements],
        "meetings": [m.to_dict() for m in snapshot.meetings],
    }


def export_store(repo: Repository) -> dict[str, Any]:
    """Keys ``schema``, ``articles``, ``actors``, ``statements``, ``meetings``."""
    return export_snapshot(repo.snapshot())


def dumps(data: Any) -> str:
    """The JSON text briefing writes: UTF-8 friendly, indented, newline-terminated."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def new_export_path(folder: Path, now: datetime) -> Path:
    """A file named by the time that no earlier export in ``folder`` holds: two exports within one
    second (a key pressed twice) keep both files instead of the second replacing the first."""
    stem = f"briefing-export-{now:%Y%m%d-%H%M%S}"
    path, n = folder / f"{stem}.json", 2
    while path.exists() or path.is_symlink():
        path, n = folder / f"{stem}-{n}.json", n + 1
    return path


def write_export(data: dict[str, Any], path: str | os.PathLike[str]) -> Path:
    """Write ``data`` to ``path`` atomically: a reader sees the old file or the whole new one.

    A link is followed (the file it names is replaced, the link kept), and what is no regular file
    (``/dev/stdout``, a named pipe, ``>(gzip > x.gz)``) is written into as it is: renaming a
    temporary file over it would put a plain file in a pipe's or a device's place.
    An OSError names ``path`` (a folder, no permission, a full disk), never the temporary file.
    """
    target = Path(path)
    tmp: str | None = None
    try:
        if target.exists() and not target.is_file() and not target.is_dir():
            with open(target, "w", encoding="utf-8") as stream:
                stream.write(dumps(data))
            return target
        if target.is_symlink() and target.is_file():
            target = Path(os.path.realpath(target))
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.fchmod(fd, mode)  # mkstemp's 0600 would surprise whoever shares the file
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(dumps(data))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as error:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise type(error)(error.errno, error.strerror or str(error), str(path)) from None
    except BaseException:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise
    return target
