"""Arabic present verbs with a date counted forward: a scheduled act, not a report (session 16, AR12).

"يجري وزير الخارجية محادثات مع نظيره الأحد المقبل"، "تعقد اللجنة اجتماعها غدا"، "يزور الرئيس عمان الأسبوع المقبل": the
present (imperfect) verb with a forward date in its clause announces what will take place.  The events stage read
Arabic future only from the س of a verb ("وستعقد اللجنة اجتماعها غدا" was future already), so these were asserted
and dated in the future.  :func:`scheduled` is true for an event whose trigger is a present verb (its first letter, after
و / ف, a present prefix that its lemma does not open with) or an event noun after a present light verb of its clause
(``light``: يجري، تعقد، يبرم …, at most 6 words before, no punctuation between), when no past auxiliary (``past_aux``:
كان …) stands before that verb and a time expression of the clause is counted forward (relative, or read forward by the
time stage) to a day after the publication date.  The English counterpart is ``scheduled_en.py``.  Words:
``scheduled_ar.tsv``.
"""
from __future__ import annotations

from bisect import bisect_left

from ..lang.normalize import normalize
from .structure import kind_sets

_KINDS = ("light", "past_aux", "prefix")


def _bare(norm: str) -> str:
    return norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm


def _present_word(doc, words, i, cs, kind: str, lemma: str, f) -> int:
    """Index of the present verb that carries the event at word ``i`` (the trigger itself, or a light verb before an
    event noun), else -1."""
    if kind == "verb":
        w = _bare(words[i].norm)
        lem = normalize(lemma or "")[:1]
        return i if w[:1] in f["prefix"] and lem != w[:1] else -1
    for k in range(i - 1, max(cs, i - 6) - 1, -1):
        if words[k].punct:
            return -1
        if _bare(words[k].norm) in f["light"] or words[k].norm in f["light"]:
            return k
    return -1


_FWD: list = [None, ()]


def _forward_starts(doc) -> tuple:
    """Ascending starts of the document's time expressions counted forward past its publication date (relative, or
    read forward by the time stage); kept for the last document (the events of one document are coded together)."""
    if _FWD[0] is not doc:
        pub = (doc.published_at or "")[:10]
        _FWD[0] = doc
        _FWD[1] = tuple(sorted(r.start for r in doc.timerefs if pub and r.value and r.value[:10] > pub
                               and (r.basis == "relative" or r.direction == "future")))
    return _FWD[1]


def scheduled(doc, words, i: int, cs: int, ce: int, kind: str, lemma: str) -> bool:
    """Is the Arabic event at word ``i`` (clause words [cs, ce)) a present verb's act dated forward (module doc)?"""
    fwd = _forward_starts(doc)
    if not fwd:
        return False
    lo, hi = words[cs].start, words[min(ce, len(words)) - 1].end
    k = bisect_left(fwd, lo)
    if k >= len(fwd) or fwd[k] >= hi:
        return False
    f = kind_sets("scheduled_ar.tsv", _KINDS)
    k = _present_word(doc, words, i, cs, kind, lemma, f)
    return k >= 0 and not any(words[j].norm in f["past_aux"] for j in range(cs, k))
