"""The subject of a verb joined to an uncoded verb's clause (Arabic, round 15).

"حل الملك البرلمان ودعا إلى انتخابات جديدة": Arabic drops the repeated subject of a verb joined by و / ف, so
دعا's subject is الملك.  When the first verb is a trigger, the events stage's ``_conjoined_subject`` copies its
subject; when it is not (حل، عين، كلف …), the joined verb took the nearest actor before it -- the first verb's
object (البرلمان).  :func:`subject_before_object` (hook after the learned filter): a verb event whose trigger
carries the conjunction and whose source is the actor right before it, itself right after another bare actor
that directly follows the clause's first word (V S O وV2; V no event of its own), takes that earlier actor (S) as its source.  Not when
the two actors are one (an apposition: same code) nor for quote statements; rule marker ``:conj-clause``.
"""
from __future__ import annotations

from .structure import fill_side

_CONJ = ("و", "ف")


def subject_before_object(words, args, evs) -> None:
    if len(args) < 2:
        return
    for ev in evs:
        sp = ev.source_span
        if not sp or ev.trigger[:1] not in _CONJ or sp[1] > ev.trigger_start or ":verb:" not in ev.rule:
            continue
        # the source: a bare actor that ends right before the trigger word (found without a word index)
        o = next((a for a in args if a.start == sp[0] and not a.prep), None)
        if o is None or o.i1 >= len(words) or words[o.i1].start != ev.trigger_start:
            continue
        k = o.i1
        if k < 3 or words[k].norm[:1] not in _CONJ or len(words[k].norm) < 4:
            continue
        s = next((a for a in args if a.i1 == o.i0 and not a.prep), None)
        if s is None or s.i0 < 1 or (s.actor.code or s.actor.country) == (o.actor.code or o.actor.country):
            continue
        j = s.i0 - 1   # the first verb: the clause's first word, no actor of its own
        w = words[j]
        if w.punct or any(a.i0 <= j < a.i1 for a in args) or not (j == 0 or words[j - 1].punct):
            continue
        if any(e.trigger_start == w.start for e in evs):
            continue   # a coded first verb: _conjoined_subject's case (استقبل … وبحث معه)
        if ev.target_actor_id and (ev.target_actor_id == s.actor.id or ev.target_code == (s.actor.code or s.actor.country)):
            continue
        fill_side(ev, "source", s.actor, (s.start, s.end))
        ev.rule += ":conj-clause"
