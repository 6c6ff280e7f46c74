"""Baseline clean stage: the whole text is one body segment (replaced by the ingestion work)."""
from ..model import Document, Segment, stable_id


class CleanStage:
    def __init__(self, config):
        self.config = config

    def __call__(self, doc: Document) -> Document:
        if not doc.segments:
            doc.segments = [Segment(id=stable_id(doc.id, "seg", 0), kind="body", start=0, end=len(doc.text))]
        return doc
