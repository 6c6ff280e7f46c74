"""Sentences and clitic-aware tokens (language layer).

Fills ``doc.sentences`` and ``doc.tokens`` for every segment except ads and photo
credits.  Sentence boundaries come from :func:`marsad.lang.split.split_sentences`,
tokens from :func:`marsad.lang.tokenize.tokenize`; both keep offsets into
``doc.text``.  The language of a segment is ``Segment.lang`` (set by the language
stage), falling back to a script count when it is missing.
"""
from __future__ import annotations

import hashlib

from ..lang.split import split_sentences
from ..lang.tokenize import tokenize
from ..model import Document, Sentence, stable_id  # noqa: F401  (sentence ids == stable_id(doc.id, "s", a, b))

_sha1 = hashlib.sha1

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
        add_sent, add_toks = sentences.append, tokens.extend
        # the sentence id is stable_id(doc.id, "s", a, b) without its generic argument handling
        prefix = f"{doc.id}\x1fs\x1f"
        for p, seg in enumerate(doc.segments):
            if seg.kind in SKIP_KINDS or seg.end <= seg.start:
                continue
            lang = seg.lang or script_lang(text[seg.start:seg.end])
            sid, kind = seg.id, seg.kind
            for a, b in split_sentences(text, seg.start, seg.end, lang):
                si = len(sentences)
                t0 = len(tokens)
                add_toks(tokenize(text, a, b, lang, sentence=si, index0=t0))
                add_sent(Sentence(_sha1(f"{prefix}{a}\x1f{b}".encode("utf-8")).hexdigest()[:16], a, b, sid, kind,
                                  lang, t0, len(tokens), p))
        return doc
