"""Baseline language stage (replaced by the ingestion work)."""
from ..model import Document


class LanguageStage:
    def __init__(self, config):
        self.config = config

    def __call__(self, doc: Document) -> Document:
        for seg in doc.segments:
            t = doc.text[seg.start:seg.end]
            ar = sum(1 for c in t if "\u0600" <= c <= "\u06ff")
            lat = sum(1 for c in t if c.isascii() and c.isalpha())
            seg.lang = doc.lang or ("ar" if ar >= lat else "en")
        doc.languages = sorted({s.lang for s in doc.segments if s.lang})
        doc.lang = doc.lang or (doc.languages[0] if doc.languages else None)
        return doc
