"""Pilot tests of importing from inside the app: the dialog, files, URLs, failures, the sample."""

from __future__ import annotations

import pytest

from briefing_tui.dashboard.summary import counted
from briefing_tui.ui.messages import ImportProgressed
from briefing_tui.ui.screens.import_dialog import ImportDialog
from tests.conftest import refuse_writes_under
from tests.ui.conftest import DATA, make_app, open_import_dialog, record_notifications, settle


def held_import(total: int, failed: tuple = ()):
    """A stand-in for ``importer.run_import`` that starts ``total`` sources, reports ``failed``, then
    holds until cancelled: (an event set once it holds, the stand-in)."""
    import threading

    from briefing_tui import importer

    started = threading.Event()

    def run_import(request, store, *, cancelled, **kwargs):
        yield importer.ImportStarted(total=total)
        yield from failed
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        yield importer.ImportSummary(failed=failed, cancelled=True)

    return started, run_import


async def wait_for(pilot, event, seconds: float = 10.0) -> None:
    """Let the app run until ``event`` is set (at most ``seconds``)."""
    for _ in range(int(seconds / 0.02)):
        if event.is_set():
            return
        await pilot.pause(0.02)


async def type_text(pilot, text: str) -> None:
    await pilot.press(*["space" if c == " " else c for c in text])


async def test_import_a_file_with_a_publication_date(empty_db):
    app = make_app(empty_db, as_of=None)
    progress: list[ImportProgressed] = []
    async with app.run_test(
        size=(100, 32), message_hook=lambda m: progress.append(m) if isinstance(m, ImportProgressed) else None
    ) as pilot:
        await settle(pilot)
        shown = record_notifications(app)
        dialog = await open_import_dialog(pilot, "file")
        dialog.query_one("#import-path").value = str(DATA / "visit.txt")
        dialog.query_one("#import-date").value = "2023-10-16"
        await pilot.press("ctrl+r")
        await settle(pilot)
        screen = app.screen
        assert not isinstance(screen, ImportDialog)
        assert [r.article.published for r in screen.pane("articles").rows] == ["2023-10-16"]
        assert screen.board.snapshot.counts.actors > 0
        (row,) = screen.pane("articles").rows
        found = ", ".join(
            (
                counted(row.actors, "actor"),
                counted(row.statements, "statement"),
                counted(row.meetings, "meeting"),
            )
        )
        assert shown == [(f"Imported 1 article.\n\u201c{row.title}\u201d: {found}.", "information")]
        assert progress and progress[-1].total == 1
        assert screen.focused is screen.pane("actors")  # the welcome gave way to the panes
        assert not screen.has_class("-empty")


async def test_import_urls_from_a_local_server(sample_db, web_base):
    app = make_app(sample_db)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        shown = record_notifications(app)
        dialog = await open_import_dialog(pilot)
        assert dialog.focused.id == "import-urls"
        urls = dialog.query_one("#import-urls")
        urls.text = f"{web_base}/summit.html\n"
        urls.move_cursor((1, 0))
        await type_text(pilot, "  /x")  # typed text reaches the field, not the dashboard's keys
        assert urls.text.endswith("  /x")
        urls.text = f"{web_base}/summit.html\n  {web_base}/missing.html  \n"
        await pilot.press("ctrl+r")
        await settle(pilot)
        titles = [r.title for r in app.screen.pane("articles").rows]
        assert "Leaders to meet in Lisbon" in titles
        assert len(titles) == 2  # the fixture article is still there
        assert len(shown) == 1  # one summary for the whole import
        message, severity = shown[0]
        assert severity == "warning"
        assert "Imported 1 article." in message and "1 failed" in message and "missing.html" in message


async def test_import_failure_is_a_notification_and_loses_nothing(sample_db, tmp_path):
    app = make_app(sample_db)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        before = app.screen.board.snapshot
        shown = record_notifications(app)
        dialog = await open_import_dialog(pilot, "file")
        empty = tmp_path / "empty-note.txt"
        empty.write_text("\n\n", encoding="utf-8")
        dialog.query_one("#import-path").value = str(empty)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert app.is_running
        assert len(shown) == 1
        message, severity = shown[0]
        assert severity == "error"
        assert "empty-note.txt" in message and "Imported 0 articles." in message
        assert app.screen.board.snapshot == before


async def test_a_path_that_is_not_there_keeps_the_dialog_open_with_the_reason(sample_db, tmp_path):
    app = make_app(sample_db)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        dialog = await open_import_dialog(pilot)
        dialog.query_one("#import-urls").text = "https://example.invalid/a\nwww.example.org/news/talks.html\n"
        await pilot.press("ctrl+r")
        assert isinstance(app.screen, ImportDialog)  # what was typed is still there to correct
        error = str(dialog.query_one("#import-error").render())
        assert "https://www.example.org/news/talks.html" in error
        dialog.query_one("#import-urls").text = ""
        dialog.query_one("#import-tabs").active = "import-tab-file"
        dialog.query_one("#import-path").value = str(tmp_path / "no-such-file.txt")
        await pilot.press("ctrl+r")
        assert isinstance(app.screen, ImportDialog)
        assert "No such file" in str(dialog.query_one("#import-error").render())
        assert app.screen.query_one("#import-path").value.endswith("no-such-file.txt")


async def test_pasted_text_import(empty_db):
    app = make_app(empty_db, as_of=None)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        dialog = await open_import_dialog(pilot, "paste")
        dialog.query_one("#import-text").text = (DATA / "visit.txt").read_text()
        await pilot.click("#import-ok")
        await settle(pilot)
        assert app.screen.board.snapshot.counts.articles == 1


async def test_pasting_an_article_already_stored_from_its_saved_page_says_so_and_keeps_one(empty_db):
    from briefing_tui.paths import sample_data_dir

    app = make_app(empty_db, as_of=None)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        dialog = await open_import_dialog(pilot, "file")
        dialog.query_one("#import-path").value = str(sample_data_dir() / "saved-page" / "wang-yi-calls.html")
        await pilot.click("#import-ok")
        await settle(pilot)
        (stored,) = app.screen.board.snapshot.articles
        shown = record_notifications(app)
        dialog = await open_import_dialog(pilot, "paste")
        dialog.query_one("#import-text").text = (sample_data_dir() / "wang-yi-calls.txt").read_text("utf-8")
        await pilot.click("#import-ok")
        await settle(pilot)
        assert [a.id for a in app.screen.board.snapshot.articles] == [stored.id]
        ((message, severity),) = shown
        assert severity == "information"
        assert message.startswith("Imported 0 articles.\n1 skipped.\n")
        assert f"pasted text: the same text is already in the store as \u201c{stored.title}\u201d" in message


async def test_pasting_a_stored_text_again_says_it_was_already_there(sample_db):
    from tests.ui.briefing_fixture import WANG_TEXT

    app = make_app(sample_db)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        shown = record_notifications(app)
        dialog = await open_import_dialog(pilot, "paste")
        dialog.query_one("#import-text").text = WANG_TEXT
        await pilot.click("#import-ok")
        await settle(pilot)
        ((message, severity),) = shown
        assert severity == "information"
        assert message.splitlines()[0] == "Read 1 article again, already stored: replaced."
        (article,) = app.screen.board.snapshot.articles
        assert (article.title, article.source) == (
            "China's Wang Yi Calls Israeli and Palestinian Counterparts",
            "TIME",
        )


async def test_dialog_explains_empty_form_and_bad_date_then_cancels(sample_db):
    app = make_app(sample_db)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        dialog = await open_import_dialog(pilot)
        await pilot.press("ctrl+r")
        assert isinstance(app.screen, ImportDialog)
        assert "at least one URL" in str(dialog.query_one("#import-error").render())
        dialog.query_one("#import-urls").text = "https://example.invalid/a"
        dialog.query_one("#import-date").value = "yesterday"
        await pilot.press("ctrl+r")
        assert isinstance(app.screen, ImportDialog)
        assert "YYYY-MM-DD" in str(dialog.query_one("#import-error").render())
        await pilot.press("escape")
        assert not isinstance(app.screen, ImportDialog)
        assert app.screen.board.snapshot.counts.articles == 1


async def test_file_path_completion(sample_db):
    from briefing_tui.ui.widgets.path_suggester import complete_path

    assert complete_path(str(DATA / "vis")) == str(DATA / "visit.txt")
    assert complete_path(str(DATA.parent / "dat")) == str(DATA) + "/"
    assert complete_path(str(DATA / "zzz")) is None
    app = make_app(sample_db)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        dialog = await open_import_dialog(pilot, "file")
        path_input = dialog.query_one("#import-path")
        path_input.focus()
        path_input.value = str(DATA / "su")
        path_input.cursor_position = len(path_input.value)
        await type_text(pilot, "mm")
        await pilot.pause(0.2)
        await pilot.press("right")
        assert path_input.value == str(DATA / "summit.html")


async def test_sample_briefing_opens_as_of_its_publication_date(empty_db):
    app = make_app(empty_db, as_of=None)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        assert "load the sample briefing" in str(app.screen.query_one("#welcome").render())
        await pilot.press("s")
        await settle(pilot)
        screen = app.screen
        assert app.as_of.isoformat() == "2023-10-24"
        assert "as of 2023-10-24" in str(screen.query_one("#header").render())
        washington = [r for r in screen.pane("meetings").rows if r.meeting.start == "2023-10-26"]
        assert washington and washington[0].label == "in 2 days"
        assert screen.pane("meetings").rows[0] is washington[0]


async def test_import_runs_in_a_worker_shows_progress_and_cancels(sample_db, monkeypatch):
    """A slow import leaves the dashboard usable, shows its progress, and c cancels it."""
    from briefing_tui import importer

    started, slow_import = held_import(3, (importer.SourceFailed("https://a.test/1", "not an article"),))
    monkeypatch.setattr(importer, "run_import", slow_import)
    app = make_app(sample_db)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        shown = record_notifications(app)
        dialog = await open_import_dialog(pilot)
        dialog.query_one("#import-urls").text = "https://a.test/1\nhttps://a.test/2\nhttps://a.test/3"
        await pilot.press("ctrl+r")
        await wait_for(pilot, started)
        assert started.is_set()
        await pilot.pause(0.1)
        screen = app.screen
        assert "importing 1/3, 1 failed (c cancels)" in str(screen.query_one("#header").render())
        await pilot.press("2")  # the dashboard still answers
        assert screen.focused is screen.pane("statements")
        assert screen.check_action("cancel_import", ()) is True
        await pilot.press("c")
        await settle(pilot)
        assert screen.check_action("cancel_import", ()) is False
        assert "importing" not in str(screen.query_one("#header").render())
        assert len(shown) == 1
        message, severity = shown[0]
        assert "Cancelled." in message and "not an article" in message and severity == "error"
        assert screen.board.snapshot.counts.articles == 1


async def test_importing_into_a_read_only_store_says_so_once(sample_db, monkeypatch):
    app = make_app(sample_db)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        shown = record_notifications(app)
        refuse_writes_under(monkeypatch, sample_db)
        dialog = await open_import_dialog(pilot, "file")
        dialog.query_one("#import-path").value = str(DATA)  # a folder of two sources
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert len(shown) == 1
        message, severity = shown[0]
        assert severity == "error" and "cannot write to this store (Permission denied)" in message
        assert not app.screen.importing and app.screen.board.snapshot.counts.articles == 1
        dialog = await open_import_dialog(pilot)  # nothing was read: all of it is there again, with why
        assert dialog.query_one("#import-path").value == str(DATA)
        problem = str(dialog.query_one("#import-error").render())
        assert problem.startswith("The import stopped: ") and "Permission denied" in problem


async def test_a_narrow_header_keeps_the_progress_and_every_filter_in_sight(tmp_path, monkeypatch):
    """80 columns, a long actor name and a text filter: the import's progress stays in sight, the filters cut short."""
    from dataclasses import replace

    from briefing_tui import importer
    from tests.ui.briefing_fixture import build_store, wang_yi_extraction

    extraction = wang_yi_extraction()
    long_name = "Abdulrahman Mohammed bin Abdulaziz Al-Thani-Rahmanovich"
    wang = replace(extraction.actors[0], name=long_name)
    db = build_store(tmp_path / "briefing.json", replace(extraction, actors=(wang, *extraction.actors[1:])))
    started, slow_import = held_import(3)
    monkeypatch.setattr(importer, "run_import", slow_import)
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(
            "enter", "2", "slash", *"cohen", "enter"
        )  # narrowed to the long name, then a filter
        dialog = await open_import_dialog(pilot)
        dialog.query_one("#import-urls").text = "https://a.test/1"
        await pilot.press("ctrl+r")
        await wait_for(pilot, started)
        await pilot.pause(0.1)
        header = str(app.screen.query_one("#header").render())
        assert "importing 0/3 (c cancels)" in header
        assert "actor: Abdulrahman Mohamm\u2026" in header and "statements: cohen" in header
        assert (
            header.index("importing 0/3 (c cancels)") + 25 <= 80
        )  # the progress within the terminal's width
        await pilot.press("c")
        await settle(pilot)


async def test_a_cancelled_import_without_failures_names_no_failure(sample_db, monkeypatch):
    """Before, the notification said 'i opens the import again with what failed' when nothing had."""
    from briefing_tui import importer

    started, slow_import = held_import(2)
    monkeypatch.setattr(importer, "run_import", slow_import)
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        shown = record_notifications(app)
        dialog = await open_import_dialog(pilot)
        dialog.query_one("#import-urls").text = "https://a.test/1\nhttps://a.test/2"
        await pilot.press("ctrl+r")
        await wait_for(pilot, started)
        await pilot.press("c")
        await settle(pilot)
        (message,) = [text for text, _ in shown if "Cancelled" in text]
        assert "failed" not in message and "i opens the import again" in message, message


async def test_an_import_asked_for_while_one_runs_is_shown_and_cancellable_until_it_ends(
    empty_db, tmp_path, monkeypatch
):
    """The second waits for the store; when the first ends, the header and c still say one runs."""
    import threading

    import briefing_tui.importer as importer_module

    released = {name: threading.Event() for name in ("first.txt", "second.txt")}
    real = importer_module.run_import

    def held(request, *args, **kwargs):
        released[request.sources[0].rsplit("/", 1)[-1]].wait(5)
        yield from real(request, *args, **kwargs)

    monkeypatch.setattr(importer_module, "run_import", held)
    paths = []
    for name, city in (("first.txt", "Geneva"), ("second.txt", "Oslo")):
        path = tmp_path / name
        path.write_text(f"The minister said the talks in {city} went well on Monday.\n", encoding="utf-8")
        paths.append(path)
    app = make_app(empty_db, as_of=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        for path in paths:
            dialog = await open_import_dialog(pilot, "file")
            dialog.query_one("#import-path").value = str(path)
            await pilot.press("ctrl+r")
            await pilot.pause()
        released["first.txt"].set()
        for _ in range(250):
            await pilot.pause(0.02)
            if screen.board is not None and screen.board.snapshot.counts.articles == 1:
                break
        assert screen.board.snapshot.counts.articles == 1  # the first has ended, the second waits
        assert screen.importing and screen.check_action("cancel_import", ())
        assert "importing" in str(screen.query_one("#header").render())
        released["second.txt"].set()
        await settle(pilot)
        assert not screen.importing and screen.board.snapshot.counts.articles == 2
        assert "importing" not in str(screen.query_one("#header").render())


async def test_the_dialog_tabs_are_reached_by_arrows_and_entered_with_tab(empty_db):
    """Arrows along the tabs stay on the tabs (before, the first arrow moved the cursor into the File
    field, and the next arrow moved it in there instead of on to Paste); a click enters the field."""
    app = make_app(empty_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("i", "shift+tab", "right", "right")
        tabs = app.screen.query_one("#import-tabs")
        assert tabs.active == "import-tab-paste" and type(app.focused).__name__ == "ContentTabs"
        await pilot.press("tab")
        assert app.focused.id == "import-text"
        await pilot.click("#import-tabs Tab#--content-tab-import-tab-file")
        await pilot.pause()
        assert tabs.active == "import-tab-file" and app.focused.id == "import-path"


async def test_a_failed_import_gives_back_what_failed_with_why(sample_db, web_base):
    """Before, what was typed was gone once the dialog closed: a failed URL had to be typed again."""
    from briefing_tui.ui.screens.main_screen import RETRY_HINT

    app = make_app(sample_db)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        shown = record_notifications(app)
        dialog = await open_import_dialog(pilot)
        typo = f"{web_base}/sumit.html"
        dialog.query_one("#import-urls").text = f"{web_base}/summit.html\n{typo}\n"
        dialog.query_one("#import-date").value = "2023-10-16"
        await pilot.press("ctrl+r")
        await settle(pilot)
        ((message, severity),) = shown
        assert severity == "warning" and "1 failed" in message and message.endswith(RETRY_HINT)
        assert len(app.screen.pane("articles").rows) == 2  # the good one went in
        dialog = await open_import_dialog(pilot)
        urls = dialog.query_one("#import-urls")
        assert urls.text == typo  # only what failed, as typed
        assert dialog.query_one("#import-date").value == "2023-10-16"
        problem = str(dialog.query_one("#import-error").render())
        assert problem.startswith("1 source failed (1 article imported): correct or retry them here.")
        assert f"\u2022 {typo}: " in problem and "404" in problem
        assert dialog.focused is urls and urls.cursor_location == urls.document.end
        urls.text = f"{web_base}/visit.txt"  # corrected
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert len(app.screen.pane("articles").rows) == 3 and shown[-1][1] == "information"
        dialog = await open_import_dialog(pilot)  # all of it went in: a fresh form
        assert dialog.query_one("#import-urls").text == "" and not dialog.has_class("-problem")
        assert str(dialog.query_one("#import-error").render()) == ""


async def test_a_failed_paste_and_path_come_back_on_their_tabs(sample_db, tmp_path):
    app = make_app(sample_db)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        empty = tmp_path / "empty-note.txt"
        empty.write_text("\n\n", encoding="utf-8")
        dialog = await open_import_dialog(pilot, "file")
        dialog.query_one("#import-path").value = str(empty)
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.press("i")
        await pilot.pause()
        dialog = app.screen
        assert dialog.query_one("#import-tabs").active == "import-tab-file"
        assert dialog.focused.id == "import-path" and dialog.focused.value == str(empty)
        assert "empty-note.txt: no article text found" in str(dialog.query_one("#import-error").render())
        await pilot.press("ctrl+l")  # a fresh form instead
        assert dialog.query_one("#import-path").value == "" and not dialog.has_class("-problem")
        dialog.query_one("#import-tabs").active = "import-tab-paste"
        await pilot.pause()
        pasted = "\x07\x07\n"  # nothing but control characters: no text once cleaned
        dialog.query_one("#import-text").text = pasted
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.press("i")
        await pilot.pause()
        dialog = app.screen
        assert dialog.query_one("#import-tabs").active == "import-tab-paste"
        assert dialog.focused.id == "import-text" and dialog.focused.text == pasted
        assert "pasted text: no article text found" in str(dialog.query_one("#import-error").render())


async def test_escape_keeps_what_was_typed_for_the_next_opening(sample_db):
    app = make_app(sample_db)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        dialog = await open_import_dialog(pilot)
        await type_text(pilot, "https://example.org/a")
        dialog.query_one("#import-date").value = "2023-10-16"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ImportDialog)
        dialog = await open_import_dialog(pilot)
        assert dialog.query_one("#import-urls").text == "https://example.org/a"
        assert dialog.query_one("#import-date").value == "2023-10-16"
        await pilot.click("#import-close")  # the Close button keeps it too
        await pilot.pause()
        dialog = await open_import_dialog(pilot)
        assert dialog.query_one("#import-urls").text == "https://example.org/a"
        await pilot.press("ctrl+l", "escape")
        await pilot.pause()
        dialog = await open_import_dialog(pilot)
        assert dialog.query_one("#import-urls").text == "" and dialog.query_one("#import-date").value == ""
        await pilot.press("escape")  # an empty form leaves nothing to keep
        await pilot.pause()
        assert app.screen.import_drafts == [] and app.screen.board.snapshot.counts.articles == 1


async def test_a_page_of_several_articles_is_imported_as_each_and_the_notification_says_so(empty_db):
    from pathlib import Path

    roundup = Path(__file__).resolve().parents[1] / "fixtures" / "web" / "roundup.html"
    app = make_app(empty_db, as_of=None)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        shown = record_notifications(app)
        dialog = await open_import_dialog(pilot, "file")
        dialog.query_one("#import-path").value = str(roundup)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert sorted(r.title for r in app.screen.pane("articles").rows) == [
            "Chile's president to visit Peru for trade talks",
            "Estonia summons Latvian envoy over ferry inspections",
            "Ministers from Portugal and Morocco agree to talk about shared water",
        ]
        ((message, severity),) = shown
        lines = message.splitlines()
        assert (
            severity == "information"
            and lines[0] == "Imported 3 articles."
            and lines[1].startswith("In them: ")
        )
        assert lines[2:] == [f"\u2022 {roundup}: 3 articles from one page"]


async def test_a_file_dragged_onto_the_terminal_imports(empty_db, tmp_path):
    """A terminal types a dragged file's path quoted; the File tab said 'No such file' to it."""
    import shutil

    saved = tmp_path / "Saved Pages" / "visit note.txt"
    saved.parent.mkdir()
    shutil.copy(DATA / "visit.txt", saved)
    app = make_app(empty_db)
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        shown = record_notifications(app)
        dialog = await open_import_dialog(pilot, "file")
        dialog.query_one("#import-path").insert_text_at_cursor(f"'{saved}' ")  # as a drop pastes it
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert not isinstance(app.screen, ImportDialog)
        assert shown[0][1] == "information" and shown[0][0].startswith("Imported 1 article.")
        assert len(app.screen.pane("articles").rows) == 1


async def test_at_60x20_the_import_dialog_scrolls_to_its_buttons(sample_db):
    """Before, below 80x24 the dialog was cut at the screen's edge: the Import and Close buttons
    could be focused with Tab but never seen, nor clicked."""
    app = make_app(sample_db)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        dialog = await open_import_dialog(pilot)
        await pilot.press("tab", "tab")  # the URLs, the date, then the Import button
        await pilot.pause()
        button = dialog.query_one("#import-ok")
        assert dialog.focused is button
        assert button.region.bottom <= dialog.query_one("#footer").region.y  # whole, above the footer
        await pilot.click(button)
        await pilot.pause()
        assert "Give at least one URL" in str(dialog.query_one("#import-error").render())


# Opened again after failures, the dialog lists the first ones with why and counts the rest. At
# 80x24 its box had room for five lines: two failures of long addresses filled it, and the rest, with
# the line that counts them, were cut off unseen. Each case: failures (address, reason), terminal size.
LONG_REASON = "the server answered 404 Not Found for the address"
FAILURE_LISTS = [
    (
        "eight long addresses at 80x24",
        [(f"https://news.example.org/2024/05/story-{n}.html", LONG_REASON) for n in range(8)],
        (80, 24),
    ),
    (
        "three long addresses at 80x24",
        [(f"https://news.example.org/2024/05/story-{n}.html", LONG_REASON) for n in range(3)],
        (80, 24),
    ),
    (
        "four short ones at 100x30",
        [(f"https://a.example/{n}", "could not connect") for n in range(4)],
        (100, 30),
    ),
    ("near miss: one short failure", [("https://a.example/1", "could not connect")], (80, 24)),
]


@pytest.mark.parametrize(("case", "failures", "size"), FAILURE_LISTS, ids=[c[0] for c in FAILURE_LISTS])
async def test_every_line_of_the_failure_list_can_be_seen(sample_db, case, failures, size):
    from briefing_tui.dashboard.import_form import ImportForm, form_to_retry
    from briefing_tui.importer import ImportSummary, SourceFailed

    form = ImportForm(urls="\n".join(source for source, _ in failures))
    retry = form_to_retry(form, ImportSummary(failed=tuple(SourceFailed(s, r) for s, r in failures)))
    app = make_app(sample_db)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        app.push_screen(ImportDialog(retry))
        await pilot.pause()
        problem = app.screen.query_one("#import-error")
        lines = problem.get_content_height(problem.size, problem.size, problem.size.width)
        box = app.screen.query_one("#import-problem")  # the part of the dialog that shows it
        seen = box.scrollable_content_region.height
        assert seen >= lines or box.show_vertical_scrollbar, case  # all in sight, or a scroll bar says more
        assert box.can_focus, case  # Tab reaches the list, and the arrow keys scroll it
        box.scroll_end(animate=False)
        await pilot.pause()
        assert box.scroll_y + seen >= lines, case  # the last line ('… and 5 more') comes into view
        assert app.screen.query_one("#import-ok").region.bottom <= size[1] - 1, (
            case
        )  # the buttons stay in sight


# Opened again with what failed above several addresses, the URL field was left scrolled as it was
# while the dialog was still being laid out: at 80x24 the first address was out of sight above and
# every line began a few letters in ('p://127.0.0.1:9/third'), as if the addresses were broken. It
# shows from the first line and the first column, its cursor after the last address. Each case:
# the addresses, the terminal size, and whether the last one is wider than the field (then the view
# follows the cursor to its end, as it must).
LONG = "http://127.0.0.1:9/first-article-with-a-long-address-that-goes-on-and-on"
REOPENED_FIELDS = [
    (
        "a long address and two short ones at 80x24",
        [LONG, "http://127.0.0.1:9/second", "http://a.example/3"],
        (80, 24),
    ),
    ("four addresses at 80x24", [LONG, *(f"http://a.example/{n}" for n in range(3))], (80, 24)),
    ("a long address and a short one at 100x30", [LONG, "http://a.example/2"], (100, 30)),
    ("near miss: one short address", ["http://a.example/1"], (80, 24)),
    (
        "near miss: the last address is wider than the field",
        ["http://a.example/1", LONG + "/" + "x" * 30],
        (80, 24),
    ),
]


@pytest.mark.parametrize(("case", "urls", "size"), REOPENED_FIELDS, ids=[c[0] for c in REOPENED_FIELDS])
async def test_a_field_opened_with_addresses_shows_them_from_their_start(sample_db, case, urls, size):
    from briefing_tui.dashboard.import_form import ImportForm, form_to_retry
    from briefing_tui.importer import ImportSummary, SourceFailed

    form = ImportForm(urls="\n".join(urls))
    retry = form_to_retry(
        form, ImportSummary(failed=tuple(SourceFailed(u, "could not connect") for u in urls))
    )
    app = make_app(sample_db)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        app.push_screen(ImportDialog(retry))
        await settle(pilot)
        field = app.screen.query_one("#import-urls")
        assert app.screen.focused is field, case
        row, column = field.cursor_location
        assert (row, column) == (len(urls) - 1, len(urls[-1])), case
        view = field.scrollable_content_region
        gutter = field.gutter_width
        x, y = field.scroll_offset
        assert y <= row < y + view.height, case  # the cursor's line in sight
        assert x <= column + gutter < x + view.width, case  # and its column
        if len(urls) <= view.height:
            assert y == 0, case  # every address in sight, from the first
        if column + gutter < view.width:
            assert x == 0, case  # each from its first letter
