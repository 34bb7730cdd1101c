"""The summary (a read cache of all article files): used when it is right, patched when stale, never trusted blindly."""

from __future__ import annotations

import dataclasses
import marshal
import random
import time

import pytest

from briefing_tui.store import open_store, summary, tinydb_store
from briefing_tui.store.atomic import is_temp_name
from briefing_tui.store.layout import StoreLayout
from briefing_tui.store.tinydb_store import TinyDBStore

from .builders import country, extraction, person
from .test_model import state_of
from .test_processes import expect_line, start


@pytest.fixture
def always(monkeypatch):
    """Write the summary whenever it is behind at all (the default waits for 16 files)."""
    monkeypatch.setattr(tinydb_store, "SUMMARY_STALE_LIMIT", 0)


def _fill(db, count=6):
    wang, china = person("Wang Yi", role="Minister"), country("China")
    with open_store(db) as store:
        for n in range(count):
            store.put_extraction(
                extraction(f"art-{n}", f"2023-0{1 + n % 9}-10", actors=(wang, china, person(f"Envoy {n}")))
            )


def _without_summary(db) -> dict:
    """The state as the article files alone say it."""
    StoreLayout(db).summary_path.unlink(missing_ok=True)
    with open_store(db) as store:
        return state_of(store)


def _no_article_file_reads(monkeypatch):
    def refuse(self, path, name):
        raise AssertionError(f"read {name} although the summary describes it")

    monkeypatch.setattr(TinyDBStore, "_read_shard", refuse)


def test_a_load_uses_the_summary_instead_of_the_article_files(tmp_path, always, monkeypatch):
    db = tmp_path / "briefing.json"
    _fill(db)
    assert StoreLayout(db).summary_path.exists()  # written at close: six writes put it behind
    with open_store(db) as store:
        expected = state_of(store)
        statements = store.statements()
    _fill(tmp_path / "other.json")  # another store, built the same way, read from its files
    assert expected == _without_summary(tmp_path / "other.json")
    with monkeypatch.context() as patched:
        _no_article_file_reads(patched)
        with open_store(db) as store:
            assert state_of(store) == expected
            assert store.statements() == statements  # every field, not only the ids
            assert store.article_text("art-2") == "Body of art-2."  # bodies still come from their files


def test_a_stale_summary_is_patched_from_the_article_files(tmp_path, always, monkeypatch):
    db = tmp_path / "briefing.json"
    _fill(db)
    monkeypatch.setattr(tinydb_store, "SUMMARY_STALE_LIMIT", 100)  # leave the summary behind
    with open_store(db) as store:
        store.put_extraction(extraction("art-new", "2024-01-01", statements=4))
        store.put_extraction(extraction("art-2", "2023-03-10", statements=1, meetings=0))
        store.delete_article("art-4")
    with open_store(db) as store:
        patched = state_of(store)
        assert {"art-new", "art-2"} <= set(patched["articles"]) and "art-4" not in patched["articles"]
        assert len(store.statements(article_id="art-2")) == 1
    assert patched == _without_summary(db)


def test_another_process_writing_meanwhile_is_seen(tmp_path, always):
    db = tmp_path / "briefing.json"
    _fill(db)
    reader, writer = open_store(db), open_store(db)
    assert reader.counts().articles == 6
    writer.put_extraction(extraction("art-9", "2024-05-01"))
    writer.delete_article("art-0")
    assert [a.id for a in reader.articles()][0] == "art-9" and reader.counts().articles == 6
    reader.close()
    writer.close()
    with open_store(db) as store:
        assert state_of(store) == _without_summary(db)


def _damage_flip(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0x40]) + data[middle + 1 :]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(_damage_flip, id="flipped-byte"),
        pytest.param(lambda data: b"\x00" * len(data), id="zeros"),
        pytest.param(
            lambda data: data.replace(b"briefing-summary 1", b"briefing-summary 9", 1), id="other-format"
        ),
        pytest.param(lambda data: b"not a summary\n" + data, id="garbage-first"),
    ],
)
def test_a_damaged_summary_is_ignored_and_rewritten(tmp_path, always, damage):
    db = tmp_path / "briefing.json"
    _fill(db)
    path = StoreLayout(db).summary_path
    good = path.read_bytes()
    expected = _without_summary(db)
    path.write_bytes(damage(good))
    with open_store(db) as store:
        assert state_of(store) == expected
    assert summary.read_summary(path) is not None  # the load read every file and wrote a good one


def test_records_of_another_shape_make_the_summary_unreadable(tmp_path, always, monkeypatch):
    db = tmp_path / "briefing.json"
    _fill(db)
    monkeypatch.setattr(summary, "FIELDS", (*summary.FIELDS[:3], ("id", "kind")))  # as if Meeting changed
    assert summary.read_summary(StoreLayout(db).summary_path) is None


def test_an_entry_that_does_not_fit_discards_the_summary(tmp_path, always):
    db = tmp_path / "briefing.json"
    _fill(db)
    path = StoreLayout(db).summary_path
    expected = _without_summary(db)
    with open_store(db) as store:
        store.counts()  # writes the summary again
    entries = list(summary.read_summary(path).values())
    name, sig, article_row, *rest = entries[0]
    entries[0] = (name, sig, article_row[:2], *rest)  # a row too short for an Article
    summary.write_summary(path, path.parent, entries)
    with open_store(db) as store:
        assert state_of(store) == expected


def test_a_damaged_blob_falls_back_to_the_article_file(tmp_path, always):
    db = tmp_path / "briefing.json"
    _fill(db)
    expected = _without_summary(db)
    with open_store(db) as store:
        store.counts()
    path = StoreLayout(db).summary_path
    entries = [(*entry[:-1], b"\x00broken") for entry in summary.read_summary(path).values()]
    summary.write_summary(path, path.parent, entries)  # a valid checksum over bad blobs
    with open_store(db) as store:
        assert state_of(store) == expected


def test_an_article_file_edited_in_place_is_read_again(tmp_path, always):
    db = tmp_path / "briefing.json"
    _fill(db)
    shard = StoreLayout(db).shard_path("art-1")
    inode = shard.stat().st_ino
    text = shard.read_text()
    shard.write_text(text.replace("Statement 0 in art-1", "Statement zero in art-1"))  # same inode
    assert shard.stat().st_ino == inode
    with open_store(db) as store:
        assert "Statement zero in art-1" in {s.text for s in store.statements(article_id="art-1")}


def test_summary_entries_reuse_packed_blobs_and_round_trip(tmp_path, always):
    db = tmp_path / "briefing.json"
    _fill(db, count=3)
    path = StoreLayout(db).summary_path
    entries = summary.read_summary(path)
    with open_store(db) as store:
        store.counts()
        items = store._index.items["art-1"]  # type: ignore[union-attr]
        assert items.packed is not None  # nothing decoded by counting
        name = StoreLayout(db).shard_path("art-1").name
        assert summary.entry_of(name, entries[name][1], items, entries[name][9]) == entries[name]
        statements, meetings = marshal.loads(entries[name][8])
        assert len(statements) == 2 and len(meetings) == 1
        items.statements  # noqa: B018  decoded: the entry is encoded again, the same
        assert summary.entry_of(name, entries[name][1], items, entries[name][9]) == entries[name]


def test_no_summary_below_the_limit(tmp_path):
    db = tmp_path / "briefing.json"
    _fill(db, count=3)
    assert not StoreLayout(db).summary_path.exists()


@pytest.mark.parametrize("point", ["replace-before", "replace-after", "random"])
def test_a_kill_while_writing_the_summary_leaves_a_correct_store(tmp_path, point):
    db = tmp_path / "briefing.json"
    layout = StoreLayout(db)
    _fill(db, count=20)
    rng = random.Random(point)
    for round_ in range(4):
        if round_ % 2:  # a summary one write behind (maybe one a killed worker left): patched, then rewritten
            with open_store(db) as store:
                store.put_extraction(extraction(f"art-{round_}", statements=round_ + 2))
        else:  # no summary at all: the worker reads every file, then writes one
            layout.summary_path.unlink(missing_ok=True)
        proc = start("summarise", db, *([] if point == "random" else [point, 1]))
        expect_line(proc, "ready")
        if point == "random":
            time.sleep(rng.uniform(0, 0.03))
        else:
            expect_line(proc, "point")
        proc.kill()
        proc.communicate()
        with open_store(db) as store:
            found = state_of(store)
        expected = _without_summary(db)
        assert found == expected, (point, round_)
    with open_store(db) as store:
        store.put_extraction(extraction("art-last"))  # the first write sweeps what the kills left
    assert not [p for p in layout.folder.iterdir() if is_temp_name(p.name)]


def test_a_summary_with_an_odd_record_is_skipped_not_fatal(tmp_path, always):
    db = tmp_path / "briefing.json"

    class Odd(str):  # marshal cannot write a str subclass
        pass

    with open_store(db) as store:
        ex = extraction("art-1")
        store.put_extraction(dataclasses.replace(ex, article=ex.article.evolve(title=Odd("x"))))
    assert open_store(db).counts().articles == 1


def test_the_summary_is_not_written_by_writes(tmp_path, always):
    db = tmp_path / "briefing.json"
    store = open_store(db)
    for n in range(5):
        store.put_extraction(extraction(f"art-{n}"))
    assert not StoreLayout(db).summary_path.exists()  # adding an article costs the article only
    store.close()
    assert StoreLayout(db).summary_path.exists()


def test_a_load_leaves_objects_someone_froze_frozen(tmp_path):
    import gc

    db = tmp_path / "briefing.json"
    _fill(db, count=2)
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with open_store(db) as store:
            assert store.snapshot().counts.articles == 2
        assert gc.get_freeze_count() > frozen // 2 and gc.isenabled()  # not unfrozen (frees may drop a few)
    finally:
        gc.unfreeze()
    with open_store(db) as store:
        store.snapshot()
    assert gc.get_freeze_count() == 0 and gc.isenabled()  # and ours are never left frozen
