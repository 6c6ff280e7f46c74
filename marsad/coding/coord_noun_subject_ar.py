"""Both coordinated subjects of a clause whose act is a noun (Arabic, session 20 B7AR).

"تواصل تركيا وقطر جهود الوساطة بين الطرفين"، "تبذل مصر والأردن مساعي التهدئة": an uncoded verb (continue, make,
lead) whose subject is two actors joined by و, then the act as a noun (الوساطة، مساعي …).  The noun event took the
nearest actor before it (the second conjunct) as its source; the first conjunct, right after the clause's verb, acts
as well: a copy of the event with it as source.  Only when the two conjuncts are bare actors (no preposition) of two
different codes, the first right after a non-actor word (the verb) that has no event of its own, the second right
after it with the conjunction, and the noun trigger at most ``REACH`` words after the second (the act noun and its
head: "جهود الوساطة").  Rule marker ``:coord-subj``.  A verb trigger ("دعت مصر وقطر") already fans out in the
stage; "دعم مصر وقطر للوساطة" (the verb a trigger itself) is left alone.  (Session 34) When the act's object carries the
dual suffix هما ("أعادت كولومبيا وفنزويلا فتح حدودهما"), each conjunct acts toward the other (marker ``:dual-owner``).
"""
from __future__ import annotations

from dataclasses import replace

from ..model import stable_id
from .structure import fill_side, insert_after, start_index

REACH = 3


def apply(words, args, evs) -> None:
    if len(args) < 2:
        return
    added: dict = {}
    starts = None
    for ev in evs:
        if ":noun:" not in ev.rule or not ev.source_span or ev.source_span[1] > ev.trigger_start:
            continue
        b = next((a for a in args if a.start == ev.source_span[0] and not a.prep), None)
        if b is None or b.i0 < 2 or not words[b.i0].norm.startswith("و"):
            continue
        a = next((x for x in args if x.i1 == b.i0 and not x.prep), None)
        if a is None or a.i0 < 1 or (a.actor.code or a.actor.country) == (b.actor.code or b.actor.country):
            continue
        v = words[a.i0 - 1]
        if v.punct or any(x.i0 <= a.i0 - 1 < x.i1 for x in args) or any(e.trigger_start == v.start for e in evs):
            continue
        if starts is None:
            starts = start_index(words)
        k = starts.get(ev.trigger_start)
        if k is None or not (b.i1 <= k <= b.i1 + REACH - 1) or any(words[x].punct for x in range(b.i1, k)):
            continue
        if any(e.trigger_start == ev.trigger_start and e.source_actor_id == a.actor.id for e in evs):
            continue
        cp = replace(ev, id=stable_id(ev.id, "coord-subj"))
        cp.plover_context = list(ev.plover_context)
        fill_side(cp, "source", a.actor, (a.start, a.end))
        cp.rule += ":coord-subj"
        if not ev.target_code and ev.trigger.split()[-1].endswith("هما"):
            # "أعادت كولومبيا وفنزويلا فتح حدودهما": the act's object is the pair's own (a dual suffix): each acts
            # toward the other (session 34)
            fill_side(ev, "target", a.actor, (a.start, a.end))
            fill_side(cp, "target", b.actor, (b.start, b.end))
            ev.rule += ":dual-owner"
            cp.rule += ":dual-owner"
        added.setdefault(id(ev), []).append(cp)
    insert_after(evs, added)
