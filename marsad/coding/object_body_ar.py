"""The body an Arabic reduction of relations leaves is no target of the leaver's own country (session 29 B20AR).

"أعلنت باماكو انسحابها الفوري من لجنة الأركان العملياتية المشتركة": the object of the withdrawal, "لجنة الأركان" (a
joint staff committee), is read by the actor stage as a country-less military role, and the domestic fill then gives
it the withdrawer's own country (MLIGOV -> MLIMIL): Mali reducing relations with its own army.  A 16x Arabic event
whose target is the trigger's own object word (the target span starts inside the trigger span) and got its country
only from the domestic fill (``:tgt-domestic``), the source's country, keeps no target: the joint body is not one
state's.  Rule marker ``:own-body``.
"""
from __future__ import annotations

from .structure import SIDE_FIELDS


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("16",))


def apply(doc, events: list) -> None:
    for ev in events:
        if ev.lang != "ar" or ev.root not in ACTS_ON or not ev.target_span or ":tgt-domestic" not in ev.rule:
            continue
        if not (ev.trigger_start <= ev.target_span[0] < ev.trigger_end) or not ev.source_country \
                or ev.target_country != ev.source_country:
            continue
        for f in SIDE_FIELDS:
            setattr(ev, f"target_{f}", None)
        ev.rule += ":own-body"
