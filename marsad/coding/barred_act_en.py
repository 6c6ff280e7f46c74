"""The act a ban or bar keeps someone from is no event (English, session 36).

"The Higher Education Board banned all academics from travelling abroad", "police prevented the crowd from marching
on parliament": the gerund after "from" that follows a verb of barring (``barred_act_en.tsv`` kind ``bar``: ban, bar,
prevent, stop, prohibit, block, forbid, keep) is the act barred, not a happening (it was coded: travelling 040).  An
English event whose trigger is the "-ing" word right after "from" is dropped when such a verb stands at most
:data:`BEFORE` words before "from" with no punctuation between.  "Fighting broke out after troops returned from
patrolling the border" (no barring verb) is unchanged.
"""
from __future__ import annotations

from .structure import has_any, kind_sets, start_index

BEFORE = 8


# the words (data file, kind) one of which a sentence must hold for the rule to act: the events stage tests them
# with the other drops' in one set test a sentence (s42 SPD42)
WORDS_ON = ("barred_act_en.tsv", "bar")


def drop(words, evs: list) -> list:
    sets = kind_sets("barred_act_en.tsv", ("bar", "from"))
    if not has_any(words, sets["from"]) or not has_any(words, sets["bar"]):
        return evs   # (two set tests over the sentence's words: most sentences hold no ban and no "from")
    idx = start_index(words)
    out = []
    for ev in evs:
        k = idx.get(ev.trigger_start)
        if k is not None and k > 1 and words[k].norm.endswith("ing") and words[k - 1].norm in sets["from"]:
            f = k - 1
            lo = f - 1
            while lo >= 0 and f - lo <= BEFORE and not words[lo].punct:
                if words[lo].norm in sets["bar"]:
                    break
                lo -= 1
            if lo >= 0 and f - lo <= BEFORE and not words[lo].punct and words[lo].norm in sets["bar"]:
                continue   # the act barred ("banned academics from travelling"): no event
        out.append(ev)
    return out
