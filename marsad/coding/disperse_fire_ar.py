"""Firing to disperse a crowd with non-lethal means is riot control (Arabic, session 29, lead).

"أطلقت الشرطة الرصاص في الهواء والغاز المسيل للدموع لتفريق الحشود": the firing verb's row (أطلق + الرصاص: 193, small
arms) and the purpose noun (لتفريق: 175) tell one act, the police dispersing a crowd (CAMEO 175; the gold codes the
firing verb 17 / 175).  In one sentence, an Arabic verb event of root 19 or 18 whose source is a state force (COP, MIL)
is recoded 175 when a 175 noun event follows it within :data:`_REACH` characters, no full stop between, and a
non-lethal word (``disperse_fire_ar.tsv``: الهواء، الغاز، المطاطي …) stands between the two triggers; the noun event is
dropped (the verb takes its target, the crowd, when it has none).  Firing with no such word ("أطلقت النار على
المتظاهرين لتفريقهم فقتلت ثلاثة") keeps its code.  Rule marker ``:disperse``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .english import recode_event
from .structure import copy_side, kind_sets

_REACH = 160
_FORCES = ("COP", "MIL")


# the roots / codes the rule acts on: the events stage calls it only for a sentence with one (s42 SPD42)
ACTS_ON = frozenset(("175",))


def merge(doc, evs: list) -> list:
    """``evs``: one sentence's events; the firing verbs recoded and their purpose nouns dropped."""
    if len(evs) < 2 or not any(e.cameo in ACTS_ON and ":noun:" in e.rule for e in evs):
        return evs
    words = kind_sets("disperse_fire_ar.tsv", ("nonlethal",), by_lang=True).get("ar", {}).get("nonlethal", frozenset())
    drop = set()
    for v in evs:
        if v.lang != "ar" or ":verb:" not in v.rule or v.root not in ("18", "19") \
                or (v.source_role or (v.source_code or "")[-3:]) not in _FORCES:
            continue
        n = next((e for e in evs if e is not v and e.cameo == "175" and ":noun:" in e.rule and id(e) not in drop
                  and v.trigger_end <= e.trigger_start <= v.trigger_end + _REACH
                  and "." not in doc.text[v.trigger_end:e.trigger_start]), None)
        if n is None:
            continue
        between = {normalize(w.strip("،,؛;«»\"")) for w in doc.text[v.trigger_start:n.trigger_start].split()}
        if between.isdisjoint(words) or not recode_event(v, "175"):
            continue
        if not (v.target_code or v.target_actor_id) and (n.target_code or n.target_actor_id):
            copy_side(v, "target", n)
        v.rule += ":disperse"
        drop.add(id(n))
    return [e for e in evs if id(e) not in drop] if drop else evs
