"""The act an Arabic threat noun names with ب is the threat's content (session 43, PREC43).

"وسط تهديدات إسرائيلية بضرب المنشآت النووية إذا فشلت المفاوضات"، "تهديد بشن هجوم واسع": the masdar after the threat
noun (and at most one adjective) with the clitic ب is what is threatened -- no strike was made; the threat (root 13)
is the event.  As the verb does it ("وهدد نتنياهو بضرب المنشآت": one trigger span), the masdar's event joins the
threat noun's evidence (``also_spans``) and is dropped.  The threat noun's own event must be there: a bare "بضرب"
elsewhere is left to its rows.
"""
from __future__ import annotations

import re

_THREAT_ROOT = "13"
_GAP = 1   # words between the threat noun and the masdar (an adjective: "تهديدات إسرائيلية")
_STOPS = frozenset("،,.؛;:")
_WORD = re.compile(r"\S+")


def apply(doc, events: list) -> list:
    threats = [t for t in events if t.lang == "ar" and t.root == _THREAT_ROOT and ":noun:" in t.rule]
    if not threats:
        return events
    by_start: dict = {}
    for e in events:
        if e.lang == "ar" and e.root != _THREAT_ROOT:
            by_start.setdefault(e.trigger_start, []).append(e)
    drop: set = set()
    for t in threats:
        for m in list(_WORD.finditer(doc.text, t.trigger_end, t.sentence_end))[:_GAP + 1]:
            w = m.group()
            if w[:1] in _STOPS:
                break
            if w.startswith("ب"):
                for e in by_start.get(m.start(), ()):
                    t.also_spans = sorted(set(t.also_spans) | {(e.trigger_start, e.trigger_end)})
                    drop.add(id(e))
                break
            if w[-1:] in _STOPS:
                break
    return [e for e in events if id(e) not in drop] if drop else events
