"""Work done once per configuration, not once per article.

The gazetteer's index and the cue patterns depend only on `site_config/`, which is read once
and never changes during a run; rebuilding them for every article made that the largest cost
of extraction. Config objects are immutable but hold lists and dicts (unhashable), so results
are remembered by the object's identity, with a reference kept so the identity is never reused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def once_per(build: Callable[[K], V]) -> Callable[[K], V]:
    """`build(obj)` computed once for each distinct `obj` (by identity)."""
    memo: dict[int, tuple[K, V]] = {}

    def get(obj: K) -> V:
        hit = memo.get(id(obj))
        if hit is None or hit[0] is not obj:
            if len(memo) >= 8:  # a long-lived process (mkdocs serve) reloads the config on edits
                memo.clear()
            hit = memo[id(obj)] = (obj, build(obj))
        return hit[1]

    get.__doc__ = build.__doc__
    return get
