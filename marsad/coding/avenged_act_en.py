""""Hezbollah vowed to avenge the killing of its commander by Israel": the act a vowed reply answers is background
(English, session 24 GAPE3).

A threat (root 13) whose trigger is a reply verb (kind ``verb`` of ``avenged_act_en.tsv``: avenge, respond, retaliate)
names the act it answers right after it ("avenge the killing", "respond to the Israeli attack", "retaliate for the
strike": a first word of kind ``link``, at most ``_GAP`` words, no punctuation between).  That act (roots 18-20, same
sentence) was coded as an event of its own -- with no actors ("the killing") or with the author as source -- though it
is only what the threat is about.  It is dropped; its author (its source, of another country than the threatener)
becomes the threat's target when the threat has none (or only the place's country: session 25 GAPS).  Rule marker
``:tgt-avenged``.  "the killing of X by Y" told elsewhere ("Hezbollah condemned the killing …", "The killing … sparked
protests") is not touched.  A reply after an act
of force as its purpose ("Militants attacked the base to avenge the killing of their leader", marker ``:purpose``) is
the act's motive, no threat: dropped.
"""
from __future__ import annotations

from .structure import copy_side, kind_sets

_GAP = 4   # words between the reply verb and the act's trigger ("to the deadly Israeli attack")
_ACTS = frozenset(("18", "19", "20"))


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("13",))


def apply(doc, events: list) -> list:
    sets = kind_sets("avenged_act_en.tsv", ("verb", "link"))
    drop = set()
    for ev in events:
        if ev.lang != "en" or ev.root not in ACTS_ON or not ev.trigger \
                or ev.trigger.split()[0].lower() not in sets["verb"]:
            continue
        if ":purpose" in ev.rule:
            drop.add(id(ev))   # "attacked the base to avenge the killing …": the motive of the act told, no threat
        for o in events:
            if o is ev or o.sentence != ev.sentence or o.root not in _ACTS or o.trigger_start < ev.trigger_end:
                continue
            gap = doc.text[ev.trigger_end:o.trigger_start].split()
            if not gap or len(gap) > _GAP or gap[0].lower() not in sets["link"] \
                    or any(not w.replace("-", "").replace("'", "").isalnum() for w in gap):
                continue
            drop.add(id(o))
            if id(ev) not in drop and (not ev.target_code or ":tgt-place" in ev.rule) and o.source_country \
                    and o.source_country != ev.source_country:
                # (a target read from the place is where the avenged act happened: "vowed retaliation for the Israeli
                # attack on its positions in southern Lebanon" is aimed at Israel, not Lebanon; session 25 GAPS)
                copy_side(ev, "target", o, "source")
                ev.rule = ev.rule.replace(":tgt-place", "") + ":tgt-avenged"
            break
    return [e for e in events if id(e) not in drop] if drop else events
