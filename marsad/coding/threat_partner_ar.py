"""The partner named in a threatened clause is the threat's target (Arabic, session 18, B5AC).

"…، محذرا من أن نواكشوط ستعيد النظر في التعاون الأمني مع باماكو إذا لم تسفر التحقيقات عن نتائج": the warning
(root 13) is aimed at the side whose ties are threatened.  A threat event with no target takes the first actor after
a partner preposition (``threat_partner_ar.tsv`` kind ``prep``: مع) in its clause -- from the trigger up to a condition
word (kind ``stop``: إذا، لم، لو) or a full stop -- when that actor has a country other than the source's.  "حذر من
أن التعاون مع الجيران سيتراجع" (no actor after مع) and an actor of the source's own country are left alone.
Marker ``:tgt-partner``.
"""
from __future__ import annotations

from .structure import fill_side, kind_sets, start_index


def apply(words, args, evs) -> None:
    if not args or not any(e.root == "13" and not e.target_actor_id and not e.target_code for e in evs):
        return
    L = kind_sets("threat_partner_ar.tsv", ("prep", "stop"))
    idx = start_index(words)
    for e in evs:
        if e.root != "13" or e.target_actor_id or e.target_code or not e.source_country:
            continue
        t = idx.get(e.trigger_start)
        if t is None:
            continue
        end = next((k for k in range(t + 1, len(words)) if words[k].norm in L["stop"] or words[k].text in ".؛;"),
                   len(words))
        a = next((a for a in args if t < a.i0 < end and a.prep in L["prep"]), None)
        if a is None or not a.actor.country or a.actor.country == e.source_country:
            continue
        fill_side(e, "target", a.actor, (a.start, a.end))
        e.rule += ":tgt-partner"
