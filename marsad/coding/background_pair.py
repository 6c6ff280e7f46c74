"""A background act between two parties is told once, in one direction (session 37, PREC37).

"وكانت الحكومتان قد وقعتا الاتفاقية في أبريل 2016"، "وكان البلدان قد تبادلا طرد دبلوماسيين": a mutual act of the
story's past (``historical``: a pluperfect, a date of its own, a reference noun) is coded both ways like a current one,
and the copy with the sides swapped is one act told twice -- the gold codes such an act once (an optional background
event), so the copy was always an extra (in-sample: 16 copies extra, none matched).  The copy (the later event on the same
trigger with the same code and the source and target swapped) is dropped; a current meeting or call keeps both
directions.
"""
from __future__ import annotations


def drop_copies(events: list) -> list:
    seen: set = set()
    out = []
    for ev in events:
        if ev.historical and ev.source_code and ev.target_code:
            key = (ev.trigger_start, ev.trigger_end, ev.cameo)
            if key + (ev.target_code, ev.source_code) in seen:
                continue
            seen.add(key + (ev.source_code, ev.target_code))
        out.append(ev)
    return out
