"""Fixtures every test shares: nothing a test does may touch the developer's real store."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_store(tmp_path, monkeypatch):
    """Point $BRIEFING_DB and the user data dirs at a temporary folder."""
    db = tmp_path / "briefing.json"
    monkeypatch.setenv("BRIEFING_DB", str(db))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return db


def refuse_writes_under(monkeypatch: pytest.MonkeyPatch, root: Path) -> None:
    """Make every write-mode open under ``root`` fail as a read-only store would.

    Tests run as root, where chmod does not stop a write; patching ``os.open`` does.
    """
    real_open = os.open

    def read_only(path, flags, *args, **kwargs):
        if str(path).startswith(str(root)) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only)
