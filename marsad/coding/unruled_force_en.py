"""Force not ruled out is a threat of force (English, session 45).

"Trump declined to rule out military force to take the island", "did not rule out military action against Venezuela":
the rejection (root 12) of a declining verb whose content is "rule out" + a force noun, or the negated "rule out" itself,
tells that force stays an option -- a threat of military force (138), asserted.  The force's own country as target
("military force" read as the speaker's MIL) is dropped; a target after the noun ("against Venezuela") stays.  The
negated "rule out" event joined to such a declining verb is the same act: dropped.  Words in ``unruled_force_en.tsv``.
Rule marker ``:unruled-force``.
"""
from __future__ import annotations

import re

from .english import recode_event
from .structure import clear_side, kind_sets

_RULE_OUT = re.compile(r"(?:to\s+)?rule\s+out\s+(?:(?:the|a|any)\s+)?(?:use\s+of\s+)?(?:(?:military|armed)\s+)?(\w+)",
                       re.I)


def apply(doc, events: list) -> list:
    sets = None
    drop: set = set()
    text = doc.text
    for ev in events:
        if ev.lang != "en" or ev.root != "12":
            continue
        word = ev.trigger.split()[0].lower() if ev.trigger else ""
        if sets is None:
            sets = kind_sets("unruled_force_en.tsv", ("refuse", "force"))
        if word in sets["refuse"] and not ev.negated:
            m = _RULE_OUT.match(text, ev.trigger_end + 1)
        elif word == "rule" and ev.negated:
            m = _RULE_OUT.match(text, ev.trigger_start)
        else:
            continue
        if m is None or m.group(1).lower() not in sets["force"]:
            continue
        if word in sets["refuse"]:
            drop.update(id(e) for e in events if e is not ev and e.sentence == ev.sentence
                        and e.trigger.split()[:1] == ["rule"] and ev.trigger_end < e.trigger_start <= m.end())
        recode_event(ev, "138")
        ev.negated = False
        if ev.target_role == "MIL" and ev.target_country in (None, ev.source_country):
            clear_side(ev, "target")   # ("military force": the speaker's own, no target)
        ev.rule += ":unruled-force"
    return [e for e in events if id(e) not in drop] if drop else events

