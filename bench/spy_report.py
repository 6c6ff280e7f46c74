#!/usr/bin/env python
"""Summaries of a sampling profile (py-spy ``record -f raw``) of the pipeline: where the CPU time goes.

cProfile's per-call overhead inflates the many small rule functions and hides C work (regex scans, dict look-ups in
large memos, allocation and deallocation), and ``bench/opcount.py`` counts opcodes only (a C-level rewrite can save
opcodes and lose time: session 37).  A sampling profiler sees both.  py-spy is not a dependency of marsad: install it
outside the repository (``python -m venv /tmp/spy && /tmp/spy/bin/pip install py-spy``) and record a loop that runs
the stages on generated articles, e.g. ``/tmp/spy/bin/py-spy record -r 250 -f raw -o /tmp/p.raw -- python
bench/bench_stages.py --n 150 --repeat 3``.
Each line of the raw file is ``frame;frame;...;frame COUNT``, a frame ``function (file:line)``.

    python bench/spy_report.py /tmp/p.raw                          # share of each stage, top functions and lines
    python bench/spy_report.py /tmp/p.raw --keep "bench_stages.py:200"   # only the samples of the timed passes
    python bench/spy_report.py /tmp/p.raw --under date_event       # what the time inside one function goes to
    python bench/spy_report.py /tmp/p.raw --calls EventStage.__call__   # its time by the line that calls out

Shares are of all kept samples.  ``--keep`` keeps the stacks holding one of the given
comma-separated strings in one of its frames: e.g. the line of ``bench/bench_stages.py``'s ``main`` that runs the timed
passes (``--keep "bench_stages.py:200"``; look the line up first), which leaves the warm-up and the loading of the
lexicons out.
"""
from __future__ import annotations

import argparse
import collections
import re

_LINE = re.compile(r":(\d+)\)$")
_STAGE = re.compile(r"(\w+)Stage\.__call__ \(")


def read_raw(path: str, keep: list[str] | None = None) -> list[tuple[list[str], int]]:
    """(frames, outermost first; sample count) of each stack of a py-spy raw file, those of ``keep`` only."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            stack, _, n = line.rstrip("\n").rpartition(" ")
            if not stack or not n.isdigit():
                continue
            frames = stack.split(";")
            if keep and not any(k in f for f in frames for k in keep):
                continue
            out.append((frames, int(n)))
    return out


def function_of(frame: str) -> str:
    """The frame without its line number: ``function (file)``."""
    return _LINE.sub(")", frame)


def by_stage(stacks) -> collections.Counter:
    """Samples per pipeline stage (the first ``<Name>Stage.__call__`` frame of a stack; "-" when none)."""
    c: collections.Counter = collections.Counter()
    for frames, n in stacks:
        st = next((m.group(1) for m in map(_STAGE.match, frames) if m), "-")
        c[st] += n
    return c


def self_time(stacks, lines: bool = False) -> collections.Counter:
    """Samples per innermost function (or per innermost source line with ``lines``)."""
    c: collections.Counter = collections.Counter()
    for frames, n in stacks:
        c[frames[-1] if lines else function_of(frames[-1])] += n
    return c


def under(stacks, func: str) -> collections.Counter:
    """Samples inside ``func`` (its outermost frame) by the function it called next ("(self)": its own code)."""
    c: collections.Counter = collections.Counter()
    prefix = func + " ("
    for frames, n in stacks:
        k = next((k for k, f in enumerate(frames) if f.startswith(prefix)), None)
        if k is None:
            continue
        c[function_of(frames[k + 1]) if k + 1 < len(frames) else "(self)"] += n
    return c


def calls(stacks, func: str) -> collections.Counter:
    """Samples inside ``func`` (its outermost frame) by the source line of ``func`` they run under."""
    c: collections.Counter = collections.Counter()
    prefix = func + " ("
    for frames, n in stacks:
        f = next((f for f in frames if f.startswith(prefix)), None)
        if f is not None:
            m = _LINE.search(f)
            c[int(m.group(1)) if m else -1] += n
    return c


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("raw", help="py-spy record -f raw output")
    ap.add_argument("--keep", default="", help="comma-separated strings: keep the stacks with a frame holding one")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--under", metavar="FUNC", help="break the time inside FUNC down by its callees")
    ap.add_argument("--calls", metavar="FUNC", help="break the time inside FUNC down by its own source lines")
    a = ap.parse_args(argv)
    stacks = read_raw(a.raw, [k for k in a.keep.split(",") if k])
    total = sum(n for _, n in stacks)
    if not total:
        print("no samples")
        return 1

    def show(title: str, c: collections.Counter) -> None:
        print(f"--- {title}")
        for k, v in c.most_common(a.top):
            print(f"{100 * v / total:6.2f}%  {k}")

    print(f"{total} samples")
    if a.under:
        show(f"inside {a.under}, by callee", under(stacks, a.under))
        return 0
    if a.calls:
        show(f"inside {a.calls}, by its line", calls(stacks, a.calls))
        return 0
    show("stages", by_stage(stacks))
    show("self time by function", self_time(stacks))
    show("self time by line", self_time(stacks, lines=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
