"""Bare police take the country of the place their sentence names (English, session 26 EN2).

"Several hundred demonstrators marched in central Nairobi on Wednesday against the visit, and police detained 11
people after scuffles near the Ugandan embassy": in a story of two countries the dateline rule (``home_country``) and
the one-country-per-sentence rule leave "police" without a country (the sentence names Uganda too, as an embassy).
Police act at home: a source of a role of kind ``role`` (COP) with no country takes the country of the places the
sentence names as places (locative, city or region, no metonym), when they all lie in one country (rule marker
``:src-police-place``).  A sentence with places of two countries is left alone.

A sentence with no such place (session 35 GAPEN35): "Police fired tear gas to disperse the crowds, a police spokesman
said" after the rioting of the Solomon Islands' crowds: police coercing (root 17) a crowd or people of one country,
in a sentence naming no other country, are that country's (``:src-police-crowd``).
"""
from __future__ import annotations

from .structure import kind_sets


def apply(doc, events) -> None:
    roles = kind_sets("police_place_en.tsv", ("role", "precision"))
    todo = [ev for ev in events if ev.lang == "en" and not ev.source_country and (ev.source_role or "").lower() in roles["role"]
            and ev.source_code == ev.source_role]
    for ev in todo:
        countries = {p.country for p in doc.places if ev.sentence_start <= p.start < ev.sentence_end and p.country
                     and not p.is_metonym and p.precision in roles["precision"]}
        if len(countries) != 1:
            continue
        country = countries.pop()
        ev.source_country, ev.source_code = country, country + ev.source_role
        ev.rule += ":src-police-place"


# the roots / codes ``crowd`` acts on: the events stage calls it only for a document with one (s42 SPD42)
CROWD_ON = frozenset(("17",))


def crowd(doc, events) -> None:
    """Bare police coercing a crowd of one country, in a sentence naming no other country and no place: that
    country's (see the module doc; run after the crowd steps, which give the crowd its country)."""
    roles = None
    for ev in events:
        if ev.lang != "en" or ev.root not in CROWD_ON or ev.source_country or not ev.target_country \
                or not ev.source_role or ev.source_code != ev.source_role:
            continue
        if roles is None:
            roles = kind_sets("police_place_en.tsv", ("role",))["role"]
        if ev.source_role.lower() not in roles or _other_country(doc, ev):
            continue
        ev.source_country, ev.source_code = ev.target_country, ev.target_country + ev.source_role
        ev.rule += ":src-police-crowd"


def _other_country(doc, ev) -> bool:
    """Does the event's sentence name a country (an actor's or a place's) other than its target's?"""
    lo, hi, c = ev.sentence_start, ev.sentence_end, ev.target_country
    return any(p.country and p.country != c and lo <= p.start < hi for p in doc.places) or any(
        a.country and a.country != c and any(lo <= sp < hi for sp, _ in a.spans) for a in doc.actors)
