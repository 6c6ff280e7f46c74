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
        ante = None
        for p in events:
            if p is ev or p.trigger_start >= ev.trigger_start or not (ev.sentence - 1 <= p.sentence <= ev.sentence) \
                    or ":compound" in p.rule:
                continue
            if p.source_actor_id and p.target_actor_id and p.source_country and p.target_country \
                    and p.source_country != p.target_country:
                if ante is None or p.trigger_start > ante.trigger_start:
                    ante = p
        if ante is None:
            continue
        copy_side(ev, "source", ante)
        copy_side(ev, "target", ante)
        ev.rule += ":pair"
        added.append(reversed_copy(ev, "pair"))
    events.extend(added)
