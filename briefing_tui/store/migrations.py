"""Schema versions of the store's main file, and the steps that bring old stores up to date.

Version 1 (current): the main file holds only ``meta``; each article lives in
its own file under ``<store>.d/articles/`` (see ``tinydb_store``).
Version 0: the stock TinyDB layout, everything in the one main file (tables
``articles`` with bodies, ``actors`` with merged ``article_ids``,
``statements``, ``meetings``; ``meta`` absent or saying version 0).

Migrating copies the main file to ``<store>.bak-v<N>`` first, runs each step
``N -> N+1`` in turn, and replaces the main file last: a migration that is
killed half way leaves the old main file, and the next open simply runs it
again (every step only writes files derived from the old data).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document

from briefing_tui.core.models import Actor, Article, Meeting, Statement
from briefing_tui.store.atomic import AtomicJSONStorage, encode_json, fsync_dir, replace_files
from briefing_tui.store.errors import StoreError
from briefing_tui.store.layout import StoreLayout
from briefing_tui.store.repository import Migration
from briefing_tui.store.shards import ArticleItems, article_from_doc, encode_shard

SCHEMA_VERSION = 1
LAYOUT_NAME = "article-files"
_TABLES = {"meta", "articles", "actors", "statements", "meetings"}

Tables = dict[str, dict[str, Any]]


def current_meta() -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "layout": LAYOUT_NAME,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def create_main_file(layout: StoreLayout) -> None:
    """A new, empty store: the main file with its ``meta`` table. Call while holding the write lock."""
    layout.articles_dir.mkdir(parents=True, exist_ok=True)
    with TinyDB(layout.path, storage=AtomicJSONStorage) as db:
        db.table("meta").insert(Document(current_meta(), doc_id=1))


def read_main_file(layout: StoreLayout) -> Tables:
    data = AtomicJSONStorage(layout.path).read()
    if data is None:
        raise StoreError(layout.path, "the store file disappeared while opening it")
    return data


def schema_version(data: Tables, layout: StoreLayout) -> int:
    """The version a main file declares; a StoreError for anything that is not a briefing store."""
    unknown = set(data) - _TABLES
    if unknown:
        raise StoreError(
            layout.path,
            f"not a briefing store (unexpected tables: {', '.join(sorted(unknown))}); left unchanged",
        )
    metas = [
        doc for doc in data.get("meta", {}).values() if isinstance(doc, dict) and "schema_version" in doc
    ]
    if not metas:
        return 0
    version = metas[0]["schema_version"]
    if not isinstance(version, int) or version < 0:
        raise StoreError(layout.path, f"schema_version {version!r} is not a version number; left unchanged")
    if version > SCHEMA_VERSION:
        raise StoreError(
            layout.path,
            f"written by a newer briefing (schema version {version}, this one reads up to "
            f"{SCHEMA_VERSION}); upgrade briefing; the file is left unchanged",
        )
    return version


def _v0_to_v1(layout: StoreLayout, data: Tables) -> Tables:
    """Split the single-file store into one file per article; items of unknown articles stay in the backup."""
    items: dict[str, dict[str, list[Any]]] = {}
    bodies: dict[str, Article] = {}
    for doc in data.get("articles", {}).values():
        article = article_from_doc(doc)
        bodies[article.id] = article
        items[article.id] = {"actors": [], "statements": [], "meetings": []}
    for doc in data.get("actors", {}).values():
        actor = Actor.from_dict(doc)
        for article_id in actor.article_ids:
            if article_id in items:
                items[article_id]["actors"].append(actor.evolve(article_ids=(article_id,)))
    for table, cls in (("statements", Statement), ("meetings", Meeting)):
        for doc in data.get(table, {}).values():
            record = cls.from_dict(doc)
            if record.article_id in items:
                items[record.article_id][table].append(record)
    layout.articles_dir.mkdir(parents=True, exist_ok=True)
    for article_id, found in items.items():
        article = bodies[article_id]
        shard = ArticleItems(
            article=article.evolve(text=""),
            actors=tuple(found["actors"]),
            statements=tuple(found["statements"]),
            meetings=tuple(found["meetings"]),
        )
        data_of_article = encode_json(encode_shard(article, shard))
        replace_files(
            [(layout.shard_path(article_id), data_of_article)], durable=False, temp_folder=layout.folder
        )
    os.sync()  # one flush for all article files, before the main file says they are there
    fsync_dir(layout.articles_dir)
    return {"meta": {"1": current_meta()}}


MIGRATIONS: dict[int, Callable[[StoreLayout, Tables], Tables]] = {0: _v0_to_v1}


def migrate(layout: StoreLayout, data: Tables, version: int) -> Migration:
    """Back up, upgrade step by step, then replace the main file. Call while holding the write lock."""
    replace_files([(layout.backup_path(version), layout.path.read_bytes())])
    start = version
    articles = len(data.get("articles", {}))
    try:
        while version < SCHEMA_VERSION:
            data = MIGRATIONS[version](layout, data)
            version += 1
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        raise StoreError(
            layout.path,
            f"cannot migrate from schema version {start} ({exc}); the file is left unchanged, "
            f"a copy is in {layout.backup_path(start).name}",
        ) from None
    replace_files([(layout.path, encode_json(data))])
    return Migration(
        path=str(layout.path),
        from_version=start,
        to_version=version,
        articles=articles,
        backup=str(layout.backup_path(start)),
    )
