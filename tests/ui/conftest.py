"""Fixtures for Pilot and snapshot tests: a fixed clock and hand-built stores."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.ui.briefing_fixture import build_store, wang_yi_extraction

TODAY = date(2024, 1, 15)
SAMPLE_DAY = date(2023, 10, 24)


def fixed_today() -> date:
    return TODAY


@pytest.fixture
def sample_db(tmp_path: Path) -> Path:
    return build_store(tmp_path / "briefing.json", wang_yi_extraction())


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    return tmp_path / "empty.json"


async def settle(pilot) -> None:
    """Wait until every worker finished and the messages they posted were handled."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def web_base() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 serving tests/ui/data, stopped after the test."""
    handler = partial(_QuietHandler, directory=str(DATA))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def make_app(db: Path, **kwargs):
    """The app as the CLI builds it, with the fixed clock, as of the sample's day unless told."""
    from briefing_tui.ui.app import create_app

    kwargs.setdefault("today", fixed_today)
    kwargs.setdefault("as_of", SAMPLE_DAY)
    return create_app(db, **kwargs)


def record_notifications(app) -> list[tuple[str, str]]:
    """(message, severity) of every notification the app shows from now on."""
    shown: list[tuple[str, str]] = []
    notify = app.notify

    def recording(message, *, title="", severity="information", timeout=None, markup=True):
        shown.append((message, severity))
        notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    app.notify = recording
    return shown


async def open_import_dialog(pilot, tab: str | None = None):
    """Press i and switch the dialog to ``tab`` ("urls", "file" or "paste")."""
    from briefing_tui.ui.screens.import_dialog import ImportDialog

    await pilot.press("i")
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, ImportDialog)
    if tab:
        dialog.query_one("#import-tabs").active = f"import-tab-{tab}"
        await pilot.pause()
    return dialog
