"""A threat told as a refusal to stay passive (session 16, EVT).

"Serbia would not stand by if Serbs in Kosovo were attacked": "stand by" + if (``manual_en.tsv``, cond ``if_threat``,
the session-15 mechanism of "would respond if") is a conditional threat (13) only when negated -- "would not stand
by" says the speaker will act; its negation is the form of the threat, not a negated threat.  Without the negation
("will stand by if needed") the speaker stays passive: no event.  The verb forms are in ``threat_if.tsv`` (kind
``neg_only``).  Rule marker ``:not-stand-by``.
"""
from __future__ import annotations

from .structure import kind_sets

_KINDS = ("neg_only",)


def apply(evs: list) -> list:
    forms = kind_sets("threat_if.tsv", _KINDS)["neg_only"]
    out = []
    for ev in evs:
        if ev.root == "13" and ev.trigger and ev.trigger.split()[0].lower() in forms:
            if not ev.negated:
                continue   # "will stand by if asked": no threat
            ev.negated = False
            ev.rule += ":not-stand-by"
        out.append(ev)
    return out
