#!/usr/bin/env python
"""Is the pipeline deterministic?  Same article -> same annotations, whatever came before it and
whatever the process (hash seed).  `marsad batch` relies on it: its output equals a single-process
run only if each document's result depends on that document alone.

Codes a generated corpus in fresh processes — forward with PYTHONHASHSEED=1, forward with
PYTHONHASHSEED=2, reversed with PYTHONHASHSEED=1 — fingerprints every stage's output per document,
and prints, for each comparison, how many documents differ and the first stage where they do.

    python bench/check_determinism.py --n 150
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile


def _child(n: int, words: int, reverse: bool, out: str) -> None:
    from marsad.model import Document, to_dict
    from marsad.pipeline import Pipeline
    from marsad.scale.synth import generate
    p = Pipeline()
    rows = [r for r in generate(n, seed=11, mean_words=words)]
    order = range(n - 1, -1, -1) if reverse else range(n)
    res: dict[int, list] = {}
    for i in order:
        d = Document.from_text(rows[i]["text"], published_at=rows[i]["published_at"])
        sig = []
        for name, st in p.stages:
            d = st(d)
            h = hashlib.md5(json.dumps(to_dict(d), sort_keys=True, default=str, ensure_ascii=False).encode()).hexdigest()
            sig.append([name, h[:10]])
        res[i] = sig
    with open(out, "w") as f:
        json.dump([res[i] for i in range(n)], f)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--words", type=int, default=250)
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        _child(a.n, a.words, a.child[0] == "rev", a.child[1])
        return 0
    tmp = tempfile.mkdtemp(prefix="marsad-det-")
    runs = {"fwd-seed1": ("fwd", "1"), "fwd-seed2": ("fwd", "2"), "rev-seed1": ("rev", "1")}
    procs = {}
    for name, (order, seed) in runs.items():
        env = dict(os.environ, PYTHONHASHSEED=seed, OMP_NUM_THREADS="1")
        procs[name] = subprocess.Popen([sys.executable, __file__, "--n", str(a.n), "--words", str(a.words),
                                        "--child", order, os.path.join(tmp, name + ".json")], env=env)
    for p in procs.values():
        if p.wait() != 0:
            print("a child run failed")
            return 2
    res = {k: json.load(open(os.path.join(tmp, k + ".json"))) for k in runs}
    bad = 0
    for other in ("fwd-seed2", "rev-seed1"):
        first: dict[str, int] = {}
        for x, y in zip(res["fwd-seed1"], res[other]):
            for (name, h1), (_, h2) in zip(x, y):
                if h1 != h2:
                    first[name] = first.get(name, 0) + 1
                    break
        n = sum(first.values())
        bad += n
        print(f"fwd-seed1 vs {other}: {n} of {a.n} documents differ" +
              (f"; first differing stage: {first}" if n else ""))
    print("deterministic" if not bad else "NOT deterministic")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
