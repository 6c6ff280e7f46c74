"""An attack verb with a state as its object: "Iran warned that it would strike Israel" (English, session 24 GAPM).

``manual_en.tsv`` has "strike" as an attack (190) only before a listed target word (positions, bases …); a state named
right after it ("strike Israel", "strike the United States") was no trigger, so only the warning was coded.  A row with
cond ``state_obj`` is read only when a word of kind ``aux`` of ``state_object.tsv`` (would, will, to …) is right before
the verb and a capitalised word (maybe after a ``skip`` word) right after it (:func:`maybe`, no actors known yet);
:func:`keep` then drops it unless an actor there is a country or a state body.  "The quake could strike Japan" has
no actor as subject and is dropped later (hazards); "workers will strike on Monday" keeps its noun row (no name next).
"""
from __future__ import annotations

from .structure import kind_sets

_STATE_ROLES = frozenset(["GOV", "MIL", "COP", "SPY", "JUD", "LEG", "DIP", "ELI"])


def _object_at(words, i: int) -> int:
    sets = kind_sets("state_object.tsv", ("aux", "skip"))
    k = i + 1
    if k < len(words) and words[k].norm in sets["skip"]:
        k += 1
    return k


def maybe(words, i: int) -> bool:
    """Could the verb at ``i`` take a state object (an aux before it, a capitalised word after it)?"""
    sets = kind_sets("state_object.tsv", ("aux", "skip"))
    k = _object_at(words, i)
    return i > 0 and words[i - 1].norm in sets["aux"] and k < len(words) and words[k].text[:1].isupper() \
        and "time" not in words[k].cue


def keep(trigs, args):
    """``trigs`` ([(word index, last index, Trigger, prep index …)]) without a ``state_obj`` trigger whose object
    is no state (a country, or an actor of a state role)."""
    out = []
    for t in trigs:
        if t[2].cond == "state_obj":
            k = None
            for a in args:
                if a.i0 > t[0]:
                    k = a
                    break
            if k is None or k.i0 > t[0] + 2 or not (k.actor.kind == "country" or k.actor.role in _STATE_ROLES):
                continue
        out.append(t)
    return out
