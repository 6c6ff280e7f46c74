"""A second clause of an Arabic headline opened by و + an event noun (session 19, B6TH).

"فتح وحماس توقعان "إعلان الجزائر" وغارة إسرائيلية على جنين تقتل أربعة فلسطينيين": headlines join two happenings
with و; the second opens with its own subject, here an event noun with its nationality ("وغارة إسرائيلية"), and has
its own verb.  Read as one clause, "غارة إسرائيلية" became a second signer of "توقعان" (057 both ways with ISRMIL) and
"حماس" the subject of "تقتل".  In a title sentence, a و-prefixed word that can be an event noun (a noun trigger
entry), standing between two verb events, splits the sentence: an event of the first clause drops a side named after
the split (its reversed mutual copy, whose source is there, goes), and an event of the second clause whose source
stands before the split takes the first actor of the second clause before its trigger (not after a preposition), or
none (the opening noun itself).
Marker ``:headline-clause``.
"""
from __future__ import annotations

from .structure import clear_side, fill_side, start_index


def _split(words, evs, at) -> int:
    verbs = sorted(at[e.trigger_start] for e in evs if ":verb:" in e.rule and e.trigger_start in at)
    if len(verbs) < 2:
        return -1
    for k in range(verbs[0] + 1, verbs[-1]):
        w = words[k]
        if w.prefix == "و" and any(getattr(t, "kind", "") == "noun" for t in (w.trig[1] or ())) \
                and any(v < k for v in verbs) and any(v > k for v in verbs):
            return k
    return -1


def apply(sent, words, args, evs: list) -> list:
    if sent.segment_kind != "title" or len(evs) < 2:
        return evs
    at = start_index(words)
    k = _split(words, evs, at)
    if k < 0:
        return evs
    cut = words[k].start
    out = []
    for ev in evs:
        t = at.get(ev.trigger_start)
        if t is None:
            out.append(ev)
            continue
        if t < k:
            if ev.source_span and ev.source_span[0] >= cut:
                continue   # (the reversed copy of a mutual act with the second clause's subject)
            if ev.target_span and ev.target_span[0] >= cut:
                clear_side(ev, "target")
                ev.rule += ":headline-clause"
        elif ev.source_span and ev.source_span[0] < cut:
            subj = next((a for a in args if k <= a.i0 < t and not a.prep), None)
            if subj is not None:
                fill_side(ev, "source", subj.actor, (subj.start, subj.end))
            else:
                clear_side(ev, "source")   # (the opening noun itself: "وغارة" is not the first clause's subject's)
            ev.rule += ":headline-clause"
        out.append(ev)
    return out
