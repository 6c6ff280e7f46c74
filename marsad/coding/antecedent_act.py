"""A comment on the act of the clause before, through a relative pronoun (Arabic, session 13 AR8).

"فرض الاتحاد الأوروبي عقوبات على ثلاث شركات إيرانية، وهو ما نددت به طهران"، "…، الأمر الذي رفضته موسكو": the
comment verb's object is the pronoun (به، ـه) of ما / الذي, whose antecedent is the act reported before it in the
sentence; the one who is condemned, rejected or welcomed is that act's actor (its source).  A comment event (roots
05, 11, 12) with a source and no target, its verb right after "وهو ما" / "وهي ما" / "الأمر الذي" / "الخطوة التي",
takes as its target the source of the nearest earlier event of its sentence by another actor.  Rule marker
``:antecedent``.

(Session 23, B10AR) "اتهمت الحكومة الصومالية إثيوبيا بانتهاك سيادتها، وهو ما نفته وزارة الخارجية الإثيوبية": a verb
whose trigger row needs an object word (نفى + الاتهامات / مسؤوليته …) has its object in ما / الذي, the verb carrying
the pronoun (نفته، نفاها).  :func:`relative_object` lets such a verb (``antecedent_ar.tsv`` kind ``obj_verb``) stand
on that pronoun as its object; the denial (016) then takes the accuser as its target as a comment does.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import copy_side, fill_side, kind_sets, start_index
from .verb_object_pronoun_ar import object_pronoun

_ROOTS = frozenset(("05", "11", "12"))
_CODES = frozenset(("016",))   # a denial of the act before it (session 23)


def _links() -> tuple:
    """(ma, rel, head) word sets of ``antecedent_ar.tsv``."""
    f = kind_sets("antecedent_ar.tsv", ("ma", "rel", "head"))
    return f["ma"], f["rel"], f["head"]


def _opened(words, k: int) -> bool:
    """The word before ``k`` is ما after وهو / وهي, or الذي / التي after الأمر / الخطوة …"""
    _MA, _REL, _HEADS = _links()
    prev, head = words[k - 1].norm, words[k - 2].norm
    return (prev == "ما" and head in _MA) or (prev in _REL and head in _HEADS)


def relative_object(words, i: int, e) -> int:
    """The index of ما / الذي that is the object of the verb entry ``e`` at word ``i`` (its object pronoun refers to
    it: "وهو ما نفته الوزارة"), or -1.  Only entries of kind ``obj_verb``."""
    if e.kind != "verb" or i < 2 or normalize(e.lemma) not in kind_sets("antecedent_ar.tsv", ("obj_verb",))["obj_verb"]:
        return -1
    if not _opened(words, i) or not object_pronoun(words[i].norm):
        return -1
    return i - 1


def idiom_subject(words, i: int, o: int) -> bool:
    """(Session 24, GAPA3) "لكن ذلك لا ينفي أن …"، "ولا ينفي ذلك أن …"، "وهذا لا ينفي ذلك": a demonstrative (kind
    ``this``) found as the object of the denial verb at ``i`` is no report denied when it opens a أن clause (it is
    the subject of "does not rule out that …") or when a demonstrative stands before لا + the verb (whatever the object:
    "لكن ذلك لا ينفي وجود خروقات", session 26 AR1, since وجود is an object word of the denial row)."""
    this = kind_sets("antecedent_ar.tsv", ("this",))["this"]
    if i >= 2 and words[i - 1].norm == "لا" and words[i - 2].norm in this:
        return True
    if not 0 <= o < len(words) or words[o].norm not in this:
        return False
    return o + 1 < len(words) and words[o + 1].norm in ("ان", "أن")


def apply(words, evs: list, args=()) -> None:
    """``args``: the sentence's actor arguments.  (Session 23, B10AR) an act reported as no event of its own ("أصدر
    الرئيس قرارا بحل البرلمان، وهو ما رفضه حزب النهضة": a decree) leaves no earlier event: the comment's target is the
    subject of the sentence's first clause, its first actor not after a preposition (marker ``:antecedent-subj``)."""
    starts = None
    for ev in evs:
        if (ev.root not in _ROOTS and ev.cameo not in _CODES) or ev.target_code or ev.target_actor_id or not ev.source_code or ":verb:" not in ev.rule:
            continue
        if starts is None:
            starts = start_index(words)
        k = starts.get(ev.trigger_start)
        if k is None or k < 2:
            continue
        if not _opened(words, k):
            continue
        opener = words[k - 2].start
        cands = [e for e in reversed(evs) if e is not ev and e.trigger_end <= opener and e.source_code
                 and e.source_code != ev.source_code and e.source_actor_id != ev.source_actor_id]
        # (session 18) the act reported by the sentence, before an act inside its reported content: "فرض الاتحاد
        # الأوروبي عقوبات على شركات قال إنها تزود روسيا بطائرات مسيرة، وهو ما نددت به طهران" (the sanctions)
        main = next((e for e in cands if ":quote" not in e.rule), cands[0] if cands else None)
        if main is None:
            subj = next((a for a in args if a.i1 <= k - 2), None)
            if subj is None or subj.prep or not subj.actor.code or subj.actor.code == ev.source_code \
                    or subj.actor.id == ev.source_actor_id:
                continue
            fill_side(ev, "target", subj.actor, (subj.start, subj.end))
            ev.rule += ":antecedent-subj"
            continue
        copy_side(ev, "target", main, "source")
        ev.rule += ":antecedent"
