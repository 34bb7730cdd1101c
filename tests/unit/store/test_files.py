"""What the store does with files it did not write: broken, newer, older, or left by a crash."""

from __future__ import annotations

import json

import pytest

from briefing_tui.store import StoreError, open_store
from briefing_tui.store.layout import StoreLayout

from .builders import extraction, person

V1_META = {"meta": {"1": {"schema_version": 1, "layout": "article-files"}}}
EXPORT = {"schema": "briefing-extract-v1", "articles": [], "actors": [], "statements": [], "meetings": []}


@pytest.mark.parametrize(
    ("content", "says"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"   \n", "empty", id="blank"),
        pytest.param(json.dumps(V1_META).encode()[:-7], "not valid JSON", id="truncated"),
        pytest.param(b"name,role\nWang Yi,minister\n", "not valid JSON", id="csv"),
        pytest.param(b"\xff\xfe\x00garbage", "not UTF-8", id="binary"),
        pytest.param(b"[1, 2, 3]", "not TinyDB tables", id="json-list"),
        # An export given as the store ('--db' and '--out' swapped): said so, not 'not TinyDB tables'.
        pytest.param(b'{"schema": "briefing-extract-v1", "articles": []}', "a briefing export", id="export"),
        pytest.param(
            json.dumps(EXPORT).encode(), "a briefing export (what 'briefing export' writes)", id="full-export"
        ),
        pytest.param(b'{"schema": "other-v2", "articles": []}', "not TinyDB tables", id="other-schema"),
        pytest.param(b'{"schema": {"1": {"v": 1}}}', "not a briefing store", id="schema-table"),
        pytest.param(b'{"users": {"1": {"name": "x"}}}', "not a briefing store", id="other-tinydb"),
        pytest.param(b'{"meta": {"1": {"schema_version": 2}}}', "newer briefing", id="newer-schema"),
        pytest.param(b'{"meta": {"1": {"schema_version": "one"}}}', "not a version", id="odd-version"),
    ],
)
@pytest.mark.parametrize("create", [True, False])
def test_unreadable_store_is_named_and_left_byte_for_byte(tmp_path, content, says, create):
    db = tmp_path / "briefing.json"
    db.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        open_store(db, create=create)
    message = str(caught.value)
    assert message.startswith(f"{db}: ") and says in message and "\n" not in message
    assert db.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.json"]  # no backup, no shards


def test_a_damaged_article_file_is_skipped_named_and_left_as_it_is(tmp_path):
    db = tmp_path / "briefing.json"
    with open_store(db) as store:
        store.put_extraction(extraction("art-1"))
        store.put_extraction(extraction("art-2", "2023-11-02"))
    shard = StoreLayout(db).shard_path("art-1")
    damaged = shard.read_bytes()[:-20]
    shard.write_bytes(damaged)
    StoreLayout(db).marker_path.unlink()  # nothing says "changed": only a full reload would notice
    store = open_store(db)
    for _ in range(2):  # and again: the rest of the store, every time
        assert [a.id for a in store.articles()] == ["art-2"]
        assert store.counts().articles == 1
    ((path, reason),) = store.damaged_files()
    assert path == str(shard) and reason.startswith("not valid JSON") and "\n" not in reason
    store.put_extraction(extraction("art-3"))  # other articles are written as usual
    with pytest.raises(StoreError, match=r"art-1\.json: this article's file cannot be read .* move it aside"):
        store.put_extraction(extraction("art-1"))  # never over the damaged file
    assert store.delete_article("art-1") is False
    assert shard.read_bytes() == damaged
    store.close()
    assert [a.id for a in open_store(db).articles()] == ["art-2", "art-3"]  # not in the summary either
    assert shard.read_bytes() == damaged


def test_a_repaired_or_removed_damaged_file_is_noticed(tmp_path):
    db = tmp_path / "briefing.json"
    store = open_store(db)
    store.put_extraction(extraction("art-1"))
    store.put_extraction(extraction("art-2", "2023-11-02"))
    shard = StoreLayout(db).shard_path("art-1")
    good = shard.read_bytes()
    other = open_store(db)
    shard.write_bytes(good[:-20])
    other.put_extraction(extraction("art-3"))  # another process's write: the marker changes
    assert [a.id for a in store.articles()] == ["art-2", "art-3"]  # a file damaged after loading
    assert [p for p, _ in store.damaged_files()] == [str(shard)]
    shard.write_bytes(good)
    other.delete_article("art-3")
    assert [a.id for a in store.articles()] == ["art-2", "art-1"] and store.damaged_files() == []
    shard.write_bytes(b"")
    other.put_extraction(extraction("art-3"))
    assert store.damaged_files() == [(str(shard), "the file is empty")]
    shard.unlink()
    other.delete_article("art-3")
    assert store.damaged_files() == [] and [a.id for a in store.articles()] == ["art-2"]


def test_a_folder_is_not_a_store(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path)


def test_missing_parent_folders_are_created(tmp_path):
    db = tmp_path / "deep" / "er" / "briefing.json"
    open_store(db).put_extraction(extraction("art-1"))
    assert open_store(db, create=False).counts().articles == 1


def test_stray_temp_files_of_a_killed_writer_are_swept_at_open(tmp_path):
    db = tmp_path / "briefing.json"
    open_store(db).put_extraction(extraction("art-1"))
    layout = StoreLayout(db)
    strays = [
        tmp_path / ".briefing.json.tmp-999-abcd",
        layout.folder / ".art-2.json.tmp-999-abcd",
        layout.folder / ".changed.tmp-999-abcd",
    ]
    for stray in strays:
        stray.write_text('{"articles": {"1": {"id": "art-2"')
    keep = tmp_path / "notes.txt"
    keep.write_text("mine")
    store = open_store(db)
    assert not any(stray.exists() for stray in strays) and keep.exists()
    assert [a.id for a in store.articles()] == ["art-1"]


def _v0_store() -> dict:
    """A store as the stock TinyDB layout kept it: one file, merged actors, no meta table."""
    ex1 = extraction("art-1", "2023-10-24", statements=2, meetings=1, text="First body.")
    ex2 = extraction(
        "art-2", "2023-11-02", actors=(person("Wang Yi", role="Director"),), statements=1, meetings=0
    )
    wang = ex1.actors[0].evolve(role="Director", article_ids=("art-1", "art-2"))
    actors = [wang, *(a.evolve(article_ids=("art-1",)) for a in ex1.actors[1:])]

    def table(records):
        return {str(n): r.to_dict() for n, r in enumerate(records, start=1)}

    orphan = ex1.statements[0].evolve(id="s-orphan", article_id="art-gone")
    return {
        "articles": table([ex1.article, ex2.article]),
        "actors": table(actors),
        "statements": table([*ex1.statements, *ex2.statements, orphan]),
        "meetings": table(ex1.meetings),
    }


@pytest.mark.parametrize("with_meta", [False, True])
def test_a_version_0_store_is_migrated_after_a_backup(tmp_path, with_meta):
    db = tmp_path / "briefing.json"
    old = _v0_store()
    if with_meta:
        old["meta"] = {"1": {"schema_version": 0}}
    original = json.dumps(old, indent=2).encode()
    db.write_bytes(original)
    store = open_store(db)
    assert (tmp_path / "briefing.json.bak-v0").read_bytes() == original
    assert json.loads(db.read_text())["meta"]["1"]["schema_version"] == 1
    assert store.counts() == type(store.counts())(articles=2, actors=3, statements=3, meetings=1)
    assert store.article_text("art-1") == "First body."
    assert [a.id for a in store.articles()] == ["art-2", "art-1"]
    wang = {a.name: a for a in store.actors()}["Wang Yi"]
    assert (wang.role, wang.article_ids) == ("Director", ("art-1", "art-2"))
    assert {s.article_id for s in store.statements()} == {"art-1", "art-2"}
    migrated = db.read_bytes()
    open_store(db).close()  # a second open has nothing to migrate
    assert db.read_bytes() == migrated


def test_an_interrupted_migration_runs_again(tmp_path):
    db = tmp_path / "briefing.json"
    original = json.dumps(_v0_store()).encode()
    db.write_bytes(original)
    open_store(db).close()
    db.write_bytes(original)  # as if killed after writing article files, before the main file
    assert open_store(db).counts().articles == 2


def test_migrations_cover_every_old_version():
    from briefing_tui.store.migrations import MIGRATIONS, SCHEMA_VERSION

    assert sorted(MIGRATIONS) == list(range(SCHEMA_VERSION))


def test_a_copied_article_file_is_named_not_double_counted(tmp_path):
    db = tmp_path / "briefing.json"
    open_store(db).put_extraction(extraction("art-1"))
    layout = StoreLayout(db)
    copy = layout.articles_dir / "art-1-copy.json"
    copy.write_bytes(layout.shard_path("art-1").read_bytes())
    store = open_store(db)
    assert store.counts().articles == 1
    assert store.damaged_files() == [
        (str(copy), "holds article 'art-1', whose file is art-1.json; move or remove it")
    ]


def test_store_error_takes_a_whole_message_too():
    assert str(StoreError("cannot do that\n  here")) == "cannot do that here"
    assert str(StoreError("x.json", "broken")) == "x.json: broken"


def test_records_with_unknown_or_missing_optional_fields_still_load(tmp_path):
    db = tmp_path / "briefing.json"
    ex = extraction("art-1", statements=1)
    open_store(db).put_extraction(ex)
    shard = StoreLayout(db).shard_path("art-1")
    data = json.loads(shard.read_text())
    statement = data["statements"]["1"]
    statement["confidence"] = 0.9  # a field a newer briefing might add
    del statement["evidence_end"]  # one an older briefing did not write
    shard.write_text(json.dumps(data))
    (loaded,) = open_store(db).statements()
    assert loaded == ex.statements[0].evolve(evidence_end=None)


def test_a_damaged_record_skips_its_file_when_the_store_loads(tmp_path):
    db = tmp_path / "briefing.json"
    with open_store(db) as store:
        store.put_extraction(extraction("art-1", statements=2))
        store.put_extraction(extraction("art-2", "2023-11-02", statements=1))
    shard = StoreLayout(db).shard_path("art-1")
    data = json.loads(shard.read_text())
    del data["statements"]["2"]["text"]  # a required field
    shard.write_text(json.dumps(data))
    store = open_store(db)
    assert store.counts().statements == 1
    assert [s.article_id for s in store.statements()] == ["art-2"]
    ((path, reason),) = store.damaged_files()
    assert path == str(shard) and reason.startswith("a statement record cannot be read")


def test_a_full_disk_after_the_article_file_does_not_fail_the_write(tmp_path, monkeypatch):
    """The article file is the commit point; the change marker after it is only a hint. Before, a disk
    that filled up just then (room for the article, none for the marker's temporary file) raised, so the
    import reported 'failed' for an article that was stored and counted. Now the marker is rewritten in
    place (its block is already there) and other processes still notice the write."""
    import errno

    from briefing_tui.store import atomic, tinydb_store

    db = tmp_path / "briefing.json"
    store = open_store(db, create=True)
    other = open_store(db, create=False)
    store.put_extraction(extraction("art-1"))
    assert other.counts().articles == 1
    marker = StoreLayout(db).marker_path
    replace = atomic.replace_files

    def full_for_the_marker(items, **kwargs):
        if any(path == marker for path, _ in items):
            raise OSError(errno.ENOSPC, "No space left on device", str(marker.parent / ".changed.tmp"))
        return replace(items, **kwargs)

    monkeypatch.setattr(tinydb_store, "replace_files", full_for_the_marker)
    result = store.put_extraction(extraction("art-2"))
    assert result.article_id == "art-2"
    assert other.counts().articles == 2  # the marker changed in place: the other process rescanned
    assert store.delete_article("art-1")
    assert other.counts().articles == 1
    store.close()
    other.close()
