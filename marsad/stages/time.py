"""Time stage: temporal expressions -> ``doc.timerefs``.

Every sentence is scanned by :func:`marsad.timex.parse` (the contiguous sentences of a
segment in one call, so an expression that a sentence splitter cut — "Sept. 11" — is
still seen whole); each TimeRef gets the index of the sentence it starts in.  The anchor
is the date part of ``doc.published_at`` (None when unknown: relative expressions are
then left unresolved, never guessed).  Caption and photo-credit sentences keep only
explicit dates.
"""
from __future__ import annotations

from bisect import bisect_right

from ..model import Document
from ..timex.dating import caption_kinds
from ..timex.parse import parse, to_date


class TimeStage:
    def __init__(self, config):
        self.config = config

    def __call__(self, doc: Document) -> Document:
        anchor = to_date(doc.published_at)
        refs = []
        sents = doc.sentences
        if not sents:
            refs = parse(doc.text, anchor, doc.lang, 0, doc_id=doc.id)
            doc.timerefs = refs
            return doc
        starts = [s.start for s in sents]
        caps = caption_kinds()
        i = 0
        n = len(sents)
        while i < n:
            # a run of consecutive sentences of one segment
            j = i
            seg = sents[i].segment_id
            while j + 1 < n and sents[j + 1].segment_id == seg:
                j += 1
            first = sents[i]
            lang = first.lang or doc.lang
            explicit_only = first.segment_kind in caps
            s0, e0 = first.start, max(s.end for s in sents[i:j + 1])
            for r in parse(doc.text[s0:e0], anchor, lang, s0, explicit_only=explicit_only, doc_id=doc.id):
                k = bisect_right(starts, r.start) - 1
                r.sentence = max(k, i)
                refs.append(r)
            i = j + 1
        doc.timerefs = refs
        return doc
