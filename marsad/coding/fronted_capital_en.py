"""A bare state body after a fronted capital is that capital's state's (English, session 55 BLINDEN55).

"QUITO - Ecuador expelled the Colombian ambassador …  In Bogota, the foreign ministry said it regretted the
decision": the sentence names two countries and the dateline is the other one's, so the dateline step
(``home_country``) and the fronted place step (``domestic_place``: a place abroad gives nothing) leave "the foreign
ministry" without a country.  A sentence that opens with "In <capital city>," (a capital of the actor tables) and
whose next words are the event's side -- a domestic role of ``domestic_place.tsv`` (GOV, LEG, JUD …) with no
country -- is that capital's state's body.  Not a place that is no capital ("In Medellin, …": a town says nothing of
a body's nationality), not a side named later in the sentence.  Marker ``:src-capital`` / ``:tgt-capital``.
"""
from __future__ import annotations

import re

from ..lang.normalize import normalize
from ..resources import cached, data_path, read_tsv_dicts
from .structure import kind_sets

_FRONTED_IN = re.compile(r"\s*In\s+([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}),\s+")
_SUBJECT_GAP = 4   # "the " between the comma and the side's span


def _capitals() -> dict:
    """English capital names (lower case) -> ISO-3, from the actor tables' countries.tsv (the capitals the actor
    stage reads as the government: "Bogota", "Kampala")."""
    def build():
        out = {}
        for r in read_tsv_dicts(data_path("actors", "countries.tsv")):
            for name in (r.get("capitals_en") or "").split("|"):
                if name.strip():
                    out[name.strip().lower()] = r["iso3"]
        return out
    return cached(("fronted_capital_en.capitals",), build)


def apply(doc, events) -> None:
    roles = None
    for ev in events:
        if ev.lang != "en" or not (0 <= ev.sentence < len(doc.sentences)):
            continue
        need = [side for side in ("source", "target") if getattr(ev, f"{side}_code")
                and not getattr(ev, f"{side}_country") and getattr(ev, f"{side}_span")]
        if not need:
            continue
        m = _FRONTED_IN.match(doc.text, doc.sentences[ev.sentence].start)
        if not m or m.end() > ev.sentence_end:
            continue
        pl = next((p for p in doc.places if p.start == m.start(1) and p.end == m.end(1) and p.country), None)
        if pl is None or pl.precision != "city":
            continue
        if _capitals().get(m.group(1).lower()) != pl.country:
            continue
        if roles is None:
            roles = kind_sets("domestic_place.tsv", ("role",))["role"]
        for side in need:
            code = getattr(ev, f"{side}_code")
            span = getattr(ev, f"{side}_span")
            if normalize(code) not in roles or not (m.end() <= span[0] <= m.end() + _SUBJECT_GAP):
                continue
            setattr(ev, f"{side}_country", pl.country)
            setattr(ev, f"{side}_code", pl.country + code)
            ev.rule += ":src-capital" if side == "source" else ":tgt-capital"
