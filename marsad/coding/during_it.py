"""A verb that tells what was done during the sentence's meeting or call (Arabic, session 12 AR7).

"أجرى وزير الخارجية السعودي اتصالين هاتفيين مع نظيريه المغربي والجزائري بحث خلالهما سبل التهدئة": بحث (discussed)
followed by خلالهما (during them, ``during_ar.tsv``) is the content of the calls coded before it in the sentence, one
happening; read alone it paired the two counterparts with each other (MAR <-> DZA), who never spoke.  A consultation
verb event (root 04) so placed is dropped when an earlier consultation event of the sentence has a side.
"""
from __future__ import annotations

from .structure import copy_side, form_set, start_index

_PRONOUNS = ("هما", "هم", "ها", "ه")   # the object pronoun of "حثه خلاله": the partner of the call


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


def sides(words, evs: list) -> None:
    """"أجرى الرئيس الفرنسي اتصالا هاتفيا بنظيره الإيراني، حثه خلاله على التعاون": a verb with no sides of its own right
    before خلاله is done by the meeting's first side, and its object pronoun is the partner (rule marker ``:during``)."""
    meets = [e for e in evs if e.root == "04" and e.source_code and e.target_code]
    if not meets:
        return
    forms = form_set("during_ar.tsv")
    starts = start_index(words)
    for ev in evs:
        k = starts.get(ev.trigger_start)
        if k is None or ev.root == "04" or ev.source_code or ev.target_code or ":verb:" not in ev.rule \
                or k + 1 >= len(words) or words[k + 1].norm not in forms:
            continue
        m = next((e for e in meets if e.trigger_end <= ev.trigger_start), None)
        if m is None:
            continue
        copy_side(ev, "source", m)
        if len(words[k].norm) >= 3 and words[k].norm.endswith(_PRONOUNS):
            copy_side(ev, "target", m)
        ev.rule += ":during"
