"""The accuser of a lawsuit's relative clause is the party that filed it (Arabic, session 20 B7AR).

"رفعت الحكومة الأوكرانية دعوى أمام محكمة العدل الدولية تتهم فيها روسيا بارتكاب جرائم حرب"، "بعد رفع الحكومة
الأرمينية شكوى إلى المحكمة تتهم فيها أذربيجان بـ…": an accusation verb (CAMEO 112) right after a lawsuit / complaint
noun of ``lawsuit_ar.tsv`` (kind ``noun``) and its court phrase (words of no actor after أمام / إلى / لدى / التي, kind
``court``; no punctuation) has no subject of its own: it is the party named right before the lawsuit noun (the subject
of رفع / قدم, or the genitive of the masdar "رفع الحكومة … دعوى").  The actor right after the verb (after an optional
"فيها", kind ``in``), which the verb had read as its subject, is the accused: it becomes the target (over an actor named inside the charge), the
filer the source.  The court is no side.  Not when an actor other than the filer stands between the noun and the verb, nor when
the filer and the accused are one.  Rule marker ``:lawsuit``.
"""
from __future__ import annotations

from .structure import copy_side, fill_side, kind_sets, start_index

REACH = 9   # words from the lawsuit noun to the verb


def apply(words, args, evs) -> None:
    if not args:
        return
    sets = None
    starts = None
    for ev in evs:
        if not ev.cameo.startswith("112") or ":verb:" not in ev.rule or not ev.source_span \
                or ev.source_span[0] < ev.trigger_end:
            continue
        if sets is None:
            sets = kind_sets("lawsuit_ar.tsv", ("noun", "court", "in"))
            starts = start_index(words)
        k = starts.get(ev.trigger_start)
        if k is None or k < 3:
            continue
        n = next((j for j in range(k - 1, max(-1, k - 1 - REACH), -1)
                  if words[j].norm in sets["noun"] or words[j].norm.lstrip("وب") in sets["noun"]), None)
        if n is None or n < 1 or any(words[x].punct for x in range(n, k)):
            continue
        # between the noun and the verb: the court's phrase only (no actor there but after a court word)
        if any(n < a.i0 < k and not (words[a.i0 - 1].norm in sets["court"] or a.prep) for a in args):
            continue
        filer = next((a for a in args if a.i1 == n and not a.prep), None)
        j = k + 1
        if j < len(words) and words[j].norm in sets["in"]:
            j += 1
        accused = next((a for a in args if a.i0 == j and not a.prep), None)
        if filer is None or accused is None or ev.source_span[0] != accused.start:
            continue
        if (filer.actor.code or filer.actor.country) == (accused.actor.code or accused.actor.country):
            continue
        copy_side(ev, "target", ev, "source")   # (over an actor inside the charge: "بتسليح X" is no target of it)
        fill_side(ev, "source", filer.actor, (filer.start, filer.end))
        ev.rule += ":lawsuit"
