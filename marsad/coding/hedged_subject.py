"""The subject of a verb after a hedged nationality (Arabic, session 16 ACT).

"قال المرصد إن طائرات يرجح أنها تركية شنت غارة": the actor stage reads "طائرات يرجح أنها تركية" as one actor (TURMIL,
``stages/actors._hedged_nationality``), but the verb's clause starts after the complementiser أنها, so the subject
search finds no subject or the reporting monitor.  An Arabic event whose trigger follows right after such an actor (one
space between) takes it as its source (a source named before that actor is the reporter, replaced).  Rule marker ``:hedged``.
"""
from __future__ import annotations

from ..actors.lexicon import get_lexicon, phrase_key
from .structure import fill_side


def apply(doc, events: list) -> None:
    """Give each subject-less Arabic event right after a hedged-nationality actor that actor (see the module doc)."""
    ends = None
    for ev in events:
        if ev.lang != "ar":
            continue
        if ends is None:
            hedge = get_lexicon().cues.get("hedge") or ()   # (the actor stage's cue list, cues.tsv)
            if not any(h in doc.text for h in hedge):
                return
            ends = {}
            for a in doc.actors:
                for s, e in a.spans:
                    if a.country and e - s > 8 and any(phrase_key(w) in hedge for w in doc.text[s:e].split()[1:-1]):
                        ends[e] = (a, (s, e))
            if not ends:
                return
        hit = ends.get(ev.trigger_start - 1)
        if hit is None or doc.text[ev.trigger_start - 1] != " " or hit[0].id == ev.source_actor_id \
                or (ev.source_span and ev.source_span[1] > hit[1][0]):
            continue   # (a source named before the hedged actor is the reporter: "قال المرصد إن طائرات …")
        fill_side(ev, "source", hit[0], hit[1])
        ev.rule += ":hedged"
