"""An Arabic act noun after أي ("any") is a generic act, no happening (session 40, PREC40).

"أصدر تعليماته للقوات بالاستعداد للتصدي لأي تهديد يستهدف العاصمة"، "لن تقبل أي وساطة تشارك فيها أبوظبي"، "بالرد على
أي اعتداء": the noun after أي (cue ``any_det``, with its proclitic ل / ب / و) names any act of a kind -- a readiness,
a refusal or a warning is about it, no one did it (the article gold codes such nouns as optional at most, as English
"every / any").  Its noun event is dropped, and so is a verb event right after it with no subject of its own (the
indefinite relative clause on the generic noun: "تهديد يستهدف العاصمة").  Run after the learned filter.

Session 46 (PREC46): an act noun whose target is أي ("الاعتداء على أي منهما اعتداء على كليهما"، "الهجوم ضد أي دولة
عضو"): على / ضد right after the noun, then أي -- an attack on whichever one, a clause of a pact or a doctrine, no
happening either.

Session 53 (PREC53B): a word read through a verb row right after أي is that verb's masdar, a noun (no verb follows
أي): "وطالبوا الحكومة بربط أي تعاون مع موسكو"، "ووقف أي تعاون مع الوكالة" -- تعاون is both the past verb and the
noun, and the verb row with مع codes it (060).  Dropped as the noun is, except a force or protest root (14-20: those
words are left to the GSR-trained reading).
"""
from __future__ import annotations

from .structure import start_index

_QUOTE_MARKS = frozenset(('"', "»", "”", "'"))
_TARGET_PREPS = frozenset(("علي", "ضد"))   # (normalised) the preposition of a noun's target: "الاعتداء على أي منهما"
_FORCE_ROOTS = frozenset(("14", "15", "16", "17", "18", "19", "20"))   # (a verb row after أي: not these, see the doc)


def _any_target(words, k: int, e) -> bool:
    """Is the noun at words[k] followed right after its trigger by على / ضد and أي (see the module doc)?"""
    end = next((j for j in range(k, len(words)) if words[j].end >= e.trigger_end), k) + 1
    return end + 1 < len(words) and words[end].norm in _TARGET_PREPS and "any_det" in words[end + 1].cue


def drop(words, evs: list) -> list:
    at = start_index(words)
    gone = set()
    for e in evs:
        k = at.get(e.trigger_start)
        if k is None:
            continue
        if ":noun:" not in e.rule:
            if (":verb:" in e.rule and k > 0 and "any_det" in words[k - 1].cue
                    and (e.root or e.cameo[:2]) not in _FORCE_ROOTS):
                gone.add(id(e))   # "بربط أي تعاون مع موسكو": the masdar read through the verb row (s53)
            continue
        if _any_target(words, k, e):
            gone.add(id(e))
            continue
        if k == 0 or "any_det" not in words[k - 1].cue:
            continue
        gone.add(id(e))
        end = next((j for j in range(k, len(words)) if words[j].end >= e.trigger_end), k) + 1
        while end < len(words) and words[end].text in _QUOTE_MARKS:
            end += 1   # ('"للتصدي لأي تهديد" يستهدف العاصمة': the quotation closes on the noun)
        nxt = words[end].start if end < len(words) else -1
        gone.update(id(v) for v in evs if v.trigger_start == nxt and ":verb:" in v.rule and not v.source_code)
    return [e for e in evs if id(e) not in gone] if gone else evs
