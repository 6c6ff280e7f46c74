"""A drone, not a march: "مسيرة / مسيرات" after an aircraft word or beside a strike verb (Arabic, session 20, B7EV).

"شنت قوات … هجمات بطائرات مسيرة"، "أصابت مسيرة أخرى محيط المطار"، "أسقطت الدفاعات الجوية عددا من المسيرات"،
"ومسيرات الجيش تضرب المدينة": the noun is the (guided) aircraft, so its protest-march reading (141) is dropped before
coding; the strike verb or the light verb (شن + هجمات) codes the attack.  A march adjective right after the noun keeps the
march ("هاجمت الشرطة مسيرة سلمية"), as does a march with no aircraft word and no strike verb beside it ("خرج الآلاف في
مسيرة").  A broadcaster's or a paper's name is neither ("قال المتحدث لقناة المسيرة": session 25, B12AR).  Words in
``drone_ar.tsv``.  (Session 45) A story that names drones outright ("الطائرات المسيرة"، "مسيرات انتحارية") reads the
bare noun as a drone in its other sentences too ("بعد ضربات المسيرات على المدينة"، "ومسيرات متطورة تستخدم في …"),
except in a sentence with a protester word ("ورفع المتظاهرون شعارات خلال المسيرة").
"""
from __future__ import annotations

import functools

from ..lang.normalize import normalize
from .structure import has_any_form, kind_sets, start_index

_KINDS = ("noun", "craft", "strike", "march", "outlet", "drone_adj", "protester", "weapon_before", "attack_before")


def _form(w) -> str:
    return w.stem or w.norm


def _in(w, forms) -> bool:
    """The word, its stem or the word without a leading و / ف in ``forms``."""
    n = w.norm
    return n in forms or (w.stem or "") in forms or (n[:1] in ("و", "ف") and n[1:] in forms)


def _drone(words, k: int, sets, story: bool = False) -> bool:
    """Is the march / drone noun at word ``k`` a drone?  ``story``: the story names drones outright."""
    n = len(words)
    if _form(words[k]) not in sets["noun"] or (k + 1 < n and _form(words[k + 1]) in sets["march"]):
        return False
    craft, strike = sets["craft"], sets["strike"]
    if k > 0 and (_in(words[k - 1], craft) or _in(words[k - 1], sets["outlet"])):
        return True   # (an aircraft: "بطائرة مسيرة"; a channel's name: "لقناة المسيرة")
    if k + 1 < n and _form(words[k + 1]) in sets["drone_adj"]:
        return True   # "مسيرات انتحارية"
    if k > 0 and ((words[k].norm[:1] == "و" and words[k - 1].norm in sets["weapon_before"])
                  or (words[k].norm[:1] == "ب" and words[k - 1].norm in sets["attack_before"])):
        return True   # (session 45) "صواريخ ومسيرات" (with missiles), "بعد هجوم بمسيرة حوثية" (an attack's means)
    if any(not words[j].punct and _in(words[j], strike) for j in range(max(0, k - 3), min(n, k + 4)) if j != k):
        return True
    return story and not any(_in(w, sets["protester"]) for w in words)


@functools.lru_cache(maxsize=16)
def drone_story(text: str) -> bool:
    """Does the story name drones outright: a craft word right before the noun or a drone adjective right after it?"""
    if "مسير" not in text:
        return False
    sets = kind_sets("drone_ar.tsv", _KINDS)
    toks = [normalize(t) for t in text.split()]
    nouns = sets["noun"]
    for a, b in zip(toks, toks[1:]):
        b = b.rstrip("،,.:؛\"»")
        if (b in nouns and (a in sets["craft"] or (a[:1] in ("و", "ب", "ف") and a[1:] in sets["craft"]))) or (
                a in nouns or (a[:1] in ("و", "ب", "ف") and a[1:] in nouns)) and b in sets["drone_adj"]:
            return True
    return False


def drop_marches(trigs, words, text: str = ""):
    """``trigs`` ([(word index, last index, Trigger, prep index)]) without the root-14 noun triggers on a drone
    (``text``: the whole story, read by :func:`drone_story`)."""
    sets = kind_sets("drone_ar.tsv", _KINDS)
    if not has_any_form(words, sets["noun"]):
        return trigs
    story = None
    out = []
    for t in trigs:
        if t[2].kind == "noun" and t[2].cameo[:2] == "14":
            if story is None:
                story = drone_story(text)
            if _drone(words, t[0], sets, story):
                continue
        out.append(t)
    return out


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
