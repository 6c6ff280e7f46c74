"""A drone, not a march: "مسيرة / مسيرات" after an aircraft word or beside a strike verb (Arabic, session 20, B7EV).

"شنت قوات … هجمات بطائرات مسيرة"، "أصابت مسيرة أخرى محيط المطار"، "أسقطت الدفاعات الجوية عددا من المسيرات"،
"ومسيرات الجيش تضرب المدينة": the noun is the (guided) aircraft, so its protest-march reading (141) is dropped before
coding; the strike verb or the light verb (شن + هجمات) codes the attack.  A march adjective right after the noun keeps the
march ("هاجمت الشرطة مسيرة سلمية"), as does a march with no aircraft word and no strike verb beside it ("خرج الآلاف في
مسيرة").  A broadcaster's or a paper's name is neither ("قال المتحدث لقناة المسيرة": session 25, B12AR).  Words in
``drone_ar.tsv``.
"""
from __future__ import annotations

from .structure import has_any_form, kind_sets, start_index

_KINDS = ("noun", "craft", "strike", "march", "outlet")


def _form(w) -> str:
    return w.stem or w.norm


def _in(w, forms) -> bool:
    """The word, its stem or the word without a leading و / ف in ``forms``."""
    n = w.norm
    return n in forms or (w.stem or "") in forms or (n[:1] in ("و", "ف") and n[1:] in forms)


def _drone(words, k: int, sets) -> bool:
    """Is the march / drone noun at word ``k`` a drone?"""
    n = len(words)
    if _form(words[k]) not in sets["noun"] or (k + 1 < n and _form(words[k + 1]) in sets["march"]):
        return False
    craft, strike = sets["craft"], sets["strike"]
    if k > 0 and (_in(words[k - 1], craft) or _in(words[k - 1], sets["outlet"])):
        return True   # (an aircraft: "بطائرة مسيرة"; a channel's name: "لقناة المسيرة")
    return any(not words[j].punct and _in(words[j], strike)
               for j in range(max(0, k - 3), min(n, k + 4)) if j != k)


def drop_marches(trigs, words):
    """``trigs`` ([(word index, last index, Trigger, prep index)]) without the root-14 noun triggers on a drone."""
    sets = kind_sets("drone_ar.tsv", _KINDS)
    if not has_any_form(words, sets["noun"]):
        return trigs
    return [t for t in trigs if not (t[2].kind == "noun" and t[2].cameo[:2] == "14" and _drone(words, t[0], sets))]


def drop_implied(words, evs: list) -> list:
    """``evs`` without an implied protest (``implied.add_implied``: a crowd acted on) whose crowd word is a drone
    (:func:`_drone`, or the noun inside the trigger span of an attack: "أسقطت الدفاعات الجوية ثلاث مسيرات", the
    downing row of ``manual_ar.tsv`` lists مسيرات as its object)."""
    sets = kind_sets("drone_ar.tsv", _KINDS)
    if not has_any_form(words, sets["noun"]):
        return evs
    starts = start_index(words)
    out = []
    for ev in evs:
        k = starts.get(ev.trigger_start) if ev.root == "14" and ":implied" in ev.rule else None
        if k is not None and _form(words[k]) in sets["noun"] and (_drone(words, k, sets) or any(
                e.root in ("18", "19") and e.trigger_start <= ev.trigger_start < e.trigger_end for e in evs)):
            continue   # (or the object inside a force verb's span: "وأسقطت الدفاعات الجوية ثلاث مسيرات")
        out.append(ev)
    return out
