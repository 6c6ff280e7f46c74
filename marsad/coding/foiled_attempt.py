""""أحبطت القوات محاولة المهاجرين عبور السياج": the foiler's act (session 17, B4EV).

The أحبط row of ``manual_ar.tsv`` (object محاولة) codes the foiler coercing the attempters (170): the forces that
stopped migrants crossing a fence acted.  When the attempted act is an attack ("أحبطت الشرطة محاولة اغتيال الوزير"),
the repel cue already codes the attack as foiled (negated, the foiler its target, ``:foiled``): that is the report
of the sentence, so the 170 on the same words is dropped.  The attempt words are in ``foiled_attempt.tsv``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import kind_sets


def drop_foiled_attacks(evs: list) -> list:
    if not any(e.cameo == "170" for e in evs) or not any(":foiled" in e.rule for e in evs):
        return evs
    attempt = kind_sets("foiled_attempt.tsv", ("attempt",))["attempt"]
    return [e for e in evs if not (e.cameo == "170" and ":verb:" in e.rule and normalize(e.trigger.split()[-1]) in attempt)]
