"""The beneficiary of a conjoined pledge is the party supported in the first conjunct (English, session 18 ENL).

"The EU said it stood by Moldova and would provide 60 million euros in aid": a provision or pledge of aid (roots 03,
07) with no target, joined by "and" to an earlier support (root 05) of the same source in its sentence, takes that
support's target (rule marker ``:conj-tgt``).  Not when another actor or a clause boundary (a semicolon, "but")
stands between the two, nor when the sources differ.
"""
from __future__ import annotations

from .structure import copy_side

_ROOTS = frozenset(("03", "07"))
_STOP = (";", " but ", " while ", " whereas ")


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("05",))


def apply(doc, events) -> None:
    supports = [e for e in events if e.lang == "en" and e.root in ACTS_ON and e.target_code and e.source_code]
    if not supports:
        return
    for ev in events:
        if ev.lang != "en" or ev.root not in _ROOTS or ev.target_code or not ev.source_code:
            continue
        prev = [p for p in supports if p.sentence == ev.sentence and p.trigger_end <= ev.trigger_start
                and p.source_code == ev.source_code]
        if not prev:
            continue
        p = prev[-1]
        gap = doc.text[p.target_span[1] if p.target_span else p.trigger_end:ev.trigger_start]
        if " and " not in f" {gap} " or any(s in gap for s in _STOP) or any(
                a.spans and any(p.trigger_end <= s0 < ev.trigger_start and (not p.target_span or s0 >= p.target_span[1])
                                for s0, _ in a.spans) for a in doc.actors):
            continue
        copy_side(ev, "target", p)
        ev.rule += ":conj-tgt"
