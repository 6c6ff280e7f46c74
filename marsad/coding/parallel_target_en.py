"""A parallel clause's act with no object of its own is done to the same side (English, session 43 GAPEN43B).

"Paris suspended all development aid and budget support to Niger on Saturday, and the European Union halted its
budget support and security cooperation the same day": the second clause has another subject and an act of the same
root (16) with no target; it tells the same measure taken by another party against the side the first clause named.
An English event with a source and no target takes the target of an earlier event of the sentence of the same root
whose source is of another country (or another international body), joined to it by ", and" (a clause of its own, no subordinate clause between).
Not when the earlier target is the later source's own country.  Rule marker ``:tgt-parallel``.
"""
from __future__ import annotations

import re

from .structure import copy_side

# the roots the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("16",))
_JOIN = re.compile(r",\s+and\s+")
_CLAUSE_WORDS = re.compile(r"\b(?:who|which|that|after|before|because|while|when|if|as)\b", re.I)


def apply(doc, events: list) -> None:
    for ev in events:
        if ev.lang != "en" or ev.target_code or not ev.source_code or (ev.root or ev.cameo[:2]) not in ACTS_ON \
                or ev.negated or ev.historical:
            continue
        root = ev.root or ev.cameo[:2]
        prev = [p for p in events if p is not ev and p.sentence == ev.sentence and p.trigger_end <= ev.trigger_start
                and (p.root or p.cameo[:2]) == root and p.target_country and p.source_code
                and (p.source_country or p.source_code) != (ev.source_country or ev.source_code)
                and p.target_country != ev.source_country]
        if not prev:
            continue
        p = max(prev, key=lambda x: x.trigger_start)
        gap = doc.text[p.trigger_end:ev.trigger_start]
        if not _JOIN.search(gap) or _CLAUSE_WORDS.search(gap):
            continue
        copy_side(ev, "target", p)
        ev.rule += ":tgt-parallel"
