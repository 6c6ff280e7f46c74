"""The partner named in a threatened clause is the threat's target (Arabic, session 18, B5AC).

"…، محذرا من أن نواكشوط ستعيد النظر في التعاون الأمني مع باماكو إذا لم تسفر التحقيقات عن نتائج": the warning
(root 13) is aimed at the side whose ties are threatened.  A threat event with no target takes the first actor after
a partner preposition (``threat_partner_ar.tsv`` kind ``prep``: مع) in its clause -- from the trigger up to a condition
word (kind ``stop``: إذا، لم، لو) or a full stop -- when that actor has a country other than the source's.  "حذر من
أن التعاون مع الجيران سيتراجع" (no actor after مع) and an actor of the source's own country are left alone.
Marker ``:tgt-partner``.

(Session 24, GAPA3) :func:`content_subject`: "وحذر وزير الخارجية التركي من أن الأكراد سيدفعون الثمن"، "حذرت السفارة
الأمريكية من أن استبدال المحافظ بالقوة قد يؤدي إلى فقدان ليبيا …": the party the warned-about clause is about.
"""
from __future__ import annotations

from .structure import fill_side, kind_sets, start_index

# the roots / CAMEO codes apply and content_subject acts on: the events stage skips it for a sentence with none
ACTS_ON = frozenset(("13",))


def apply(words, args, evs) -> None:
    if not args or not any(e.root in ACTS_ON and not e.target_actor_id and not e.target_code for e in evs):
        return
    L = kind_sets("threat_partner_ar.tsv", ("prep", "stop"))
    idx = start_index(words)
    for e in evs:
        if e.root != "13" or e.target_actor_id or e.target_code or not e.source_country:
            continue
        t = idx.get(e.trigger_start)
        if t is None:
            continue
        end = next((k for k in range(t + 1, len(words)) if words[k].norm in L["stop"] or words[k].text in ".؛;"),
                   len(words))
        a = next((a for a in args if t < a.i0 < end and a.prep in L["prep"]), None)
        if a is None or not a.actor.country or a.actor.country == e.source_country:
            continue
        fill_side(e, "target", a.actor, (a.start, a.end))
        e.rule += ":tgt-partner"


_SUBJ_REACH = 6   # words from the warning verb to its من أن / بأن, its subject's words not counted (s25)


def content_subject(words, args, evs) -> None:
    """A threat / warning verb (root 13) with no target and من أن (kinds ``from`` + ``comp``) or بأن (kind ``bcomp``,
    session 25: "وتوعد المرشد الأعلى في رسالة اليوم بأن إسرائيل ستعاقب") within :data:`_SUBJ_REACH` words after it and
    its subject takes as target the first actor of the content clause -- after أن, up to a
    condition word (kind ``stop``) or a full stop -- that is not after a preposition and has a country other than the
    source's: the subject (الأكراد سيدفعون الثمن) or, behind a verbal noun, its genitive (استبدال المحافظ … فقدان
    ليبيا).  Run after :func:`apply` (a partner after مع wins).  Marker ``:tgt-content``."""
    if not args or not any(e.root in ACTS_ON and not e.target_actor_id and not e.target_code for e in evs):
        return
    L = kind_sets("threat_partner_ar.tsv", ("from", "comp", "bcomp", "stop"))
    idx = start_index(words)
    for e in evs:
        if e.root != "13" or e.target_actor_id or e.target_code or not e.source_country or ":verb:" not in e.rule:
            continue
        t = idx.get(e.trigger_start)
        if t is None:
            continue
        # (the subject's words after the verb do not count: "وتوعد المرشد الأعلى علي خامنئي في رسالة اليوم بأن …")
        reach = t + 1 + _SUBJ_REACH + sum(1 for k in range(t + 1, len(words)) if e.source_span
                                      and e.source_span[0] <= words[k].start < e.source_span[1])
        c = next((k for k in range(t + 1, min(len(words) - 1, reach)) if (words[k].norm in L["from"]
                  and words[k + 1].norm in L["comp"]) or words[k].norm in L["bcomp"]), None)
        if c is None or any(words[k].punct for k in range(t + 1, c)):
            continue
        c0 = c + 1 if words[c].norm in L["bcomp"] else c + 2   # the content's first word
        end = next((k for k in range(c0, len(words)) if words[k].norm in L["stop"] or words[k].text in ".؛;"),
                   len(words))
        a = next((a for a in args if c0 <= a.i0 < end and not a.prep and a.actor.country), None)
        if a is None or a.actor.country == e.source_country:
            continue
        fill_side(e, "target", a.actor, (a.start, a.end))
        e.rule += ":tgt-content"
