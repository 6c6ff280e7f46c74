"""The batch output directory: layout, Parquet schemas, atomic writes, completion markers.

Layout (``OUT`` is ``--out``)::

    OUT/_batch.json                                   settings of the run (checked on rerun)
    OUT/events/month=YYYY-MM/part-<pid>.parquet       event rows (EVENT_COLUMNS), by event month
    OUT/documents/part-<pid>.parquet                  one row per coded document (+ its layers as JSON)
    OUT/failures/part-<pid>.parquet                   documents that could not be read or coded
    OUT/_manifests/<pid>.json                         completion marker of partition <pid>

Events are partitioned by the *event* month (``month=2022-11``; ``month=2022`` for year-only dates,
``month=unknown`` when undated).  The Hive key is ``month``, not ``date``, because ``date`` is
already an event column (a Hive key of the same name clashes in DuckDB and pyarrow datasets).

Every file is written under a temporary name and renamed into place; a partition is complete only
when its manifest exists *and* every file it lists is present with the listed size.  The manifest is
written last, so a crash leaves at most an incomplete partition that the next run rewrites.
"""
from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Any, Iterable, Optional

from ..records import EVENT_SCHEMA

__all__ = ["EVENT_ARROW_SCHEMA", "DOCUMENT_ARROW_SCHEMA", "FAILURE_ARROW_SCHEMA", "write_table",
           "write_json_atomic", "manifest_path", "read_manifest", "is_complete", "partition_files",
           "month_key", "read_events", "read_documents", "read_failures", "list_manifests"]

_SQL_TO_ARROW = {"TEXT": "string", "INTEGER": "int64", "DOUBLE PRECISION": "float64", "BOOLEAN": "bool"}


def _schema(cols: Iterable[tuple[str, str]]):
    import pyarrow as pa
    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}
    return pa.schema([(n, types[_SQL_TO_ARROW.get(t, t)]) for n, t in cols])


DOCUMENT_COLUMNS: list[tuple[str, str]] = [
    ("doc_id", "string"), ("content_hash", "string"), ("url", "string"), ("source", "string"),
    ("publisher", "string"), ("title", "string"), ("author", "string"), ("published_at", "string"),
    ("published_at_basis", "string"), ("lang", "string"), ("languages", "string"), ("story_id", "string"),
    ("n_chars", "int64"), ("n_tokens", "int64"), ("n_sentences", "int64"), ("n_mentions", "int64"),
    ("n_actors", "int64"), ("n_timerefs", "int64"), ("n_places", "int64"), ("n_quotes", "int64"),
    ("n_events", "int64"), ("partition_id", "string"), ("doc_json", "string"),
]
FAILURE_COLUMNS: list[tuple[str, str]] = [
    ("source", "string"), ("content_hash", "string"), ("error", "string"), ("stage", "string"),
    ("partition_id", "string"),
]


def __getattr__(name: str) -> Any:  # pyarrow is imported only when a schema is needed
    if name == "EVENT_ARROW_SCHEMA":
        return _schema(EVENT_SCHEMA)
    if name == "DOCUMENT_ARROW_SCHEMA":
        return _schema(DOCUMENT_COLUMNS)
    if name == "FAILURE_ARROW_SCHEMA":
        return _schema(FAILURE_COLUMNS)
    raise AttributeError(name)


def month_key(date: Optional[str]) -> str:
    if not date:
        return "unknown"
    d = str(date)
    if len(d) >= 7 and d[4] == "-" and d[:4].isdigit() and d[5:7].isdigit():
        return d[:7]
    if len(d) >= 4 and d[:4].isdigit():
        return d[:4]
    return "unknown"


def _tmp(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp-{uuid.uuid4().hex[:8]}")


def write_table(path: Path, rows: list[dict], schema) -> int:
    """Write rows as Parquet atomically (temp file + rename); returns the file size."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    path.parent.mkdir(parents=True, exist_ok=True)
    cols = {f.name: [r.get(f.name) for r in rows] for f in schema}
    table = pa.Table.from_pydict(cols, schema=schema)
    tmp = _tmp(path)
    try:
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path.stat().st_size


def write_json_atomic(path: Path, obj: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _tmp(path)
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1, sort_keys=True, default=str)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def manifest_path(out: Path, pid: str) -> Path:
    return Path(out) / "_manifests" / f"{pid}.json"


def read_manifest(out: Path, pid: str) -> Optional[dict]:
    p = manifest_path(out, pid)
    try:
        with open(p, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def list_manifests(out: Path) -> list[dict]:
    d = Path(out) / "_manifests"
    if not d.is_dir():
        return []
    res = []
    for p in sorted(d.glob("*.json")):
        m = read_manifest(out, p.stem)
        if m is not None:
            res.append(m)
    return res


def is_complete(out: Path, pid: str) -> bool:
    m = read_manifest(out, pid)
    if not m:
        return False
    for f in m.get("files", []):
        p = Path(out) / f["path"]
        try:
            if p.stat().st_size != f["bytes"]:
                return False
        except OSError:
            return False
    return True


def partition_files(out: Path, pid: str) -> list[Path]:
    """Every output file of partition ``pid`` present on disk (any month)."""
    out = Path(out)
    name = f"part-{pid}.parquet"
    found = [p for p in (out / "events").glob(f"month=*/{name}")]
    for sub in ("documents", "failures"):
        p = out / sub / name
        if p.exists():
            found.append(p)
    return sorted(found)


def _glob(out: Path, sub: str) -> list[str]:
    base = Path(out) / sub
    return sorted(str(p) for p in base.rglob("part-*.parquet")) if base.is_dir() else []


def _read(out: Path, sub: str, complete_only: bool = True):
    import pyarrow as pa
    import pyarrow.parquet as pq
    schema = {"events": _schema(EVENT_SCHEMA), "documents": _schema(DOCUMENT_COLUMNS),
              "failures": _schema(FAILURE_COLUMNS)}[sub]
    ok = None
    if complete_only:
        ok = {m["pid"] for m in list_manifests(out) if is_complete(out, m["pid"])}
    tables = []
    for f in _glob(out, sub):
        pid = Path(f).stem[len("part-"):]
        if ok is not None and pid not in ok:
            continue
        tables.append(pq.read_table(f, schema=schema))
    if not tables:
        return schema.empty_table()
    return pa.concat_tables(tables)


def read_events(out: Path, complete_only: bool = True):
    """All event rows of a batch output as one pyarrow Table (complete partitions only)."""
    return _read(out, "events", complete_only)


def read_documents(out: Path, complete_only: bool = True):
    return _read(out, "documents", complete_only)


def read_failures(out: Path, complete_only: bool = True):
    return _read(out, "failures", complete_only)
