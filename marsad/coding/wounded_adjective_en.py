"""A wound participle used as an adjective names the victims, no attack (English, session 36).

"the governor, who visited wounded protesters in hospital", "doctors treated injured soldiers", "the wounded
civilians": "wounded" / "injured" right before the people noun it describes (the event's target starts right after
it) and right after a word that cannot be its subject -- an article or possessive, or a verb of care or visit
(``wounded_adjective_en.tsv`` kind ``before``) -- is an adjective; the event coded on it (180, the visitor as the
attacker or no one) is dropped.  "Gunmen wounded three soldiers" (an actor right before it) is unchanged.
"""
from __future__ import annotations

from .structure import has_any, kind_sets, start_index


# the words (data file, kind) one of which a sentence must hold for the rule to act: the events stage tests them
# with the other drops' in one set test a sentence (s42 SPD42)
WORDS_ON = ("wounded_adjective_en.tsv", "participle")


def drop(words, evs: list) -> list:
    sets = kind_sets("wounded_adjective_en.tsv", ("participle", "before"))
    if not has_any(words, sets["participle"]):
        return evs   # (one set test over the sentence's words: most sentences hold no such participle)
    idx = start_index(words)
    out = []
    for ev in evs:
        k = idx.get(ev.trigger_start)
        if k is not None and 0 < k < len(words) - 1 and words[k].norm in sets["participle"] \
                and words[k - 1].norm in sets["before"] and ev.target_span \
                and ev.target_span[0] == words[k + 1].start:
            continue   # "visited wounded protesters": the victims' adjective, no attack
        out.append(ev)
    return out
