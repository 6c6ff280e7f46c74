"""One happening told twice: the lead's victims and the body's attacker (Arabic, session 12 AR7).

"قتل ما لا يقل عن عشرين مدنيا يوم السبت في قصف مدفعي استهدف سوقا شعبيا في مدينة الفاشر …" then "وقالت اللجنة إن
قوات الدعم السريع قصفت السوق …": the lead reports the attack by its victims (no attacker), the body names the attacker
of the same attack (no victims, no date or place of its own).  They are one event, as the halves of one happening in
one sentence are (``events._dedupe``): the lead's event keeps its target, date and place and takes the body's source.
Only when everything the two tell agrees: the same root, the lead's event with a target and no source and the body's
with a source and no target, both asserted, current and not negated, the body's date the publication date (none of its
own) or the lead's, its place the dateline (none of its own) or the lead's and no other place named in its sentence,
and the body's sentence at most
``_GAP`` sentences after the lead's.  Rule marker ``:lead-body`` on the kept event.
"""
from __future__ import annotations

from .structure import copy_side

_ROOTS = frozenset(("18", "19", "20"))
_GAP = 2


def _plain(ev) -> bool:
    return ev.lang == "ar" and ev.root in _ROOTS and not ev.negated and ev.modality == "asserted" \
        and not ev.historical and ev.segment_kind == "body"


def _name(doc, place_id):
    p = doc.place(place_id) if place_id is not None else None
    return p.name if p is not None else None


def merge(doc, events: list) -> list:
    drop = set()
    for b in events:
        if not _plain(b) or not b.source_code or b.target_code or b.target_actor_id:
            continue
        a = next((a for a in reversed(events) if a.sentence < b.sentence <= a.sentence + _GAP and id(a) not in drop
                  and _plain(a) and a.root == b.root and a.target_code and not a.source_code
                  and not a.source_actor_id), None)
        if a is None or any(e.sentence < a.sentence and e.root == a.root and e.source_code and e.target_code
                            and not e.historical for e in events):
            continue   # (an attack coded whole before it: "صدت الهجوم" refers back to the lead, it is none)
        if not (b.date_basis == "publication" or b.date == a.date):
            continue
        if not (b.place_basis == "dateline" or b.place_id is None or b.place_id == a.place_id) or any(
                b.sentence_start <= p.start < b.sentence_end and p.name != _name(doc, a.place_id) for p in doc.places):
            continue   # (a place named in the body's sentence other than the lead's: "وفي كسلا، قال شهود إن …")
        copy_side(a, "source", b)
        a.reported_by_code = a.reported_by_code or b.reported_by_code
        a.reported_by_actor_id = a.reported_by_actor_id or b.reported_by_actor_id
        a.confidence = max(a.confidence, b.confidence)
        a.rule += ":lead-body"
        drop.add(id(b))
    for b in events:
        # "قتل … جنديا في هجوم شنه مقاتلو حركة الشباب …" then "إن قواتها صدت الهجوم": a definite attack noun with no
        # attacker whose victim is the victim of an attack coded whole up to _GAP sentences before is that attack told
        # again (marker-free: dropped, session 13)
        if _plain(b) and ":noun:" in b.rule and not b.source_code and b.target_code and b.trigger.startswith("ال") \
                and any(a.sentence < b.sentence <= a.sentence + _GAP and a.root == b.root and a.source_code
                        and a.target_code == b.target_code and id(a) not in drop for a in events):
            drop.add(id(b))
    return [e for e in events if id(e) not in drop] if drop else events
