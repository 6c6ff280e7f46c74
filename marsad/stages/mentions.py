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


def _consistency(doc: Document, start: int) -> None:
    """Document-level clean-up of the Arabic mentions added from ``doc.mentions[start:]``.

    * a one-word PERS/ORG/MISC mention that is only a demonym (روسي) is dropped;
    * a one-word mention equal to the last word of a multi-word PERS mention in the same
      document (ريابكوف after سيرغي ريابكوف) becomes PERS;
    * an untagged word equal to such a surname becomes a PERS mention too.
    """
    gz = ner.gazetteer().single
    new = doc.mentions[start:]
    keep = []
    for m in new:
        if m.token_end - m.token_start == 1 and m.type in ("PERS", "ORG", "MISC"):
            cl = gz.get(doc.tokens[m.token_start].norm, ())
            if "DEMONYM" in cl:
                continue
        keep.append(m)
    surnames = {}
    for m in keep:
        if m.type == "PERS" and m.token_end - m.token_start >= 2:
            last = doc.tokens[m.token_end - 1]
            if len(last.norm) >= 4:
                surnames[last.norm] = m
    if surnames:
        covered = set()
        for m in keep:
            covered.update(range(m.token_start, m.token_end))
            if m.token_end - m.token_start == 1 and m.type != "PERS" and doc.tokens[m.token_start].norm in surnames:
                m.type = "PERS"
                m.id = stable_id(doc.id, "m", m.start, m.end, "PERS")
        for s in doc.sentences:
            if s.lang != "ar":
                continue
            for t in doc.tokens[s.token_start:s.token_end]:
                if t.index not in covered and t.norm in surnames and t.stem_end > t.stem_start:
                    si = t.sentence
                    keep.append(Mention(stable_id(doc.id, "m", t.stem_start, t.stem_end, "PERS"), t.stem_start,
                                        t.stem_end, doc.text[t.stem_start:t.stem_end], "PERS", t.norm, si,
                                        t.index, t.index + 1, "ner", 0.6))
        keep.sort(key=lambda m: m.start)
    doc.mentions[start:] = keep


class MentionStage:
    def __init__(self, config):
        self.config = config

    def __call__(self, doc: Document) -> Document:
        have_model = ner.model_available()
        m0 = len(doc.mentions)
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
        if have_model and len(doc.mentions) > m0:
            _consistency(doc, m0)
        return doc
