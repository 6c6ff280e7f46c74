"""A sentence opened by "Asked …," is a reporter's question, no appeal (English, session 37 GAPEN37).

"Asked repeatedly whether she would resign, she said she would continue to serve", "When asked about the sanctions,
the minister said Beijing would respond", "Pressed on the timing, he declined to comment": a passive participle of
questioning (``asked_opener_en.tsv`` kind ``participle``) as the sentence's first word, or right after "when" / "if"
(kind ``opener``), with a comma later in the sentence, tells the question put to the speaker; the event coded on it
(020, no source) is dropped.  "He asked Washington to lift the sanctions" (not the sentence's first word) is unchanged.
"""
from __future__ import annotations

from .structure import kind_sets


# the words (data file, kind) one of which a sentence must hold for the rule to act: the events stage tests them
# with the other drops' in one set test a sentence (s42 SPD42)
WORDS_ON = ("asked_opener_en.tsv", "participle")


def drop(words, evs: list) -> list:
    if not words or not evs:
        return evs
    sets = kind_sets("asked_opener_en.tsv", ("participle", "opener"))
    k = 1 if words[0].norm in sets["opener"] else 0
    if k >= len(words) or words[k].norm not in sets["participle"] or not any(w.text == "," for w in words[k + 1:]):
        return evs
    start = words[k].start
    return [e for e in evs if e.trigger_start != start]
