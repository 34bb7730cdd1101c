"""Where briefing keeps and finds things. Looking a path up never creates it."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

APP_NAME = "briefing"
DB_ENV = "BRIEFING_DB"
DB_FILENAME = "briefing.json"


def default_db_path() -> Path:
    """``$BRIEFING_DB`` if set, else ``<user data dir>/briefing/briefing.json``."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / DB_FILENAME


def resolve_db_path(cli_value: str | os.PathLike[str] | None) -> Path:
    """``--db`` wins over ``$BRIEFING_DB``, which wins over the default."""
    if cli_value:
        return Path(cli_value).expanduser()
    return default_db_path()


def _packaged_or_checkout(name: str) -> Path:
    """A data folder inside the installed package (wheel), else the checkout's top-level one."""
    packaged = resources.files("briefing_tui") / name
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / name


def styles_dir() -> Path:
    return _packaged_or_checkout("styles")


def sample_data_dir() -> Path:
    return _packaged_or_checkout("sample_data")
