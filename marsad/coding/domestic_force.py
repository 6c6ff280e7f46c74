"""A bare state force fighting a country's own armed group is that country's (session 32).

"واتهم الجيش السوداني قوات الدعم السريع بمهاجمة مقاره، فيما شن الطيران الحربي غارات على مواقع لقوات الدعم السريع":
an attack (roots 18-20) whose source is a definite country-less military or police body (MIL / COP: الطيران الحربي،
the army) and whose target is an armed non-state group of one country (REB / INS / UAF of country X) is X's force when
the document named X's own military or police before the event and names no other country's force in its sentence.
The sentence's one country is no guess here (the events stage does not give a victim's country to its attacker:
"اعتقلت قوات عشرين فلسطينيا"); the story's own army is.  Rule marker ``:src-own-force``.
"""
from __future__ import annotations

_FORCES = frozenset(("MIL", "COP"))
_ARMED = frozenset(("REB", "INS", "UAF"))
_ROOTS = frozenset(("18", "19", "20"))


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = _ROOTS


def apply(doc, events) -> None:
    forces = None
    for ev in events:
        if ev.root not in _ROOTS or ev.source_country or (ev.source_code or "") not in _FORCES \
                or not ev.target_country or (ev.target_role or "") not in _ARMED or not ev.source_span:
            continue
        head = doc.text[ev.source_span[0]:ev.source_span[1]].split()
        if not head or not (head[0].startswith(("ال", "وال")) or head[0].lower() == "the"):
            continue
        if forces is None:
            forces = sorted((sp[0], a.country) for a in doc.actors if a.country and a.role in _FORCES for sp in a.spans)
        before = {c for at, c in forces if at < ev.trigger_start}
        in_sentence = {c for at, c in forces if ev.sentence_start <= at < ev.sentence_end}
        x = ev.target_country
        if x not in before or in_sentence - {x}:
            continue
        ev.source_country, ev.source_code = x, x + ev.source_code
        ev.rule += ":src-own-force"
