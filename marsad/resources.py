"""Shipped data files and once-per-process loading of heavy read-only state.

Language knowledge lives in data files under ``marsad/data`` (TSV/YAML), never
in code.  ``cached(key, loader)`` memoises a loader per process: on a Dask
worker the first task loads a lexicon or model and later tasks reuse it, so
nothing heavy travels in the task graph.
"""
from __future__ import annotations

import gc
import os
import threading
from pathlib import Path
from typing import Any, Callable, Iterator

DATA_DIR = Path(__file__).resolve().parent / "data"
EXAMPLES_DIR = Path(__file__).resolve().parent / "examples"

_cache: dict[Any, Any] = {}
_lock = threading.RLock()  # re-entrant: a loader may itself load cached state


def data_path(*parts: str) -> Path:
    return DATA_DIR.joinpath(*parts)


def cached(key: Any, loader: Callable[[], Any]) -> Any:
    try:
        return _cache[key]
    except KeyError:
        pass
    with _lock:
        if key not in _cache:
            _cache[key] = loader()
            # Lexicons and models live for the whole process: move them (and whatever else exists
            # now) out of the cyclic collector's reach, so its full passes stop re-walking millions
            # of read-only dict entries while a batch holds many documents (bench_stages: ~14% of
            # CPU went to the collector).  Reference counting still frees anything dropped later.
            gc.freeze()
        return _cache[key]


# Allocations between young-generation collections for processes that code many documents.  The
# pipeline allocates hundreds of thousands of small objects per article, almost all freed by reference
# counting; with CPython's default (700) the collector runs constantly and promotes them, and every
# few hundred articles a full collection walks everything alive (bench_stages: ~2 CPU ms of ~21 per
# article).  At 50,000 the collector still finds cycles, ~7x less often.  Measured: GC time per
# article 1.9-2.0 -> 0.3 CPU ms, peak RSS unchanged (322 vs 323 MB over 304 held documents).
GC_THRESHOLD0 = 50_000


def tune_gc() -> bool:
    """Raise the collector's young-generation threshold to :data:`GC_THRESHOLD0` (never lower it).

    Called by the marsad command line, batch workers and the benchmark: processes marsad owns.
    Not called on import: a library must not retune its host's collector.  ``MARSAD_GC_TUNE=0``
    keeps CPython's defaults.  Returns whether the threshold was changed."""
    if os.environ.get("MARSAD_GC_TUNE", "1") == "0":
        return False
    g0, g1, g2 = gc.get_threshold()
    if g0 >= GC_THRESHOLD0:
        return False
    gc.set_threshold(GC_THRESHOLD0, max(g1, 20), max(g2, 20))
    return True


def clear_cache() -> None:
    _cache.clear()


def read_tsv(path: "str | Path", *, comment: str = "#") -> Iterator[list[str]]:
    """Rows of a UTF-8 TSV data file, skipping blank lines and ``#`` comments.

    The first non-comment row is returned too; callers that use headers check it.
    """
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n\r")
            if not line.strip() or line.lstrip().startswith(comment):
                continue
            yield line.split("\t")


def read_tsv_dicts(path: "str | Path") -> Iterator[dict[str, str]]:
    rows = read_tsv(path)
    header = next(rows, None)
    if header is None:
        return
    for r in rows:
        r = r + [""] * (len(header) - len(r))
        yield dict(zip(header, r))
