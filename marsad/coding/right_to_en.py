"""The act a right covers is no event (English, session 37 GAPEN37).

"urged the government to respect the right to peaceful protest", "defended the freedom to demonstrate", "the right of
peaceful assembly": the trigger right after a right noun and its link word (``right_to_en.tsv`` kinds ``right`` and
``link``; adjectives of kind ``adj`` may stand between) names what the right covers, no happening; the event coded on
it (114 / 141) is dropped.  "Protesters marched on the right bank" (no link word) and "fought for their rights" (no
trigger after it) are unchanged.
"""
from __future__ import annotations

from .structure import has_any, kind_sets, start_index


# the words (data file, kind) one of which a sentence must hold for the rule to act: the events stage tests them
# with the other drops' in one set test a sentence (s42 SPD42)
WORDS_ON = ("right_to_en.tsv", "right")


def drop(words, evs: list) -> list:
    sets = kind_sets("right_to_en.tsv", ("right", "link", "adj"))
    if not evs or not has_any(words, sets["right"]):
        return evs   # (one set test over the sentence's words: most sentences name no right)
    idx = start_index(words)
    out = []
    for ev in evs:
        k = idx.get(ev.trigger_start)
        j = (k or 0) - 1
        while j > 0 and words[j].norm in sets["adj"]:
            j -= 1
        if k is not None and j > 0 and words[j].norm in sets["link"] and words[j - 1].norm in sets["right"]:
            continue   # "the right to peaceful protest": what the right covers
        out.append(ev)
    return out
