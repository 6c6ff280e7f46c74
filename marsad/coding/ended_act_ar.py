"""An Arabic act noun that a verb of ending has for object, or a verb of stopping for subject (session 43, PREC43).

"إثيوبيا وإريتريا توقعان إعلانا ينهي "حالة الحرب""، "اتفاق وقف إطلاق النار الذي أنهى معارك استمرت أكثر من عام"،
"مؤكدا أن الاشتباكات داخل المدينة "توقفت بالكامل"": what ends or stops is a happening told as over -- the report is
its end (a truce, a declaration; the gold codes the ending, or the stopping as 08, and the ended act as optional
background or not at all: in-sample 1 optional, 2 extra, none required).  A noun event whose trigger is the object of
a finite verb of ending (``ended_act_ar.tsv`` kind ``end``, a word of kind ``state`` such as حالة and a quotation
mark may stand between) or the subject of a verb of stopping (kind ``stop``, at most :data:`_REACH` words after it:
its adjectives and place, no punctuation but a quotation mark, and no negation right before the verb: "الغارات لم
تتوقف" reports attacks going on) is dropped.  "وقف الهجمات" after an appeal stays: the demanded content is coded with
its modality (test_events_rules_ar); "عملية عسكرية انتهت بالاستيلاء على سفينة" told a happening that ended in another
(انتهى is no stop verb here).  Session 45 (PREC45): a truce (087) that expires or collapses after it ("هدد بأن وقف
إطلاق النار "سينتهي""، "الهدنة انهارت"; kind ``truce_stop``) is no truce agreed either.  Session 49 (prec49): nor is
a truce right after a masdar of keeping it (kind ``truce_keep``: "في إطار جهود واشنطن لتثبيت وقف إطلاق النار"،
"ترسيخ الهدنة"): the truce in force that an act serves.
"""
from __future__ import annotations

from .hazards import derived, listed
from .structure import has_any_form, kind_sets, listed_forms, start_index

_KINDS = ("end", "state", "stop", "truce_stop", "truce_keep")
_TRUCE = "087"   # a ceasefire or truce: its expiry or collapse ends it too (kind truce_stop, session 45 PREC45)
_REACH = 3   # words between the noun and its stop verb, quotation marks aside ("المواجهات في وسط المدينة "توقفت")
_QUOTES = frozenset(('"', "«", "»", "“", "”"))


def _ended(words, k: int, sets: dict) -> bool:
    """Is words[k], an act noun's first word, the object of a verb of ending (see the module doc)?"""
    j = k - 1
    while j >= 0 and (words[j].text in _QUOTES or words[j].norm in sets["state"]):
        j -= 1
    return j >= 0 and not words[j].punct and listed(words[j], sets["end"])


def _stopped(words, k: int, sets: dict, truce: bool = False) -> bool:
    """Is words[k], an act noun's first word, the subject of a verb of stopping (see the module doc)?  For a truce
    (``truce``) a verb of expiry or collapse too (kind ``truce_stop``: "بأن وقف إطلاق النار "سينتهي"")."""
    stop = sets["stop"] | sets["truce_stop"] if truce else sets["stop"]
    n = 0
    for j in range(k + 1, len(words)):
        w = words[j]
        if w.text in _QUOTES:
            continue
        if w.punct or n > _REACH:
            return False
        if listed(w, stop):
            return not ("neg" in words[j - 1].cue)
        n += 1
    return False


def _kept(words, k: int, sets: dict) -> bool:
    """Is words[k], a truce noun's first word, the object of a masdar of keeping it (kind ``truce_keep``)?"""
    return k > 0 and listed(words[k - 1], sets["truce_keep"])


def _gate(sets: dict) -> frozenset:
    """The words one of which :func:`drop` needs in the sentence: a verb of ending or of stopping, as listed."""
    return listed_forms(sets["end"] | sets["stop"] | sets["truce_stop"] | sets["truce_keep"])


def drop(words, evs: list) -> list:
    """``evs`` without the act nouns told as ended or stopped (see the module doc)."""
    if not any(":noun:" in e.rule for e in evs):
        return evs
    sets = kind_sets("ended_act_ar.tsv", _KINDS)
    if not has_any_form(words, derived("ended_act_ar", sets, _gate)):
        return evs   # (no verb of ending or stopping in the sentence: one set test)
    at = start_index(words)
    gone = [e for e in evs if ":noun:" in e.rule and at.get(e.trigger_start) is not None
            and (_ended(words, at[e.trigger_start], sets)
                 or _stopped(words, at[e.trigger_start], sets, e.cameo.startswith(_TRUCE))
                 or (e.cameo.startswith(_TRUCE) and _kept(words, at[e.trigger_start], sets)))]
    return [e for e in evs if e not in gone] if gone else evs
