"""Small helpers of the memo-table fast paths."""
from __future__ import annotations

from itertools import compress, repeat
from operator import is_


def misses(xs: list, marker=None) -> list[int]:
    """The indices ``k`` with ``xs[k] is marker`` (the entries a memo look-up did not find), in
    order, found in C (no Python loop over the hits)."""
    return list(compress(range(len(xs)), map(is_, xs, repeat(marker))))
