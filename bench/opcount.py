#!/usr/bin/env python
"""Python bytecodes executed per article in each pipeline stage: a deterministic proxy for CPU time.

The development host is a shared VM whose timings swing by 20-50 % between runs; the number of Python
opcodes a stage executes does not depend on load, so two trees can be compared in one run each.  It does
not see work done in C (regexes, hashing, dict internals, numpy), so a change that moves work into C shows
as fewer opcodes and must still be timed (``bench/bench_stages.py``, ``bench/time_stage.py``).
The reverse holds too: under Python 3.11 ``map(operator.attrgetter(...), tokens)`` runs no opcode but
is about twice as slow as ``[t.text for t in tokens]`` (the comprehension's attribute reads are
specialised to slot offsets, attrgetter takes the generic getattr path), and a class call's argument
tuple and ``__init__`` frame cost more than storing the slots of an ``object.__new__`` instance; both
rewrites add opcodes and save time (session 10).  Fewer opcodes is a hint, the interleaved timing
(``bench/ab_stages.py``, or a min-of-rounds micro-benchmark) is the measure.

    python bench/opcount.py events actors            # 40 generated articles after a warm-up of 30
    python bench/opcount.py --anercorp 60 mentions   # unseen real vocabulary (ANERcorp, ../shared)
    PYTHONPATH=/tmp/old python /tmp/old/bench/opcount.py events   # another tree
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_stages import article_sources, read_docs  # noqa: E402
from time_stage import anercorp_articles, anercorp_docs  # noqa: E402

from marsad.pipeline import Pipeline  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("stages", nargs="+", help="stage names (clean language sentences mentions actors time places quotes events)")
    ap.add_argument("--n", type=int, default=40, help="generated articles counted (after 30 warm-up articles)")
    ap.add_argument("--anercorp", type=int, default=0, help="count N ANERcorp articles instead (warm-up: N others)")
    ap.add_argument("--by-function", type=int, default=0, metavar="K",
                    help="also print the K functions executing the most opcodes (own opcodes, not callees)")
    ap.add_argument("--lines", default="", metavar="FUNC[,FUNC]",
                    help="also print the opcodes per article of each source line of these functions")
    a = ap.parse_args(argv)
    line_funcs = set(filter(None, a.lines.split(",")))
    pipe = Pipeline()
    unknown = set(a.stages) - {n for n, _ in pipe.stages}
    if unknown:
        ap.error(f"unknown stage(s): {', '.join(sorted(unknown))}")
    if a.anercorp:
        texts = anercorp_articles(2 * a.anercorp)
        warm, docs = anercorp_docs(texts[a.anercorp:]), anercorp_docs(texts[:a.anercorp])
    else:
        warm = read_docs(article_sources(30, 1, False, 600))
        docs = read_docs(article_sources(a.n, 0, False, 600))
    for d in warm:   # lexicons and models load, memo tables fill: not counted
        for _, stage in pipe.stages:
            d = stage(d)
    counts: collections.Counter = collections.Counter()
    by_code: collections.Counter = collections.Counter()
    by_line: collections.Counter = collections.Counter()
    current = [""]

    def on_opcode(frame, event, arg):
        if event == "opcode":
            counts[current[0]] += 1
        return on_opcode

    def on_opcode_code(frame, event, arg):
        if event == "opcode":
            counts[current[0]] += 1
            code = frame.f_code
            by_code[code] += 1
            if code.co_name in line_funcs:
                by_line[(code, frame.f_lineno)] += 1
        return on_opcode_code

    tracer = on_opcode_code if a.by_function or line_funcs else on_opcode

    def on_call(frame, event, arg):
        frame.f_trace_opcodes = True
        return tracer

    for d in docs:
        for name, stage in pipe.stages:
            if name in a.stages:
                current[0] = name
                sys.settrace(on_call)
                try:
                    d = stage(d)
                finally:
                    sys.settrace(None)
            else:
                d = stage(d)
    n = max(1, len(docs))
    print(f"{len(docs)} articles; Python opcodes per article:")
    for name in a.stages:
        print(f"  {name:10s} {counts[name] / n:12,.0f}")
    print(f"  {'total':10s} {sum(counts.values()) / n:12,.0f}")
    if a.by_function:
        print("functions (own opcodes per article):")
        for code, c in by_code.most_common(a.by_function):
            where = f"{Path(code.co_filename).name}:{code.co_firstlineno}"
            print(f"  {c / n:10,.0f}  {code.co_name:28s} {where}")
    if line_funcs:
        import linecache
        for (code, line), c in sorted(by_line.items(), key=lambda x: (x[0][0].co_name, x[0][1] or 0)):
            if c / n >= 20:
                src = linecache.getline(code.co_filename, line or 0).strip()[:90]
                print(f"  {code.co_name:16s} {line or 0:5d} {c / n:8,.0f}  {src}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
