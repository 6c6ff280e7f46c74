"""An offer or promise of forces or aid that names no destination goes where the story's earlier one went (English,
session 35 GAPEN35).

"CANBERRA - Australia said on Thursday it would send police and soldiers to the Solomon Islands …  Papua New Guinea
said it would also send peacekeepers if Honiara requested them, and Fiji offered to deploy troops": the later
offers name no country; a reader sends them where the crisis is, the destination of the story's earlier sending act.
An English event of a provide / intend-to-provide code (``CODES``: 033x, 07x) with no target takes the target country
of the nearest earlier such event of the document whose target is a country other than its own source's.  Marker
``:dest-before``.

The forces sent are no target: "Beijing could send police and armed forces at Honiara's request" split the object
into two targets (SLBCOP, SLBMIL, from the compound step and the place).  A sending event whose target is a bare
force role (``FORCES``) written right after its trigger (within ``_OBJECT_REACH`` characters, no "to" between) loses
that target, and the copies one per force become one event (``:forces-sent``; :func:`forces_sent`, before the
destination is sought).
"""
from __future__ import annotations

from .structure import clear_side

# intent to provide aid, forces or peacekeepers (033, 0331 .. 0334) and providing them (07: 070 .. 074)
CODES = ("033", "07")


def sending(ev) -> bool:
    return ev.lang == "en" and ev.cameo.startswith(CODES)


# force roles that are what is sent, not where (the agent part of a code: MIL, COP)
FORCES = frozenset({"MIL", "COP"})
_OBJECT_REACH = 40


def forces_sent(text, events) -> list:
    """``events`` without the force objects as targets of sending events (see the module doc)."""
    seen, out = set(), []
    for ev in events:
        sp = ev.target_span
        if sending(ev) and sp and (ev.target_code or "")[-3:] in FORCES and len(ev.target_code) in (3, 6) \
                and 0 <= sp[0] - ev.trigger_start and sp[0] - ev.trigger_end <= _OBJECT_REACH \
                and " to " not in f" {text[ev.trigger_end:sp[0]]} ":
            clear_side(ev, "target")
            ev.rule += ":forces-sent"
            k = (ev.sentence, ev.trigger_start, ev.cameo, ev.source_code, ev.modality, ev.negated)
            if k in seen:
                continue
            seen.add(k)
        out.append(ev)
    return out


def apply(events) -> None:
    """Fill the destinations of the sending events that name none (see the module doc)."""
    todo = [ev for ev in events if sending(ev) and not ev.target_code and not ev.negated]
    if not todo:
        return
    before = sorted((ev for ev in events if sending(ev) and ev.target_country
                     and ev.target_country != ev.source_country), key=lambda e: e.trigger_start)
    for ev in todo:
        prior = [e for e in before if e.trigger_start < ev.trigger_start and e.target_country != ev.source_country]
        if not prior:
            continue
        c = prior[-1].target_country
        ev.target_country, ev.target_code = c, c
        ev.rule += ":dest-before"
