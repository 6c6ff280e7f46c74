"""The addressee of an Arabic appeal joined after a comma to an act of the same subject (session 18, ARL).

"ودانت حكومة إقليم كردستان الغارة، ودعت أنقرة والحزب إلى إبعاد المدنيين"، "ودانت المبعوثة الأممية الاشتباكات، ودعت
السلطات في طرابلس إلى محاسبة المسؤولين": Arabic drops the repeated subject of the joined verb, so the actors right
after دعت are its object (the addressees), as the accused after "، واتهمت" (session 9) and the addressee of "، وطالبت X
بـ" (session 14) already are in ``events._conjoined_subject``.  :func:`addressee` tells whether an appeal event (root
02) is so joined: the verb carries the conjunction right after a comma, the earlier verb event of the sentence is a
verbal act (roots 01-13) with a source of another actor, the two verbs agree in gender, and its source stands in the
chain of actors right after the verb (the actors of the events at the same trigger, coordinated by و; a locative
"في + one word" after a body) that ends right before إلى.  "ودانت مصر الهجوم، ودعت إلى ضبط النفس" (no actor after
the verb) is unchanged (the subject goes on anyway); "ودعت أنقرة إلى التهدئة" opening its own sentence is Ankara's
own appeal (no earlier verb in the sentence); a masculine verb after a feminine one ("وقالت الحكومة …، ودعا الرئيس
إلى …") keeps its own subject.  Session 20 B7AR: the chain may also end right before على ("…، وحثت الخرطوم وأبوظبي على
استئناف الحوار": حث takes its addressees before على as دعا does before إلى).
"""
from __future__ import annotations

from .agreement import masc_verb

_TO = frozenset(("الي", "إلى", "علي", "على"))   # (على: "، وحثت الرياض وطهران على الحوار", session 20 B7AR)


def addressee(words, k: int, ev, prev, evs) -> bool:
    """Is the source of the appeal ``ev`` (its verb at word ``k``) the addressee of a verb whose subject is that of
    ``prev`` (the earlier verb event of the sentence)?  See the module doc."""
    if ev.root != "02" or not prev.root or prev.root >= "14" or ":verb:" not in prev.rule or not ev.source_span:
        return False
    if k < 2 or k + 1 >= len(words) or words[k - 1].text not in ("،", ",") or not prev.source_actor_id \
            or prev.source_actor_id == ev.source_actor_id:
        return False
    if masc_verb(words[k].norm) != masc_verb(words[_index(words, prev.trigger_start, k)].norm):
        return False
    # (the sources of the trigger's events, and the targets of those already read so: "أنقرة" once the first of
    # "أنقرة والحزب" is the addressee)
    spans = [sp for e in evs if e.trigger_start == ev.trigger_start
             for sp in (e.source_span, e.target_span if ":conj-obj" in e.rule else None) if sp]
    j = k + 1
    while j < len(words) and j <= k + 12:
        w = words[j]
        if w.punct:
            return False
        if any(s < w.end and w.start < t for s, t in spans):   # (a span may begin after و: "والحزب")
            j += 1
        elif w.norm == "في" and j > k + 1:
            j += 2   # (a body's place: "السلطات في طرابلس")
        else:
            break
    if j >= len(words) or j == k + 1 or words[j].norm not in _TO:
        return False
    return words[k + 1].start <= ev.source_span[0] < words[j].start


def _index(words, start: int, default: int) -> int:
    return next((i for i, w in enumerate(words) if w.start == start), default)
