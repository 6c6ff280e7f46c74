"""An Arabic act noun that only dates another act: the time since it or after it (session 40, PREC40).

"استقالت الحكومة بعد أسبوع على انفجار المرفأ"، "بعد أربعة أيام من المعارك"، "في أول عملية منذ اندلاع الحرب على غزة"،
"منذ انطلاق الاحتجاجات في أكتوبر": the act noun measures time for the sentence's own act -- it is a background
happening told as a date (often told as an event elsewhere in the article), not a report of its own, and the article
gold does not code it.  A background (``historical``) noun event whose trigger comes right after a link word (kind
``link``: على، من) after a span of time (kind ``unit``: أسبوع، أيام، أشهر … with or without its number), or right after
a start noun (kind ``onset``: انطلاق، اندلاع، بدء) after منذ (kind ``since``), is dropped.  A current event stays
("بعد ساعات من هجوم استهدف القاعدة" when the filter or the reference rule found the attack current), and so does a
verb ("بعد أيام من أن …"): only noun triggers are read.  An act with a named author ("بعد يومين من استقبال العاهل
المغربي الرئيس الموريتاني") and an indefinite act with a named victim ("بعد يومين من هجوم بطائرة مسيرة استهدف موقعا
للقوات الحكومية") are told there for the first time: they stay (the gold codes both).  Word list: ``time_anchor_ar.tsv``.
"""
from __future__ import annotations

from .hazards import listed
from .structure import definite_ar, kind_sets, start_index

_KINDS = ("unit", "link", "onset", "since")


def _anchor(words, k: int, sets: dict) -> bool:
    """Is words[k], the first word of an act noun, a time anchor (see the module doc)?"""
    if k < 2 or words[k - 1].punct or words[k - 2].punct:
        return False
    before, first = words[k - 1], words[k - 2]
    if before.norm in sets["link"]:
        return listed(first, sets["unit"])
    return listed(before, sets["onset"]) and listed(first, sets["since"])


def drop(words, evs: list) -> list:
    """``evs`` without the background act nouns that only date the sentence's act (see the module doc)."""
    if not any(e.historical and ":noun:" in e.rule for e in evs):
        return evs
    sets = kind_sets("time_anchor_ar.tsv", _KINDS)
    at = start_index(words)
    return [e for e in evs if not (e.historical and ":noun:" in e.rule and not e.source_code
                                   and (not e.target_code or definite_ar(e.trigger.split()[0]))
                                   and at.get(e.trigger_start) is not None and _anchor(words, at[e.trigger_start], sets))]
