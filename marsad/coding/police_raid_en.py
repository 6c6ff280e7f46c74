"""A raid by the police is coercion, not an armed assault (English, session 18 ENL).

"Kosovo police raided municipal offices and arrested four people": the PETRARCH2 "raid" row codes 190 (use
conventional military force); an English raid (trigger words of ``police_raid_en.tsv``) whose source is a
law-enforcement role there (COP, JUD, SPY) is recoded 170 (coerce, PLOVER COERCE), rule marker ``:police-raid``.
Troops' or militants' raids stay 190; a raid with a death in its sentence ("police raided the house, killing two")
stays violent.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .english import recode_event
from .structure import kind_sets


def apply(doc, events) -> None:
    sets = None
    for ev in events:
        if ev.lang != "en" or ev.root != "19" or not ev.source_role:
            continue
        if sets is None:
            sets = kind_sets("police_raid_en.tsv", ("trigger", "role", "death"))
        words = ev.trigger.lower().split()
        if not words or words[0] not in sets["trigger"] or normalize(ev.source_role) not in sets["role"]:
            continue
        sent = doc.text[ev.sentence_start:ev.sentence_end].split()
        if not sets["death"].isdisjoint(w.strip(".,;:\"'").lower() for w in sent):
            continue
        if recode_event(ev, "170"):
            ev.rule += ":police-raid"
