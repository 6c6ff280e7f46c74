""""وكانت الدول الأربع قد قطعت علاقاتها مع قطر …، متهمة إياها بدعم الإرهاب والتقارب مع إيران": a detached object
pronoun (إياها، إياهم: ``detached_object_ar.tsv``) right after an Arabic trigger is the act's object, the actor its
sentence acted on just before -- the target of the nearest earlier event of the same sentence (not the act's own
source; or of the sentence before, session 34) -- and not the first actor of the content after it (IRN).  Rule marker ``:tgt-detached`` (session 33, lead).
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import copy_side, form_set


def apply(doc, events: list) -> None:
    """Give each Arabic event whose trigger is followed by a detached object pronoun the earlier target (see above)."""
    text = doc.text
    if "إيا" not in text and "ايا" not in text:
        return
    forms = form_set("detached_object_ar.tsv")
    for ev in events:
        if ev.lang != "ar":
            continue
        nxt = text[ev.trigger_end:ev.trigger_end + 12].split()[:1]
        if not nxt or normalize(nxt[0].strip("،,.")) not in forms:
            continue
        back = 0 if any(a.id != ev.source_actor_id and any(ev.sentence_start <= s0 < ev.trigger_start for s0, _ in a.spans)
                        for a in doc.actors) else 1   # (another actor of the sentence before it: its antecedent)
        prev = max((e for e in events if e is not ev and ev.sentence - back <= e.sentence <= ev.sentence
                    and e.trigger_start < ev.trigger_start
                    and e.target_code and e.target_actor_id and e.target_actor_id != ev.source_actor_id),
                   key=lambda e: (e.sentence, e.trigger_start), default=None)
        # (session 34: or of the sentence before, when this one names no other actor before the pronoun: "أعلنت الوزارة طرد
        # سبعة من مسؤولي الأمم المتحدة … وقالت الوزارة في بيان إن المسؤولين السبعة …، متهمة إياهم بالتدخل")
        if prev is None or prev.target_actor_id == ev.target_actor_id:
            continue
        copy_side(ev, "target", prev, "target")
        ev.rule += ":tgt-detached"
