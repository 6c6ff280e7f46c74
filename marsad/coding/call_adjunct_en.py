"""A call or talks noun in an adjunct after a verb's object is the exchange of the verb's subject and object (English,
session 38 GAPEN38).

"Secretary of State Antony Blinken told Chinese foreign policy chief Wang Yi in a phone call on Friday that …",
"The president assured his Turkish counterpart during talks in Sochi that …": the mutual noun (call, talks) stands in
an adjunct ("in" / "during" / "over" + at most two words: "in a phone call", "during talks") right after the object of
a verb whose subject is an actor too.  The event stage, which reads the noun's partners in the noun's own clause, gave
the call to the object alone (041 Wang Yi -> nobody).  When the event's only side is an actor right before the adjunct
and another actor stands before it in the sentence, at most :data:`_GAP` words back with no punctuation between (the
verb's subject), the call is the subject's with the object: source the subject, target the object.  Marker
``:call-adjunct``.
"""
from __future__ import annotations

import re

from .structure import actor_of, fill_side

_ADJUNCT = re.compile(r"\s+(?:in|during|over)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_GAP = 6   # words between the subject and the object: "Blinken told Chinese foreign policy chief Wang Yi"


def apply(doc, events) -> None:
    text = doc.text
    for ev in events:
        if ev.lang != "en" or ":mutual" not in ev.rule or ":noun:" not in ev.rule or ev.target_code \
                or not ev.source_span or ev.source_span[1] > ev.trigger_start:
            continue
        s0, s1 = ev.source_span
        if not _ADJUNCT.fullmatch(text, s1, ev.trigger_start):
            continue
        best = None
        for a in doc.actors:
            if a.id == ev.source_actor_id:
                continue
            for sp in a.spans:
                if ev.sentence_start <= sp[0] and sp[1] < s0 and (best is None or sp[1] > best[1][1]):
                    best = (a, sp)
        if best is None:
            continue
        gap = text[best[1][1]:s0]
        if len(gap.split()) > _GAP or any(c in gap for c in ",;:\"()\u201c\u201d"):
            continue
        obj = actor_of(doc, ev.source_actor_id)
        if obj is None:
            continue
        fill_side(ev, "target", obj, ev.source_span)
        fill_side(ev, "source", best[0], best[1])
        ev.rule += ":call-adjunct"
