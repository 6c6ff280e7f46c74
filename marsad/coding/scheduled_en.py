"""English event nouns whose own verb is a future of taking place (session 15, lead).

"The talks will resume next week", "The meeting will be held in Cairo on Sunday", "The summit is expected to open on
Tuesday": the noun is the subject of a future verb that says it will take place, so the event is announced, not
reported.  The events stage read modality only from the words before a trigger (and Arabic from the س of the verb:
"وستستأنف المفاوضات" was future already), so these nouns were asserted and their forward dates dropped as the dates
of planned acts.  :func:`takes_place_later` reads the words after the noun: a few words of its noun phrase
(``skip``: "the talks between the two sides"), then a future word (``future``: will, would) or "is / are <scheduled>
to" (``sched``), "be" optional, then a verb of taking place (``occur``).  "will not resume" is no announcement of the
event (left as it is); nor is "the attack will not go unpunished" (go is followed by no particle of taking place:
``go ahead``, ``take place``, ``get under way`` only).  Words: ``scheduled_en.tsv``.
"""
from __future__ import annotations

from .structure import kind_sets

_KINDS = ("future", "sched", "occur", "skip")
_BE = frozenset(("is", "are", "was", "were"))
_PARTICLE = {"go": "ahead", "kick": "off", "take": "place", "get": "under"}


def takes_place_later(words, last: int, ce: int) -> bool:
    """Is the noun ending at word ``last`` (its clause ends before ``ce``) the subject of a future verb of taking
    place (see the module doc)?"""
    f = kind_sets("scheduled_en.tsv", _KINDS)
    n = min(ce, len(words))
    k = last + 1
    while k < n and k - last <= 6 and (words[k].norm in f["skip"] or words[k].text[:1].isupper()
                                       or words[k].text.isdigit()) and not words[k].punct:
        k += 1
    if k >= n:
        return False
    w = words[k].norm
    if w in f["future"]:
        k += 1
    elif w in _BE and k + 2 < n and words[k + 1].norm in f["sched"] and words[k + 2].norm == "to":
        k += 3
    else:
        return False
    if k < n and words[k].norm == "be":
        k += 1
    if k >= n or words[k].norm not in f["occur"]:
        return False
    particle = _PARTICLE.get(words[k].norm)
    return particle is None or (k + 1 < n and words[k + 1].norm == particle)
