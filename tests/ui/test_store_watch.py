"""The open dashboard notices what another process (a ``briefing import`` elsewhere) wrote to its store."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from briefing_tui.store import open_store
from briefing_tui.ui.messages import StoreLoaded
from tests.ui.briefing_fixture import hostile_extraction
from tests.ui.conftest import make_app, settle


@pytest.fixture(autouse=True)
def quick_watch(monkeypatch):
    monkeypatch.setattr("briefing_tui.ui.screens.main_screen.STORE_WATCH_SECONDS", 0.05)
    monkeypatch.setattr("briefing_tui.ui.screens.main_screen.STORE_QUIET_SECONDS", 0.3)
    monkeypatch.setattr("briefing_tui.ui.screens.main_screen.STORE_MAX_WAIT_SECONDS", 5.0)


def loads_into(loaded: list[StoreLoaded]):
    """A message hook keeping each StoreLoaded once (the hook sees it again as it bubbles to the app)."""

    def hook(message) -> None:
        if isinstance(message, StoreLoaded) and all(message is not seen for seen in loaded):
            loaded.append(message)

    return hook


async def wait_until(pilot, condition, seconds: float = 5.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("the app did not get there in time")


async def test_an_import_elsewhere_shows_up_keeping_focus_selection_and_filters(sample_db):
    loaded: list[StoreLoaded] = []
    app = make_app(sample_db)
    hook = loads_into(loaded)
    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("slash", *"wang", "enter")  # the actors pane filtered
        await pilot.press("2", "j")  # the second statement selected
        selected = screen.pane("statements").current_row.key
        loads = len(loaded)

        await asyncio.sleep(0.3)  # nothing changed: nothing is read again or redrawn
        await pilot.pause()
        assert len(loaded) == loads

        with open_store(sample_db) as other_process:
            other_process.put_extraction(hostile_extraction())
        await wait_until(pilot, lambda: len(screen.pane("articles").rows) == 2)
        await settle(pilot)

        assert screen.focused is screen.pane("statements")
        assert screen.pane("statements").current_row.key == selected
        assert screen.pane_filters["actors"] == "wang"
        assert [row.actor.name for row in screen.pane("actors").rows] == ["Wang Yi"]
        assert screen.board.snapshot.counts.articles == 2
        assert len(loaded) == loads + 1


async def test_our_own_import_is_not_read_twice(sample_db, tmp_path):
    loaded: list[StoreLoaded] = []
    app = make_app(sample_db)
    hook = loads_into(loaded)
    article = tmp_path / "note.txt"
    article.write_text("The minister said the talks in Geneva went well.\n", encoding="utf-8")
    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await pilot.press("ctrl+r")  # nothing asked for yet: the dialog stays
        app.screen.query_one("#import-path").value = str(article)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert len(app.screen.pane("articles").rows) == 2
        loads = len(loaded)
        await asyncio.sleep(0.3)
        await pilot.pause()
        assert len(loaded) == loads


def write_elsewhere(db, count: int, every: float) -> threading.Thread:
    """Another process importing ``count`` articles, one every ``every`` seconds."""

    def run() -> None:
        with open_store(db) as other_process:
            for n in range(count):
                other_process.put_extraction(hostile_extraction(f"Article {n} of a long import. " * 8))
                time.sleep(every)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


async def test_an_import_of_many_articles_elsewhere_is_read_once_when_it_ends(sample_db, monkeypatch):
    # still for 0.8 s, ten write intervals: a pause of the writer thread (a full garbage collection late
    # in a long test session holds the interpreter for a few tenths of a second) is no quiet spell
    monkeypatch.setattr("briefing_tui.ui.screens.main_screen.STORE_QUIET_SECONDS", 0.8)
    loaded: list[StoreLoaded] = []
    app = make_app(sample_db)
    async with app.run_test(size=(120, 40), message_hook=loads_into(loaded)) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("slash", *"wang", "enter", "2", "j")
        selected = screen.pane("statements").current_row.key
        loads = len(loaded)
        writer = write_elsewhere(sample_db, count=15, every=0.08)  # ~1.2 s of writes, a tick every 0.05 s
        while writer.is_alive():
            await pilot.pause(0.05)
        assert len(loaded) == loads  # nothing read while the marker kept changing
        await wait_until(pilot, lambda: len(screen.pane("articles").rows) == 16)
        await settle(pilot)
        await asyncio.sleep(0.5)
        await pilot.pause()
        assert len(loaded) == loads + 1
        assert screen.focused is screen.pane("statements")
        assert screen.pane("statements").current_row.key == selected
        assert screen.pane_filters["actors"] == "wang"


async def test_writes_that_never_stop_are_still_shown_now_and_then(sample_db, monkeypatch):
    monkeypatch.setattr("briefing_tui.ui.screens.main_screen.STORE_MAX_WAIT_SECONDS", 0.6)
    loaded: list[StoreLoaded] = []
    app = make_app(sample_db)
    async with app.run_test(size=(120, 40), message_hook=loads_into(loaded)) as pilot:
        await settle(pilot)
        loads = len(loaded)
        writer = write_elsewhere(sample_db, count=25, every=0.08)  # ~2 s, never still for 0.3 s
        while writer.is_alive():
            await pilot.pause(0.05)
        assert 1 <= len(loaded) - loads <= 5  # every 0.6 s or so, not on every tick
