"""A crowd that is the target of a force act is no protest report of its own (English, session 17, EXT).

"Security forces fired live ammunition at protesters disputing the results", "officers had beaten peaceful
demonstrators": the crowd noun was coded twice -- as the target of the force act (193, 182) and, through the noun
alone (``:noun:self``), as a protest (141) of its own, a second event of the happening the sentence tells (the force
act) and of the protest the article tells elsewhere.  "Riot police dispersed hundreds of demonstrators" already codes
one event (the crowd is inside the trigger).  A one-word 141 event of rule ``:noun:self`` whose trigger lies inside
the target span of a force event (roots 17-19) of its sentence is dropped.  "Protesters in Dhaka blocked a highway
and police fired rubber bullets at them" keeps its protest (the crowd is a subject; the target is "them").
Session 21 (B8EV): also inside the target of a criticism (root 11): "condemned the violence against peaceful
protesters" -- the crowd is what the criticised act was done to, no protest report of its own.
Session 27 (B19EN): a bare crowd noun (one-word ``:noun:self`` event of the roots 13-14: the 141 row, or its intent
recoded 133) governed by a preposition (kind ``prep`` of ``crowd_target_en.tsv``, at most two lowercase words between:
"attacks on peaceful protesters", "offered to hold talks with the protesters") is an object, no crowd report: dropped
when the force act has no target span too.  "Protesters marched", "Thousands of protesters rallied" keep theirs.
Rule: none (the event is removed).
"""
from __future__ import annotations

from .structure import drop_one_word, kind_sets

_FORCE = frozenset(("11", "17", "18", "19"))
_CROWD = frozenset(("13", "14"))
_GAP = 2


def _governed(words, k: int, preps: frozenset) -> bool:
    """Whether a preposition stands before word ``k`` with at most ``_GAP`` lowercase plain words between."""
    for j in range(k - 1, max(-1, k - 2 - _GAP), -1):
        w = words[j]
        if w.norm in preps:
            return True
        if w.punct or not w.text[:1].islower():
            return False
    return False


# the roots / codes ``drop_governed`` acts on: the events stage calls it only for a sentence with one (s42 SPD42)
GOVERNED_ON = _CROWD


def drop_governed(words, evs: list) -> list:
    """The events but the bare crowd nouns governed by a preposition (see the module text)."""
    preps = kind_sets("crowd_target_en.tsv", ("prep",))["prep"]
    return drop_one_word(words, evs, GOVERNED_ON, lambda k: _governed(words, k, preps)
                         and _is_self(evs, words[k].start))


def _is_self(evs: list, start: int) -> bool:
    return any(e.trigger_start == start and ":noun:self" in e.rule for e in evs)

# the roots / CAMEO codes drop acts on: the events stage skips it for a sentence with none
ACTS_ON = _FORCE


def drop(evs: list) -> list:
    spans = [f.target_span for f in evs if f.root in _FORCE and f.target_span]
    if not spans:
        return evs
    return [e for e in evs if not (
        e.cameo == "141" and ":noun:self" in e.rule and " " not in e.trigger
        and any(s[0] <= e.trigger_start and e.trigger_end <= s[1] for s in spans))]
