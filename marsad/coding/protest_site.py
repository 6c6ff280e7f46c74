"""A protest's site and its purpose, coded the same way by its verb and its purpose noun (Arabic, round 14).

"تظاهر المئات أمام السفارة الأمريكية احتجاجا على قرار الحكومة العراقية": one protest, two candidates -- the
verb (تظاهر) and the purpose noun (احتجاجا, a protest noun of its own).  The dev span gold codes each trigger
with the actor of its own phrase: the verb with the site before the purpose (أمام مقر رئيس الوزراء البريطاني:
GBR), the purpose noun with the purpose's actor (للاحتجاج على انتهاكات الرئيس الباكستاني: PAK).  The coder
did so when both sides were found, but not when only one was:
- a verb whose target was found *inside* the purpose phrase (تظاهر الآلاف احتجاجا على العدوان الإسرائيلي:
  the verb took ISR as its object) left the purpose noun without a target, and a purpose noun whose target
  the purpose rule found left the verb without one;
- the crowd's source was kept by one of the two only (the aim-not-source rule cleared the verb's).
:func:`site_and_purpose` (hook after ``_purpose_target``): for a protest verb event V and a protest purpose
noun event P after it in the same sentence (no sentence punctuation between), the aim is P's target or, when
none, V's target if its evidence lies after P's trigger; the site is V's target if its evidence lies before
P's trigger.  P takes the aim; V takes the site, else the aim; a crowd source missing on one side is copied
from the other (never a state: protesters are the public).  Rule marker ``:site-purpose``.
"""
from __future__ import annotations

from .structure import copy_side, start_index

_BOUNDARY = frozenset(".؛;:!?؟")


def site_and_purpose(words, evs) -> None:
    verbs = [e for e in evs if e.root == "14" and ":verb:" in e.rule]
    if not verbs:
        return
    nouns = [e for e in evs if e.root == "14" and ":noun:" in e.rule]
    if not nouns:
        return
    starts = start_index(words)
    for p in nouns:
        k = starts.get(p.trigger_start)
        if k is None or "protest_purpose" not in words[k].cue:
            continue
        v = None
        for e in verbs:
            if e.trigger_end <= p.trigger_start:
                v = e   # the nearest protest verb before the purpose noun
        if v is None:
            continue
        i = starts.get(v.trigger_start)
        if i is None or any(words[x].text in _BOUNDARY for x in range(i, k)):
            continue
        changed = False
        v_tgt_after = v.target_span is not None and v.target_span[0] >= p.trigger_end
        if not (p.target_code or p.target_actor_id) and v_tgt_after:
            copy_side(p, "target", v, "target")   # the aim the verb read as its object
            changed = True
        if p.target_code and not (v.target_code or v.target_actor_id):
            copy_side(v, "target", p, "target")   # no site: the protest is against its aim
            changed = True
        elif p.target_code and v_tgt_after and (v.target_actor_id, v.target_code) != (p.target_actor_id, p.target_code):
            copy_side(v, "target", p, "target")
            changed = True
        for a, b in ((v, p), (p, v)):
            if not (a.source_code or a.source_actor_id) and (b.source_code or b.source_actor_id) and \
                    (b.source_role or "") not in ("GOV", "MIL", "COP", "LEG", "JUD", "SPY") and \
                    (b.source_actor_id is None or b.source_actor_id not in (a.target_actor_id,)):
                copy_side(a, "source", b, "source")
                if ":crowd-quant" in b.rule and ":crowd-quant" not in a.rule:
                    a.rule += ":crowd-quant"   # (the crowd's country is given after the sentence rules)
                changed = True
        if changed:
            p.rule += ":site-purpose"
            v.rule += ":site-purpose"
