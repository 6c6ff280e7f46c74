"""A force operation and the act it is meant for (session 17, QUO).

"Kenyan and Haitian police launched an operation on Thursday to free the hostages": the operation is the act (190,
the ``launch … operation`` row of ``manual_en.tsv``, as Arabic شن عملية); the freeing is its purpose, intended, not
done (it was an asserted release 0841).

- :func:`apply` keeps a 190 whose trigger ends in "operation(s)" (kind ``operation`` of ``operation_en.tsv``) only when
  its source has an armed role or code (kind ``armed_role``: MIL, COP, REB …) or the trigger has an armed word
  (kind ``armed_word``: "a military / security / police operation"); "Microsoft launched operations in Kenya", "the
  charity launched an operation to deliver food" are no events.
- An asserted English verb event right after purpose "to" (kind ``purpose``) whose sentence has a use of force (roots
  15, 18, 19, 20) by verb before it, with no punctuation between, is intended (modality ``intent``): "raided a house
  to free the hostages", "launched an offensive to retake the town".  "agreed to free", "vowed to free" are not
  reached (no force act before them).
"""
from __future__ import annotations

from .structure import kind_sets, start_index

_KINDS = ("operation", "armed_role", "armed_word", "purpose")
_FORCE = frozenset(["15", "18", "19", "20"])


def apply(words, evs: list) -> list:
    sets = kind_sets("operation_en.tsv", _KINDS)
    out = []
    force = []
    for e in evs:
        if e.root == "19" and e.trigger.rsplit(None, 1)[-1].lower() in sets["operation"]:
            roles = {(e.source_role or "").lower(), (e.source_code or "").lower()}   # (the forms are normalised)
            if roles.isdisjoint(sets["armed_role"]) and not any(
                    w.lower() in sets["armed_word"] for w in e.trigger.split()):
                continue   # "Microsoft launched operations in Kenya": no use of force
        out.append(e)
        if e.root in _FORCE and ":verb:" in e.rule and not e.negated:
            force.append(e)
    if not force:
        return out
    starts = None
    for e in out:
        if e.modality != "asserted" or e.negated or ":verb:" not in e.rule or e.root in _FORCE:
            continue
        if starts is None:
            starts = start_index(words)
        k = starts.get(e.trigger_start, -1)
        if k < 1 or words[k - 1].norm not in sets["purpose"]:
            continue
        for m in force:
            if m.trigger_end <= e.trigger_start:
                a = starts.get(m.trigger_start, -1)
                if a >= 0 and not any(w.punct for w in words[a:k]):
                    e.modality = "intent"   # "launched an operation … to free the hostages": the purpose
                    break
    return out
