"""A threat told as a refusal to stay passive (session 16, EVT).

"Serbia would not stand by if Serbs in Kosovo were attacked": "stand by" + if (``manual_en.tsv``, cond ``if_threat``,
the session-15 mechanism of "would respond if") is a conditional threat (13) only when negated -- "would not stand
by" says the speaker will act; its negation is the form of the threat, not a negated threat.  Without the negation
("will stand by if needed") the speaker stays passive: no event.  The verb forms are in ``threat_if.tsv`` (kind
``neg_only``).  Rule marker ``:not-stand-by``.

Session 17 (ENG): "We will respond to every attack on our territory", "would respond firmly to any aggression": a
respond trigger with an attack word after it (cond ``respond_attack``) and no if / unless is a threat only when it is
announced (future modality); "The army responded to the attack by shelling …", "Police responded to calls about an
attack" (asserted, past) are no threat: dropped.  The verb forms: kind ``respond``; the condition words: kind ``if``.
"""
from __future__ import annotations

from .structure import kind_sets

_KINDS = ("neg_only", "respond", "if")


def apply(evs: list, words=None) -> list:
    sets = kind_sets("threat_if.tsv", _KINDS)
    forms = sets["neg_only"]
    out = []
    for ev in evs:
        first = ev.trigger.split()[0].lower() if ev.root == "13" and ev.trigger else ""
        if first in forms:
            if not ev.negated:
                continue   # "will stand by if asked": no threat
            ev.negated = False
            ev.rule += ":not-stand-by"
        elif first in sets["respond"] and ev.modality != "future" and words is not None \
                and not _condition_after(words, ev, sets["if"]):
            continue   # "responded to the attack by shelling …": the response itself, no threat
        out.append(ev)
    return out


def _condition_after(words, ev, conds) -> bool:
    k = next((k for k, w in enumerate(words) if w.start == ev.trigger_start), None)
    return k is not None and any(w.norm in conds for w in words[k + 1:k + 10])
