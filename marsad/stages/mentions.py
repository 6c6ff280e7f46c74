"""Named-entity mentions (language layer).

Arabic sentences: the CRF model (:mod:`marsad.lang.ner`) over the sentence's
whole-word tokens, LOC -> GPE from the gazetteer.  English sentences: the
capitalisation + dictionary recogniser (:mod:`marsad.lang.ner_en`).  A mention's
span starts at the stem of its first token (a proclitic such as و/ب/ل is not part
of the name) and ends at the end of its last token's stem.
"""
from __future__ import annotations

from ..lang import ner, ner_en
from ..model import Document, Mention, stable_id


def _emit(doc: Document, si: int, toks, tags, source: str, conf: float = 0.8) -> None:
    n = len(tags)
    i = 0
    while i < n:
        t = tags[i]
        if t == "O":
            i += 1
            continue
        typ = t[2:]
        j = i + 1
        while j < n and tags[j] == "I-" + typ:
            j += 1
        first, last = toks[i], toks[j - 1]
        a, b = first.stem_start, last.stem_end
        if b > a:
            norm = " ".join(tk.norm for tk in toks[i:j])
            doc.mentions.append(Mention(stable_id(doc.id, "m", a, b, typ), a, b, doc.text[a:b], typ, norm,
                                        si, first.index, last.index + 1, source, conf))
        i = j


class MentionStage:
    def __init__(self, config):
        self.config = config

    def __call__(self, doc: Document) -> Document:
        have_model = ner.model_available()
        for si, s in enumerate(doc.sentences):
            toks = doc.tokens[s.token_start:s.token_end]
            if not toks:
                continue
            if s.lang == "ar":
                if not have_model:
                    continue
                words = [t.text for t in toks]
                tags = ner.tag_words(words)
                _emit(doc, si, toks, tags, "ner")
            elif s.lang == "en":
                tags = ner_en.tag_tokens([t.text for t in toks])
                _emit(doc, si, toks, tags, "ner", 0.6)
        return doc
