"""Quitting the dashboard in the middle of an import gives the terminal back at once, storing nothing half-way.

The dashboard runs in a real pseudo-terminal against a local server that
never answers, so the import's downloads are still waiting when q is pressed.
"""

from __future__ import annotations

import os
import select
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from briefing_tui.cli import main
from tests.cli.helpers import REPO

pty = pytest.importorskip("pty")


class _Silent(BaseHTTPRequestHandler):
    release = threading.Event()

    def do_GET(self) -> None:
        self.release.wait(60)  # answers only when the test is over

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def silent_url():
    _Silent.release.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Silent)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/talks.html"
    _Silent.release.set()
    server.shutdown()
    server.server_close()


def _read_until(fd: int, needle: bytes, seconds: float) -> bytes:
    seen = b""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and needle not in seen:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    return seen


def _wait_exit(pid: int, fd: int, seconds: float) -> float | None:
    """Seconds until the process ended, or None when it was still running after ``seconds``."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        _read_until(fd, b"\0", 0.05)  # keep the terminal drained
        done, _status = os.waitpid(pid, os.WNOHANG)
        if done:
            return time.monotonic() - start
    return None


@pytest.mark.slow
def test_quitting_during_an_import_exits_at_once(tmp_path, silent_url):
    db = tmp_path / "briefing.json"
    pid, fd = pty.fork()
    if pid == 0:  # the child: the dashboard, as a user starts it
        os.chdir(REPO)
        os.environ.update({"TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"})
        os.execv(sys.executable, [sys.executable, "-m", "briefing_tui", "--db", str(db)])
    took: float | None = None
    try:
        assert b"sample" in _read_until(fd, b"sample", 20), "the dashboard did not open"
        os.write(fd, b"i")
        assert b"one URL per line" in _read_until(fd, b"one URL per line", 10)
        os.write(fd, silent_url.encode() + b"\x12")  # ctrl+r imports
        assert b"importing" in _read_until(fd, b"importing", 10)
        time.sleep(0.5)
        os.write(fd, b"q")
        took = _wait_exit(pid, fd, 8)
        assert took is not None, "still running 8 s after q: the import's download held the exit"
        assert took < 4, took
    finally:
        if took is None:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        os.close(fd)
    assert not list((tmp_path / "briefing.json.d").glob("articles/*.json"))


def test_an_app_left_with_reading_threads_exits_without_joining_them(monkeypatch):
    """The command line leaves at once (the store closed, the import job over) when readers are still busy."""
    import types

    release = threading.Event()

    class App:
        return_code = None

        def run(self) -> None:
            threading.Thread(target=release.wait, args=(30,), name="briefing-import_0").start()

    module = types.ModuleType("briefing_tui.ui.app")
    module.create_app = lambda db_path, *, as_of=None: App()
    monkeypatch.setitem(sys.modules, "briefing_tui.ui.app", module)
    exits: list[int] = []

    def exit_now(code: int):
        exits.append(code)
        raise SystemExit(code)

    monkeypatch.setattr("briefing_tui.cli.exit_now", exit_now)
    try:
        with pytest.raises(SystemExit):
            main([])
    finally:
        release.set()
    assert exits == [0]
