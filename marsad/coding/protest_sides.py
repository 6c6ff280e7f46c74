"""Sides of Arabic protests read after the learned filter.

:func:`loyal_target`: an actor right after a loyalty / support word (cue ``loyal``: الموالية، المؤيدين، المناصرين …)
describes the crowd ("متظاهرون من حركة … الموالية للحكومة الروسية"، "المتظاهرين المؤيدين للحكومة السورية"), it is
not what the crowd protests against: a protest whose target is such an actor takes instead the state actor at the
crowd's site after it in the clause (cue ``site``: أمام السفارة التركية -> TUR), or no target (the purpose rule, run
after this, may give one).  Rule marker ``:loyal``.  A crowd with no country of its own takes the country of the
state it is loyal to (متظاهرون … موالون للكرملين في موسكو -> RUS, civilians), unless the sentence places the protest in
another country (موالون لإيران في بغداد: Iraqis); marker ``:src-loyal``, evidence the loyalty phrase.

:func:`beneficiary_target`: "تظاهر الآلاف للمطالبة بإطلاق سراح الصحفي الفرنسي"، "بعودة الرئيس المعزول"، "بالإفراج عن
زعيم المعارضة": the actor right after a return / release noun (cue ``benefit``: عودة، سراح، الإفراج، سبيل; or after
عن after one) is, in a demand (a cue ``demand`` up to six words before: للمطالبة، مطالبين الحكومة، يطالبون), whom the
protesters speak for, not whom they protest against ("احتجاجا على عودة القوات الأمريكية" keeps USA) -- in CAMEO the target is the one who
holds them or keeps them out, who is often unnamed.  A protest whose target is such an actor loses it (the purpose
rule, run after this, skips such actors too and may find the real one: "… مطالبين الحكومة بالإفراج عن …").  Rule
marker ``:benefit``.  (Session 12, SPN.)
"""
from __future__ import annotations

from .structure import clear_side, fill_side, start_index


def beneficiary(words, i0: int) -> bool:
    """Is the word ``i0`` (an actor's first word) right after a demanded return / release noun (or after عن after
    one)?"""
    j = i0 - 1
    if j > 0 and words[j].norm == "عن":
        j -= 1
    return j >= 0 and "benefit" in words[j].cue and any("demand" in words[x].cue for x in range(max(0, j - 6), j))


def beneficiary_target(words, evs) -> None:
    starts = None
    for ev in evs:
        if ev.root != "14" or not ev.target_span:
            continue
        if starts is None:
            starts = start_index(words)
        i0 = starts.get(ev.target_span[0])
        if i0 is not None and beneficiary(words, i0):
            clear_side(ev, "target")
            ev.rule += ":benefit"


def loyal_target(doc, words, args, evs) -> None:
    if not args:
        return
    for ev in evs:
        if ev.root != "14" or not ev.target_span:
            continue
        t = next((a for a in args if a.actor.id == ev.target_actor_id and (a.start, a.end) == tuple(ev.target_span)),
                 None)
        if t is None or t.i0 < 1 or "loyal" not in words[t.i0 - 1].cue:
            continue
        site = None
        for a in args:
            if a.i0 < t.i1 or not a.actor.country or a is t:
                continue
            if any(words[x].punct for x in range(t.i1, a.i0)):
                break
            if any("site" in words[x].cue for x in range(max(t.i1, a.i0 - 2), a.i0)):
                site = a
                break
        if site is None:
            clear_side(ev, "target")
        else:
            fill_side(ev, "target", site.actor, (site.start, site.end))
        ev.rule += ":loyal"
        c = t.actor.country
        tgt = ev.target_span or (0, 0)
        if c and not ev.source_country and not any(
                p.country and p.country != c and ev.sentence_start <= p.start < ev.sentence_end
                and not tgt[0] <= p.start < tgt[1] for p in doc.places):   # سفارة استونيا: the target's own name
            ev.source_country, ev.source_code = c, c + (ev.source_role or "CVL")
            ev.source_role = ev.source_role or "CVL"
            if not ev.source_span:
                ev.source_span = (words[t.i0 - 1].start, t.end)
            ev.rule += ":src-loyal"
