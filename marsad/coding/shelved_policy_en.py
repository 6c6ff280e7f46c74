"""A government shelving its own bill or reform (English; session 40, lead).

"Israeli Prime Minister Benjamin Netanyahu on Monday put his government's plan to overhaul the judiciary on hold,
bowing to a nationwide general strike": "put … on hold" is read as a suspension of relations (160, the row for a
treaty or talks put on hold) and "shelved" as a rejection (120); with a domestic policy word in the object (a bill,
legislation, an overhaul, a reform, a decree: ``shelved_policy_en.tsv``) the act is a concession to the demand for a
policy change (083), as "Lam suspended the extradition bill" is.  A target with no country (the judiciary the plan
was about) takes the source's: the concession is made at home.  Rule marker ``:shelved-policy``.
"""
from __future__ import annotations

from .structure import kind_sets

_CODES = frozenset(("160", "120"))
_OBJECT_WORDS = 8   # words after a one-word trigger ("shelved the controversial pension reform") read as its object


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = _CODES


def apply(doc, events) -> None:
    sets = None
    for ev in events:
        if ev.lang != "en" or ev.cameo not in _CODES or ev.negated:
            continue
        if sets is None:
            sets = kind_sets("shelved_policy_en.tsv", ("verb", "noun"))
        words = ev.trigger.lower().split()
        if not words or words[0] not in sets["verb"]:
            continue
        if len(words) == 1:
            tail = doc.text[ev.trigger_end:min(ev.sentence_end, ev.trigger_end + 80)]
            for stop in (",", ";", ".", " after ", " because ", " amid ", " and "):
                tail = tail.split(stop)[0]
            words = words + tail.lower().split()[:_OBJECT_WORDS]
        if not any(w.strip("'s,.;:\"") in sets["noun"] for w in words[1:]):
            continue
        from .english import recode_event
        if not recode_event(ev, "083"):
            continue
        if ev.target_code and not ev.target_country and ev.source_country:
            ev.target_country = ev.source_country
            ev.target_code = ev.source_country + ev.target_code
        ev.rule += ":shelved-policy"
