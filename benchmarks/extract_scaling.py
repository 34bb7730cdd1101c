"""Extraction time on pathological text: does it grow linearly with size?

    python benchmarks/extract_scaling.py              # 40 KB and 160 KB of each pattern
    python benchmarks/extract_scaling.py --small 100000 --large 400000

Each pattern is repeated into one long text with no sentence end, the worst case for
stages that look at a whole sentence. For each, the CPU seconds at both sizes and their
ratio are printed; linear work gives a ratio near large/small (4 by default), and a
ratio well above it marks a pattern that grows faster than the text.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from briefing_tui.core.models import Article  # noqa: E402
from briefing_tui.extract import extract  # noqa: E402

PATTERNS = [
    "Smith met with Jones and ",
    "Smith, the minister, said ",
    '"We will meet," said Smith, ',
    "Foreign Minister Wang Yi of China ",
    "the Chinese foreign minister told his Israeli counterpart that ",
    "on Thursday to Saturday ",
    "he will visit Washington next week and ",
    "Secretary of State Antony Blinken, ",
    "Smith said that Jones said that ",
    "talks between A and B and ",
    "\u201cSmith \u201d said ",
    "He She They said ",
    "U.S. U.K. E.U. ",
    "Mr. Dr. Sen. Gov. ",
    "China's Xi Jinping and ",
    "according to Smith, ",
    "WANG YI MET BLINKEN AND ",
    "al-Maliki bin van de ",
    "in a call with the minister, ",
    "( ",
    '" ',
    "Oct. 7 , 2023 ",
    "the summit in San Francisco in November ",
    "_a ",  # Markdown emphasis marks that never close: each would scan the rest of the line
    "[Smith](https://example.org/s) [said](",
    # round 38's review: a list of well-known surnames, title lines, undated trips, a closing list of stamps
    "Pompeo and Lavrov and ",
    "Ana Ruiz meets Pedro Salas in Lima\n\n",
    "Ana Ruiz to visit Lima\n\nAna Ruiz visited Lima\n\n",
    "01 December 2021 - 11:24 Ana Ruiz\n",
    # round 39's review: a list of names in a sentence with a plural office (offices listed "respectively")
    "ministers Pompeo and Lavrov and ",
    # round 41's review: a given name that is a common word, before a surname that is one too, said often
    "Bill Stone and ",
]


def seconds(text: str) -> float:
    t0 = time.process_time()
    extract(Article(id="scaling", title=None, published="2023-10-24", text=text))
    return time.process_time() - t0


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--small", type=int, default=40_000, help="characters of the small text")
    parser.add_argument("--large", type=int, default=160_000, help="characters of the large text")
    args = parser.parse_args()
    linear = args.large / args.small
    print(
        f"CPU seconds at {args.small:,} and {args.large:,} characters; linear growth is a ratio of {linear:.1f}"
    )
    worst = 0.0
    for unit in PATTERNS:
        small = seconds(unit * (args.small // len(unit)))
        large = seconds(unit * (args.large // len(unit)))
        ratio = large / max(small, 1e-3)
        worst = max(worst, ratio)
        print(f"  {unit[:36]!r:40} {small:6.2f} s {large:6.2f} s  ratio {ratio:4.1f}")
    print(f"worst ratio {worst:.1f} (linear {linear:.1f})")


if __name__ == "__main__":
    main()
