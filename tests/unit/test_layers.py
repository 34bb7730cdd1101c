"""The store and the core depend on no source adapter, the importer or the command line.

The purity test sees what gets loaded; this one reads every import statement, those inside
functions too, so that a lazy import across a layer (which loads nothing at import time) is
caught as well.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "briefing_tui"
# What each layer may import from briefing_tui: itself and the layers below it.
ALLOWED = {
    "core": ("briefing_tui.core",),
    "store": ("briefing_tui.core", "briefing_tui.store"),
}


def _imported(path: Path) -> set[str]:
    """Every briefing_tui module ``path`` imports, at its top or inside a function."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {name for name in names if name.split(".")[0] == "briefing_tui"}


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_a_layer_imports_only_itself_and_those_below(layer):
    crossing = {
        f"{path.relative_to(PACKAGE.parent)}: {name}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for name in _imported(path)
        if not name.startswith(ALLOWED[layer])
    }
    assert not crossing, sorted(crossing)
