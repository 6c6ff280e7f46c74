"""The subject of an Arabic relative clause's verb is the actor it follows (session 19, ARX).

"وأشادت الحكومة بدور قطر التي عرضت الوساطة بين الجانبين": the verb right after the relative pronoun (التي / الذي)
has no subject of its own; its subject is the actor that ends right before the pronoun (a comma between allowed:
"وأعلنت سلطنة عمان، التي عرضت الوساطة …").  Only a verb event with no source, a singular pronoun (التي with a
feminine verb: -ت or ت-; الذي with a masculine one: not -ت, ي- allowed) and an antecedent actor other than the
event's target; only roots 01-08 and an antecedent with a country or an IGO / NGO code.  Rule marker
``:rel-subj``.  "الهجوم الإسرائيلي الذي استهدف المدرسة" (an attack verb) is untouched.

Session 24 (ARFIN): a verb with no object pronoun ("… أحمد ولد سالم الذي يزور المغرب") has its object after it, not
its subject: when the only actor read is that postverbal one as the source (no target), it becomes the target and the
antecedent the source (rule marker ``:rel-obj``).  With a resumptive object pronoun ("المدينة التي زارها الرئيس",
"الاتفاق الذي وقعته الحكومة") the actor after the verb is its subject and stays.
"""
from __future__ import annotations

from .structure import clear_side, copy_side, fill_side, start_index

_REL = {"التي": "f", "الذي": "m"}
# (measured on the 904-document dump: with violent roots the relative verb is often passive, "النائب الذي قتل في
# تفجير", or its antecedent an attack noun whose adjective is an actor, "الهجوم الانتحاري، الذي استهدف"; and a bare
# sector actor (LEG, MIL, UAF) or a nationality adjective is no antecedent: only the cooperative and verbal roots,
# and a state or an international body)
_ROOTS = frozenset(("01", "02", "03", "04", "05", "06", "07", "08"))

# the roots / CAMEO codes apply acts on: the events stage skips it for a sentence with none
ACTS_ON = _ROOTS
_BODIES = frozenset(("IGO", "NGO"))
_OBJ_PRONOUN = ("ه", "ها", "هم", "هما", "هن")


def _gender(norm: str) -> str:
    return "f" if norm.endswith("ت") or norm.startswith("ت") else "m"


def apply(words, args, evs) -> None:
    idx = None
    for ev in evs:
        postverbal = bool(ev.source_actor_id) and not ev.target_actor_id and ev.source_span is not None and \
            ev.source_span[0] >= ev.trigger_end
        if (ev.source_actor_id and not postverbal) or ":verb:" not in ev.rule or ev.root not in _ROOTS:
            continue
        if idx is None:
            idx = start_index(words)
        t = idx.get(ev.trigger_start)
        if t is None or t < 2:
            continue
        g = _REL.get(words[t - 1].norm)
        if g is None or _gender(words[t].norm.lstrip("و")) != g:
            continue
        if postverbal and words[t].norm.endswith(_OBJ_PRONOUN):
            continue
        end = t - 2 if words[t - 2].text in ("،", ",") else t - 1
        a = next((a for a in args if a.i1 == end), None)
        if a is None or a.actor.id in (ev.target_actor_id, ev.source_actor_id) or \
                not (a.actor.country or (a.actor.code or "")[:3] in _BODIES):
            continue
        if postverbal:
            copy_side(ev, "target", ev, "source")
            ev.rule += ":rel-obj"
        fill_side(ev, "source", a.actor, (a.start, a.end))
        ev.rule += ":rel-subj"


def resumptive_subject(doc, words, evs) -> None:
    """(session 36) "أدان المجلس العملية العسكرية التي تشنها تركيا في شمال سوريا": a verb right after التي / الذي that
    carries a resumptive object pronoun (its object is the antecedent) has for subject the actor right after it, which
    was read as its target (an attack verb too: the module's roots above do not limit this).  That actor becomes the
    source; a source read before the verb (an adjective of the antecedent, "العسكرية") is dropped.  Marker
    ``:rel-resumptive``."""
    idx = None
    for ev in evs:
        if ":verb:" not in ev.rule or not ev.target_span:
            continue
        if idx is None:
            idx = start_index(words)
        k = idx.get(ev.trigger_start)
        if k is None or k < 1 or k + 1 >= len(words) or words[k - 1].norm not in _REL:
            continue
        tok = doc.tokens[words[k].ti] if 0 <= words[k].ti < len(doc.tokens) else None
        if tok is None or tok.suffix not in _OBJ_PRONOUN or ev.target_span[0] != words[k + 1].start:
            continue
        if ev.source_span and ev.source_span[0] > ev.trigger_start:
            continue
        copy_side(ev, "source", ev, "target")
        clear_side(ev, "target")
        ev.rule += ":rel-resumptive"
