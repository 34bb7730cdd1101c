"""Fixtures every test shares: nothing a test does may touch the developer's real store."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def isolated_store(tmp_path, monkeypatch):
    """Point $BRIEFING_DB and the user data dirs at a temporary folder."""
    db = tmp_path / "briefing.json"
    monkeypatch.setenv("BRIEFING_DB", str(db))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return db
