"""The people a visa is for are the target: "India suspended visa services for Canadians" (session 19, ENX).

An English event with no target whose trigger ends in (or is followed by, at most two words on) an object noun of
``for_target_en.tsv`` (kind ``object``: visas, visa services, work permits …) followed by "for" takes the first actor
named right after "for" (a determiner or adjective between, at most :data:`_CHARS` characters, no punctuation) when
that actor is not of the source's country: "suspends visas for Nigerians" -> NGA.  "for" is otherwise an oblique
preposition, never a target (``events._OBLIQUE``): "suspended visas for two weeks" names no actor and stays.  Rule
marker ``:tgt-for``.

Session 31: a warrant (kind ``object_own``) is for the person it names, of any country, in a legal action (root 17:
"the state court issued an arrest warrant for Bosnian Serb leader Milorad Dodik" -> BIH), the name up to
``_CHARS_OWN`` characters on.
"""
from __future__ import annotations

from .structure import fill_side, kind_sets

_CHARS = 30
_CHARS_OWN = 60   # "an arrest warrant for Bosnian Serb leader Milorad Dodik": a titled name
_STOP = ",;:.!?()\""


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("16", "17"))


def apply(doc, events: list) -> None:
    sets = objects = None
    for ev in events:
        if ev.lang != "en" or ev.target_code or ev.root not in ACTS_ON:
            continue
        if sets is None:
            sets = kind_sets("for_target_en.tsv", ("object", "prep", "object_own"))
            objects = sets["object"] | sets["object_own"]   # (a new set: kind_sets' dict is the process cache)
        tail = doc.text[ev.trigger_start:min(ev.sentence_end, ev.trigger_end + 40)].split()
        n_trig = len(ev.trigger.split())
        k = n_trig - 1
        while k + 1 < len(tail) and k < n_trig + 2 and tail[k + 1].lower().strip(_STOP) in objects \
                and not any(c in tail[k] for c in _STOP):
            k += 1
        if tail[k].lower().strip(_STOP) not in objects or any(c in tail[k] for c in _STOP) \
                or k + 1 >= len(tail) or tail[k + 1].lower() not in sets["prep"]:
            continue
        own = tail[k].lower().strip(_STOP) in sets["object_own"]
        if own != (ev.root == "17"):
            continue   # (a visa for a foreign people: a sanction, 16; a warrant for a person: legal action, 17)
        at = doc.text.find(tail[k + 1], ev.trigger_start + len(" ".join(tail[:k + 1])))
        if at < 0:
            continue
        lo = at + len(tail[k + 1])
        hi = min(ev.sentence_end, lo + (_CHARS_OWN if own else _CHARS))
        cut = next((i for i in range(lo, hi) if doc.text[i] in _STOP), hi)
        best = None
        for a in doc.actors:
            if a.country and a.country == ev.source_country and not own:
                continue
            for s0, e0 in a.spans:
                if lo < s0 and e0 <= cut and (best is None or s0 < best[1][0]):
                    best = (a, (s0, e0))
        if best is not None:
            fill_side(ev, "target", best[0], best[1])
            ev.rule += ":tgt-for"
