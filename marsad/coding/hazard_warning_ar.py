"""A warning of a natural or health hazard is no threat (Arabic, session 20 ARB).

"حذر الأطباء من موجة حر تضرب البلاد"، "حذرت وزارة الصحة من انتشار الأوبئة": the warning verb حذر is coded 130
(threaten, its usual sense in political news: "حذر الرئيس إسرائيل من أي هجوم").  A warning without a target whose
object after من is a natural or health hazard threatens no one: the event is dropped.  The object is read in the
first three words after the first من within :data:`REACH` words of the trigger (no punctuation between): a hazard noun
(``hazard_warning_ar.tsv`` kind hazard, or hazards.tsv's hazard nouns), possibly after lead words (انتشار، موجة،
خطر, kind lead).  A warning with a target ("حذر الوزير الحركة من استغلال الأمطار") is kept.
"""
from __future__ import annotations

from . import hazards
from .structure import kind_sets, start_index

REACH = 6
_KINDS = ("warn", "lead", "hazard")

# the roots / CAMEO codes drop acts on: the events stage skips it for a sentence with none
ACTS_ON = frozenset(("130",))


def drop(words, evs: list, lang: str) -> list:
    if lang != "ar" or not any(e.cameo in ACTS_ON and not e.target_code for e in evs):
        return evs
    sets = kind_sets("hazard_warning_ar.tsv", _KINDS)
    idx = start_index(words)
    drop_ids = set()
    for e in evs:
        if e.cameo not in ACTS_ON or e.target_code:
            continue
        i = idx.get(e.trigger_start)
        if i is None or not hazards.listed(words[i], sets["warn"]):
            continue
        if _hazard_object(words, i, sets):
            drop_ids.add(id(e))
    return [e for e in evs if id(e) not in drop_ids] if drop_ids else evs


def _hazard_object(words, i: int, sets) -> bool:
    """Is the object after "من" (within REACH words of the warning verb at ``i``) a hazard?"""
    nat = hazards.hazard_nouns("ar")
    for j in range(i + 1, min(len(words), i + 1 + REACH)):
        if words[j].punct:
            return False
        if words[j].norm != "من":
            continue
        for w in words[j + 1:j + 4]:
            if w.punct:
                return False
            if hazards.listed(w, sets["hazard"]) or hazards.listed(w, nat):
                return True
            if not hazards.listed(w, sets["lead"]):
                return False
        return False
    return False
