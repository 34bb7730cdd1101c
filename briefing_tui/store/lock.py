"""One writer at a time across processes: ``fcntl.flock`` on a ``.lock`` file next to the store.

The holder writes its pid and command line into the lock file so a process
that gives up can say who is in the way. The file itself is never deleted
(deleting a flock file lets two processes lock two different inodes).
Readers never take the lock: every store file is replaced atomically.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import random
import sys
import time
from pathlib import Path
from types import TracebackType


class LockTimeout(Exception):
    def __init__(self, holder: str, waited: float) -> None:
        self.holder = holder
        self.waited = waited
        super().__init__(f"held by {holder}")


def holder_line() -> str:
    command = " ".join([Path(sys.argv[0]).name, *sys.argv[1:]]) if sys.argv and sys.argv[0] else "python"
    return f"pid {os.getpid()}: {command[:160]}"


class WriteLock:
    """Exclusive, blocking with a deadline; a context manager that may be entered once at a time."""

    def __init__(self, path: Path, timeout: float) -> None:
        self.path = path
        self.timeout = timeout
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        deadline = time.monotonic() + self.timeout
        pause = 0.001
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = read_holder(fd)
                    os.close(fd)
                    raise LockTimeout(holder, self.timeout) from None
                # jittered, short back-off: a busy writer releases between batches
                time.sleep(pause * (0.5 + random.random()))
                pause = min(pause * 2, 0.02)
        self._fd = fd
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, (holder_line() + "\n").encode("utf-8", "replace"), 0)
        except OSError:
            pass  # a full disk: the lock is held all the same, only who holds it goes unsaid

    def try_acquire(self) -> bool:
        """Take the lock only if it is free right now."""
        saved, self.timeout = self.timeout, 0.0
        try:
            self.acquire()
        except LockTimeout:
            return False
        finally:
            self.timeout = saved
        return True

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def __enter__(self) -> WriteLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


def read_holder(fd: int) -> str:
    try:
        text = os.pread(fd, 400, 0).decode("utf-8", "replace").strip()
    except OSError:
        text = ""
    return text or "another process (pid unknown)"
