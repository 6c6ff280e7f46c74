#!/usr/bin/env python
"""End-to-end pipeline throughput on one core, and where the time goes.

Reads a JSONL corpus (or generates one), codes every article in this process (one thread) and
prints plain figures: articles/s per core (read + pipeline + flat event rows), tokens/s, words/s,
events, peak RSS, the one-off state load time, and a per-stage table from ``Pipeline.timings``
(ms per article, share) naming the slowest stage.

    python bench/bench_pipeline.py --n 1000
    python bench/bench_pipeline.py --corpus /tmp/corpus.jsonl --limit 5000
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", help="JSONL corpus (default: generate one)")
    ap.add_argument("--n", type=int, default=1000, help="articles to generate when no corpus is given")
    ap.add_argument("--limit", type=int, default=0, help="code at most this many articles")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--captions", action="store_true")
    a = ap.parse_args()

    from marsad.io.read import ReadFailure, read_paths
    from marsad.pipeline import Pipeline, PipelineConfig
    from marsad.records import doc_event_rows

    corpus = a.corpus
    if not corpus:
        from marsad.scale.synth import write_jsonl
        corpus = os.path.join(tempfile.mkdtemp(prefix="marsad-bench-"), "corpus.jsonl")
        write_jsonl(corpus, a.n, seed=a.seed)
    rss0 = rss_mb()
    pipe = Pipeline(PipelineConfig(captions=a.captions))
    # one-off state load: code a small warm-up article in both languages
    t0 = time.perf_counter()
    pipe("قال وزير الخارجية المصري إن بلاده تدعم الحوار. التقى الوزير نظيره الأردني في عمان يوم الأحد.",
         published_at="2023-01-01")
    pipe("Egypt's foreign minister met his Jordanian counterpart in Amman on Sunday.", published_at="2023-01-01")
    load_s = time.perf_counter() - t0
    rss_loaded = rss_mb()
    for k in pipe.timings:
        pipe.timings[k] = 0.0

    n = fails = events = tokens = words = chars = 0
    read_s = rows_s = 0.0
    t_start = time.perf_counter()
    c_start = time.process_time()
    it = iter(read_paths([corpus]))
    while True:
        t = time.perf_counter()
        item = next(it, None)
        read_s += time.perf_counter() - t
        if item is None:
            break
        if isinstance(item, ReadFailure):
            fails += 1
            continue
        doc = pipe.run(item)
        t = time.perf_counter()
        events += len(doc_event_rows(doc))
        rows_s += time.perf_counter() - t
        n += 1
        tokens += len(doc.tokens)
        words += len(doc.text.split())
        chars += len(doc.text)
        if a.limit and n >= a.limit:
            break
    total = time.perf_counter() - t_start
    cpu = time.process_time() - c_start
    stage_total = sum(pipe.timings.values())

    print(f"corpus: {corpus}")
    print(f"articles: {n} (read failures {fails}), mean words {words / max(n, 1):.0f}")
    print(f"state load (first article, both languages): {load_s:.2f} s; RSS before {rss0:.0f} MB, after load {rss_loaded:.0f} MB")
    print(f"end-to-end seconds: {total:.2f} (read {read_s:.2f}, pipeline {stage_total:.2f}, event rows {rows_s:.2f})")
    print(f"articles/s per core: {n / total:.1f}")
    print(f"articles per CPU-second: {n / cpu if cpu else 0:.1f} (CPU {cpu:.2f} s of {total:.2f} s wall; "
          f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores)")
    print(f"pipeline-only articles/s: {n / stage_total if stage_total else 0:.1f}")
    print(f"tokens/s: {tokens / total:.0f}")
    print(f"words/s: {words / total:.0f}")
    print(f"ms per article: {1000 * total / max(n, 1):.2f}")
    print(f"events: {events} ({events / max(n, 1):.1f} per article)")
    print(f"peak RSS: {rss_mb():.0f} MB")
    print("stage          ms/article   share")
    for name, s in sorted(pipe.timings.items(), key=lambda kv: -kv[1]):
        print(f"{name:<14} {1000 * s / max(n, 1):10.3f}   {100 * s / stage_total if stage_total else 0:5.1f}%")
    if stage_total:
        slow = max(pipe.timings, key=pipe.timings.get)
        print(f"slowest stage: {slow} ({1000 * pipe.timings[slow] / max(n, 1):.2f} ms/article)")
    goal = n / total >= 100
    print(f"goal >= 100 articles/s per core: {'met' if goal else 'NOT met'}")


if __name__ == "__main__":
    sys.exit(main())
