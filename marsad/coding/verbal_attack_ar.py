"""هاجم with an unarmed subject: a verbal attack, 111 (session 18, B5EV).

"هاجم نائب في البرلمان الحكومة"، "هاجمت صحيفة مصرية الحكومة الإثيوبية"، "فقد هاجم معارضون مصريون …" gave 190, an
armed attack.  An event 190 whose trigger is one word listed in ``verbal_attack_ar.tsv`` (kind ``verb``) with a
word of kind ``speaker`` right after it (the verb-first subject: an MP, a newspaper, a party, opposition figures,
activists) becomes 111 (criticise or denounce).  The abstract objects (التقارب، السياسة، القرار، تصريحات) are the
111 row of ``manual_ar.tsv``.  "هاجم مسلحون قاعدة"، "هاجمت فصائل المعارضة حاجزا" stay 190.
"""
from __future__ import annotations

from .english import recode_event
from .hazards import listed
from .structure import has_any_form, kind_sets, start_index

_KINDS = ("verb", "speaker")


def _sets() -> dict:
    return kind_sets("verbal_attack_ar.tsv", _KINDS)


def apply(words, evs: list) -> None:
    """Recode in place the 190 events of هاجم with an unarmed subject (see the module doc)."""
    f = _sets()
    if not any(e.cameo == "190" for e in evs) or not has_any_form(words, f["speaker"]):
        return
    idx = start_index(words)
    for e in evs:
        if e.cameo != "190":
            continue
        i = idx.get(e.trigger_start)
        if i is None or e.trigger_end != words[i].end or i + 1 >= len(words):
            continue
        if listed(words[i], f["verb"]) and listed(words[i + 1], f["speaker"]):
            recode_event(e, "111")
