"""هاجم with an unarmed subject: a verbal attack, 111 (session 18, B5EV).

"هاجم نائب في البرلمان الحكومة"، "هاجمت صحيفة مصرية الحكومة الإثيوبية"، "فقد هاجم معارضون مصريون …" gave 190, an
armed attack.  An event 190 whose trigger is one word listed in ``verbal_attack_ar.tsv`` (kind ``verb``) with a
word of kind ``speaker`` right after it (the verb-first subject: an MP, a newspaper, a party, opposition figures,
activists) becomes 111 (criticise or denounce).  The abstract objects (التقارب، السياسة، القرار، تصريحات) are the
111 row of ``manual_ar.tsv``.  "هاجم مسلحون قاعدة"، "هاجمت فصائل المعارضة حاجزا" stay 190.

Session 35 (gsr35): the light verb شن with the object هجوما ("شنت أحزاب المعارضة هجوما عنيفا على البطريرك"، "شن
النائب هجوما على وزير الداخلية") is the same verbal attack when its subject is a speaker (right after the verb, or
after one head word of kind ``head``: "شنت أطراف المعارضة") and its target a political side (a target there at all, its
role no force or armed group): the adjectives عنيف / شديد are not told apart from an armed attack by
the ``manual_ar.tsv`` 111 row of شن, which lists only the unambiguous ones (لاذع، حاد، كلامي).  "شن المسلحون هجوما
عنيفا على مواقع الجيش" (no speaker) and "شنت المعارضة هجوما على مواقع الجيش" (a military target) stay 190.
Session 45: هاجم whose first comma opens a speech participle (kind ``said``: "هاجم ترامب كييف …، قائلا إن …") is a
verbal attack too, whoever the subject.
"""
from __future__ import annotations

from .english import recode_event
from .hazards import listed
from .structure import has_any_form, kind_sets, start_index

_KINDS = ("verb", "speaker", "light", "light_object", "head", "armed_adj", "said", "said_joined", "said_comp")
# target roles that keep a light-verb attack armed ("شنت المعارضة هجوما على مواقع الجيش"): forces and armed groups
_ARMED_ROLES = frozenset(("MIL", "COP", "REB", "UAF", "SPY", "INS"))


def _sets() -> dict:
    return kind_sets("verbal_attack_ar.tsv", _KINDS)


def apply(words, evs: list) -> None:
    """Recode in place the 190 events of هاجم with an unarmed subject (see the module doc)."""
    f = _sets()
    if not any(e.cameo == "190" for e in evs) or not (
            has_any_form(words, f["speaker"]) or has_any_form(words, f["said"])
            or has_any_form(words, f["said_joined"])):
        return
    idx = start_index(words)
    for e in evs:
        if e.cameo != "190":
            continue
        i = idx.get(e.trigger_start)
        if i is None or i + 1 >= len(words):
            continue
        if e.trigger_end == words[i].end and listed(words[i], f["verb"]) and (
                listed(words[i + 1], f["speaker"]) or _said_after(words, i, f)):
            recode_event(e, "111")
        elif listed(words[i], f["light"]) and _light_verbal(words, i, e, f):
            recode_event(e, "111")


def _light_verbal(words, i: int, e, f) -> bool:
    """شن + a speaker subject + هجوما, the target a political side (see the module doc)."""
    k = i + 1
    if listed(words[k], f["head"]) and k + 1 < len(words):
        k += 1
    if not (listed(words[k], f["speaker"]) or words[k].norm in f["speaker"]) \
            or (k + 1 < len(words) and listed(words[k + 1], f["armed_adj"])):
        return False   # (a speaker list form may keep its article: المعارضه; the armed opposition, المعارضة المسلحة)
    obj = next((j for j in range(k + 1, min(len(words), k + 5)) if listed(words[j], f["light_object"])), -1)
    if obj < 0 or e.trigger_end < words[obj].end:
        return False   # the object هجوما inside the trigger's span (شنت … هجوما): not غارات, حربا, حملة
    return bool(e.target_code) and (e.target_role or "") not in _ARMED_ROLES


_SAID_REACH = 16   # words from the verb to the comma-set speech participle
_QUOTE_MARKS = frozenset(('"', "«", "»", "“", "”"))


def _said_after(words, i: int, f) -> bool:
    """(session 45) "هاجم ترامب كييف مساء أمس من مقر إقامته، قائلا إنه …": a speech participle (kind ``said``) opening
    the clause after the verb's first comma tells the attack in words."""
    for j in range(i + 1, min(len(words), i + _SAID_REACH)):
        w = words[j]
        if w.punct and w.text in _QUOTE_MARKS:
            continue   # (a quoted name of the object, 'مراسلة شبكة "سي إن إن"', ends no clause; session 50)
        if w.punct:
            if w.text not in ("،", ",") or j + 1 >= len(words):
                return False
            # (session 50) "وهاجم ترامب مراسلة الشبكة التي طرحت السؤال، وقال إنها …": a speech verb joined by و with no
            # subject of its own (its complementizer right after it, kind said_comp) goes on with the attacker's words
            return listed(words[j + 1], f["said"]) or (
                words[j + 1].text[:1] == "و" and listed(words[j + 1], f["said_joined"]) and j + 2 < len(words)
                and listed(words[j + 2], f["said_comp"]))
    return False

