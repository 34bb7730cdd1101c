"""The open dashboard notices what another process (a ``briefing import`` elsewhere) wrote to its store."""

from __future__ import annotations

import asyncio

import pytest

from briefing_tui.store import open_store
from briefing_tui.ui.messages import StoreLoaded
from tests.ui.briefing_fixture import hostile_extraction
from tests.ui.conftest import make_app, settle


@pytest.fixture(autouse=True)
def quick_watch(monkeypatch):
    monkeypatch.setattr("briefing_tui.ui.screens.main_screen.STORE_WATCH_SECONDS", 0.05)


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
