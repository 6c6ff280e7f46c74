""""قطع الطريق على أي محاولة": the idiom "forestall", not a road blockade (session 17, B4EV).

``manual_ar.tsv`` codes قطع + الطريق / الطرق (protesters block a road) as 144, obstruct passage.  The same words
with على right after the road (``blockade_ar.tsv`` kind ``idiom_prep``: "قطع الطريق على الفتنة"), or with أمام and an
attempt after it (kind ``prep`` then, within two words, kind ``forestall``: أي، كل، محاولة، مساعي، عودة …) are the
idiom "to forestall", no blockade: the 144 event is dropped.  "قطع المحتجون الطريق أمام مبنى الوزارة" (a road in front of a building) keeps its blockade.
"""
from __future__ import annotations

from .structure import kind_sets, last_word, start_index

_KINDS = ("idiom_prep", "prep", "forestall")
_AFTER = 2


def drop_forestall(words, evs: list) -> list:
    if not any(e.cameo == "144" for e in evs):
        return evs
    sets = kind_sets("blockade_ar.tsv", _KINDS)
    at = start_index(words)
    out = []
    n = len(words)
    for ev in evs:
        k = at.get(ev.trigger_start) if ev.cameo == "144" else None
        if k is not None:
            j = last_word(words, k, ev.trigger_end) + 1
            if j < n and (words[j].norm in sets["idiom_prep"] or words[j].norm in sets["prep"] and any(
                    words[x].norm in sets["forestall"] for x in range(j + 1, min(n, j + 1 + _AFTER)))):
                continue
        out.append(ev)
    return out
