"""Completes file paths in an Input (accept with the right arrow), listing folders off the UI thread."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from textual.suggester import Suggester


def complete_path(value: str) -> str | None:
    """The first entry of the typed folder whose name extends what was typed, or None."""
    if not value:
        return None
    typed = Path(value).expanduser()
    folder, stem = (typed, "") if value.endswith(os.sep) else (typed.parent, typed.name)
    try:
        names = sorted(entry.name for entry in os.scandir(folder))
    except OSError:
        return None
    for name in names:
        if name.startswith(stem) and name != stem and not (name.startswith(".") and not stem.startswith(".")):
            completed = value + name[len(stem) :]
            return completed + os.sep if (folder / name).is_dir() else completed
    return None


class PathSuggester(Suggester):
    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        return await asyncio.to_thread(complete_path, value)
