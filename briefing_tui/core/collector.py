"""Pausing Python's garbage collector while long-lived objects are made in bulk.

Loading a store, decoding its articles and importing the extraction stages make hundreds of
thousands of objects and no garbage: the collector's passes meanwhile only walk them to keep
them. Re-enabled, it would first walk every object made meanwhile as young, only to keep them
all; freezing and at once unfreezing puts them in the oldest generation, where only full
collections (as rare as before) visit them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused(promote_above: int | None = 0) -> Iterator[None]:
    """The collector off for the block, then what the block made moved to the oldest generation when
    there are more than ``promote_above`` new objects (a small query leaves the collector be; None:
    never, for a block that makes garbage, not keepers). The collector ends as it was found; nothing
    is promoted when someone froze objects on purpose, as unfreezing would undo that."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            promote = promote_above is not None and gc.get_count()[0] > promote_above
            if promote and gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()
