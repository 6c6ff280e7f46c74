""""The two sides" as the subject of a mutual act: the pair of the event before (Arabic, session 10 AR3).

"وكان رئيس الوزراء العراقي قد بحث مع الرئيس التركي …، واتفق الجانبان على تشكيل لجنة أمنية مشتركة": the agreement is
by both, toward each other.  A cooperation event (roots 03-06) with no target whose trigger word has a pair noun
(``pair_ar.tsv``: الجانبان، الطرفين، الوزيران …) right after it (VSO) or right before it (after إن: "إن الطرفين اتفقا")
takes the two actors of the nearest earlier event of the same or the previous sentence whose source and target are of
different countries (not a fan-out), one event each way.  The English rule is ``pair_anaphora.py``.  Rule marker
``:pair``.
"""
from __future__ import annotations

from ..lang.normalize import normalize
from .structure import copy_side, form_set, reversed_copy

_ROOTS = frozenset(("03", "04", "05", "06"))
_STRIP = "،,.;؛:!؟?\"«»()"


def _pair_next(text: str, ev, pairs) -> bool:
    after = text[ev.trigger_end:ev.trigger_end + 24].split(None, 1)
    if after and normalize(after[0].strip(_STRIP)) in pairs:
        return True
    before = text[max(ev.sentence_start, ev.trigger_start - 24):ev.trigger_start].split()
    return bool(before) and normalize(before[-1].strip(_STRIP)) in pairs


def pair_subjects(doc, events: list) -> None:
    """Give each Arabic cooperation event of "the two sides" the pair of the event before it (both directions)."""
    pairs = None
    added = []
    for ev in events:
        if ev.lang != "ar" or ev.root not in _ROOTS or ev.target_actor_id or ":pair" in ev.rule:
            continue
        if pairs is None:
            pairs = form_set("pair_ar.tsv")
        if not _pair_next(doc.text, ev, pairs):
            continue
        met = _met_pair(events, ev)   # (one side met two: those two are "the two sides", before any other pair)
        ante = None
        for p in events if met is None else ():
            if p is ev or p.trigger_start >= ev.trigger_start or not (ev.sentence - 1 <= p.sentence <= ev.sentence) \
                    or ":compound" in p.rule:
                continue
            if p.source_actor_id and p.target_actor_id and p.source_country and p.target_country \
                    and p.source_country != p.target_country:
                if ante is None or p.trigger_start > ante.trigger_start:
                    ante = p
        if ante is None:
            if met is None:
                continue
            copy_side(ev, "source", met[0], "target")
            copy_side(ev, "target", met[1], "target")
            ev.rule += ":pair-met"
            added.append(reversed_copy(ev, "pair"))
            continue
        copy_side(ev, "source", ante)
        copy_side(ev, "target", ante)
        ev.rule += ":pair"
        added.append(reversed_copy(ev, "pair"))
    events.extend(added)


def _met_pair(events: list, ev):
    """"التقت المبعوثة الأممية وفدين يمثلان مجلس النواب والمجلس الأعلى للدولة …، إن الطرفين اتفقا": no earlier pair of
    two countries, but one side meeting two others at one trigger (same or previous sentence): the two sides are those
    two (the events whose targets they are), not the side that met them."""
    groups: dict = {}
    for p in events:
        if p is ev or p.trigger_start >= ev.trigger_start or not (ev.sentence - 1 <= p.sentence <= ev.sentence) \
                or p.root not in _ROOTS or not (p.source_actor_id and p.target_actor_id):
            continue
        groups.setdefault(p.trigger_start, []).append(p)
    for start in sorted(groups, reverse=True):
        evs = groups[start]
        by_src: dict = {}
        for p in evs:
            by_src.setdefault(p.source_code, {}).setdefault(p.target_code, p)
        for tgts in by_src.values():
            if len(tgts) == 2 and len(by_src) == 3:   # X -> A, X -> B (and A -> X, B -> X): A and B are the two sides
                return tuple(tgts.values())
    return None
