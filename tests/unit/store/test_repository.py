"""The TinyDB repository's behaviour, on real files in tmp_path."""

from __future__ import annotations

import dataclasses
import json

import pytest
from tinydb import TinyDB

from briefing_tui.core.models import Counts
from briefing_tui.store import Repository, StoreError, open_store
from briefing_tui.store.layout import StoreLayout

from .builders import country, extraction, met, person, said


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "store" / "briefing.json"


@pytest.fixture
def store(db_path):
    repo = open_store(db_path)
    yield repo
    repo.close()


def test_is_a_repository_and_creates_its_files(store, db_path):
    assert isinstance(store, Repository)
    assert store.path == str(db_path)
    assert db_path.is_file()
    assert json.loads(db_path.read_text())["meta"]["1"]["schema_version"] == 1
    assert store.counts() == store.snapshot().counts
    assert store.counts().articles == 0


def test_round_trip_keeps_every_field(store, db_path):
    ex = extraction("art-1", statements=3, meetings=2, text="The whole body.")
    result = store.put_extraction(ex)
    assert (result.replaced, result.actors, result.statements, result.meetings, result.new_actors) == (
        False,
        3,
        3,
        2,
        3,
    )
    reopened = open_store(db_path)
    assert reopened.article("art-1") == ex.article
    assert reopened.article_text("art-1") == "The whole body."
    assert reopened.statements(article_id="art-1") == list(ex.statements)
    assert reopened.meetings(article_id="art-1") == list(ex.meetings)
    by_id = {a.id: a for a in reopened.actors()}
    assert by_id == {a.id: a.evolve(article_ids=("art-1",)) for a in ex.actors}


def test_items_get_the_article_id_whatever_the_extractor_set(store):
    ex = extraction("art-1")
    ex = dataclasses.replace(ex, statements=tuple(s.evolve(article_id=None) for s in ex.statements))
    store.put_extraction(ex)
    assert {s.article_id for s in store.statements()} == {"art-1"}


def test_putting_the_same_article_twice_keeps_one_and_replaces_items(store):
    first = store.put_extraction(extraction("art-1", statements=4, meetings=2))
    counts = store.counts()
    again = store.put_extraction(extraction("art-1", statements=4, meetings=2))
    assert (first.replaced, again.replaced, again.new_actors) == (False, True, 0)
    assert store.counts() == counts == dataclasses.replace(counts, articles=1, statements=4, meetings=2)
    fewer = store.put_extraction(extraction("art-1", statements=1, meetings=0))
    assert fewer.replaced
    assert len(store.statements()) == 1 and store.meetings() == []
    assert [a.id for a in store.articles()] == ["art-1"]


def test_repeated_item_ids_in_one_extraction_are_stored_once(store):
    ex = extraction("art-1", statements=2)
    store.put_extraction(dataclasses.replace(ex, statements=ex.statements + ex.statements))
    assert store.counts().statements == 2


WANG = "Wang Yi"


@pytest.mark.parametrize(
    ("puts", "expected"),
    [
        pytest.param(
            [
                ("art-1", "2023-10-24", "Foreign Minister", ("Wang",)),
                ("art-2", "2024-03-01", "Director", ("Mr Wang",)),
            ],
            ("Director", ("Wang", "Mr Wang"), ("art-1", "art-2")),
            id="newer-article-role-wins",
        ),
        pytest.param(
            [
                ("art-2", "2024-03-01", "Director", ("Mr Wang",)),
                ("art-1", "2023-10-24", "Foreign Minister", ("Wang",)),
            ],
            ("Director", ("Wang", "Mr Wang"), ("art-1", "art-2")),
            id="import-order-does-not-matter",
        ),
        pytest.param(
            [("art-1", "2023-10-24", "Foreign Minister", ()), ("art-2", "2024-03-01", None, ("Wang",))],
            ("Foreign Minister", ("Wang",), ("art-1", "art-2")),
            id="newest-non-null-role",
        ),
        pytest.param(
            [("art-1", "2023-10-24", "A", ("Wang",)), ("art-1", "2023-10-24", "B", ())],
            ("B", (), ("art-1",)),
            id="replacing-an-article-replaces-its-view",
        ),
    ],
)
def test_actors_merge_across_articles(store, db_path, puts, expected):
    for article_id, published, role, aliases in puts:
        wang = person(WANG, role=role, aliases=aliases)
        store.put_extraction(extraction(article_id, published, actors=(wang, country("China"))))
    for repo in (store, open_store(db_path)):  # in memory and freshly loaded agree
        merged = {a.name: a for a in repo.actors()}[WANG]
        assert (merged.role, merged.aliases, merged.article_ids) == expected
        assert repo.counts().actors == 2


def test_name_variants_of_one_actor_become_aliases(store):
    store.put_extraction(extraction("art-1", "2023-01-01", actors=(person("Wang Yi"),)))
    variant = person("WANG YI").evolve(id=person("Wang Yi").id)
    store.put_extraction(extraction("art-2", "2023-02-01", actors=(variant,)))
    (merged,) = store.actors()
    assert (merged.name, merged.aliases) == ("Wang Yi", ("WANG YI",))


def test_delete_removes_items_and_actors_no_other_article_mentions(store):
    wang, blinken, lavrov = person("Wang Yi"), person("Antony Blinken"), person("Sergey Lavrov")
    store.put_extraction(extraction("art-1", actors=(wang, blinken)))
    store.put_extraction(extraction("art-2", "2023-11-01", actors=(wang, lavrov), statements=3))
    assert store.delete_article("art-1") is True
    assert store.delete_article("art-1") is False
    assert {a.name for a in store.actors()} == {"Wang Yi", "Sergey Lavrov"}
    assert store.actor(wang.id).article_ids == ("art-2",)
    assert {s.article_id for s in store.statements()} == {"art-2"}
    assert {m.article_id for m in store.meetings()} == {"art-2"}
    assert store.statements(actor_id=blinken.id) == []
    assert store.counts() == dataclasses.replace(
        store.counts(), articles=1, actors=2, statements=3, meetings=1
    )
    assert store.article("art-1") is None and store.article_text("art-1") == ""


def test_filters(store):
    wang, blinken, china = person("Wang Yi"), person("Antony Blinken"), country("China")
    lavrov = person("Sergey Lavrov")
    ex1 = extraction("art-1", "2023-10-24", actors=(wang, blinken, china), statements=2, meetings=1)
    ex2 = dataclasses.replace(
        extraction("art-2", "2023-11-02", actors=(lavrov, wang), statements=1, meetings=0),
        meetings=(met(lavrov, china, article_id="art-2"),),
    )
    ex2 = dataclasses.replace(ex2, actors=(lavrov, wang, china))
    store.put_extraction(ex1)
    store.put_extraction(ex2)
    assert [s.id for s in store.statements(actor_id=wang.id)] == [
        s.id for s in ex2.statements + ex1.statements
    ]
    assert [s.id for s in store.statements(actor_id=blinken.id)] == [
        s.id for s in ex1.statements
    ]  # addressee
    assert store.statements(actor_id=china.id) == list(ex1.statements)
    assert store.statements(actor_id=lavrov.id, article_id="art-1") == []
    assert store.statements(actor_id=wang.id, article_id="art-1") == list(ex1.statements)
    assert store.meetings(actor_id=china.id) == list(ex2.meetings + ex1.meetings)  # newest first
    assert store.meetings(actor_id=blinken.id) == list(ex1.meetings)
    assert store.meetings(article_id="missing") == []
    assert {a.name for a in store.actors(article_id="art-2")} == {"Sergey Lavrov", "Wang Yi", "China"}
    assert [a.name for a in store.actors(kind="country")] == ["China"]
    assert [a.name for a in store.actors(article_id="art-1", kind="person")] == ["Antony Blinken", "Wang Yi"]


def test_articles_newest_first_without_bodies_and_snapshot_is_immutable(store):
    for article_id, published in (("art-a", "2023-05-01"), ("art-b", "2024-01-01"), ("art-c", "2023-10-24")):
        store.put_extraction(extraction(article_id, published))
    assert [a.id for a in store.articles()] == ["art-b", "art-c", "art-a"]
    assert all(a.text == "" for a in store.articles())
    snap = store.snapshot()
    assert [a.id for a in snap.articles] == ["art-b", "art-c", "art-a"]
    assert all(a.text == "" for a in snap.articles)
    assert isinstance(snap.statements, tuple) and len(snap.statements) == snap.counts.statements == 6
    with pytest.raises(dataclasses.FrozenInstanceError):
        snap.counts = None  # type: ignore[misc]
    store.delete_article("art-b")
    assert len(snap.articles) == 3 and store.snapshot().counts.articles == 2


def test_a_second_store_object_sees_the_first_ones_writes(db_path):
    writer, reader = open_store(db_path), open_store(db_path)
    assert reader.counts().articles == 0
    writer.put_extraction(extraction("art-1"))
    assert reader.counts().articles == 1
    writer.put_extraction(extraction("art-1", statements=5))
    assert reader.counts().statements == 5
    writer.delete_article("art-1")
    assert reader.counts().articles == 0
    reader.put_extraction(extraction("art-2"))
    assert [a.id for a in writer.articles()] == ["art-2"]


def test_a_writes_change_leaves_out_what_another_process_wrote_meanwhile(db_path):
    """An import says what it added from these changes: the counts before and after it also held
    the other import's articles."""
    mine, other = open_store(db_path), open_store(db_path)
    first = mine.put_extraction(extraction("art-1", statements=2, meetings=1))
    assert first.change == Counts(articles=1, actors=3, statements=2, meetings=1)
    other.put_extraction(extraction("art-2", statements=4, actors=(person("Eli Cohen"), country("Israel"))))
    second = mine.put_extraction(extraction("art-3", statements=1, meetings=0))
    assert second.change == Counts(articles=1, actors=0, statements=1, meetings=0)
    again = mine.put_extraction(extraction("art-3", statements=3, meetings=0))
    assert (again.replaced, again.change) == (True, Counts(statements=2))


def test_an_article_that_takes_anothers_place_removes_it_in_the_same_write(store):
    store.put_extraction(extraction("art-copy", statements=2))
    result = store.put_extraction(extraction("art-url", statements=3), replaces="art-copy")
    assert result.replaced and result.change == Counts(statements=1)
    assert [a.id for a in store.articles()] == ["art-url"]
    assert not store.put_extraction(extraction("art-new"), replaces="art-gone").replaced


def test_article_files_are_plain_tinydb_files(store, db_path):
    ex = extraction("art-1", statements=2)
    store.put_extraction(ex)
    with TinyDB(StoreLayout(db_path).shard_path("art-1")) as db:
        assert [doc["id"] for doc in db.table("statements").all()] == [s.id for s in ex.statements]
        assert db.table("articles").get(doc_id=1)["text"] == ex.article.text


def test_odd_article_ids_get_safe_file_names(store, db_path):
    store.put_extraction(extraction("../../etc/passwd"))
    store.put_extraction(extraction("h-looks-hashed"))
    names = sorted(p.name for p in StoreLayout(db_path).articles_dir.iterdir())
    assert all(name.startswith("h-") and "/" not in name for name in names) and len(names) == 2
    assert {a.id for a in open_store(db_path).articles()} == {"../../etc/passwd", "h-looks-hashed"}


def test_missing_store_without_create_names_the_file(tmp_path):
    target = tmp_path / "nope.json"
    with pytest.raises(StoreError, match="nope.json"):
        open_store(target, create=False)
    assert not target.exists()


def test_closed_store_says_so(store):
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.counts()


def test_statement_text_is_kept_as_data(store):
    wang = person("Wang Yi")
    hostile = said(wang, "[bold red]x[/] \x1b[2J", article_id="art-1")
    store.put_extraction(dataclasses.replace(extraction("art-1", actors=(wang,)), statements=(hostile,)))
    assert store.statements()[0].text == hostile.text


def _files_under(root) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(root)): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in root.rglob("*")
        if p.is_file()
    }


def test_a_write_touches_only_its_article_file_and_the_change_marker(store, db_path):
    for n in range(12):
        store.put_extraction(extraction(f"art-{n}"))
    root = db_path.parent
    before = _files_under(root)
    store.put_extraction(extraction("art-new"))
    store.put_extraction(extraction("art-3", statements=5))
    store.delete_article("art-7")
    after = _files_under(root)
    changed = {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}
    layout = StoreLayout(db_path)
    expected = {layout.shard_path(a).relative_to(root) for a in ("art-new", "art-3", "art-7")}
    assert changed - {"briefing.json.lock"} == {str(p) for p in expected} | {"briefing.json.d/changed"}


def test_threads_sharing_one_store_lose_nothing(store):
    from concurrent.futures import ThreadPoolExecutor

    def writer(side: str) -> None:
        for n in range(8):
            store.put_extraction(extraction(f"{side}-{n}"))
            store.snapshot()

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(writer, ["a", "b", "c", "d"]))
    assert store.counts().articles == 32
    assert len(store.actors()[0].article_ids) == 32


def test_text_that_is_not_valid_unicode_round_trips(store, db_path):
    odd = "Caf\u00e9 \ud800 \u4e2d\u56fd"  # a lone surrogate, as a broken decoder can leave
    store.put_extraction(extraction("art-1", text=odd))
    assert open_store(db_path).article_text("art-1") == odd
