"""A readiness noun stated by a circumstantial participle is no act of its own (Arabic; session 54, PRECAR54).

"وهنأ رئيس الوزراء نظيره في اتصال هاتفي، مؤكدا استعداد الحكومة للتعاون معه"، "ورحبت فرنسا بالقرار، مبدية
استعدادها لدعم الجيش"، "…، معربا عن استعداد بلاده لدعم جهود الاستقرار": the participle after the comma
(``stated_readiness_ar.tsv``) is a participle statement of the main clause's subject -- every gold that names one
codes it optional, anchored on the participle -- and the readiness noun right after it (عن allowed between) is its
content.  The noun's 03 event (the readiness phrase rows, ``ar:noun``) is dropped.  A readiness a verb shows or
affirms ("وأبدت مصر استعدادها"، "وأكد الوزير استعداد بلاده") is untouched: the gold requires those.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import form_set, start_index

_COMMAS = frozenset(("،", ","))
_STEM = normalize("استعداد")   # the readiness noun (normalised; with its pronoun suffix: استعدادها، استعدادهم)


def drop(words, evs: list) -> list:
    at = start_index(words)
    parts = form_set("stated_readiness_ar.tsv")
    gone = set()
    for e in evs:
        k = at.get(e.trigger_start)
        if k is None or ":noun:" not in e.rule or (e.root or e.cameo[:2]) != "03":
            continue
        if not words[k].norm.startswith(_STEM):
            continue
        j = k - 1
        if j >= 0 and words[j].norm == "عن":
            j -= 1   # ("معربا عن استعداد")
        if j >= 1 and words[j].norm in parts and words[j - 1].text in _COMMAS:
            gone.add(id(e))
    return [e for e in evs if id(e) not in gone] if gone else evs
