"""An owned vehicle or unit as the subject: its owner is the source (Arabic, session 15 FIELD).

"قالت الوزارة إن زورقا تابعا لخفر السواحل الليبي أطلق النار على قارب صيد تونسي"، "أطلقت طائرة مسيرة تابعة للجيش
السوداني صاروخا على سوق"، "قصفت مروحية تابعة للقوات الحكومية قرية": the subject is a boat / drone / helicopter / unit
(``owned_ar.tsv`` kind ``vehicle``) followed by تابع لـ (kind ``owned``) and an actor; the act is the owner's.  The
vehicle phrase is the subject when it stands right after the verb (at most one word between: VSO) and the verb has no
subject before it ("أسقطت وحدات الدفاع الجوي" / "وحدات الدفاع الجوي أسقطت طائرة مسيرة تابعة للجيش المالي": the drone
is the object), or when the owner's mention ends right before the verb (SVO).  The owner becomes the source; a target that is the owner itself (the
object search took it) is emptied, and a source found after the verb (the على-object read as the subject) moves to
the empty target.  "أطلق الجيش النار على زورق تابع لمهربين" (the vehicle is the object) is left alone.
"""
from __future__ import annotations

from .structure import clear_side, copy_side, fill_side, has_any, kind_sets, start_index

_KINDS = ("vehicle", "owned")


def _owners(words, args, L) -> list:
    """[(vehicle index, owner arg)] of the sentence: vehicle (+ at most one word) + تابع + an actor with لـ."""
    out = []
    for k in range(1, len(words) - 1):
        if words[k].norm not in L["owned"]:
            continue
        v = next((j for j in (k - 1, k - 2) if j >= 0 and words[j].norm in L["vehicle"]), None)
        if v is None:
            continue
        arg = next((a for a in args if a.i0 == k + 1), None)
        if arg is not None and words[k + 1].norm.startswith("ل"):
            out.append((v, arg))
    return out


def owner_subject(doc, words, args, evs: list) -> None:
    """Give the events whose subject is an owned vehicle / unit the owner as source (see the module doc)."""
    L = kind_sets("owned_ar.tsv", _KINDS)
    if not args or not has_any(words, L["owned"]):
        return
    pairs = _owners(words, args, L)
    if not pairs:
        return
    idx = start_index(words)
    for e in evs:
        t = idx.get(e.trigger_start)
        if t is None:
            continue
        before = bool(e.source_span and e.source_span[1] <= e.trigger_start)   # a subject before the verb (SVO)
        hit = next(((v, a) for v, a in pairs if (t < v <= t + 2 and not before) or a.i1 == t), None)
        if hit is None:
            continue
        v, owner = hit
        if e.source_actor_id == owner.actor.id:
            continue
        old = None
        if e.source_span and e.source_span[0] > e.trigger_end and not e.target_actor_id:
            old = e   # the على-object read as the subject: it is the target
            copy_side(e, "target", e, "source")
        fill_side(e, "source", owner.actor, (owner.start, owner.end))
        if old is None and e.target_actor_id == owner.actor.id:
            clear_side(e, "target")
        e.rule += ":owned"
