"""What runs on a worker: code one partition and write its output files.

Only the :class:`~marsad.scale.plan.Partition` (a few paths and numbers) and the pipeline settings
(a small dict) travel with a task.  The pipeline is built once per worker process and kept in
:func:`marsad.resources.cached`; its stages load their lexicons and models there too, once per
process.  Each manifest records which cached keys the task loaded, in which process, so a run can
show that heavy state was loaded once per worker (see :func:`load_report`).
"""
from __future__ import annotations

import dataclasses
import json
import os
import socket
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Optional

from .. import __version__, resources
from ..ingest import code_safely
from ..io.read import ReadFailure
from ..model import Document
from ..pipeline import Pipeline, PipelineConfig
from ..records import doc_event_rows
from . import output as O
from .plan import Partition
from .read import iter_partition

__all__ = ["config_to_dict", "config_from_dict", "config_key", "worker_pipeline", "run_partition",
           "code_partition", "load_report", "PROCESS_STATS"]

# per-process counters (each worker process has its own)
PROCESS_STATS: dict[str, int] = {"pipelines_built": 0, "tasks": 0}


def config_to_dict(config: Optional[PipelineConfig]) -> dict:
    c = config or PipelineConfig()
    d = dataclasses.asdict(c)
    d["disabled"] = list(d.get("disabled") or ())
    return d


def config_from_dict(d: dict) -> PipelineConfig:
    d = dict(d)
    d["disabled"] = tuple(d.get("disabled") or ())
    known = {f.name for f in dataclasses.fields(PipelineConfig)}
    return PipelineConfig(**{k: v for k, v in d.items() if k in known})


def config_key(d: dict) -> str:
    return json.dumps(d, sort_keys=True, ensure_ascii=False, default=str)


_WARM_UP = (("وقال الوزير إن المحادثات في عمان كانت بناءة يوم الأحد.", "2023-01-01"),
            ("The minister said the talks in Amman on Sunday were constructive.", "2023-01-01"))


def _on_dask_worker() -> bool:
    try:
        from distributed import get_worker
        get_worker()
        return True
    except Exception:
        return False


def worker_pipeline(config: dict) -> Pipeline:
    """The pipeline for these settings, built once per process.

    On a Dask worker it is warmed up (stages load their lexicons and models) and the loaded state is
    then moved out of the garbage collector's sight with ``gc.freeze()``: hundreds of thousands of
    long-lived lexicon objects would otherwise be rescanned by every full collection (measured:
    10-15% of coding time).  Not done in a user's own process, where freezing could keep its
    garbage alive; ``MARSAD_GC_FREEZE=0`` turns it off."""
    def build() -> Pipeline:
        PROCESS_STATS["pipelines_built"] += 1
        return Pipeline(config_from_dict(config))
    key = config_key(config)
    pipe = resources.cached(("marsad.scale.pipeline", key), build)
    # warm up outside cached(): its lock is not re-entrant and the stages load through it
    if key not in _WARMED:
        _WARMED.add(key)
        if _on_dask_worker() and os.environ.get("MARSAD_GC_FREEZE", "1") != "0":
            import gc
            resources.tune_gc()
            for text, date in _WARM_UP:
                code_safely(pipe, Document.from_text(text, published_at=date))
            for k in pipe.timings:
                pipe.timings[k] = 0.0
            gc.collect()
            gc.freeze()
    return pipe


_WARMED: set[str] = set()


_NAMES: dict[type, tuple[str, ...]] = {}
_LAYERS = ("segments", "sentences", "mentions", "actors", "timerefs", "places", "quotes", "events")


def _names(cls: type) -> tuple[str, ...]:
    n = _NAMES.get(cls)
    if n is None:
        n = _NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return n


def doc_to_json_dict(doc: Document) -> dict:
    """What :func:`marsad.model.document_from_dict` needs, minus tokens and raw input (the store keeps
    neither).  Shallow per item (spans stay tuples; JSON writes them as lists): ~20x faster than
    the generic :func:`marsad.model.to_dict`."""
    d = {n: getattr(doc, n) for n in _names(type(doc)) if n not in _LAYERS}
    d["tokens"] = []
    d["raw"] = None
    for layer in _LAYERS:
        items = getattr(doc, layer)
        if items:
            names = _names(type(items[0]))
            d[layer] = [{n: getattr(o, n) for n in names} for o in items]
        else:
            d[layer] = []
    return d


def _doc_row(doc: Document, pid: str, layers: bool = True) -> dict:
    return {
        "doc_id": doc.id, "content_hash": doc.content_hash, "url": doc.url, "source": doc.source,
        "publisher": doc.publisher, "title": doc.title, "author": doc.author,
        "published_at": doc.published_at, "published_at_basis": doc.published_at_basis, "lang": doc.lang,
        "languages": ",".join(doc.languages), "story_id": doc.story_id, "n_chars": len(doc.text),
        "n_tokens": len(doc.tokens), "n_sentences": len(doc.sentences), "n_mentions": len(doc.mentions),
        "n_actors": len(doc.actors), "n_timerefs": len(doc.timerefs), "n_places": len(doc.places),
        "n_quotes": len(doc.quotes), "n_events": len(doc.events), "partition_id": pid,
        "doc_json": json.dumps(doc_to_json_dict(doc), ensure_ascii=False, separators=(",", ":"), default=str)
        if layers else None,
    }


PROGRESS_EVERY = 25


def _progress_sender(topic: Optional[str]):
    """A callable sending a progress count to the client (Dask worker event), or None."""
    if not topic:
        return None
    try:
        from distributed import get_worker
        w = get_worker()
    except Exception:   # not on a Dask worker
        return None

    def send(pid: str, n: int) -> None:
        try:
            w.log_event(topic, {"pid": pid, "n": n})
        except Exception:
            pass
    return send


def code_partition(part: Partition, config: dict, progress_topic: Optional[str] = None,
                   layers: bool = True, progress_cb: Optional[Any] = None) -> dict[str, Any]:
    """Code a partition in memory: {"events": rows, "documents": rows, "failures": rows, "stats": …}."""
    pipe = worker_pipeline(config)
    send = progress_cb or _progress_sender(progress_topic)
    t_before = dict(pipe.timings)
    events: list[dict] = []
    docs: list[dict] = []
    fails: list[dict] = []
    n_items = n_tokens = n_chars = 0
    for item in iter_partition(part):
        n_items += 1
        if send is not None and n_items % PROGRESS_EVERY == 0:
            send(part.pid, PROGRESS_EVERY)
        if isinstance(item, ReadFailure):
            fails.append({"source": item.source, "content_hash": item.content_hash, "error": item.error,
                          "stage": "read", "partition_id": part.pid})
            continue
        coded, err = code_safely(pipe, item)
        if err or coded is None:
            fails.append({"source": item.source or item.id, "content_hash": item.content_hash,
                          "error": err or "pipeline returned nothing", "stage": "pipeline",
                          "partition_id": part.pid})
            continue
        try:
            rows = doc_event_rows(coded)
            drow = _doc_row(coded, part.pid, layers)
        except Exception as e:  # an inconsistent annotation must not stop the partition
            fails.append({"source": item.source or item.id, "content_hash": item.content_hash,
                          "error": f"record error: {type(e).__name__}: {e}", "stage": "records",
                          "partition_id": part.pid})
            continue
        events.extend(rows)
        docs.append(drow)
        n_tokens += len(coded.tokens)
        n_chars += len(coded.text)
    stage_s = {k: round(v - t_before.get(k, 0.0), 6) for k, v in pipe.timings.items()}
    return {"events": events, "documents": docs, "failures": fails,
            "stats": {"items": n_items, "docs": len(docs), "events": len(events), "failures": len(fails),
                      "tokens": n_tokens, "chars": n_chars, "stage_seconds": stage_s}}


def run_partition(part: Partition, config: dict, out_dir: str, progress_topic: Optional[str] = None,
                  layers: bool = True, progress_cb: Optional[Any] = None) -> dict[str, Any]:
    """Code ``part`` and write its files atomically, then its manifest; returns the manifest.

    ``progress_topic``: on a Dask worker, send document counts to the client on this event topic.
    ``layers``: keep each document's annotation layers (``doc_json``), needed to load the store later;
    ``False`` saves ~2 ms per article when only the Parquet events are wanted.
    ``progress_cb(pid, n)``: called every few documents when running in this process."""
    t0 = time.perf_counter()
    c0 = time.process_time()
    PROCESS_STATS["tasks"] += 1
    keys_before = set(resources._cache)
    res = code_partition(part, config, progress_topic, layers, progress_cb)
    new_keys = sorted(repr(k) for k in set(resources._cache) - keys_before)
    out = Path(out_dir)
    name = f"part-{part.pid}.parquet"
    files: list[dict] = []
    by_month: dict[str, list[dict]] = defaultdict(list)
    for r in res["events"]:
        by_month[O.month_key(r.get("date"))].append(r)
    written: set[Path] = set()
    ev_schema = O.EVENT_ARROW_SCHEMA
    for month in sorted(by_month):
        p = out / "events" / f"month={month}" / name
        files.append({"path": p.relative_to(out).as_posix(), "rows": len(by_month[month]),
                      "bytes": O.write_table(p, by_month[month], ev_schema)})
        written.add(p)
    for sub, rows, schema in (("documents", res["documents"], O.DOCUMENT_ARROW_SCHEMA),
                              ("failures", res["failures"], O.FAILURE_ARROW_SCHEMA)):
        p = out / sub / name
        files.append({"path": p.relative_to(out).as_posix(), "rows": len(rows),
                      "bytes": O.write_table(p, rows, schema)})
        written.add(p)
    # files of an earlier, different run of this partition (e.g. an event month that is gone now)
    for stale in O.partition_files(out, part.pid):
        if stale not in written:
            stale.unlink(missing_ok=True)
    st = res["stats"]
    manifest = {
        "pid": part.pid, "kind": part.kind, "input": part.describe(), "paths": list(part.paths),
        "start": part.start, "stop": part.stop, "order": list(part.order), "layers": layers,
        "items": st["items"], "docs": st["docs"], "events": st["events"], "failures": st["failures"],
        "tokens": st["tokens"], "chars": st["chars"], "files": files,
        "seconds": round(time.perf_counter() - t0, 4), "cpu_seconds": round(time.process_time() - c0, 4),
        "stage_seconds": st["stage_seconds"],
        "worker": {"host": socket.gethostname(), "pid": os.getpid(), "loaded_keys": new_keys,
                   "pipelines_built": PROCESS_STATS["pipelines_built"], "task_no": PROCESS_STATS["tasks"],
                   "max_rss_mb": _max_rss_mb()},
        "marsad_version": __version__, "config_key": config_key(config),
        "finished_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    O.write_json_atomic(O.manifest_path(out, part.pid), manifest)
    return manifest


def _max_rss_mb() -> float:
    try:
        import resource
        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux
    except Exception:
        return 0.0


def load_report(manifests: list[dict]) -> dict[str, Any]:
    """Per worker process: tasks run, cached keys loaded, and keys loaded more than once (should be 0)."""
    per: dict[str, dict[str, Any]] = {}
    for m in manifests:
        w = m.get("worker") or {}
        wid = f"{w.get('host')}:{w.get('pid')}"
        e = per.setdefault(wid, {"tasks": 0, "loads": defaultdict(int), "pipelines_built": 0, "max_rss_mb": 0.0})
        e["tasks"] += 1
        for k in w.get("loaded_keys", []):
            e["loads"][k] += 1
        e["pipelines_built"] = max(e["pipelines_built"], w.get("pipelines_built", 0))
        e["max_rss_mb"] = max(e["max_rss_mb"], w.get("max_rss_mb", 0.0))
    out = {}
    for wid, e in sorted(per.items()):
        out[wid] = {"tasks": e["tasks"], "keys_loaded": len(e["loads"]),
                    "repeated_loads": sum(n - 1 for n in e["loads"].values() if n > 1),
                    "pipelines_built": e["pipelines_built"], "max_rss_mb": e["max_rss_mb"]}
    return out
