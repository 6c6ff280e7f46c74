"""Read the documents of one partition (on a worker).

Gives exactly what :func:`marsad.io.read.read_paths` gives for the same slice of input — the same
``Document`` fields (ids, ``source``, ``meta["origin"]``) and the same :class:`ReadFailure`
messages — so a batch run equals a single-process run.  Never raises: a file that vanished or a
reader bug becomes a ReadFailure.
"""
from __future__ import annotations

import datetime as _dt
import gzip
import json
from typing import Any, Iterator, Optional, Union

from ..io import read as R
from ..model import Document
from .plan import Partition

Item = Union[Document, R.ReadFailure]

__all__ = ["iter_partition", "iter_parquet_rows"]


def _private() -> tuple:
    """marsad.io.read's per-line helpers (exact and cheap), or (None, None) if they are renamed."""
    return getattr(R, "_one", None), getattr(R, "_jsonl_doc", None)


def _jsonl_line(line: bytes, path: str, n: int, lim: R.ReadLimits) -> Item:
    loc = f"{path}:{n}"
    one, make = _private()
    if one is not None and make is not None:
        return one(lambda: make(line, loc, n, lim), loc, line)
    # fallback through the public API: read the line as a one-line input, then restore its position
    try:
        obj = json.loads(line)
    except ValueError:
        obj = {}
    if not isinstance(obj, dict):   # read_bytes would read a JSON array as a list of documents
        import hashlib
        return R.ReadFailure(loc, f"JSONL line {n} is a JSON {type(obj).__name__}, not an object",
                             hashlib.sha256(line).hexdigest())
    items = list(R.read_bytes(line, source=path, fmt="jsonl", limits=lim))
    it = items[0] if items else R.ReadFailure(loc, f"JSONL line {n} gave no document")
    one_loc = f"{path}:1"
    if isinstance(it, R.ReadFailure):
        it.source = loc if it.source == one_loc else it.source
        it.error = it.error.replace("line 1 ", f"line {n} ")
    else:
        if it.source == one_loc:
            it.source = loc
        if it.meta.get("origin") == one_loc:
            it.meta["origin"] = loc
    return it


def _iter_jsonl(part: Partition, lim: R.ReadLimits) -> Iterator[Item]:
    path = part.paths[0]
    with open(path, "rb") as raw:
        gz = raw.read(2) == b"\x1f\x8b"
    f = gzip.open(path, "rb") if gz else open(path, "rb")
    with f:
        f.seek(part.offset)
        n = part.start - 1
        while n + 1 < part.stop:
            line = f.readline(lim.max_doc_bytes + 1)
            if not line:
                break
            n += 1
            if len(line) > lim.max_doc_bytes and not line.endswith(b"\n"):
                while True:
                    rest = f.readline(1 << 20)
                    if not rest or rest.endswith(b"\n"):
                        break
                yield R.ReadFailure(f"{path}:{n}",
                                    f"JSONL line {n} is larger than the limit of {lim.max_doc_bytes / 1e6:.1f} MB")
                continue
            if n == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue
            yield _jsonl_line(line, path, n, lim)


def _jsonable(v: Any) -> Any:
    if isinstance(v, (_dt.datetime, _dt.date)):
        return v.isoformat()
    if isinstance(v, bytes):
        return v.decode("utf-8", "replace")
    return v


_PARQUET_COLUMNS = ("id", "text", "html", "title", "url", "published_at", "source", "lang",
                    "author", "publisher", "body", "content", "raw_html", "language", "date")


def iter_parquet_rows(path: str, start: int, stop: int) -> Iterator[tuple[int, dict]]:
    """(row number, row dict) for rows ``start``..``stop-1`` of a Parquet file (only known columns)."""
    import pyarrow.parquet as pq
    pf = pq.ParquetFile(path)
    cols = [c for c in pf.schema_arrow.names if c in _PARQUET_COLUMNS]
    row0 = 0
    for rg in range(pf.metadata.num_row_groups):
        nrg = pf.metadata.row_group(rg).num_rows
        if row0 + nrg <= start:
            row0 += nrg
            continue
        if row0 >= stop:
            break
        tbl = pf.read_row_group(rg, columns=cols)
        a, b = max(start - row0, 0), min(stop - row0, nrg)
        for i, row in enumerate(tbl.slice(a, b - a).to_pylist()):
            yield row0 + a + i, row
        row0 += nrg


def _iter_parquet(part: Partition, lim: R.ReadLimits) -> Iterator[Item]:
    path = part.paths[0]
    one, make = _private()
    for i, row in iter_parquet_rows(path, part.start, part.stop):
        loc = f"{path}#row={i}"
        obj = {k: _jsonable(v) for k, v in row.items() if v is not None}
        line = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        if one is not None and make is not None:
            it = one(lambda: make(line, loc, i, lim), loc, line)
        else:
            items = list(R.read_bytes(line, source=loc, fmt="jsonl", limits=lim))
            it = items[0] if items else R.ReadFailure(loc, "row gave no document")
            if isinstance(it, Document) and it.source == f"{loc}:1":
                it.source = loc
        if isinstance(it, R.ReadFailure):
            it.error = it.error.replace(f"JSONL line {i}", f"Parquet row {i}").replace("JSONL line 1", f"Parquet row {i}")
            it.source = loc
        else:
            it.meta["format"] = "parquet"
            it.meta["origin"] = loc
        yield it


def iter_partition(part: Partition, limits: Optional[R.ReadLimits] = None) -> Iterator[Item]:
    """Documents and ReadFailures of a partition, in input order."""
    lim = limits or R.ReadLimits()
    fmt = part.fmt if part.fmt not in (None, "parquet") else None
    try:
        if part.kind == "jsonl":
            yield from _iter_jsonl(part, lim)
        elif part.kind == "parquet":
            yield from _iter_parquet(part, lim)
        else:
            for p in part.paths:
                yield from R.read_file(p, fmt, limits=lim)
    except Exception as e:  # a vanished file, a corrupt Parquet footer, a reader bug
        yield R.ReadFailure(part.describe(), f"partition could not be read further: {type(e).__name__}: {e}")
