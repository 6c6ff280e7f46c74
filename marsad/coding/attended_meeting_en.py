""""attended a meeting with EU leaders": the meeting is the event, its subject the attendee (English, session 35
GAPEN35).

"Albanian Prime Minister Edi Rama, who attended a meeting with EU leaders earlier on Thursday, told reporters …": the
PETRARCH2 row codes "attended" a visit (042, Rama -> the EU) and the meeting noun a meeting of no one with the EU
(040, no source): two events for one happening, the gold's one on the noun.  A consultation noun event (root 04)
right after an attending verb (``attended_meeting_en.tsv`` kind verb; only kind det words between) of
the same sentence takes that verb's source when it has none (marker ``:attended``), and the verb's event (root 04)
is dropped when the noun's source is now the attendee ("attended talks with Scholz": the talks' Macron -> Scholz).
"""
from __future__ import annotations

from .structure import copy_side, kind_sets


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("04",))


def apply(text, events) -> list:
    verbs = None
    drop = set()
    for ev in events:
        if ev.lang != "en" or ev.root not in ACTS_ON or id(ev) in drop:
            continue
        if verbs is None:
            verbs = kind_sets("attended_meeting_en.tsv", ("verb", "det"))
        before = text[max(ev.sentence_start, ev.trigger_start - 40):ev.trigger_start].split()
        k = len(before) - 1
        while k >= 0 and before[k].lower() in verbs["det"]:
            k -= 1
        if k < 0 or before[k].lower() not in verbs["verb"]:
            continue
        att = next((v for v in events if v is not ev and v.root == "04" and v.sentence_start == ev.sentence_start
                    and v.source_code and v.trigger_end <= ev.trigger_start
                    and text[v.trigger_start:v.trigger_end].split()[0].lower() == before[k].lower()), None)
        if att is None:
            continue
        if not ev.source_code:
            copy_side(ev, "source", att)
            if not ev.target_code and att.target_code:
                copy_side(ev, "target", att)
            ev.rule += ":attended"
        elif ev.source_code != att.source_code:
            continue   # (the meeting's other direction: "attended talks with Scholz" has Scholz -> Macron too)
        drop.add(id(att))
    return [ev for ev in events if id(ev) not in drop] if drop else events
