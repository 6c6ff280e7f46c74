"""The objects of a throw verb are things thrown (English, session 21 B8EN).

"Some protesters threw fireworks and stones at police lines": the trigger tables read "stones" as the verb "to
stone" (190 protesters -> police) beside the throw event (145 protesters, no target).  An event whose trigger lies
between a throw verb (``thrown_objects_en.tsv``) in another event's trigger and the "at" that follows it, in the same
clause (at most ``_GAP`` words, no clause punctuation), is a thing thrown: it is dropped, and its target goes to the
throw event when that has none (rule marker ``:thrown-at``).  A throw with no "at" after its objects ("threw stones")
is not touched.
"""
from __future__ import annotations

from .structure import copy_side, kind_sets

_GAP = 8   # words between the throw verb and "at"


def apply(doc, events) -> list:
    sets = kind_sets("thrown_objects_en.tsv", ("throw", "at"))
    throws = [ev for ev in events if ev.lang == "en" and (ev.trigger.split() or [""])[-1].lower() in sets["throw"]]
    if not throws:
        return events
    drop = set()
    for t in throws:
        tail = doc.text[t.trigger_end:t.sentence_end]
        toks = tail.split()[:_GAP + 1]
        k = next((n for n, w in enumerate(toks) if w.lower() in sets["at"]), -1)
        if k < 1 or any(c in " ".join(toks[:k]) for c in ".;:"):
            continue
        end = t.trigger_end + tail.find(" " + toks[k] + " ")
        for o in events:
            if o is t or o.sentence != t.sentence or not (t.trigger_end < o.trigger_start < end):
                continue
            drop.add(id(o))
            if not t.target_code and o.target_code:
                copy_side(t, "target", o)
                t.rule += ":thrown-at"
    return [ev for ev in events if id(ev) not in drop] if drop else events
