"""The one error every source adapter raises: its message is shown to the user as is."""

from __future__ import annotations


class SourceError(Exception):
    """A source could not be read. ``str(error)`` is one clear sentence for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


def size_phrase(size: int) -> str:
    """A size as a reason gives it: '5 MB', '2.4 MB' from a megabyte up, '7,040 bytes' below, where
    megabytes would read '0.0 MB' (a small --max-bytes, a page of a few kilobytes)."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:,.1f}".removesuffix(".0") + " MB"
    return f"{size:,} byte" + ("" if size == 1 else "s")


class NothingToImport(SourceError):
    """A source that holds no article on purpose (a ``.meta.json`` sidecar): reported as skipped, not failed."""
