"""Random sequences of puts and deletes: the incrementally kept store equals one rebuilt from scratch."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.core.models import Extraction
from briefing_tui.store import open_store, tinydb_store

from .builders import country, extraction, person

CAST = [
    person("Wang Yi", role="Minister"),
    person("Antony Blinken"),
    person("Sergey Lavrov", role="FM"),
    country("China"),
]
DATES = ["2023-01-05", "2023-06-30", "2024-02-11"]

puts = st.builds(
    lambda n, date, cast, statements, meetings, role: extraction(
        f"art-{n}",
        date,
        actors=tuple(a.evolve(role=role) if a.kind == "person" and role else a for a in cast),
        statements=statements,
        meetings=meetings,
    ),
    st.integers(0, 4),
    st.sampled_from(DATES),
    st.lists(st.sampled_from(CAST), min_size=1, max_size=4, unique_by=lambda a: a.id),
    st.integers(0, 3),
    st.integers(0, 2),
    st.sampled_from([None, "Envoy", "Adviser"]),
)
ops = st.lists(st.one_of(puts, st.integers(0, 4).map(lambda n: f"art-{n}")), max_size=8)


def expected_state(live: dict[str, Extraction]) -> dict:
    """What the store should hold, computed naively from the extractions currently stored."""
    newest_first = sorted(live.values(), key=lambda ex: (ex.article.published, ex.article.id), reverse=True)
    actors: dict[str, dict] = {}
    for ex in reversed(newest_first):  # oldest first
        for actor in ex.actors:
            merged = actors.setdefault(actor.id, {"articles": [], "roles": []})
            merged["articles"].append(ex.article.id)
            merged["roles"].append(actor.role)
    return {
        "articles": [ex.article.id for ex in newest_first],
        "statements": [s.id for ex in newest_first for s in ex.statements],
        "meetings": [m.id for ex in newest_first for m in ex.meetings],
        "actors": {
            aid: (tuple(m["articles"]), next((r for r in reversed(m["roles"]) if r), None))
            for aid, m in actors.items()
        },
    }


def state_of(store) -> dict:
    snap = store.snapshot()
    assert snap.counts == dataclasses.replace(
        snap.counts,
        articles=len(snap.articles),
        actors=len(snap.actors),
        statements=len(snap.statements),
        meetings=len(snap.meetings),
    )
    return {
        "articles": [a.id for a in snap.articles],
        "statements": [s.id for s in snap.statements],
        "meetings": [m.id for m in snap.meetings],
        "actors": {a.id: (a.article_ids, a.role) for a in snap.actors},
    }


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops)
def test_incremental_store_matches_a_naive_rebuild(sequence):
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "briefing.json"
        store = open_store(db)
        live: dict[str, Extraction] = {}
        for step in sequence:
            if isinstance(step, str):
                assert store.delete_article(step) == (live.pop(step, None) is not None)
            else:
                result = store.put_extraction(step)
                assert result.replaced == (step.article.id in live)
                live[step.article.id] = step
        expected = expected_state(live)
        assert state_of(store) == expected
        assert state_of(open_store(db)) == expected  # what is on disk says the same
        with mock.patch.object(tinydb_store, "SUMMARY_STALE_LIMIT", 0):
            with open_store(db) as loaded:
                state_of(loaded)  # writes the summary
            assert state_of(open_store(db)) == expected  # and a load from it says the same
        for actor_id in {a.id for a in CAST}:
            spoken = [
                s.id for s in store.statements() if s.actor_id == actor_id or actor_id in s.addressee_ids
            ]
            assert [s.id for s in store.statements(actor_id=actor_id)] == spoken
            met = [m.id for m in store.meetings() if actor_id in m.participant_ids]
            assert [m.id for m in store.meetings(actor_id=actor_id)] == met
