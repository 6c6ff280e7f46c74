"""A welcome or greeting of a named person who arrives is hosting a visit (043), not praise (session 48, lead).

"King Charles welcomed Trump at Windsor Castle on Wednesday", "Prince William greeted Macron when he landed": the
English welcome rows code praise (051: "welcomed the ceasefire", "welcomed Trump's decision"), and the title rows
(welcome / greet + president, minister, couple …) already code hosting.  A named person right after the verb, then
one of the words that tell his arrival or its place (``welcomed_guest_en.tsv`` kind ``after``), makes the praise a
host's reception: the event is recoded 043 (host a visit) with its sides kept.
"""
from __future__ import annotations

from .english import recode_event
from .structure import kind_sets

_KINDS = ("verb", "after")


def apply(doc, events) -> None:
    sets = None
    people = None
    for ev in events:
        if ev.lang != "en" or ev.cameo != "051" or not ev.target_span or not ev.target_actor_id:
            continue
        if sets is None:
            sets = kind_sets("welcomed_guest_en.tsv", _KINDS)
            people = {a.id for a in doc.actors if a.kind == "person"}
        if ev.trigger.lower() not in sets["verb"] or ev.target_actor_id not in people:
            continue
        t0, t1 = ev.target_span
        if doc.text[ev.trigger_end:t0].strip():
            continue   # (the person right after the verb: "welcomed the visit of …" is no guest here)
        nxt = doc.text[t1:t1 + 12].split()[:1]
        if nxt and nxt[0].lower() in sets["after"] and recode_event(ev, "043"):
            ev.rule += ":guest"
