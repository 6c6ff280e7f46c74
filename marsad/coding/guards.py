"""Trigger guards that read the actor stage's spans.

:func:`drop_force_protest_nouns`: a protest noun (root 14) inside the span of a force's actor is part of the
force's name, not a protest:
- armed actors (MIL), every language: مسيرة is a march and a drone; when the actor stage has read it as part of
  an armed actor ("شنت مسيرة إسرائيلية غارة"، "استهدفت مسيرات تركية …": ISRMIL / TURMIL) it is no march;
- the police and the intelligence services (COP, SPY), Arabic: قوات / شرطة مكافحة الشغب (riot police, COP) is
  no riot (145).
"""
from __future__ import annotations

FORCE_ROLES = {"ar": frozenset(("MIL", "COP", "SPY"))}
FORCE_ROLES_OTHER = frozenset(("MIL",))


def drop_force_protest_nouns(trigs, args, lang: str = "ar"):
    """``trigs`` ([(word index, last index, Trigger, prep index)]) without root-14 noun triggers inside the span
    of a force's actor argument (roles :data:`FORCE_ROLES` of ``lang``)."""
    roles = FORCE_ROLES.get(lang, FORCE_ROLES_OTHER)
    spans = [(a.i0, a.i1) for a in args if a.actor.role in roles]
    if not spans:
        return trigs
    return [t for t in trigs if not (t[2].kind == "noun" and t[2].cameo[:2] == "14"
                                     and any(i0 <= t[0] < i1 for i0, i1 in spans))]
