"""The host after an envoy title is no side of the envoy's act: "China's ambassador to the US met Blinken" is
CHNGOV <-> USAGOV, not USA (session 19, ENX2).

An English event side whose actor is named right after "to" / "at" (``envoy_to_en.tsv`` kind ``prep``; "the" between
allowed) that directly follows another actor whose span ends in an envoy title (kind ``envoy``: ambassador, envoy,
representative …) takes that envoy actor instead, when it is of another country: the host country after "to" only
says where the envoy serves.  A mutual copy's target (USAGOV -> USA) is fixed the same way.  "Ghana sent an envoy to
Togo" is untouched (the envoy is no actor there, the source is Ghana).  Rule marker ``:envoy-host``.
"""
from __future__ import annotations

from .structure import SIDE_COUNTRY, SIDE_SPAN, fill_side, kind_sets

_GAP = 12   # characters between the envoy title's end and the host's start ("  to the ")


def apply(doc, events: list) -> None:
    sets = None
    text = doc.text
    for ev in events:
        if ev.lang != "en":
            continue
        for side in ("source", "target"):
            span = getattr(ev, SIDE_SPAN[side])
            if not span or span[0] < ev.sentence_start + 4:
                continue
            gap = text[max(ev.sentence_start, span[0] - _GAP):span[0]].split()
            if not gap or gap[-1].lower() == "the" and len(gap) < 2:
                continue
            if gap[-1].lower() == "the":
                gap = gap[:-1]
            if sets is None:
                sets = kind_sets("envoy_to_en.tsv", ("envoy", "prep"))
            if gap[-1].lower() not in sets["prep"]:
                continue
            prep_at = text.rfind(gap[-1], max(ev.sentence_start, span[0] - _GAP), span[0])
            before = text[ev.sentence_start:prep_at].rstrip()
            if not before or before.split()[-1].lower() not in sets["envoy"]:
                continue
            end = ev.sentence_start + len(before)
            envoy = next(((a, s) for a in doc.actors for s in a.spans if s[1] == end), None)
            if envoy is None or not envoy[0].country or envoy[0].country == getattr(ev, SIDE_COUNTRY[side]):
                continue
            other = "target" if side == "source" else "source"
            if getattr(ev, f"{other}_actor_id") == envoy[0].id:
                continue
            fill_side(ev, side, envoy[0], envoy[1])
            ev.rule += ":envoy-host"
