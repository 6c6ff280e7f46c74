"""A protest told only as the backdrop of another act is no event (English, session 40 GAPEN40).

"Bangladesh's prime minister resigned on Monday after weeks of deadly protests", "Maduro was sworn in, defying protests
at home and abroad", "Lam suspended the bill, bowing to days of huge street protests": an English protest noun event
(root 14, rule ``:noun:``, no source span of its own) standing at most :data:`_GAP` plain lower-case words after an
opener of ``protest_backdrop_en.tsv`` (after, amid, bowing to …) is dropped when the story tells a protest of its
own (another root-14 event): the protests are coded there.  A crowd noun ("after protesters stormed …": frame ``self``) and an act with its own subject stay.
"""
from __future__ import annotations

from .structure import kind_sets

_GAP = 4


def _backdrop(doc, e, openers) -> bool:
    before = doc.text[e.sentence_start:e.trigger_start].lower().split()
    width = max(len(o.split()) for o in openers)   # ("in the face of", "at the end of": four words)
    for n in range(0, _GAP + 1):
        if n > len(before):
            return False
        if n and not before[-n].replace("-", "").isalpha():
            return False   # (punctuation or a number between: another phrase; "youth-led" is a plain word)
        head = " ".join(before[max(0, len(before) - n - width):len(before) - n])
        if any(head == o or head.endswith(" " + o) for o in openers):
            return True
    return False


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("14",))


def drop(doc, evs: list) -> list:
    if not any(e.lang == "en" and e.root in ACTS_ON and ":noun:" in e.rule for e in evs):
        return evs
    openers = kind_sets("protest_backdrop_en.tsv", ("opener",))["opener"]
    back = {id(e) for e in evs if e.lang == "en" and e.root == "14" and ":noun:" in e.rule
            and ":noun:self" not in e.rule and not e.source_span and _backdrop(doc, e, openers)}
    if not back or not any(e.root == "14" and id(e) not in back for e in evs):
        return evs   # (the story tells no protest of its own: "raised his concerns … after protests in Nairobi")
    return [e for e in evs if id(e) not in back]
