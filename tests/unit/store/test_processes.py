"""Several processes and kill -9: the guarantees only a real subprocess can show."""

from __future__ import annotations

import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from briefing_tui.store import StoreError, open_store
from briefing_tui.store.atomic import is_temp_name
from briefing_tui.store.layout import StoreLayout

from .builders import extraction
from .store_worker import op

WORKER = Path(__file__).with_name("store_worker.py")
POINTS = ("fsync-before", "fsync-after", "replace-before", "replace-after")


def start(*args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def expect_line(proc: subprocess.Popen[str], wanted: str) -> None:
    line = proc.stdout.readline()  # type: ignore[union-attr]
    if line.strip() != wanted:
        proc.kill()
        raise AssertionError(f"worker said {line!r}, stderr: {proc.communicate()[1]}")


def model_after(last_op: int) -> dict[str, int]:
    """article id -> statement count once ops 0..last_op have run."""
    state: dict[str, int] = {}
    for k in range(last_op + 1):
        kind, article_id, statements = op(k)
        if kind == "delete":
            state.pop(article_id, None)
        else:
            state[article_id] = statements
    return state


def stored_state(db: Path) -> dict[str, int]:
    store = open_store(db, create=False)
    try:
        state = {a.id: len(store.statements(article_id=a.id)) for a in store.articles()}
        for article_id, statements in state.items():  # every file whole: the body too
            assert store.article_text(article_id).startswith("Body ")
            assert statements == len({s.id for s in store.statements(article_id=article_id)})
        return state
    finally:
        store.close()


def kill_and_read_acks(proc: subprocess.Popen[str]) -> list[int]:
    """Kill, then read what is left through the same buffered reader (communicate() would skip its buffer)."""
    proc.kill()
    rest = proc.stdout.read()  # type: ignore[union-attr]
    proc.wait()
    proc.stdout.close()  # type: ignore[union-attr]
    proc.stderr.close()  # type: ignore[union-attr]
    return [int(line.split()[1]) for line in rest.splitlines() if line.startswith("ack ")]


@pytest.mark.slow
def test_kill_minus_9_never_loses_an_acknowledged_write(tmp_path):
    db = tmp_path / "briefing.json"
    open_store(db).close()
    rng = random.Random(20231024)
    last_acked = -1
    kills = 0
    plans = [("random", 0)] * 28 + [(POINTS[n % 4], 1 + n % 3) for n in range(28)]
    rng.shuffle(plans)
    for point, nth in plans:
        args = [db, last_acked + 1] + ([] if point == "random" else [point, nth])
        proc = start("ops", *args)
        expect_line(proc, "ready")
        if point == "random":
            expect_line(proc, f"ack {last_acked + 1}")  # progress every round, however slow the machine
            time.sleep(rng.uniform(0, 0.05))
            acks = [last_acked + 1, *kill_and_read_acks(proc)]
        else:
            watchdog = threading.Timer(15, proc.kill)  # a point never reached must fail, not hang
            watchdog.start()
            lines = []
            for line in proc.stdout:  # type: ignore[union-attr]
                lines.append(line)
                if line.startswith("point"):
                    break
            watchdog.cancel()
            assert lines and lines[-1].startswith("point"), proc.communicate()[1]
            acks = kill_and_read_acks(proc) + [int(x.split()[1]) for x in lines if x.startswith("ack ")]
        kills += 1
        if acks:
            last_acked = max(acks)
        state = stored_state(db)
        assert state in (model_after(last_acked), model_after(last_acked + 1)), (
            point,
            nth,
            last_acked,
            sorted(set(state.items()) ^ set(model_after(last_acked).items())),
        )
    assert kills >= 56 and last_acked >= 28
    layout = StoreLayout(db)
    open_store(db).close()  # sweeps what the kills left
    leftovers = [p.name for folder in layout.temp_folders() for p in folder.iterdir() if is_temp_name(p.name)]
    assert leftovers == []


def test_two_writers_at_once_lose_nothing(tmp_path):
    db = tmp_path / "briefing.json"
    open_store(db).close()
    writers = [start("put", db, prefix, 40) for prefix in ("left", "right")]
    outputs = [w.communicate(timeout=60) for w in writers]
    assert [w.returncode for w in writers] == [0, 0], [err for _, err in outputs]
    store = open_store(db)
    ids = {a.id for a in store.articles()}
    assert ids == {f"{side}-{n}" for side in ("left", "right") for n in range(40)}
    (wang,) = [a for a in store.actors() if a.name == "Wang Yi"]
    assert sorted(wang.article_ids) == sorted(ids)
    assert store.counts().actors == 81


def test_a_held_lock_gives_a_clear_error_naming_the_holder(tmp_path):
    db = tmp_path / "briefing.json"
    store = open_store(db, lock_timeout=0.3)
    holder = start("hold", db, 10)
    try:
        expect_line(holder, "locked")
        began = time.monotonic()
        with pytest.raises(StoreError) as caught:
            store.put_extraction(extraction("art-1"))
        waited = time.monotonic() - began
    finally:
        holder.kill()
        holder.communicate()
    message = str(caught.value)
    assert str(db) in message and f"pid {holder.pid}" in message and "\n" not in message
    assert 0.3 <= waited < 2
    assert store.counts().articles == 0  # reads never wait for the lock
    store.put_extraction(extraction("art-1"))  # the holder is gone: the lock is free again
    assert store.counts().articles == 1


def test_a_writer_waits_for_a_short_lock(tmp_path):
    db = tmp_path / "briefing.json"
    store = open_store(db, lock_timeout=5)
    holder = start("hold", db, 0.4)
    expect_line(holder, "locked")
    began = time.monotonic()
    store.put_extraction(extraction("art-1"))
    assert time.monotonic() - began >= 0.2
    assert holder.wait(timeout=5) == 0
    assert store.counts().articles == 1


def test_a_full_disk_neither_keeps_the_lock_nor_blames_another_process(tmp_path, monkeypatch):
    """Writing the holder's line into the lock file fails on a full disk: the lock is taken and
    released all the same. Before, it stayed held by a lost descriptor, and every later write of
    the import waited 3 s to report 'another briefing process is writing to this store'."""
    import errno
    import os

    from briefing_tui.store.lock import WriteLock

    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "pwrite", full)
    monkeypatch.setattr(os, "ftruncate", full)
    path = tmp_path / "briefing.json.lock"
    for _ in range(2):
        with WriteLock(path, 0.2):
            pass
    assert WriteLock(path, 0.0).try_acquire()
