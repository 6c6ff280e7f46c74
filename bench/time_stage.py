#!/usr/bin/env python
"""CPU ms/article of chosen stages alone, on prepared inputs (steadier than a whole-pipeline pass).

Each named stage runs over documents that went through every earlier stage (prepared once per
repeat, untimed: a stage mutates its document), after a warm-up on other generated articles.  The
article set is bench_stages.py's (examples, seed, generated).  Prints the best and the median of
``--rounds`` rounds per stage (the host is shared: the minimum is the least disturbed figure).

    python bench/time_stage.py sentences mentions time --rounds 5
    python bench/time_stage.py sentences --anercorp 200   # real news vocabulary (see below)

The generated articles repeat a small vocabulary (~1,600 word types over 300 articles), which flatters
per-word memo tables.  ``--anercorp N`` times N articles of ~700 words instead, built at run time from
consecutive ANERcorp sentences (``../shared/data/ner/anercorp/train.txt``, tokens joined by spaces,
a paragraph break every 4 sentences); the warm-up uses other ANERcorp articles.  Nothing is written.
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

from bench_stages import SHARED, article_sources, read_docs  # noqa: E402


ANERCORP = SHARED / "data" / "ner" / "anercorp" / "train.txt"


def anercorp_articles(n: int, words: int = 700) -> list[str]:
    """``n`` article texts of about ``words`` words: consecutive ANERcorp sentences, tokens joined by spaces."""
    if not ANERCORP.exists():
        raise SystemExit(f"--anercorp: {ANERCORP} not found")
    sents, cur = [], []
    for line in ANERCORP.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(" ".join(cur))
                cur = []
            continue
        cur.append(line.split()[0])
    out, paras, nw = [], [], 0
    for k, snt in enumerate(sents):
        paras.append(snt)
        nw += snt.count(" ") + 1
        if nw >= words:
            out.append("\n\n".join(" ".join(paras[i:i + 4]) for i in range(0, len(paras), 4)))
            paras, nw = [], 0
            if len(out) == n:
                break
    return out


def anercorp_docs(texts: list[str]) -> list:
    from marsad.model import Document
    return [Document.from_text(t, published_at="2008-01-15") for t in texts]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("stages", nargs="+")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--profile", action="store_true", help="cProfile the last round (top 30 by tottime)")
    ap.add_argument("--anercorp", type=int, default=0, metavar="N",
                    help="time N real-vocabulary articles built from ANERcorp instead of the generated set")
    a = ap.parse_args()
    from marsad.pipeline import Pipeline
    from marsad.resources import tune_gc
    tune_gc()
    pipe = Pipeline()
    names = [n for n, _ in pipe.stages]
    if a.anercorp:
        texts = anercorp_articles(2 * a.anercorp)
        warm, timed = texts[a.anercorp:], texts[:a.anercorp]
    else:
        warm, timed = None, None
    for d in (anercorp_docs(warm) if warm else read_docs(article_sources(50, 1, False, 600))):   # warm-up
        for _, s in pipe.stages:
            d = s(d)
    paths = article_sources(a.n, 0, False, 600)
    for want in a.stages:
        k = names.index(want)
        before, stage = pipe.stages[:k], pipe.stages[k][1]
        times = []
        for _ in range(a.rounds):
            docs = []
            for d in (anercorp_docs(timed) if timed else read_docs(paths)):
                for _, s in before:
                    d = s(d)
                docs.append(d)
            prof = None
            if a.profile and len(times) == a.rounds - 1:
                import cProfile
                prof = cProfile.Profile()
                prof.enable()
            c0 = time.process_time()
            for d in docs:
                stage(d)
            if prof is not None:
                prof.disable()
                import pstats
                pstats.Stats(prof).strip_dirs().sort_stats("tottime").print_stats(30)
            times.append(1000 * (time.process_time() - c0) / len(docs))
        print(f"{want:<10} best {min(times):.3f}  median {statistics.median(times):.3f} CPU ms/article "
              f"({len(docs)} articles x {a.rounds} rounds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
