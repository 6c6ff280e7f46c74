#!/usr/bin/env python
"""In-process interleaved A/B of a few functions: the old tree's versions against this tree's, in one stage.

``bench/ab_stages.py`` compares two whole trees in two processes; on a loaded host (load 5-7 on 2 cores) its
paired medians swing by several per cent, more than a saving of 2-6 % in one stage.  Here one process runs the
stage over the same prepared documents with the named functions swapped in and out, round by round (A B, B A,
…), so both variants see the same caches, the same memory layout and the same seconds of host load; the
minimum over rounds of each variant and their ratio are printed.  The stage's output under both variants is
compared first (a difference is an error).

Each SPEC is ``module:name`` (the old tree's ``name`` from the old file of ``module`` replaces ``module.name``)
or ``module:name@source`` (the old tree's ``name`` from the old file of module ``source`` replaces
``module.name``: a function the stage module imported from elsewhere).  The old files are loaded as private
modules next to the package (their relative imports resolve to this tree's package).

    python bench/ab_functions.py /work/old actors marsad.stages.actors:_surname_tokens \\
        marsad.stages.actors:match_items@marsad.actors.resolve marsad.stages.actors:combine@marsad.actors.resolve
"""
from __future__ import annotations

import argparse
import json
import importlib
import pickle
import importlib.util
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _old_module(old_root: Path, module: str, cache: dict):
    if module not in cache:
        path = old_root.joinpath(*module.split(".")).with_suffix(".py")
        pkg, _, leaf = module.rpartition(".")
        name = f"{pkg}._ab_old_{leaf}"
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
        cache[module] = mod
    return cache[module]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("old", help="the old tree (e.g. an exported commit)")
    ap.add_argument("stage")
    ap.add_argument("specs", nargs="+", metavar="SPEC")
    ap.add_argument("--n", type=int, default=60, help="generated articles")
    ap.add_argument("--rounds", type=int, default=30)
    a = ap.parse_args(argv)
    from bench_stages import article_sources, read_docs

    from marsad.pipeline import Pipeline
    from marsad.resources import tune_gc
    tune_gc()
    old_root = Path(a.old)
    olds: dict = {}
    swaps = []   # (live module, attribute, new value, old value)
    for spec in a.specs:
        target, _, source = spec.partition("@")
        module, _, name = target.partition(":")
        live = importlib.import_module(module)
        old = getattr(_old_module(old_root, source or module, olds), name)
        swaps.append((live, name, getattr(live, name), old))
    pipe = Pipeline()
    if a.stage not in dict(pipe.stages):
        ap.error(f"unknown stage {a.stage!r}")
    docs = []
    for d in read_docs(article_sources(a.n, 0, False, 600)):
        for n, st in pipe.stages:
            if n == a.stage:
                break
            d = st(d)
        docs.append(d)
    stage = dict(pipe.stages)[a.stage]
    # a stage adds its layer to the document it is given (events appended, …): every run gets a fresh copy, made
    # outside the timed part, so a second run neither sees the first's output nor codes it twice (session 52)
    blobs = [pickle.dumps(d) for d in docs]

    def fresh() -> list:
        return [pickle.loads(b) for b in blobs]

    def use(k: int) -> None:   # 2: new, 3: old
        for sw in swaps:
            setattr(sw[0], sw[1], sw[k])

    from marsad.model import to_dict
    outs = []
    for k in (3, 2):
        use(k)
        outs.append([json.dumps(to_dict(stage(d)), sort_keys=True, default=str) for d in fresh()])
    if outs[0] != outs[1]:
        bad = sum(x != y for x, y in zip(*outs))
        print(f"outputs differ in {bad} of {len(docs)} documents", file=sys.stderr)
        return 1
    best = {2: float("inf"), 3: float("inf")}
    for r in range(a.rounds):
        for k in ((2, 3) if r % 2 == 0 else (3, 2)):
            use(k)
            run = fresh()
            t = time.process_time()
            for d in run:
                stage(d)
            best[k] = min(best[k], time.process_time() - t)
    use(2)
    per = {k: v / len(docs) * 1000 for k, v in best.items()}
    print(f"{a.stage}: old min {per[3]:.3f} | new min {per[2]:.3f} CPU ms/article | new/old {per[2] / per[3]:.3f} "
          f"({a.rounds} rounds each, interleaved, {len(docs)} articles)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
