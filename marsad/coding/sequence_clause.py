"""An act told in a "قبل أن / بعد أن" clause of a report is part of the story (session 16, EVT).

"وتجمع مئات المحتجين أمام مقر المحافظة أمس، قبل أن تفرقهم قوات الأمن بالقوة": the dispersal is the next step of the
reported happening, dated with it; the learned filter, which reads a verb after قبل أن as a reference, marked it
background.  A verb trigger right after قبل أن / بعد أن (the words in ``sequence_clause.tsv``) stands as the filter's
lead reports do (``events.EventStage._classify``) -- not after a prevention in the sentence before it (kind ``prevent``,
or a ``repel`` cue: "تمكنت القوات من اكتشافها قبل أن تنفجر": the bombs did not explode).

Session 24 (ARFIN), :func:`main_subject`: "التقى الموفد الفرنسي … رئيس الحكومة …، بعد أن اجتمع مساء الأربعاء مع بري":
the verb after بعد أن / قبل أن with no subject of its own (time words, then a preposition of ``elided_subject_ar.tsv``)
goes on with the subject of the sentence's main verb before it (marker ``:seq-subj``).  "قبل أن تفرقهم قوات الأمن"
names its own subject and keeps it.
"""
from __future__ import annotations

from .structure import copy_side, kind_sets, start_index

_KINDS = ("opener", "prevent")


def opens_sequence(words, ev) -> bool:
    if ":verb:" not in ev.rule:
        return False
    k = start_index(words).get(ev.trigger_start)
    if k is None or k < 2:
        return False
    sets = kind_sets("sequence_clause.tsv", _KINDS)
    if not (words[k - 1].norm in ("ان", "أن") and words[k - 2].norm in sets["opener"]):
        return False
    # "تمكنت القوات من اكتشافها قبل أن تنفجر": after a prevention (managed to, foiled, stopped) the act after قبل أن
    # did not happen
    return not any(w.norm in sets["prevent"] or "repel" in w.cue for w in words[:k - 2])


def main_subject(words, evs) -> None:
    """The subject of a subjectless verb after بعد أن / قبل أن is the main verb's (see the module's note)."""
    if len(evs) < 2:
        return
    idx = start_index(words)
    preps = None
    for ev in evs:
        if ev.source_actor_id or ev.source_code or not opens_sequence(words, ev):
            continue
        k = idx.get(ev.trigger_start)
        n = k + 1
        while n < len(words) and "time" in words[n].cue:
            n += 1
        if preps is None:
            p = kind_sets("elided_subject_ar.tsv", ("prep", "prefix"))
            preps = p["prep"]
        if n >= len(words) or words[n].norm not in preps:
            continue
        main = [e for e in evs if e.trigger_start < words[k - 2].start and e.source_actor_id and ":verb:" in e.rule]
        if not main:
            continue
        first = min(e.trigger_start for e in main)
        m = min((e for e in main if e.trigger_start == first), key=lambda e: e.source_span[0] if e.source_span else 1 << 30)
        if m.source_actor_id == ev.target_actor_id:
            continue
        copy_side(ev, "source", m)
        ev.rule += ":seq-subj"
