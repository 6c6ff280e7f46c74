"""A force operation and the act it is meant for (session 17, QUO).

"Kenyan and Haitian police launched an operation on Thursday to free the hostages": the operation is the act (190,
the ``launch … operation`` row of ``manual_en.tsv``, as Arabic شن عملية); the freeing is its purpose, intended, not
done (it was an asserted release 0841).

- :func:`apply` keeps a 190 whose trigger ends in "operation(s)" (kind ``operation`` of ``operation_en.tsv``) only when
  its source has an armed role or code (kind ``armed_role``: MIL, COP, REB …) or the trigger has an armed word
  (kind ``armed_word``: "a military / security / police operation"); "Microsoft launched operations in Kenya", "the
  charity launched an operation to deliver food" are no events.
- The act a force operation is meant for ("… to free the hostages") is intended: ``purpose_en`` (one purpose rule).
"""
from __future__ import annotations

from .structure import kind_sets

_KINDS = ("operation", "armed_role", "armed_word")

# the roots / CAMEO codes apply acts on: the events stage skips it for a sentence with none
ACTS_ON = frozenset(("19",))


def apply(evs: list) -> list:
    sets = kind_sets("operation_en.tsv", _KINDS)
    out = []
    for e in evs:
        if e.root in ACTS_ON and e.trigger.rsplit(None, 1)[-1].lower() in sets["operation"]:
            roles = {(e.source_role or "").lower(), (e.source_code or "").lower()}   # (the forms are normalised)
            if roles.isdisjoint(sets["armed_role"]) and not any(
                    w.lower() in sets["armed_word"] for w in e.trigger.split()):
                continue   # "Microsoft launched operations in Kenya": no use of force
        out.append(e)
    return out
