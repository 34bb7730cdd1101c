"""Styles live in TCSS files found through paths.styles_dir(), with absolute paths, theme variables only."""

from __future__ import annotations

import re
from pathlib import Path

from briefing_tui.paths import styles_dir
from briefing_tui.ui.app import STYLE_FILES, BriefingApp

UI = Path(__file__).resolve().parents[2] / "briefing_tui" / "ui"


def test_css_paths_are_absolute_existing_files():
    for path in BriefingApp.CSS_PATH:
        assert Path(path).is_absolute() and Path(path).is_file(), path
    assert {Path(p).name for p in BriefingApp.CSS_PATH} == set(STYLE_FILES)
    assert all((styles_dir() / name).is_file() for name in STYLE_FILES)


def test_tcss_uses_theme_variables_not_literal_colours():
    literal = re.compile(r"#[0-9a-fA-F]{3,8}\b|\brgb\(|\bhsl\(|\b(red|green|blue|white|black|yellow)\b")
    for name in STYLE_FILES:
        for number, line in enumerate((styles_dir() / name).read_text().splitlines(), start=1):
            if ":" in line and not line.strip().startswith(("/*", "#")):
                assert not literal.search(line.split(":", 1)[1]), f"{name}:{number}: {line.strip()}"


def test_no_inline_styles_in_python():
    pattern = re.compile(r"DEFAULT_CSS|\.styles\.\w+\s*=|CSS\s*=\s*[\"']")
    offenders = [
        f"{path.relative_to(UI)}:{n}"
        for path in UI.rglob("*.py")
        for n, line in enumerate(path.read_text().splitlines(), start=1)
        if pattern.search(line)
    ]
    assert offenders == []


async def test_wide_terminals_give_names_and_roles_room(tmp_path):
    """At 200 columns the panes share the whole width (the detail below them), and at 120 the
    actors' Kind and the statements' Date and Article columns give way to names, roles and words."""
    from tests.ui.briefing_fixture import build_store, wang_yi_extraction
    from tests.ui.conftest import make_app, settle

    db = build_store(tmp_path / "briefing.json", wang_yi_extraction())
    for size, wanted in [
        ((200, 60), ["National Security Advisor", "Secretary of State", "United States"]),
        ((120, 40), ["Foreign Minister", "Jake Sullivan"]),
    ]:
        app = make_app(db)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            actors = app.screen.pane("actors")
            assert actors.size.width >= size[0] // 2 - 2
            drawn = "\n".join(actors.render_line(y).text for y in range(actors.size.height))
            for text in wanted:
                assert text in drawn, (size, text)
            statements = app.screen.pane("statements")
            words = statements.render_line(1).text
            assert "“Every country has the right to s" in words, (size, words)
