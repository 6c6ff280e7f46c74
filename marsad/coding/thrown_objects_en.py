"""The objects of a throw verb are things thrown (English, session 21 B8EN).

"Some protesters threw fireworks and stones at police lines": the trigger tables read "stones" as the verb "to
stone" (190 protesters -> police) beside the throw event (145 protesters, no target).  An event whose trigger lies
between a throw verb (``thrown_objects_en.tsv``) in another event's trigger and the "at" that follows it, in the same
clause (at most ``_GAP`` words, no clause punctuation), is a thing thrown: it is dropped, and its target goes to the
throw event when that has none (rule marker ``:thrown-at``).  A throw with no "at" after its objects ("threw stones")
is not touched, but for the word right after the verb ("demonstrators threw stones and set fire to …": its
object, no stoning of its own; session 25 PREC3).  A thing's event right before "were / was thrown" ("Stones were
thrown at a Japanese school", ``passive`` / ``be`` kinds; an event of roots 18 / 19) tells the throwing: its trigger is extended over the passive
verb, the word of the act.
"""
from __future__ import annotations

from .structure import copy_side, kind_sets

_GAP = 8   # words between the throw verb and "at"


def _passive_throw(doc, events, sets) -> None:
    """"Stones were thrown at …": the thing's one-word event takes the passive verb into its trigger."""
    for ev in events:
        if ev.lang != "en" or " " in ev.trigger or ev.root not in ("18", "19"):
            continue   # (a thing read as violence: the verb "to stone"; "Protesters were thrown into jail" is no throw)
        toks = doc.text[ev.trigger_end:ev.sentence_end].split()[:2]
        if len(toks) == 2 and toks[0].lower() in sets["be"] and toks[1].lower() in sets["passive"]:
            end = doc.text.index(toks[1], ev.trigger_end) + len(toks[1])
            ev.trigger_end, ev.trigger = end, doc.text[ev.trigger_start:end]


def apply(doc, events) -> list:
    sets = kind_sets("thrown_objects_en.tsv", ("throw", "at", "passive", "be"))
    _passive_throw(doc, events, sets)
    # (the verb ends the trigger, or opens it with its first object: "threw bottles" of the manual throw rows, s44)
    throws = [ev for ev in events if ev.lang == "en" and ev.trigger.split()
              and (ev.trigger.split()[-1].lower() in sets["throw"] or ev.trigger.split()[0].lower() in sets["throw"])]
    if not throws:
        return events
    drop = set()
    for t in throws:
        tail = doc.text[t.trigger_end:t.sentence_end]
        toks = tail.split()[:_GAP + 1]
        k = next((n for n, w in enumerate(toks) if w.lower() in sets["at"]), -1)
        if k < 1 or any(c in " ".join(toks[:k]) for c in ".;:"):
            # no "at": only the word right after the verb is its object ("threw stones and set fire to …")
            nxt = next((o for o in events if o is not t and o.sentence == t.sentence and " " not in o.trigger
                        and o.trigger_start >= t.trigger_end   # (after the verb: "clashed with police, throwing
                        and not doc.text[t.trigger_end:o.trigger_start].strip()), None)   # stones" keeps "clashed")
            if nxt is not None:
                drop.add(id(nxt))
            continue
        end = t.trigger_end + tail.find(" " + toks[k] + " ")
        for o in events:
            if o is t or o.sentence != t.sentence or not (t.trigger_end < o.trigger_start < end):
                continue
            drop.add(id(o))
            if not t.target_code and o.target_code:
                copy_side(t, "target", o)
                t.rule += ":thrown-at"
    return [ev for ev in events if id(ev) not in drop] if drop else events
