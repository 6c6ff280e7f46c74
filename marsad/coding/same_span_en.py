"""One subject, one country: the conjoined predicates of one noun phrase share the country a rule gave one of them
(English, session 35 GAPEN35).

"… after protesters set fire to buildings in the capital Honiara for a second day and demanded the resignation of
Prime Minister Manasseh Sogavare": the crowd noun is the subject of both verbs; the city rule gave the arson's
crowd its country (SLBCVL) from the place in its own clause, the demand's copy of the same words stayed CVL.  An
English event whose bare source (no country) is the very span of another event's source with a country, of the same
role, takes that country.  Marker ``:src-same-span``.
"""
from __future__ import annotations


def apply(events) -> None:
    given = {}
    for ev in events:
        if ev.lang == "en" and ev.source_span and ev.source_country and ev.source_code \
                and ev.source_code.startswith(ev.source_country):
            given.setdefault(tuple(ev.source_span), (ev.source_country, ev.source_code[len(ev.source_country):]))
    if not given:
        return
    for ev in events:
        if ev.lang != "en" or ev.source_country or not ev.source_code or not ev.source_span:
            continue
        c, role = given.get(tuple(ev.source_span), (None, None))
        if c and role == ev.source_code:
            ev.source_country, ev.source_code = c, c + ev.source_code
            ev.rule += ":src-same-span"
