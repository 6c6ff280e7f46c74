"""A comment on the act of the clause before, through a relative pronoun (Arabic, session 13 AR8).

"فرض الاتحاد الأوروبي عقوبات على ثلاث شركات إيرانية، وهو ما نددت به طهران"، "…، الأمر الذي رفضته موسكو": the
comment verb's object is the pronoun (به، ـه) of ما / الذي, whose antecedent is the act reported before it in the
sentence; the one who is condemned, rejected or welcomed is that act's actor (its source).  A comment event (roots
05, 11, 12) with a source and no target, its verb right after "وهو ما" / "وهي ما" / "الأمر الذي" / "الخطوة التي",
takes as its target the source of the nearest earlier event of its sentence by another actor.  Rule marker
``:antecedent``.
"""
from __future__ import annotations

from .structure import copy_side, kind_sets, start_index

_ROOTS = frozenset(("05", "11", "12"))


def _links() -> tuple:
    """(ma, rel, head) word sets of ``antecedent_ar.tsv``."""
    f = kind_sets("antecedent_ar.tsv", ("ma", "rel", "head"))
    return f["ma"], f["rel"], f["head"]


def apply(words, evs: list) -> None:
    _MA, _REL, _HEADS = _links()
    starts = None
    for ev in evs:
        if ev.root not in _ROOTS or ev.target_code or ev.target_actor_id or not ev.source_code or ":verb:" not in ev.rule:
            continue
        if starts is None:
            starts = start_index(words)
        k = starts.get(ev.trigger_start)
        if k is None or k < 2:
            continue
        prev, head = words[k - 1].norm, words[k - 2].norm
        if not ((prev == "ما" and head in _MA) or (prev in _REL and head in _HEADS)):
            continue
        opener = words[k - 2].start
        cands = [e for e in reversed(evs) if e is not ev and e.trigger_end <= opener and e.source_code
                 and e.source_code != ev.source_code and e.source_actor_id != ev.source_actor_id]
        # (session 18) the act reported by the sentence, before an act inside its reported content: "فرض الاتحاد
        # الأوروبي عقوبات على شركات قال إنها تزود روسيا بطائرات مسيرة، وهو ما نددت به طهران" (the sanctions)
        main = next((e for e in cands if ":quote" not in e.rule), cands[0] if cands else None)
        if main is None:
            continue
        copy_side(ev, "target", main, "source")
        ev.rule += ":antecedent"
