#!/usr/bin/env python
"""CPU ms/article of chosen stages alone, on prepared inputs (steadier than a whole-pipeline pass).

Each named stage runs over documents that went through every earlier stage (prepared once per
repeat, untimed: a stage mutates its document), after a warm-up on other generated articles.  The
article set is bench_stages.py's (examples, seed, generated).  Prints the best and the median of
``--rounds`` rounds per stage (the host is shared: the minimum is the least disturbed figure).

    python bench/time_stage.py sentences mentions time --rounds 5
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_stages import article_sources, read_docs  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("stages", nargs="+")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    from marsad.pipeline import Pipeline
    from marsad.resources import tune_gc
    tune_gc()
    pipe = Pipeline()
    names = [n for n, _ in pipe.stages]
    for d in read_docs(article_sources(50, 1, False, 600)):   # warm-up
        for _, s in pipe.stages:
            d = s(d)
    paths = article_sources(a.n, 0, False, 600)
    for want in a.stages:
        k = names.index(want)
        before, stage = pipe.stages[:k], pipe.stages[k][1]
        times = []
        for _ in range(a.rounds):
            docs = []
            for d in read_docs(paths):
                for _, s in before:
                    d = s(d)
                docs.append(d)
            c0 = time.process_time()
            for d in docs:
                stage(d)
            times.append(1000 * (time.process_time() - c0) / len(docs))
        print(f"{want:<10} best {min(times):.3f}  median {statistics.median(times):.3f} CPU ms/article "
              f"({len(docs)} articles x {a.rounds} rounds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
