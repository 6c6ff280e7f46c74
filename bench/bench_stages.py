#!/usr/bin/env python
"""Per-stage cost of the full pipeline, in CPU time and wall time, and a per-stage profiler.

Runs every stage of :class:`marsad.pipeline.Pipeline` over a set of articles: the bundled examples
(``marsad/examples``), the seed article when ``../shared`` exists, and a generated corpus
(:mod:`marsad.scale.synth`, the same generator as ``bench/generate_corpus.py``).  A warm-up pass
over other articles comes first (the examples and generated ones with another seed: lexicons and
models load, memo tables fill), then ``--repeat`` timed passes run on freshly read documents.  It prints, per stage, CPU ms/article (``time.process_time``: the
machine is shared, so wall time is inflated by other processes) next to the wall ms/article of
``Pipeline.timings``, then articles/s per core (CPU and wall), tokens/s, words/s and peak RSS.

    python bench/bench_stages.py                      # examples + seed + 300 generated articles
    python bench/bench_stages.py --n 1000 --repeat 2
    python bench/bench_stages.py --seed-only --repeat 50   # the seed article alone
    python bench/bench_stages.py --profile actors     # top functions of one stage (cProfile)
    python bench/bench_stages.py --profile places --sort tottime --top 40
    python bench/bench_stages.py --gc-freeze          # gc.freeze() after the warm-up (see below)
    python bench/bench_stages.py --stream             # each coded document dropped at once, as the batch worker does

The cyclic garbage collector's time is reported separately (it is spread over whichever stage
allocates when a collection starts): with the lexicons and models loaded, every full collection
walks a few hundred thousand long-lived objects.  ``--gc-freeze`` moves everything alive after the
warm-up into the permanent generation (``gc.freeze()``), which is what a worker would do after
loading its state.
"""
from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the checkout, or $MARSAD_SHARED (a git worktree under /work/wt has no ../shared: without it the
# seed article was silently left out there)
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seed" / "000_2408f6fd23dc511e.txt"


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def article_sources(n: int, seed: int, seed_only: bool, mean_words: int) -> list[str]:
    """Input paths (read with marsad.io.read.read_paths, like the CLI): seed, examples, a generated JSONL."""
    from marsad.examples import EXAMPLES_DIR

    paths: list[str] = []
    if SEED.exists():
        paths.append(str(SEED))
    elif seed_only:
        raise SystemExit(f"--seed-only: {SEED} not found")
    if seed_only:
        return paths
    paths += sorted(str(p) for p in EXAMPLES_DIR.glob("*.txt"))
    if n:
        import tempfile

        from marsad.scale.synth import write_jsonl
        corpus = os.path.join(tempfile.mkdtemp(prefix="marsad-bench-stages-"), "corpus.jsonl")
        write_jsonl(corpus, n, seed=seed, mean_words=mean_words)
        paths.append(corpus)
    return paths


def read_docs(paths: list[str]) -> list:
    from marsad.io.read import ReadFailure, read_paths
    return [d for d in read_paths(paths) if not isinstance(d, ReadFailure)]


class GcClock:
    """CPU seconds spent in the cyclic garbage collector, and full (generation 2) collections."""

    def __init__(self) -> None:
        self.cpu, self.full, self._t0, self.on = 0.0, 0, 0.0, False
        gc.callbacks.append(self._cb)

    def _cb(self, phase: str, info: dict) -> None:
        if not self.on:
            return
        if phase == "start":
            self._t0 = time.process_time()
        else:
            self.cpu += time.process_time() - self._t0
            self.full += info.get("generation") == 2


def drain(docs: list):
    """The documents of ``docs`` in order, each taken out of the list as it is handed on: a coded document is
    freed once the next one starts (``--stream``).  Held to the end of the pass, the coded documents (~800 tokens,
    their words, mentions, events each) are what every young-generation collection of the cyclic collector walks:
    on 300 generated articles 7 collections of ~10-20 ms each (~0.25 CPU ms an article) and ~40 MB more peak RSS,
    none of which the worker's item-by-item flow pays (session 37, SPD37)."""
    docs.reverse()
    while docs:
        yield docs.pop()


def run_pass(pipe, docs, cpu: dict, wall: dict) -> tuple[int, int]:
    """One pass over fresh documents, timing each stage (CPU and wall).  Returns (tokens, words)."""
    tokens = words = 0
    pc, pt = time.process_time, time.perf_counter
    for doc in docs:
        text = doc.text
        for name, stage in pipe.stages:
            c0, t0 = pc(), pt()
            doc = stage(doc)
            c1, t1 = pc(), pt()
            cpu[name] += c1 - c0
            wall[name] += t1 - t0
            pipe.timings[name] += t1 - t0
        tokens += len(doc.tokens)
        words += len(text.split())
    return tokens, words


def profile_stage(pipe, paths, stage_name: str, sort: str, top: int, repeat: int) -> None:
    """cProfile one stage only: earlier stages run unprofiled, the stage runs under the profiler."""
    import cProfile
    import pstats

    names = [n for n, _ in pipe.stages]
    if stage_name not in names:
        raise SystemExit(f"unknown stage {stage_name!r}; stages: {names}")
    k = names.index(stage_name)
    before, stage = pipe.stages[:k], pipe.stages[k][1]
    docs = []
    for _ in range(repeat):  # prepare inputs (the stage mutates the document: fresh ones per repeat)
        for d in read_docs(paths):
            for _, s in before:
                d = s(d)
            docs.append(d)
    prof = cProfile.Profile()
    c0 = time.process_time()
    prof.enable()
    for d in docs:
        stage(d)
    prof.disable()
    c = time.process_time() - c0
    print(f"stage {stage_name}: {len(docs)} runs, {1000 * c / max(len(docs), 1):.3f} CPU ms/article under the profiler")
    pstats.Stats(prof).strip_dirs().sort_stats(sort).print_stats(top)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300, help="generated articles (default 300; 0 = none)")
    ap.add_argument("--seed", type=int, default=0, help="generator seed")
    ap.add_argument("--mean-words", type=int, default=600, help="mean generated article length in words")
    ap.add_argument("--seed-only", action="store_true", help="only the seed article (../shared/seed)")
    ap.add_argument("--warmup", type=int, default=50,
                    help="generated warm-up articles (another generator seed; default 50)")
    ap.add_argument("--repeat", type=int, default=1, help="timed passes after the warm-up pass")
    ap.add_argument("--captions", action="store_true", help="code captions too")
    ap.add_argument("--profile", metavar="STAGE", help="cProfile one stage and print its top functions")
    ap.add_argument("--sort", default="cumulative", help="pstats sort key for --profile (cumulative, tottime)")
    ap.add_argument("--top", type=int, default=30, help="functions to print with --profile")
    ap.add_argument("--stream", action="store_true",
                    help="drop each document after its stages, as the batch worker does (marsad.scale.worker codes "
                         "item by item), instead of holding the pass's coded documents to its end")
    ap.add_argument("--gc-freeze", action="store_true",
                    help="gc.collect() + gc.freeze() after the warm-up (loaded state leaves the collector's scans)")
    ap.add_argument("--default-gc", action="store_true",
                    help="keep CPython's collector thresholds (by default the bench tunes them as the marsad "
                         "command and batch workers do: marsad.resources.tune_gc)")
    a = ap.parse_args()

    from marsad.pipeline import Pipeline, PipelineConfig
    from marsad.resources import tune_gc
    if not a.default_gc:
        tune_gc()
    print(f"collector thresholds: {gc.get_threshold()}")

    paths = article_sources(a.n, a.seed, a.seed_only, a.mean_words)
    n_docs = len(read_docs(paths))
    if not n_docs:
        raise SystemExit("no articles")
    rss0 = rss_mb()
    pipe = Pipeline(PipelineConfig(captions=a.captions))

    # warm-up on other articles (state loads; memo tables fill with common words, not with the
    # timed articles' own words): the examples and a generated set with another seed
    t0, c0 = time.perf_counter(), time.process_time()
    warm_cpu = {n: 0.0 for n in pipe.stage_names}
    warm_paths = article_sources(a.warmup, a.seed + 1, False, a.mean_words)
    run_pass(pipe, read_docs(warm_paths), warm_cpu, dict(warm_cpu))
    warm_s, warm_c = time.perf_counter() - t0, time.process_time() - c0
    rss_loaded = rss_mb()
    if a.gc_freeze:
        gc.collect()
        gc.freeze()
    gcc = GcClock()

    if a.profile:
        profile_stage(pipe, paths, a.profile, a.sort, a.top, max(a.repeat, 1))
        return 0

    cpu = {n: 0.0 for n in pipe.stage_names}
    wall = dict(cpu)
    for k in pipe.timings:
        pipe.timings[k] = 0.0
    tokens = words = 0
    read_wall = read_cpu = 0.0
    gcc.on = True
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(max(a.repeat, 1)):
        r0, rc0 = time.perf_counter(), time.process_time()
        docs = read_docs(paths)
        read_wall += time.perf_counter() - r0
        read_cpu += time.process_time() - rc0
        tk, wd = run_pass(pipe, drain(docs) if a.stream else docs, cpu, wall)
        tokens += tk
        words += wd
    total_wall, total_cpu = time.perf_counter() - t0, time.process_time() - c0
    gcc.on = False
    n = n_docs * max(a.repeat, 1)

    print(f"articles: {n_docs} x {max(a.repeat, 1)} passes = {n} "
          f"(seed {'yes' if SEED.exists() else 'no'}, examples {0 if a.seed_only else 3}, generated "
          f"{0 if a.seed_only else a.n}); mean words {words / n:.0f}, mean tokens {tokens / n:.0f}")
    print(f"warm-up pass: {warm_s:.2f} s wall, {warm_c:.2f} s CPU; RSS before {rss0:.0f} MB, after {rss_loaded:.0f} MB")
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print()
    cpu_total = sum(cpu.values())
    print(f"{'stage':<12} {'CPU ms/art':>10} {'wall ms/art':>11} {'CPU share':>9}   (wall = Pipeline.timings)")
    for name in pipe.stage_names:
        print(f"{name:<12} {1000 * cpu[name] / n:10.3f} {1000 * pipe.timings[name] / n:11.3f} "
              f"{100 * cpu[name] / cpu_total if cpu_total else 0:8.1f}%")
    print(f"{'total':<12} {1000 * cpu_total / n:10.3f} {1000 * sum(wall.values()) / n:11.3f}")
    print()
    print(f"reading (read_paths): {1000 * read_cpu / n:.3f} CPU ms/article, {1000 * read_wall / n:.3f} wall")
    print(f"end to end (read + all stages): {1000 * total_cpu / n:.2f} CPU ms/article, "
          f"{1000 * total_wall / n:.2f} wall ms/article")
    print(f"articles/s per core (CPU): {n / total_cpu if total_cpu else 0:.1f}")
    print(f"articles/s per core (wall): {n / total_wall if total_wall else 0:.1f}")
    print(f"per 600 words (CPU): {1000 * total_cpu / n * 600 / max(words / n, 1):.2f} ms "
          f"-> {1000 / (1000 * total_cpu / n * 600 / max(words / n, 1)) if total_cpu else 0:.1f} articles/s per core")
    print(f"tokens/s (CPU): {tokens / total_cpu if total_cpu else 0:.0f}; words/s (CPU): "
          f"{words / total_cpu if total_cpu else 0:.0f}")
    print(f"garbage collector (inside the stage figures): {1000 * gcc.cpu / n:.2f} CPU ms/article, "
          f"{gcc.full} full collections{' (gc.freeze() after warm-up)' if a.gc_freeze else ''}; "
          f"{len(gc.get_objects())} tracked objects")
    print(f"peak RSS: {rss_mb():.0f} MB{' (--stream: coded documents dropped one by one)' if a.stream else ''}")
    if cpu_total:
        slow = max(cpu, key=cpu.get)
        print(f"slowest stage: {slow} ({1000 * cpu[slow] / n:.2f} CPU ms/article)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
