"""A refusal told as "will not accept" + a verbal noun or أن (Arabic, session 19, B6TH).

"قال سعيد إن تونس لن تكون حارسا لحدود أوروبا ولن تقبل توطين المهاجرين على أراضيها": the bare present of قبل with a
direct object (no بـ, the session-10 row's preposition) is coded by a ``manual_ar.tsv`` row of its own (030, the
negation recode makes the negated one a refusal, 120).  Only negated: "تقبل الحكومة استقالة الوزير" (accepts, no بـ)
is no event.  The actor after the verbal noun is its genitive ("توطين المهاجرين"), not the verb's subject: a
refusal whose source stands after its object takes the subject of the clause before it in the same sentence (the
nearest actor before the verb, not after a preposition), as an elided subject of "ولن تقبل" is that clause's.
Marker ``:elided-refuser``.  A refusal with no source ("لا أحد من الليبيين يقبل أن …") is no event.  Forms:
``refusal_ar.tsv`` (kind ``bare``).
"""
from __future__ import annotations

from .structure import fill_side, kind_sets, start_index

_PREP_REACH = 16   # as events._find_prep for an Arabic verb

# the roots / CAMEO codes apply acts on: the events stage skips it for a sentence with none
ACTS_ON = frozenset(("030", "120"))


def _bare(w: str, forms) -> str:
    return w[1:] if w not in forms and w[:1] in ("و", "ف") and w[1:] in forms else w


def apply(words, args, evs: list) -> list:
    forms = kind_sets("refusal_ar.tsv", ("bare",))["bare"]
    at = None
    out = []
    for ev in evs:
        if ev.cameo not in ACTS_ON or not ev.trigger:
            out.append(ev)
            continue
        at = at or start_index(words)
        k = at.get(ev.trigger_start)
        if k is None or _bare(words[k].norm, forms) not in forms:
            out.append(ev)
            continue
        end = min(len(words), k + _PREP_REACH)
        stop = next((x for x in range(k + 1, end) if words[x].punct and words[x].text in ".؛;:"), end)
        if any(words[x].prefix.endswith("ب") or words[x].norm == "ب" for x in range(k + 1, stop)):
            out.append(ev)   # (قبل بـ: the session-10 row)
            continue
        if ev.cameo == "030" and not ev.negated:
            continue   # "تقبل الحكومة استقالة الوزير": no refusal
        if ev.source_span and ev.source_span[0] > words[k].end and k + 1 < len(words) \
                and words[k + 1].start < ev.source_span[0]:
            subj = next((a for a in reversed(args) if a.i1 <= k and not a.prep), None)
            if subj is not None:
                fill_side(ev, "source", subj.actor, (subj.start, subj.end))
                ev.rule += ":elided-refuser"
        if not ev.source_code:
            continue   # "لا أحد من الليبيين يقبل أن …": nobody named refuses
        out.append(ev)
    return out
