"""The subject of an Arabic relative clause's verb is the actor it follows (session 19, ARX).

"وأشادت الحكومة بدور قطر التي عرضت الوساطة بين الجانبين": the verb right after the relative pronoun (التي / الذي)
has no subject of its own; its subject is the actor that ends right before the pronoun (a comma between allowed:
"وأعلنت سلطنة عمان، التي عرضت الوساطة …").  Only a verb event with no source, a singular pronoun (التي with a
feminine verb: -ت or ت-; الذي with a masculine one: not -ت, ي- allowed) and an antecedent actor other than the
event's target; only roots 01-08 and an antecedent with a country or an IGO / NGO code.  Rule marker
``:rel-subj``.  "الهجوم الإسرائيلي الذي استهدف المدرسة" (an attack verb) is untouched.
"""
from __future__ import annotations

from .structure import fill_side, start_index

_REL = {"التي": "f", "الذي": "m"}
# (measured on the 904-document dump: with violent roots the relative verb is often passive, "النائب الذي قتل في
# تفجير", or its antecedent an attack noun whose adjective is an actor, "الهجوم الانتحاري، الذي استهدف"; and a bare
# sector actor (LEG, MIL, UAF) or a nationality adjective is no antecedent: only the cooperative and verbal roots,
# and a state or an international body)
_ROOTS = frozenset(("01", "02", "03", "04", "05", "06", "07", "08"))
_BODIES = frozenset(("IGO", "NGO"))


def _gender(norm: str) -> str:
    return "f" if norm.endswith("ت") or norm.startswith("ت") else "m"


def apply(words, args, evs) -> None:
    idx = None
    for ev in evs:
        if ev.source_actor_id or ":verb:" not in ev.rule or ev.root not in _ROOTS:
            continue
        if idx is None:
            idx = start_index(words)
        t = idx.get(ev.trigger_start)
        if t is None or t < 2:
            continue
        g = _REL.get(words[t - 1].norm)
        if g is None or _gender(words[t].norm.lstrip("و")) != g:
            continue
        end = t - 2 if words[t - 2].text in ("،", ",") else t - 1
        a = next((a for a in args if a.i1 == end), None)
        if a is None or a.actor.id == ev.target_actor_id or not (a.actor.country or (a.actor.code or "")[:3] in _BODIES):
            continue
        fill_side(ev, "source", a.actor, (a.start, a.end))
        ev.rule += ":rel-subj"
