"""Extraction speed: articles per second on ~800-word articles, one core, figures printed.

    python benchmarks/extract.py                 # default corpus, 3 rounds
    python benchmarks/extract.py --articles 400 --rounds 5

The corpus is built from the real articles of ../shared/eval (the reference
article and the news-dev set): their paragraphs are dealt round-robin into
articles of about 800 words, each with its own publication date, so every
stage sees ordinary news prose. CPU time of this process is measured
(``time.process_time``), so other work on the machine does not inflate it; the
wall-clock figure is printed beside it. Per-stage shares come from timing the
calls ``pipeline.build_document`` makes, found by reading its source.
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
    args = ap.parse_args()

    heavy = check_import_is_light()
    from briefing_tui.extract import extract

    corpus = build_corpus(args.articles)
    words = statistics.mean(len(a.text.split()) for a in corpus)
    chars = statistics.mean(len(a.text) for a in corpus)
    print(f"corpus: {len(corpus)} articles, mean {words:.0f} words / {chars:.0f} chars each")
    print(f"heavy modules imported by briefing_tui.extract: {', '.join(heavy) or 'none'}")

    extract(corpus[0])  # warm up: lazy imports, regex compilation
    rates: list[float] = []
    for r in range(args.rounds):
        c0, w0 = time.process_time(), time.perf_counter()
        for article in corpus:
            extract(article)
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        rates.append(len(corpus) / cpu)
        print(
            f"round {r + 1}: {len(corpus) / cpu:7.1f} articles/s CPU ({cpu:.2f}s), {len(corpus) / wall:7.1f} wall"
        )
    print(f"articles/s (one core, CPU time): best {max(rates):.1f}, median {statistics.median(rates):.1f}")

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
