"""The subject of a verb after a hedged nationality (Arabic, session 16 ACT).

"قال المرصد إن طائرات يرجح أنها تركية شنت غارة": the actor stage reads "طائرات يرجح أنها تركية" as one actor (TURMIL,
``stages/actors._hedged_nationality``), but the verb's clause starts after the complementiser أنها, so the subject
search finds no subject (and the reporting monitor must not be it).  A subject-less Arabic event whose trigger follows
right after such an actor (one space between) takes it as its source.  Rule marker ``:hedged``.
"""
from __future__ import annotations

from ..actors.lexicon import get_lexicon, phrase_key
from .structure import fill_side


def apply(doc, events: list) -> None:
    """Give each subject-less Arabic event right after a hedged-nationality actor that actor (see the module doc)."""
    ends = None
    if not any(ev.lang == "ar" and not ev.source_actor_id for ev in events):
        return
    for ev in events:
        if ev.lang != "ar" or ev.source_actor_id:
            continue
        if ends is None:
            hedge = get_lexicon().cues.get("hedge") or ()   # (the actor stage's cue list, cues.tsv)
            ends = {}
            for a in doc.actors:
                for s, e in a.spans:
                    if a.country and e - s > 8 and any(phrase_key(w) in hedge for w in doc.text[s:e].split()[1:-1]):
                        ends[e] = (a, (s, e))
            if not ends:
                return
        hit = ends.get(ev.trigger_start - 1)
        if hit is None or doc.text[ev.trigger_start - 1] != " ":
            continue
        fill_side(ev, "source", hit[0], hit[1])
        ev.rule += ":hedged"
