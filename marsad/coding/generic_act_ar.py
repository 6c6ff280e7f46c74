"""An Arabic act noun after أي ("any") is a generic act, no happening (session 40, PREC40).

"أصدر تعليماته للقوات بالاستعداد للتصدي لأي تهديد يستهدف العاصمة"، "لن تقبل أي وساطة تشارك فيها أبوظبي"، "بالرد على
أي اعتداء": the noun after أي (cue ``any_det``, with its proclitic ل / ب / و) names any act of a kind -- a readiness,
a refusal or a warning is about it, no one did it (the article gold codes such nouns as optional at most, as English
"every / any").  Its noun event is dropped, and so is a verb event right after it with no subject of its own (the
indefinite relative clause on the generic noun: "تهديد يستهدف العاصمة").  Run after the learned filter.
"""
from __future__ import annotations

from .structure import start_index

_QUOTE_MARKS = frozenset(('"', "»", "”", "'"))


def drop(words, evs: list) -> list:
    at = start_index(words)
    gone = set()
    for e in evs:
        k = at.get(e.trigger_start)
        if k is None or k == 0 or ":noun:" not in e.rule or "any_det" not in words[k - 1].cue:
            continue
        gone.add(id(e))
        end = next((j for j in range(k, len(words)) if words[j].end >= e.trigger_end), k) + 1
        while end < len(words) and words[end].text in _QUOTE_MARKS:
            end += 1   # ('"للتصدي لأي تهديد" يستهدف العاصمة': the quotation closes on the noun)
        nxt = words[end].start if end < len(words) else -1
        gone.update(id(v) for v in evs if v.trigger_start == nxt and ":verb:" in v.rule and not v.source_code)
    return [e for e in evs if id(e) not in gone] if gone else evs
