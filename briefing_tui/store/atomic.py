"""Crash-safe file replacement and the TinyDB storage built on it.

A reader, or a process started after a ``kill -9``, sees either the old file
or the whole new one: data goes to a temporary file in the same folder, is
flushed and fsynced, then ``os.replace``\\ d over the target, and the folder is
fsynced so the rename itself survives a power cut. TinyDB's stock
``JSONStorage`` writes in place and truncates afterwards, which a kill at the
wrong moment turns into an unreadable store.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from briefing_tui.core.models import SCHEMA_ID
from briefing_tui.store.errors import StoreError

TEMP_MARK = ".tmp-"


def temp_path_for(path: Path, folder: Path | None = None) -> Path:
    """A hidden file next to ``path`` (or in ``folder``, on the same file system) that can never be a store file."""
    return (folder or path.parent) / f".{path.name}{TEMP_MARK}{os.getpid()}-{secrets.token_hex(4)}"


def is_temp_name(name: str) -> bool:
    return name.startswith(".") and TEMP_MARK in name


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_files(
    items: Sequence[tuple[Path, bytes]], *, durable: bool = True, temp_folder: Path | None = None
) -> None:
    """Write every file in full to a temporary file, then rename each over its target, in order.

    ``temp_folder`` (same file system) keeps temporary files out of a large
    folder, so sweeping them at open stays cheap. ``durable=False`` skips
    the fsyncs, for files that are only hints (the change marker): still
    atomic for readers and kills, not for power cuts.
    """
    temps: list[Path] = []
    try:
        for path, data in items:
            tmp = temp_path_for(path, temp_folder)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            temps.append(tmp)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                if durable:
                    os.fsync(handle.fileno())
        for (path, _), tmp in zip(items, temps, strict=True):
            os.replace(tmp, path)
        if durable:
            for folder in dict.fromkeys(path.parent for path, _ in items):
                fsync_dir(folder)
    except BaseException:
        for tmp in temps:
            tmp.unlink(missing_ok=True)
        raise


def remove_file(path: Path) -> bool:
    """Unlink and make the removal durable; False when it was already gone."""
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    fsync_dir(path.parent)
    return True


def sweep_temp_files(folders: Iterable[Path]) -> int:
    """Delete temporary files a killed writer left behind. Call only while holding the write lock."""
    removed = 0
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except FileNotFoundError:
            continue
        for entry in entries:
            if is_temp_name(entry.name) and entry.is_file(follow_symlinks=False):
                Path(entry.path).unlink(missing_ok=True)
                removed += 1
    return removed


def encode_json(data: Any) -> bytes:
    """Compact UTF-8 JSON; text with lone surrogates (broken input) is written as escapes instead of failing."""
    try:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(data, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def read_with_stat(path: Path) -> tuple[bytes, os.stat_result]:
    """A file's bytes with the status of the very file read (not of one replaced meanwhile)."""
    with open(path, "rb") as handle:
        return handle.read(), os.fstat(handle.fileno())


def load_json_file(path: Path) -> Any:
    """Parse a file we wrote; anything else (empty, truncated, not UTF-8 or JSON) is a StoreError."""
    return parse_json(path.read_bytes(), path)


def parse_json(raw: bytes, path: Path) -> Any:
    """Parse the bytes of ``path``, with the errors of ``load_json_file``."""
    if not raw.strip():
        raise StoreError(path, "the file is empty, not a briefing store (left unchanged)")
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise StoreError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start}); left unchanged") from None
    except json.JSONDecodeError as exc:
        raise StoreError(
            path, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); left unchanged"
        ) from None


class AtomicJSONStorage(Storage):
    """TinyDB storage: whole-file JSON like the stock one, replaced atomically on every write."""

    def __init__(self, path: str | os.PathLike[str], **_: Any) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        if not self.path.exists():
            return None
        data = load_json_file(self.path)
        if isinstance(data, dict) and data.get("schema") == SCHEMA_ID:  # `--db` and `--out` swapped, say
            raise StoreError(
                self.path, "a briefing export (what 'briefing export' writes), not a store; left unchanged"
            )
        if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
            raise StoreError(self.path, "JSON but not TinyDB tables; left unchanged")
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        replace_files([(self.path, encode_json(data))])
