"""An agreement noun told as what a mediator brokered is no event of its own (English, session 49 PRECEN49).

"Anwar brokered a ceasefire on July 28", "the most serious test yet of the U.S.-brokered ceasefire", "A ceasefire
brokered by Angola in August collapsed", "after a long night of talks mediated by the United States": the mediation
is the act told (045 on "brokered" / "mediated", the mediator its source); the noun is what was mediated.  It was
coded as a ceasefire (0871) or talks (046) of its own, with the mediator as a party ("Anwar brokered a ceasefire":
MYSGOV) or with no sides.  An English noun event whose trigger is a word of kind noun of ``brokered_noun_en.tsv`` is
dropped when a word of kind broker stands before it (words of kind skip between; "U.S.-brokered" ends with one) or
right after it with "by" next.  "agreed to a ceasefire", "the ceasefire took effect" are unchanged.
"""
from __future__ import annotations

from .structure import drop_en_nouns, kind_sets

_KINDS = ("noun", "broker", "skip")

# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("04", "08"))


def _brokered(words, n: int, sets) -> bool:
    k = n - 1
    while k >= 0 and words[k].norm in sets["skip"]:
        k -= 1
    if k >= 0 and (words[k].norm in sets["broker"] or words[k].norm.rpartition("-")[2] in sets["broker"]):
        return True
    return n + 2 < len(words) and words[n + 1].norm in sets["broker"] and words[n + 2].norm == "by"


def drop(doc, evs: list) -> list:
    sets = kind_sets("brokered_noun_en.tsv", _KINDS)
    return drop_en_nouns(doc, evs, ACTS_ON, sets["noun"], lambda words, n: _brokered(words, n, sets))
