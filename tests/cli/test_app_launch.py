"""``briefing`` with no command opens the dashboard through the UI's one factory."""

from __future__ import annotations

import sys
import types
from datetime import date

import pytest

from briefing_tui.cli import main


class FakeApp:
    return_code: int | None = None

    def __init__(self, db_path, as_of):
        self.db_path = db_path
        self.as_of = as_of
        self.ran = False

    def run(self):
        self.ran = True


@pytest.fixture
def created(monkeypatch):
    """Replace briefing_tui.ui.app with a recorder, so no terminal is needed."""
    apps: list[FakeApp] = []

    def create_app(db_path, *, as_of=None):
        apps.append(FakeApp(db_path, as_of))
        return apps[-1]

    module = types.ModuleType("briefing_tui.ui.app")
    module.create_app = create_app
    monkeypatch.setitem(sys.modules, "briefing_tui.ui.app", module)
    return apps


def test_launch_uses_the_environment_store(created, isolated_store):
    assert main([]) == 0
    (app,) = created
    assert app.ran
    assert app.db_path == isolated_store
    assert app.as_of is None


def test_launch_with_db_and_as_of(created, tmp_path):
    assert main(["--db", str(tmp_path / "team.json"), "--as-of", "2023-10-24"]) == 0
    (app,) = created
    assert app.db_path == tmp_path / "team.json"
    assert app.as_of == date(2023, 10, 24)


def test_launch_returns_the_app_exit_code(created, monkeypatch):
    monkeypatch.setattr(FakeApp, "return_code", 3)
    assert main([]) == 3
