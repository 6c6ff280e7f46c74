"""An offer or promise of forces or aid that names no destination goes where the story's earlier one went (English,
session 35 GAPEN35).

"CANBERRA - Australia said on Thursday it would send police and soldiers to the Solomon Islands …  Papua New Guinea
said it would also send peacekeepers if Honiara requested them, and Fiji offered to deploy troops": the later
offers name no country; a reader sends them where the crisis is, the destination of the story's earlier sending act.
An English event of a provide / intend-to-provide code (``CODES``: 033x, 07x) with no target takes the target country
of the nearest earlier such event of the document whose target is a country other than its own source's.  Marker
``:dest-before``.
"""
from __future__ import annotations

# intent to provide aid, forces or peacekeepers (033, 0331 .. 0334) and providing them (07: 070 .. 074)
CODES = ("033", "07")


def _sending(ev) -> bool:
    return ev.lang == "en" and ev.cameo.startswith(CODES)


def apply(events) -> None:
    todo = [ev for ev in events if _sending(ev) and not ev.target_code and not ev.negated]
    if not todo:
        return
    before = sorted((ev for ev in events if _sending(ev) and ev.target_country
                     and ev.target_country != ev.source_country), key=lambda e: e.trigger_start)
    for ev in todo:
        prior = [e for e in before if e.trigger_start < ev.trigger_start and e.target_country != ev.source_country]
        if not prior:
            continue
        c = prior[-1].target_country
        ev.target_country, ev.target_code = c, c
        ev.rule += ":dest-before"
