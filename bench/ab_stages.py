#!/usr/bin/env python
"""Interleaved A/B of chosen stages between two source trees, in the real per-document flow.

Two worker processes (one per tree, each with its own PYTHONPATH) warm up, then run the same batches of
documents in turn (A, B, A, B, …): every stage runs on each document in pipeline order (so the quote and
event stages share their per-document caches as in production), and only the chosen stages' CPU time is
counted.  Host load changes between seconds hit both trees alike; the minimum over batches of each tree
is its least-disturbed figure, and the median of the paired B/A ratios is printed too.

    python bench/ab_stages.py /work/old_tree /work/new_tree quotes events --batches 60 --batch 5
    python bench/ab_stages.py OLD NEW events --anercorp 200
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def worker(stages: list[str], n: int, anercorp: int, batch: int) -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    root = Path(os.environ["PYTHONPATH"].split(os.pathsep)[0])
    sys.path.insert(0, str(root / "bench"))
    from bench_stages import article_sources, read_docs
    from time_stage import anercorp_articles, anercorp_docs

    from marsad.pipeline import Pipeline
    from marsad.resources import tune_gc
    tune_gc()
    pipe = Pipeline()
    if anercorp:
        texts = anercorp_articles(2 * anercorp)
        warm, get = anercorp_docs(texts[anercorp:]), (lambda: anercorp_docs(texts[:anercorp]))
    else:
        warm = read_docs(article_sources(50, 1, False, 600))
        paths = article_sources(n, 0, False, 600)
        get = lambda: read_docs(paths)   # noqa: E731
    for d in warm:
        for _, s in pipe.stages:
            d = s(d)
    docs = get()
    k = 0
    print("ready", flush=True)
    pc = time.process_time
    for line in sys.stdin:
        if k + batch > len(docs):
            docs, k = get(), 0
        acc = dict.fromkeys(stages, 0.0)
        part = docs[k:k + batch]
        k += batch
        for d in part:
            for name, s in pipe.stages:
                if name in acc:
                    c0 = pc()
                    d = s(d)
                    acc[name] += pc() - c0
                else:
                    d = s(d)
        print(json.dumps({s: 1000 * v / len(part) for s, v in acc.items()}), flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tree_a")
    ap.add_argument("tree_b")
    ap.add_argument("stages", nargs="+")
    ap.add_argument("--n", type=int, default=300, help="generated articles")
    ap.add_argument("--anercorp", type=int, default=0, help="ANERcorp articles instead (see time_stage.py)")
    ap.add_argument("--batch", type=int, default=5, help="documents per batch (small: finer interleaving)")
    ap.add_argument("--batches", type=int, default=60, help="batches per tree")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        worker(a.stages, a.n, a.anercorp, a.batch)
        return 0
    procs = []
    for tree in (a.tree_a, a.tree_b):
        env = dict(os.environ, PYTHONPATH=tree, OMP_NUM_THREADS="1")
        cmd = [sys.executable, str(Path(tree) / "bench" / "ab_stages.py"), tree, tree, *a.stages, "--worker",
               "--n", str(a.n), "--anercorp", str(a.anercorp), "--batch", str(a.batch)]
        if not (Path(tree) / "bench" / "ab_stages.py").exists():
            cmd[1] = str(Path(__file__).resolve())
        procs.append(subprocess.Popen(cmd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True))
    for p in procs:
        assert p.stdout.readline().strip() == "ready"
    res: list[list[dict]] = [[], []]
    for _ in range(a.batches):
        for k, p in enumerate(procs):
            p.stdin.write("go\n")
            p.stdin.flush()
            res[k].append(json.loads(p.stdout.readline()))
    for p in procs:
        p.stdin.close()
        p.wait()
    for s in a.stages + ["(sum)"]:
        get = (lambda r: sum(r.values())) if s == "(sum)" else (lambda r, s=s: r[s])
        xa, xb = [get(r) for r in res[0]], [get(r) for r in res[1]]
        ratio = statistics.median(b / x for x, b in zip(xa, xb) if x)
        print(f"{s:8s} A min {min(xa):.3f} med {statistics.median(xa):.3f} | B min {min(xb):.3f} "
              f"med {statistics.median(xb):.3f} CPU ms/article | B/A paired median {ratio:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
