"""The act of an "until" clause under a future or a vow is no event (session 17, ENG).

"Union leaders warned that the strikes would continue until the government withdrew the plan", "vowed to keep
fighting until the rebels were defeated": the act after "until" is the end point the speaker sets, not a happening
(it was coded 0356 hypothetical / 190 asserted).  An English event whose trigger follows "until" / "till" (kind
``until`` of ``until_clause_en.tsv``) by at most eight words with no punctuation between is dropped when a future or
commitment word (kind ``unreal``: would, will, vowed, pledged …) stands at most twelve words before "until" in the
sentence with no full stop between.  "Fighting continued until the army retook the town on Monday" (a past
sequence) is unchanged.
"""
from __future__ import annotations

from .structure import drop_within, has_any, kind_sets, reach_end

_KINDS = ("until", "unreal")
_AFTER = 8
_BEFORE = 12


# the words (data file, kind) one of which a sentence must hold for the rule to act: the events stage tests them
# with the other drops' in one set test a sentence (s42 SPD42)
WORDS_ON = ("until_clause_en.tsv", "until")


def drop(words, evs: list) -> list:
    sets = kind_sets("until_clause_en.tsv", _KINDS)
    if not has_any(words, sets["until"]):
        return evs   # (one set test over the sentence's shared norm set: most sentences hold no "until"; s36 SPD36)
    us = [k for k, w in enumerate(words) if w.norm in sets["until"]]
    if not us:
        return evs
    ends = []   # (first word after "until", last word of its reach) of each "until" under a future / vow
    for u in us:
        if any(words[j].norm in sets["unreal"] for j in range(max(0, u - _BEFORE), u)):
            ends.append((u + 1, reach_end(words, u + 1, _AFTER)))
    return drop_within(words, evs, ends)
