""""ودعا الجيش اللبناني المواطنين إلى التريث في العودة": the citizens a state body addresses are its own (session 34).

An Arabic appeal, demand, threat or restriction (roots 02, 10, 13, 17) by a state body with a country (GOV, MIL, COP,
SPY, JUD) whose target is a country-less CVL named by a citizens word (``own_citizens_ar.tsv``) gives the target the
source's country.  Rule marker ``:tgt-own-citizens``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import form_set

_ROOTS = frozenset(("02", "10", "13", "17"))
_STATE = frozenset(("GOV", "MIL", "COP", "SPY", "JUD"))


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = _ROOTS


def apply(doc, events) -> None:
    words = None
    for ev in events:
        if ev.lang != "ar" or ev.root not in _ROOTS or ev.target_code != "CVL" or ev.target_country \
                or not ev.source_country or (ev.source_role or "") not in _STATE or not ev.target_span:
            continue
        if words is None:
            words = form_set("own_citizens_ar.tsv")
        head = doc.text[ev.target_span[0]:ev.target_span[1]].split()[:1]
        if not head or normalize(head[0].strip("،,.\"«»")) not in words:
            continue
        ev.target_country = ev.source_country
        ev.target_code = ev.source_country + "CVL"
        ev.rule += ":tgt-own-citizens"
