#!/usr/bin/env python
"""Python opcodes of one stage attributed to the direct callees of a function (inclusive), per article.

``bench/opcount.py --by-function`` gives each function's own opcodes; this splits the whole cost of every call of one
function (``EventStage.__call__``, ``_code_sentence``, the actors stage's ``_sentence`` …) by the call it made
(callee and calling line), each callee with everything under it, so a block of a long function can be weighed as a
whole (the sentence loop against the per-document rule block of the events stage, a per-document pass of the actors
stage against the per-sentence work).  Opcodes executed by the function itself are ``<own>``.  Same articles and
warm-up as ``bench/opcount.py`` (40 generated articles plus the examples and the seed, after 30 warm-up articles).

    python bench/opcount_tree.py events __call__            # the events stage by the calls EventStage.__call__ makes
    python bench/opcount_tree.py events _code_sentence --top 30
    python bench/opcount_tree.py actors _sentence
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_stages import article_sources, read_docs  # noqa: E402

from marsad.pipeline import Pipeline  # noqa: E402


def short(filename: str) -> str:
    """A source path from the package down (``stages/events.py``), else the path as it is."""
    return filename.split("marsad/", 1)[-1] if "marsad/" in filename else filename


class CallTree:
    """Counts the opcodes under each call of ``root`` (a function name) by the direct callee they run in."""

    def __init__(self, root: str):
        self.root = root
        self.ops: collections.Counter = collections.Counter()
        self.calls: collections.Counter = collections.Counter()
        self._label: dict = {}

    def _opcode(self, frame, event, arg):
        if event == "opcode":
            lab = self._label.get(frame)
            if lab is not None:
                self.ops[lab] += 1
        elif event == "return":
            self._label.pop(frame, None)
        return self._opcode

    def on_call(self, frame, event, arg):
        up = self._label.get(frame.f_back)
        if up is None:
            if frame.f_code.co_name == self.root:
                self._label[frame] = "<own>"
                self.calls["<own>"] += 1
        elif up == "<own>":
            code = frame.f_code
            lab = f"{short(code.co_filename)}:{code.co_name} (line {frame.f_back.f_lineno})"
            self.calls[lab] += 1
            self._label[frame] = lab
        else:
            self._label[frame] = up
        frame.f_trace_opcodes = True
        return self._opcode

    def report(self, n: int, top: int) -> list[str]:
        total = sum(self.ops.values())
        out = [f"{self.root}: {total / n:,.0f} opcodes an article ({self.calls['<own>'] / n:.1f} calls)"]
        for lab, c in self.ops.most_common(top):
            out.append(f"{c / n:10,.0f} {100 * c / max(total, 1):5.1f}% {self.calls[lab] / n:7.1f} calls  {lab}")
        return out


def run_traced(stage_name: str, n: int, install, uninstall) -> int:
    """Run the pipeline over the warm-up articles, then over ``n`` generated ones (plus the examples and the seed) with
    ``install()`` / ``uninstall()`` around each run of the stage ``stage_name`` (a trace or profile hook); returns the
    number of articles run with the hook."""
    pipe = Pipeline()
    if stage_name not in {name for name, _ in pipe.stages}:
        raise SystemExit(f"unknown stage {stage_name}")
    warm = read_docs(article_sources(30, 1, False, 600))
    docs = read_docs(article_sources(n, 0, False, 600))
    for d in warm:
        for _, stage in pipe.stages:
            d = stage(d)
    for d in docs:
        for name, stage in pipe.stages:
            if name == stage_name:
                install()
                try:
                    d = stage(d)
                finally:
                    uninstall()
            else:
                d = stage(d)
    return max(1, len(docs))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("stage", help="stage name (clean language sentences mentions actors time places quotes events)")
    ap.add_argument("root", help="the function whose calls are split (its name: __call__, _code_sentence, _sentence)")
    ap.add_argument("--n", type=int, default=40, help="generated articles counted (after 30 warm-up articles)")
    ap.add_argument("--top", type=int, default=40)
    a = ap.parse_args(argv)
    tree = CallTree(a.root)
    n = run_traced(a.stage, a.n, lambda: sys.settrace(tree.on_call), lambda: sys.settrace(None))
    print("\n".join(tree.report(n, a.top)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
