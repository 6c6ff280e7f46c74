"""Drive a batch: plan partitions, skip completed ones, map the rest on Dask, summarise, load.

``run_batch`` is what ``marsad batch`` calls.  ``workers=0`` runs in this process without Dask
(same worker function, same files), which is handy for debugging and small inputs.
"""
from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from .. import __version__
from ..pipeline import PipelineConfig
from . import output as O
from .plan import DEFAULT_PARTITION_SIZE, Partition, plan_inputs
from .worker import config_key, config_to_dict, load_report, run_partition

__all__ = ["BatchSummary", "BatchSettingsError", "run_batch", "load_into_store", "make_client"]

_THREAD_VARS = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS")


class BatchSettingsError(RuntimeError):
    """The output directory was written with other pipeline settings."""


@dataclass
class BatchSummary:
    partitions: int = 0
    skipped: int = 0            # already complete before this run
    done: int = 0               # written by this run
    crashed: list[tuple[str, str]] = field(default_factory=list)   # (partition, error) — whole task lost
    docs: int = 0               # coded documents written by this run
    events: int = 0
    failures: int = 0
    tokens: int = 0
    seconds: float = 0.0
    workers: int = 0
    failed_docs: list[tuple[str, str]] = field(default_factory=list)  # first failures (source, error)
    missing_inputs: list[str] = field(default_factory=list)
    not_articles: list[str] = field(default_factory=list)   # files in input directories left out (not article types)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    worker_loads: dict[str, Any] = field(default_factory=dict)
    stale_partitions: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)   # pids written by this run
    store: Optional[dict] = None
    store_seconds: float = 0.0

    @property
    def docs_per_s(self) -> float:
        return (self.docs + self.failures) / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict:
        from dataclasses import asdict
        d = asdict(self)
        d["docs_per_s"] = round(self.docs_per_s, 2)
        return d


def _settings(config: dict) -> dict:
    return {"marsad_version": __version__, "config": config, "config_key": config_key(config)}


def _check_settings(out: Path, config: dict, force: bool) -> None:
    import json
    p = out / "_batch.json"
    if p.exists() and not force:
        try:
            old = json.loads(p.read_text(encoding="utf-8"))
        except ValueError:
            old = {}
        if old.get("config_key") not in (None, config_key(config)):
            raise BatchSettingsError(
                f"{out} holds output made with other pipeline settings ({old.get('config')}); "
                "use another --out, or --force to recode everything")
    if force:
        for sub in ("events", "documents", "failures", "_manifests"):
            shutil.rmtree(out / sub, ignore_errors=True)
    O.write_json_atomic(p, _settings(config))


def make_client(workers: Optional[int] = None, scheduler: Optional[str] = None, *,
                threads_per_worker: int = 1, memory_limit: str = "auto"):
    """A Dask client: to ``scheduler`` when given, else a LocalCluster of ``workers`` processes."""
    for v in _THREAD_VARS:   # small models and BLAS run far slower with many threads per process
        os.environ.setdefault(v, "1")
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:  # pragma: no cover - depends on the install
        raise RuntimeError("marsad batch needs Dask: pip install 'marsad[scale]'") from e
    if scheduler:
        return Client(scheduler), None
    import logging
    n = workers or os.cpu_count() or 1
    cluster = LocalCluster(n_workers=n, threads_per_worker=threads_per_worker, processes=True,
                           memory_limit=memory_limit, dashboard_address=None, silence_logs=logging.ERROR)
    return Client(cluster), cluster


def run_batch(inputs: Iterable["str | os.PathLike"], out: "str | os.PathLike", *,
              config: Optional[PipelineConfig] = None, workers: Optional[int] = None,
              scheduler: Optional[str] = None, client: Any = None,
              partition_size: int = DEFAULT_PARTITION_SIZE, fmt: Optional[str] = None,
              include: Iterable[str] = (), force: bool = False, prune: bool = False,
              threads_per_worker: int = 1, memory_limit: str = "auto",
              db: Optional[str] = None, layers: bool = True, progress: bool = True, console: Any = None,
              on_partition: Optional[Callable[[dict], None]] = None) -> BatchSummary:
    """Code ``inputs`` into ``out`` (Parquet), resuming where a previous run stopped.

    Engine: ``client`` (a dask.distributed Client) if given; else ``scheduler`` address; else a
    LocalCluster of ``workers`` processes (default: CPU count); ``workers=0``: this process, no Dask.
    """
    if db and not layers:
        raise ValueError("--db needs the documents' layers: do not combine it with --no-layers")
    t0 = time.perf_counter()
    outp = Path(out).absolute()
    outp.mkdir(parents=True, exist_ok=True)
    cfg = config_to_dict(config)
    _check_settings(outp, cfg, force)
    not_articles: list[str] = []
    plan, missing = plan_inputs(inputs, partition_size, fmt=fmt, include=include,
                                on_skip=lambda path, why: not_articles.append(path))
    s = BatchSummary(partitions=len(plan), missing_inputs=missing, not_articles=not_articles)
    todo = [p for p in plan if not O.is_complete(outp, p.pid)]
    s.skipped = len(plan) - len(todo)
    planned = {p.pid for p in plan}
    s.stale_partitions = sorted(m["pid"] for m in O.list_manifests(outp) if m["pid"] not in planned)
    if prune and s.stale_partitions:
        for pid in s.stale_partitions:
            for f in O.partition_files(outp, pid):
                f.unlink(missing_ok=True)
            O.manifest_path(outp, pid).unlink(missing_ok=True)
        s.stale_partitions = []

    manifests: list[dict] = []

    def take(m: dict) -> None:
        manifests.append(m)
        s.done += 1
        s.docs += m["docs"]
        s.events += m["events"]
        s.failures += m["failures"]
        s.tokens += m["tokens"]
        s.written.append(m["pid"])
        for k, v in m.get("stage_seconds", {}).items():
            s.stage_seconds[k] = s.stage_seconds.get(k, 0.0) + v
        if on_partition:
            on_partition(m)

    bar = _Bar(progress and bool(todo), sum(p.est_docs for p in todo), console)
    with bar:
        if todo and workers == 0 and client is None and scheduler is None:
            s.workers = 1
            for p in todo:
                try:
                    m = run_partition(p, cfg, str(outp), layers=layers,
                                      progress_cb=bar.tick if bar.enabled else None)
                except Exception as e:  # disk full, permissions: report, go on
                    s.crashed.append((p.describe(), f"{type(e).__name__}: {e}"))
                    bar.advance(p.est_docs, pid=p.pid)
                    continue
                take(m)
                bar.advance(p.est_docs, m, pid=p.pid)
        elif todo:
            own = None
            cl = client
            own_client = client is None
            if cl is None:
                cl, own = make_client(workers, scheduler, threads_per_worker=threads_per_worker,
                                      memory_limit=memory_limit)
            try:
                from dask.distributed import as_completed
                s.workers = len(cl.scheduler_info().get("workers", {}))
                import uuid
                run_id = uuid.uuid4().hex[:8]   # never reuse a result a scheduler may still hold
                topic = None
                if bar.enabled:
                    topic = f"marsad-progress-{run_id}"
                    try:
                        cl.subscribe_topic(topic, bar.on_event)
                    except Exception:
                        topic = None
                futs = cl.map(run_partition, todo, config=cfg, out_dir=str(outp), progress_topic=topic,
                              layers=layers,
                              key=[f"marsad-partition-{p.pid}-{run_id}" for p in todo], retries=1, pure=False)
                by_key = {f.key: p for f, p in zip(futs, todo)}
                for fut in as_completed(futs):
                    p = by_key[fut.key]
                    try:
                        m = fut.result()
                    except Exception as e:  # the worker died twice on it (KilledWorker), or I/O error
                        s.crashed.append((p.describe(), f"{type(e).__name__}: {e}"))
                        bar.advance(p.est_docs, pid=p.pid)
                        continue
                    finally:
                        fut.release()
                    take(m)
                    bar.advance(p.est_docs, m, pid=p.pid)
                if topic:
                    try:
                        cl.unsubscribe_topic(topic)
                    except Exception:
                        pass
            finally:
                if own_client:
                    cl.close()
                if own is not None:
                    own.close()
    s.seconds = time.perf_counter() - t0
    s.worker_loads = load_report(manifests)
    fails = O.read_failures(outp) if s.failures else None
    if fails is not None and fails.num_rows:
        written = set(s.written)
        for r in fails.to_pylist():
            if r["partition_id"] in written and len(s.failed_docs) < 20:
                s.failed_docs.append((r["source"], r["error"]))
    if db:
        t1 = time.perf_counter()
        s.store = load_into_store(outp, db, order=plan)
        s.store_seconds = time.perf_counter() - t1
    return s


class _Bar:
    """A rich progress bar on stderr counting documents (advanced per finished partition)."""

    def __init__(self, enabled: bool, total: int, console: Any = None):
        self.enabled = enabled
        self.total = total
        self.console = console
        self.prog = None
        self.task = None
        self.docs = self.events = self.fails = 0
        self.partial: dict[str, int] = {}
        self.finished: set[str] = set()

    def __enter__(self) -> "_Bar":
        if self.enabled:
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)
            self.prog = Progress(TextColumn("[bold]coding"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("docs"), TextColumn("{task.fields[info]}"), TimeElapsedColumn(),
                                 TimeRemainingColumn(), console=self.console or Console(stderr=True),
                                 transient=False)
            self.prog.__enter__()
            self.task = self.prog.add_task("coding", total=self.total, info="")
        return self

    def on_event(self, event: Any) -> None:
        """Dask topic handler: ``(timestamp, {"pid": …, "n": …})`` sent by workers while coding."""
        try:
            msg = event[1] if isinstance(event, tuple) else event
            pid, n = msg["pid"], int(msg["n"])
        except Exception:
            return
        self.tick(pid, n)

    def tick(self, pid: str, n: int) -> None:
        """``n`` more documents of partition ``pid`` coded."""
        if pid in self.finished:
            return
        self.partial[pid] = self.partial.get(pid, 0) + n
        if self.prog is not None:
            self.prog.update(self.task, advance=n)

    def advance(self, est: int, m: Optional[dict] = None, pid: Optional[str] = None) -> None:
        """A partition finished: count the rest of its estimated documents."""
        if m:
            self.docs += m["docs"]
            self.events += m["events"]
            self.fails += m["failures"]
        done = 0
        if pid is not None:
            self.finished.add(pid)
            done = self.partial.pop(pid, 0)
        if self.prog is not None:
            self.prog.update(self.task, advance=max(est - done, 0),
                             info=f"{self.events:,} events, {self.fails:,} failed")

    def __exit__(self, *exc: Any) -> None:
        if self.prog is not None:
            self.prog.__exit__(*exc)


def load_into_store(out: "str | os.PathLike", db: Optional[str] = None, *, order: Optional[list[Partition]] = None,
                    batch_size: int = 200) -> dict:
    """Load the complete partitions of a batch output into the store (idempotent).

    Documents go through :meth:`Store.write_documents` (all layers, story clustering, content-hash
    dedup: a document already stored is skipped, so loading twice adds nothing).  Failures are
    recorded once per (source, content hash).  Partitions are loaded in plan order, so story ids
    come out the same on every run.
    """
    import json
    import pyarrow.parquet as pq
    from ..model import document_from_dict
    from ..store import open_store
    outp = Path(out)
    mans = [m for m in O.list_manifests(outp) if O.is_complete(outp, m["pid"])]
    rank = {p.pid: i for i, p in enumerate(order or [])}
    mans.sort(key=lambda m: (rank.get(m["pid"], len(rank)), tuple(m.get("order") or ()), m["pid"]))
    res = {"added": 0, "skipped": 0, "events": 0, "failures_recorded": 0, "without_layers": 0}
    with open_store(db) as store:
        known_fail = {(f["source"], f.get("content_hash") or "") for f in store.failures()}
        for m in mans:
            dpath = outp / "documents" / f"part-{m['pid']}.parquet"
            if dpath.exists():
                col = pq.read_table(dpath, columns=["doc_json"]).column("doc_json").to_pylist()
                res["without_layers"] += sum(1 for x in col if x is None)   # written with --no-layers
                col = [x for x in col if x is not None]
                for i in range(0, len(col), batch_size):
                    docs = [document_from_dict(json.loads(x)) for x in col[i:i + batch_size]]
                    r = store.write_documents(docs)
                    res["added"] += r.added
                    res["skipped"] += r.skipped
                    res["events"] += r.events
            fpath = outp / "failures" / f"part-{m['pid']}.parquet"
            if fpath.exists():
                for f in pq.read_table(fpath).to_pylist():
                    k = (f["source"], f.get("content_hash") or "")
                    if k in known_fail:
                        continue
                    known_fail.add(k)
                    store.record_failure(f["source"], f["error"], f.get("content_hash"), stage=f["stage"])
                    res["failures_recorded"] += 1
    return res
