"""Article text is data: markup shows literally, links never open, escapes never reach the terminal."""

from __future__ import annotations

import pytest
from rich.style import Style

from briefing_tui.ui.screens.article_screen import ArticleScreen
from briefing_tui.ui.widgets.article_text_view import ArticleTextView
from briefing_tui.ui.widgets.detail_panel import DetailPanel
from briefing_tui.ui.widgets.row_list import RowList
from tests.ui.briefing_fixture import HOSTILE_TEXT, build_store, hostile_extraction
from tests.ui.conftest import DATA, make_app, open_import_dialog, settle

CONTROL = {chr(c) for c in range(0x20) if chr(c) not in "\n\t"} | {chr(c) for c in range(0x7F, 0xA0)}


def _unsafe(style: Style | None) -> bool:
    return style is not None and (bool(style.link) or any(k.startswith("@") for k in (style.meta or {})))


def visible_lines(widget) -> list[tuple[str, bool]]:
    """(text, has a link or click action) of each line the widget draws now."""
    lines = []
    for y in range(widget.scrollable_content_region.height):
        strip = widget.render_line(y)
        lines.append(("".join(s.text for s in strip), any(_unsafe(s.style) for s in strip)))
    return lines


def assert_literal_and_inert(widget, *needles: str) -> None:
    lines = visible_lines(widget)
    assert not any(unsafe for _, unsafe in lines), type(widget).__name__
    text = "\n".join(t for t, _ in lines)
    assert not CONTROL & set(text)
    for needle in needles:
        assert needle in text, (needle, text)


async def test_markup_in_every_pane_and_the_detail_is_shown_literally(tmp_path, monkeypatch):
    db = build_store(tmp_path / "hostile.json", hostile_extraction())
    app = make_app(db)
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, **kw: opened.append(url))
    async with app.run_test(size=(200, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        expected = {
            "actors": ("[@click=app.quit]Mallory[/]", "[link=file:///etc/passwd]Envoy[/]"),
            "statements": ("[@click=app.quit]quit[/] and [link=file:///etc/passwd]open[/] [/]",),
            "meetings": ("[@click=app.quit]Geneva[/]",),
            "articles": ("[@click=app.quit]Quit[/] [link=file:///etc/passwd]passwd[/] [/]", "[b]Outlet[/b]"),
        }
        for number, (pane, needles) in enumerate(expected.items(), start=1):
            await pilot.press(str(number), "m")  # maximized, so no column is cut short
            assert_literal_and_inert(screen.pane(pane), *needles)
            await pilot.press("escape")
        for pane in ("1", "2", "3", "4"):
            await pilot.press(pane)
            pane_widget = screen.focused
            assert isinstance(pane_widget, RowList)
            await pilot.click(pane_widget, offset=(4, 2))
            await pilot.click(pane_widget, offset=(4, 2))  # a second click selects
            await settle(pilot)
            if isinstance(app.screen, ArticleScreen):
                await pilot.press("escape")
            assert app.is_running
            detail = screen.query_one(DetailPanel)
            assert_literal_and_inert(detail, "[@click=app.quit]")
            await pilot.click(detail, offset=(3, 1))
        await pilot.press("1", "enter")  # narrow to the hostile actor: the header chip holds its name
        header = screen.query_one("#header").render()
        assert "[@click=app.quit]Mallory[/]" in str(header)
        assert not any(
            _unsafe(span.style) for span in getattr(header, "spans", []) if isinstance(span.style, Style)
        )
        assert app.is_running and opened == []


async def test_article_view_shows_markup_literally(tmp_path):
    db = build_store(
        tmp_path / "hostile.json",
        hostile_extraction("[@click=app.quit]x[/] [link=file:///etc/passwd]y[/] [/]"),
    )
    app = make_app(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("4", "o")
        await settle(pilot)
        view = app.screen.query_one(ArticleTextView)
        assert_literal_and_inert(view, "[@click=app.quit]x[/] [link=file:///etc/passwd]y[/] [/]")
        await pilot.click(view, offset=(3, 1))
        assert app.is_running


async def test_escape_sequences_are_stripped_on_import_and_never_drawn(empty_db):
    app = make_app(empty_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        dialog = await open_import_dialog(pilot, "paste")
        dialog.query_one("#import-text").text = HOSTILE_TEXT + "\n" + (DATA / "visit.txt").read_text()
        await pilot.press("ctrl+r")
        await settle(pilot)
        article = app.screen.board.snapshot.articles[0]
        body = app.store.run(lambda repo: repo.article_text(article.id))
        assert "\x1b" not in body and "\x9b" not in body and "\x07" not in body
        assert "[@click=app.quit]click me[/]" in body
        await pilot.press("4", "enter")
        await settle(pilot)
        view = app.screen.query_one(ArticleTextView)
        assert_literal_and_inert(view, "[@click=app.quit]click me[/]", "clipboard", "cleared")
        assert "\x1b" not in app.export_screenshot()
        assert app.is_running


async def test_notifications_with_markup_in_the_reason_show_it_literally(sample_db, tmp_path):
    app = make_app(sample_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        dialog = await open_import_dialog(pilot, "file")
        marked_up = tmp_path / "[@click=app.quit]x[/] [link=file:///etc/passwd]y[/] [/]"
        dialog.query_one("#import-path").value = str(marked_up)
        await pilot.press("ctrl+r")  # not there: the dialog says so, literally
        assert "[@click=app.quit]x[/]" in str(dialog.query_one("#import-error").render())
        marked_up.parent.mkdir(parents=True)
        marked_up.write_text("\n", encoding="utf-8")  # there, but no article in it: the import fails
        await pilot.press("ctrl+r")
        await settle(pilot)
        notes = list(app._notifications)
        assert notes and not notes[-1].markup
        assert "[@click=app.quit]x[/]" in notes[-1].message
        assert app.is_running


# Pasted text is untrusted like an article's text: a colour code, a screen-clearing sequence or a
# bidi override copied with it went into the field as it was, was drawn to the terminal raw, and a
# filter holding one was written again into the header. The field now gets it as sanitize() leaves
# it. (That Textual's own reader hands the characters after an escape over as keys, before the
# paste, is Textual's to mend; see test_keys_typed_after_enter_or_escape_act_where_the_focus_went.)
# Each case: the field, what is pasted, what the field then holds.
PASTED = [
    ("a screen-clearing sequence in the filter line", "filter", "wa\x1b[2Jng", "wang"),
    (
        "a colour code and a tab in the article text",
        "paste",
        "one \x1b[31mred\x1b[0m line\n\tsecond",
        "one red line\n\tsecond",
    ),
    (
        "a window-title sequence and a bell in the URLs",
        "urls",
        "https://example.org/\x1b]0;pwned\x07talks",
        "https://example.org/talks",
    ),
    ("a bidi override in the date field", "date", "2023-10-\u202e30", "2023-10-30"),
    ("an 8-bit control sequence in the file path", "file", "notes\x9b1m.txt", "notes.txt"),
    (
        "near miss: right-to-left text stays as written",
        "paste",
        "قال الوزير إن المحادثات ستستمر",
        "قال الوزير إن المحادثات ستستمر",
    ),
    ("near miss: brackets that look like markup stay", "filter", "[b]wang[/b]", "[b]wang[/b]"),
    ("near miss: a very long word stays whole", "paste", "x" * 500, "x" * 500),
]


async def open_field(pilot, where: str):
    """The field ``where`` names, focused: the filter line, the date dialog's, an import dialog tab's."""
    if where == "filter":
        await pilot.press("1", "slash")
    elif where == "date":
        await pilot.press("4", "d", "ctrl+u")
    else:
        await open_import_dialog(pilot, where)
    await settle(pilot)
    return pilot.app.screen.focused


@pytest.mark.parametrize(("case", "where", "pasted", "held"), PASTED, ids=[c[0] for c in PASTED])
async def test_pasted_text_reaches_a_field_sanitised(sample_db, case, where, pasted, held):
    from textual import events

    app = make_app(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        field = await open_field(pilot, where)
        app.post_message(events.Paste(pasted))  # as the terminal driver posts a bracketed paste
        await settle(pilot)
        assert (field.text if where in ("paste", "urls") else field.value) == held, case
        assert not CONTROL & set(app.export_screenshot()), case
