#!/usr/bin/env python
"""Interleaved A/B of one function on its own captured calls: the old tree's version against this tree's.

``bench/opcount.py`` counts Python opcodes, which C work does not show and which do not price opcodes alike: a
Python loop replaced by ``map`` / ``zip`` / ``accumulate`` over a method-wrapper (``(1).__add__``) or an
``attrgetter`` drops the count and may still run slower than 3.11's specialised loop (session 46, SPD46: a
tokenizer version with 9.6 % fewer opcodes in the sentence stage ran 1.2x slower).  ``bench/ab_stages.py`` times
whole stages (a function of 1 % of a stage is lost in the host's noise) and ``bench/ab_functions.py`` reruns a
stage on prepared documents.  Here the pipeline runs once over the bench articles with ``module.name`` spied on
(also where another module imported it by name), its calls are kept, both versions are checked to give equal
results on every call, and the calls are replayed round by round (A B, B A, ...): the minimum and median CPU
microseconds a document of each and their ratio are printed.  Only for functions that do not change their
arguments (a replay must see the same input).

    python bench/ab_calls.py /tmp/old marsad.lang.tokenize:tokenize
    python bench/ab_calls.py /tmp/old marsad.coding.domain:_may_be_sports --n 120 --rounds 21

The old tree is a directory holding the old ``marsad`` package files (``git archive COMMIT marsad | tar -x -C
/tmp/old``); its module is loaded privately next to the package, so its relative imports resolve to this tree.
"""
from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _old_function(old_root: Path, module: str, name: str):
    path = old_root.joinpath(*module.split(".")).with_suffix(".py")
    pkg, _, leaf = module.rpartition(".")
    spec = importlib.util.spec_from_file_location(f"{pkg}._ab_old_{leaf}", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return getattr(mod, name)


def _bindings(fn) -> list:
    """(module, attribute) of every loaded marsad module that binds ``fn`` by name."""
    return [(m, k) for mn, m in list(sys.modules.items()) if mn.startswith("marsad") and m is not None
            for k, v in list(vars(m).items()) if v is fn]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("old", help="a directory holding the old tree's marsad package")
    ap.add_argument("spec", metavar="MODULE:NAME")
    ap.add_argument("--n", type=int, default=80, help="generated articles")
    ap.add_argument("--rounds", type=int, default=15)
    a = ap.parse_args(argv)
    from bench_stages import article_sources, read_docs

    from marsad.pipeline import Pipeline
    from marsad.resources import tune_gc
    tune_gc()
    module, name = a.spec.split(":")
    new = getattr(importlib.import_module(module), name)
    pipe = Pipeline()
    for d in read_docs(article_sources(20, 11, False, 700)):   # warm-up: models, lexicons, memos
        pipe(d)
    calls: list = []

    def spy(*args, **kw):
        calls.append((args, kw))
        return new(*args, **kw)
    bound = _bindings(new)
    for m, k in bound:
        setattr(m, k, spy)
    docs = read_docs(article_sources(a.n, 3, False, 700))
    try:
        for d in docs:
            pipe(d)
    finally:
        for m, k in bound:
            setattr(m, k, new)
    old = _old_function(Path(a.old), module, name)
    for args, kw in calls:
        if old(*args, **kw) != new(*args, **kw):
            print(f"results differ on a call of {a.spec}")
            return 1
    times: dict = {"old": [], "new": []}
    for r in range(a.rounds):
        for label, fn in (("old", old), ("new", new)) if r % 2 else (("new", new), ("old", old)):
            t = time.process_time()
            for args, kw in calls:
                fn(*args, **kw)
            times[label].append((time.process_time() - t) / len(docs) * 1e6)
    for v in times.values():
        v.sort()
    mid = a.rounds // 2
    print(f"{a.spec}: {len(calls) / len(docs):.1f} calls a document ({len(docs)} documents, {a.rounds} rounds each)")
    print(f"old min {times['old'][0]:.1f} median {times['old'][mid]:.1f} | new min {times['new'][0]:.1f} median "
          f"{times['new'][mid]:.1f} CPU us/document | new/old min {times['new'][0] / times['old'][0]:.3f} median "
          f"{times['new'][mid] / times['old'][mid]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
