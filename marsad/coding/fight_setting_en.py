"""A fight told only as the setting of a casualty or of another act is no event (English, session 43 GAPEN43).

"13 people were killed in clashes across the country", "officers were injured in clashes with demonstrators", "came
under fire during the fighting", "At the height of the fighting, Qatar called for restraint": an English root-19 event
whose trigger is a generic fight word (``fight_setting_en.tsv`` kind noun: clashes, fighting) standing right after an
opener of the same file (killed in, during, at the height of …; words of kind skip -- "the", "heavy" -- between) is
dropped: the fight is where the casualties were taken or the act was done, no new fight.  "after two days of clashes"
(a step the story tells) and "clashes broke out" stay.
"""
from __future__ import annotations

from .structure import kind_sets

_KINDS = ("noun", "opener", "skip")

# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("19",))


def _setting(doc, e, sets) -> bool:
    before = doc.text[e.sentence_start:e.trigger_start].lower().split()
    while before and before[-1] in sets["skip"]:
        before.pop()
    width = max(len(o.split()) for o in sets["opener"])
    tail = " ".join(before[-width:])
    return any(tail == o or tail.endswith(" " + o) for o in sets["opener"])


def drop(doc, evs: list) -> list:
    sets = kind_sets("fight_setting_en.tsv", _KINDS)
    out = []
    for e in evs:
        if (e.lang == "en" and e.root in ACTS_ON and e.trigger.lower().split()[0] in sets["noun"]
                and _setting(doc, e, sets)):
            continue
        out.append(e)
    return out
