"""A threat noun that names a kind of danger is no threat (session 21, B8EV).

"اتفق الوزيران على تعزيز التنسيق لمواجهة التهديدات الأمنية على الحدود", "cooperation against security threats": the
threat noun (``danger_noun.tsv`` kind ``threat``, the stem without the article) right before a kind adjective (kind
``kind_ar``: الأمنية، الإرهابية، السيبرانية …) or, in English, right after one (kind ``kind_en``: security, terrorist,
cyber …) names a danger the parties face -- no one threatens anyone.  Such a one-word event of root 13 is dropped.
"هدد الجيش بالرد"، "تهديدات إسرائيل للبنان"، "the threat of sanctions", "a security threat from Russia's drills" told
as a word of the speaker stay when no kind adjective is next to the noun ("تهديدات إسرائيل" keeps its genitive agent).
"""
from __future__ import annotations

from .hazards import stem_of
from .structure import kind_sets, start_index

_KINDS = ("threat", "kind_ar", "kind_en")


def drop(words, evs: list, lang: str) -> list:
    if not any(e.root == "13" and " " not in e.trigger for e in evs):
        return evs
    sets = kind_sets("danger_noun.tsv", _KINDS)
    at = start_index(words)
    out = []
    for e in evs:
        k = at.get(e.trigger_start) if e.root == "13" and " " not in e.trigger else None
        if k is not None and stem_of(words[k]) in sets["threat"]:
            if lang == "ar" and k + 1 < len(words) and words[k + 1].norm in sets["kind_ar"]:
                continue   # التهديدات الأمنية
            if lang == "en" and k > 0 and words[k - 1].norm in sets["kind_en"]:
                continue   # security threats
        out.append(e)
    return out
