"""No event inside an embedded question under a speech / knowledge verb (session 15, FIELD).

"The ministry did not say whether any of its soldiers were hurt", "It was unclear whether the troops had fired",
"ولم توضح الوزارة ما إذا كان أي من جنودها قد أصيب": what follows the question word (whether; ما إذا) is asked, not
reported.  When the question word stands at most three words after a verb of ``embedded_question.tsv`` (kind
``verb``), the events whose trigger lies after it, up to the next punctuation, are dropped.  A "whether" with no such
verb before it ("whether or not talks succeed, the troops will withdraw") and the events before the question ("said
troops killed two men but did not say whether …") stay.
"""
from __future__ import annotations

from .structure import has_any, kind_sets, start_index

_KINDS = ("opener", "before", "verb")
_SPAN = 3   # words between the verb and the question word at most (did not say / لم توضح الوزارة)


def _opener_at(words, k: int, L: dict) -> bool:
    w = words[k]
    if w.norm not in L["opener"]:
        return False
    return not L["before"] or (k > 0 and words[k - 1].norm in L["before"])


def drop_embedded(words, evs: list, lang: str) -> list:
    """``evs`` (one sentence's events) without those inside an embedded question (see the module doc)."""
    L = kind_sets("embedded_question.tsv", _KINDS, by_lang=True).get(lang)
    if not L or not has_any(words, L["opener"]):
        return evs
    spans = []
    for k in range(1, len(words)):
        if not _opener_at(words, k, L):
            continue
        k0 = k - 1 if L["before"] else k   # ما إذا: the verb is before ما
        found = False
        for j in range(k0 - 1, max(-1, k0 - 1 - _SPAN), -1):
            if words[j].punct:
                break
            if words[j].norm in L["verb"]:
                found = True
                break
        if not found:
            continue
        end = next((j for j in range(k + 1, len(words)) if words[j].punct), len(words))
        spans.append((k, end))
    if not spans:
        return evs
    idx = start_index(words)
    out = []
    for e in evs:
        i = idx.get(e.trigger_start)
        if i is not None and any(k < i < end for k, end in spans):
            continue
        out.append(e)
    return out
