"""Extraction speed: articles per second on ~800-word articles, one core, figures printed.

    python benchmarks/extract.py                 # default corpus, 3 rounds
    python benchmarks/extract.py --articles 400 --rounds 5
    python benchmarks/extract.py --texts real.jsonl   # distinct real articles (JSONL with text, published)

The corpus is built from the real articles of ../shared/eval (the reference
article and the news-dev set): their paragraphs are dealt round-robin into
articles of about 800 words, each with its own publication date, so every
stage sees ordinary news prose. CPU time of this process is measured
(``time.process_time``), so other work on the machine does not inflate it; the
wall-clock figure is printed beside it. Per-stage shares come from timing the
calls ``pipeline.build_document`` makes, found by reading its source.

The default corpus has only a few distinct texts (the shared sets hold about
9 articles' worth of paragraphs), so from the second pass on, the extractor's
caches meet words and windows they have seen: it reads faster than fresh news.
``--texts FILE`` measures distinct text instead: the articles of a JSONL file
(any with ``text`` and ``published``, e.g. real articles kept off the repository)
joined in turn into ~800-word articles, each text used once, each read once
per round; the first round is the honest figure for news nobody has read.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from briefing_tui.core.models import Article

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
TARGET_WORDS = 800
HEAVY = ("textual", "httpx", "rich", "trafilatura", "feedparser", "tinydb")


def check_import_is_light() -> list[str]:
    """Modules the extraction package pulls in that it should not (none, ideally)."""
    before = set(sys.modules)
    importlib.import_module("briefing_tui.extract")
    importlib.import_module("briefing_tui.extract.pipeline")
    new = set(sys.modules) - before
    return sorted(m for m in new if m.split(".")[0] in HEAVY)


def load_source_texts() -> list[tuple[str, str]]:
    """(published, text) of every article in the shared eval sets."""
    out: list[tuple[str, str]] = []
    for name in ("seed.jsonl", "news-dev.jsonl"):
        path = EVAL / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                out.append((d["published"], d["text"]))
    if not out:
        sample = ROOT / "sample_data" / "wang-yi-calls.txt"
        out.append(("2023-10-24", sample.read_text(encoding="utf-8")))
    return out


def build_corpus(count: int) -> list[Article]:
    """``count`` articles of about TARGET_WORDS words, from the source paragraphs dealt in turn."""
    sources = load_source_texts()
    paragraphs = [(pub, p) for pub, text in sources for p in text.split("\n") if len(p.split()) >= 5]
    articles: list[Article] = []
    i = 0
    for n in range(count):
        parts: list[str] = []
        words = 0
        published = paragraphs[i % len(paragraphs)][0]
        while words < TARGET_WORDS:
            _, para = paragraphs[i % len(paragraphs)]
            parts.append(para)
            words += len(para.split())
            i += 1
        articles.append(Article(id=f"bench-{n}", title=None, published=published, text="\n\n".join(parts)))
    return articles


def build_distinct_corpus(path: Path) -> list[Article]:
    """Articles of about TARGET_WORDS words from the texts of a JSONL file, each text used once."""
    sources = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles: list[Article] = []
    parts: list[str] = []
    words = 0
    for source in sources:
        parts.append(source["text"])
        words += len(source["text"].split())
        if words >= TARGET_WORDS:
            text = "\n\n".join(parts)
            articles.append(
                Article(id=f"real-{len(articles)}", title=None, published=source["published"], text=text)
            )
            parts, words = [], 0
    return articles


def stage_calls() -> list[tuple[object, str]]:
    """(module, function name) of each ``module.function(...)`` call in build_document, in order."""
    from briefing_tui.extract import pipeline

    tree = ast.parse(inspect.getsource(pipeline.build_document))
    calls: list[tuple[object, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if isinstance(owner, ast.Name) and inspect.ismodule(getattr(pipeline, owner.id, None)):
                calls.append((getattr(pipeline, owner.id), node.func.attr))
    return list(dict.fromkeys(calls))


def instrument(totals: dict[str, float]) -> Callable[[], None]:
    """Wrap each stage function to add its CPU time to ``totals``; returns the undo."""
    undo: list[tuple[object, str, object]] = []
    for module, name in stage_calls():
        original = getattr(module, name)
        label = f"{module.__name__.rsplit('.', 1)[-1]}.{name}"

        def timed(*args, _f=original, _label=label, **kwargs):
            t0 = time.process_time()
            try:
                return _f(*args, **kwargs)
            finally:
                totals[_label] += time.process_time() - t0

        setattr(module, name, timed)
        undo.append((module, name, original))
    _time_tokens_apart(totals, undo)

    def restore() -> None:
        for module, name, original in reversed(undo):
            setattr(module, name, original)

    return restore


def _time_tokens_apart(totals: dict[str, float], undo: list[tuple[object, str, object]]) -> None:
    """Word tokens are made once per document by whichever stage asks first: make them right after
    sentence splitting instead, so their cost shows as a row of its own (the results are the same)."""
    from briefing_tui.extract import sentences, tokens

    split = sentences.split

    def split_then_tokenize(doc, _split=split):  # noqa: ANN001, ANN202 - a Document
        _split(doc)
        t0 = time.process_time()
        tokens.sentence_tokens(doc)
        totals["tokens (shared)"] += time.process_time() - t0

    setattr(sentences, "split", split_then_tokenize)  # noqa: B010 - swapped back by restore()
    undo.append((sentences, "split", split))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--texts", type=Path, help="JSONL of articles (text, published): measure distinct text")
    args = ap.parse_args()

    heavy = check_import_is_light()
    from briefing_tui.extract import extract

    corpus = build_distinct_corpus(args.texts) if args.texts else build_corpus(args.articles)
    words = statistics.mean(len(a.text.split()) for a in corpus)
    chars = statistics.mean(len(a.text) for a in corpus)
    distinct = len({a.text for a in corpus})
    print(
        f"corpus: {len(corpus)} articles ({distinct} distinct), mean {words:.0f} words / {chars:.0f} chars each"
    )
    if distinct < len(corpus):
        print("  repeated texts read faster than fresh news (caches); --texts FILE measures distinct text")
    print(f"heavy modules imported by briefing_tui.extract: {', '.join(heavy) or 'none'}")

    # warm up: lazy imports, regex compilation (on the default corpus, so a --texts corpus stays unread)
    extract(build_corpus(1)[0])
    rates: list[float] = []
    for r in range(args.rounds):
        c0, w0 = time.process_time(), time.perf_counter()
        for article in corpus:
            extract(article)
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        rates.append(len(corpus) / cpu)
        again = " (texts read before)" if r and args.texts else ""
        print(
            f"round {r + 1}: {len(corpus) / cpu:7.1f} articles/s CPU ({cpu:.2f}s), {len(corpus) / wall:7.1f} wall"
            + again
        )
    if args.texts:
        first = rates[0]
        print(
            f"articles/s on first reading (one core, CPU time): {first:.1f}"
            f" ({first * words:.0f} words/s: {first * words / TARGET_WORDS:.1f} articles of {TARGET_WORDS} words)"
        )
    else:
        print(
            f"articles/s (one core, CPU time): best {max(rates):.1f}, median {statistics.median(rates):.1f}"
        )

    totals: dict[str, float] = defaultdict(float)
    restore = instrument(totals)
    try:
        c0 = time.process_time()
        for article in corpus:
            extract(article)
        cpu = time.process_time() - c0
    finally:
        restore()
    staged = sum(totals.values())
    print("stage shares of one more round (CPU):")
    for label, t in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"  {label:24s} {t * 1000 / len(corpus):7.3f} ms/article  {t / cpu:6.1%}")
    print(
        f"  {'assembly + records':24s} {(cpu - staged) * 1000 / len(corpus):7.3f} ms/article  {(cpu - staged) / cpu:6.1%}"
    )


if __name__ == "__main__":
    main()
