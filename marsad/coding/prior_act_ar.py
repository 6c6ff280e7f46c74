""""سبق أن فعل" (had already done): an earlier act, background to the news (Arabic, session 20 STR).

"وسبق أن فرضت الولايات المتحدة عقوبات على الشركة"، "سبق لإيران أن احتجزت ناقلات": the act after the
complementizer of سبق (``prior_act_ar.tsv``: kind ``prior``, then ``comp`` within three words, then the trigger, قد
maybe between) happened before the story, as "كان … قد" with a past date does.  Such an event is historical.  Rule
marker ``:prior``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import kind_sets

_KINDS = ("prior", "comp", "skip")
_STRIP = "،,.;؛:!؟?\"«»()"


def apply(doc, events: list) -> None:
    if "سبق" not in doc.text:
        return
    sets = kind_sets("prior_act_ar.tsv", _KINDS)
    for ev in events:
        if ev.lang != "ar" or ev.historical:
            continue
        before = [normalize(w.strip(_STRIP)) for w in
                  doc.text[max(ev.sentence_start, ev.trigger_start - 80):ev.trigger_start].split()][-7:]
        k = len(before) - 1
        while k >= 0 and before[k] in sets["skip"]:
            k -= 1
        if k < 1 or before[k] not in sets["comp"]:
            continue
        if any(w in sets["prior"] for w in before[max(0, k - 4):k]):
            ev.historical = True
            ev.rule += ":prior"
