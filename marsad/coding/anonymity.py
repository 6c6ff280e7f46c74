""""An official, who asked not to be named, said …": a request for anonymity is no appeal (session 17, B4EV).

The request verb (``anonymity.tsv`` kind ``verb``: asked, requested) followed right away by a phrase of the
attribution formula (kind ``phrase``: "not to be named", "not to be identified", "anonymity") gives no appeal (02)
event.  "Turkey asked Greece not to send more ships" keeps its appeal (the addressee comes between).

Session 21 (B8EV): the Arabic formula too -- "قال مسؤول رفض الكشف عن اسمه"، "طلب عدم الكشف عن هويته"، "فضل عدم ذكر
اسمه" (the request or refusal verb followed by a phrase of the formula) gives no appeal (02) and no rejection (12):
"رفض الوزير الكشف عن تفاصيل الاتفاق" keeps its rejection (the phrase names no identity).
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import kind_sets, start_index

_KINDS = ("verb", "phrase")
_ROOTS = ("02", "12")
# the roots / CAMEO codes drop_requests acts on: the events stage skips it for a sentence with none
ACTS_ON = frozenset(_ROOTS)


def drop_requests(words, evs: list) -> list:
    if not any(e.root in _ROOTS for e in evs):
        return evs
    sets = kind_sets("anonymity.tsv", _KINDS)
    verbs = sets["verb"]
    if not any(e.root in _ROOTS and _first(e) in verbs for e in evs):
        return evs
    phrases = [p.split() for p in sets["phrase"]]
    at = start_index(words)
    out = []
    for ev in evs:
        k = at.get(ev.trigger_start) if ev.root in _ROOTS and _first(ev) in verbs else None
        if k is not None:
            nxt = [w.norm for w in words[k + 1:k + 5]]
            if any(nxt[:len(p)] == p for p in phrases):
                continue
        out.append(ev)
    return out


def _first(ev) -> str:
    """The trigger's first word, normalised (as the file's forms), without a proclitic و / ف."""
    w = normalize(ev.trigger.split()[0]) if ev.trigger else ""
    return w[1:] if len(w) > 3 and w[:1] in ("و", "ف") else w
