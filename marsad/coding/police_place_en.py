"""Bare police take the country of the place their sentence names (English, session 26 EN2).

"Several hundred demonstrators marched in central Nairobi on Wednesday against the visit, and police detained 11
people after scuffles near the Ugandan embassy": in a story of two countries the dateline rule (``home_country``) and
the one-country-per-sentence rule leave "police" without a country (the sentence names Uganda too, as an embassy).
Police act at home: a source of a role of kind ``role`` (COP) with no country takes the country of the places the
sentence names as places (locative, city or region, no metonym), when they all lie in one country (rule marker
``:src-police-place``).  A sentence with no such place, or with places of two countries, is left alone.
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
