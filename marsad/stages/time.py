"""Time stage: temporal expressions -> ``doc.timerefs``.

The document text is scanned once by :func:`marsad.timex.parse` (one call is cheaper
than one per sentence, and an expression a sentence splitter cut — "Sept. 11" — is still
seen whole); each TimeRef gets the index of the sentence it starts in, and expressions
outside every sentence (ads, furniture without sentences) are dropped.  The anchor is the
date part of ``doc.published_at`` (None when unknown: relative expressions are then left
unresolved, never guessed).  Caption and photo-credit sentences keep only explicit dates.
An anaphoric day ("later in the day", "the next day", "في اليوم التالي", "في اليوم نفسه") is the day
named last before it among the kept expressions (plus one for "the next day"), not the
publication day (:func:`marsad.timex.parse.resolve_anaphors`).
"""
from __future__ import annotations

from bisect import bisect_right

from ..model import Document
from ..timex.dating import caption_kinds
from ..timex.parse import parse, resolve_anaphors, to_date


class TimeStage:
    def __init__(self, config):
        self.config = config

    def __call__(self, doc: Document) -> Document:
        anchor = to_date(doc.published_at)
        anaphors: dict = {}
        refs = parse(doc.text, anchor, doc.lang, 0, doc_id=doc.id, anaphors=anaphors)
        sents = doc.sentences
        if not sents:
            resolve_anaphors(refs, anaphors)
            doc.timerefs = refs
            return doc
        starts = [s.start for s in sents]
        caps = caption_kinds()
        out = []
        for r in refs:
            k = bisect_right(starts, r.start) - 1
            if k < 0 or r.start >= sents[k].end:
                continue
            if sents[k].segment_kind in caps and r.basis != "explicit":
                continue
            r.sentence = k
            out.append(r)
        resolve_anaphors(out, anaphors)
        doc.timerefs = out
        return doc
