"""The one error every source adapter raises: its message is shown to the user as is."""

from __future__ import annotations


class SourceError(Exception):
    """A source could not be read. ``str(error)`` is one clear sentence for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


class NothingToImport(SourceError):
    """A source that holds no article on purpose (a ``.meta.json`` sidecar): reported as skipped, not failed."""
