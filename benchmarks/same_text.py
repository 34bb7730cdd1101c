"""What the same-article check costs before an import's first article, in a big store.

    .venv/bin/python benchmarks/same_text.py                 # 3,000 articles
    .venv/bin/python benchmarks/same_text.py --size 10000 --keep /tmp/briefing-bench

Before storing a new article the importer asks the store for a stored article
with nearly the same text (``TinyDBStore.find_same_text``). This prints, in a
store of synthetic articles (``store.py``'s), the wall-clock milliseconds of:

- the first check in a new process, the store as everyday use leaves it
  (its summary written, no other cache);
- the first check right after an upgrade (no summary: every article file is read);
- the same with article files from before fingerprints were kept in them,
  then again in the next process (what that first check saved);
- a later check in the same process.

Figures are printed, never asserted; compare runs of the same machine.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from store import prepared  # noqa: E402  (benchmarks/store.py builds the synthetic store)

from briefing_tui.store import open_store  # noqa: E402
from briefing_tui.store.layout import StoreLayout  # noqa: E402

NEW_TEXT = " ".join(f"word{n} about the talks in Oslo" for n in range(150))


def _clear_caches(db: Path) -> None:
    folder = StoreLayout(db).folder
    for name in ("fingerprints", "summary"):  # "fingerprints": the cache file of earlier versions
        (folder / name).unlink(missing_ok=True)


def _write_summary(db: Path) -> None:
    """Let a process load the store and close it, as the app or any command does."""
    with open_store(db) as store:
        store.counts()


def _strip_fingerprints(db: Path) -> None:
    """Article files as earlier versions wrote them, without the text's fingerprint."""
    for path in StoreLayout(db).articles_dir.glob("*.json"):
        data = json.loads(path.read_bytes())
        if data.pop("fingerprint", None) is not None:
            path.write_text(json.dumps(data), "utf-8")


def first_check(db: Path) -> tuple[float, float]:
    """(ms to load, ms of the first check) in a fresh store object, as a new process sees it."""
    with open_store(db) as store:
        start = time.perf_counter()
        store.counts()
        loaded = time.perf_counter()
        store.find_same_text(NEW_TEXT)
        return (loaded - start) * 1000, (time.perf_counter() - loaded) * 1000


def later_check(db: Path) -> float:
    with open_store(db) as store:
        store.find_same_text(NEW_TEXT)
        start = time.perf_counter()
        store.find_same_text(NEW_TEXT + " and more")
        return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=3000)
    parser.add_argument("--keep", type=Path, help="build the store here once and reuse it on later runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        db = prepared(args.keep or Path(tmp), args.size, random.Random(args.size))
        rows = []
        _clear_caches(db)
        _write_summary(db)
        rows.append(("summary written, first check", *first_check(db)))
        _clear_caches(db)
        rows.append(("no summary (after an upgrade)", *first_check(db)))
        _strip_fingerprints(db)
        _clear_caches(db)
        rows.append(("old article files, no summary", *first_check(db)))
        rows.append(("old article files, next process", *first_check(db)))
        rows.append(("a later check, same process", 0.0, later_check(db)))
    print(f"store of {args.size:,} articles")
    print(f"  {'':<36}{'load ms':>10}{'check ms':>10}")
    for name, load_ms, check_ms in rows:
        print(f"  {name:<36}{load_ms:>10.1f}{check_ms:>10.1f}")


if __name__ == "__main__":
    main()
