"""A plural pronoun subject is not a singular speaker (Arabic).

"وقالت الشرطة الباكستانية إن مسلحين هاجموا نقطة تفتيش وإنهم خطفوا ثلاثة جنود": the pronoun subject right
before a verb of reported speech (cue ``pron_speaker``) is read as the speaker (أكد الحلف أنه قتل …); a plural
pronoun (أنهم، إنهم، بأنهم) cannot be a speaker that is one body, person or country (the police, the president),
so it takes the nearest group actor named before it after the sentence's first speech cue (مسلحين), not under a
preposition.  With no
such antecedent the event keeps the speaker.  Rule marker ``:pron-plural``.  Runs before the learned filter, as the
speaker rule it corrects.
"""
from __future__ import annotations

from .structure import fill_side, start_index

_SINGULAR_KINDS = frozenset(["organisation", "person", "country"])


def plural_pronoun_source(doc, words, args, quotes, evs) -> None:
    if not args or not quotes:
        return
    starts = None
    for ev in evs:
        if not ev.quote_id or ev.source_actor_id is None or ":verb:" not in ev.rule:
            continue
        q = next((q for q in quotes if q.id == ev.quote_id), None)
        if q is None or q.speaker_actor_id != ev.source_actor_id:
            continue
        if starts is None:
            starts = start_index(words)
        k = starts.get(ev.trigger_start)
        if k is None or k == 0:
            continue
        pw = words[k - 1]
        if "pron_speaker" not in pw.cue or not pw.norm.endswith("هم"):
            continue
        spk = doc.actor(q.speaker_actor_id)
        if spk is None or spk.kind not in _SINGULAR_KINDS:
            continue
        ante = None
        lo = min(x.cue_start for x in quotes)   # (a participle's quote, مضيفا أنهم …, opens after its antecedent)
        for a in args:
            if a.i1 <= k - 1 and a.start > lo and not a.prep and a.actor.kind == "group" \
                    and a.actor.id != spk.id:
                ante = a   # the last one before the pronoun
        if ante is None or ante.actor.id == ev.target_actor_id:
            continue
        fill_side(ev, "source", ante.actor, (ante.start, ante.end))
        ev.rule += ":pron-plural"
