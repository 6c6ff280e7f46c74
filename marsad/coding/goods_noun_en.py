"""A goods noun governed by another word is no giving act (English, session 49 PRECEN49).

"the obstruction of aid", "urged Israel to let aid in", "lift restrictions on aid", "access for aid at scale",
"accused Washington of tying its aid to the result": the aid noun (``goods_noun_en.tsv`` kind noun) is the goods the
blocking, the demand or the accusation is about; it was coded as a background giving (070, ":ref", mostly with no
giver).  An English noun event of such a trigger read as a reference (rule marker ":ref": the object of another
predicate or preposition) is dropped.  The noun as an act of its own ("U.S. aid to Ukraine", "Canada announced new
aid for Sudan": no reference reading) stays, and so do the giving verbs ("sent aid", "pledged aid").
"""
from __future__ import annotations

from .structure import kind_sets

# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("07",))


def drop(evs: list) -> list:
    nouns = None
    out = []
    for e in evs:
        if e.lang == "en" and e.root == "07" and ":noun:" in e.rule and ":ref" in e.rule:
            if nouns is None:
                nouns = kind_sets("goods_noun_en.tsv", ("noun",))["noun"]
            if e.trigger.strip().lower() in nouns:
                continue
        out.append(e)
    return out
