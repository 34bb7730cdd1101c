"""The one error the store raises for anything a user can act on."""

from __future__ import annotations

import os


class StoreError(Exception):
    """One clear line that names the file; the CLI prints it and exits 2.

    ``StoreError(path, problem)`` reads "path: problem"; ``StoreError(message)``
    is accepted too, for callers that already have a whole message.
    """

    def __init__(self, path: str | os.PathLike[str], problem: str | None = None) -> None:
        self.path = str(path) if problem is not None else None
        text = f"{self.path}: {problem}" if problem is not None else str(path)
        super().__init__(" ".join(text.split()))  # one line, whatever the cause said
