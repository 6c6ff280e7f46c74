"""The supporters of an armed body who protest are a crowd of civilians, not the body (Arabic, session 25, B12AR2).

"تظاهر مئات من أنصار الفصائل المسلحة أمام مدخل المنطقة الخضراء في بغداد": the protest's source was read from the
genitive after أنصار ("supporters of"): the factions (REB, and named back to the factions a story called Iran-backed:
IRNREB), though the ones in the street are their followers.  A protest (root 14) whose source phrase stands right
after a supporters noun (``supporters_crowd_ar.tsv`` kind ``head``: أنصار، مناصري، مؤيدي، أتباع) and whose actor
is an armed body (kind ``role``: REB, INS, UAF, MIL, SEP …) takes civilians (CVL) as its source, named by the
supporters noun, with the rule tag ``:crowd-quant`` of the quantified crowd: the events stage gives them the country
of the protest's place (``events._crowd_country``).  Supporters of a party, a leader or a movement without arms
("أنصار التيار الصدري"، "أنصار الرئيس السابق") and the armed group's own acts ("هاجم مسلحون من أنصار الجماعة")
are left alone.
"""
from __future__ import annotations

from .structure import clear_side, kind_sets, start_index


def apply(words, evs) -> None:
    sets = None
    idx = None
    for ev in evs:
        if ev.root != "14" or not ev.source_span or not ev.source_role:
            continue
        if sets is None:
            sets = kind_sets("supporters_crowd_ar.tsv", ("head", "role"))
            idx = start_index(words)
        if ev.source_role.lower() not in sets["role"]:
            continue
        k = idx.get(ev.source_span[0])
        if k is None or k == 0:
            continue
        head = words[k - 1]
        if head.norm not in sets["head"] and head.norm[1:] not in sets["head"]:
            continue   # (with its conjunction: "وأنصار الفصائل")
        end = ev.source_span[1]
        clear_side(ev, "source")
        ev.source_code, ev.source_role, ev.source_span = "CVL", "CVL", (head.start, end)
        ev.rule += ":supporters:crowd-quant"
