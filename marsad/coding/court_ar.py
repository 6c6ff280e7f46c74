"""A court's sentence and conviction in Arabic (session 21, ARX).

:func:`sentence_source`: "قضت غرفة الجنايات بمحكمة الاستئناف في الدار البيضاء بالسجن المؤبد على رجل …": the sentencing
frame trigger "قضى … بالسجن" (first word of kind ``sentence`` in ``court_ar.tsv``) spans its subject; a court named
inside the trigger's span, read as a ب-object ("بمحكمة") and so as the target while the event has no source, is the
source (marker ``:court-src``).

:func:`conviction`: "القضاء يدين قاتل تاجر", "محكمة مصرية تدين صحفيا بنشر أخبار كاذبة": يدين / أدان (kind ``convict``)
whose source is a court (role of kind ``role``) convicts: 173 (arrest, detain or charge with legal action), not the
condemnation 111 (marker ``:convict``); "الخارجية تدين الهجوم" stays 111.  The verbal noun with a pronoun (kind
``convict_noun``: إدانته، إدانتها …) without a source, in a sentence whose court sentences someone ("قضت المحكمة بالسجن
… على عامل بعد إدانته بسرقة محلين"), is that court's conviction too (session 25, OTH8); "أعرب عن إدانته للهجوم" in
a sentence with no court's sentence stays 111.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .english import recode_event
from .structure import clear_side, copy_side, kind_sets

KINDS = ("sentence", "convict", "convict_noun", "role")


# the roots / codes the rule acts on: the events stage calls it only for a document with one (s42 SPD42)
ACTS_ON = frozenset(("17", "11"))


def apply(doc, events) -> None:
    ar = [ev for ev in events if ev.lang == "ar" and ev.cameo[:2] in ACTS_ON]
    if not ar:
        return
    kinds = kind_sets("court_ar.tsv", KINDS)
    courts = {r.upper() for r in kinds["role"]}
    for ev in ar:
        if ev.root == "17":
            sentence_source(doc, ev, kinds["sentence"], courts)
    for ev in ar:
        if ev.root == "11":
            conviction(doc, ev, kinds["convict"], courts)
            noun_conviction(doc, ev, ar, kinds["convict_noun"], courts)


def _first(doc, ev) -> str:
    return normalize(doc.text[ev.trigger_start:ev.trigger_end].split(maxsplit=1)[0])


def sentence_source(doc, ev, verbs: frozenset, courts: set) -> None:
    if ev.source_code or not ev.target_span or (ev.target_role or "") not in courts:
        return
    if not (ev.trigger_start < ev.target_span[0] < ev.trigger_end) or _first(doc, ev) not in verbs:
        return
    copy_side(ev, "source", ev, "target")
    clear_side(ev, "target")
    ev.rule += ":court-src"


def conviction(doc, ev, verbs: frozenset, courts: set) -> None:
    if ev.cameo != "111" or (ev.source_role or "") not in courts or _first(doc, ev) not in verbs:
        return
    if recode_event(ev, "173"):
        ev.rule += ":convict"


def noun_conviction(doc, ev, events, nouns: frozenset, courts: set) -> None:
    if ev.cameo != "111" or ev.source_code or _first(doc, ev) not in nouns:
        return
    court = next((o for o in events if o is not ev and o.sentence == ev.sentence and o.root == "17"
                  and (o.source_role or "") in courts), None)
    if court is not None and recode_event(ev, "173"):
        copy_side(ev, "source", court, "source")
        if not ev.target_code and court.target_code:
            copy_side(ev, "target", court, "target")
        ev.rule += ":convict"
