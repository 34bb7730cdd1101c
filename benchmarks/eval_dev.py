"""Score the extractor in-process on the shared eval sets (fast loop for development).

    python benchmarks/eval_dev.py            # seed + news-dev
    python benchmarks/eval_dev.py news-dev --verbose

Writes one JSON per article to out/<set>/ and runs ../shared/eval/score.py on it.
The README's Accuracy figures come from the real CLI (see README); this
script gives the same numbers without a process per article.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from briefing_tui.core.ids import article_id_for_text
from briefing_tui.core.models import Article
from briefing_tui.core.text import sanitize
from briefing_tui.extract import extract

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def run_set(name: str, out_root: Path, verbose: bool) -> None:
    gold = EVAL / f"{name}.jsonl"
    out = out_root / name
    out.mkdir(parents=True, exist_ok=True)
    docs = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    t0 = time.perf_counter()
    for d in docs:
        text = sanitize(d["text"])
        art = Article(id=article_id_for_text(text), title=None, published=d["published"], text=text)
        result = extract(art).to_dict()
        (out / (d["id"].replace("/", "__") + ".json")).write_text(
            json.dumps(result, indent=1), encoding="utf-8"
        )
    dt = time.perf_counter() - t0
    print(f"== {name}: {len(docs)} articles in {dt:.2f}s")
    cmd = [sys.executable, str(EVAL / "score.py"), str(gold), str(out)]
    if verbose:
        cmd.append("--verbose")
    subprocess.run(cmd, check=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", default=["seed", "news-dev"])
    ap.add_argument("--out", default=str(ROOT / "out"))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    for name in args.sets:
        run_set(name, Path(args.out), args.verbose)


if __name__ == "__main__":
    main()
