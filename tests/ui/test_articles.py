"""Pilot tests of the Articles pane: open, delete with confirmation, correct the date, export."""

from __future__ import annotations

import json

import pytest

from briefing_tui.dashboard.highlight import EVIDENCE, MEETING, QUOTE
from briefing_tui.ui.screens.article_screen import ArticleScreen
from briefing_tui.ui.screens.confirm_dialog import ConfirmDialog
from briefing_tui.ui.screens.date_dialog import DateDialog
from briefing_tui.ui.widgets.article_text_view import ArticleTextView
from tests.ui.briefing_fixture import build_store, hostile_extraction, wang_yi_extraction
from tests.ui.conftest import make_app, record_notifications, settle


async def test_open_article_shows_text_with_items_highlighted(sample_db):
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("4", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        view = app.screen.query_one(ArticleTextView)
        assert view.text.startswith("Chinese Foreign Minister Wang Yi")
        kinds = {mark.kind for mark in view.highlights}
        assert kinds == {EVIDENCE, QUOTE, MEETING}
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("escape")
        assert not isinstance(app.screen, ArticleScreen)
        assert app.screen.focused is app.screen.pane("articles")


async def test_o_opens_the_article_of_a_statement(sample_db):
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("2", "o")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)


async def test_opening_from_a_meeting_starts_at_its_sentence(sample_db):
    app = make_app(sample_db)
    async with app.run_test(size=(60, 14)) as pilot:
        await settle(pilot)
        await pilot.press("3", "j", "o")  # the summit, in the last paragraph
        await settle(pilot)
        view = app.screen.query_one(ArticleTextView)
        visible = " ".join(view.render_line(y).text for y in range(view.size.height))
        assert view.scroll_y > 0
        assert "summit" in visible and "Chinese Foreign Minister" not in visible


async def test_article_view_draws_only_visible_lines_of_a_long_text(tmp_path):
    long_text = "\n".join(f"Line {i} of a very long article about talks." for i in range(20_000))
    db = build_store(tmp_path / "long.json", hostile_extraction(long_text))
    app = make_app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("4", "enter")
        await settle(pilot)
        view = app.screen.query_one(ArticleTextView)
        assert view.virtual_size.height >= 20_000
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y
        assert "Line 19999" in view.render_line(view.scrollable_content_region.height - 1).text


async def test_article_view_draws_tabs_as_spaces(tmp_path):
    """A tab went to the terminal as it was: the terminal jumped to its next tab stop, so the line
    ran over the border and left earlier lines' characters in the cells it jumped over."""
    text = "\tIndented\tcolumns\tof a pasted table and then Secretary of State Antony Blinken spoke."
    db = build_store(tmp_path / "tabs.json", hostile_extraction(text))
    app = make_app(db)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("4", "enter")
        await settle(pilot)
        view = app.screen.query_one(ArticleTextView)
        width = view.scrollable_content_region.width
        for y in range(3):
            line = view.render_line(y)
            assert "\t" not in line.text and line.cell_length == width
        assert view.render_line(0).text.startswith(" Indented columns of")


async def test_delete_asks_first(tmp_path):
    db = build_store(tmp_path / "two.json", wang_yi_extraction(), hostile_extraction())
    app = make_app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        shown = record_notifications(app)
        await pilot.press("4")
        victim = app.screen.pane("articles").current_row.article
        await pilot.press("x")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(pilot)
        assert app.screen.board.snapshot.counts.articles == 2
        await pilot.press("x")
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen.board.snapshot.counts.articles == 2
        await pilot.press("delete", "y")
        await settle(pilot)
        remaining = [a.id for a in app.screen.board.snapshot.articles]
        assert victim.id not in remaining and len(remaining) == 1
        assert shown and shown[-1][0].startswith("Deleted")


async def test_deleting_the_last_article_from_a_maximized_pane_shows_the_welcome(tmp_path):
    """Before, the emptied pane stayed maximized, hidden, over a hatched screen with no welcome."""
    db = build_store(tmp_path / "one.json", wang_yi_extraction())
    app = make_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("4", "m", "x", "y")
        await settle(pilot)
        screen = app.screen
        assert screen.board.is_empty
        assert screen.maximized is None
        assert screen.query_one("#welcome").region.height > 0


async def test_delete_is_only_offered_in_the_articles_pane(sample_db):
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("1", "x")
        assert not isinstance(app.screen, ConfirmDialog)
        assert app.screen.check_action("delete_article", ()) is False


async def test_correcting_the_date_re_reads_relative_dates(sample_db):
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("4", "d")
        dialog = app.screen
        assert isinstance(dialog, DateDialog)
        field = dialog.query_one("#date-input")
        assert field.value == "2023-10-24"
        field.value = "31/10/2023"
        await pilot.press("enter")
        assert isinstance(app.screen, DateDialog)
        assert "YYYY-MM-DD" in str(dialog.query_one("#date-error").render())
        field.value = "2023-10-31"
        await pilot.press("enter")
        await settle(pilot)
        article = app.screen.board.snapshot.articles[0]
        assert (article.published, article.published_assumed) == ("2023-10-31", False)
        # "Thursday to Saturday" now means the week after the new publication date.
        starts = {m.start for m in app.screen.board.snapshot.meetings if m.start}
        assert "2023-11-02" in starts and "2023-10-26" not in starts


async def test_a_date_corrected_with_d_survives_a_reimport_of_the_article(tmp_path):
    """Before, importing the article again put back the date its source states."""
    from briefing_tui.importer import ImportRequest, run_import
    from briefing_tui.store import open_store

    note = tmp_path / "talks.txt"
    note.write_text("Talks in Rome\n\nForeign Minister Ann Lee met the Italian envoy in Rome on Monday.\n")
    note.with_name("talks.txt.meta.json").write_text(json.dumps({"published": "2024-05-06"}))
    db = tmp_path / "briefing.json"

    def import_note() -> None:
        with open_store(db) as store:
            assert list(run_import(ImportRequest(sources=(str(note),)), store))[-1].ok

    import_note()
    app = make_app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("4", "d")
        app.screen.query_one("#date-input").value = "2024-06-03"
        await pilot.press("enter")
        await settle(pilot)
    import_note()
    with open_store(db) as store:
        (article,) = store.articles()
        assert (article.published, article.published_assumed) == ("2024-06-03", False)


async def test_export_writes_json_next_to_the_store(sample_db):
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        shown = record_notifications(app)
        await pilot.press("e")
        await settle(pilot)
        exports = list(sample_db.parent.glob("briefing-export-*.json"))
        assert len(exports) == 1
        data = json.loads(exports[0].read_text())
        assert len(data["articles"]) == 1 and len(data["meetings"]) == 3
        assert shown == [(f"Exported to {exports[0]}", "information")]


async def test_a_slow_export_says_it_is_under_way_and_runs_once(sample_db, monkeypatch):
    """Exporting a big store takes seconds: the header says so, and e is not offered again meanwhile."""
    import threading

    import briefing_tui.export as export_module

    release = threading.Event()
    calls = []
    real = export_module.export_store

    def slow(repo):
        calls.append(1)
        release.wait(5)
        return real(repo)

    monkeypatch.setattr(export_module, "export_store", slow)
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        shown = record_notifications(app)
        await pilot.press("e")
        await pilot.pause()
        header, footer = app.screen.query_one("#header"), app.screen.query_one("#footer")
        assert "exporting\u2026" in str(header.render())
        assert "e Export" not in str(footer.render())
        await pilot.press("e")  # pressed again while waiting
        await pilot.pause()
        release.set()
        await settle(pilot)
        assert len(calls) == 1 and len(shown) == 1 and shown[0][0].startswith("Exported to ")
        assert "exporting" not in str(header.render()) and "e Export" in str(footer.render())


@pytest.mark.parametrize(
    ("keys", "field", "activity"),
    [
        (["4", "x", "y"], None, "deleting\u2026"),
        (["4", "d"], "2023-10-31", "re-reading dates\u2026"),
        (["r"], None, "reloading\u2026"),
    ],
)
async def test_a_slow_store_job_says_what_it_does_until_it_ends(sample_db, keys, field, activity):
    """Deleting, correcting a date or reloading a big store takes seconds: the header says which runs."""
    import threading

    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        header = app.screen.query_one("#header")
        assert activity not in str(header.render())
        release = threading.Event()
        real_run = app.store.run
        app.store.run = lambda job: release.wait(5) and real_run(job)
        await pilot.press(*keys)
        if field is not None:
            app.screen.query_one("#date-input").value = field
            await pilot.press("enter")
        await pilot.pause()
        assert activity in str(header.render())
        release.set()
        await settle(pilot)
        assert activity not in str(header.render())


async def test_the_article_detail_says_when_it_was_imported_in_local_time(tmp_path, monkeypatch):
    import time
    from dataclasses import replace

    from briefing_tui.ui.widgets.detail_panel import DetailPanel

    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    extraction = wang_yi_extraction()
    stamped = replace(extraction, article=extraction.article.evolve(imported_at="2026-11-28T08:28:57+00:00"))
    db = build_store(tmp_path / "briefing.json", stamped)
    try:
        app = make_app(db)
        async with app.run_test(size=(100, 40)) as pilot:
            await settle(pilot)
            await pilot.press("4")
            await pilot.pause()
            assert "Imported: 2026-11-28 09:28" in app.screen.query_one(DetailPanel).plain
    finally:
        monkeypatch.undo()
        time.tzset()


async def test_an_export_that_cannot_be_written_says_why_in_plain_words(sample_db, monkeypatch):
    from tests.conftest import refuse_writes_under

    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        shown = record_notifications(app)
        refuse_writes_under(monkeypatch, sample_db.parent)
        await pilot.press("e")
        await settle(pilot)
        ((message, severity),) = shown
        assert severity == "error"
        assert message.startswith(f"Export: Permission denied: {sample_db.parent}/briefing-export-")
        assert "Errno" not in message and "'" not in message


async def test_after_a_delete_the_cursor_stays_where_the_article_was(tmp_path):
    """Clearing out articles one after another: each delete leaves the cursor on the next one."""
    texts = [f"Article {n}. The minister said the talks in Geneva went well, on day {n}." for n in range(5)]
    db = build_store(tmp_path / "five.json", *(hostile_extraction(text) for text in texts))
    app = make_app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("4", "j", "j")
        pane = app.screen.pane("articles")
        keys = [row.key for row in pane.rows]
        await pilot.press("x", "y")
        await settle(pilot)
        assert pane.current_row.key == keys[3] and pane.cursor == 2
        await pilot.press("G", "x", "y")  # the last one: the one before it
        await settle(pilot)
        assert pane.current_row.key == keys[3]


async def test_help_in_the_article_reader_names_it_not_the_dashboard(sample_db):
    from briefing_tui.ui.screens.help_screen import HelpScreen

    app = make_app(sample_db)
    async with app.run_test(size=(100, 50)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert "\nDashboard\n" in str(app.screen.query_one("#help-text").render())
        await pilot.press("escape", "4", "enter")
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        assert "\nReading an article\n" in text and "Dashboard" not in text
        assert text.index("Reading an article") < text.index("Everywhere")


async def test_an_untitled_article_has_the_same_name_in_the_app_and_in_briefing_list(
    tmp_path, monkeypatch, capsys
):
    """Before, the app named one by its id (or its whole URL, or "TIME article") and `list` by "(untitled)"."""
    from dataclasses import replace

    from briefing_tui.cli import main

    wang = wang_yi_extraction()
    by_url = wang.for_article(
        replace(wang.article, title=None, url="https://www.example.org/news/wang-calls.html?id=7")
    )
    bare = hostile_extraction("The minister said the talks in Oslo went well.\n")
    bare = bare.for_article(replace(bare.article, title=None, source="TIME"))
    db = build_store(tmp_path / "briefing.json", by_url, bare)
    app = make_app(db)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        shown = {r.article.id: r.title for r in app.screen.pane("articles").rows}
        await pilot.press("2")
        detail = app.screen.query_one("#detail").plain
    assert shown == {
        by_url.article.id: "example.org/news/wang-calls.html?id=7",
        bare.article.id: "(untitled)",
    }
    assert "Article: example.org/news/wang-calls.html?id=7\n" in detail  # a statement's source
    monkeypatch.setenv("COLUMNS", "160")
    assert main(["--db", str(db), "list"]) == 0
    listed = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()[1:]}
    for article_id, name in shown.items():
        assert f"  {name}  " in listed[article_id]


async def test_the_detail_s_keys_act_on_the_item_it_shows(sample_db):
    """Before, once Enter (or Tab, or a click) put focus in the detail, its item's keys did nothing:
    a statement's evidence could not be opened in its article with o, and an article's detail
    said "Enter or o opens the text; d corrects the date; x deletes." while none of them worked."""
    from briefing_tui.ui.widgets.detail_panel import DetailPanel

    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = app.screen
        footer = screen.query_one("#footer")
        await pilot.press("2", "enter")  # a statement's detail
        await pilot.pause()
        assert isinstance(screen.focused, DetailPanel) and "o Open article" in str(footer.render())
        statement = screen.pane("statements").current_row.statement
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen) and app.screen.item == statement
        await pilot.press("escape")
        await pilot.press("4", "tab")  # an article's detail
        await pilot.pause()
        assert isinstance(screen.focused, DetailPanel)
        shown = str(footer.render())
        assert all(key in shown for key in ("\u23ce Read", "o Open article", "d Fix date", "x Delete"))
        for key, opened in (
            ("enter", ArticleScreen),
            ("o", ArticleScreen),
            ("d", DateDialog),
            ("x", ConfirmDialog),
        ):
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, opened), key
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is screen and isinstance(screen.focused, DetailPanel)
        await pilot.press("1")
        await pilot.click("#detail")  # an actor's detail: Enter narrows to it, as on its row
        await pilot.press("enter")
        await pilot.pause()
        assert screen.actor_id == screen.pane("actors").current_row.key


async def test_the_reader_marks_the_sentence_of_the_item_it_was_opened_from(sample_db):
    """Before, every statement's sentence was highlighted alike, so an item opened near the end
    of its article (where the text cannot scroll it to the top) could not be told from the
    others; and the legend named the marks in plain grey, not in the colours it meant."""
    from briefing_tui.dashboard.highlight import CHOSEN

    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("2", "o")  # a direct quote, in the sentence of a call too
        await settle(pilot)
        screen = app.screen
        statement = screen.item
        view = screen.query_one(ArticleTextView)
        chosen = [mark for mark in view.highlights if mark.kind == CHOSEN]
        assert [(m.start, m.end) for m in chosen] == [(statement.evidence_start, statement.evidence_end)]
        segments = screen.query_one("#article-legend").render_line(0)
        assert "".join(segment.text for segment in segments).rstrip() == (
            "Marked: quotes \u00b7 their sentences \u00b7 meeting sentences \u00b7 the item you opened"
        )
        legend = {segment.text: segment.style for segment in segments}
        for words, kind in (("their sentences", "evidence"), ("the item you opened", "chosen")):
            style = view.get_component_rich_style(f"article-text-view--{kind}")
            assert legend[words].bgcolor == style.bgcolor  # each named in its mark's colours
        line = view.first_line_of(statement.evidence_start) - round(view.scroll_y)
        drawn = {segment.style for segment in view.render_line(line)}
        assert any(style.underline for style in drawn)  # the chosen sentence, on screen
        quote_colour = view.get_component_rich_style("article-text-view--quote").color
        quote = next(
            m for m in view.highlights if m.kind == QUOTE and chosen[0].start <= m.start < chosen[0].end
        )
        quote_line = view.first_line_of(quote.start) - round(view.scroll_y)
        assert quote_colour in {s.style.color for s in view.render_line(quote_line) if s.text.strip()}
        await pilot.press("escape", "4", "enter")  # an article read from its row: nothing chosen
        await settle(pilot)
        assert not any(mark.kind == CHOSEN for mark in app.screen.query_one(ArticleTextView).highlights)
        assert "the item you opened" not in str(app.screen.query_one("#article-legend").render())


async def test_an_article_deleted_elsewhere_is_said_to_be_gone_not_shown_empty(sample_db):
    """Before, opening an article another terminal had just deleted ('briefing delete', before the
    dashboard read the store again) showed its title over an empty page, and nothing said why."""
    from briefing_tui.store import open_store

    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        shown = record_notifications(app)
        elsewhere = open_store(sample_db)
        elsewhere.delete_article(app.screen.board.snapshot.articles[0].id)
        elsewhere.close()
        await pilot.press("4", "o")
        await settle(pilot)
        assert not isinstance(app.screen, ArticleScreen)
        assert ("Could not read the article: it is no longer in the store", "error") in shown
