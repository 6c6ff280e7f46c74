"""Baseline sentence/token stage (replaced by the language-layer work)."""
import re
from ..model import Document, Sentence, Token, stable_id

_SENT = re.compile(r"[^.!?؟\n]+[.!?؟]*")
_TOK = re.compile(r"\w+|[^\w\s]")


class SentenceStage:
    def __init__(self, config):
        self.config = config

    def __call__(self, doc: Document) -> Document:
        for p, seg in enumerate(doc.segments):
            for m in _SENT.finditer(doc.text, seg.start, seg.end):
                if not m.group().strip():
                    continue
                si = len(doc.sentences)
                t0 = len(doc.tokens)
                for t in _TOK.finditer(doc.text, m.start(), m.end()):
                    doc.tokens.append(Token(t.start(), t.end(), t.group(), t.group(), t.start(), t.end(),
                                            index=len(doc.tokens), sentence=si))
                doc.sentences.append(Sentence(stable_id(doc.id, "s", m.start()), m.start(), m.end(), seg.id,
                                              seg.kind, seg.lang, t0, len(doc.tokens), p))
        return doc
