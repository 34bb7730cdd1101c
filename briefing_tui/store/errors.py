"""The one error the store raises for anything a user can act on."""

from __future__ import annotations

import os


class StoreError(Exception):
    """One clear line that names the file; the CLI prints it and exits 2."""

    def __init__(self, path: str | os.PathLike[str], problem: str) -> None:
        self.path = str(path)
        self.problem = " ".join(problem.split())  # one line, whatever the cause said
        super().__init__(f"{self.path}: {self.problem}")
