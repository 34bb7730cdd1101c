"""A subprocess that writes to a store, for the kill and concurrency tests.

store_worker.py ops DB FIRST [POINT N]   run the op script from op FIRST on, printing "ack K" after each;
                                         with POINT (fsync/replace, before/after) print "point" at the
                                         Nth such call and stall there so the test kills it mid-write
store_worker.py put DB PREFIX COUNT      put COUNT articles PREFIX-0..., "ack" after each
store_worker.py hold DB SECONDS          hold the write lock, print "locked", then release
store_worker.py summarise DB [POINT N]   load the store, writing its summary (stalling at POINT as above)
"""

from __future__ import annotations

import os
import sys
import time
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from builders import extraction, person  # noqa: E402

from briefing_tui.store import atomic, open_store, tinydb_store  # noqa: E402
from briefing_tui.store.layout import StoreLayout  # noqa: E402
from briefing_tui.store.lock import WriteLock  # noqa: E402

SLOTS = 30


def op(k: int) -> tuple[str, str, int]:
    """Op K of the kill test's script: ("put", id, statements) or ("delete", id, 0)."""
    if k % 9 == 8:
        return ("delete", f"art-{(k * 7) % SLOTS}", 0)
    return ("put", f"art-{k % SLOTS}", (k + k // SLOTS) % 5 + 1)  # a re-put may shrink the file


def run_op(store, k: int) -> None:
    kind, article_id, statements = op(k)
    if kind == "delete":
        store.delete_article(article_id)
    else:
        store.put_extraction(
            extraction(article_id, statements=statements, text=f"Body {k} " * (5 + k * 13 % 60))
        )


def stall_at(point: str, nth: int) -> None:
    """Wrap os.fsync or os.replace (as the store's atomic module sees them) to stop at the Nth call."""
    where, when = point.split("-")
    real = getattr(os, where)
    calls = 0

    def wrapped(*args):
        nonlocal calls
        calls += 1
        if calls != nth:
            return real(*args)
        if when == "after":
            real(*args)
        print("point", flush=True)
        time.sleep(30)

    patched = types.SimpleNamespace(**vars(os))
    setattr(patched, where, wrapped)
    atomic.os = patched  # type: ignore[assignment]


def main(argv: list[str]) -> None:
    command, db = argv[0], Path(argv[1])
    if command == "hold":
        with WriteLock(StoreLayout(db).lock_path, timeout=5):
            print("locked", flush=True)
            time.sleep(float(argv[2]))
        return
    store = open_store(db)
    if command == "summarise":
        tinydb_store.SUMMARY_STALE_LIMIT = 0  # type: ignore[misc]
        if len(argv) > 2:
            stall_at(argv[2], int(argv[3]))
        print("ready", flush=True)
        store.counts()
        print("written", flush=True)
        return
    if command == "ops":
        if len(argv) > 3:
            stall_at(argv[3], int(argv[4]))
        print("ready", flush=True)
        k = int(argv[2])
        while True:
            run_op(store, k)
            print(f"ack {k}", flush=True)
            k += 1
    elif command == "put":
        shared = person("Wang Yi")
        for n in range(int(argv[3])):
            article_id = f"{argv[2]}-{n}"
            store.put_extraction(extraction(article_id, actors=(shared, person(f"Envoy {article_id}"))))
            print(f"ack {article_id}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
