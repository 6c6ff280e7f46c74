""""We are determined to find the people responsible for this brutal attack," said Detective Inspector X: a
demonstrative + a violent verb form names an act already told (English, session 24 OTH7).

The events stage reads the verb form of an act of force after a definite determiner (cue ``noun_det``: "the raids
were limited") as a noun naming a known act, a reference unless an anchor or a time of its clause makes it a report.
"this" (kind ``demo`` of ``this_act_en.tsv``) was no such determiner, and an adjective between ("this brutal attack",
"this cowardly bombing") hid any determiner: the speaker became the attacker (190 police -> None on a crime page; 190
NGAMIL -> NGAMIL after "We condemn this cowardly attack on our soldiers").  :func:`named_act`: the trigger word ``i`` is
such a noun when a demonstrative stands right before it or before at most ``_ADJ`` lower-case words that are neither
triggers nor cue words, and the trigger is no finite singular form (-ed / -s: "this group attacked the base").
"""
from __future__ import annotations

from .structure import kind_sets

_ADJ = 2   # words between the demonstrative and the act ("this brutal attack", "this senseless and cowardly attack")


def named_act(words, i: int, cs: int) -> bool:
    """Is word ``i`` (a violent verb form) a noun after a demonstrative (+ up to ``_ADJ`` plain words)?"""
    demo = kind_sets("this_act_en.tsv", ("demo", "link"))
    t = words[i].norm
    if t.endswith("ed") or (t.endswith("s") and not t.endswith("ss")):
        return False
    for k in range(i - 1, max(cs, i - _ADJ - 1) - 1, -1):
        w = words[k]
        if w.norm in demo["demo"]:
            return True
        if w.punct or not w.text.isalpha() or not w.text.islower() or (w.cue and w.norm not in demo["link"]) \
                or w.trig[1]:
            return False
    return False
