#!/usr/bin/env python
"""`marsad batch` scaling: 1 vs 2 Dask workers on the same corpus.

Generates a corpus (or takes one), then for each worker count starts a LocalCluster (processes,
one thread each, OMP_NUM_THREADS=1), loads the pipeline state on every worker (timed apart: a
one-off cost per worker), and times ``run_batch`` into a fresh output directory.  Prints plain
figures: docs/s, articles/s per worker, speedup, peak RSS per worker process (from the partition
manifests), state loads per worker (must be one), and checks the two outputs are identical.

    python bench/bench_batch.py --n 2000
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")


def _warm(config: dict) -> int:
    from marsad.scale.worker import worker_pipeline
    p = worker_pipeline(config)
    p("قال وزير الخارجية المصري إن بلاده تدعم الحوار. التقى الوزير نظيره الأردني في عمان يوم الأحد.",
      published_at="2023-01-01")
    p("Egypt's foreign minister met his Jordanian counterpart in Amman on Sunday.", published_at="2023-01-01")
    return os.getpid()


def run(corpus: str, workers: int, out: str, part: int) -> dict:
    from dask.distributed import Client, LocalCluster
    from marsad.scale import run_batch
    from marsad.scale.output import list_manifests
    from marsad.scale.worker import config_to_dict
    t0 = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cl, \
            Client(cl) as client:
        t_start = time.perf_counter() - t0
        t1 = time.perf_counter()
        client.run(_warm, config_to_dict(None))
        t_load = time.perf_counter() - t1
        t2 = time.perf_counter()
        s = run_batch([corpus], out, client=client, partition_size=part, progress=False)
        t_run = time.perf_counter() - t2
    mans = list_manifests(out)
    stage = sum(sum(m["stage_seconds"].values()) for m in mans)
    overhead_ms = 1000 * (sum(m["seconds"] for m in mans) - stage) / max(1, sum(m["docs"] for m in mans))
    return {"workers": workers, "start_s": t_start, "load_s": t_load, "run_s": t_run, "summary": s,
            "overhead_ms": overhead_ms,
            "worker_seconds": sum(m["seconds"] for m in mans),
            "cpu_seconds": sum(m.get("cpu_seconds", 0.0) for m in mans)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", help="JSONL corpus (default: generate one)")
    ap.add_argument("--n", type=int, default=2000, help="articles to generate when no corpus is given")
    ap.add_argument("--partition-size", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", action="store_true", help="keep the output directories")
    a = ap.parse_args()
    from marsad.scale import read_events
    tmp = tempfile.mkdtemp(prefix="marsad-bench-batch-")
    corpus = a.corpus
    if not corpus:
        from marsad.scale.synth import write_jsonl
        corpus = os.path.join(tmp, "corpus.jsonl")
        write_jsonl(corpus, a.n, seed=a.seed)
    res = {}
    for w in (1, 2):
        out = os.path.join(tmp, f"out{w}")
        r = run(corpus, w, out, a.partition_size)
        res[w] = r
        s = r["summary"]
        print(f"[{w} worker{'s' if w > 1 else ''}] cluster start {r['start_s']:.1f} s, state load {r['load_s']:.1f} s, "
              f"coding {r['run_s']:.1f} s")
        print(f"[{w}] docs: {s.docs}, events: {s.events}, failures: {s.failures}, partitions: {s.done}")
        print(f"[{w}] docs/s: {s.docs / r['run_s']:.1f}; articles/s per worker: {s.docs / r['run_s'] / w:.1f}; "
              f"tokens/s: {s.tokens / r['run_s']:.0f}")
        print(f"[{w}] worker CPU {r['cpu_seconds']:.1f} s of {r['worker_seconds']:.1f} s task wall time; "
              f"articles per CPU-second: {s.docs / r['cpu_seconds'] if r['cpu_seconds'] else 0:.1f}; "
              f"load average {os.getloadavg()[0]:.2f}")
        print(f"[{w}] batch overhead outside the stages (read, rows, Parquet, manifest): "
              f"{r['overhead_ms']:.2f} ms/article")
        for wid, info in s.worker_loads.items():
            print(f"[{w}] worker {wid}: tasks {info['tasks']}, pipelines built {info['pipelines_built']}, "
                  f"repeated state loads {info['repeated_loads']}, peak RSS {info['max_rss_mb']:.0f} MB")
    sp = res[1]["run_s"] / res[2]["run_s"]
    print(f"speedup 1 -> 2 workers: {sp:.2f}x (goal >= 1.8x: {'met' if sp >= 1.8 else 'NOT met'})")
    eff = [res[w]["summary"].docs / res[w]["cpu_seconds"] if res[w]["cpu_seconds"] else 0 for w in (1, 2)]
    if eff[0]:
        print(f"CPU efficiency 2 vs 1 worker: {eff[1] / eff[0]:.2f} (articles per CPU-second {eff[1]:.1f} vs "
              f"{eff[0]:.1f}); projected speedup on 2 idle cores: {2 * eff[1] / eff[0]:.2f}x")
    rss = max(i["max_rss_mb"] for r in res.values() for i in r["summary"].worker_loads.values())
    print(f"peak RSS per worker: {rss:.0f} MB (goal <= 600 MB: {'met' if rss <= 600 else 'NOT met'})")
    e1 = sorted(map(str, read_events(os.path.join(tmp, 'out1')).to_pylist()))
    e2 = sorted(map(str, read_events(os.path.join(tmp, 'out2')).to_pylist()))
    print(f"outputs identical (1 vs 2 workers): {e1 == e2} ({len(e1)} vs {len(e2)} events"
          + ("" if e1 == e2 else f", {len(set(e1) ^ set(e2))} rows differ — did the code change between runs?") + ")")
    print(f"cpu count: {os.cpu_count()}; load average: {os.getloadavg()[0]:.2f}")
    if not a.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    else:
        print(f"kept: {tmp}")


if __name__ == "__main__":
    sys.exit(main())
