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
