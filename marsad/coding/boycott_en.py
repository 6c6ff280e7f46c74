"""Whose boycott it is decides what it is (session 32, after the review).

"Ministers and members of the royal family would boycott the World Cup in Russia": a state's boycott of an event
abroad reduces relations (``manual_en.tsv`` boycott + cup / summit / ceremony …: 160).  "Opposition parties boycotted
the national dialogue conference", "Students boycotted the graduation ceremony": a boycott by a non-state body is a
protest (143, the bare boycott row).  An English 160 event whose trigger is a form of "boycott" and whose source role is
a non-state one (``_NON_STATE``) is recoded 143.  Rule marker ``:boycott-protest``.
"""
from __future__ import annotations

from .english import recode_event

_NON_STATE = frozenset(("CVL", "OPP", "PTY", "LAB", "EDU", "BUS", "REL", "MED", "NGO", "REF", "HLH", "AGR"))


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("160",))


def apply(doc, events) -> None:
    for ev in events:
        if ev.lang != "en" or ev.cameo not in ACTS_ON \
                or not doc.text[ev.trigger_start:ev.trigger_end].lower().startswith("boycott"):
            continue
        role = ev.source_role or (ev.source_code or "")[3:6] or (ev.source_code or "")[:3]
        if role in _NON_STATE and recode_event(ev, "143"):
            ev.rule += ":boycott-protest"
