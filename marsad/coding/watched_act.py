"""An act noun that is only the topic of a thing: what monitors watch, what a treaty bans (session 25, PREC3).

"شكل الطرفان فريقا مشتركا لمراقبة وقف إطلاق النار", "a commission to monitor the ceasefire along the border": the
ceasefire is the monitors' topic -- no one declares one there; "بانتهاك اتفاقية منع الإبادة الجماعية", "of breaching
the convention against torture": the act noun is part of a treaty's name -- no one commits it.  An event whose
trigger starts right after a monitoring word (``watched_act.tsv`` kind ``watch``: مراقبة with its prefix ل / ب / و,
مراقبي، تراقب، monitor, oversee, supervise …; in English one determiner, kind ``det``, may stand between; or compliance with it: التزام، يلتزم, session 40, a treaty noun between) or two words
after a treaty noun (kind ``treaty``: اتفاقية، معاهدة، convention, treaty) with a ban word between (kind ``ban``: منع،
حظر، مكافحة، against) is dropped, and so is one after a purpose prevention word and "أعمال" ("لمنع أعمال الإبادة الجماعية": the acts to
prevent, kinds ``prevent`` and ``acts``; session 41 -- not مكافحة: "وسائل لمكافحة أعمال الشغب" names riot gear where
stones were thrown, a GSR PROTEST row, and its riot noun carried a span key), and one after a stance or role noun and
its topic preposition ("سيعلن موقفه من الاستقالة"، "ستبقي دورها في الوساطة قيد المراجعة": what the stance is about,
kinds ``stance`` and ``stance_prep``; session 42, PREC42) -- but a meeting (root 04, or 036 for one still to come: "will oversee
the talks") still meets.  Session 43 (PREC43): an Arabic act noun with the purpose ل after a plan noun (kind ``plan``,
at most two words such as its adjectives between: "مقترح أمريكي جديد لوقف إطلاق النار"، "جدول زمني لانسحاب القوات"،
"دولة ضامنة لمحادثات السلام") or after the goal "للتوصل إلى" (kind ``goal``: "جهود الوساطة للتوصل إلى وقف لإطلاق
النار") is what the plan or the effort is for, no act told -- a meeting too; a committee's task ("لجنة للتحقيق") is
not read here (the gold codes a committee formed to investigate as the investigation), nor is the content of an
appeal ("ودعا إلى البناء عليه للتوصل إلى وقف دائم لإطلاق النار": a demanded act noun refines the appeal's code).  And the act noun after a
verb of totals and a number (kind ``total``: "إن الغارات بلغت 73 غارة") is the count of the acts told, no act of its
own; the act noun right after a discussion masdar (kind ``discuss``: "قمة عربية طارئة لبحث الاعتداء الإسرائيلي على
قطر") is the topic discussed, the act told before -- a meeting discussed still meets, as above.  The monitoring itself ("monitor" 090 where it is a trigger) stays, and so do
"violated the ceasefire", "أعلن الطرفان وقف إطلاق النار" and "قوات تراقب الحدود" (no act noun after it).
Session 52 (PREC52): a ceasefire named by its context is no truce told -- an Arabic truce noun (087) right after a
talks noun (kind ``accord``: "إفشال مفاوضات وقف إطلاق النار") or after an agreement noun framed by a word of time
(kinds ``agreement`` and ``since``: "رغم اتفاق وقف إطلاق النار المبرم"، "بعد اتفاق وقف إطلاق النار"; welcomed or
entering into force it is told and stays), and the fire noun right after the halt masdar (kinds ``halt`` and
``fire``: "بخرق اتفاق وقف إطلاق النار", no shooting).
"""
from __future__ import annotations

from .hazards import derived, listed
from .structure import has_any_form, kind_sets, listed_forms, start_index

_KINDS = ("watch", "det", "treaty", "ban", "acts", "prevent", "stance", "stance_prep", "plan", "goal", "total",
          "discuss", "accord", "agreement", "since", "halt", "fire", "uphold")
_TRUCE = "087"   # a ceasefire or truce: after an agreement or talks noun it names the agreement (kind accord)
_FIRE_ROOT = "19"   # the fire noun of a ceasefire's name coded as shooting (kinds halt and fire)
_PLAN_GAP = 2   # words (adjectives, the proposer) between a plan noun and its purpose
_QUOTE_MARKS = frozenset(('"', "«", "»", "“", "”"))


def _topic(words, k: int, sets: dict) -> bool:
    """Is words[k] the first word of an act noun that is the topic of a monitoring word or a treaty's name?"""
    j = k - 1
    if j >= 0 and words[j].norm in sets["det"]:
        j -= 1
    elif j > 0 and listed(words[j], sets["treaty"]):
        j -= 1   # ("التزامها باتفاق وقف إطلاق النار": the agreement's name between; session 40 PREC40)
    if j >= 0 and not words[j].punct and listed(words[j], sets["watch"]):
        return True
    if k > 1 and words[k - 1].norm in sets["acts"] and words[k - 2].prefix[:1] == "ل" \
            and listed(words[k - 2], sets["prevent"]):
        return True   # "لمنع أعمال الإبادة الجماعية": the acts a measure is to prevent, none done (session 41 PREC41)
    if k > 1 and words[k - 1].norm in sets["stance_prep"]:
        j = k - 2 if words[k - 2].text not in _QUOTE_MARKS else k - 3
        if j >= 0 and listed(words[j], sets["stance"]):
            return True   # 'سيعلن "موقفه" من الاستقالة'، "ستبقي دورها في الوساطة": a stance's topic (session 42 PREC42)
    if k > 0 and not words[k - 1].punct and listed(words[k - 1], sets["discuss"]):
        return True   # "قمة طارئة لبحث الاعتداء الإسرائيلي على قطر": the topic discussed, told before (session 43 PREC43)
    if k > 1 and (words[k - 1].norm.isdigit() or "quant" in words[k - 1].cue) and listed(words[k - 2], sets["total"]):
        return True   # "إن الغارات بلغت 73 غارة": the count of the acts told, no act of its own (session 43 PREC43)
    return k > 1 and listed(words[k - 1], sets["ban"]) and listed(words[k - 2], sets["treaty"])


def _named_truce(words, k: int, e, sets: dict) -> bool:
    """Is words[k], the first word of an Arabic act noun, part of a ceasefire named by its context (session 52,
    PREC52): a truce noun (087) right after a talks noun, or after an agreement noun framed by a word of time (see
    the module doc), or the fire noun right after the halt masdar
    ("بخرق اتفاق وقف إطلاق النار": kinds ``halt`` and ``fire``, the shooting a ceasefire stops)?"""
    if k < 1 or words[k - 1].punct:
        return False
    if e.cameo.startswith(_TRUCE):
        if listed(words[k - 1], sets["accord"]) or listed(words[k - 1], sets["uphold"]):
            return True   # "إفشال مفاوضات وقف إطلاق النار": the truce the talks are about; "احترام وقف إطلاق النار"
        if k > 1 and listed(words[k - 1], sets["agreement"]):
            # "بتنفيذ اتفاق وقف إطلاق النار"، "بالانقلاب على اتفاق …": an agreement carried out, kept or broken is one
            # told before, no truce agreed here (session 55, PRECAR55; على may stand between)
            j = k - 3 if k > 2 and words[k - 2].norm == "علي" else k - 2
            if not words[j].punct and listed(words[j], sets["uphold"]):
                return True
        # "رغم اتفاق وقف إطلاق النار المبرم": an agreement in force told as the frame; welcomed or entering into force
        # ("ورحب الأردن باتفاق وقف إطلاق النار"، "دخول اتفاق وقف إطلاق النار حيز التنفيذ") it is told and stays
        return k > 1 and listed(words[k - 1], sets["agreement"]) and listed(words[k - 2], sets["since"])
    return e.root == _FIRE_ROOT and listed(words[k], sets["fire"]) and listed(words[k - 1], sets["halt"])


def _purpose_l(w) -> bool:
    """Does the word carry the purpose ل ("لوقف"، "لمحادثات"; "لانسحاب" keeps it in its norm: ل before an alef)?"""
    return w.prefix[:1] == "ل" or (not w.prefix and w.norm[:2] == "لا" and len(w.norm) > 4)


def _goal(words, k: int, sets: dict) -> bool:
    """Is words[k], the first word of an act noun, what a plan or an effort is for (see the module doc)?"""
    if k < 2:
        return False
    if words[k - 1].norm == "الي":
        g = words[k - 2]
        return not g.punct and g.prefix[:1] == "ل" and listed(g, sets["goal"])   # "للتوصل إلى وقف …"
    if not _purpose_l(words[k]):
        return False
    for j in range(k - 1, max(-1, k - 2 - _PLAN_GAP), -1):
        w = words[j]
        if w.punct or (j < k - 1 and ((w.trig and w.trig[1]) or w.prefix[:1] == "و")):
            return False   # (a verb or a new conjunct between: not the plan's own phrase)
        if listed(w, sets["plan"]):
            return True
    return False


def _gate(sets: dict) -> frozenset:
    """The words one of which :func:`_topic` or :func:`_goal` needs in the sentence: a monitoring word, a ban word, a
    stance, plan, goal, total or discussion word, as listed."""
    return listed_forms(sets["watch"] | sets["ban"] | sets["stance"] | sets["plan"] | sets["goal"]
                        | sets["total"] | sets["discuss"] | sets["accord"] | sets["agreement"] | sets["halt"]
                        | sets["uphold"])


def drop(words, evs: list, *, gate: bool = True) -> list:
    """``evs`` without the act nouns that are a monitoring word's or a treaty name's topic (see the module doc);
    ``gate``: the set test of :func:`_gate` first (False: the walk only, the same result)."""
    sets = kind_sets("watched_act.tsv", _KINDS)
    if gate and not has_any_form(words, derived("watched_act", sets, _gate)):
        return evs   # (no monitoring or ban word in the sentence: one set test; session 32, SPD32)
    at = start_index(words)
    return [e for e in evs if at.get(e.trigger_start) is None
            or not ((":noun:" in e.rule and e.modality != "demand" and _goal(words, at[e.trigger_start], sets))
                    or (":noun:" in e.rule and _named_truce(words, at[e.trigger_start], e, sets))
                    or (e.root != "04" and e.cameo != "036" and _topic(words, at[e.trigger_start], sets)))]
