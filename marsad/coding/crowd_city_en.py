"""A country-less English crowd takes the country of the city it protests in (session 20, B7EN).

"Small groups of protesters gathered outside the US embassy in Bogota on Sunday evening": the crowd (CVL, no country
of its own) is the public of the place it gathers in -- Colombians -- as the dev gold codes a crowd "in Cairo" EGY.
An English protest (root 14) whose source is a bare CVL takes the country of the locative places of its sentence (a
city or region with ``cue`` locative, no metonym) when they are all of one country.  The target is left as it was
(the embassy's country).  Marker ``:src-city``.
"""
from __future__ import annotations

_PRECISION = frozenset(("city", "region"))


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("14",))


def apply(doc, events) -> None:
    for ev in events:
        if ev.lang != "en" or ev.root not in ACTS_ON or ev.source_code != "CVL" or ev.source_country:
            continue
        countries = {p.country for p in doc.places if p.sentence == ev.sentence and p.country and not p.is_metonym
                     and p.cue == "locative" and p.precision in _PRECISION}
        if len(countries) != 1:
            continue
        c = countries.pop()
        ev.source_country, ev.source_code = c, c + "CVL"
        ev.rule += ":src-city"
