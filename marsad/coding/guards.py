"""Trigger guards that read the actor stage's spans (Arabic).

:func:`drop_force_protest_nouns`: a protest noun inside the span of a security force's actor is part of the
force's name, not a protest: قوات / شرطة مكافحة الشغب (riot police, COP) is no riot (145).  The event stage's
``_drop_armed_marches`` does the same for armed actors (MIL: طائرة مسيرة); this covers the police and the
intelligence services.
"""
from __future__ import annotations

FORCE_ROLES = ("COP", "SPY")


def drop_force_protest_nouns(trigs, args):
    """``trigs`` ([(word index, last index, Trigger, prep index)]) without root-14 noun triggers inside the span
    of a COP / SPY actor argument."""
    spans = [(a.i0, a.i1) for a in args if a.actor.role in FORCE_ROLES]
    if not spans:
        return trigs
    return [t for t in trigs if not (t[2].kind == "noun" and t[2].cameo[:2] == "14"
                                     and any(i0 <= t[0] < i1 for i0, i1 in spans))]
