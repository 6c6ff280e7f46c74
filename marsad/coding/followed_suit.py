""""Canada, Brazil and Peru followed suit", "وحذت السعودية حذوها": the act told before, by the new subjects (session 39).

A clause whose predicate only says that its subjects did what was told before (``followed_suit.tsv``: followed suit,
did the same, حذت حذوها …) is that act again by each of them: the nearest earlier event (same or up to two sentences
back) that is asserted, not negated, not a statement (root 01) and has a target is copied once per subject actor (the
actors of the clause before the phrase, none of them the act's target), with the phrase as its trigger.  Before, the
phrase coded nothing and the seven recognitions of an opposition leader that "followed suit" were lost.  Rule
``<lang>:followed-suit``.
"""
from __future__ import annotations

import re
from copy import copy

from ..model import stable_id
from .structure import fill_side, kind_sets

_BACK = 2   # sentences back in which the act followed is sought
_CACHE: dict = {}


def _pattern(lang: str):
    got = _CACHE.get(lang)
    if got is None:
        forms = sorted(kind_sets("followed_suit.tsv", ("phrase",), by_lang=True).get(lang, {}).get("phrase", ()),
                       key=len, reverse=True)
        got = _CACHE[lang] = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)") if forms else None
    return got


def apply(doc, events: list) -> list:
    text = doc.text
    if "suit" not in text and "same" not in text and "likewise" not in text and "حذو" not in text:
        return events
    added = []
    for s in doc.sentences:
        pat = _pattern(s.lang) if s.lang in ("ar", "en") else None
        if pat is None:
            continue
        for m in pat.finditer(text, s.start, s.end):
            ante = _antecedent(doc, events, s, m.start())
            if ante is None:
                continue
            lo = max([s.start] + [e.trigger_end for e in events if s.start <= e.trigger_end <= m.start()])
            subjects = []   # (the subjects stand before the phrase: "X and Y followed suit", "وحذت X وY حذوها")
            for a in doc.actors:
                if not (a.code or a.country) or a.id == ante.target_actor_id or a.id == ante.source_actor_id:
                    continue
                for sp in a.spans:
                    if lo <= sp[0] and sp[1] <= m.start():
                        subjects.append((a, sp))
                        break
            for a, sp in sorted(subjects, key=lambda x: x[1]):
                ev = copy(ante)
                ev.plover_context = list(ante.plover_context)
                ev.also_spans = []
                ev.sentence, ev.sentence_start, ev.sentence_end = _sentence_index(doc, s), s.start, s.end
                ev.trigger_start, ev.trigger_end, ev.trigger = m.start(), m.end(), m.group()
                ev.quote_id = ev.reported_by_actor_id = ev.reported_by_code = None
                ev.date = ev.date_end = None
                fill_side(ev, "source", a, sp)
                ev.rule = f"{s.lang}:followed-suit"
                ev.confidence = round(min(ante.confidence or 0.6, 0.6), 4)
                ev.id = stable_id(doc.id, "ev", ev.trigger_start, ev.cameo, ev.source_code, "followed-suit")
                added.append(ev)
    if not added:
        return events
    return sorted(events + added, key=lambda e: e.trigger_start)


def _sentence_index(doc, s) -> int:
    return next((k for k, x in enumerate(doc.sentences) if x is s), 0)


def _antecedent(doc, events, s, at: int):
    si = _sentence_index(doc, s)
    lo = doc.sentences[max(0, si - _BACK)].start
    cands = [e for e in events if lo <= e.trigger_start < at and e.root and e.root != "01" and not e.negated
             and e.modality == "asserted" and e.target_code and e.source_code and not e.historical]
    return max(cands, key=lambda e: e.trigger_start, default=None)
