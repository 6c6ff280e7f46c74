"""A fight told only as the setting of a casualty or of another act is no event (English, session 43 GAPEN43).

"13 people were killed in clashes across the country", "officers were injured in clashes with demonstrators", "came
under fire during the fighting", "At the height of the fighting, Qatar called for restraint": an English root-19 event
whose trigger is a generic fight word (``fight_setting_en.tsv`` kind noun: clashes, fighting) standing right after an
opener of the same file (killed in, during, at the height of …; words of kind skip -- "the", "heavy" -- between) is
dropped: the fight is where the casualties were taken or the act was done, no new fight.  "after two days of clashes"
(a step the story tells) and "clashes broke out" stay.

A rally told only as the setting of a speaker's act or of a trip is no protest event either (session 44 GAPEN44):
"Modi told a rally on Friday that …", "was detained on his way to a rally", "after addressing a rally in Caracas",
"urged soldiers at a street rally to disobey": a root-14 event whose trigger is a rally word (kind rally_noun) right
after an opener of kind rally_opener (told, addressing, way to, speaking at …; words of kind rally_skip -- "a", "an
election", "street" -- between) is dropped: the speech or the arrest is the act told there.  "held / staged a rally",
"attended a rally" and "the rally ended in clashes" stay.
"""
from __future__ import annotations

from .structure import kind_sets

_KINDS = ("noun", "opener", "skip", "rally_noun", "rally_opener", "rally_skip")
# root -> the kinds of its setting words: (noun, opener, skip)
_ROOT_KINDS = {"19": ("noun", "opener", "skip"), "14": ("rally_noun", "rally_opener", "rally_skip")}

# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(_ROOT_KINDS)


def _setting(doc, e, openers, skip) -> bool:
    before = doc.text[e.sentence_start:e.trigger_start].lower().split()
    while before and before[-1] in skip:
        before.pop()
    width = max(len(o.split()) for o in openers)
    tail = " ".join(before[-width:])
    return any(tail == o or tail.endswith(" " + o) for o in openers)


def drop(doc, evs: list) -> list:
    sets = kind_sets("fight_setting_en.tsv", _KINDS)
    out = []
    for e in evs:
        kinds = _ROOT_KINDS.get(e.root) if e.lang == "en" else None
        if kinds and " " not in e.trigger.strip() and e.trigger.lower() in sets[kinds[0]] \
                and _setting(doc, e, sets[kinds[1]], sets[kinds[2]]):
            continue
        out.append(e)
    return out
