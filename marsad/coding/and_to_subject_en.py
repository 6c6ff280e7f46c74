"""The subject of "… and vowed to block …" is the first verb's subject, not its object (English, session 35 GAPEN35).

"The opposition VMRO-DPMNE party accused the government of betraying national interests and vowed to block the
constitutional change": the trigger "block" stands after "and" + a verb that is no trigger ("vowed", "pledged") +
"to"; the subject search took the nearest actor before it, the accused government.  An English event whose source is
the target of an earlier event of its sentence, with only "and" + one verb (an adverb before it allowed) + "to"
between that event's target and the trigger, takes the earlier event's source.  Marker ``:and-to-subject``.
"""
from __future__ import annotations

import re

from .structure import copy_side

# the words between the earlier act's object and the trigger end with "and [adverb] VERB to"
_AND_TO = re.compile(r"\band\s+(?:[a-z]+ly\s+)?[a-z]+\s+to\s+$")


def apply(text, events) -> None:
    by_target: dict = {}   # (sentence start, target actor) -> the English events with a source acting on it
    for p in events:
        if p.lang == "en" and p.target_actor_id and p.source_actor_id:
            by_target.setdefault((p.sentence_start, p.target_actor_id), []).append(p)
    if not by_target:
        return
    for ev in events:
        if ev.lang != "en" or not ev.source_actor_id or not ev.source_span:
            continue
        cands = by_target.get((ev.sentence_start, ev.source_actor_id))
        if not cands:
            continue
        prev = next((p for p in cands if p is not ev and p.source_actor_id != ev.source_actor_id
                     and p.trigger_end <= ev.source_span[0]
                     and tuple(p.target_span or ()) == tuple(ev.source_span)), None)
        if prev is None:
            continue
        gap = text[ev.source_span[1]:ev.trigger_start]
        if any(c in gap for c in ".;:\n") or not _AND_TO.search(gap):   # (lower-case: a verb, not "and Dushanbe")
            continue
        copy_side(ev, "source", prev)
        ev.rule += ":and-to-subject"
