""""Police detained the five after a brief scuffle": a numeral object names back people counted before (English,
session 26 GAPS2).

"Five opposition activists staged a sit-in outside parliament.  Police detained the five …": the arrest's object is
"the" + a number word (``numeral_object_en.tsv`` kind number) that ends its noun phrase (punctuation, the end, or a
word of kind after follows: "the three at a checkpoint"; "the five protesters" is left alone).  It names back the
nearest actor before the trigger, in its sentence or the two before, whose phrase opens with the same number (the
number word right before or at the start of its span).  The target is that actor as an earlier event coded it (its
country filled in), else the actor itself.  With no such actor, a target that is no phrase of the object (a place's
country, span-less) is dropped: "the five" are whoever was counted.  Rule marker ``:tgt-numeral``.
"""
from __future__ import annotations

import re

from .structure import clear_side, copy_side, fill_side, kind_sets

_OBJ = re.compile(r"\s+the\s+([A-Za-z]+|\d+)\b(?=\s*([,.;:)]|$|\s+([a-z]+)))")


def apply(doc, events) -> None:
    sets = None
    text = doc.text
    for ev in events:
        if ev.lang != "en" or not ev.source_code:
            continue
        m = _OBJ.match(text, ev.trigger_end)
        if m is None:
            continue
        if sets is None:
            sets = kind_sets("numeral_object_en.tsv", ("number", "after"))
        num = m.group(1).lower()
        if not (num.isdigit() or num in sets["number"]) or (m.group(3) and m.group(3) not in sets["after"]):
            continue
        if ev.target_span and m.start(1) <= ev.target_span[0] < ev.trigger_end + 40:
            continue   # (the object's own phrase is the target already)
        lo = doc.sentences[max(0, ev.sentence - 2)].start if ev.sentence < len(doc.sentences) else ev.sentence_start
        best = None
        for a in doc.actors:
            for s0, s1 in a.spans:
                if lo <= s0 and s1 <= ev.trigger_start and a.id != ev.source_actor_id and \
                        _counted(text, s0, s1, num) and (best is None or s0 > best[1][0]):
                    best = (a, (s0, s1))
        if best is None:
            if ev.target_code and not ev.target_span:
                clear_side(ev, "target")
                ev.rule += ":tgt-numeral"
            continue
        a, span = best
        prior = next((p for p in events if p.source_actor_id == a.id and p.source_code), None) or \
            next((p for p in events if p.target_actor_id == a.id and p.target_code), None)
        if prior is not None:
            copy_side(ev, "target", prior, "source" if prior.source_actor_id == a.id else "target")
            ev.target_span = span
        else:
            fill_side(ev, "target", a, span)
        ev.rule += ":tgt-numeral"


def _counted(text: str, s0: int, s1: int, num: str) -> bool:
    """The actor phrase text[s0:s1] opens with the number ``num`` (at its start or right before it)."""
    first = text[s0:s1].split()[:1]
    before = text[max(0, s0 - 12):s0].split()[-1:]
    return any(w.lower().strip(",.") == num for w in first + before)
