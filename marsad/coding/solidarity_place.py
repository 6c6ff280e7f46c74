"""A protest is not where the people it supports are (Arabic, session 11 AR5).

"وفي صنعاء، تظاهر آلاف من أنصار الجماعة بعد صلاة الجمعة تضامنا مع غزة": the place stage takes the nearest place
of the clause (Gaza), but a name right after a solidarity masdar (``solidarity_ar.tsv``: تضامنا مع، نصرة ل، دعما ل)
is what the crowd stands with.  :func:`relocate` (after ``geo.locate.locate_event``, protests only) moves such an
event to the sentence's fronted place ("وفي صنعاء،"), else to the dateline, else no place; basis ``sentence`` /
``dateline``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import form_set

def _after_solidarity(text: str, lo: int, start: int) -> bool:
    """Does the place at ``start`` follow a solidarity masdar (تضامنا مع X، نصرة لX، دعما لX)?"""
    pre = text[max(lo, start - 40):start].split()
    if len(pre) < 1:
        return False
    words = form_set("solidarity_ar.tsv")
    if pre[-1] == "ل" and text[start - 1:start] == "ل":
        pre = pre[:-1]               # the span starts after an attached ل: "دعما لغزة"
    elif normalize(pre[-1]) in words:
        return text[start:start + 1] == "ل"   # the span holds the ل: "نصرة لغزة"
    elif normalize(pre[-1]) in ("مع", "الى", "إلى"):
        pre = pre[:-1]               # "تضامنا مع غزة"
    else:
        return False
    return bool(pre) and normalize(pre[-1]) in words


def relocate(doc, ev, locate) -> None:
    """Move a protest placed at the name it supports to the sentence's fronted place or the dateline."""
    if ev.place_basis != "clause" or ev.root != "14" or ev.lang != "ar":
        return
    place = next((p for p in doc.places if p.id == ev.place_id), None)
    sents = doc.sentences
    if place is None or place.start < 0 or not (0 <= ev.sentence < len(sents)):
        return
    if not _after_solidarity(doc.text, sents[ev.sentence].start, place.start):
        return
    others = [p for p in doc.places if p.sentence == ev.sentence and p is not place and p.end > p.start
              and not p.is_metonym and p.end <= ev.trigger_start]
    fp = locate.fronted_place(doc, ev.sentence, others) if others else None
    if fp is not None:
        ev.place_id, ev.place_basis = fp.id, "sentence"
        return
    dl = locate.dateline_place(doc)
    ev.place_id, ev.place_basis = (dl.id, "dateline") if dl is not None else (None, None)
