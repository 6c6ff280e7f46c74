"""A verb that tells what was done during the sentence's meeting or call (Arabic, session 12 AR7).

"أجرى وزير الخارجية السعودي اتصالين هاتفيين مع نظيريه المغربي والجزائري بحث خلالهما سبل التهدئة": بحث (discussed)
followed by خلالهما (during them, ``during_ar.tsv``) is the content of the calls coded before it in the sentence, one
happening; read alone it paired the two counterparts with each other (MAR <-> DZA), who never spoke.  A consultation
verb event (root 04) so placed is dropped when an earlier consultation event of the sentence has a side.
"""
from __future__ import annotations

from .structure import form_set, start_index


def drop(words, evs: list) -> list:
    """``evs`` without the consultation verbs that happened during an earlier consultation of the sentence."""
    firsts = [e for e in evs if e.root == "04" and (e.source_code or e.target_code)]
    if len(firsts) < 1:
        return evs
    forms = form_set("during_ar.tsv")
    starts = start_index(words)
    out = []
    for ev in evs:
        k = starts.get(ev.trigger_start) if ev.root == "04" and ":verb:" in ev.rule else None
        if k is not None and k + 1 < len(words) and words[k + 1].norm in forms and any(
                f.trigger_end <= ev.trigger_start for f in firsts):
            continue
        out.append(ev)
    return out
