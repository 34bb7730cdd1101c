"""Store timings at 1,000 and 10,000 articles: adding one article should not grow with the store.

    .venv/bin/python benchmarks/store.py                 # 1,000 and 10,000 articles
    .venv/bin/python benchmarks/store.py --sizes 500 5000 --adds 30
    .venv/bin/python benchmarks/store.py --keep /tmp/briefing-bench   # reuse built stores

Each store is built quickly by writing the article files directly (the same
encoding the store uses, without per-file fsync), then opened through
``open_store``: once without its summary (every article file is read, and the
summary written), then as usual, with it. Every article is synthetic but sized like a real one:
~25 statements, ~5 meetings, ~15 actors drawn from a pool where a few actors
appear in most articles (as China or the US do), and a 4 KB body.
Figures are wall-clock and CPU milliseconds (medians for the repeated ones) within
this one run; compare the ratios. ``--keep DIR`` builds the stores once and reuses them.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from briefing_tui.core.ids import actor_id, article_id_for_url, meeting_id, statement_id
from briefing_tui.core.models import Actor, Article, Extraction, Meeting, Statement
from briefing_tui.store import open_store
from briefing_tui.store.atomic import encode_json, replace_files
from briefing_tui.store.layout import StoreLayout
from briefing_tui.store.migrations import create_main_file
from briefing_tui.store.shards import encode_shard, items_of

POOL = 3000
WORDS = [
    "minister",
    "talks",
    "ceasefire",
    "visit",
    "summit",
    "trade",
    "sanctions",
    "envoy",
    "border",
    "cooperation",
    "security",
    "relations",
]


def pool_actor(rank: int) -> Actor:
    kind = ("country", "organization", "person", "person")[rank % 4]
    name = f"{kind.title()} {rank}"
    return Actor(id=actor_id(kind, name), name=name, kind=kind, role="Envoy" if kind == "person" else None)  # type: ignore[arg-type]


ACTORS = [pool_actor(rank) for rank in range(POOL)]
CUMULATIVE = list(itertools.accumulate(1 / (rank + 1) for rank in range(POOL)))


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


_BANK_RNG = random.Random(7)
BANK = {words: [_sentence(_BANK_RNG, words) for _ in range(400)] for words in (8, 12, 15, 22, 25)}


def sentence(rng: random.Random, words: int) -> str:
    """A made-up sentence of about ``words`` words (drawn from a bank: building 10,000 articles must be quick)."""
    return rng.choice(BANK[words])


def synthetic(n: int, rng: random.Random) -> Extraction:
    """Article number ``n``: a year of publication dates, popular actors in most articles."""
    aid = article_id_for_url(f"https://news.example/story/{n}")
    cast: dict[str, Actor] = {a.id: a for a in ACTORS[:3]}
    while len(cast) < 15:
        pick = rng.choices(ACTORS, cum_weights=CUMULATIVE)[0]
        cast[pick.id] = pick
    actors = list(cast.values())
    people = [a for a in actors if a.kind == "person"] or actors
    statements = []
    for k in range(25):
        speaker = rng.choice(people)
        text = sentence(rng, 22)
        statements.append(
            Statement(
                id=statement_id(aid, speaker.id, text, k * 160),
                actor_id=speaker.id,
                speaker=speaker.name,
                text=text,
                kind="direct",
                evidence=f'"{text}" {speaker.name} said, ' + sentence(rng, 15),
                addressee_ids=tuple(a.id for a in rng.sample(actors, 2)),
                article_id=aid,
                evidence_start=k * 160,
                evidence_end=k * 160 + 150,
            )
        )
    meetings = []
    for k in range(5):
        ids = tuple(a.id for a in rng.sample(actors, 3))
        meetings.append(
            Meeting(
                id=meeting_id(aid, "talks", ids, k * 700),
                kind="talks",
                status="past",
                evidence=sentence(rng, 25),
                participant_ids=ids,
                start=(date(2023, 1, 1) + timedelta(days=n % 365)).isoformat(),
                article_id=aid,
                evidence_start=k * 700,
            )
        )
    article = Article(
        id=aid,
        title=sentence(rng, 8),
        published=(date(2023, 1, 1) + timedelta(days=n % 365)).isoformat(),
        url=f"https://news.example/story/{n}",
        source="news.example",
        imported_at="2024-01-01T00:00:00+00:00",
        text=(sentence(rng, 12) + " ") * 48,  # ~4 KB
    )
    return Extraction(
        article=article, actors=tuple(actors), statements=tuple(statements), meetings=tuple(meetings)
    )


def build(db: Path, count: int, rng: random.Random) -> None:
    """Write ``count`` article files directly (no fsync per file), then the main file."""
    layout = StoreLayout(db)
    create_main_file(layout)
    for n in range(count):
        article, items = items_of(synthetic(n, rng))
        data = encode_json(encode_shard(article, items))
        replace_files([(layout.shard_path(article.id), data)], durable=False, temp_folder=layout.folder)
    os.sync()


def timed(action: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) milliseconds: CPU time stays meaningful on a machine busy with other work."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def median_of(actions: list[Callable[[], object]]) -> tuple[float, float]:
    runs = [timed(action) for action in actions]
    return statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)


def prepared(folder: Path, count: int, rng: random.Random) -> Path:
    """A store of ``count`` articles in ``folder``, built once and reused by later runs."""
    db = folder / f"store-{count}" / "briefing.json"
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        wall, _ = timed(lambda: build(db, count, rng))
        print(f"built {count:,} articles in {wall / 1000:.1f} s")
    return db


def measure(count: int, adds: int, folder: Path) -> dict[str, tuple[float, float]]:
    rng = random.Random(count)
    db = prepared(folder, count, rng)
    figures: dict[str, tuple[float, float]] = {}
    figures["open_store"] = timed(lambda: open_store(db))
    StoreLayout(db).summary_path.unlink(missing_ok=True)  # as after an upgrade: every article file is read
    cold = open_store(db)
    figures["load without summary (writes it)"] = timed(cold.counts)
    cold.close()
    store = open_store(db)
    figures["first load (counts)"] = timed(store.counts)
    figures["snapshot (cold)"] = timed(store.snapshot)
    figures["first load + snapshot"] = (
        figures["first load (counts)"][0] + figures["snapshot (cold)"][0],
        figures["first load (counts)"][1] + figures["snapshot (cold)"][1],
    )
    new = [synthetic(count + 1000 + k, rng) for k in range(adds)]
    figures["add one article"] = median_of([lambda ex=ex: store.put_extraction(ex) for ex in new])
    again = [synthetic(k * (count // adds), random.Random(k)) for k in range(adds)]
    figures["replace one article"] = median_of([lambda ex=ex: store.put_extraction(ex) for ex in again])
    figures["delete one article"] = median_of([lambda a=ex.article.id: store.delete_article(a) for ex in new])
    store.put_extraction(new[0])
    figures["snapshot after a write"] = timed(store.snapshot)
    busiest = ACTORS[0].id
    figures["statements of the busiest actor"] = timed(lambda: store.statements(actor_id=busiest))
    counts = store.counts()
    print(
        f"store of {counts.articles:,} articles, {counts.statements:,} statements, {counts.meetings:,} meetings, "
        f"{counts.actors:,} actors"
    )
    summary = StoreLayout(db).summary_path
    if summary.exists():
        print(f"  summary file {summary.stat().st_size / 1e6:.1f} MB")
    print(f"  {'':<34}{'wall ms':>10}{'CPU ms':>10}")
    for name, (wall, cpu) in figures.items():
        print(f"  {name:<34}{wall:>10.1f}{cpu:>10.1f}")
    store.delete_article(new[0].article.id)  # leave a kept store as it was built
    store.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs=2, default=(1000, 10000), metavar=("SMALL", "LARGE"))
    parser.add_argument("--adds", type=int, default=20, help="articles added (and replaced) per size")
    parser.add_argument("--keep", type=Path, help="build the stores here once and reuse them on later runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        folder = args.keep or Path(tmp)
        small, large = (measure(size, args.adds, folder) for size in args.sizes)
    print(f"ratio {args.sizes[1]:,} / {args.sizes[0]:,} articles (1.0 = independent of store size):")
    print(f"  {'':<34}{'wall':>10}{'CPU':>10}")
    for name in small:
        ratios = [large[name][n] / small[name][n] if small[name][n] else float("nan") for n in (0, 1)]
        print(f"  {name:<34}{ratios[0]:>10.2f}{ratios[1]:>10.2f}")


if __name__ == "__main__":
    main()
