""""قال إن صوت الارتطام كان مثل انفجار": an act noun right after a word of likeness is a comparison, no event (Arabic,
session 24 OTH7).

A survivor of a road crash said the crash "sounded like an explosion" and the noun انفجار was coded 183.  After a word
of cue ``simile`` (cues_ar.tsv: مثل، كأن، كأنه، كأنها، يشبه، أشبه، بمثابة …) a trigger noun names what something was like
(or, after مثل, a kind: "هجمات مثل …"), never a happening of its own.  :func:`drop` takes such noun triggers out of a
sentence's trigger list (and a noun of the phrase after it: "مثل انفجار قنبلة"); a verb after the word (كأنه قصف …: "as if it had shelled") is left.

Session 39: a fighting noun (root 19) right after an arena word (cue ``arena``: ساحة، ساحات، ميدان) names a place, not a
fight: "تحولت الشوارع إلى ساحة معركة" (a battlefield), "ساحات القتال"; the fight, when there is one, is told by its own
verb ("إذ تبادل مسلحون إطلاق النار").
"""
from __future__ import annotations


def drop(trigs, words):
    """``trigs`` ([(word index, last index, Trigger, prep index)]) without the noun triggers right after a simile word."""
    if not trigs:
        return trigs
    return [t for t in trigs if not (getattr(t[2], "kind", "") == "noun" and (
        _after_simile(words, t[0]) or (t[2].cameo[:2] == "19" and t[0] > 0 and "arena" in words[t[0] - 1].cue)))]


def _after_simile(words, i: int) -> bool:
    """A simile word right before word ``i``, or before the act nouns just before it ("مثل انفجار قنبلة")."""
    k = i - 1
    while k > 0 and i - k <= _PHRASE and not words[k].punct \
            and any(getattr(e, "kind", "") == "noun" for e in words[k].trig[1]):
        k -= 1
    return k >= 0 and "simile" in words[k].cue


_PHRASE = 2   # act nouns between the simile word and the trigger ("مثل انفجار قنبلة")
