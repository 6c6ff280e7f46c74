"""A label inside a prepositional free relative names the reason of the act before it (English, session 37 GAPEN37).

"Tehran summoned the British, French and German ambassadors over what it called their 'irresponsible' positions",
"recalled its envoy in protest at what it described as interference": "<prep> what <pronoun> called" (kinds
``prep``, ``pron`` and ``label`` of ``labelled_reason_en.tsv``) tells, in the actor's words, why it acted -- the act
before it is the event; the label's own criticism (111, one per object of the act) is dropped when another event of
the sentence has its trigger before the preposition.  "condemned what he called a coup" (no preposition) and "He
called the remarks irresponsible" (no free relative) are unchanged.
"""
from __future__ import annotations

from .structure import has_any, kind_sets, start_index


# the words (data file, kind) one of which a sentence must hold for the rule to act: the events stage tests them
# with the other drops' in one set test a sentence (s42 SPD42)
WORDS_ON = ("labelled_reason_en.tsv", "label")


def drop(words, evs: list) -> list:
    sets = kind_sets("labelled_reason_en.tsv", ("label", "pron", "prep"))
    if len(evs) < 2 or not has_any(words, sets["label"]):
        return evs   # (one set test over the sentence's words: most sentences hold no labelling verb)
    idx = start_index(words)
    out = []
    for ev in evs:
        k = idx.get(ev.trigger_start)
        if k is not None and k >= 3 and words[k].norm in sets["label"] and words[k - 1].norm in sets["pron"] \
                and words[k - 2].norm == "what" and words[k - 3].norm in sets["prep"] \
                and any(e.trigger_start < words[k - 3].start for e in evs if e is not ev):
            continue   # "summoned the ambassadors over what it called …": the act's reason, no act of its own
        out.append(ev)
    return out
