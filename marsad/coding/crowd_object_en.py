"""The crowd a force act disperses (English, session 23 B10EN2).

1. "Police used batons to disperse the protesters and detained 12 students": the verb joined by "and" right after the
   dispersed crowd shares the first verb's subject (the police), not the crowd that stands before it.  An English
   event whose source span is the target span of an earlier event of its sentence with a source, with only "and"
   (and an adverb of ``crowd_object_en.tsv`` kind ``adverb``) between that span and its trigger, takes that event's
   source.  Rule marker ``:src-conj``.
2. "Security forces used water cannon to disperse the crowd (and arrested 20 people)": "the crowd" (a definite crowd
   noun, kind ``crowd``) right after the force act names no actor; it is the crowd the article told before: the source
   of the nearest earlier asserted protest (root 14) with a country ("urged his followers to protest" is none), else
   nothing.  Only a force act (``_CODES``) with no target, the crowd noun after its trigger or right before it ("the
   crowd and arrested").  Rule marker ``:tgt-crowd``.
"""
from __future__ import annotations

import re

from .structure import copy_side, kind_sets

_CODES = frozenset(("175", "173", "172", "170"))
_THE = re.compile(r"\bthe\s+([a-z]+)\b")
_AND_AFTER = re.compile(r"\bthe\s+([a-z]+)\s+and\s+$")
_WITHIN = 60   # characters after the trigger's start in which "the crowd" may stand


def apply(doc, events) -> None:
    en = [ev for ev in events if ev.lang == "en"]
    if not en:
        return
    sets = kind_sets("crowd_object_en.tsv", ("adverb", "crowd"))
    for ev in en:
        if ev.source_span and not ev.historical:
            _conjoined(doc, ev, en, sets["adverb"])
    for ev in en:
        if ev.cameo in _CODES and not ev.target_code and not ev.negated:
            _crowd_back(doc, ev, events, sets["crowd"])


def _conjoined(doc, ev, en, adverbs) -> None:
    # the text between source and trigger first: it is rarely "and (adverb)", and the search for the earlier event
    # walks every English event of the document (for each event)
    if ev.source_span[1] > ev.trigger_start:
        return
    gap = doc.text[ev.source_span[1]:ev.trigger_start].split()
    if not gap or gap[0] != "and" or any(w.lower() not in adverbs for w in gap[1:]):
        return
    prev = next((p for p in en if p is not ev and p.sentence == ev.sentence and p.target_span == ev.source_span
                 and p.source_code and p.trigger_start < ev.source_span[0] and p.source_span != ev.source_span), None)
    if prev is None:
        return
    copy_side(ev, "source", prev)
    ev.rule += ":src-conj"


def _crowd_back(doc, ev, events, crowd) -> None:
    text = doc.text[ev.trigger_start:min(ev.sentence_end, ev.trigger_start + _WITHIN)]
    m = next((m for m in _THE.finditer(text) if m.group(1) in crowd), None)
    if m is None or any(c in text[:m.start()] for c in ".,;"):
        # "… to disperse the crowd and arrested about 20 people": the arrest joined right after it
        m = _AND_AFTER.search(doc.text[max(ev.sentence_start, ev.trigger_start - 30):ev.trigger_start])
        if m is None or m.group(1) not in crowd:
            return
    prot = [p for p in events if p.root == "14" and p.source_country and p.trigger_start < ev.trigger_start
            and p.modality == "asserted" and not p.negated]
    if not prot:
        return
    p = max(prot, key=lambda p: p.trigger_start)
    copy_side(ev, "target", p, "source")
    ev.target_span = None
    ev.rule += ":tgt-crowd"
