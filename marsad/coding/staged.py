"""The organiser of a staged protest is its source (Arabic).

"نظمت الحكومة الصومالية أمس مظاهرة حاشدة تأييدا لقرار مجلس الأمن"، "ونفذت نقابة المعلمين إضرابا": the subject of the
staging verb (cue ``stage``, :func:`marsad.coding.detect.staging_verb`) is the protest's source, even when it is a
state organ (the protest-direction rule otherwise reads a government beside a protest as the protest's target);
a target that was that same actor is cleared, so the purpose rule (``_purpose_target``, run after this) can give
the protest its addressee (تأييدا لقرار مجلس الأمن -> IGO).  Rule marker ``:organiser``.
"""
from __future__ import annotations

from .detect import staging_verb
from .structure import clear_side, fill_side, start_index

# the roots / CAMEO codes staged_source acts on: the events stage skips it for a sentence with none
ACTS_ON = frozenset(("14",))


def staged_source(words, args, evs) -> None:
    if not args:
        return
    starts = None
    for ev in evs:
        if ev.root not in ACTS_ON or ":noun:" not in ev.rule or ev.quote_id:
            continue
        if starts is None:
            starts = start_index(words)
        k = starts.get(ev.trigger_start)
        if k is None:
            continue
        j = staging_verb(words, k)
        if j < 0:
            continue
        subj = next((a for a in args if j < a.i0 and a.i1 <= k and not a.prep), None)
        if subj is None or subj.actor.id == ev.source_actor_id:
            continue
        if ev.target_actor_id == subj.actor.id:
            clear_side(ev, "target")
        fill_side(ev, "source", subj.actor, (subj.start, subj.end))
        ev.rule += ":organiser"
