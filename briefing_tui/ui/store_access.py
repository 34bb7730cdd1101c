"""The one owner of the store inside the app.

TinyDB is not thread-safe, so every call goes through :class:`StoreAccess`
under one lock, always from a worker thread, never the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from briefing_tui.store.repository import Repository

T = TypeVar("T")


def _default_opener(path: Path) -> Repository:
    from briefing_tui.store import open_store

    return open_store(path)


class StoreAccess:
    def __init__(self, path: Path, opener: Callable[[Path], Repository] | None = None) -> None:
        self.path = path
        self._opener = opener or _default_opener
        self._lock = threading.Lock()
        self._repo: Repository | None = None

    def run(self, job: Callable[[Repository], T]) -> T:
        """Call ``job`` with the open store, opening it on first use; one caller at a time."""
        with self._lock:
            if self._repo is None:
                self._repo = self._opener(self.path)
            return job(self._repo)

    def close(self) -> None:
        with self._lock:
            if self._repo is not None:
                self._repo.close()
                self._repo = None
