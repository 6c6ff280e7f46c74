""""An official, who asked not to be named, said …": a request for anonymity is no appeal (session 17, B4EV).

The request verb (``anonymity.tsv`` kind ``verb``: asked, requested) followed right away by a phrase of the
attribution formula (kind ``phrase``: "not to be named", "not to be identified", "anonymity") gives no appeal (02)
event.  "Turkey asked Greece not to send more ships" keeps its appeal (the addressee comes between).
"""
from __future__ import annotations

from .structure import kind_sets, start_index

_KINDS = ("verb", "phrase")


def drop_requests(words, evs: list) -> list:
    if not any(e.root == "02" for e in evs):
        return evs
    sets = kind_sets("anonymity.tsv", _KINDS)
    if not any(e.root == "02" and e.trigger.lower() in sets["verb"] for e in evs):
        return evs
    phrases = [p.split() for p in sets["phrase"]]
    at = start_index(words)
    out = []
    for ev in evs:
        k = at.get(ev.trigger_start) if ev.root == "02" and ev.trigger.lower() in sets["verb"] else None
        if k is not None:
            nxt = [w.norm for w in words[k + 1:k + 5]]
            if any(nxt[:len(p)] == p for p in phrases):
                continue
        out.append(ev)
    return out
