"""The screen before the store opens, with an empty store, and when the store cannot be opened."""

from __future__ import annotations

import threading

import pytest

from briefing_tui.ui.store_access import StoreAccess
from tests.ui.conftest import make_app, record_notifications, settle


def welcome(app) -> str:
    return str(app.screen.query_one("#welcome").render())


async def test_empty_store_welcomes_and_offers_import_and_sample(empty_db):
    app = make_app(empty_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.has_class("-empty")
        text = welcome(app)
        assert "follows diplomacy" in text and "import articles" in text and "sample briefing" in text
        assert not screen.pane("actors").display or not screen.query_one("#panes").display
        assert screen.check_action("load_sample", ()) is True
        assert screen.check_action("filter", ()) is False
        await pilot.press("1", "slash", "escape", "escape")
        assert app.is_running


async def test_first_paint_happens_before_the_store_opens(sample_db):
    gate = threading.Event()
    app = make_app(sample_db)

    def slow_opener(path):
        from briefing_tui.store import open_store

        gate.wait(5)
        return open_store(path)

    app.store = StoreAccess(sample_db, slow_opener)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.has_class("-loading")
        assert "Opening" in welcome(app)
        gate.set()
        await settle(pilot)
        assert not app.screen.has_class("-loading")
        assert app.screen.board.snapshot.counts.articles == 1


async def test_unreadable_store_is_a_clear_message_not_a_traceback(tmp_path):
    db = tmp_path / "broken.json"
    db.write_text("{ this is not json")
    app = make_app(db)
    shown = record_notifications(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.is_running
        text = welcome(app)
        assert "could not be opened" in text and "broken.json" in text
        assert "Traceback" not in text
        assert shown and shown[0][1] == "error"
        assert app.screen.focused is None  # no hidden pane keeps focus, nor its keys in the footer
        footer = str(app.screen.query_one("#footer").render())
        assert "Only this actor" not in footer and "q Quit" in footer
        assert app.screen.check_action("import", ()) is False
        await pilot.press("i")
        assert app.screen.check_action("import", ()) is False
        await pilot.press("q")
        assert not app.is_running
    assert db.read_text() == "{ this is not json"  # left untouched


async def test_a_damaged_article_file_is_skipped_and_named_once(tmp_path):
    from briefing_tui.core.models import Article, Extraction
    from briefing_tui.store.layout import StoreLayout
    from tests.ui.briefing_fixture import build_store, wang_yi_extraction

    other = Extraction(article=Article(id="art-other", title="Other", published="2023-10-20", text="Other."))
    db = build_store(tmp_path / "briefing.json", wang_yi_extraction(), other)
    shard = StoreLayout(db).shard_path("art-other")
    shard.write_bytes(b"{ not json")
    app = make_app(db)
    shown = record_notifications(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.board.snapshot.counts.articles == 1  # the rest of the store, as usual
        assert not app.screen.has_class("-empty")
        ((message, severity),) = shown
        assert severity == "warning" and str(shard) in message and "not valid JSON" in message
        assert "Nothing was changed on disk" in message
        await pilot.press("r")
        await settle(pilot)
        assert len(shown) == 1  # said once, not at every reload
    assert shard.read_bytes() == b"{ not json"


async def test_a_store_upgraded_from_an_older_format_is_said_once(tmp_path):
    """Opening a version-0 store upgrades it and keeps a copy: the dashboard says so, once, as the CLI does."""
    import json

    from tests.ui.briefing_fixture import wang_yi_extraction

    found = wang_yi_extraction()
    tables = {
        table: {str(n): record.to_dict() for n, record in enumerate(records, start=1)}
        for table, records in (
            ("articles", [found.article]),
            ("actors", found.actors),
            ("statements", found.statements),
            ("meetings", found.meetings),
        )
    }
    db = tmp_path / "briefing.json"
    db.write_text(
        json.dumps(tables)
    )  # one file, no meta table: how briefing kept a store before article files
    app = make_app(db)
    shown = record_notifications(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.board.snapshot.counts.articles == 1
        ((message, severity),) = shown
        backup = tmp_path / "briefing.json.bak-v0"
        assert severity == "information" and backup.is_file()
        assert message == (
            f"Upgraded the store {db}, written by an older briefing (format version 0), to format version 1: "
            f"1 article, each now in a file of its own; the store as it was is kept in {backup}."
        )
        await pilot.press("r")
        await settle(pilot)
        assert len(shown) == 1  # said once, not at every reload


async def test_near_miss_a_store_of_this_format_says_nothing_of_an_upgrade(sample_db):
    app = make_app(sample_db)
    shown = record_notifications(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.board.snapshot.counts.articles >= 1
        assert shown == []


async def test_light_theme_renders(sample_db):
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.theme = "textual-light"
        await pilot.pause()
        assert app.screen.pane("actors").render_line(1).text.startswith("Wang Yi")
        app.theme = "ansi-dark"
        await pilot.pause()
        assert app.screen.pane("actors").render_line(1).text.startswith("Wang Yi")


async def test_a_new_theme_recolours_header_footer_and_panes(sample_db):
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        header, footer = app.screen.query_one("#header"), app.screen.query_one("#footer")

        def styles(widget) -> list:
            return [span.style for span in widget.render().spans]

        before = (styles(header), styles(footer))
        app.theme = "textual-light"
        await pilot.pause()
        after = (styles(header), styles(footer))
        assert before[0] != after[0] and before[1] != after[1]


# With no articles (or a store that could not be opened) no pane is shown and none has focus. A
# dialog or help opened there and closed gave focus back to the hidden Actors pane: the footer
# then offered '⏎ Only this actor' with no actor to be seen. Each case: the store, the keys.
CLOSED_OVER_THE_WELCOME = [
    ("the import dialog over an empty store", "empty", ["i", "escape"]),
    ("help over an empty store", "empty", ["question_mark", "escape"]),
    ("help twice over an empty store", "empty", ["f1", "escape", "f1", "escape"]),
    ("help over a store that cannot be read", "broken", ["question_mark", "escape"]),
]


async def footer_after(app, pilot, keys) -> str:
    await settle(pilot)
    for key in keys:
        await pilot.press(key)
        await settle(pilot)
    return str(app.screen.query_one("#footer").render())


@pytest.mark.parametrize(
    ("case", "store", "keys"), CLOSED_OVER_THE_WELCOME, ids=[c[0] for c in CLOSED_OVER_THE_WELCOME]
)
async def test_a_dialog_closed_over_the_welcome_leaves_no_hidden_pane_focused(tmp_path, case, store, keys):
    db = tmp_path / "briefing.json"
    if store == "broken":
        db.write_text("{ this is not json")
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        footer = await footer_after(app, pilot, keys)
        assert app.screen.focused is None, case
        assert "Only this actor" not in footer and "q Quit" in footer, case


async def test_near_miss_a_dialog_closed_over_the_panes_gives_focus_back_to_the_pane(sample_db):
    app = make_app(sample_db)
    async with app.run_test(size=(80, 24)) as pilot:
        footer = await footer_after(app, pilot, ["3", "i", "escape", "question_mark", "escape"])
        assert app.screen.focused is app.screen.pane("meetings")
        assert "Hide past" in footer
