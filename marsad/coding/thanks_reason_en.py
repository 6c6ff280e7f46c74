"""The act noun that is the reason of thanks is no act of its own (English, session 45).

"He thanked Trump, Congress and the American people for their support": "support" after "for their", in the clause of a
thanking verb before it, names what the thanked did -- the reason of the thanks.  Coded as an event it took the
thanked list as its subject (a support among them) and the dedupe kept it instead of the thanks.  Words in
``thanks_reason_en.tsv``.
"""
from __future__ import annotations

from .structure import kind_sets

_KINDS = ("thank", "poss", "prep")


def drop(trigs, words):
    """``trigs`` ([(word index, last index, Trigger, prep index)]) without the triggers of a thanks' reason (a word after
    a possessive is a noun whatever row matched it: "for their support")."""
    sets = kind_sets("thanks_reason_en.tsv", _KINDS)
    thanks = [t[0] for t in trigs if words[t[0]].norm in sets["thank"]]
    if not thanks:
        return trigs
    out = []
    for t in trigs:
        i = t[0]
        if i >= 2 and words[i - 1].norm in sets["poss"] and words[i - 2].norm in sets["prep"] \
                and any(k < i - 2 and not any(words[x].text in ".;:" for x in range(k, i)) for k in thanks):
            continue
        out.append(t)
    return out
