"""An act welcomed or rejected in Arabic is the act told before, no event of its own (session 40, PREC40).

"أعلن المبعوث الأممي موافقة الطرفين على هدنة لمدة شهرين …  ورحب التحالف بإعلان الهدنة"، "… إن الجماعة ترحب بالهدنة"،
"وقع البلدان الاتفاق أمس …  ورحب الرئيس الأميركي بتوقيع الاتفاق"، "واتهم ترامب إيران بتدبير الهجوم …  رافضا اتهامات
ترامب": the act noun after a welcome, rejection or denial verb (kind ``reaction`` of ``reacted_act_ar.tsv``; its object,
within :data:`_REACH` characters after the verb, no sentence punctuation between) that the reference rule set as background (``:ref``) names the act the article told before: when an earlier
sentence has a current Arabic event of the noun's root, the noun's span joins that event's ``also_spans`` (marker
``:retold``) and it is no event of its own -- the welcome (05) or the rejection is the happening.  Without such an earlier event
("ورحبت الحكومة بالوساطة المصرية" alone) it stays.  Session 43 (PREC43): a definite act noun the filter judged current
is that act too ("ورحب الأردن أمس باتفاق وقف إطلاق النار" after the presidency's ceasefire: the construct ends in a
definite noun); an indefinite current one ("رحبت بوقف لإطلاق النار أعلنه الجيش") is still its own.  Session 45
(PREC45): a criticism's or condemnation's object too (انتقد، دان، أدان، ندد، استنكر: "ودانت الأمم المتحدة احتجاز
الموظفين" after the detention's report).
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .retold import _retell
from .structure import definite_ar, kind_sets

_REACH = 60   # characters from the reaction verb to its object's act noun (the subject between: "ورحب الرئيس الأميركي جو بايدن")


def _reaction(ev, forms: frozenset) -> bool:
    w = normalize(ev.trigger.split()[0]) if ev.trigger else ""
    return w in forms or (w[:1] in ("و", "ف") and w[1:] in forms)


def _definite(text: str, e) -> bool:
    """Is the act noun's phrase definite: its first word or the word right after its trigger carries the article
    ("باتفاق وقف إطلاق النار": the construct ends in النار; session 43 PREC43)?"""
    first = e.trigger.split()[0] if e.trigger else ""
    after = text[e.trigger_end:e.trigger_end + 30].split()[:1]
    return definite_ar(first) or bool(after and definite_ar(after[0]))


def apply(doc, events: list) -> list:
    forms = kind_sets("reacted_act_ar.tsv", ("reaction",))["reaction"]
    reactions = [w for w in events if w.lang == "ar" and _reaction(w, forms)]
    if not reactions:
        return events
    text = doc.text
    drop = set()
    for w in reactions:
        for e in events:
            if e is w or e.sentence != w.sentence or ":noun:" not in e.rule \
                    or not ((":ref" in e.rule and e.historical) or _definite(text, e)) \
                    or not 0 <= e.trigger_start - w.trigger_end <= _REACH \
                    or any(c in text[w.trigger_end:e.trigger_start] for c in ".،,؛:"):
                continue
            prev = next((p for p in reversed(events) if p.sentence < e.sentence and p.root == e.root
                         and p.lang == "ar" and not p.historical and id(p) not in drop), None)
            if prev is not None:
                _retell(prev, e)
                drop.add(id(e))
    return [e for e in events if id(e) not in drop] if drop else events
