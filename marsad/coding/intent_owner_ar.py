"""The agent of an act named after a noun of intent (Arabic; session 40, lead).

"وأعلنت تركيا عزمها الانضمام إلى الدعوى ضد إسرائيل"، "وأكد الرئيس استعداده لزيارة دمشق": the verbal noun after "عزمها /
استعداده / نيته" (``intent_owner_ar.tsv``) has no agent of its own in the text; the pronoun on the intent noun names it:
the actor right before the intent noun's clause words -- the clause's subject, no punctuation between.  A noun event
with no source takes that actor (marker ``:intent-owner``); one with a source keeps it.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import actor_of, fill_side, kind_sets

_REACH = 80   # characters before the intent noun in which its owner may end


def apply(doc, events) -> None:
    todo = [ev for ev in events if ev.lang == "ar" and not ev.source_code and not ev.historical]
    if not todo:
        return
    intents = kind_sets("intent_owner_ar.tsv", ("intent",))["intent"]
    text = doc.text
    for ev in todo:
        head = text[max(ev.sentence_start, ev.trigger_start - 16):ev.trigger_start].split()
        if not head:
            continue
        w = head[-1]
        if normalize(w) not in intents:
            continue
        at = text.rfind(w, ev.sentence_start, ev.trigger_start)
        lo = max(ev.sentence_start, at - _REACH)
        owner = None
        for a in doc.actors:
            for s, e in a.spans:
                if lo <= s and e <= at and not any(c in text[e:at] for c in "،,.;؛:") \
                        and (owner is None or e > owner[1][1]):
                    owner = (a, (s, e))
        if owner is None or owner[0].id == ev.target_actor_id:
            continue
        fill_side(ev, "source", owner[0], owner[1])
        ev.rule += ":intent-owner"
