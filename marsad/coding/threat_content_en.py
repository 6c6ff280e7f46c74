"""The act an English warning or threat names with "of" is the threat's content (session 48, lead).

"Trump raised the prospect of secondary sanctions against Moscow", "the minister warned of tougher sanctions", "the
group threatened a fresh wave of strikes": the act noun after a threat verb (root 13) -- right after it, or after
"of" and the words before it, five in all ("the prospect of", "a fresh wave of") -- is what is threatened;
no sanction was imposed, no strike made.  The act's event joins the threat's evidence (``also_spans``) and is dropped,
and a generic threat (130) takes the code its content names: sanctions and embargoes 1312 (threaten with sanctions,
boycott or embargo), force 138 (threaten with military force), as the verb rows do for "threatened sanctions".  The
Arabic twin is threat_content_ar (a threat noun with ب).

The force a warning's clause threatens is its content too (session 52, PRECEN52): "warned that his fighters would
attack any foreign force", "warned Washington that any counter-attack would be met with strikes on Israel": a
threat-with-force event (138, which the modal filters gave the clause's future, conditional or intent) after a
threat verb of its sentence is what the warning threatens, the warning the event (the gold's 13 on "warned"; the
threatened force is at best optional). It joins the warning's evidence and is dropped; the warning keeps its code (a
clause names no instrument the way "warned of sanctions" does). Only force of the warner's country or of no one
named: "Egypt warned that Israel would attack Rafah" is a warning about another state's act, which stays an event of
its own (guard of session 22).
"""
from __future__ import annotations

import re

from .english import recode_event

_THREAT_ROOT = "13"
_REACH = 5   # words from the threat trigger's end to the act noun
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|[^\sA-Za-z]")
# the roots a threat's content may name, and the threat code each gives a generic warning (130)
_CONTENT_CODE = {"16": "1312", "18": "138", "19": "138", "20": "138", "13": None}   # (13: an act the
# filters already read as threatened, "a fresh wave of attacks" -> 138: its own code)
_VERBS = ("is", "are", "was", "were", "be", "would", "will", "could", "had", "has", "have", "that", "which", "who")


def apply(doc, events: list) -> list:
    threats = [t for t in events if t.lang == "en" and t.root == _THREAT_ROOT and ":verb:" in t.rule]
    if not threats:
        return events
    by_start: dict = {}
    for e in events:
        if e.lang == "en" and e.root in _CONTENT_CODE:   # (a verb row may read the plural noun: "sanctions")
            by_start.setdefault(e.trigger_start, []).append(e)
    if not by_start:
        return events
    drop: set = set()
    for t in threats:
        of = False
        for k, m in enumerate(list(_WORD.finditer(doc.text, t.trigger_end, t.sentence_end))[:_REACH]):
            w = m.group()
            if not w[:1].isalpha() or w.lower() in _VERBS:
                break   # (a comma, a quote, a clause of its own: "warned that the strikes would go on")
            of = of or w.lower() == "of"
            got = by_start.get(m.start()) if (of or k == 0) else None   # (after "of", or the verb's first word)
            if got:
                for e in got:
                    if id(e) in drop:
                        continue
                    t.also_spans = sorted(set(t.also_spans) | {(e.trigger_start, e.trigger_end)})
                    if t.cameo == "130" and t.segment_kind != "title":
                        recode_event(t, _CONTENT_CODE[e.root] or e.cameo)   # (a headline's warning keeps its code:
                        # the body's telling, "warned Somalia against …", is the same warning -- merge_repeats)
                    drop.add(id(e))
                break
    return [e for e in events if id(e) not in drop] if drop else events


_FORCE = "138"
_UNREAL = frozenset(("future", "conditional", "hypothetical", "intent"))


def clause_force(events: list) -> list:
    """``events`` without the threatened force (138, not asserted, the warner's country's or no one's) told after a
    threat verb of its sentence."""
    drop: set = set()
    for e in events:
        if e.lang != "en" or e.cameo != _FORCE or e.modality not in _UNREAL:
            continue
        t = next((t for t in events if t is not e and t.lang == "en" and t.root == _THREAT_ROOT and ":verb:" in t.rule
                  and t.sentence_start == e.sentence_start and t.trigger_end <= e.trigger_start
                  and id(t) not in drop), None)
        if t is not None and e.source_country in (None, t.source_country):
            t.also_spans = sorted(set(t.also_spans) | {(e.trigger_start, e.trigger_end)})
            drop.add(id(e))
    return [e for e in events if id(e) not in drop] if drop else events
