#!/usr/bin/env python
"""How many rule calls of the events stage run, and how many of them change anything.

Every call ``EventStage.__call__`` makes is watched (``sys.setprofile``): before the call, the events it could act on
are fingerprinted (the sentence's ``evs`` in the sentence loop, the document's ``new`` list after it: each event's
identity and ``repr``); after it, the returned list of events (a drop / merge module) or, when it returns none, the same
list (a module that fills sides in place).  A call whose fingerprint is unchanged did nothing to the events.  The
report gives, for the sentence loop and for the per-document block, the call sites, the calls an article, the share
that changed something and the call sites that never did on these articles, then the commonest call sites.
(Calls of helpers -- ``sentence_flags``, ``_keys``, a generator in an ``any`` -- are counted too, as call sites that
change nothing; the setprofile hook makes the run ~5x slower.)

    python bench/rule_effects.py                    # 80 generated articles after 30 warm-up
    python bench/rule_effects.py --n 40 --top 60
"""
from __future__ import annotations

import argparse
import collections
import inspect
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from opcount_tree import run_traced  # noqa: E402

from marsad.model import Event  # noqa: E402
from marsad.stages import events as _events  # noqa: E402


def doc_block_line() -> int:
    """The first line of ``EventStage.__call__`` after its sentence loop (where the per-document block starts)."""
    src, first = inspect.getsourcelines(_events.EventStage.__call__)
    loop = next(k for k, line in enumerate(src) if line.strip().startswith("for si, sent in enumerate(doc.sentences)"))
    indent = len(src[loop]) - len(src[loop].lstrip())
    for k in range(loop + 1, len(src)):
        line = src[k]
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            return first + k
    return first + len(src)


def fingerprint(events) -> "tuple | None":
    """(identity, repr) of each event of a list of events; None for anything else."""
    if not isinstance(events, list) or (events and not isinstance(events[0], Event)):
        return None
    return tuple((id(e), repr(e)) for e in events)


class RuleEffects:
    def __init__(self, split_line: int):
        self.split = split_line
        self.calls: collections.Counter = collections.Counter()
        self.changed: collections.Counter = collections.Counter()
        self._root = None
        self._pending: dict = {}

    def profile(self, frame, event, arg):
        if event == "call":
            code = frame.f_code
            if self._root is None:
                if code is _events.EventStage.__call__.__code__:
                    self._root = frame
                return
            if frame.f_back is self._root:
                line = self._root.f_lineno
                watched = self._root.f_locals.get("evs" if line < self.split else "new")
                self._pending[frame] = (watched, fingerprint(watched), line)
        elif event == "return":
            if frame is self._root:
                self._root = None
                return
            got = self._pending.pop(frame, None)
            if got is None:
                return
            watched, before, line = got
            if before is None:
                return
            after = fingerprint(arg)
            if after is None:
                after = fingerprint(watched)
            site = (line, f"{frame.f_code.co_filename.split('marsad/', 1)[-1]}:{frame.f_code.co_name}")
            self.calls[site] += 1
            if after != before:
                self.changed[site] += 1

    def report(self, n: int, top: int) -> list[str]:
        out = []
        for name, in_block in (("sentence loop", lambda s: s[0] < self.split),
                               ("per-document block", lambda s: s[0] >= self.split)):
            sites = [s for s in self.calls if in_block(s)]
            c = sum(self.calls[s] for s in sites)
            ch = sum(self.changed[s] for s in sites)
            never = sum(1 for s in sites if not self.changed[s])
            out.append(f"{name}: {len(sites)} call sites, {c / n:.1f} calls an article, {ch / n:.1f} changed the "
                       f"events ({100 * ch / max(c, 1):.1f} %); {never} call sites never changed them")
        for s in sorted(self.calls, key=lambda s: (-self.calls[s], s))[:top]:
            out.append(f"{self.calls[s] / n:8.2f} calls {self.changed[s] / n:7.2f} changed  line {s[0]:5d} {s[1]}")
        return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=80, help="generated articles counted (after 30 warm-up articles)")
    ap.add_argument("--top", type=int, default=40)
    a = ap.parse_args(argv)
    fx = RuleEffects(doc_block_line())
    n = run_traced("events", a.n, lambda: sys.setprofile(fx.profile), lambda: sys.setprofile(None))
    print("\n".join(fx.report(n, a.top)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
