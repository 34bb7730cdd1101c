"""Where articles and their items are kept. No textual imports here."""

from briefing_tui.store.repository import Migration, Repository, StoreResult

__all__ = ["Migration", "Repository", "StoreResult", "open_store", "StoreError"]


def __getattr__(name: str):  # lazy: keep `import briefing_tui.store` cheap
    if name in {"open_store", "StoreError"}:
        from briefing_tui.store import tinydb_store

        return getattr(tinydb_store, name)
    raise AttributeError(name)
