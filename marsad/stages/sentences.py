"""Sentences and clitic-aware tokens (language layer).

Fills ``doc.sentences`` and ``doc.tokens`` for every segment except ads and photo
credits.  Sentence boundaries come from :func:`marsad.lang.split.split_sentences`,
tokens from :func:`marsad.lang.tokenize.tokenize`; both keep offsets into
``doc.text``.  The language of a segment is ``Segment.lang`` (set by the language
stage), falling back to a script count when it is missing.
"""
from __future__ import annotations

from ..lang.split import split_sentences
from ..lang.tokenize import tokenize
from ..model import Document, Sentence, stable_id

SKIP_KINDS = frozenset({"ad", "photo_credit"})


def script_lang(text: str) -> str:
    ar = lat = 0
    for c in text:
        if "\u0600" <= c <= "\u06ff":
            ar += 1
        elif c.isascii() and c.isalpha():
            lat += 1
    return "ar" if ar >= lat else "en"


class SentenceStage:
    def __init__(self, config):
        self.config = config

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        sentences = doc.sentences
        tokens = doc.tokens
        for p, seg in enumerate(doc.segments):
            if seg.kind in SKIP_KINDS or seg.end <= seg.start:
                continue
            lang = seg.lang or script_lang(text[seg.start:seg.end])
            for a, b in split_sentences(text, seg.start, seg.end, lang):
                si = len(sentences)
                t0 = len(tokens)
                tokens.extend(tokenize(text, a, b, lang, sentence=si, index0=t0))
                sentences.append(Sentence(stable_id(doc.id, "s", a, b), a, b, seg.id, seg.kind, lang,
                                          t0, len(tokens), p))
        return doc
