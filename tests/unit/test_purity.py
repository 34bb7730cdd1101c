"""The domain never imports the UI toolkit: each pure module is imported alone in a fresh interpreter.

A static import rule cannot see an import that happens at import time through
another module; a fresh ``sys.modules`` can.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "briefing_tui"
# What `briefing --help` loads: it must answer before any fetcher or store library is imported.
STARTUP_PATH = {
    "briefing_tui",
    "briefing_tui.cli",
    "briefing_tui.cli.parser",
    "briefing_tui.cli.commands",
    "briefing_tui.paths",
}


def _modules() -> list[str]:
    """Every module of briefing_tui outside ui/ (found on disk, so new modules are covered)."""
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if "ui" in parts[1:2] or parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def _forbidden(module: str) -> set[str]:
    forbidden = {"textual"}
    if not module.startswith("briefing_tui.cli"):
        forbidden.add("rich")  # only the command line prints with Rich
    if module.startswith(("briefing_tui.extract", "briefing_tui.core", "briefing_tui.export")):
        forbidden |= {"httpx", "trafilatura", "feedparser"}
    if module in STARTUP_PATH:
        forbidden |= {"httpx", "trafilatura", "feedparser", "tinydb"}  # on the path of `briefing --help`
    return forbidden


def _loaded_after_import(module: str) -> set[str]:
    code = (
        "import importlib, json, sys\n"
        f"importlib.import_module({module!r})\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return set(json.loads(proc.stdout))


def test_modules_are_found():
    modules = _modules()
    assert {
        "briefing_tui.core.models",
        "briefing_tui.extract",
        "briefing_tui.importer",
        "briefing_tui.export",
    } <= set(modules)
    assert not any(m.startswith("briefing_tui.ui") for m in modules)


@pytest.mark.parametrize("module", _modules())
def test_module_is_pure(module):
    leaked = _loaded_after_import(module) & _forbidden(module)
    assert not leaked, f"importing {module} loads {sorted(leaked)}"
