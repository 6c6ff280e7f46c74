"""A complement told inside a longer trigger is the same act (English, session 18 ENL).

"Malaysia offered to send observers": the offer row codes "offered to send observers" (033) and the send row codes
"send observers" as the offer's complement (033, intent); the second lies inside the first's trigger span with the
same code and source, so it is no second event and is dropped.  Events with another code or source, or outside the
span, stay -- except under an intent (root 03, session 35 GAPEN35): "Fiji offered to deploy troops" is one offer
(0334) whose content is the deployment (154, intent), whatever that content's own code.
"""
from __future__ import annotations


def drop(events: list) -> list:
    spans = [(e.sentence, e.trigger_start, e.trigger_end, e.cameo, e.source_code, id(e))
             for e in events if e.lang == "en" and ":verb:" in e.rule and e.trigger_end - e.trigger_start > 12]
    if not spans:
        return events
    out = []
    for e in events:
        if e.lang == "en" and e.modality == "intent" and any(
                s == e.sentence and a <= e.trigger_start and e.trigger_end <= b and (a, b) != (e.trigger_start, e.trigger_end)
                and (c == e.cameo or c[:2] == "03") and src == e.source_code and k != id(e)
                for s, a, b, c, src, k in spans):
            continue
        out.append(e)
    return out
