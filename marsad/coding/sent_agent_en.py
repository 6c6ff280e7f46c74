""""SADC said it would send envoys to mediate between the government and the rebels": the act after "send X to" is the
sender's (English, session 24 GAPE3).

The frame took the sent people ("envoys", "a team": a country-less actor, GOV) as the subject of the purpose verb, and
then dropped "the government" as a self-loop of the same code.  :func:`sender` gives the frame the sender instead: when
the subject it found has no country, stands right after a sending verb (kind ``verb`` of ``sent_agent_en.tsv``; only
``det`` words between) and right before "to" + the trigger, the sender is the actor before that verb (only ``aux``
words between: "Kenya will soon send"); a pronoun there ("it would send") leaves no subject, so the quote's speaker
or the vower (:mod:`vow_that_en`) is read.  "The AU's envoys met the rebels" (no sending verb), "Egypt sent Sudanese
envoys to …" (the sent have a country) are left.
"""
from __future__ import annotations

from .structure import kind_sets

_PRONOUNS = frozenset(("it", "they", "he", "she", "we"))


def sender(words, i: int, args, src):
    """The frame's subject ``src`` of the English trigger at ``i``, or the sender that stands for it (None: a pronoun)."""
    if src is None or src.prep or src.actor.country or (src.actor.code or "")[:3] in ("IGO", "NGO") \
            or src.i1 != i - 1 or words[src.i1].norm != "to":
        return src
    sets = kind_sets("sent_agent_en.tsv", ("verb", "det", "aux"))
    v = src.i0 - 1
    while v >= 0 and words[v].norm in sets["det"]:
        v -= 1
    if v < 0 or words[v].norm not in sets["verb"]:
        return src
    k = v - 1
    while k >= 0 and words[k].norm in sets["aux"]:
        k -= 1
    if k >= 0 and words[k].norm in _PRONOUNS:
        return None   # "SADC said it would send envoys to …": the speaker, read by the stage
    return next((a for a in args if a.i1 == k + 1 and not a.prep and a is not src), src)
