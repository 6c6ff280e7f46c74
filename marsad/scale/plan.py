"""Deterministic partitioning of batch inputs.

A *partition* is a fixed slice of the sorted input list: a group of consecutive single-document
files (text, HTML, feeds), a line range of a JSON Lines file, a row range of a Parquet file, or one
WARC file.  Its id is a hash of what it covers (absolute paths, file sizes and modification times,
the range and the forced format), so the same inputs always give the same partitions and ids, on
any machine, whatever the number of workers — which is what makes reruns resumable.

Paths are made absolute when planning: on a cluster every worker must see the inputs at the same
path (a shared file system), and documents read here carry that absolute path as ``source``.
"""
from __future__ import annotations


import gzip
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from ..io.read import article_file, walk_dir  # the readers' file order
from ..model import stable_id

__all__ = ["Partition", "plan_inputs", "norm_format", "expand_inputs", "input_kind", "DEFAULT_PARTITION_SIZE"]

DEFAULT_PARTITION_SIZE = 500
_PARQUET_EXT = (".parquet", ".pq")


@dataclass(frozen=True)
class Partition:
    """One unit of work.  ``kind``: ``files`` | ``jsonl`` | ``parquet`` | ``warc``.

    ``start``/``stop``: 1-based line numbers (JSONL, ``stop`` exclusive) or 0-based row numbers
    (Parquet); ``offset``: byte offset of line ``start`` in the (decompressed) JSONL stream.
    """
    pid: str
    kind: str
    paths: tuple[str, ...]
    start: int = 0
    stop: int = 0
    offset: int = 0
    fmt: Optional[str] = None
    est_docs: int = 0
    order: tuple = field(default=(), compare=False)

    def describe(self) -> str:
        if self.kind == "jsonl":
            return f"{self.paths[0]}:{self.start}-{self.stop - 1}"
        if self.kind == "parquet":
            return f"{self.paths[0]}#rows {self.start}-{self.stop - 1}"
        if len(self.paths) == 1:
            return self.paths[0]
        return f"{self.paths[0]} … {self.paths[-1]} ({len(self.paths)} files)"


def _signature(path: str) -> str:
    st = os.stat(path)
    return f"{path}|{st.st_size}|{st.st_mtime_ns}"


def _pid(kind: str, paths: Iterable[str], start: int, stop: int, fmt: Optional[str]) -> str:
    return stable_id("marsad-partition", kind, *[_signature(p) for p in paths], start, stop, fmt or "", n=16)


def expand_inputs(inputs: Iterable["str | os.PathLike"], include: Iterable[str] = (),
                  on_skip=None) -> tuple[list[str], list[str]]:
    """Sorted absolute file paths under ``inputs`` (directories walked recursively, hidden entries
    skipped, ``include`` globs applied inside directories; without globs article files and Parquet
    only, the others passed to ``on_skip(path, reason)``) and the inputs that do not exist."""
    pats = list(include or [])
    files: list[str] = []
    missing: list[str] = []
    for inp in inputs:
        s = os.fspath(inp)
        if s == "-":
            raise ValueError("marsad batch cannot read standard input; give files or directories")
        p = Path(s).expanduser().absolute()
        if p.is_dir():
            files.extend(os.path.normpath(str(fp)) for fp in walk_dir(p, pats, on_skip, _batch_file))
        elif p.exists():
            files.append(os.path.normpath(str(p)))
        else:
            missing.append(s)
    # stable order, no duplicates (an input named twice is read once)
    seen: set[str] = set()
    out = []
    for f in files:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out, missing


def _batch_file(name: str) -> bool:
    return article_file(name) or name.lower().endswith(_PARQUET_EXT)


def _head(path: str, n: int = 65536) -> tuple[bytes, bool]:
    with open(path, "rb") as f:
        head = f.read(n)
    if head[:2] == b"\x1f\x8b":
        try:
            with gzip.open(path, "rb") as g:
                return g.read(n), True
        except (OSError, EOFError):
            return head, True
    return head, False


_ALIASES = {"txt": "text", "plain": "text", "htm": "html", "json": "jsonl", "ndjson": "jsonl",
            "rss": "feed", "atom": "feed", "xml": "feed", "pq": "parquet"}


def norm_format(fmt: Optional[str]) -> Optional[str]:
    """A forced input format (``text html jsonl feed warc parquet`` or an alias), None for auto."""
    if not fmt or fmt == "auto":
        return None
    from ..io.read import FORMATS
    f = fmt.lower().lstrip(".")
    f = _ALIASES.get(f, f)
    if f not in FORMATS and f != "parquet":
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}, parquet (or auto)")
    return f


def input_kind(path: str, fmt: Optional[str] = None) -> str:
    """``jsonl`` | ``parquet`` | ``warc`` | ``files`` (anything :func:`marsad.io.read.read_file` reads whole)."""
    low = path.lower()
    if low.endswith(_PARQUET_EXT) or fmt == "parquet":
        return "parquet"
    try:
        head, _gz = _head(path, 4096)
    except OSError:
        return "files"          # read_file reports the error as a ReadFailure
    if head[:4] == b"PAR1":
        return "parquet"
    from ..io.read import detect_format
    forced = norm_format(fmt)
    name = os.path.basename(path)
    inner = name[:-3] if name.lower().endswith(".gz") else name
    kind = forced or detect_format(head, inner)
    return kind if kind in ("jsonl", "warc") else "files"


def _jsonl_ranges(path: str, size: int) -> list[tuple[int, int, int]]:
    """(start_line, stop_line, byte_offset) slices of ``size`` lines (of the decompressed stream)."""
    opener = gzip.open if _head(path, 2)[1] else open
    out: list[tuple[int, int, int]] = []
    start, offset, pos, n = 1, 0, 0, 0
    with opener(path, "rb") as f:  # type: ignore[operator]
        for line in f:
            n += 1
            pos += len(line)
            if n - start + 1 == size:
                out.append((start, n + 1, offset))
                start, offset = n + 1, pos
    if n >= start:
        out.append((start, n + 1, offset))
    return out


def _parquet_rows(path: str) -> int:
    import pyarrow.parquet as pq
    return pq.ParquetFile(path).metadata.num_rows


def plan_inputs(inputs: Iterable["str | os.PathLike"], partition_size: int = DEFAULT_PARTITION_SIZE, *,
                fmt: Optional[str] = None, include: Iterable[str] = (),
                on_skip=None) -> tuple[list[Partition], list[str]]:
    """Partitions of the inputs, in a deterministic order, and the inputs that were not found
    (files a directory walk leaves out go to ``on_skip(path, reason)``, see :func:`expand_inputs`)."""
    if partition_size < 1:
        raise ValueError("partition size must be >= 1")
    fmt = norm_format(fmt)
    files, missing = expand_inputs(inputs, include, on_skip)
    parts: list[Partition] = []
    group: list[str] = []

    def flush() -> None:
        if group:
            paths = tuple(group)
            parts.append(Partition(_pid("files", paths, 0, len(paths), fmt), "files", paths, 0, len(paths),
                                   fmt=fmt, est_docs=len(paths), order=(paths[0], 0)))
            group.clear()

    for path in files:
        kind = input_kind(path, fmt)
        if kind == "files":
            group.append(path)
            if len(group) >= partition_size:
                flush()
            continue
        flush()
        if kind == "jsonl":
            for a, b, off in _jsonl_ranges(path, partition_size):
                parts.append(Partition(_pid("jsonl", [path], a, b, fmt), "jsonl", (path,), a, b, off,
                                       fmt=fmt, est_docs=b - a, order=(path, a)))
        elif kind == "parquet":
            try:
                n = _parquet_rows(path)
            except Exception:
                n = 1   # unreadable: one partition whose reading reports the failure
            for a in range(0, max(n, 1), partition_size):
                b = min(a + partition_size, n) if n else 1
                parts.append(Partition(_pid("parquet", [path], a, b, "parquet"), "parquet", (path,), a, b,
                                       fmt="parquet", est_docs=b - a, order=(path, a)))
        else:  # warc: one file, read as a stream
            parts.append(Partition(_pid("warc", [path], 0, 0, fmt), "warc", (path,), fmt=fmt,
                                   est_docs=max(1, os.path.getsize(path) // 20000), order=(path, 0)))
    flush()
    return parts, missing
