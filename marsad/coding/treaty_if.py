"""A treaty clause's condition is no event (session 17, ENG).

"Washington has said the treaty would apply if Philippine forces came under an armed attack", "the clause is
triggered if a member state is attacked": the attack after "if" is the condition under which a clause, pact or
guarantee applies -- a hypothetical attack, not a happening (it was coded 190, hypothetical).  The applying verb
(``treaty_if.tsv`` kind ``apply``: apply, cover, be invoked, be triggered …) stands at most three words before the
condition word (kind ``cond``: if, should, in case of …), with no punctuation between; every force event (roots 15-20)
after the condition word in the sentence is dropped.  "would respond forcefully if militants attacked" (a threat,
session 15) and "the army attacked the town if reports are true" are unchanged: no applying verb before "if".
Rule: none (the events are removed).
"""
from __future__ import annotations

from .structure import kind_sets, start_index

_KINDS = ("apply", "cond")
_FORCE = frozenset(("15", "16", "17", "18", "19", "20"))

# the roots / CAMEO codes drop acts on: the events stage skips it for a sentence with none
ACTS_ON = _FORCE
_GAP = 3


def _condition_at(words) -> int:
    """Index of the condition word right after an applying verb, or -1."""
    sets = kind_sets("treaty_if.tsv", _KINDS)
    for k, w in enumerate(words):
        if w.norm not in sets["cond"]:
            continue
        for j in range(k - 1, max(-1, k - 1 - _GAP), -1):
            if words[j].punct:
                break
            if words[j].norm in sets["apply"]:
                return k
    return -1


def drop(words, evs: list) -> list:
    if not any(e.root in _FORCE for e in evs):
        return evs
    k = _condition_at(words)
    if k < 0:
        return evs
    starts = start_index(words)
    return [e for e in evs if not (e.root in _FORCE and starts.get(e.trigger_start, -1) > k)]
