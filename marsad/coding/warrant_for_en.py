"""The person an arrest warrant is asked for or issued for is the act's target (English, session 55 BLINDEN55).

"The prosecutor asked judges on Thursday to issue arrest warrants for the rebel commander": the request to a court
to issue warrants against someone is legal action against that person (CAMEO 115, bring a lawsuit against), not an
appeal to the judges (020); "the court issued an arrest warrant for X" (173) had no target either (the actor after
"for" is no object of the verb).  An English appeal (root 02) or coercion (root 17) event whose sentence goes on,
within the clause after its trigger, with "arrest warrant(s) for" + an actor (its span within "the " of "for") takes
that actor as target; the appeal becomes 115.  Marker ``:warrant-for``.
"""
from __future__ import annotations

import re

from .english import recode_event
from .structure import fill_side

ACTS_ON = frozenset(("02", "17"))
_WARRANT_FOR = re.compile(r"\barrest\s+warrants?\s+for\s+(?:the\s+)?")
_GAP = 90   # characters from the trigger to "arrest warrant(s) for"


def apply(doc, events) -> None:
    for ev in events:
        if ev.lang != "en" or ev.root not in ACTS_ON or ":verb:" not in ev.rule:
            continue
        tail = doc.text[ev.trigger_end:min(ev.sentence_end, ev.trigger_end + _GAP + 40)]
        m = _WARRANT_FOR.search(tail)
        if m is None or m.start() > _GAP or re.search(r"[.;:]", tail[:m.start()]):
            continue
        at = ev.trigger_end + m.end()
        found = None
        for a in doc.actors:
            for sp in a.spans:
                if at <= sp[0] <= at + 1 and (found is None or sp[0] < found[1][0]):
                    found = (a, sp)
        if found is None or found[0].id == ev.source_actor_id:
            continue
        if ev.root == "02" and not recode_event(ev, "115"):
            continue
        fill_side(ev, "target", found[0], found[1])
        ev.rule += ":warrant-for"
