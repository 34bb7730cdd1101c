"""Choosing among overlapping matches, in n log n: the date and meeting stages share it."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Protocol, TypeVar


class _Span(Protocol):
    start: int
    end: int


S = TypeVar("S", bound=_Span)


def longest_first(spans: Iterable[S]) -> list[S]:
    """Keep the longest spans, then shorter ones that overlap none kept; returned in text order.

    Ties (same length) go to the earlier span, then to the one listed first.
    """
    spans = list(spans)
    if len(spans) < 2:
        return spans  # nothing overlaps: the common case
    starts: list[int] = []
    ends: list[int] = []
    kept: list[S] = []
    for s in sorted(spans, key=lambda s: (s.start - s.end, s.start)):
        i = bisect.bisect_left(starts, s.start)
        if i > 0 and ends[i - 1] > s.start:
            continue
        if i < len(starts) and starts[i] < s.end:
            continue
        starts.insert(i, s.start)
        ends.insert(i, s.end)
        kept.append(s)
    kept.sort(key=lambda s: s.start)
    return kept
