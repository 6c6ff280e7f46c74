"""An attack reported by the attacked state names its target (English, session 43 GAPEN43B).

"Ukraine's air force said Russia launched 85 drones and a ballistic missile overnight", "Israel's military said
Hezbollah fired 30 rockets on Sunday": an English force event (roots 18-20) with a source country and no target,
reported in a quote whose speaker is the armed forces of another country (an air force, a military, an army), has
that country for target -- the force reports what was done to its own country (a foreign ministry or officials may
report an attack on a third country: "U.S. officials said Russia launched drones" is left alone).  Not when the
sentence names a place of a third country (the attack was elsewhere).  Rule marker ``:tgt-reporter``.  An event
placed only by the dateline or its actors takes the sentence's place of that country.
"""
from __future__ import annotations

from .structure import actor_of

# the roots the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("18", "19", "20"))
_FORCE_ROLES = frozenset(("MIL",))


def apply(doc, events: list) -> None:
    for ev in events:
        if ev.lang != "en" or (ev.root or ev.cameo[:2]) not in ACTS_ON or ev.target_code or not ev.source_country \
                or ev.negated or ev.historical or not ev.reported_by_actor_id:
            continue
        speaker = actor_of(doc, ev.reported_by_actor_id)
        if speaker is None or not speaker.country or speaker.country == ev.source_country \
                or (speaker.code or "")[3:6] not in _FORCE_ROLES:
            continue
        if any(p.sentence == ev.sentence and p.country and not p.is_metonym and p.country != speaker.country
               for p in doc.places):
            continue   # ("… said Russia struck a convoy in Belarus": the attack was not on the speaker's country)
        ev.target_country = ev.target_code = speaker.country
        ev.target_actor_id = ev.target_role = ev.target_span = None
        ev.rule += ":tgt-reporter"
        if ev.place_basis in (None, "dateline", "actors"):
            # ("ANCHORAGE - … Ukrainian officials reported Russian assaults near Pokrovsk": an unknown village; the
            # dateline's city is not where the attack was, the sentence's place of the target country is)
            own = next((p for p in doc.places if p.sentence == ev.sentence and p.country == speaker.country), None)
            if own is not None:
                ev.place_id, ev.place_basis = own.id, "sentence"
