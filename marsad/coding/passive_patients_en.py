"""One event per passive with coordinated patients (English, session 17 B4AC).

"Dozens of Lithuanian diplomats and embassy staff were expelled": the coordinated patients of a passive are one
group, and the compound fan-out made one event per patient (LTU -> LTUGOV, LTU -> GOV).  Of the copies of one
passive trigger (same sentence and trigger, same source) whose targets differ only in that one is the other's bare
role without a country (GOV beside LTUGOV), the bare one is dropped: the country of the named patient holds for the
whole group.  Only triggers right after a form of "be" (an adverb between allowed).
"""
from __future__ import annotations

import re

_BE = re.compile(r"\b(?:was|were|been|being|be)\s+(?:\w+ly\s+)?$", re.I)


def apply(doc, events: list) -> list:
    groups: dict = {}
    for ev in events:
        if ev.lang == "en" and ":compound" in ev.rule and ev.target_code:
            groups.setdefault((ev.sentence, ev.trigger_start, ev.source_code), []).append(ev)
    drop: set = set()
    for group in groups.values():
        if len(group) < 2:
            continue
        ev = group[0]
        if not _BE.search(doc.text, max(ev.sentence_start, ev.trigger_start - 24), ev.trigger_start):
            continue
        full = {e.target_code for e in group if e.target_country}
        for e in group:
            if not e.target_country and any(c[3:] == e.target_code for c in full):
                drop.add(id(e))
    return [e for e in events if id(e) not in drop] if drop else events
