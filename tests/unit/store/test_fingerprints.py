"""The same article in another text (a saved page and its copy, a paste) is found; other articles are not."""

from __future__ import annotations

import json

import pytest

from briefing_tui.core.models import Article, Extraction
from briefing_tui.paths import sample_data_dir
from briefing_tui.store import open_store, tinydb_store
from briefing_tui.store.fingerprints import fingerprint, read_cache, same_article
from briefing_tui.store.layout import StoreLayout
from tests.cli.helpers import REPO

SAMPLE_TEXT = (sample_data_dir() / "wang-yi-calls.txt").read_text("utf-8")
HELDOUT = [
    json.loads(line)["text"]
    for line in (REPO / "benchmarks" / "heldout" / "heldout.jsonl").read_text("utf-8").splitlines()
]


def page_reading(text: str) -> str:
    """The text as a page reader gives it: no dateline, lines joined differently, a footer added."""
    body = text.split("\n", 2)[2]
    return (
        body.replace(" a statement", "\na statement")
        + "\n\nLeave a Reply\nYour email address will not be published."
    )


def test_the_same_article_in_another_reading_is_the_same():
    assert same_article(fingerprint(SAMPLE_TEXT), fingerprint(page_reading(SAMPLE_TEXT)))
    assert same_article(fingerprint(SAMPLE_TEXT), fingerprint(SAMPLE_TEXT.upper()))


def test_different_articles_are_not_the_same():
    prints = [fingerprint(text) for text in [SAMPLE_TEXT, *HELDOUT]]
    for i, first in enumerate(prints):
        for second in prints[i + 1 :]:
            assert not same_article(first, second)


def test_an_excerpt_or_a_short_note_is_not_the_article():
    paragraphs = SAMPLE_TEXT.split("\n\n")
    assert not same_article(fingerprint(SAMPLE_TEXT), fingerprint("\n\n".join(paragraphs[1:4])))
    note = "The minister said the talks went well."
    assert not same_article(fingerprint(note), fingerprint(note))  # too short to tell: ids decide


def _put(store, article_id: str, text: str, **fields) -> None:
    store.put_extraction(
        Extraction(
            article=Article(id=article_id, title=article_id, published="2023-10-24", text=text, **fields)
        )
    )


def test_the_store_finds_a_stored_copy_across_processes(tmp_path):
    db = tmp_path / "briefing.json"
    with open_store(db) as store:
        _put(store, "art-file", SAMPLE_TEXT)
        _put(store, "art-other", HELDOUT[0])
        assert store.find_same_text(page_reading(SAMPLE_TEXT)).id == "art-file"
        assert store.find_same_text(SAMPLE_TEXT, exclude_id="art-file") is None
    with open_store(db) as later:  # another process: no fingerprint in memory, none cached yet
        assert later.find_same_text(page_reading(SAMPLE_TEXT)).id == "art-file"
        assert later.find_same_text(HELDOUT[1]) is None
        later.delete_article("art-file")
        assert later.find_same_text(page_reading(SAMPLE_TEXT)) is None


def test_the_fingerprint_cache_spares_reading_the_texts_and_is_never_trusted_blindly(tmp_path, monkeypatch):
    monkeypatch.setattr(tinydb_store, "FINGERPRINTS_STALE_LIMIT", 1)
    db = tmp_path / "briefing.json"
    with open_store(db) as store:
        for n, text in enumerate(HELDOUT[:4]):
            _put(store, f"art-{n}", text)
    cache = StoreLayout(db).fingerprints_path
    assert len(read_cache(cache)) == 4

    def refuse(self, name):
        raise AssertionError(f"read the text of {name} although the cache has it")

    with monkeypatch.context() as patched:
        patched.setattr(tinydb_store.TinyDBStore, "_body_of", refuse)
        with open_store(db) as store:
            assert store.find_same_text(HELDOUT[2]).id == "art-2"
    with open_store(db) as store:  # another process replaces an article: its entry no longer counts
        _put(store, "art-2", HELDOUT[5])
    with open_store(db) as store:
        assert store.find_same_text(HELDOUT[2]) is None
        assert store.find_same_text(HELDOUT[5]).id == "art-2"
    cache.write_bytes(b"briefing-fingerprints 1 damaged")
    with open_store(db) as store:
        assert store.find_same_text(HELDOUT[3]).id == "art-3"


@pytest.mark.parametrize("kind", ["missing", "damaged"])
def test_a_missing_or_damaged_cache_reads_as_empty(tmp_path, kind):
    path = tmp_path / "fingerprints"
    if kind == "damaged":
        path.write_bytes(b"\x00" * 40)
    assert read_cache(path) == {}
