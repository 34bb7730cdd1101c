"""The first paint waits for no I/O library: the store, importer and parsers load in workers."""

from __future__ import annotations

import subprocess
import sys


def test_app_and_main_screen_import_no_store_or_network_code():
    code = (
        "import sys\n"
        "import briefing_tui.ui.app, briefing_tui.ui.screens.main_screen\n"
        "heavy = ['httpx', 'tinydb', 'trafilatura', 'feedparser', 'briefing_tui.importer',\n"
        "         'briefing_tui.store.tinydb_store', 'briefing_tui.extract']\n"
        "loaded = [m for m in heavy if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
