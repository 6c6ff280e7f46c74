"""The defender of a repelled attack, and what it did next (Arabic, session 12 AR7).

"أعلن الجيش السوداني أنه صد هجوما واسعا شنته قوات الدعم السريع على مواقعه، وقتل العشرات من عناصرها": the repel
word's subject is the pronoun of أنه, the speaker of the report (the army), so the attack's target is the speaker
(``_repelled`` in the events stage reads only a named defender); and an attack verb joined after it with no sides of
its own ("وقتل العشرات من عناصرها") is the defender's act against the attacker, which was otherwise dropped as an
actor-less repeat of the attack.  Rule markers ``:repel-speaker``, ``:after-repel``.
"""
from __future__ import annotations

from .structure import actor_of, copy_side, fill_side, start_index

_ATTACK = frozenset(("18", "19", "20"))
_PRONOUN_COMP = frozenset(("انه", "انها", "أنه", "أنها"))
_MEMBERS = ("من عناصر", "من مقاتلي", "من مسلحي", "من أفراد", "من افراد")   # partitive victims: "العشرات من عناصر الحركة"


def _repel_at(words, j: int) -> int:
    return next((k for k in range(j - 1, max(-1, j - 5), -1) if "repel" in words[k].cue
                 and not any(words[x].punct for x in range(k + 1, j))), -1)


def apply(doc, words, evs) -> None:
    starts = start_index(words)
    for ev in evs:
        if ev.root not in _ATTACK or ":noun:" not in ev.rule or ":happened" not in ev.rule:
            continue
        j = starts.get(ev.trigger_start)
        k = _repel_at(words, j) if j is not None else -1
        if k < 0:
            continue
        if not (ev.target_code or ev.target_actor_id) and ev.quote_id is not None and k >= 1 \
                and words[k - 1].norm in _PRONOUN_COMP:
            q = next((q for q in doc.quotes if q.id == ev.quote_id), None)
            spk = actor_of(doc, q.speaker_actor_id) if q is not None else None
            if spk is not None and spk.id != ev.source_actor_id:
                fill_side(ev, "target", spk, (q.speaker_start, q.speaker_end))
                ev.rule += ":repel-speaker"
        if not ev.target_code:
            continue
        if not ev.source_code:
            # "إن قواتها صدت الهجوم …، وقتلت أكثر من ثلاثين من عناصر الحركة": the attack named before (a definite
            # back-reference, no attacker in its sentence); the defender's blow takes its own partitive victims
            _defender_blow(doc, words, evs, ev, j, starts)
            continue
        for v in evs:
            m = starts.get(v.trigger_start)
            if v is ev or m is None or m <= j or v.root not in _ATTACK or ":verb:" not in v.rule \
                    or v.source_code or v.target_code or v.source_actor_id or v.target_actor_id \
                    or words[m].norm[:1] != "و" or not (words[m - 1].text in ("،", ",")):
                continue
            # "…، وقتل العشرات من عناصرها": the defender goes on, against the attacker
            copy_side(v, "source", ev, "target")
            copy_side(v, "target", ev, "source")
            v.rule += ":after-repel"


def _defender_blow(doc, words, evs, ev, j, starts) -> None:
    for v in evs:
        m = starts.get(v.trigger_start)
        if v is ev or m is None or m <= j or v.root not in _ATTACK or ":verb:" not in v.rule \
                or v.source_code or v.source_actor_id or words[m].norm[:1] != "و" or words[m - 1].text not in ("،", ","):
            continue
        victims = next((a for a in doc.actors if a.country and any(
            v.trigger_end < s <= v.trigger_end + 40 and doc.text[v.trigger_end:s].rstrip().endswith(_MEMBERS)
            for s, _ in a.spans)), None)
        if victims is None or (v.target_actor_id and v.target_actor_id != victims.id):
            continue
        copy_side(v, "source", ev, "target")
        span = next((s, e) for s, e in victims.spans if v.trigger_end < s <= v.trigger_end + 40)
        fill_side(v, "target", victims, span)
        v.rule += ":after-repel"
